"""ATTENDED for the hosts who welcome a guest at the venue: "Setibanya di lokasi, Wagub disambut oleh A dan B",
"Upon arrival at the venue, the minister was welcomed by A and B".

Why: a report on an event tells the official's arrival at its venue without naming the event again; whoever
welcomed them there (and the guest) was at the event told of just before. An arrival at an airport or an
office is not at the event, so the place must be the venue ("di lokasi", "di arena pameran").
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch

ARRIVED = re.compile(r"^\W*(?:setibanya|sesampainya|setiba|saat\s+tiba|ketika\s+tiba|upon\s+(?:arrival|arriving)|on\s+arriving|arriving)"
                      r"\s+(?:di|at)\s+(?:the\s+)?(?:lokasi(?:\s+acara|\s+kegiatan|\s+pameran)?|arena(?:\s+pameran)?|tempat\s+acara|venue|"
                      r"area\s+pameran|exhibition\s+(?:hall|grounds)|event)\b[^.;:\u2588]{0,20},", re.I)
_WELCOMED = re.compile(r"\b(?:(?:disambut|diterima)\s+(?:langsung\s+)?(?:oleh\s+)?|(?:welcomed|greeted|received)\s+by\s+)", re.I)
watch(ARRIVED)


def find(ctx: Context, v: View) -> None:
    cue = ARRIVED.match(v.masked) if v.may(ARRIVED) else None
    by = _WELCOMED.search(v.masked, cue.end()) if cue is not None else None
    if by is None:
        return
    named = [m.ent for m in v.mentions if m.type == "Event"]
    ev = named[0] if named else ctx.last_event(v.index)
    if ev is None:
        return
    guest = [m for m in v.before(by.start(), ("Person",))][:1]  # type: ignore[union-attr]
    hosts = [m for m in v.after(by.end(), ("Person",))][:4]  # type: ignore[union-attr]
    for m in guest + hosts:
        ctx.emit("ATTENDED", m.ent, ev, v, 0.7)
