"""Lexicon matches as mentions: the most reliable source, so it runs first."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import Tokens, is_acronym, is_cap

_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI"})


def _continues_in_english(t: Tokens, j: int) -> bool:
    return (
        j + 1 < len(t.words)
        and t.words[j] in ("of", "for")
        and is_cap(t.words[j + 1])
        and not t.newline_before[j]
        and not t.newline_before[j + 1]
    )


_REGIONAL_UNIT = frozenset({"Balai", "Loka", "BBPOM"})


def _seat(ctx: Ctx, j: int) -> int:
    """End of "di <Place>" right after an office name (0 if none).

    The seat is one capitalised word, or two when they name one place ("Jakarta Timur", "Bandar
    Lampung"): in "Kepala BBPOM di Bandung Sukmawati Rahayu" the second word is the person's.
    """
    t = ctx.t
    if j < len(t.words) and t.words[j] not in ("di", "in") and _seat_word(t, j):
        hit = ctx.lexicon.lookup(t.words[j])  # "BBPOM Surabaya" (headlines): the seat without "di"
        return j + 1 if hit is not None and hit.type == "Location" else 0
    if j + 1 >= len(t.words) or t.words[j] not in ("di", "in") or t.newline_before[j] or t.newline_before[j + 1]:
        return 0
    if not _seat_word(t, j + 1):
        return 0
    for k in (4, 3):  # "Loka POM di Kabupaten Kutai Timur": an admin word and a two-word name the gazetteer knows
        if j + k < len(t.words) and all(_seat_word(t, x) for x in range(j + 1, j + 1 + k)):
            hit = ctx.lexicon.lookup(t.span_text(j + 1, j + 1 + k))
            if hit is not None and hit.type == "Location":
                return j + 1 + k
    if j + 2 < len(t.words) and _seat_word(t, j + 2) and (
        t.words[j + 2] in t.cue.compass or ctx.lexicon.lookup(t.span_text(j + 1, j + 3)) is not None
        or ctx.lexicon.lookup(t.words[j + 1]) is None
    ):
        return compass_end(t, j + 3) if t.words[j + 2] not in t.cue.compass else compass_end(t, j + 2)
    return j + 2


def compass_end(t: Tokens, j: int) -> int:
    """End of the compass words from ``j`` on (one or two, "Tengah Selatan", "Barat Daya"): the whole
    name of a district or regency ("Timor Tengah Selatan", "Kabupaten Manggarai Barat")."""
    e = j
    while e < len(t.words) and e - j < 2 and not t.newline_before[e] and (
            t.words[e] in t.cue.compass or (e > j and f"{t.words[e - 1]} {t.words[e]}" in t.cue.compass)):
        e += 1
    return e


def _past_short(t: Tokens, j: int) -> int:
    """Past an office's bracketed short name before its seat: "Balai Besar POM (BBPOM) di Surabaya" is the Surabaya
    office, written so in a third of the stories that spell the short name out (``j`` itself when there is none)."""
    if j + 3 < len(t.words) and t.words[j] == "(" and t.words[j + 2] == ")" and t.words[j + 3] in ("di", "in") \
            and is_acronym(t.words[j + 1]) and not t.newline_before[j + 3]:
        return j + 3
    return j


def _seat_word(t: Tokens, k: int) -> bool:
    return is_cap(t.words[k]) and not t.newline_before[k] and t.words[k] not in t.cue.dates


def _short_form(name: str, aliases: list[str] | tuple[str, ...]) -> str:
    """"Balai Besar POM" for "Balai Besar Pengawas Obat dan Makanan": how offices are named with their seat."""
    head = name.split()[0]
    for a in aliases:
        if a.split()[0] == head and "(" not in a and len(a) < len(name):
            return a
    return name


def story_firm_word(text: str, w: str, surfaces: tuple[str, ...]) -> bool:
    """One word of a lexicon company's names is a word of another company the story names with "PT" ("PT Kirana
    Medifarma Tbk", "PT Medifarma Jaya Tbk" beside the lexicon's "Medifarma" for PT Medifarma Laboratories), and the
    story never names the lexicon's company in full: the word is the story's own company, which ``coref`` binds."""
    if f" {w}" not in text or ("PT " not in text and "PT. " not in text):
        return False
    own = {_bare(s) for s in surfaces}
    named = {_bare(m.group(1)) for m in re.finditer(
        rf"\bPT\.?\s+((?:[A-Z][\w&-]*\s+){{0,3}}?{re.escape(w)}(?:\s+(?!Tbk\b)[A-Z][\w&-]*){{0,3}})", text)}
    return bool(named) and not (named & own) and any(n != _bare(w) for n in named)


def _bare(name: str) -> str:
    return " ".join(x for x in name.replace(".", " ").split() if x not in ("PT", "Tbk", "Persero", "(Persero)"))


def _longer_company(t: Tokens, i: int, j: int) -> bool:
    """A known company name inside a longer "PT ..." name that goes on with its own words."""
    if i == 0 or t.words[i - 1] not in ("PT", "PT.") or j >= len(t.words) or t.newline_before[j] or t.headline[j]:
        return False
    w = t.words[j]
    c = t.cue
    return is_cap(w) and w not in c.legal_forms and w not in c.role_words and w not in c.generic and w not in c.dates and not c.verb_like(w)


def _country_after(ctx: Ctx, j: int) -> bool:
    """Whether token ``j`` is a country name written right after a regulator's name (same line)."""
    t = ctx.t
    if j >= len(t.words) or t.newline_before[j] or not is_cap(t.words[j]):
        return False
    hit = ctx.lexicon.lookup(t.words[j], "Location")
    return hit is not None and hit.category == "country"


def _qualified(ctx: Ctx, i: int) -> bool:
    """An acronym right after a place or nationality word ("Myanmar FDA", "Thai FDA")."""
    t = ctx.t
    if i == 0 or t.newline_before[i] or not t.words[i].isupper():
        return False
    w = t.words[i - 1]
    if w in t.cue.demonyms:
        return True
    if ctx.type_at(i - 1) != "Location" or ctx.spans[ctx.owner[i - 1]] != (i - 1, i):
        return False
    return not (i >= 2 and not t.newline_before[i - 1] and t.words[i - 2] in t.cue.role_words)


def _lowered(t: Tokens, i: int, j: int, surfaces: tuple[str, ...]) -> bool:
    """The text writes in lower case a word every listed form of the name capitalises."""
    words = t.words[i:j]
    if not any(w[:1].islower() for w in words):
        return False  # (two hits in three: no word in lower case, so no form can be written differently)
    forms = _forms_of(surfaces, len(words))
    return bool(forms) and all(
        any(w[:1].islower() and f[:1].isupper() for w, f in zip(words, form, strict=True)) for form in forms
    )


@lru_cache(maxsize=1024)  # the same lexicon names recur in every document
def _forms_of(surfaces: tuple[str, ...], n: int) -> list[list[str]]:
    """The words of each of ``surfaces`` that has ``n`` words (callers only read it)."""
    return [f for f in map(str.split, surfaces) if len(f) == n]


def find(ctx: Ctx) -> None:
    t = ctx.t
    c = t.cue
    salts: dict[str, int] = {}
    starts = t.starts
    n = len(starts)
    for start, end, e in ctx.lexicon.spans(t.text):
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        if i >= n or starts[i] != start or t.ends[j - 1] != end:
            continue  # the hit does not sit on token boundaries
        if e.type == "Organization" and j - i >= 2 and _lowered(t, i, j, e.surfaces):
            continue  # "induk holding BUMN farmasi": a description in lower case, not the body's name
        if j - i >= 3 and t.words[i] in c.role_words and t.words[i + 1] in _ROMAN:
            # "Deputi I BPOM" is a title followed by its organisation, not a unit name
            rest = ctx.lexicon.lookup(t.span_text(i + 2, j))
            if rest is not None:
                ctx.add(i + 2, j, rest.type, rest.category, "lexicon", canonical=rest.name)
            continue
        if e.type == "Organization" and (k := _parent_tail(ctx, i, j, e)) > i:
            # "Direktorat Registrasi Obat BPOM" (a lexicon alias): the unit, then its parent body
            ctx.add(i, k, e.type, e.category, "lexicon", canonical=e.name)
            rest = ctx.lexicon.lookup(t.span_text(k, j), "Organization")
            ctx.add(k, j, "Organization", rest.category if rest else None, "lexicon", canonical=rest.name if rest else None)
            continue
        if e.type == "Location" and j - i == 1 and t.words[i] in c.generic:
            continue
        if e.type == "Location" and _street_before(t, i):
            continue  # "Jalan Raya Bogor", "Jl. Percetakan Negara": a street named after a place
        if e.type == "Location" and i and t.words[i - 1] in _OUTLET and not t.newline_before[i]:
            continue  # "Kabar Celebes", "Tribun Jateng", "Radar Bogor": a news outlet named after its region
        if e.type == "Organization" and t.words[j - 1] in c.org_suffix and _continues_in_english(t, j):
            continue  # "Food and Drug Administration of Thailand" is not the FDA: the suffix rule names it
        if e.type == "Organization" and e.category == "regulator" and _country_after(ctx, j):
            # "Food and Drug Administration Filipina" is the Philippine regulator, not the U.S. FDA
            ctx.add(i, j + 1, "Organization", e.category, "pattern")
            continue
        if e.type == "Organization" and j - i == 1 and _qualified(ctx, i):
            # "Myanmar FDA" is Myanmar's regulator, not the FDA: the longer name wins
            ctx.add(i - 1, j, "Organization", e.category, "pattern")
            continue
        if e.type == "Organization" and j - i == 1 and t.words[i] in c.org_suffix and i > 0 and is_cap(t.words[i - 1]) \
                and not t.newline_before[i] and t.words[i - 1] not in c.role_words and t.words[i - 1] not in _ROMAN:
            continue  # "Nusantara Biofarma", "Arkana Biofarma": a suffix word ends another company's name
        if e.type == "Organization" and e.category == "company" and j - i == 1 and story_firm_word(t.text, t.words[i], e.surfaces):
            continue  # "Kirana Medifarma Ambil Alih …" beside "PT Kirana Medifarma Tbk": not the lexicon's "Medifarma"
        if e.type == "Organization" and e.category == "company" and _longer_company(t, i, j):
            continue  # "PT Kimia Farma Apotek" is a subsidiary, not "Kimia Farma": the PT rule names it
        category = e.category
        if e.type == "Organization" and t.words[i] in _REGIONAL_UNIT and (d := _seat(ctx, k := _past_short(t, j))) > k:
            # "Balai Besar POM di Bandung": a regional office is named by its seat, a unit of its own;
            # every way of writing it ("BBPOM di X", the long form) gets the one short canonical name
            seat = t.span_text(k + 1, d) if t.words[k] in ("di", "in") else t.span_text(k, d)  # "… POM in Surabaya"
            name = f"{_short_form(e.name, e.aliases)} di {seat}"
            ctx.add(i, d, "Organization", category, "pattern", canonical=name)
            continue
        if e.type == "Location" and j < len(t.words) and t.words[j] in c.compass and not t.newline_before[j]:
            j = compass_end(t, j)  # "Jakarta Timur": a district of a known city
            if j - i > 2 and i > 0 and t.words[i - 1] in ("Kabupaten", "Kota") and ctx.owner[i - 1] < 0:
                i -= 1  # "Kabupaten Timor Tengah Selatan": a regency of its own, named with its admin word
            category = "district"
            ctx.add(i, j, "Location", category, "lexicon")
            continue
        if e.type == "Product" and j < len(t.words) and t.lower[j] in _SALTS and not t.newline_before[j] and t.words[i][:1].islower():
            salts.setdefault(e.name, ctx.add(i, j + 1, e.type, category, "lexicon", canonical=t.span_text(i, j + 1)))
            continue  # "atorvastatin kalsium": the salt form is the substance named (the bare name is its alias)
        ctx.add(i, j, e.type, category, "lexicon", canonical=e.name)
    for m, x in enumerate(ctx.mentions if salts else ()):
        if x is not None and x.type == "Product" and x.canonical in salts:
            ctx.link(salts[x.canonical], m)  # "amlodipin besilat … Amlodipin": one substance


_SALTS = frozenset({"kalsium", "natrium", "kalium", "magnesium", "hidroklorida", "hcl", "bisulfat", "besilat", "maleat",
                    "mesilat", "sulfat", "fosfat", "tartrat", "sitrat", "suksinat", "fumarat", "calcium", "sodium",
                    "potassium", "hydrochloride", "bisulfate", "besylate", "maleate", "mesylate", "sulfate", "phosphate"})
_UNIT_HEADS = frozenset({"Direktorat", "Deputi", "Biro", "Pusat", "Sekretariat", "Inspektorat", "Subdirektorat", "Ditjen"})


def _parent_tail(ctx: Ctx, i: int, j: int, e: object) -> int:
    """Where the parent body starts in a unit's lexicon name that ends with it ("Direktorat Registrasi Obat
    BPOM"), or 0. The unit is the entry itself or a unit word leads it; a regional office ("Balai Besar
    POM") is named with its parent and keeps it."""
    t = ctx.t
    for k in range(j - 1, max(i + 1, j - 3), -1):
        rest = ctx.lexicon.lookup(t.span_text(k, j), "Organization")
        if rest is None or rest is e:
            continue
        if ctx.lexicon.lookup(t.span_text(i, k), "Organization") is e or (t.words[i] in _UNIT_HEADS and k - i >= 2):
            return k
    return 0


_STREET = frozenset({"Jalan", "Jl", "Jln", "Street"})
_OUTLET = frozenset({"Kabar", "Tribun", "Radar", "Warta", "Suara", "Harian", "Koran", "Jurnal"})  # news outlets


def _street_before(t, i: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether token ``i`` opens a street's name ("Jalan [Raya] X", "Jl. X")."""
    k = i - 1
    if k >= 0 and t.words[k] == "Raya":
        k -= 1
    if k >= 0 and t.words[k] == ".":
        k -= 1
    return k >= 0 and t.words[k] in _STREET
