"""Facilities: named sites ("Kalbe Business Innovation Center", "Pabrik Cikarang")."""

from __future__ import annotations

import re

from graphbuild.extract.entities import border_posts
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.scan import nameish, proper_tokens, run_backward, run_forward
from graphbuild.extract.entities.tokens import is_acronym, is_cap

# Industrial estates are areas (Location), named with an Indonesian prefix or an English head.
_ESTATE_PREFIX = (("Kawasan", "Industri"), ("Kawasan", "Ekonomi", "Khusus"), ("Kawasan", "Berikat"))
_ESTATE_HEAD = frozenset({"City", "Estate", "Park"})


def _estates(ctx: Ctx) -> None:
    """"Kawasan Industri Wijayakusuma"; "Kawasan Industri Karawang International Industrial City" names
    the estate by its own English name, so the Indonesian description is dropped."""
    t = ctx.t
    for k in t.starts_of(_ESTATE_PREFIX):
        L = t.match_phrase(k, _ESTATE_PREFIX)
        s = k + L
        if not L or s >= len(t.words) or t.masked[k] or ctx.owner[k] >= 0 or t.newline_before[s] or not nameish(ctx, s):
            continue
        if k and t.words[k - 1] in ("PT", "PT."):
            continue  # "PT Kawasan Industri Kendal" is the estate's operating company
        if k >= 2 and t.words[k - 1] == "(" and t.words[k - 2] in _EN_ESTATE and ctx.type_at(k - 2) == "Location":
            continue  # "Batang Integrated Industrial Estate (Kawasan Industri Terpadu Batang)": the same estate
        e = run_forward(ctx, s, comma_list=False, max_tokens=6, cue_start=k)
        if e <= s or proper_tokens(ctx, s, e) < 1:
            continue
        start = s if e - s >= 3 and t.words[e - 1] in _ESTATE_HEAD else k
        ctx.add(start, e, "Location", "area", "cue")


_EN_ESTATE = frozenset({"Estate", "Park", "Zone", "City"})


def _english_estates(ctx: Ctx) -> None:
    """"Batang Integrated Industrial Estate", "Kendal Special Economic Zone": an estate named in English
    (its town inside the name is no place of its own)."""
    t = ctx.t
    for j in t.where(_EN_ESTATE):
        if j < 2 or t.masked[j] or t.words[j - 1] not in ("Industrial", "Economic", "Business", "Science"):
            continue
        i = j - 1
        while i - 1 >= 0 and j - i < 5 and not t.newline_before[i] and is_cap(t.words[i - 1]) and t.words[i - 1].isalpha() \
                and t.words[i - 1] not in ("The", "the", "Kawasan", "Industri", "Ekonomi", "Khusus"):
            i -= 1
        if i < j - 1:
            ctx.add(i, j + 1, "Location", "area", "cue")


# ", the company's research centre", ", pusat riset perusahaan": the name before is a site, not a company
_SITE_APPOSITION = re.compile(
    r"\s*(?:\([^()\n]{1,12}\)\s*)?,\s*(?:(?:(?:the\s+company['\u2019]s|its|our|their|the|a)\s+)(?:[a-z-]+\s+){0,2}?"
    r"(?:research\s+(?:centre|center)|R&D\s+(?:centre|center)|manufacturing\s+(?:plant|site)|plant|factory)"
    r"|(?:yakni\s+|sebuah\s+)?(?:pusat\s+(?:riset|penelitian)|pabrik|fasilitas\s+produksi)(?:\s+milik|nya)?)\b"
    r"(?!\s+(?:itu|ini|tersebut|yang|dan|juga)\b)"  # ", pabrik itu sudah …": a new clause, not an apposition
)


