"""DEVELOPS from a markdown table row: "| Perusahaan | Produk | … |" then "| PT X | A, B | … |".

Why: releases list who makes what in a table, one maker per row and its brands in the product column; no
sentence states it. Only tables whose header names both a maker column and a product column are read, and
only the organisation in the maker cell and the products in the product cell of the same row are joined.
"""

from __future__ import annotations

from graphbuild.extract.relations.common import Context, View
from graphbuild.extract.tables import PRODUCT_HEADERS, cells

_MAKER = frozenset({"perusahaan", "produsen", "pabrikan", "industri", "company", "companies", "manufacturer", "maker",
                    "nama perusahaan", "pemilik", "pemilik produk", "pelaku usaha", "umkm", "ikm", "industri farmasi"})



def find(ctx: Context) -> None:
    if "|" not in ctx.doc.text:
        return
    cols: tuple[int, int] | None = None
    for v in ctx.views:
        pos = 0
        for line in v.text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            s = line.strip()
            if not (s.startswith("|") and s.endswith("|") and s.count("|") >= 3):
                if s:
                    cols = None  # a line that is no row ends the table
                continue
            row = cells(line, start)
            names = [" ".join(v.text[a:b].lower().split()) for a, b in row]
            if cols is None:
                mk = next((i for i, x in enumerate(names) if x in _MAKER), -1)
                pr = next((i for i, x in enumerate(names) if x in PRODUCT_HEADERS), -1)
                cols = (mk, pr) if mk >= 0 and pr >= 0 else (-1, -1)
                continue
            if cols[0] < 0 or max(cols) >= len(row):
                continue
            _row(ctx, v, row[cols[0]], row[cols[1]])


def _row(ctx: Context, v: View, maker: tuple[int, int], product: tuple[int, int]) -> None:
    firms = [m for m in v.mentions if m.type == "Organization" and maker[0] <= m.start and m.end <= maker[1]]
    if len(firms) != 1:
        return
    for m in v.mentions:
        if m.type == "Product" and product[0] <= m.start and m.end <= product[1]:
            ctx.emit("DEVELOPS", firms[0].ent, m.ent, v, 0.7)
