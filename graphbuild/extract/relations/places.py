"""How big a place is, so "Bandung, Jawa Barat" reads as containment and "Bandung, Surabaya" as a list.

The entity stage usually sets ``Location.category``; when it does not (oracle
entities, names it did not classify) the gazetteer shipped with the lexicon is
asked, so the relation rules read place sizes one way whatever filled them in.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

from graphbuild.types import Entity

GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "gazetteer.tsv"
RANK = {"area": 0, "district": 1, "city": 1, "province": 2, "country": 3}


@lru_cache(maxsize=1)
def _categories() -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        with GAZETTEER.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                cat = (row.get("category") or "").strip()
                if row.get("type") != "Location" or not cat:
                    continue
                for n in (row.get("name") or "", *(row.get("aliases") or "").split("|")):
                    if n.strip():
                        out.setdefault(n.strip().casefold(), cat)
    except OSError:  # a lexicon without a gazetteer: categories come from the entities only
        return {}
    return out


def category(e: Entity) -> str | None:
    """The place category of ``e`` (``country``, ``province``, ``city``, ...), if known."""
    if e.type != "Location":
        return None
    if e.category:
        return e.category
    table = _categories()
    for n in (e.name, *e.aliases):
        cat = table.get(n.casefold())
        if cat:
            return cat
    return None


def contains(outer: Entity, inner: Entity) -> bool:
    """Whether ``outer`` is a bigger kind of place than ``inner`` (a province around a city)."""
    a, b = category(outer), category(inner)
    return a is not None and b is not None and RANK.get(a, -1) > RANK.get(b, 9)
