"""Products of a brand line take the line's maker, seller and agreement: "products under the Hanbit Derma brand …
- Hanbit Derma Cica Barrier Cream".

Why: a licence or launch story says who makes and sells the brand ("an exclusive licence to manufacture and sell
products under the X brand", "merek X dipasarkan oleh PT A") and then names the line's products, each called by the
brand and a product word, without repeating who makes them. The brand has to be spoken of as a brand ("merek X",
"the X brand", "lini X"), so a company name a product happens to start with lends it nothing. Runs after every
family, so the brand's relations are known.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.types import Entity

# "merek X", "brand X", "lini X", "the X brand", "X line", "X range": the mention right after / before is a brand
_BRAND_BEFORE = re.compile(r"\b(?:merek|merk|brand|lini(?:\s+produk)?|jenama)\s+$", re.I)
_BRAND_AFTER = re.compile(r"^\s+(?:brand|line|range|series)\b", re.I)
_CUE = re.compile(r"\b(?:merek|merk|brand|lini|jenama|line|range|series)\b", re.I)
watch(_CUE)
_MAKLON = re.compile(r"\bmaklon\b|\bpemilik\s+merek\b|\bbrand\s+owners?\b|\btoll\s+manufactur", re.I)
_TYPES = ("DEVELOPS", "MARKETS", "COVERS")


def find(ctx: Context) -> None:
    brands: dict[str, Entity] = {}
    for v in ctx.where(_CUE):
        for m in v.mentions:
            if m.type == "Product" and m.text[:1].isupper() and (
                    _BRAND_BEFORE.search(v.masked, max(0, m.start - 20), m.start)
                    or _BRAND_AFTER.match(v.masked[m.end : m.end + 12])):
                brands[m.ent.id] = m.ent
    if not brands:
        return
    # a brand made by a contract manufacturer ("maklon", "pemilik merek"): its owner does not make the line's products
    made_to_order = _MAKLON.search(ctx.doc.text) is not None
    products = [e for e in ctx.entities if e.type == "Product" and e.id not in brands]
    for b in brands.values():
        line = [p for p in products if p.name.startswith(b.name + " ") and p.name[len(b.name) + 1 : len(b.name) + 2].isupper()]
        if not line:
            continue
        for rtype in _TYPES:
            if rtype == "DEVELOPS" and made_to_order:
                continue
            for r in [r for r in ctx.has(rtype) if r.tail == b.id]:
                head = ctx.by_id.get(r.head)
                if head is None or rtype == "COVERS" and b.name in head.name:
                    continue  # ("Nota Kesepahaman Distribusi X": a deal named for the brand covers the brand)
                for p in line:
                    if not ctx.has(rtype, head, p) and (v := _view_of(ctx, p)) is not None:
                        ctx.emit(rtype, head, p, v, min(r.confidence, 0.55))


def _view_of(ctx: Context, e: Entity) -> View | None:
    """The first sentence naming ``e`` (its evidence)."""
    return next((v for v in ctx.busy if any(m.ent is e for m in v.mentions)), None)
