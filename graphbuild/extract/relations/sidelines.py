"""HELD_IN for the event a deal was made at: "menandatangani X dengan B di sela pameran E", "signed … at the E 2025",
"Penandatanganan berlangsung di sela E yang digelar …". A sentence that places the event nowhere leaves it in the city
the story is datelined in (where the signing is reported from), unless the event's own name holds another place."""

from __future__ import annotations

import re

from graphbuild.extract.relations import places
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.venues import dateline_city
from graphbuild.types import Entity

_AT_EVENT = re.compile(r"\b(?P<side>on\s+the\s+sidelines\s+of|di\s+sela(?:-sela)?|disela-sela)?(?(side)|(?:at|during|di\s+ajang|pada\s+ajang))"
                       r"\s+(?:the\s+)?(?:(?:pameran|ajang|acara|gelaran|perhelatan)\s+)?$", re.I)
_SIDE_WORD = re.compile(r"sidelines|sela|\bat\b|during|ajang", re.I)
_DEAL = re.compile(r"\b(?:sign\w*|conclud\w*|ink\w*|agreement|menandatangani|ditandatangani|penandatanganan|teken|meneken|diteken|"
                   r"perjanjian|kesepakatan|kontrak|MoU|nota\s+kesepahaman)\b", re.I)
watch(_SIDE_WORD, _DEAL)
_EARLIER = re.compile(r"\b(?:setelah|sebelum(?:nya)?|sepekan|sebulan|lalu|silam|earlier|previously|ago|last\s+(?:week|month|year))\b", re.I)
_IN = re.compile(r"\b(?:di|in)\s+(?:(?:kota|the\s+city\s+of)\s+)?$", re.I)


def find(ctx: Context, v: View) -> None:
    """The event a signing sentence says the deal was made at, placed in the dateline city."""
    if not (v.may(_SIDE_WORD) and v.may(_DEAL)):
        return
    for m in v.mentions:
        if m.type != "Event":
            continue
        cue = _AT_EVENT.search(v.masked, max(0, m.start - 40), m.start)
        if cue is None or not _DEAL.search(v.masked) or _EARLIER.search(v.masked, 0, m.start):
            continue  # "… sepekan setelah perseroan meneken MoU … di ajang E": a deal told from another time and place
        if ctx.has("HELD_IN", head=m.ent) or any(x.type == "Location" and _IN.search(v.masked, max(0, x.start - 12), x.start)
                                                  for x in v.before(m.start)):
            continue  # "signed in Jakarta on the sidelines of E": the sentence's own place (read in ``venues``)
        city = dateline_city(ctx)
        if city is None or _other_city(ctx, m.ent.name, city):
            continue  # "Dubai Wellness Expo" in a story from Jakarta: the name tells another city
        ctx.emit("HELD_IN", m.ent, city, v, 0.55)


def _other_city(ctx: Context, name: str, city: Entity) -> bool:
    """Whether event ``name`` holds a city (a gazetteer one, by one or two of its words) other than ``city``."""
    words = re.findall(r"[A-Z][\w'-]*", name)
    own = {city.name.casefold(), *(a.casefold() for a in city.aliases)}
    for k in range(len(words)):
        for n in (1, 2):
            part = " ".join(words[k : k + n])
            if part.casefold() not in own and places.category(Entity(id="", type="Location", name=part)) == "city":
                return True
    return False
