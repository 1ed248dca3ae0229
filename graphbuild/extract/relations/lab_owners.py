"""A laboratory or research centre whose name ends with the school or university it belongs to: "Laboratorium Terpadu
Fakultas Farmasi UGM" is run by Fakultas Farmasi UGM, "Pusat Riset Vaksin Universitas Airlangga" by the university.
The school must be an entity of the document (by its name or a short form), so a lab named after a person or a
place is left alone.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context
from graphbuild.types import Entity

_LAB = re.compile(r"^(?:Laboratorium|Laboratory|Lab|Pusat\s+(?:Riset|Studi|Penelitian)|Research\s+Cent(?:er|re))\b")
_ACADEMIC = re.compile(r"\b(?:Fakultas|Universitas|Institut|Sekolah|Politeknik|Faculty|University|Institute|School)\b|^(?:FF|FK|FKUI)\b"
                       r"|^U[A-Z][a-z]+$|^[A-Z]{2,5}$")


def school_of(ctx: Context, site: Entity) -> Entity | None:
    """The academic body whose name (or a short form of it) ends the laboratory's name."""
    if not _LAB.match(site.name):
        return None
    best: tuple[int, Entity] | None = None
    for e in ctx.entities:
        if e.type != "Organization":
            continue
        for n in (e.name, *e.aliases):
            if len(n) >= 3 and site.name.endswith(" " + n) and _ACADEMIC.search(n) and (best is None or len(n) > best[0]):
                best = (len(n), e)
    return best[1] if best else None
