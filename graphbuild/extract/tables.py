"""Markdown table pieces shared by the entity and relation rules that read tables.

Why: a release may list who makes or holds what in a "| Perusahaan | Produk |" table; the product-column
header words and the way a row is cut into cells must be the same for the rule that finds the brands in
a column (``entities/table_products``) and the rules that join a row's cells (``relations/table_rows``,
``relations/listed_certs``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Protocol, TypeVar

# header words of a table's product column
PRODUCT_HEADERS = frozenset({"produk", "product", "products", "merek", "brand", "brands", "nama produk", "nama dagang",
                             "product name", "brand name", "merek dagang", "nama obat",
                             "produk unggulan", "featured product", "featured products"})


def cells(line: str, start: int = 0) -> list[tuple[int, int]]:
    """The character spans of a row's cells, between its bars ("| a | b |"), offset by ``start``."""
    bars = [start + i for i, ch in enumerate(line) if ch == "|"]
    return [(a + 1, b) for a, b in zip(bars, bars[1:], strict=False)]


class _Line(Protocol):
    masked: str


L = TypeVar("L", bound=_Line)

_SEPARATOR = re.compile(r"^[\s|:-]+$")  # "|---|:--:|"


def rows_below(lines: Sequence[L], index: int, limit: int = 30) -> Iterator[tuple[L, list[tuple[int, int]]]]:
    """The data rows under the table header ``lines[index]``, each with its cell spans: the lines that open
    on a bar, up to ``limit`` of them, separator rows skipped."""
    for line in lines[index + 1 : index + 1 + limit]:
        if not line.masked.startswith("|"):
            break
        if not _SEPARATOR.match(line.masked):
            yield line, cells(line.masked)
