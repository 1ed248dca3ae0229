"""Person-name primitives shared by the person rules in ``persons``.

Split out of ``persons`` to keep each module small: the honorific chain before a
name ("Prof. dr."), the degrees after it (", M.Biomed., Ph.D."), the run of
name-like words that forms the name (site words as surnames: "Park Ji-hoon",
"Seongsoo Park,"), and the shape checks on the words around a name.
``add_person`` is the one place a Person mention (with its degrees) is added.
"""

from __future__ import annotations

import re
from itertools import chain, compress

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_cap

MAX_NAME = 5


def _degree_re(ctx: Ctx) -> re.Pattern[str]:
    alts = "|".join(re.escape(d.rstrip(".")) for d in ctx.t.cue.degrees)
    return re.compile(rf"\s*,\s*((?:{alts})\.?)(?![\w])")


_DEGREE_CACHE: dict[int, re.Pattern[str]] = {}


_HONORIS = frozenset({"H.C", "HC", "h.c", "Hon", "HC."})  # "(H.C.)", "(HC)": honoris causa after a doctor's title


def honorific_at(ctx: Ctx, k: int) -> int:
    """Number of tokens of the honorific chain starting at k ("Prof . dr ." -> 4)."""
    t = ctx.t
    hon = t.cue.honorifics
    j = k
    while j < len(t.words):
        w = t.words[j]
        if (w in hon or w + "." in hon) and (j == k or not t.newline_before[j]):
            j += 1
            if j < len(t.words) and t.words[j] == "." and w + "." in hon:
                j += 1
        elif j > k and w == "TNI" and not t.newline_before[j]:
            j += 1 + (j + 1 < len(t.words) and t.words[j + 1] in ("AD", "AL", "AU"))  # "Mayjen TNI (Purn.) X": the rank's service
        elif j > k and w == "(" and j + 2 < len(t.words) and t.words[j + 1] in ("Purn", "purn", "Ret") \
                and ")" in t.words[j + 2 : j + 4]:
            j = t.words.index(")", j + 2) + 1  # "Irjen Pol. (Purn.) Hendra Wicaksana": retired
        elif j > k and w == "(" and j + 2 < len(t.words) and t.words[j + 1] in _HONORIS and ")" in t.words[j + 2 : j + 4]:
            j = t.words.index(")", j + 2) + 1  # "Dr. (H.C.) Bambang Sutejo": an honorary doctorate
        else:
            break
    return j - k


def _degrees(ctx: Ctx) -> re.Pattern[str]:
    pat = _DEGREE_CACHE.get(id(ctx.t.cue))
    if pat is None:
        pat = _DEGREE_CACHE.setdefault(id(ctx.t.cue), _degree_re(ctx))
    return pat


def degree_after(ctx: Ctx, j: int) -> bool:
    """A degree follows the token before j after a comma: "Aji Pratama, ST, MKM"."""
    return j > 0 and _degrees(ctx).match(ctx.t.text, ctx.t.ends[j - 1]) is not None


# a run that opens with a regional unit's word ("Polda Metro Jaya") or ends with an event's head word
# ("Business Matching Session") is not a person, whatever title or roster cue stands before it
_UNIT_FIRST = frozenset({"Polda", "Polres", "Polresta", "Polrestabes", "Polsek", "Kodam", "Kodim", "Korem", "Kejati", "Kejari",
                         "Pemkab", "Pemkot", "Pemprov", "DPRD"})
_EVENT_LAST = frozenset({"Session", "Sessions", "Summit", "Forum", "Expo", "Meeting", "Festival", "Awards", "Roadshow", "Webinar"})


def add_person(ctx: Ctx, i: int, j: int) -> int:
    if j - i >= 3 and i > 0 and ctx.t.words[i] == "Hakim" and ctx.t.words[i - 1] == "Majelis":
        i += 1  # "Ketua Majelis Hakim Sondang Marpaung": the bench is the post ("Lukman Hakim" stays a name)
    if ctx.t.words[i] in _UNIT_FIRST or ctx.t.words[j - 1] in _EVENT_LAST:
        return -1
    m = ctx.add(i, j, "Person", None, "person")
    if m < 0:
        return m
    pat = _degrees(ctx)
    pos = ctx.t.ends[j - 1]
    degrees: list[str] = []
    while (dm := pat.match(ctx.t.text, pos)) is not None:
        degrees.append(dm.group(1))
        pos = dm.end()
    if degrees:
        ctx.degrees[m] = degrees
    return m


