"""HOLDS_POSITION in the body that speaks through one of its units: "Badan POM RI melalui Deputi Bidang
Penindakan, Dr. X, menyatakan …".

Why: the post is named by the unit alone ("Deputi Bidang Penindakan"), so the title rules file X under the
unit; the body before "melalui" is the one the unit belongs to, and X holds that post in it too.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, watch

_THROUGH = re.compile(r"\s*(?:RI\s+)?,?\s*(?:melalui|lewat|through)\s+(?:its\s+|the\s+)?", re.I)
_WORD = re.compile(r"\b(?:melalui|through)\b", re.I)
watch(_WORD)


def find(ctx: Context) -> None:
    for v in ctx.where(_WORD):
        if not _WORD.search(v.masked):
            continue
        for m in v.mentions:
            prev = v.prev_mention(m) if m.type == "Organization" else None
            if prev is None or prev.type != "Organization" or not _THROUGH.fullmatch(v.gap(prev.end, m.start)):
                continue
            p = v.next_mention(m)
            if p is None or p.type != "Person" or not re.fullmatch(rf"\s*,?\s*(?:{cues.HONORIFIC})*\s*", v.gap(m.end, p.start)):
                continue
            if ctx.has("HOLDS_POSITION", head=p.ent, tail=m.ent):
                ctx.emit("HOLDS_POSITION", p.ent, prev.ent, v, 0.75, title=m.text)
