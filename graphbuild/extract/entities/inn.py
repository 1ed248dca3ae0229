"""A substance's Greek-letter qualifier is part of its name: "darbepoetin alfa", "interferon beta", "Efepoetin alfa".

Why: international nonproprietary names of biologics end in a separate word ("alfa", "beta", "pegol") that
tells variants apart; a product mention that stops before it names another substance (and the gold
writes it whole).
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

_QUALIFIERS = frozenset({"alfa", "alpha", "beta", "gamma", "delta", "lambda", "pegol", "zeta", "omega"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    for k in t.where(_QUALIFIERS):
        if k == 0 or t.newline_before[k] or ctx.owner[k] >= 0 or t.masked[k]:
            continue
        m = ctx.owner[k - 1]
        x = ctx.mentions[m] if m >= 0 else None
        if x is None or x.type != "Product" or ctx.spans[m][1] != k:
            continue
        i, _ = ctx.spans[m]
        ctx.add(i, k + 1, "Product", x.category, x.source)  # (the lexicon name, if any, named the bare substance)
