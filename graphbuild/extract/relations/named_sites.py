"""LOCATED_IN the town a plant is named after: "Karawang Biologics Plant", "Pabrik Jamu Tawangmangu", "Pusat
Distribusi Arunika Sidoarjo", "Sintesa API Plant Cilegon" lie in Karawang, Tawangmangu, Sidoarjo, Cilegon.

Why: a company names a plant, warehouse or distribution centre after the town it stands in; readers (and the
annotators) place it there even where no sentence says "di X". Only a working site (plant, factory, production
facility, warehouse, distribution centre), never a venue ("Jakarta Convention Center", "Dubai World Trade Centre")
or an estate, and only a town the story itself names (an entity of its own, with the same name: "Pabrik Karawang"
says nothing of "Kabupaten Karawang"). A country in the name ("Novarion Indonesia R&D Centre") is the owner's
branch, not a place.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context

_SITE = re.compile(r"\b(?:Pabrik|Plant|Fasilitas\s+(?:Produksi|Ekstraksi|Pengolahan)|Production\s+(?:Facility|Site)|"
                   r"Manufacturing\s+(?:Facility|Site|Center|Centre)|Distribution\s+Cent(?:er|re)|Pusat\s+Distribusi|"
                   r"Gudang|Warehouse|Sarana\s+Produksi)\b")
_NOT_SITE = re.compile(r"\b(?:Convention|Expo|Exhibition|Trade\s+Cent|Kawasan|Industrial|Hotel|Kampus|Campus)\b", re.I)
_WORD = re.compile(r"[A-Z][\w'-]*")


def find(ctx: Context) -> None:
    sites = [e for e in ctx.entities if e.type == "Facility" and _SITE.search(e.name) and not _NOT_SITE.search(e.name)]
    if not sites:
        return
    towns = {e.name: e for e in ctx.entities if e.type == "Location" and len(e.name) >= 4 and not ctx.is_country(e)
             and e.category != "province"}
    if not towns:
        return
    for site in sites:
        words = [w.group() for w in _WORD.finditer(site.name)]
        found = [towns[n] for k in (3, 2, 1) for i in range(len(words) - k + 1)
                 if (n := " ".join(words[i : i + k])) in towns and n in site.name]
        if len(found) != 1 or ctx.has("LOCATED_IN", head=site, tail=found[0]):
            continue  # "Pabrik Cikarang Bekasi": two towns in a name say nothing of which holds it
        v = next((v for v in ctx.busy if any(m.ent is site for m in v.mentions)), None)
        if v is not None:
            ctx.emit("LOCATED_IN", site, found[0], v, 0.55)
