"""Events: cue-led names ("Rapat Koordinasi ...", "Forum Bisnis ...", "... Summit").

A name ends at a date, "di <place>", a lower-case clause word or a comma that
does not open a unit list; a trailing "(CPOB)" stays part of it.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.scan import nameish, proper_tokens, run_backward, run_forward
from graphbuild.extract.entities.tokens import is_cap

_EVENT_CONNECTORS = frozenset({"dan", "dalam", "untuk", "tentang", "bagi", "serta", "of", "and", "for", "the", "on", "in", "yang", "&", "ke"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t)
    c = t.cue
    k = 0
    while k < n:
        if t.masked[k] or not is_cap(t.words[k]) or ctx.owner[k] >= 0:
            k += 1
            continue
        L = t.match_phrase(k, c.event_prefix)
        if L and k + L < n and nameish(ctx, k + L) and not t.newline_before[k + L]:
            e = run_forward(ctx, k + L, paren_acronym=True, connectors=_EVENT_CONNECTORS, max_tokens=24)
            if ctx.add(k, e, "Event", None, "cue") >= 0:
                k = e
                continue
        k += 1
    for j in range(1, n):
        w = t.words[j]
        if w in c.event_suffix and is_cap(w) and ctx.owner[j] < 0 and not t.masked[j]:
            i = run_backward(ctx, j)
            if i < j and proper_tokens(ctx, i, j) >= 1:
                ctx.add(i, j + 1, "Event", None, "cue")
