"""LOCATED_IN for the company a story speaks of, placed by its unnamed site.

"… di fasilitas perusahaan yang berlokasi di Kawasan Industri Kabil", "pabrik perseroan di Cikarang",
"di kantor pusat perusahaan di Kawasan Industri Candi": the company is not named in the phrase but is the one
subject of a sentence just before, else the one the story is about if it was named lately, else the one Indonesian
company named lately (a foreign partner has no plant
here; for "perseroan", the one a release defines so or names most). Where the story names a plant of its own ("Pabrik Cileungsi",
"X Biologics Plant") the place is that plant's (``plant_places``), not its owner's; a head office always places the
company.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, watch
from graphbuild.extract.relations.discourse import defined_firm, leading_firm, topic

_COMPANY_SITE = re.compile(
    r"\b(?P<kind>fasilitas(?:\s+produksi)?|pabrik|gudang|(?P<seat>kantor\s+pusat|markas(?:\s+besar)?))\s+(?:milik\s+)?"
    r"(?P<firm>perusahaan|perseroan)(?:\s+(?:tersebut|ini|itu))?\s*,?\s+"
    r"(?:yang\s+(?:berlokasi|berada|terletak)\s+)?di\s+(?:kawasan\s+)?$",
    re.I,
)
_CUE = re.compile(r"\b(?:fasilitas|pabrik|gudang|kantor\s+pusat|markas)\s+(?:milik\s+|produksi\s+)?(?:perusahaan|perseroan)\b", re.I)
watch(_CUE)
# a plant, depot or centre the story names: the unnamed site's place is its
_OWN_SITE = re.compile(r"\b(?:Pabrik|Plant|Bioplant|Fasilitas|Facility|Factory|Gudang|Warehouse|Pusat\s+(?:Distribusi|Produksi)"
                       r"|Distribution\s+Cent(?:er|re)|Biologics\s+Cent(?:er|re))\b", re.I)


def find(ctx: Context) -> None:
    views = ctx.where(_CUE)
    if not views:
        return
    named_site = any(e.type == "Facility" and _OWN_SITE.search(e.name) for e in ctx.entities)
    for v in views:
        for m in v.mentions:
            if m.type != "Location" or ctx.is_country(m.ent):
                continue
            hit = _COMPANY_SITE.search(v.masked, max(0, m.start - 110), m.start)
            if hit is None or hit.end() != m.start or (named_site and not hit.group("seat")):
                continue
            near = [e for e in ctx.recent(v.index, ("Organization",), pos=hit.start(), back=3, limit=6)
                    if e.category == "company" and ctx.is_indonesian(e)]
            lead = leading_firm(ctx)
            firm = (defined_firm(ctx) or lead) if hit.group("firm").casefold() == "perseroan" else None
            subject = topic(ctx, v.index)  # "Herba Lestari dikenal … . Pabrik perusahaan di …": the subject spoken of
            firm = firm or (subject if subject is not None and ctx.is_indonesian(subject) else None) \
                or (lead if lead in near or lead is not None and all(len(e.mentions) < 2 for e in near)  # (a supplier named once)
                    else near[0] if len(near) == 1 else None)  # (two named lately: unsure)
            if firm is not None:
                ctx.emit("LOCATED_IN", firm, m.ent, v, 0.6)
