"""Persons named before their title: "Li Wenjie, Wakil Direktur …", "Budi Santoso selaku Direktur Utama …",
"…; Li Wei, Wakil Direktur X; serta Sarah Jones dari kantor Y".

Split from ``persons`` (names after honorifics, titles and speech verbs): here the title comes second,
so the name must open a sentence or a list item, or follow a speech verb when the title names a body.
"""

from __future__ import annotations

import functools

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.person_names import (
    FIRM_TAIL,
    MONTH_NAMES,
    PARTICLES,
    _degrees,
    add_person,
    signed,
    surname_first,
)
from graphbuild.extract.entities.tokens import is_cap

# words after which "Name, Title ..." starts a list item: "antara lain Yuki Matsumoto, Direktur ...; Li Wenjie, ..."
# (besides the lexicon's speech verbs, ``cue.speech_before``)
_SPEECH_JOIN = frozenset({",", "\u201d", "says", "added", "explained",
                          # "Hal itu disampaikan Yusuf, Kepala BBPOM …": a passive speech verb without "oleh"
                          "disampaikan", "dikatakan", "diungkapkan", "dijelaskan", "ditegaskan", "dituturkan",
                          "dipaparkan", "diutarakan", "disebutkan", "diterangkan", "dikemukakan", "ditambahkan"})
_LOWER_ROLES = frozenset({"peneliti", "dosen", "analis", "pengamat", "researcher", "analyst", "pakar", "ahli", "pendiri",
                          "founder", "pemilik", "owner", "pengajar", "staf"})
_APPOINTERS = frozenset({"appointed", "appoints", "appoint", "named", "names", "elected", "re-elected", "reelected",
                         "promoted", "promotes", "appointment", "of", "reappointed", "re-appointed", "reappoints",
                         "reappointment", "designated", "designates", "nominated", "nominates", "renamed", "confirmed",
                         "confirms", "retained", "retains", "hired", "hires"})  # "the appointment of X as CFO"
_ID_APPOINTERS = frozenset({"mengangkat", "menunjuk", "menetapkan", "melantik", "memilih", "pengangkatan", "penunjukan"})
_OPENING_VERBS = frozenset({"Hadir", "Turut", "Tampak", "Tampil", "Datang"})
_ITEM_OPENERS = frozenset({"lain", "yakni", "yaitu", "serta", "dan", "and", "including", "termasuk", ";", ":", "(", "oleh", "by", "-", "\u2022", "*"})

# longest first: "yang menjabat sebagai" before "sebagai"
_LINKS = ((",", "yang", "juga", "menjabat", "sebagai"), (",", "yang", "kini", "menjabat", "sebagai"),
          (",", "yang", "menjabat", "sebagai"), (",", "yang", "juga", "menjabat"), (",", "yang", "kini", "menjabat"),
          (",", "yang", "menjabat"), ("yang", "juga", "menjabat", "sebagai"), ("yang", "kini", "menjabat", "sebagai"),
          ("yang", "menjabat", "sebagai"), ("yang", "merupakan"), ("yang", "juga", "menjabat"), ("yang", "kini", "menjabat"),
          ("yang", "menjabat"), ("yang", "juga"), ("resmi", "menjabat", "sebagai"), ("resmi", "menjabat"),
          # "Y tetap menjabat Presiden Komisaris": a seat kept at a shareholders' meeting
          *((w, "menjabat", "sebagai") for w in ("tetap", "masih", "kembali")), *((w, "menjabat") for w in ("tetap", "masih", "kembali")),
          ("menjabat", "sebagai"), ("ditunjuk", "sebagai"), ("diangkat", "sebagai"), ("dilantik", "sebagai"),
          ("ditunjuk", "menjadi"), ("diangkat", "menjadi"), ("dilantik", "menjadi"), ("terpilih", "sebagai"),
          ("terpilih", "menjadi"), ("menjabat",), (",", "who", "also", "serves", "as"), (",", "who", "serves", "as"),
          ("who", "serves", "as"), ("has", "served", "as"), ("serves", "as"), ("was", "appointed", "as"),
          ("has", "been", "appointed", "as"), ("was", "named"), ("was", "appointed"),
          ("will", "remain", "as"), ("will", "serve", "as"), ("will", "continue", "as"), ("remains", "as"),
          ("was", "reappointed", "as"), ("was", "re-elected", "as"), ("was", "elected", "as"), ("selaku",), ("sebagai",),
          ("yang", "sebelumnya"), ("as",),
          # "X, currently Director of …", "X, mantan Direktur …": a time word opens the apposed post
          *((",", w) for w in ("currently", "now", "formerly", "former", "previously", "mantan", "kini", "sebelumnya", "eks")),
          (",", "saat", "ini"), (",", "sekarang"))

