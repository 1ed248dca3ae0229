"""DEVELOPS from a second passive predicate of a product subject: "P diimpor dari Hyderabad, India, dan diproduksi oleh
X", "P didaftarkan oleh PT A dan dibuat oleh B", "P is imported from India and manufactured by X".

Why: a recall or a permit story opens with the product and says several things about it in a row; the maker comes
after another predicate (imported, registered, distributed), so the rules that read "P diproduksi oleh X" see a
place or another firm between the product and the verb. Here the maker after "dan diproduksi oleh" makes the
product the sentence opens with, when only places, brackets and a plain predicate stand between them.
``corporate`` runs :func:`find` only where :data:`CUE` may match.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.cues import in_brackets
from graphbuild.extract.relations.discourse import regulator_like

_AUX = r"(?:(?:telah|sudah|juga|kini|akan|semula|is|was|are|were|has\s+been|also|originally)\s+)*"
CUE = re.compile(
    rf",?\s+(?:dan|serta|and)\s+{_AUX}(?:diproduksi|dibuat|dikembangkan|diracik|manufactured|produced|developed|made)"
    r"\s+(?:(?:di|in)\s+\u2588+(?:\s*,\s*\u2588+)?\s+)?(?:oleh|by)\s+(?:PT\.?\s+)?(?=\u2588)",
    re.I,
)
watch(CUE)
# the predicate between the product and the cue: a verb and places, no second product, firm or clause break
_PLAIN = re.compile(r"[^.;:\u2588]{0,60}?\s(?:di[a-z]+|(?:is|was|are|were)\s+[a-z]+ed|imported|registered|distributed|sold)"
                    r"(?:[^.;:\u2588]|\u2588){0,80}?", re.I)
_AGENT = re.compile(r"\b(?:oleh|by)\s+(?:PT\.?\s+)?$", re.I)  # "P diimpor oleh PT A, dan diproduksi oleh B": A imports
_OPENS = re.compile(r"[\s\"\u201c]*(?:(?:produk|obat|sirup|tablet|kapsul|injeksi|krim|vaksin|suplemen|jamu|the|product|drug)\s+)*",
                    re.I)


def find(ctx: Context, v: View) -> None:
    if not v.may(CUE):
        return
    for c in v.cues(CUE):
        org = next((m for m in v.after(c.end() - 1) if m.start >= c.end() - 1), None)
        if org is None or org.type != "Organization" or org.start != c.end() or regulator_like(org.ent):
            continue
        before = [m for m in v.mentions if m.end <= c.start()]
        p = before[0] if before else None
        if p is None or p.type != "Product" or not _OPENS.fullmatch(v.masked[: p.start]):
            continue
        between = before[1:]
        if any(m.type not in ("Location", "Product", "Organization") or (m.type == "Product" and not in_brackets(v.masked, m.start))
               or (m.type == "Organization" and not _AGENT.search(v.masked, max(0, m.start - 12), m.start)) for m in between):
            continue
        if not _PLAIN.fullmatch(v.masked, (p.gloss or p).end, c.start()):
            continue
        ctx.emit("DEVELOPS", org.ent, p.ent, v, 0.65)

