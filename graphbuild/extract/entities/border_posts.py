"""Border posts as Facilities: "PLBN Entikong", "Pos Lintas Batas Negara (PLBN) Motaain", "PLBN Terpadu Skouw".

Why: smuggling and inspection reports name the state border crossing the goods came through; it is a named
physical site (the gold sets type it Facility), but its head, "Pos Lintas Batas Negara" or the acronym "PLBN",
is no facility cue, and the place after it is often a small town the gazetteer lacks. The long form with its
acronym in brackets is taken whole (the gold writes it as an alias of "PLBN X").
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.scan import nameish, run_forward

_HEAD = ("Pos", "Lintas", "Batas", "Negara")
_PLBN = frozenset({"PLBN"})
_POS = frozenset({"Pos"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for k in t.where(_PLBN):
        if 0 < k < n - 1 and t.words[k - 1] == "(" and t.words[k + 1] == ")" and k >= 5 and tuple(t.words[k - 5 : k - 1]) == _HEAD:
            _add(ctx, k - 5, k + 2)  # "Pos Lintas Batas Negara (PLBN) Entikong"
        else:
            _add(ctx, k, k + 1)
    for k in t.where(_POS):
        if tuple(t.words[k : k + 4]) == _HEAD and k + 4 < n and t.words[k + 4] != "(":
            _add(ctx, k, k + 4)  # "Pos Lintas Batas Negara Badau"


def _add(ctx: Ctx, start: int, s: int) -> None:
    """The post whose head spans [start, s), named by the (one- or two-word) place after it."""
    t = ctx.t
    n = len(t.words)
    if s < n and t.words[s] == "Terpadu":
        s += 1  # "PLBN Terpadu Skouw": the integrated post
    if s >= n or t.newline_before[s] or ctx.owner[start] >= 0 or t.masked[start] or not nameish(ctx, s):
        return
    own = ctx.owner[s]
    e = ctx.spans[own][1] if own >= 0 and ctx.spans[own][0] == s else run_forward(ctx, s, comma_list=False, max_tokens=2)
    if e > s and all(ctx.owner[x] < 0 or ctx.owner[x] == own for x in range(s, e)):
        name = None if t.words[start] == "PLBN" else " ".join(("PLBN", *t.words[s - (t.words[s - 1] == "Terpadu") : e]))
        ctx.add(start, e, "Facility", None, "cue", canonical=name)
