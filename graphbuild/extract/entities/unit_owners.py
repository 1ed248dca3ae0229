"""A unit written with the command or government that owns it: "Satuan Reserse Narkoba Polres Kediri".

Every police region, regency and province has its "Direktorat Reserse Kriminal Khusus", "Satresnarkoba" or
"Satpol PP", so the extractor names the unit and its owner ("Polda Sulawesi Selatan") as two organisations
(the owner is PART_OF's tail). Readers and annotators know the unit by the whole phrase too: the unit gets
"unit + owner" as an alias when the owner's name follows it at once, on the same line ("Ditreskrimsus Polda
Jateng", "Satresnarkoba Polrestabes Bandung", "Satpol PP Kabupaten Sidoarjo", "Dinas Kesehatan Pemprov X").
"""

from __future__ import annotations

from graphbuild.types import Entity

# the first word of a unit that every region has one of ("Direktorat" only as "Direktorat Reserse …" and the like)
_UNIT_HEADS = frozenset({
    "Ditreskrimsus", "Ditreskrimum", "Ditresnarkoba", "Ditkrimsus", "Ditnarkoba", "Ditressiber", "Satreskrim",
    "Satresnarkoba", "Satnarkoba", "Satlantas", "Satintelkam", "Satuan", "Subdit", "Subdirektorat", "Unit", "Satpol",
    "Reskrim", "Dinas"})
_DIRECTORATES = ("Direktorat Reserse ", "Direktorat Lalu Lintas ", "Direktorat Intelijen ", "Direktorat Samapta ",
                 "Direktorat Polisi ")
# the first word of the owner: a police command, prosecutor's office or regional government named by its region
_OWNER_HEADS = frozenset({
    "Polda", "Polres", "Polresta", "Polrestabes", "Polsek", "Kepolisian", "Kodam", "Korem", "Kodim", "Kejati",
    "Kejari", "Pemprov", "Pemkab", "Pemkot", "Pemerintah", "Kabupaten", "Kota", "Provinsi"})


_ONE_WORD = frozenset({"Satuan", "Subdit", "Subdirektorat", "Unit", "Satpol", "Reskrim", "Dinas"})  # not a unit alone


def _unit(name: str) -> bool:
    head = name.split(None, 1)[0]
    if head in _UNIT_HEADS:
        return " " in name or head not in _ONE_WORD
    return name.startswith(_DIRECTORATES)
# a hospital, clinic, pharmacy or university written with its town: "RSUD Pirngadi Medan", "Klinik Sehat Bandung"
_PLACED_HEADS = frozenset({"RS", "RSU", "RSUD", "RSUP", "RSIA", "RSK", "RSJ", "Rumah", "Klinik", "Puskesmas", "Apotek",
                           "Universitas"})

# the plants and parks that take their town's name after them (a "Hub" or "Center" may not: "X Hub Cikupa" is left)
_PLANTS = frozenset({"Plant", "Bioplant", "Biopark", "Factory", "Complex", "Park", "Campus", "Estate"})


def _add(e: Entity, known: set[str], *names: str) -> None:
    for n in names:
        full = " ".join(n.split())
        if full.lower() not in known:
            known.add(full.lower())
            e.aliases.append(full)


def name_owners(text: str, entities: list[Entity]) -> list[Entity]:
    """Add "unit + owner" to each unit entity whose mention is followed at once by its owner's mention, and
    "name + place" to an organisation whose short form in brackets stands between them ("Badan Pengusahaan
    (BP) Batam", "Satuan Polisi Pamong Praja (Satpol PP) Kabupaten Karawang")."""
    orgs = [e for e in entities if e.type in ("Organization", "Facility") and not e.name.startswith(("PT ", "CV "))]
    if not orgs:
        return entities
    owners: dict[int, str] = {}  # start offset -> text of an owner mention (a command, government or place)
    places: dict[int, str] = {}  # start offset -> text of a place mention
    for e in entities:
        if e.type in ("Organization", "Location"):
            for m in e.mentions:
                if m.text.split(None, 1)[0] in _OWNER_HEADS and " " in m.text:
                    owners[m.start] = m.text
                if e.type == "Location":
                    places[m.start] = m.text
    if not owners and not places:
        return entities
    for e in orgs:
        if e.type == "Facility":  # "Satria Bioplant Karawang, Jawa Barat": a plant named with its town
            unit, placed = False, e.name.rsplit(None, 1)[-1] in _PLANTS
        else:
            unit = _unit(e.name) or any(map(_unit, e.aliases))
            placed = e.name.split(None, 1)[0] in _PLACED_HEADS
        known = {e.name.lower(), *(a.lower() for a in e.aliases)}
        by_start = {m.start: m for m in e.mentions}
        for m in e.mentions:
            if unit:
                for gap in (1, 2):
                    owner = owners.get(m.end + gap)
                    if owner is not None and text[m.end:m.end + gap].isspace() and "\n" not in text[m.end:m.end + gap]:
                        _add(e, known, f"{m.text} {owner}")
                        break
            if placed and text[m.end:m.end + 1] == " " and (town := places.get(m.end + 1)) is not None:
                _add(e, known, f"{m.text} {town}")
            a = by_start.get(m.end + 2)  # "Name (SHORT) Place": the short form is this entity's own
            if a is None or text[m.end:m.end + 2] != " (" or text[a.end:a.end + 2] != ") ":
                continue
            owner = owners.get(a.end + 2) or places.get(a.end + 2)
            if owner is not None:
                _add(e, known, f"{m.text} {owner}", f"{a.text} {owner}", f"{m.text} ({a.text}) {owner}")
    return entities
