"""A venue named with its area, then its town: "di Jakarta International Expo (JIExpo) Kemayoran, Jakarta
Pusat", "di Indonesia Convention Exhibition (ICE) BSD City, Kabupaten Tangerang".

Why: the area word after the venue (and its short form) belongs to how the venue is called, so the
comma rules of ``locations`` see a place next to a place ("Kemayoran, Jakarta Pusat") and never the
venue. The venue lies in the area (when it is a place) and in the town after the comma.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import places
from graphbuild.extract.relations.chains import COMMA, is_list
from graphbuild.extract.relations.common import Context

_AT = re.compile(r"\b(?:di|in|at)\s+(?:the\s+)?(?:(?:gedung|kompleks|kawasan|arena)\s+)?$", re.I)
# an area the tagger left unnamed: "(ICE) BSD, Tangerang Selatan"
_BARE_AREA = re.compile(r"\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*,\s*$")


def find(ctx: Context) -> None:
    for v in ctx.busy:
        for m in v.mentions:
            if m.type != "Facility" or m.role is not None or not _AT.search(v.masked[max(0, m.start - 30) : m.start]):
                continue
            end = (m.gloss or m).end
            area = v.next_mention(m)
            if area is None or area.type != "Location" or ctx.is_country(area.ent) or places.region(area.ent):
                continue
            gap = v.gap(end, area.start).removeprefix(")")  # the short form's closing bracket
            if gap.isspace() and (town := v.next_mention(area)) is not None and town.type == "Location" \
                    and COMMA.match(v.gap(area.end, town.start)) and not ctx.is_country(town.ent) \
                    and not places.region(town.ent) and not is_list(v, town):
                ctx.emit("LOCATED_IN", m.ent, area.ent, v, 0.7)  # "JIExpo Kemayoran, Jakarta Pusat"
                ctx.emit("LOCATED_IN", m.ent, town.ent, v, 0.65)
            elif _BARE_AREA.fullmatch(gap) and not is_list(v, area):
                ctx.emit("LOCATED_IN", m.ent, area.ent, v, 0.65)  # "(ICE) BSD, Tangerang Selatan"
