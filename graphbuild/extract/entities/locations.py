"""Locations beyond the gazetteer: "di Cikarang", "site Pulomas", "Shijiazhuang, Tiongkok".

Only capitalised words that nothing else claimed, that are not generic or
institutional words, and that are not persons' names.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_acronym, is_cap

_PREP = frozenset({"di", "ke", "dari", "menuju", "asal"})
_CURRENCY = frozenset({"Rp", "Rupiah", "Dolar", "Dollar", "Yen", "Yuan", "Euro", "Won", "Ringgit"})  # "turun dari Rp 9,9 triliun"


def _place_run(ctx: Ctx, k: int) -> int:
    t = ctx.t
    c = t.cue
    e = k
    while e < len(t.words) and e - k < 3 and (e == k or not t.newline_before[e]):
        w = t.words[e]
        if (
            ctx.owner[e] < 0
            and not t.masked[e]
            and is_cap(w)
            and not is_acronym(w)
            and w not in c.generic
            and w not in c.institutional
            and w not in c.dates
            and w not in c.role_words
            and w not in c.honorifics
            and w.isalpha()
            and w not in _CURRENCY
        ):
            e += 1
        elif e > k and w in c.compass:
            e += 1
        else:
            break
    return e


_COMMA = frozenset({","})
_REGENCY_CUES = frozenset({"Kabupaten", "Kota", "Kab"})
_IN = frozenset({"in"})
_SEATED = frozenset({"based", "headquartered", "located", "situated", "plant", "factory", "facility", "site", "office",
                     "plants", "factories", "facilities", "sites", "offices",
                     "Plant", "Bioplant", "Factory", "Facility"})  # "the CPM Nutrition Plant in Cikande": a named site's town
_BUILDING = frozenset({"Building", "Tower", "Hall", "Room", "Floor", "Block", "Wing", "Campus"})
_STREET = frozenset({"Jalan", "Jl", "Jln", "Street"})
_UNIT_CUES = frozenset({"Kecamatan", "Kelurahan", "Desa", "Distrik", "Kabupaten"})
_SUBDISTRICT = frozenset({"Kecamatan", "Kelurahan", "Desa", "Distrik"})  # "Kabupaten X" is its own gazetteer entry


def _product_base(ctx: Ctx, s: int, e: int) -> bool:
    """The words [s, e) open a product's longer name found in the text: the base brand of a variant."""
    name = " ".join(ctx.t.words[s:e])
    return any(m is not None and m.type == "Product" and m.text.startswith(name + " ") for m in ctx.mentions)


# "Pelabuhan Tanjung Balai Karimun", "Selat Malaka": a port or a strait is named with its head word (its town inside)
_WATERS = frozenset({"Pelabuhan", "Selat", "Teluk"})


def _waters(ctx: Ctx) -> None:
    t = ctx.t
    for k in t.where(_WATERS):
        e = k + 1
        while e < len(t.words) and e - k <= 4 and not t.newline_before[e] and not t.masked[e] and is_cap(t.words[e]) \
                and t.words[e].isalpha() and ctx.type_at(e) in (None, "Location") and t.words[e] not in t.cue.generic:
            m = ctx.owner[e]
            if m >= 0 and ctx.spans[m][0] != e:
                break
            e = ctx.spans[m][1] if m >= 0 else e + 1
        if e <= k + 1 or ctx.owner[k] >= 0 or t.masked[k]:
            continue
        ctx.add(k, e, "Location", "area", "pattern", canonical=t.span_text(k, e))


def _provinces(ctx: Ctx) -> None:
    """"Provinsi Gyeongsang Utara" (named without its cue, as the gazetteer names provinces), "Gangwon Province"."""
    t = ctx.t
    for k in t.where(_PROVINCE):
        if t.masked[k] or ctx.owner[k] >= 0:
            continue
        if t.words[k] == "Provinsi":
            e = _place_run(ctx, k + 1)
            if e > k + 1 and (e >= len(t.words) or not is_cap(t.words[e])):
                ctx.add(k + 1, e, "Location", "province", "pattern")
        elif k and not t.newline_before[k]:
            s = k
            while s - 1 >= 0 and k - s < 2 and ctx.owner[s - 1] < 0 and not t.masked[s - 1] and is_cap(t.words[s - 1]) \
                    and t.words[s - 1].isalpha() and t.words[s - 1] not in t.cue.generic and not t.newline_before[s]:
                s -= 1
            if s < k and (s == 0 or not is_cap(t.words[s - 1])):
                ctx.add(s, k + 1, "Location", "province", "pattern")


_PROVINCE = frozenset({"Provinsi", "Province", "Prefecture"})


