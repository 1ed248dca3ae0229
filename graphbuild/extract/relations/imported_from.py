"""DEVELOPS of the maker an import is said to come from: "Obat tersebut diimpor PT A dari produsen B".

Why: supply and approval stories name the importer as the sentence's subject or agent and the foreign maker
only after "dari produsen(nya)": "P, obat kanker … yang diimpor dan dipasarkan oleh PT A dari produsennya, B,
India", "Obat tersebut diimpor PT A dari produsen B di Ahmedabad", "P is imported by A from its manufacturer, B".
B makes P (A, the importer, sells it: read elsewhere). The product is the one the sentence names before the
importer, else the one it points back to ("Obat tersebut"). "dari produsen yang sama" is ``same_maker``'s.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.cues import in_brackets
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.extract.relations.referents import antecedents, opening_anaphor

CUE = re.compile(r"\b(?:diimpor|didatangkan|impor|imported|sourced)\b", re.I)
# "dari produsennya, ", "dari produsen asal India, ", "from its manufacturer, ": right before the maker's name
_FROM_MAKER = re.compile(r"\b(?:dari\s+(?:produsen|pabrikan)(?:nya)?(?!\s+yang\s+sama)(?:\s+asal\s+\u2588+)?"
                         r"|from\s+(?:its|the)\s+(?:manufacturer|maker|producer))\s*,?\s*$", re.I)
watch(CUE)
CUES = (CUE,)


def find(ctx: Context, v: View) -> None:
    """Run per sentence from ``corporate``: the maker named after "diimpor … dari produsen" develops the product."""
    cue = CUE.search(v.masked) if v.may(CUE) else None
    if cue is None:
        return
    for org in v.after(cue.end(), ("Organization",)):
        if not _FROM_MAKER.search(v.masked, max(0, org.start - 40), org.start) or org.role is not None or regulator_like(org.ent):
            continue
        before = [m for m in v.before(cue.start(), ("Product",)) if not in_brackets(v.text, m.start)]
        brands = [m.ent for m in before if m.text[:1].isupper()] or [m.ent for m in before]
        if brands:
            products = brands[:1]  # the nearest: "2. P (inn), obat … yang diimpor …"
        elif (ana := opening_anaphor(v.masked)) is not None:
            products = antecedents(ctx, v, ana, reach=2)  # "Obat tersebut diimpor PT A dari produsen B"
        else:
            products = []
        for p in products:
            ctx.emit("DEVELOPS", org.ent, p, v, 0.6)
        return
