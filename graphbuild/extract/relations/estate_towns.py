"""LOCATED_IN the town of an industrial estate: "pabrik PT X di Kawasan Industri Wijayakusuma, Ungaran, Kabupaten
Semarang" puts X in Ungaran as well as in the estate.

Why: readers (and the annotators) place a plant in the town the estate is in; the estate is the address, the town
the place. Only the first place after the estate counts (the next ones are its district and province), and only where
the same sentence put the company or plant in the estate and the estate in that town.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context

_ESTATE = re.compile(r"(?:Kawasan\s+(?:Industri|Ekonomi\s+Khusus|Berikat)|KEK|Jababeka|.*\b(?:Industrial\s+(?:Estate|Park|Zone)))\b")
_TOWNS = ("city", "district")
_REGENCY = re.compile(r"(?:Kabupaten|Kab\.|Regency)\b")  # a regency is the estate's district, not its town


def find(ctx: Context) -> None:
    estates = {e.id for e in ctx.entities if e.type == "Location" and _ESTATE.match(e.name)}
    if not estates:
        return
    found = [r for r in ctx.relations if r.type == "LOCATED_IN"]
    towns = {(r.head, r.evidence): r.tail for r in found if r.head in estates}
    views = {v.evidence or " ".join(v.text.split()): v for v in ctx.busy}
    for r in found:
        town = towns.get((r.tail, r.evidence)) if r.tail in estates else None
        head, place = ctx.by_id.get(r.head), ctx.by_id.get(town or "")
        v = views.get(r.evidence)
        if head is None or place is None or v is None or head.type not in ("Organization", "Facility"):
            continue
        regency = next((n for n in (place.name, *place.aliases) if _REGENCY.match(n)), None)  # (also joined to its bare name)
        if place.category in _TOWNS and place.id not in estates and (
                regency is None or _bare_in(regency, r.evidence or "")):
            ctx.emit("LOCATED_IN", head, place, v, 0.6)


def _bare_in(regency: str, sentence: str) -> bool:
    """The sentence's address writes the regency by its bare name, as a town ("di Kawasan Industri PIER, Pasuruan"),
    not as "Kabupaten Pasuruan" after a town (a dateline "Pasuruan –" is no address): then it is the estate's town."""
    bare = _REGENCY.sub("", regency).strip()
    return bool(bare) and re.search(rf",\s+{re.escape(bare)}\b(?! Regency)", sentence) is not None