def _described_sites(ctx: Ctx) -> None:
    """"Dexa Laboratories of Biomolecular Sciences (DLBS), the company's research centre": a Facility."""
    t = ctx.t
    for idx, m in enumerate(ctx.mentions):
        if m is None or m.type != "Organization" or m.source == "lexicon" or m.text.startswith(("PT", "CV")):
            continue
        hit = _SITE_APPOSITION.match(t.text, m.end)
        if hit is None:
            continue
        m.type, m.category = "Facility", None
        a, b = ctx.spans[idx]
        if b + 2 < len(t.words) and t.words[b] == "(" and t.words[b + 2] == ")" and ctx.owner[b + 1] >= 0:
            inner = ctx.mentions[ctx.owner[b + 1]]
            if inner is not None and inner.type == "Organization":
                inner.type, inner.category = "Facility", None  # its acronym names the same site


# "Pusat Distribusi Cibitung", "Pusat Logistik Marunda": a depot named like an office but a physical site
_DEPOT = re.compile(r"Pusat\s+(?:Distribusi|Logistik|Produksi|Manufaktur|Pergudangan)\s+[A-Z]")


def _depots(ctx: Ctx) -> None:
    for m in ctx.mentions:
        if m is not None and m.type == "Organization" and m.source != "lexicon" and _DEPOT.match(m.text):
            m.type, m.category = "Facility", None


def _common_acronym(ctx: Ctx, i: int, j: int) -> bool:
    """Tokens [i, j) are one acronym the text spells out in lower case: "bahan baku obat (BBO)"."""
    t = ctx.t
    if j - i != 1 or not t.words[i].isupper():
        return False
    return re.search(rf"\b[a-z][a-z-]*(?:\s+[a-z][a-z-]*)+\s+\({re.escape(t.words[i])}\)", t.text) is not None


_NUMBERED_HEAD = frozenset({"Plant", "Factory", "Facility", "Site", "Hub"})
_NUMBER = re.compile(r"(?:\d{1,2}|I{1,3}|IV|V|VI{1,3})$")


def _numbered_sites(ctx: Ctx) -> None:
    """"Karawang Plant 3", "Cikarang Plant II": a site numbered after its head, often named by its town."""
    t = ctx.t
    for j in t.where(_NUMBERED_HEAD):
        if j + 1 >= len(t.words) or t.newline_before[j + 1] or not _NUMBER.match(t.words[j + 1]) or t.masked[j] \
                or ctx.owner[j] >= 0 or ctx.owner[j + 1] >= 0:
            continue
        i = run_backward(ctx, j)
        i = next((x + 1 for x in range(j - 1, i - 1, -1) if t.words[x].endswith(("'s", "\u2019s"))), i)  # "X's Plant 2"
        if i < j and proper_tokens(ctx, i, j) >= 1 and all(ctx.type_at(x) in (None, "Location", "Organization") for x in range(i, j)):
            ctx.add(i, j + 2, "Facility", None, "cue")


# "fasilitas produksi vaksin milik X, yakni L HOUSE", "pabrik yang diberi nama X": the name a site noun introduces
_NAMED_SITE = re.compile(r"\b(?:fasilitas|pabrik|kompleks|sarana|gudang|plant|facility|factory|site)\b(?:\s+[a-z][\w-]*){0,4}?"
                         r"(?:\s+(?:milik|of|owned\s+by)\s+[^,.;:\n]{1,50}?)?\s*,?\s+(?:diberi\s+)?$", re.I)
_NAMING = frozenset({"yakni", "yaitu", "bernama", "nama", "dinamai", "dinamakan", "named", "called"})


# "Pusat Konvensi X", "Pusat Pameran X": a convention or exhibition centre (a Facility), not a government centre
VENUE_KINDS = frozenset({"Konvensi", "Pameran", "Perbelanjaan"})


def _named_sites(ctx: Ctx) -> None:
    t = ctx.t
    for j in t.where(_NAMING):
        k = j + 1
        if k >= len(t.words) or t.masked[k] or ctx.owner[k] >= 0 or not nameish(ctx, k) or t.newline_before[k] \
                or (t.words[j] == "nama" and (j == 0 or t.words[j - 1] != "diberi")) \
                or not _NAMED_SITE.search(t.text, max(0, t.starts[j] - 120), t.starts[j]):
            continue
        e = run_forward(ctx, k, comma_list=False, max_tokens=6)
        if e > k and proper_tokens(ctx, k, e) >= 1 and all(ctx.owner[x] < 0 for x in range(k, e)):
            ctx.add(k, e, "Facility", None, "cue")