def _village_persons(ctx: Ctx) -> None:
    """"Desa Tanjung Pauh", "Kelurahan Sinar Budi": a name after a village or district word is the place, not the
    person the name rules read (a village name is often two name-like words); its bare uses are the place too."""
    t = ctx.t
    names: set[str] = set()
    n = len(t.words)
    for k in t.where(_SUBDISTRICT):
        a = k + 1  # the person may start a word in: "Desa Sumber Rejo" read as the person "Rejo"
        while a < n and a - k <= 2 and ctx.owner[a] < 0 and is_cap(t.words[a]) and t.words[a].isalpha() and not t.newline_before[a]:
            a += 1
        m = ctx.owner[a] if a < n else -1
        if m < 0 or ctx.owner[k] >= 0 or t.masked[k] or ctx.type_at(a) != "Person" or ctx.spans[m][0] != a \
                or t.newline_before[k + 1]:
            continue
        b = ctx.spans[m][1]
        if not all(is_cap(w) and w.isalpha() for w in t.words[k + 1 : b]) or b - k > 4:
            continue
        names.add(t.span_text(k + 1, b))
        ctx.drop(m)
        ctx.add(k + 1, b, "Location", "district", "pattern")  # the cue rules below take the cue in
    if not names:
        return
    for m, x in enumerate(ctx.mentions):
        if x is not None and x.type == "Person" and x.text in names:
            a, b = ctx.spans[m]
            ctx.drop(m)
            ctx.add(a, b, "Location", "district", "pattern")


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    c = t.cue
    _village_persons(ctx)
    _waters(ctx)
    _provinces(ctx)
    _languages(ctx)
    for k in t.where(_PREP | c.area_cues | _COMMA | _UNIT_CUES | _IN):  # only these tokens can trigger a rule below
        if k >= n - 1:
            break
        w = t.words[k]
        if t.masked[k]:
            continue
        if w in _SUBDISTRICT and (m := ctx.owner[k + 1]) >= 0 and ctx.spans[m][0] == k + 1 and ctx.type_at(k + 1) == "Location":
            # "Kecamatan Cibitung" (a known place): the cue is the name's, as in a chain "Desa X, Kecamatan Y, …"
            x, b = ctx.mentions[m], ctx.spans[m][1]
            ctx.drop(m)
            name = x.canonical or x.text  # type: ignore[union-attr]
            if b < n and is_cap(t.words[b]) and (e := _place_run(ctx, b)) > b and (e >= n or not is_cap(t.words[e])):
                b, name = e, t.span_text(k + 1, e)  # "Kecamatan Percut Sei Tuan", "Kecamatan Medan Denai": the town opens a longer name
            ctx.add(k, b, "Location", "district", "pattern", canonical=name)
            continue
        if w in _UNIT_CUES:
            e = _place_run(ctx, k + 1)
            if e > k + 1 and (e >= n or not is_cap(t.words[e]) or t.words[e] in c.dates):
                ctx.add(k, e, "Location", "district", "pattern")  # "Kecamatan Ngamprah": the cue is the name's
                continue
        seated_in = w in _IN and k >= 1 and t.words[k - 1] in _SEATED  # "based in Lausanne"
        if (w in _PREP or w in c.area_cues or seated_in) and t.words[k + 1] not in _STREET \
                and t.text.count("\n", t.ends[k], t.starts[k + 1]) < 2:  # "di Jalan Raya Bogor": an address; a heading's end
            # ("Pengawasan di daerah\n\nPenarikan …": the cue ends a heading, the name opens the next paragraph)
            e = _place_run(ctx, k + 1)
            if seated_in and any(len(x) < 3 or x in _BUILDING for x in t.words[k + 1 : e]):
                continue  # "located in Building C"
            if e > k + 1 and _product_base(ctx, k + 1, e):
                ctx.add(k + 1, e, "Product", None, "cue")  # "versi lepas lambat dari Gluconorm" (of Gluconorm XR)
                continue
            if e > k + 1 and (e >= n or not is_cap(t.words[e]) or t.words[e] in c.dates) and not _org_tail(ctx, k + 1, e):
                cat = "district" if t.words[e - 1] in c.compass else ("area" if w in c.area_cues else "city")
                ctx.add(k + 1, e, "Location", cat, "pattern")
        elif w == "," and k >= 1 and ctx.type_at(k - 1) == "Facility" and (e := _place_run(ctx, k + 1)) > k + 1 \
                and e < n - 1 and t.words[e] == "," and ctx.type_at(e + 1) == "Location":
            ctx.add(k + 1, e, "Location", "area", "pattern")  # "di Gedung Rektorat Unhas, Tamalanrea, Makassar": its quarter
        elif w == "," and k >= 2 and t.words[k + 1] in _REGENCY_CUES and k + 2 < n and "Location" in (ctx.type_at(k + 1), ctx.type_at(k + 2)):
            s = k
            while s - 1 >= 1 and k - s < 2 and ctx.owner[s - 1] < 0 and not t.masked[s - 1] and is_cap(t.words[s - 1]) \
                    and t.words[s - 1].isalpha() and t.words[s - 1] not in c.generic and t.words[s - 1] not in c.institutional:
                s -= 1
            if s < k and t.words[s - 1] == "(" and not t.newline_before[s]:
                ctx.add(s, k, "Location", "city", "pattern")  # "UD X (Soe, Kabupaten Timor Tengah Selatan)": the regency's town
        elif w == "," and k >= 1 and ctx.type_at(k + 1) == "Location" and ctx.mentions[ctx.owner[k + 1]].category == "country":  # type: ignore[union-attr]
            s = k
            while s - 1 >= 0 and k - s < 2 and ctx.owner[s - 1] < 0 and is_cap(t.words[s - 1]) and t.words[s - 1].isalpha():
                s -= 1
            if s < k and t.words[s] not in c.generic and t.words[s] not in c.institutional and not _adverb(t.words[s : k]) \
                    and not _coined(t.words[s:k]) and not _possessive(ctx, k + 1):
                if s == 0 or not is_cap(t.words[s - 1]) or t.newline_before[s]:
                    ctx.add(s, k, "Location", "city", "pattern")


