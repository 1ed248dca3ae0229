"""Events reported together: "Kongres X sekaligus pameran Y resmi dibuka di Z", "Seminar A dan Expo B digelar di …".

Why: a report that opens with two co-located events gives one venue and one organiser for the pair, and
"Kegiatan tersebut diselenggarakan oleh …" later speaks of both; a rule that reads only the event named
next to the cue gives the place or the host to one of them.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.types import Entity

# "A (GPFI) sekaligus pameran B", "A dan B", "A together with the B": the second rides with the first
_JOINED = re.compile(r"^\s*(?:\(\u2588+\)\s*)?(?:\(\u2588+\)\s*)?,?\s*(?:sekaligus|bersamaan\s+dengan|berbarengan\s+dengan|dan|serta|"
                     r"together\s+with|alongside|and)\s+(?:(?:the|pameran|ajang|gelaran|perhelatan|kegiatan|exhibition)\s+)?$",
                     re.I)
_CO_WORD = re.compile(r"\b(?:sekaligus|bersamaan|berbarengan|dan|serta|together|alongside|and)\b", re.I)
watch(_CO_WORD)


def pairs(v: View) -> list[tuple[Entity, Entity]]:
    """Events named side by side in ``v`` (first, second), joined by a coordinating word."""
    evs = [m for m in v.mentions if m.type == "Event"]
    if len(evs) < 2 or not v.may(_CO_WORD):
        return []
    return [(a.ent, b.ent) for a, b in zip(evs, evs[1:], strict=False) if a.ent is not b.ent and _JOINED.match(v.masked[a.end : b.start])]


def partners(ctx: Context, index: int, ev: Entity, back: int = 6) -> list[Entity]:
    """The events named together with ``ev`` in the latest sentence (within ``back``) that names it."""
    for i in range(index - 1, max(-1, index - 1 - back), -1):
        w = ctx.views[i]
        if any(m.ent is ev for m in w.mentions):
            return [b if a is ev else a for a, b in pairs(w) if ev in (a, b)]
    return []


def share_venue(ctx: Context, v: View, joined: list[tuple[Entity, Entity]], found: int) -> None:
    """Each HELD_IN found in ``v`` (past the first ``found``) for one of a pair of events holds for the other too."""
    new = ctx.has("HELD_IN")[found:]
    for a, b in joined:
        for r in new:
            if r.head in (a.id, b.id):
                ctx.emit("HELD_IN", a if r.head == b.id else b, ctx.by_id[r.tail], v, 0.7)