def find(ctx: Ctx) -> None:
    border_posts.find(ctx)  # "Pos Lintas Batas Negara (PLBN) Entikong"
    _english_estates(ctx)
    _estates(ctx)
    _described_sites(ctx)
    _depots(ctx)
    _numbered_sites(ctx)
    _named_sites(ctx)
    t = ctx.t
    c = t.cue
    n = len(t.words)
    for j in t.where(c.facility_suffix):
        w = t.words[j]
        if j and is_cap(w) and ctx.owner[j] < 0 and not t.masked[j] and not _leads_name(ctx, j):
            i = run_backward(ctx, j)
            i = next((x + 1 for x in range(j - 1, i - 1, -1) if t.words[x].endswith(("'s", "\u2019s"))), i)  # "X's Y Plant"
            if i < j and proper_tokens(ctx, i, j) >= 1 and t.words[j - 1] not in _SERVICE:
                owner = _owner_after(ctx, j + 1)  # "Science Techno Park UGM": the university's acronym is the site's
                kept = ctx.mentions[owner] if owner >= 0 else None
                if ctx.add(i, ctx.spans[owner][1] if owner >= 0 else j + 1, "Facility", None, "cue") >= 0 and kept:
                    ctx.mentions.append(kept)  # the university stays an entity of its own
                    ctx.spans.append(ctx.spans[owner])
    for k in t.where(frozenset({"Pusat"})):  # "di Pusat Konvensi Mataram": a venue named with its kind
        if k + 2 < n and t.words[k + 1] in VENUE_KINDS and ctx.owner[k] < 0 and not t.masked[k] and nameish(ctx, k + 2) \
                and not t.newline_before[k + 2] and (e := run_forward(ctx, k + 2, comma_list=False, max_tokens=4)) > k + 2:
            ctx.add(k, e, "Facility", None, "cue")
    for k in t.where(c.facility_prefix):
        if k >= n - 1:
            break
        if t.words[k] == "Balai" and t.words[k + 1] == "Kota" and ctx.owner[k] < 0 and not t.masked[k]:
            town = k + 1 if _place_at(ctx, k + 1) else k + 2 if k + 2 < n and _place_at(ctx, k + 2) else -1
            if town > 0:  # "Balai Kota Samarinda": the town hall, named with its town
                ctx.add(k, ctx.spans[ctx.owner[town]][1], "Facility", None, "cue")
                continue
        if ctx.owner[k] < 0 and not t.masked[k] and t.words[k] in _SITE_OF_PLACE and (e := _numbered_town(ctx, k + 1)):
            ctx.add(k, e, "Facility", None, "cue")  # "Plant Ungaran II", "Pabrik Cikarang 2": the town's second plant
        elif ctx.owner[k] < 0 and not t.masked[k] and t.words[k] in _SITE_OF_PLACE and _town_at(ctx, k + 1):
            i = _named_before(ctx, k)  # "Sinar Generik Plant Cimahi": the company's name heads the site
            ctx.add(i, _number_tail(ctx, ctx.spans[ctx.owner[k + 1]][1]), "Facility", None, "cue")  # "Pabrik Cikupa", "Plant Pulogadung"
        elif ctx.owner[k] < 0 and not t.masked[k] and t.words[k] in _SITE_OF_PLACE and (m := _kind_then_town(ctx, k + 1)):
            ctx.add(k, _number_tail(ctx, ctx.spans[ctx.owner[m]][1]), "Facility", None, "cue")  # "Pabrik Parasetamol Cilegon"
        elif ctx.owner[k] < 0 and not t.masked[k] and nameish(ctx, k + 1):
            if t.newline_before[k + 1] or t.words[k + 1] in _ROLES:
                continue  # "Plant Manager Pabrik X": a post at the site, not its name
            e = run_forward(ctx, k + 1, comma_list=False, max_tokens=6, cue_start=k)
            e = next((x for x in range(k + 2, e - 1) if t.words[x] in ("dan", "and", "serta")
                      and t.words[x + 1] in c.facility_prefix), e)  # "Pabrik Cikande dan Pabrik Pulogadung": two sites
            # the name must be proper ("Pabrik Cikarang"), not a description ("Fasilitas Produksi Obat"),
            # nor a common noun's acronym ("Pabrik BBO" after "bahan baku obat (BBO)")
            if proper_tokens(ctx, k + 1, e) >= 1 and ctx.owner[k + 1] < 0 and not _common_acronym(ctx, k + 1, e) \
                    and not _firm_named(ctx, k, e):
                ctx.add(k, _number_tail(ctx, e), "Facility", None, "cue")


