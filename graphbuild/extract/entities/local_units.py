"""A bare local office "setempat": "Pemerintah Kabupaten Gowa melalui Dinas Kesehatan setempat" is the one
"Dinas Kesehatan <place>" the text names ("Kepala Dinas Kesehatan Gowa").

Why: "setempat" (the local one) says the office is that of the place told of; when the text names exactly one
office of that kind with its place, the bare name is that office, not a body of its own.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

_LOCAL = frozenset({"setempat"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    spans = ctx.spans
    for m, x in enumerate(ctx.mentions):
        if x is None or x.type != "Organization":
            continue
        a, b = spans[m]
        if b >= n or t.lower[b] not in _LOCAL or b - a < 2:
            continue
        words = t.words[a:b]
        named = {t.span_text(*spans[o]): o for o, y in enumerate(ctx.mentions)
                 if y is not None and o != m and y.type == "Organization" and spans[o][1] - spans[o][0] > len(words)
                 and t.words[spans[o][0] : spans[o][0] + len(words)] == words}
        if len({ctx.mentions[o].canonical or s for s, o in named.items()}) == 1:  # type: ignore[union-attr]
            ctx.link(m, next(iter(named.values())))
