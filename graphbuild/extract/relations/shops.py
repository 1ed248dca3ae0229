"""Which seller "Toko tersebut", "Apotek itu" or "PBF tersebut" goes back to.

Why: raid stories name a shop, pharmacy, clinic or wholesaler and go on with the bare noun ("Toko tersebut
kedapatan menjual P", "PBF tersebut menyalurkan P"), often after naming the makers of what was seized. The
seller is the one named with that noun, not the company named last: a shop, pharmacy or clinic whose name
opens with the noun, a wholesaler introduced as one ("PT A, PBF yang berkantor di …", "PBF PT A").
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.types import Entity

SHOP = re.compile(r"^(toko|apotek|klinik|PBF)\b", re.I)
_AS_PBF = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:(?:sebuah|salah\s+satu)\s+)?(?:PBF|pedagang\s+besar\s+farmasi)\b", re.I)
_PBF_BEFORE = re.compile(r"\b(?:PBF|pedagang\s+besar\s+farmasi)\s+(?:bernama\s+)?$", re.I)


def shop_named(ctx: Context, v: View, pos: int, noun: str) -> Entity | None:
    """The nearest firm before ``pos`` (this sentence and six before) named as a ``noun``."""
    word = noun.lower()
    for i in range(v.index, max(-1, v.index - 7), -1):
        w = ctx.views[i]
        for m in reversed(w.mentions):
            if m.type != "Organization" or (i == v.index and m.end > pos) or regulator_like(m.ent):
                continue
            if word == "pbf":
                if _AS_PBF.match(w.masked, m.end) or _PBF_BEFORE.search(w.masked, 0, m.start):
                    return m.ent
            elif m.ent.name.lower().startswith(word):
                return m.ent
    return None
