"""The distributor told by an anaphor: "PT A menggandeng PT B. Distributor tersebut akan memasarkan P".

Why: a release names the distributor once, as the object of "menggandeng" / "menunjuk" / "teams up
with", and the next sentence says what it sells through "distributor tersebut" / "the distributor".
The company meant is the last one the sentence before named.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.extract.relations.makers_joint import _products_listed

_THE_DIST = re.compile(
    r"^[\s\"\u201c(]*(?:(?:[A-Za-z]+\s+){0,3}[A-Za-z]+\s*,\s*)?"
    r"(?:(?:distributor|PBF|pedagang\s+besar\s+farmasi|perusahaan\s+distribusi)\s+(?:tersebut|itu|ini)"
    r"|the\s+(?:distributor|wholesaler))\s+"
    r"(?:(?:akan|juga|kini|telah|sudah|selanjutnya|will|also|now|has|have|then)\s+)*"
    r"(?:memasarkan|mendistribusikan|menyalurkan|mengedarkan|menjual|market|markets|distribute|distributes|sell|sells)\s+"
    r"(?:(?:produk|obat|tablet|kapsul|sirup|vaksin|krim|the|its)\s+)?$",
    re.I,
)
watch(_THE_DIST)


def the_distributor(ctx: Context, v: View) -> None:
    """MARKETS from the company the sentence before named last to the products "Distributor tersebut" sells."""
    if not v.index or not v.may(_THE_DIST):
        return
    first = next((m for m in v.mentions if m.type == "Product"), None)
    if first is None or not _THE_DIST.match(v.masked[: first.start]):
        return
    prev = [m for m in ctx.views[v.index - 1].mentions if m.type == "Organization" and m.role is None
            and m.ent.category == "company" and not regulator_like(m.ent)]
    if not prev:
        return
    for p in _products_listed(v, first):
        ctx.emit("MARKETS", prev[-1].ent, p.ent, v, 0.6)