MONTH_NAMES = frozenset({"April", "Mei", "Juni", "Juli", "Agustus"})  # also given names


def name_run(ctx: Ctx, k: int, allow_places: bool = False) -> int:
    t = ctx.t
    e = k
    dots = 0  # the dots of middle initials do not count towards the name's length
    while e < len(t.words) and e - k - dots < MAX_NAME and (e == k or not t.newline_before[e]):
        if e == k and t.words[e] in _SHORT_FIRST and _leading_initial(ctx, e):
            e += 2  # "Muh. Ridwan Tahir"
        elif ctx.name_like(e):
            e += 1
        elif allow_places and ctx.type_at(e) == "Location" and ctx.spans[ctx.owner[e]] == (e, e + 1):
            e += 1
        elif e > k and _surname_cue_word(ctx, e):
            return e + 1
        elif e - k >= 2 and regnal(t, e):
            return e + 1  # "Sri Sultan Hamengku Buwono X": a regnal number closes the name
        elif e == k and surname_first(ctx, e):
            e += 1  # "Park Ji-hoon": a site word leading a name slot is a family name
        elif e == k and _leading_initial(ctx, e):
            e += 2  # "M. Faiz Kurniawan": an abbreviated first name
        elif e > k and t.words[e] in MONTH_NAMES and e + 1 < len(t.words) and ctx.name_like(e + 1) and ctx.owner[e] < 0 \
                and not t.newline_before[e + 1]:
            e += 2  # "Putu Juli Ardika", "Ayu Mei Sari": a month's name between two name words is a given name
        elif e > k and t.words[e] in PATRONYMIC and e + 1 < len(t.words) and ctx.name_like(e + 1) and not t.newline_before[e]:
            e += 2  # "Faisal bin Saad Al-Harbi": a patronymic particle joins the name
            dots -= 1
        elif e > k and t.words[e] in PARTICLES and (j := _past_particles(ctx, e)):
            dots -= j - 1 - e  # "Pieter van der Linden", "Ana de la Cruz": lower-case particles before the family name
            e = j
        elif e > k and (j := mid_initials(ctx, e)):
            dots += (j - e) // 2
            e = j  # "Maxs U. E. Sanam": middle initials, a name word after them
        elif e == k and balinese(t, e):
            e += 1  # "I Gusti Ayu …", "Ni Luh Putu …": Balinese names open with a gender particle
        elif e == k and _initials(ctx, e):
            e += 1  # "…, FX Sudirman": baptismal initials (Fransiskus Xaverius) lead the name
        else:
            break
    return e


PATRONYMIC = frozenset({"bin", "binti", "ibn", "bint"})
PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "la", "da", "dos", "du", "ter", "ten", "zu"})


def _past_particles(ctx: Ctx, e: int) -> int:
    """End past one to three name particles and the capitalised family name after them (0 when none)."""
    t = ctx.t
    j = e
    while j < len(t.words) and j - e < 3 and t.words[j] in PARTICLES and not t.newline_before[j]:
        j += 1
    return j + 1 if j < len(t.words) and not t.newline_before[j] and ctx.name_like(j) else 0
_BALINESE = frozenset({"Gusti", "Made", "Wayan", "Nyoman", "Ketut", "Putu", "Kadek", "Komang", "Gede", "Luh", "Ngurah",
                       "Dewa", "Nengah", "Desak", "Ida", "Anak"})


def balinese(t: object, k: int) -> bool:
    """Token k is the particle opening a Balinese name ("I Nyoman …"), not a numeral."""
    w = t.words  # type: ignore[attr-defined]
    return w[k] in ("I", "Ni") and k + 1 < len(w) and w[k + 1] in _BALINESE


_REGNAL = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")


def regnal(t: object, k: int) -> bool:
    """A Roman regnal number ("X", "VIII") after a name, with no capitalised word following it."""
    n = len(t.words)  # type: ignore[arg-type]
    if k >= n or not _REGNAL.match(t.words[k]) or t.newline_before[k]:  # type: ignore[attr-defined]
        return False
    return name_ends(t, k + 1)


_SHORT_FIRST = frozenset({"Muh", "Moh", "Moch", "Mhd", "Abd"})  # "Muh. Ridwan": Muhammad, Mochamad, Abdul


