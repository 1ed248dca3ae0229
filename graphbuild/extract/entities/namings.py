"""Brand names glossed by a known substance: "Dapaphros (dapagliflozin)" is one node.

Runs right after ``products`` (it reads the products found there). Brands after their lower-case
substance and names given with a naming verb are ``described_brands``; brand cues and product
lists are ``brands``.
"""

from __future__ import annotations

from graphbuild.extract.entities.brands import product_name
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_acronym, is_cap


def find(ctx: Ctx) -> None:
    _glossed_brands(ctx)


def _glossed_brands(ctx: Ctx) -> None:
    """"Dapaphros (dapagliflozin)": an unknown capitalised word glossed by a substance is its brand (one node)."""
    t = ctx.t
    for k in range(1, len(t) - 2):
        if t.words[k] != "(" or t.words[k + 2] != ")" or ctx.type_at(k + 1) != "Product":
            continue
        b = k - 1
        if (product_name(ctx, b) and is_cap(t.words[b]) and not is_acronym(t.words[b]) and not t.newline_before[b + 1]
                and b >= 1 and not is_cap(t.words[b - 1]) and t.words[b - 1] not in (".", "!", "?")):
            brand = ctx.add(b, b + 1, "Product", None, "cue")
            ctx.link(brand, ctx.owner[k + 1])
