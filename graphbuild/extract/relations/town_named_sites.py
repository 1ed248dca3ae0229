"""LOCATED_IN the town a site is named after, when the story names that town on its own too.

"Karawang Biologics Plant", "Pabrik Jamu Tawangmangu", "Sentosa Distribution Center Sidoarjo": a plant, depot or
campus named with its town lies in it (unless already placed in an estate named after that town). The golds place such a site in the town in 140 of 145 stories where the
town is an entity of its own (a separate mention: "… di Tawangmangu, Karanganyar"), and in none where the town
is only a word of the site's name, so the town must be mentioned apart from the name. A name the town opens
("Citeureup Plant") is left out, as checklist r21j asks. Venues ("Jakarta
International Expo", "Hotel Savoy Bandung"), offices' rooms ("Aula BBPOM di Denpasar") and police headquarters
are named after their town for its own sake and are left to the sentences that place them.
Runs after the sentence rules, once per story; a story without a Facility costs nothing.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context
from graphbuild.types import Entity

# a site that makes, keeps or ships goods: the head words of such names
_SITE = re.compile(r"\b(?:Plant|Pabrik|Factory|Facility|Fasilitas|Site|Bioplant|Biopark|Gudang|Warehouse|Hub|Sarana|"
                   r"Distribution\s+Cent(?:er|re)|Fulfil+ment\s+Cent(?:er|re)|Pusat\s+(?:Distribusi|Logistik|Produksi)|"
                   r"Production\s+Site|Unit)\b")
# names of venues and offices' rooms that carry their town for their own sake
_NOT_SITE = re.compile(r"\b(?:Convention|Expo|Exhibition|Hotel|Aula|Gedung|Kampus|Campus|Mapolda|Mapolres|Kantor|Pelabuhan)\b"
                       r"|\s(?:di|in)\s")
_TOWNS = ("city", "district", "area")


def find(ctx: Context) -> None:
    sites = [e for e in ctx.entities if e.type == "Facility" and _SITE.search(e.name) and not _NOT_SITE.search(e.name)]
    if not sites:
        return
    towns = [e for e in ctx.entities if e.type == "Location" and e.category in _TOWNS]
    for site in sites:
        for town in towns:
            if _named_after(site, town, opening=False) and not ctx.has("LOCATED_IN", site, town) and not _in_estate_of(ctx, site, town):
                view = next((v for v in ctx.busy if any(m.ent.id == site.id for m in v.mentions)), None)
                if view is not None:
                    ctx.emit("LOCATED_IN", site, town, view, 0.55)


def _in_estate_of(ctx: Context, site: Entity, town: Entity) -> bool:
    """The site is already placed in an estate named after the same town ("Kawasan Industri Kendal" for the
    "Kendal Biologics Plant"): the golds place it there, the town only through the estate."""
    for r in ctx.has("LOCATED_IN", site):
        place = ctx.by_id.get(r.tail)
        if place is not None and place.id != town.id and _named_after(place, town):
            return True
    return False


def _named_after(site: Entity, town: Entity, opening: bool = True) -> bool:
    """The site's name holds one of the town's names as whole words (and is more than that name); with
    ``opening`` False, not as its first words ("Citeureup Plant": checklist r21j keeps such a site out of its town,
    though the golds place it there in 40 of 44 stories). The substring test first: each name is a pattern ``re``
    compiles anew (0.1 ms), and most towns are not in the site's name."""
    names = {n for n in (town.name, *town.aliases) if len(n) > 3}
    return any(n != site.name and n in site.name and (m := re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", site.name)) is not None
               and (opening or m.start() > 0) for n in names)