# words that make a number after a site's name a quantity: "Pabrik Cikarang 2 hektare", "Plant Cikande 3 unit"
_MEASURES = frozenset({"hektare", "hektar", "ha", "unit", "lantai", "persen", "kali", "juta", "miliar", "triliun", "ribu",
                       "tahun", "bulan", "pekan", "minggu", "hari", "jam", "meter", "km", "ton", "liter", "lini", "gedung",
                       "orang", "karyawan", "batch", "bets", "million", "billion", "years", "units", "lines", "hectares"})


def _number_tail(ctx: Ctx, e: int) -> int:
    """"Pabrik Karawang 2", "Plant Ungaran II": the site's number ends its name (a company's second plant), unless it
    counts something ("Pabrik Cikarang 2 hektare", "2,5 hektare")."""
    t = ctx.t
    n = len(t.words)
    if e >= n or t.newline_before[e] or ctx.owner[e] >= 0 or t.masked[e] or not _NUMBER.match(t.words[e]):
        return e
    nxt = t.words[e + 1] if e + 1 < n and not t.newline_before[e + 1] else ""
    if nxt[:1].isalnum():
        return e + 1 if nxt[:1].islower() and nxt.lower() not in _MEASURES else e
    return e if nxt in ("%", "/", "-", ".", ",") and e + 2 < n and t.words[e + 2][:1].isdigit() else e + 1  # ("2,5 hektare")


def _firm_named(ctx: Ctx, k: int, e: int) -> bool:
    """"PT Graha Investama Lestari … signed by Sentosa and Graha Investama": a company's short name that opens
    with a building word ("Graha", "Wisma", "Menara") is that company, not a building."""
    words = " " + " ".join(ctx.t.words[k:e]) + " "
    return any(x is not None and x.type == "Organization" and (" " + x.text + " ").startswith((" PT" + words, " PT." + words))
               for x in ctx.mentions)


def _owner_after(ctx: Ctx, k: int) -> int:
    """A university's or body's acronym right after a site's name ("… Park UGM", "… Center ITB"): its mention, or -1."""
    t = ctx.t
    m = ctx.owner[k] if k < len(t.words) and not t.newline_before[k] else -1
    x = ctx.mentions[m] if m >= 0 else None
    if x is None or x.type != "Organization" or ctx.spans[m] != (k, k + 1) or not is_acronym(t.words[k]):
        return -1
    return m if x.category in ("academic", "association") else -1


# "Contact Center", "Call Centre": a service line, not a site
_SERVICE = frozenset({"Contact", "Call", "Customer", "Service", "Media", "Crisis", "Command", "Data"})

# words after a site word that make a post ("Plant Manager", "Plant Director"), not a site's name
_ROLES = frozenset({"Manager", "Director", "Head", "Officer", "Supervisor", "Engineer", "Coordinator", "Lead", "Leader",
                    "Manajer", "Direktur", "Kepala", "Koordinator"})

