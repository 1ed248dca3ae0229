"""The products "ketiga produk" / "the three products" stands for, for :mod:`.covers`.

"Tiga produknya, yakni A (…), B (…), dan C (…), telah disetujui BPOM. … Berdasarkan perjanjian tersebut, X memberikan
lisensi atas ketiga produk kepada Y": the counted phrase points back to the latest sentence naming exactly that many
brands, and the deal covers each of them.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.types import Entity

_COUNTED_BACK = re.compile(r"\b(?P<n>kedua|ketiga|keempat|kelima|both|(?:all\s+)?the\s+(?:two|three|four|five))\s+"
                           r"(?:(?:produk|obat|merek|products?|medicines?|brands?|drugs?)\b)(?!\s+(?:baru|lain|new|other)\b)", re.I)
watch(_COUNTED_BACK)


def counted_brands(ctx: Context, v: View, pos: int, branded: set[str]) -> list[Entity]:
    """The brands a counted product phrase after ``pos`` in ``v`` points back to (none when no earlier sentence of the
    ten before names exactly that many)."""
    said = _COUNTED_BACK.search(v.masked, pos) if v.may(_COUNTED_BACK) else None
    if said is None or cues.negated(v.masked, said.start()) or v.clause_end(pos) < said.start():
        return []
    n = cues.COUNT_WORDS.get(said.group("n").lower().split()[-1], 0)
    for w in reversed(ctx.views[max(0, v.index - 10) : v.index]):
        told: list[Entity] = []
        for m in w.mentions:
            if m.type == "Product" and m.ent.name[:1].isupper() and m.ent.id not in branded and m.ent not in told:
                told.append(m.ent)
        if told:
            return told if len(told) == n else []
    return []
