"""DEVELOPS for both parties of a deal to develop a product together: "A and B signed an MoU to co-develop P".

Why: partnership releases name the two parties, each with an apposition about its group ("A, a subsidiary of
Hanul Holdings, and PT B, the biopharmaceutical arm of PT C Tbk"), then what they do together: "… entered into a
Co-Development and Commercialization Agreement for P", "… signed a Memorandum of Understanding to co-develop and
locally manufacture P, A's typhoid vaccine", "A dan B sepakat bersama-sama mengembangkan P". Both parties develop
P; a parent or group named only to describe a party (after "subsidiary of", "arm of", "anak usaha") does not, nor
does a regulator. Read only where exactly two parties remain and a product follows the cue in its clause.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.cues import in_brackets
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.extract.relations.makers_joint import product_list

CUE = re.compile(r"\b(?:co-development|co-developing|co-developed|co-develops|co-develop|jointly\s+develop|develop\s+jointly"
                 r"|bersama-sama\s+mengembangkan"
                 r"|mengembangkan\s+bersama|pengembangan\s+bersama)\b", re.I)
watch(CUE)
CUES = (CUE,)
# what may stand between the cue and the product: "and locally manufacture ", " and Commercialization Agreement for "
_TO_PRODUCT = re.compile(r"(?:\s+(?:and|dan|serta)\s+(?:(?:locally|commercially|then)\s+)?[\w-]+)?"
                         r"(?:\s+(?:and\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:agreement|perjanjian|kesepakatan|MoU))?"
                         r"\s+(?:(?:for|of|untuk|atas|the|a|an|its|their|produk|product)\s+){0,3}", re.I)
# a body named to describe a party, not a party: "a wholly owned subsidiary of X", "the vaccines business of India's X"
_DESCRIBES = re.compile(r"\b(?:subsidiary|arm|unit|business|division|affiliate|member|part|parent)\s+of\s+(?:the\s+)?"
                        r"(?:(?!(?:and|dan|serta)\b)[^\s,]+\s+){0,2}$"
                        r"|\banak\s+(?:usaha|perusahaan)\s+(?:\S+\s+)?$|\b(?:bagian|unit|divisi)\s+(?:dari\s+)?$", re.I)


def find(ctx: Context, v: View) -> None:
    """Run per sentence from ``corporate``: the two parties named before the cue develop the product after it."""
    # the cue in the text, or inside a deal's name ("a Co-Development and Commercialization Agreement for P")
    spans = [(c.start(), c.end()) for c in v.cues(CUE)]
    spans += [(m.start, m.end) for m in v.mentions if m.type == "Agreement" and CUE.search(m.text)]
    for start, end in sorted(spans):
        after = v.after(end)
        if not after or after[0].type != "Product" or not _TO_PRODUCT.fullmatch(v.masked[end : after[0].start]):
            continue
        parties = {m.ent.id: m.ent for m in v.before(start, ("Organization",))
                   if m.role is None and not regulator_like(m.ent) and m.start not in v.role_orgs
                   and not in_brackets(v.text, m.start)  # not "(IDX: SMDN)"'s exchange
                   and not _DESCRIBES.search(v.masked, max(0, m.start - 50), m.start)}
        if len(parties) != 2:
            return
        for p in product_list(v, after[0]):
            if p.ent.name[:1].islower():
                continue  # "Co-Development Agreement for Ustekinumab Biosimilar": the substance a biosimilar copies
            for e in parties.values():
                ctx.emit("DEVELOPS", e, p.ent, v, 0.6)
        return