# a site named after its place: "Pabrik Cikupa", "Plant Pulogadung", "Kampus Depok"
_SITE_OF_PLACE = frozenset({"Pabrik", "Plant", "Kampus", "Gudang", "Pendopo"})


def _kind_then_town(ctx: Ctx, k: int) -> int:
    """"Pabrik Parasetamol Cilegon", "Gudang Vaksin Bekasi", "Pabrik Insulin Sinar Medika Pasuruan": up to three
    capitalised words saying what the site makes or keeps (a product or a plain word, then perhaps its company's
    short name) and then its town; returns the town's token or 0."""
    t = ctx.t
    for m in (k + 1, k + 2, k + 3):
        if m >= len(t.words) or any(t.newline_before[x] or not is_cap(t.words[x]) or not t.words[x].isalpha()
                              or ctx.type_at(x) not in (None, "Product", "Organization" if x > k else None) for x in range(k, m)):
            return 0
        if _town_at(ctx, m):
            return m
    return 0


def _named_before(ctx: Ctx, k: int) -> int:
    """The start of a name before an English site head ("Sinar Generik Plant Cimahi"), or k itself."""
    t = ctx.t
    if t.words[k] != "Plant":
        return k
    i = run_backward(ctx, k)
    opens = i == 0 or t.newline_before[i] or not (t.words[i - 1].isalnum() or t.words[i - 1] == ",")
    if opens and k - i < 2:
        return k  # "Kapasitas Plant Banjaran": one capitalised word opening a sentence is no name
    return i if i < k and proper_tokens(ctx, i, k) >= 1 else k


def _numbered_town(ctx: Ctx, k: int) -> int:
    """The end of "Ungaran II" in "Plant Ungaran II": a town (no province or country) and a plant number that
    closes the name; 0 when the words after the site noun are not that."""
    t = ctx.t
    if not (k < len(t.words) and not t.newline_before[k] and ctx.type_at(k) == "Location" and ctx.spans[ctx.owner[k]][0] == k):
        return 0
    e = ctx.spans[ctx.owner[k]][1]
    if ctx.mentions[ctx.owner[k]].category in ("country", "province") or e >= len(t.words) or t.newline_before[e] \
            or not _NUMBER.match(t.words[e]) or ctx.owner[e] >= 0:  # type: ignore[union-attr]
        return 0
    if _number_tail(ctx, e) == e:
        return 0  # "Pabrik Cikupa 3 hektare": the number counts the land, it names no plant
    return e + 1 if e + 1 >= len(t.words) or t.newline_before[e + 1] or not is_cap(t.words[e + 1]) else 0


def _place_at(ctx: Ctx, k: int) -> bool:
    """A one-place Location mention starts at token k on the same line and ends the name there
    ("Pabrik Bandung Raya Sentosa" is named on past its place)."""
    t = ctx.t
    if not (k < len(t.words) and not t.newline_before[k] and ctx.type_at(k) == "Location" and ctx.spans[ctx.owner[k]][0] == k):
        return False
    e = ctx.spans[ctx.owner[k]][1]
    return e >= len(t.words) or t.newline_before[e] or not is_cap(t.words[e]) or bool(_NUMBER.match(t.words[e]))  # "Plant Ungaran II"


def _town_at(ctx: Ctx, k: int) -> bool:
    """A town or area, not a whole province or country, starts at token k: a plant is named by its town
    ("Pabrik Cikupa"), while "Pabrik Jawa Barat", "Plant Indonesia" describe where plants are."""
    return _place_at(ctx, k) and ctx.mentions[ctx.owner[k]].category not in ("country", "province")  # type: ignore[union-attr]


def _leads_name(ctx: Ctx, j: int) -> bool:
    """"Plant Banjaran": a word that is also a facility prefix, followed by a name, heads that name."""
    t = ctx.t
    return t.words[j] in t.cue.facility_prefix and (nameish(ctx, j + 1) or _place_at(ctx, j + 1)) \
        and not t.newline_before[j + 1]