_LINKS_BY_LAST: dict[str, list[tuple[str, ...]]] = {}  # a link must end just before the title: try only those
for _link in _LINKS:
    _LINKS_BY_LAST.setdefault(_link[-1], []).append(_link)


_APPOSERS = frozenset({",", "\u2013", "\u2014"})


def _linked(t, k: int) -> int:  # type: ignore[no-untyped-def]
    """Where the name before the title at k ends: at the comma ("X, Direktur"), or before a link word
    ("X selaku Direktur", "X yang menjabat sebagai Direktur"); -1 when neither."""
    if t.words[k - 1] in _APPOSERS:  # "Hendra Kusuma – Direktur Utama PT X": a dash sets the post off as a comma does
        return k - 1 if k >= 3 else -1
    for skip in (1, 2):  # "Kim Dong-wook, Commercial Counsellor at …": a post's modifiers before its title word
        c = k - skip - 1
        if c >= 2 and t.words[c] == "," and all(t.words[x][:1].isupper() and t.words[x].isalpha() and not t.newline_before[x]
                                                for x in range(c + 1, k)):
            return c
    for link in _LINKS_BY_LAST.get(t.words[k - 1], ()):
        a = k - len(link)
        if a > 0 and tuple(t.words[a:k]) == link and not t.newline_before[a]:
            while a > 1 and link[0] != "," and t.words[a - 1] in _LINK_LEAD and not t.newline_before[a - 1]:
                a -= 1  # "X, yang kini ditunjuk menjadi Wakil Presiden Komisaris": the name ends before "yang"
            return a
    if k >= 3 and t.words[k - 2] == "as" and t.words[k - 1][:1].isupper() and t.words[k - 1].isalpha():
        return k - 2  # "appointed Clara Wongso as Finance Director": a field word before the title
    return -1


_LINK_LEAD = frozenset({"yang", "kini", "juga", "lalu"})


@functools.lru_cache(maxsize=4)  # one set per cue list (a frozenset hashes once), not one per document
def _heads(role_heads: frozenset[str]) -> frozenset[str]:
    return role_heads | _LOWER_ROLES


def find(ctx: Ctx) -> None:
    """"Li Wenjie, Wakil Direktur ..." / "Park Min-jae, Head of ...": a name then a comma and a title.

    The name must open a sentence or a list item, or follow a speech verb when the title names a body.
    """
    t = ctx.t
    for k in t.where(_heads(t.cue.role_heads)):
        lower = t.words[k] in _LOWER_ROLES  # "Siti Putri, peneliti Pusat Riset X,": a post at a named body
        if k < 2 or not (lower or (t.words[k][0].isupper() and t.match_phrase(k, t.cue.roles))):
            continue
        if lower and (t.words[k - 1] != "," or k + 1 >= len(t.words) or not is_cap(t.words[k + 1])):
            continue
        e = _linked(t, k)
        if e < 0:
            continue
        if t.words[e] not in (",", "\u2013", "\u2014"):  # "Budi Santoso selaku Direktur Utama …", "X yang menjabat sebagai Y": the link says it
            if t.words[e] == "yang" and t.words[e - 1] == ",":
                e -= 1  # "menggantikan X, yang kini ditunjuk menjadi …": the clause after the name's comma
            e = _before_degrees(ctx, e)
            s = e
            while s - 1 >= 0 and e - s < 4 and ctx.name_like(s - 1) and not t.newline_before[s]:
                s -= 1
            if t.words[e] == "as" and (s == 0 or t.words[s - 1].casefold() not in _APPOINTERS):
                continue  # "as" links a name to its post only after an appointing verb ("appointed X as CFO")
            if e - s >= 1 and ctx.owner[s] < 0 and not (s > 0 and is_cap(t.words[s - 1]) and not t.newline_before[s]) \
                    and (e - s >= 2 or t.words[s - 1] in _ITEM_OPENERS):
                add_person(ctx, s, e)
            continue
        s = _name_back(ctx, e)
        if s - 1 >= 0 and e - s < 4 and not t.newline_before[s] and surname_first(ctx, s - 1):
            s -= 1  # "Park Min-jae"
        elif s - 1 >= 0 and e - s < 3 and t.words[s - 1] in MONTH_NAMES and not t.newline_before[s] and ctx.owner[s - 1] < 0 \
                and not (s >= 2 and t.words[s - 2][:1].isdigit()):
            s -= 1  # "Mei Ling Tan, Managing Partner at X": a month's name opening a name is a given name
        if e - s >= 3 and t.words[s] in _OPENING_VERBS:
            s += 1  # "Hadir Eko Prasetya, Direktur …": the verb that opens the sentence is no name word
        if e - s < 2 or ctx.owner[s] >= 0:
            continue
        opener = s == 0 or t.newline_before[s] or t.words[s - 1] in _ITEM_OPENERS or t.words[s - 1] in (".", '"', "“") \
            or t.words[s - 1] in _OPENING_VERBS or _numbered(t, s) or _after_connective(t, s)
        # "said Adar Poonawalla, Chief Executive Officer of Serum Institute": a post at a named body
        p = k + (1 if lower else t.match_phrase(k, t.cue.roles))
        posted = p < len(t.words) and (t.words[p] in ("of", "at", "PT", "PT.") or ctx.type_at(p) == "Organization"
                                  or _unit_of_body(ctx, p))
        after_speech = t.words[s - 1] in _SPEECH_JOIN or t.words[s - 1] in t.cue.speech_before or (
            t.words[s - 1] == "to" and t.words[s - 2].casefold() == "according")
        # "have appointed X, currently Director of A, as …": the name an appointing verb takes, a post at a body apposed
        appointed = posted and t.words[s - 1] != "of" and (t.words[s - 1].casefold() in _APPOINTERS or t.words[s - 1] in _ID_APPOINTERS)
        # "Hal senada disampaikan X, CEO Hanseong Biologics, …": a capitalised body after the title, typed or not yet
        named = posted or (p < len(t.words) and is_cap(t.words[p]) and not t.newline_before[p])
        if opener or (named and after_speech) or appointed:
            add_person(ctx, s, e)
    _last_list_item(ctx)
    _serving(ctx)
    _replacing(ctx)
    signed(ctx)


