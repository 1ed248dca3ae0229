"""ATTENDED for the bodies an attendance verb lists after a counted crowd: "Sebanyak 350 delegasi … hadir dalam
konferensi tersebut, termasuk perwakilan A, B, dan C", "Kegiatan ini diikuti 120 peserta dari rumah sakit, perguruan
tinggi, dan komite etik, di antaranya A dan B".

Why: reports count the crowd first and name a few of its bodies after "termasuk"/"di antaranya", often past a long
description of who came; :mod:`.exhibitors` reads such lists only with the crowd word right before the cue. The
event is the one the sentence names before the cue, else the one told before ("konferensi tersebut").
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.venues import last_event

# the attendance verb, the crowd told on the way, then the cue that opens the named few
_LISTED = re.compile(r"\b(?:hadir|dihadiri|diikuti|menghadiri|mengikuti|berpartisipasi|attended|participated)\b[^.;:!?]{0,100}?"
                     r"(?:,\s*|\s+)(?:termasuk|antara\s+lain|di\s+antaranya|including|among\s+them)\s+"
                     r"(?:(?:para\s+)?(?:perwakilan|delegasi|utusan|wakil|representatives|delegations)\s+(?:dari\s+|of\s+|from\s+)?)?", re.I)
_PLANNED = re.compile(r"\b(?:akan|direncanakan|rencananya|dijadwalkan|berhalangan|batal|will|planned)\b", re.I)
watch(_LISTED)


def find(ctx: Context) -> None:
    for v in ctx.where(_LISTED):
        for c in v.cues(_LISTED):
            _listed(ctx, v, c)


def _listed(ctx: Context, v: View, c: re.Match[str]) -> None:
    first = next(iter(v.after(c.end())), None)
    if first is None or first.start != c.end() or first.type != "Organization" or cues.negated(v.masked, c.start()) \
            or _PLANNED.search(v.masked, 0, c.start()):
        return
    named = [m for m in v.mentions if m.type == "Event" and m.end <= c.end()]
    ev = named[-1].ent if named else last_event(ctx, v.index)
    if ev is None:
        return
    for m in v.chain(first, ("Organization", "Location")):
        if m.type == "Organization":
            ctx.emit("ATTENDED", m.ent, ev, v, 0.65)
