"""The key an organisation's corpus id is built from, with Indonesian short forms written out.

Why: one body is written short in one release and long in the next ("Polda Jateng" /
"Kepolisian Daerah Jawa Tengah", "Dinkes Jatim" / "Dinas Kesehatan Provinsi Jawa Timur",
"Fakultas Farmasi Unhas" / "Fakultas Farmasi Universitas Hasanuddin", "RSUP Dr. Wahidin
Sudirohusodo" / "Rumah Sakit Umum Pusat Dr. Wahidin Sudirohusodo"). Inside one document the
clusterer joins such pairs; across documents only the id can, so the id is built from the
name with the office abbreviation expanded and a trailing place or institution short form
replaced by the lexicon's name. "Kabupaten" and "Kota" stay: Pemkab Bogor and Pemkot Bogor
are two governments. Only the key changes; names and aliases are kept as written.
"""

from __future__ import annotations

import functools

from graphbuild.extract.lexicon import Lexicon, normalize

# office abbreviations written as one word -> their long form (as normalised words)
_OFFICES = {
    "polda": "kepolisian daerah", "polres": "kepolisian resor", "polresta": "kepolisian resor kota",
    "polrestabes": "kepolisian resor kota besar", "polsek": "kepolisian sektor",
    "pemprov": "pemerintah provinsi", "pemkab": "pemerintah kabupaten",
    "pemkot": "pemerintah kota", "dinkes": "dinas kesehatan", "diskes": "dinas kesehatan", "ditjen": "direktorat jenderal",
    "rsup": "rumah sakit umum pusat", "rsud": "rumah sakit umum daerah", "rsu": "rumah sakit umum", "rs": "rumah sakit",
    "kejati": "kejaksaan tinggi", "kejari": "kejaksaan negeri", "bbpom": "balai besar pom",
}
# a province is the default seat of these offices: "Dinas Kesehatan Provinsi Jawa Timur" = "Dinkes Jatim"
_PROVINCE_WORDS = frozenset({"provinsi", "prov"})
_PROVINCIAL = frozenset({"pemerintah", "dinas"})  # officially "… Provinsi X"; a Polda is "Polda X"
_SEAT_KINDS = frozenset({"kota", "kabupaten", "kab"})  # part of the name: never folded into the place
# an organisation's short form at the end of a name is its parent only after a unit word: "Fakultas Farmasi
# Unhas", but not "Arunika Biofarma" (a company whose last word happens to be another company's alias)
_UNITS = frozenset({"fakultas", "sekolah", "departemen", "jurusan", "program", "prodi", "direktorat", "deputi", "pusat",
                    "lembaga", "laboratorium", "unit", "biro", "sekretariat", "inspektorat", "subdirektorat", "kantor",
                    "rumah", "balai", "loka", "klinik", "instalasi"})
_MAX_TAIL = 4  # words of a trailing place or institution name looked up in the lexicon


@functools.lru_cache(maxsize=8192)
def _words_key(words: tuple[str, ...], lexicon: Lexicon) -> str | None:
    """The long form of ``words``, or None when nothing in them is written short."""
    out: list[str] = []
    for w in words:
        out.extend(_OFFICES.get(w, w).split())
    # the longest trailing run (not the whole name) that the lexicon knows as a place or an organisation
    for size in range(min(_MAX_TAIL, len(out) - 1), 0, -1):
        tail = out[-size:]
        if tail[0] in _SEAT_KINDS:
            continue
        entry = lexicon.lookup(" ".join(tail))
        if entry is None or entry.type not in ("Location", "Organization") or normalize(entry.name).split()[0] in _SEAT_KINDS:
            continue  # ("Gowa" -> "Kabupaten Gowa" would add a word the long form may write too)
        head = out[:-size]
        if entry.type == "Organization" and head[0] not in _UNITS:
            continue
        if entry.type == "Location" and entry.category == "province" and head:
            bare = head[:-1] if head[-1] in _PROVINCE_WORDS else head
            head = [*bare, "provinsi"] if bare and bare[0] in _PROVINCIAL else bare
        out = [*head, *normalize(entry.name).split()]
        break
    return None if tuple(out) == words else " ".join(out)


def organization_key(name: str, lexicon: Lexicon) -> str:
    """``name`` as the words its id is made of ("Polda Sulsel" -> "kepolisian daerah sulawesi selatan");
    ``name`` itself when nothing in it is written short, so such ids stay as they were."""
    words = tuple(normalize(name).split())
    return (_words_key(words, lexicon) or name) if len(words) >= 2 else name


# Units that every police region, province, regency or university has one of: "Direktorat Reserse Kriminal Khusus"
# of Polda Jawa Tengah is not the one of Polda Riau, yet releases name both bare after "(Ditreskrimsus) Polda …".
_REGIONAL_UNIT_HEADS = frozenset({
    "ditreskrimsus", "ditreskrimum", "ditresnarkoba", "ditkrimsus", "ditnarkoba", "satreskrim", "satresnarkoba",
    "satnarkoba", "satuan", "subdirektorat", "subdit", "unit", "seksi", "bidang", "dinas", "fakultas", "faculty",
    "sekolah", "school", "departemen", "jurusan", "prodi", "laboratorium", "instalasi"})
_REGIONAL_DIRECTORATES = ("direktorat reserse ", "direktorat lalu lintas ", "direktorat intelijen ", "direktorat samapta ",
                          "program studi ")  # (Bareskrim's "Direktorat Tindak Pidana …" are national: one each)
# a word after the unit's first that already says whose unit it is (the office short forms above among them)
_OWNER_WORDS = frozenset(_OFFICES) | {
    "di", "provinsi", "prov", "kabupaten", "kab", "kota", "kecamatan", "kepolisian", "polri", "bareskrim", "universitas",
    "university", "institut", "institute", "politeknik", "sekolah", "rumah", "pemerintah", "kementerian", "ministry"}


@functools.lru_cache(maxsize=8192)  # a pure function of the name and lexicon: every organisation of a document asks
def regional_unit(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` is a unit named without its owner ("Dinas Kesehatan", "Fakultas Farmasi", "Satuan Reserse
    Narkoba"): one such name stands for many real bodies, so its id needs the parent the document gives it."""
    words = normalize(name).split()
    if len(words) < 2 or (words[0] not in _REGIONAL_UNIT_HEADS
                          and not " ".join(words).startswith(_REGIONAL_DIRECTORATES)):
        return False
    if _OWNER_WORDS.intersection(words[1:]):
        return False
    for size in range(min(len(words) - 1, 8), 0, -1):  # "Dinas Kesehatan Jateng", "Fakultas Farmasi Unhas",
        entry = lexicon.lookup(" ".join(words[-size:]))  # "Unit Pelaksana Teknis BPOM": the owner is already named
        if entry is not None and entry.type in ("Location", "Organization"):
            return False
    return True