def _name_back(ctx: Ctx, e: int) -> int:
    """Where the name words before ``e`` start, up to four, past lower-case particles between them
    ("Mário da Costa Belo — Inspetor-Geral …", "Joana van der Berg, Director …")."""
    t = ctx.t
    s = e
    while s - 1 >= 0 and not t.newline_before[s]:
        if e - s < 4 and ctx.name_like(s - 1):
            s -= 1
            continue
        p = s - 1
        while p >= 1 and s - p <= 3 and t.words[p] in PARTICLES and not t.newline_before[p + 1]:
            p -= 1
        if p < s - 1 and e - s >= 1 and p >= 0 and ctx.name_like(p) and not t.newline_before[p + 1]:
            s = p  # the particles and the given name before them
            continue
        break
    return s


def _before_degrees(ctx: Ctx, e: int) -> int:
    """"mengangkat Budi Santoso, M.M., Ph.D. sebagai Direktur": the name ends at the comma its degrees open with,
    not at the link word after them; ``e`` itself when no degree stands right before the link."""
    t = ctx.t
    if e < 3 or t.words[e - 1] not in (".", ",") and not t.words[e - 1][:1].isupper():
        return e
    pat, best = _degrees(ctx), e
    for c in range(e - 1, max(0, e - 12), -1):  # the farthest comma whose degrees run up to the link
        if t.words[c] != "," or c == 0:
            continue
        pos, end = t.ends[c - 1], t.starts[e]
        while (dm := pat.match(t.text, pos)) is not None and dm.end() <= end:
            pos = dm.end()
        if pos > t.ends[c - 1] and not t.text[pos:end].strip(" ,"):
            best = c
    return best


def _unit_of_body(ctx: Ctx, p: int) -> bool:
    """"Direktur Pengawasan Obat Tradisional BPOM", "Direktur Keuangan PT X": a capitalised field of up to
    four words, then the body."""
    t = ctx.t
    q = p
    while q < len(t.words) and q - p < 4 and t.words[q][:1].isupper() and t.words[q].isalpha() and ctx.type_at(q) != "Organization" \
            and t.words[q] != "PT":
        q += 1
    return p < q < len(t.words) and (ctx.type_at(q) == "Organization" or t.words[q] in ("PT", "PT."))


def _after_connective(t, s: int) -> bool:  # type: ignore[no-untyped-def]
    """"Sementara itu, Yohanes Kristanto, Direktur …", "Meanwhile, X, CEO of …": a connective of one capitalised
    word and up to three lowercase ones opens the sentence, so the name after its comma opens the clause."""
    if s < 2 or t.words[s - 1] != "," or t.newline_before[s]:
        return False
    j = s - 2
    while j > 0 and s - 1 - j < 4 and t.words[j][:1].islower() and not t.newline_before[j]:
        j -= 1
    return t.words[j][:1].isupper() and t.words[j].isalpha() and (j == 0 or t.newline_before[j] or t.words[j - 1] in (".", '"', "\u201d")) \
        and all(t.words[x][:1].islower() and t.words[x].isalpha() for x in range(j + 1, s - 1))