def _leading_initial(ctx: Ctx, k: int) -> bool:
    """"M ." / "Muh ." before a name word on the same line: an initial or a shortened first name opening the name."""
    t = ctx.t
    return (k + 2 < len(t.words) and (len(t.words[k]) == 1 and t.words[k].isupper() or t.words[k] in _SHORT_FIRST)
            and t.words[k + 1] == "."
            and ctx.owner[k] < 0 and not t.newline_before[k + 1] and not t.newline_before[k + 2]
            and ctx.name_like(k + 2))


def is_initial(t: object, k: int) -> bool:
    w = t.words  # type: ignore[attr-defined]
    return k + 1 < len(w) and len(w[k]) == 1 and w[k].isupper() and w[k + 1] == "." and not t.newline_before[k + 1]  # type: ignore[attr-defined]


def mid_initials(ctx: Ctx, k: int) -> int:
    """Initials inside a name ("U ." then "E ." in "Maxs U. E. Sanam") with a name word after them on the
    same line: where that word starts (0 when none)."""
    t = ctx.t
    j = k
    while is_initial(t, j) and ctx.owner[j] < 0 and j - k < 6:
        j += 2
    return j if j > k and j < len(t.words) and not t.newline_before[j] and ctx.name_like(j) else 0


def _initials(ctx: Ctx, k: int) -> bool:
    """Two capital letters after a comma, then a name word: "Direktur Utama Biotis, FX Sudirman"."""
    t = ctx.t
    w = t.words[k]
    return (len(w) == 2 and w.isalpha() and w.isupper() and k > 0 and t.words[k - 1] == ","
            and ctx.owner[k] < 0 and not t.masked[k] and w not in t.cue.legal_forms
            and w not in t.cue.not_org_acronyms and w not in t.cue.honorifics
            and k + 1 < len(t.words) and not t.newline_before[k + 1] and ctx.name_like(k + 1))


def surname_first(ctx: Ctx, k: int) -> bool:
    t = ctx.t
    return (
        ctx.owner[k] < 0
        and not t.masked[k]
        and t.words[k] in t.cue.facility_suffix
        and k + 1 < len(t.words)
        and not t.newline_before[k + 1]
        and ctx.name_like(k + 1)
    )


def _surname_cue_word(ctx: Ctx, k: int) -> bool:
    """A site word that is a surname here ("Seongsoo Park,"): it closes the name, nothing follows."""
    t = ctx.t
    w = t.words[k]
    if ctx.owner[k] >= 0 or t.masked[k] or w not in t.cue.facility_suffix:
        return False
    nxt = t.words[k + 1] if k + 1 < len(t.words) and not t.newline_before[k + 1] else ""
    return not is_cap(nxt)


def plain_name_to_comma(t: object, a: int) -> bool:
    """"Genexine Inc., X" / "TGA, X": only capitalised words (no "of"; "and" only between them) up to a comma."""
    n = len(t.words)  # type: ignore[arg-type]
    for i in range(a, min(n, a + 10)):
        w = t.words[i]  # type: ignore[attr-defined]
        if w == ",":
            return i > a
        if w in ("and", "&") and i > a and i + 1 < n and is_cap(t.words[i + 1]):  # type: ignore[attr-defined]
            continue  # "Director General of Pharmaceuticals and Medical Devices, X": a field list in the unit's name
        if w not in (".", "(", ")") and not is_cap(w):
            return False
    return False


def name_ends(t: object, b: int) -> bool:
    """A name ends at punctuation, a lower-case word or the end of the line."""
    n = len(t.words)  # type: ignore[arg-type]
    return b >= n or t.newline_before[b] or not is_cap(t.words[b])  # type: ignore[attr-defined]


# words that end Indonesian company names and never open a person's
FIRM_TAIL = frozenset({"Nusantara", "Indonesia", "Sejahtera", "Sentosa", "Makmur", "Persada", "Perkasa", "Mandiri",
                        "Abadi", "Utama", "Sakti", "Raya"})


def signed(ctx: Ctx) -> None:
    """"Kepala Biro X\nAji Pratama, ST, MKM": a line that opens with a name and its degrees (a press
    release's signature) names a person with no title or verb around it."""
    t = ctx.t
    n = len(t.words)
    for k in chain((0,) if n else (), compress(range(1, n), t.newline_before[1:])):  # line starts only
        if not ctx.name_like(k):
            continue
        e = name_run(ctx, k)
        if e - k >= 2 and e < len(t.words) and t.words[e] == "," and degree_after(ctx, e):
            add_person(ctx, k, e)
