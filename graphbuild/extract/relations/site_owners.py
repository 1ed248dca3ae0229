"""OPERATES for a site whose name ends with the full name or alias of the organisation that runs it.

Why: "Laboratorium Biofarmasi Terpadu Fakultas Farmasi Unhas", "Laboratorium Quality Control Bio Farma", "Unit Riset
Klinik RSUP Dr. Sardjito": a site named by its kind and then its owner. The namesake rule (``site_namesakes``) reads names
that open a site's name or share rare words with it, and drops common words ("Bio Farma") or finds a faculty and its
university alike; the longest owner name the site's name ends with settles it. Halls and offices ("Auditorium X UGM",
"Kampus C Unair", "Gedung Rektorat Unhas", "Kantor BPOM") are left out: they are where something is held, not a site
the owner works in, and the gold sets hold them optional at most. Regulators are left out as in ``operators``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphbuild.extract.relations.common import Context
from graphbuild.extract.relations.makers import regulator_like
from graphbuild.types import Entity

VENUE = re.compile(r"(?:Auditorium|Aula|Kampus|Campus|Gedung|Balai|Kantor|Wisma|Ruang|Hall|Mapolda|Mapolres|Rutan|Graha|Hotel"
                    r"|Convention|Rumah\s+Sakit|RS|Masjid|Lapangan|Taman)\b", re.I)


def suffix_owner(ctx: Context, site: Entity) -> Entity | None:
    """The organisation whose longest name (or alias) ends the site's name; worked out once per site and document."""
    cache: dict[str, Entity | None] = ctx.__dict__.setdefault("_suffix_owners", {})
    if site.id not in cache:
        cache[site.id] = _find(ctx, site)
    return cache[site.id]


_FORM = re.compile(r"^PT\.?\s+|,?\s+(?:Tbk\.?|\(Persero\)(?:\s+Tbk\.?)?)$")


@lru_cache(maxsize=4096)  # the same names are made bare for every site of a document, and again in the next one
def bare(name: str) -> str:
    """The name without its Indonesian legal form ("PT Bio Farma (Persero)" is "Bio Farma" in a site's name)."""
    return _FORM.sub("", _FORM.sub("", name))


def _owners(ctx: Context) -> list[tuple[Entity, set[str]]]:
    """Each organisation that may run a site, with its bare names (worked out once per document)."""
    owners: list[tuple[Entity, set[str]]] | None = ctx.__dict__.get("_site_owner_names")
    if owners is None:
        owners = [(e, {bare(n) for n in (e.name, *e.aliases)}) for e in ctx.entities
                  if e.type == "Organization" and not regulator_like(e)]
        ctx.__dict__["_site_owner_names"] = owners
    return owners


def _find(ctx: Context, site: Entity) -> Entity | None:
    if VENUE.match(site.name):
        return None
    best: Entity | None = None
    size = 0
    for e, names in _owners(ctx):
        for n in names:
            if len(n) > size and len(n) >= 3 and site.name.endswith(" " + n) and len(site.name) > len(n) + 4:
                best, size = e, len(n)
    return best