# sentence adverbs that open a clause before a country ("Padahal, Indonesia …"); a word with the enclitic
# "-nya" ("Menurutnya", "Akibatnya", "Sayangnya") is a speech tag or adverb, never a town
_CLAUSE_ADVERBS = frozenset({"padahal", "kini", "bahkan", "namun", "kemudian", "lalu", "maka", "jadi", "sehingga", "meski",
                             "walau", "tetapi", "sementara", "selain", "adapun", "sedangkan", "pun", "nah", "ya", "tentu"})


def _coined(words: list[str]) -> bool:
    """A camel-cased word ("KiraTyph", "NovaGlu") is a coined brand, never a town before its country."""
    return any(any(ch.isupper() for ch in w[1:]) and not w.isupper() for w in words)


def _possessive(ctx: Ctx, k: int) -> bool:
    """ "KiraTyph, Indonesia's first typhoid vaccine": the country owns what follows; it seats nothing."""
    t = ctx.t
    e = t.ends[ctx.spans[ctx.owner[k]][1] - 1]
    return t.text[e : e + 2] in ("'s", "\u2019s")


def _adverb(words: list[str]) -> bool:
    w = words[0].lower()
    return len(words) == 1 and (w in _CLAUSE_ADVERBS or (len(w) > 5 and w.endswith("nya") and w.isalpha()))


def _org_tail(ctx: Ctx, s: int, e: int) -> bool:
    """"Uji klinik di Sardjito" after "RSUP Dr. Sardjito": the last name of an organisation of the text, no known
    place, is that organisation written short."""
    t = ctx.t
    if t.words[s] in _BODY_HEADS and e < len(t.words) - 1 and t.words[e] in ("of", "for") and is_cap(t.words[e + 1]):
        return True  # "di Institute of Tropical Disease": an English body's name, its head word first
    run = " " + t.span_text(s, e)
    return ctx.lexicon.lookup(run[1:], "Location") is None and any(
        x is not None and x.type == "Organization" and x.text.endswith(run) and x.text.startswith(_NAMESAKES)
        for x in ctx.mentions)  # (hospitals and universities named after people; not "Loka POM Sanggau")


_BODY_HEADS = frozenset({"Institute", "University", "College", "School", "Faculty", "Department", "Centre", "Center",
                         "Academy", "Agency", "Ministry", "Bureau", "Office", "Board", "Council", "Association"})
_NAMESAKES = ("RS ", "RSUP ", "RSUD ", "RSPAD ", "Rumah Sakit ", "Universitas ", "Institut ", "Klinik ")


_LANGUAGE = frozenset({"bahasa", "berbahasa", "Bahasa", "Berbahasa"})


def _languages(ctx: Ctx) -> None:
    """"label berbahasa Indonesia", "dalam bahasa Inggris": the country's name after the word for a language names the
    language, not a place."""
    t = ctx.t
    for k in t.where(_LANGUAGE):
        m = ctx.owner[k + 1] if k + 1 < len(t.words) else -1
        if m >= 0 and ctx.spans[m] == (k + 1, k + 2) and ctx.type_at(k + 1) == "Location" and not t.newline_before[k + 1]:
            ctx.drop(m)
