"""LOCATED_IN for a venue written with its place, the way an address is: "di Jakarta International Expo (JIExpo)
Kemayoran, Jakarta Pusat" (the quarter after the name, then its town), "di Indonesia Convention Exhibition (ICE) BSD,
Tangerang Selatan" (an area the tagger left unnamed) and "di Aula …, Kampus C Unair, Mulyorejo, Surabaya" (a campus,
then its quarter).

Why: the area word after a venue (and after its short form) belongs to how the venue is called, so the comma rules
of ``locations`` see a place next to a place ("Kemayoran, Jakarta Pusat") and never the venue. The venue lies in the
area and in the town after the comma. Only venues (Facility) are read so: "BPOM Jakarta" is no address. Two
readings: ``_at_venue`` after "di/in/at", ``_glued`` after the short form's bracket (no "di" needed) or a campus.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import places
from graphbuild.extract.relations.chains import COMMA, contained, is_list
from graphbuild.extract.relations.common import Context, M, View

_AT = re.compile(r"\b(?:di|in|at)\s+(?:the\s+)?(?:(?:gedung|kompleks|kawasan|arena)\s+)?$", re.I)
# an area the tagger left unnamed: "(ICE) BSD, Tangerang Selatan"
_BARE_AREA = re.compile(r"\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}\s*,\s*$")
_GLUED = re.compile(r"\)?[ \t]+")  # only a space (after the gloss's bracket) between name and place
_CAMPUS = re.compile(r"(?:Kampus|Campus|Kompleks)\b")
_CITIES = frozenset({"city", "province", "country"})


def find(ctx: Context) -> None:
    for v in ctx.busy:
        for m in v.mentions:
            if m.type != "Facility":
                continue
            if m.role is None and _AT.search(v.masked[max(0, m.start - 30) : m.start]):
                _at_venue(ctx, v, m)
            _glued(ctx, v, m)


def _at_venue(ctx: Context, v: View, m: M) -> None:
    end = (m.gloss or m).end
    area = v.next_mention(m)
    if area is None or area.type != "Location" or ctx.is_country(area.ent) or places.region(area.ent):
        return
    gap = v.gap(end, area.start).removeprefix(")")  # the short form's closing bracket
    if gap.isspace() and (town := v.next_mention(area)) is not None and town.type == "Location" \
            and COMMA.match(v.gap(area.end, town.start)) and not ctx.is_country(town.ent) \
            and not places.region(town.ent) and not is_list(v, town):
        ctx.emit("LOCATED_IN", m.ent, area.ent, v, 0.7)  # "JIExpo Kemayoran, Jakarta Pusat"
        ctx.emit("LOCATED_IN", m.ent, town.ent, v, 0.65)
    elif _BARE_AREA.fullmatch(gap) and not is_list(v, area):
        ctx.emit("LOCATED_IN", m.ent, area.ent, v, 0.65)  # "(ICE) BSD, Tangerang Selatan"


def _glued(ctx: Context, v: View, m: M) -> None:
    place = v.next_mention(m)
    if place is None or place.type != "Location" or ctx.is_country(place.ent):
        return
    gap = v.gap((m.gloss or m).end, place.start)
    if m.gloss is not None and _GLUED.fullmatch(gap):  # "Jakarta International Expo (JIExpo) Kemayoran"
        # (only after the venue's acronym: "NSM Distribution Center Cikarang" bears the town in its name)
        ctx.emit("LOCATED_IN", m.ent, place.ent, v, 0.65)
        city = v.next_mention(place)
        if city is not None and city.type == "Location" and COMMA.match(v.gap(place.end, city.start)) \
                and contained(v, place, city) and not is_list(v, city):  # not "Kemayoran, Surabaya dan Medan"
            ctx.emit("LOCATED_IN", m.ent, city.ent, v, 0.65)
    elif _CAMPUS.match(m.text) and COMMA.fullmatch(gap) and place.ent.category not in _CITIES:
        # "Kampus C Unair, Mulyorejo, Surabaya": the quarter the campus is in (a city is where the event was)
        ctx.emit("LOCATED_IN", m.ent, place.ent, v, 0.65)
