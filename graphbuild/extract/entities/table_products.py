"""Brands in the product column of a markdown table: "| Perusahaan | Produk | Kategori |" then "| PT X | A, B | OHT |".

Why: releases list who makes what in a table; a cell under a "Produk"/"Product"/"Merek" header holds one brand
or a comma list of brands, with no cue word before any of them. Only the column the header names is read, only
capitalised items (a lower-case cell is a category or a substance), and a cell that names a company is skipped.
"""

from __future__ import annotations

from collections.abc import Iterator

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.tables import PRODUCT_HEADERS

_SEP = frozenset({",", ";", "dan", "and", "serta", "&"})


def find(ctx: Ctx) -> None:
    for a, b in column_cells(ctx.t, PRODUCT_HEADERS):
        _cell(ctx, a, b)


def column_cells(t, headers: frozenset[str]) -> Iterator[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """The token range of each body cell under a header in ``headers``, table by table (a table's own header row
    picks its column; a line that is no table row ends the table)."""
    if "|" not in t.text:
        return
    col = -1
    for cells in table_rows(t):
        if cells is None:
            col = -1
            continue
        texts = [" ".join(t.lower[a:b]) for a, b in cells]
        if col < 0:
            col = next((i for i, x in enumerate(texts) if x in headers), -1)
            continue
        if col >= len(cells) or all(set(x) <= {"-", ":", " "} for x in texts):
            continue  # the |---|---| line under the header
        yield cells[col]


def table_rows(t) -> list[list[tuple[int, int]] | None]:  # type: ignore[no-untyped-def]
    """Each line's cells as token ranges (None for a line that is no table row)."""
    out: list[list[tuple[int, int]] | None] = []
    n = len(t.words)
    k = 0
    while k < n:
        e = k + 1
        while e < n and not t.newline_before[e]:
            e += 1
        if t.words[k] == "|" and t.words[e - 1] == "|" and e - k > 2:
            bars = [i for i in range(k, e) if t.words[i] == "|"]
            out.append([(a + 1, b) for a, b in zip(bars, bars[1:], strict=False)])
        else:
            out.append(None)
        k = e
    return out


def _cell(ctx: Ctx, a: int, b: int) -> None:
    t = ctx.t
    if any(t.words[i] in t.cue.legal_forms for i in range(a, b)):
        return  # a company named in the column
    i = a
    while i < b:
        j = i
        while j < b and t.lower[j] not in _SEP:
            j += 1
        if j > i and t.words[i][:1].isupper() and not any(t.words[x] in ("(", ")") or t.words[x].islower() for x in range(i + 1, j)):
            # ("| Amoksisilin trihidrat | 1.200 ton |": a substance, capitalised only as the cell begins)
            ctx.add(i, j, "Product", None, "cue")
        i = j + 1
