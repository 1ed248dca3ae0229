"""How big a place is, so "Bandung, Jawa Barat" reads as containment and "Bandung, Surabaya" as a list.

The entity stage usually sets ``Location.category``; when it does not (oracle
entities, names it did not classify) the gazetteer shipped with the lexicon is
asked, so the relation rules read place sizes one way whatever filled them in.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

from graphbuild.types import Entity

GAZETTEER = Path(__file__).resolve().parent.parent / "data" / "gazetteer.tsv"
RANK = {"area": 0, "district": 1, "city": 1, "province": 2, "country": 3}


@lru_cache(maxsize=1)
def _categories() -> dict[str, str]:
    return _table("category")


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    return _table("country")


@lru_cache(maxsize=1)
def _rows() -> tuple[dict[str, str], ...]:
    """The gazetteer's Location rows, read once for every table below."""
    try:
        with GAZETTEER.open(encoding="utf-8", newline="") as fh:
            return tuple(r for r in csv.DictReader(fh, delimiter="\t") if r.get("type") == "Location")
    except OSError:  # a lexicon without a gazetteer: categories come from the entities only
        return ()


def _table(column: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for row in _rows():
        cat = (row.get(column) or "").strip()
        if not cat:
            continue
        for n in (row.get("name") or "", *(row.get("aliases") or "").split("|")):
            if n.strip():
                out.setdefault(n.strip().casefold(), cat)
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


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    """Gazetteer towns that are no city of their own: a "city" row with no "Kota X" form and no "Kabupaten X" of its
    name ("Cikampek", "Cikupa", "Pandaan": a kecamatan's town, inside the regency named after it)."""
    rows = _rows()
    regencies = {(r.get("name") or "")[len("Kabupaten "):].casefold() for r in rows if (r.get("name") or "").startswith("Kabupaten ")}
    return frozenset(
        (r.get("name") or "").casefold() for r in rows
        if r.get("category") == "city" and r.get("country") == "Indonesia" and not (r.get("aliases") or "").strip()
        and (r.get("name") or "").casefold() not in regencies)


def town(e: Entity) -> bool:
    """Whether place ``e`` is a town inside a regency (see ``_towns``), not a city or regency of its own."""
    return e.type == "Location" and e.name.casefold() in _towns()


def known(e: Entity) -> bool:
    """Whether the gazetteer lists place ``e`` (a category guessed from context may be wrong)."""
    table = _categories()
    return any(n.casefold() in table for n in (e.name, *e.aliases))


def foreign(e: Entity) -> bool:
    """Whether the gazetteer puts place ``e`` in a country other than Indonesia (unknown: no)."""
    table = _countries()
    return any(table.get(n.casefold(), "Indonesia") != "Indonesia" for n in (e.name, *e.aliases))


# world regions: "mitra strategis di Asia Tenggara", "partner in Southeast Asia" name a market, never a seat
_REGIONS = frozenset(n.casefold() for n in (
    "Asia", "Asia Tenggara", "Southeast Asia", "Asia Timur", "East Asia", "Asia Selatan", "South Asia", "Asia Tengah",
    "Asia Pasifik", "Asia Pacific", "Asia-Pacific", "Indo-Pasifik", "Eropa", "Europe", "Eropa Barat", "Eropa Timur",
    "Afrika", "Africa", "Afrika Utara", "Afrika Timur", "Afrika Barat", "Afrika Selatan Sahara", "Asia Barat",
    "Timur Tengah", "Middle East", "Amerika Latin", "Latin America", "Amerika Utara", "North America",
    "Amerika Selatan", "South America", "Oseania", "Oceania", "Pasifik", "Skandinavia", "Karibia", "Timur Jauh",
    "ASEAN", "MENA"))


def region(e: Entity) -> bool:
    """Whether ``e`` is a world region (a market, not a place anything is seated in)."""
    return any(n.casefold() in _REGIONS for n in (e.name, *e.aliases))


def contains(outer: Entity, inner: Entity) -> bool:
    """Whether ``outer`` is a bigger kind of place than ``inner`` (a province around a city)."""
    a, b = category(outer), category(inner)
    return a is not None and b is not None and RANK.get(a, -1) > RANK.get(b, 9)


# Country names the rules know without the gazetteer (either language, common short forms).
COUNTRY_NAMES_CASED: tuple[str, ...] = (
        "Indonesia", "Tiongkok", "China", "Cina", "RRT", "Jepang", "Japan", "Korea", "Korea Selatan", "South Korea",
        "Korsel", "India", "Singapura", "Singapore", "Malaysia", "Thailand", "Vietnam", "Filipina", "Philippines",
        "Australia", "Amerika Serikat", "AS", "USA", "United States", "Inggris", "United Kingdom", "UK", "Jerman",
        "Germany", "Prancis", "Perancis", "France", "Belanda", "Netherlands", "Swiss", "Switzerland", "Italia",
        "Italy", "Spanyol", "Spain", "Rusia", "Russia", "Kanada", "Canada", "Brasil", "Brazil", "Mesir", "Egypt",
        "Arab Saudi", "Saudi Arabia", "Uni Emirat Arab", "UEA", "Turki", "Turkey", "Iran", "Pakistan",
        "Bangladesh", "Taiwan", "Hong Kong", "Selandia Baru", "New Zealand", "Belgia", "Belgium", "Swedia",
        "Sweden", "Denmark", "Norwegia", "Norway", "Finlandia", "Austria", "Polandia", "Kuba", "Cuba",
        "Argentina", "Meksiko", "Mexico", "Afrika Selatan", "South Africa", "Nigeria", "Kenya", "Qatar",
        "Kuwait", "Yordania", "Brunei", "Brunei Darussalam", "Myanmar", "Kamboja", "Laos", "Timor Leste",
        "Korea Utara", "Irlandia", "Ireland", "Portugal", "Yunani", "Greece", "Hungaria", "Ceko",
)
COUNTRY_NAMES: frozenset[str] = frozenset(n.casefold() for n in COUNTRY_NAMES_CASED)


# "meninjau fasilitas produksi vaksin milik PT X di Y", "pabrik PT X di Y": the place is the plant's (named or not),
# not the owner's seat, which the sentence does not tell
_PLANT_BEFORE = re.compile(r"\b(?:[Ff]asilitas|[Pp]abrik|[Gg]udang|[Ll]ini|[Ll]aboratorium)(?:\s+(?:[a-z-]+|\u2588+)){0,4}?\s+(?:(?:milik|kepunyaan)\s+)?(?:PT\.?\s+)?$")


_PLANT_NAME = re.compile(r"\b(?:Pabrik|Plant|Bioplant|Fasilitas|Facility|Site|Campus|Gudang|Warehouse)\b", re.I)


def plant_owner(entities: list[Entity], masked: str, start: int, firm: Entity) -> bool:
    """Whether ``firm`` (at ``start``) is named as the owner of a plant just before it, in a story that names a plant
    of its own ("Pabrik Vaksin Rekabio Karawang"; where it names none, the plant's place is all it tells of the
    company's and is read as its seat)."""
    if _PLANT_BEFORE.search(masked, max(0, start - 70), start) is None:
        return False
    keys = {w.casefold() for n in (firm.name, *firm.aliases) for w in n.split()[1 if n.startswith("PT ") else 0 :][:1]}
    return any(e.type == "Facility" and _PLANT_NAME.search(e.name) and keys & {w.casefold() for w in e.name.split()}
               for e in entities)
