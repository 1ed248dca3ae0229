"""The town that closes a site's name before its province: "Pabrik Adhiguna Karawang, Jawa Barat".

A plant named after its town and then placed in a province ("Sintesa API Plant Cilegon, Banten", "Fasilitas Produksi
Arunika Karawang, Jawa Barat") tells the town's province through the site's name: the annotated stories keep the
town as a place of its own (site in town, town in province) even where the text names it nowhere else. The site's
mention keeps its whole name; the town becomes a Location over the name's last words, when the gazetteer knows it.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import places
from graphbuild.types import Entity, Span

_COMMA = re.compile(r"\s*,\s*")
_SITE = re.compile(r"\b(?:Pabrik|Plant|Bioplant|Fasilitas|Facility|Gudang|Warehouse|Factory|Site)\b")


def town_words(name: str) -> str | None:
    """The last one or two words of a site's name that the gazetteer lists as an Indonesian town, else None."""
    words = name.split()
    for k in (2, 1):
        if len(words) > k + 1:
            tail = " ".join(words[-k:])
            if places._categories().get(tail.casefold()) in ("city", "district", "area") \
                    and places._countries().get(tail.casefold()) == "Indonesia":  # noqa: SLF001 - the gazetteer tables
                return tail
    return None


def add(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` plus the town of each "<site … Town>, <Province>" whose town no entity names yet."""
    provinces = {m.start: e for e in entities if e.type == "Location" and places.category(e) == "province" for m in e.mentions}
    if not provinces:
        return entities
    named = {n.casefold() for e in entities if e.type == "Location" for n in (e.name, *e.aliases)}
    out = list(entities)
    for e in entities:
        if e.type != "Facility" or not _SITE.search(e.name) or (town := town_words(e.name)) is None or town.casefold() in named:
            continue
        for m in e.mentions:
            gap = _COMMA.match(text, m.end)
            if gap is None or gap.end() not in provinces or not m.text.endswith(town):
                continue
            out.append(Entity(id=f"e{len(out) + 1}", type="Location", name=town, category=places._categories()[town.casefold()],  # noqa: SLF001
                              mentions=[Span(m.end - len(town), m.end, town)]))
            named.add(town.casefold())
            break
    return out
