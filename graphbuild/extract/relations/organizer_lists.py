"""ORGANIZED from a bulleted list of hosts: "Kegiatan ini digelar atas kerja sama:" (or "… diselenggarakan oleh:",
"The event was co-organised by:") and one body a bullet: each bullet's first organisation organised the event the
sentence names or points to. Press releases list joint organisers this way under a "Penyelenggara" heading."""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, watch
from graphbuild.extract.relations.venues import event_for

# the organising verb, then at most a few words ("atas kerja sama", "bersama", "oleh") before the closing colon
_HOSTS_LISTED = re.compile(r"\b(?:diselenggarakan|digelar|dihelat|diadakan|diprakarsai|diinisiasi|organi[sz]ed|co-organi[sz]ed|"
                           r"hosted|co-hosted|convened)\b(?:\s+[\w-]+){0,4}?\s*:\s*$", re.I)
watch(_HOSTS_LISTED)
_BULLET = re.compile(r"^\s*(?:[-*\u2022]|\d{1,2}[.)])\s+")


def find(ctx: Context) -> None:
    for v in ctx.where(_HOSTS_LISTED, every=True):
        cue = _HOSTS_LISTED.search(v.masked) if v.text.rstrip().endswith(":") else None
        if cue is None:
            continue
        ev, _ = event_for(ctx, v, cue.start())
        if ev is None:
            continue
        for w in ctx.views[v.index + 1 : v.index + 12]:
            if _BULLET.match(w.text) is None:
                break
            first = next((m for m in w.mentions if m.type == "Organization"), None)
            if first is not None and first.start < 8:  # the body the bullet opens on, not one its gloss names
                ctx.emit("ORGANIZED", first.ent, ev, w, 0.75)
