"""LOCATED_IN for a venue written with its place: "Jakarta International Expo (JIExpo) Kemayoran, Jakarta Pusat"
(the quarter glued to the name, then its city) and "di Aula …, Kampus C Unair, Mulyorejo, Surabaya" (a campus, then
its quarter).

Why: news name a venue by its place the way an address does; the place right after a venue's name (no "di") is
where it stands, and the city after that quarter too. Only venues (Facility) are read so: "BPOM Jakarta" is no address.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.chains import COMMA, contained, is_list
from graphbuild.extract.relations.common import Context

_GLUED = re.compile(r"\)?[ \t]+")  # only a space (after the gloss's bracket) between name and place
_CAMPUS = re.compile(r"(?:Kampus|Campus|Kompleks)\b")
_CITIES = frozenset({"city", "province", "country"})


def find(ctx: Context) -> None:
    for v in ctx.busy:
        for m in v.mentions:
            if m.type != "Facility":
                continue
            place = v.next_mention(m)
            if place is None or place.type != "Location" or ctx.is_country(place.ent):
                continue
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
