"""A regional secretariat's post held in the region's government: "Sekretaris Daerah Lombok Tengah, X" beside
"Pemerintah Kabupaten (Pemkab) Lombok Tengah"; "Asisten Perekonomian Setda Kota Makassar" beside "Pemerintah Kota Makassar".

Why: the positions family ties a regional title to the place it names (the regent's regency); when the text also
names that place's government as a body (it signs, partners, hosts), the regional secretary and the secretariat's
assistants hold their post in that body (the corpus ties a regent's or governor's post to the place). Only the place's one government takes it (a "Kota" and a
"Kabupaten" of one name are two), and only the titles of a regional government's own officers.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.types import Entity

_GOV = re.compile(r"^(?:Pemerintah\s+(Provinsi|Kabupaten|Kota)|Pem(prov|kab|kot))\s+(.+)$", re.I)
_LEVEL = re.compile(r"^(Provinsi|Kabupaten|Kota)\s+", re.I)
_SHORT = {"prov": "provinsi", "kab": "kabupaten", "kot": "kota"}
# the officers of the regional secretariat (Sekda, its assistants): their post is in the government itself, whereas
# a regent's, mayor's or governor's is told with the place alone (and a Dinas head's, a police chief's, an envoy's
# with another body)
_TITLE = re.compile(r"^(?:(?:Plt\.?|Plh\.?|Pj\.?|Penjabat)\s+)*(?:Sekretaris\s+Daerah|Sekda(?:prov|kab|kot)?|Asisten\b.*|"
                    r"(?:\w+\s+)?Regional\s+Secretary)\b", re.I)


def _key(name: str) -> tuple[str | None, str]:
    m = _LEVEL.match(name)
    return (m.group(1).lower(), name[m.end() :].lower()) if m else (None, name.lower())


def find(ctx: Context) -> None:
    """Each regional officer's post in the place's government the text names."""
    govs: dict[str, list[tuple[str, Entity]]] = {}
    for e in ctx.entities:
        if e.type != "Organization":
            continue
        for n in {e.name, *e.aliases}:
            if (m := _GOV.match(n)) is not None:
                level = (m.group(1) or _SHORT[m.group(2).lower()]).lower()
                found = govs.setdefault(m.group(3).lower(), [])
                if all(x is not e for _, x in found):
                    found.append((level, e))
    if not govs:
        return
    views: dict[str, View] | None = None
    for r in list(ctx.typed("HOLDS_POSITION")):
        place = ctx.by_id.get(r.tail)
        if place is None or place.type != "Location" or not _TITLE.match(r.properties.get("title", "")):
            continue
        cands = {id(g): g for n in {place.name, *place.aliases} for lv, name in [_key(n)]
                 for level, g in govs.get(name, ()) if lv is None or lv == level}
        person = ctx.by_id.get(r.head)
        if len(cands) != 1 or person is None:
            continue  # (none, or "Kota" and "Kabupaten" Semarang both named)
        if views is None:
            views = {" ".join(v.text.split()): v for v in ctx.views}
        v = views.get(r.evidence)
        if v is not None:
            ctx.emit("HOLDS_POSITION", person, next(iter(cands.values())), v, r.confidence * 0.9, title=r.properties.get("title"))