def _numbered(t, s: int) -> bool:  # type: ignore[no-untyped-def]
    """"1) Yulia Santika – Kepala …": the name opens a numbered list item."""
    return s >= 2 and t.words[s - 1] in (")", ".") and t.words[s - 2].isdigit() and len(t.words[s - 2]) <= 2 and (
        s == 2 or t.newline_before[s - 2])


def _last_list_item(ctx: Ctx) -> None:
    """"…; Li Wei, Wakil Direktur X; serta Sarah Jones dari kantor Y": the last item of a list of people
    separated by semicolons names its person without a title."""
    t = ctx.t
    for k in t.where(frozenset({"dari", "from"})):
        s = k
        while s - 1 >= 0 and k - s < 4 and ctx.name_like(s - 1) and not t.newline_before[s]:
            s -= 1
        if k - s < 2 or s < 2 or t.words[s - 1] not in ("serta", "dan", "and") or t.words[s - 2] != ";":
            continue
        j = s - 2
        while j > 0 and s - j < 60 and t.words[j - 1] != "." and not t.newline_before[j]:
            j -= 1
        if any(ctx.type_at(x) == "Person" and t.words[x - 1] in _ITEM_OPENERS for x in range(j + 1, s - 2)):
            add_person(ctx, s, k)


_SERVED = frozenset({"menjabat"})
_SINCE = frozenset({"telah", "sudah", "sebelumnya", "pernah", "kini", "masih", "lama"})


def _serving(ctx: Ctx) -> None:
    """"menggantikan Suryadi Gunawan yang telah menjabat sejak 2017": a name a post is held by ("yang … menjabat")
    is a person's, though no title or honorific stands beside it (only people serve in a post)."""
    t = ctx.t
    for k in t.where(_SERVED):
        y = k - 1
        while y > 0 and t.words[y] in _SINCE and k - y < 3:
            y -= 1
        if y < 2 or t.words[y] != "yang" or t.newline_before[y]:
            continue
        e = y - 1 if t.words[y - 1] == "," else y
        s = e
        while s - 1 >= 0 and e - s < 4 and ctx.name_like(s - 1) and not t.newline_before[s]:
            s -= 1
        if e - s >= 2 and ctx.owner[s] < 0 and not (s > 0 and is_cap(t.words[s - 1]) and not t.newline_before[s]):
            add_person(ctx, s, e)


_REPLACING = frozenset({"menggantikan", "replacing", "replaces", "succeeding", "succeeds"})
_FILLED_BY = frozenset({"digantikan", "diisi", "dijabat", "diemban", "dipercayakan", "succeeded", "replaced"})  # then "oleh"/"by"
# ("kepada" after "dipercayakan") may follow; not "dipegang": shares are held too ("saham dipegang PT X")
_REPLACE_CUES = _REPLACING | _FILLED_BY
_AFTER_NAME = frozenset({",", ".", ";", ")", "yang", "who", "sebagai", "as", "selaku", "di", "pada", "sejak", "dan", "and", "in", "on",
                         "since", "mulai", "untuk", "for"})


def _replacing(ctx: Ctx) -> None:
    """"… menggantikan Liem Soen Hauw.", "replacing Jonathan Reyes, who …", "kini diisi Yohanes Pattiasina, S.Si.":
    the one replaced in a post, or filling it, is a person,
    though no title or honorific stands beside the name (two to four name words, closed by a clause or a stop)."""
    t = ctx.t
    n = len(t.words)
    c = t.cue
    for k in t.where(_REPLACE_CUES):
        s = e = k + 1 + (k + 1 < n and t.words[k] in _FILLED_BY and t.words[k + 1] in ("oleh", "by", "kepada"))
        if t.words[k] in ("succeeded", "replaced") and s == k + 1:
            continue  # "X succeeded Y" / "replaced Y": the one after is replaced only in the passive ("by")
        while e < n and e - s < 5 and ctx.name_like(e) and not t.newline_before[e]:
            e += 1
        if not (2 <= e - s <= 4) or (e < n and t.words[e] not in _AFTER_NAME):
            continue
        if any(w in FIRM_TAIL or w in c.org_suffix or w in c.institutional for w in t.words[s:e]):
            continue  # "menggantikan Herba Lestari Nusantara sebagai distributor": a company
        add_person(ctx, s, e)
