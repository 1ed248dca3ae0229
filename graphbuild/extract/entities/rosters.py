"""Persons named bare in a roster of attendees or speakers, or as the two sides of a meeting or visit.

Why: event and visit reports name people without titles ("dihadiri oleh A, B, dan C", "Pembicara
dalam forum itu antara lain A dan B", "Speakers included A, B and C", "X menerima kunjungan …",
"bertemu dengan Y", "Kunjungan X ke …", "X dari BPOM memaparkan …", "X, Pj. Bupati …,"), so no
honorific, role or speech verb marks them. The cue must say people are meant (a roster word, a
meeting or visit verb, a post after the name), and each item must be a run of two to four name
words; a list stops at the first item that is not, so firms and places named in a list of bodies
are never taken. Items already found (titled people) are stepped over.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.firm_shorts import firm_whole, foreign_short
from graphbuild.extract.entities.person_names import (
    PARTICLES,
    PATRONYMIC,
    add_person,
    honorific_at,
    name_ends,
    name_run,
)
from graphbuild.extract.entities.tokens import is_cap

# a cue that lists people by itself, and one that does after a people word earlier in the sentence
_BY = frozenset({("dihadiri", "oleh"), ("attended", "by"), ("diwakili", "oleh"), ("represented", "by")})
_AMONG = frozenset({("antara", "lain"), ("di", "antaranya"), ("yakni",), ("yaitu",), ("included",), ("including",),
                    ("among", "them")})
_PEOPLE = frozenset({"narasumber", "pembicara", "panelis", "pemateri", "speakers", "speaker", "panelists", "hadir",
                     "tokoh", "attendees", "Narasumber", "Pembicara", "Panelis", "Speakers", "Hadir"})
_SEP = frozenset({",", "dan", "serta", "and", "&"})
_CUE_HEADS = frozenset(w for p in _BY | _AMONG for w in p[:1])
# "X menerima kunjungan …", "X paid a courtesy call on …": a bare name that hosts or pays a visit
_VISIT_VERBS = frozenset({("menerima", "kunjungan"), ("menerima", "audiensi"), ("menerima", "delegasi"),
                          ("menerima", "rombongan"), ("paid", "a"), ("melakukan", "pertemuan"), ("mengadakan", "pertemuan"),
                          ("melakukan", "audiensi"), ("held", "talks"), ("melakukan", "kunjungan"), ("beserta", "rombongan"),
                          ("bersama", "rombongan"), ("didampingi",), ("disambut",), ("diterima",), ("bertemu",),
                          ("berdiskusi",), ("met",), ("bertatap",), ("menemui",), ("menjadi", "pembicara"),
                          ("menjadi", "narasumber"), ("menjadi", "panelis"), ("menjadi", "moderator"), ("menjadi", "salah"),
                          ("was", "among"), ("delivered", "the"), ("delivered", "a"), ("was", "received"), ("was", "welcomed"),
                          ("berdialog",), ("bersilaturahmi",), ("berbincang",), ("toured",), ("visited",),
                          ("mengunjungi",), ("meninjau",), ("berkunjung",), ("menyambangi",), ("participated",),
                          ("saat", "ditemui"), ("turut", "ambil"), ("ikut", "ambil")})
# ", speaking on …", ", salah satu narasumber,", ", one of the speakers,": read at the word after the comma
_AFTER_COMMA = frozenset({"speaking", "salah", "one"})
_PAREN = frozenset({"("})
# "bertemu dengan X", "paid a courtesy call on BPOM head X": the person met, after the title
_MET = frozenset({("bertemu", "dengan"), ("berdiskusi", "dengan"), ("audiensi", "dengan"), ("disambut", "oleh"),
                  ("diterima", "oleh"), ("didampingi", "oleh"), ("met", "with"), ("call", "on"), ("talks", "with"),
                  ("muka", "dengan"), ("pertemuan", "antara"), ("Pertemuan", "antara"), ("menemui",),
                  ("berdialog", "dengan"), ("bersilaturahmi", "dengan"), ("berbincang", "dengan"), ("remarks", "from"),
                  ("dipimpin",), ("led", "by"), ("Kunjungan",), ("kunjungan",), ("menghadirkan",), ("mempertemukan",)})
# "Kevin Tanoto, the company's chief executive, said": a post at the body told of
_ITS = frozenset({"company's", "firm's", "group's", "ministry's", "agency's", "company\u2019s"})
_AT_OF = frozenset({"at", "of"})
_YANG = frozenset({"yang"})
_ARTICLES = frozenset({"a", "an"})
_EN_POSTS = frozenset({"analyst", "researcher", "lecturer", "professor", "director", "spokesperson", "spokesman",
                       "spokeswoman", "official", "executive", "economist", "scientist", "head", "manager"})
_SPEAKER_NOUNS = frozenset({"pembicara", "narasumber", "panelis", "pemateri", "sejumlah", "para", "tokoh"})
_ACTING = frozenset({"Plt", "Plh", "Pj", "chief", "president", "managing", "head"})
_ADVERBS = frozenset({"juga", "pun", "turut", "kemudian", "lalu", "also", "then", "later", "langsung"})
_FROM = frozenset({"dari", "from"})
_ATTRIBUTION = frozenset({"\u2014", "\u2013", "\u2015"})
_YANG_VERBS = frozenset({"hadir", "mewakili", "menjadi", "tampil", "bertindak"})
_POSTS = frozenset({"Director", "Manager", "Officer", "Head", "President", "Analyst", "Lead", "Leader", "Partner"})
_JOINERS = PATRONYMIC | PARTICLES  # lower-case words inside a name
_NOUN = re.compile(r"(?:ke|pe[nmr]?|per)[a-z]+an")
# words of a title before a name in an English list: "Health Minister X and BPOM head Y"
_LOWER_TITLES = frozenset({"head", "chief", "minister", "director", "president", "chairman", "deputy", "secretary"})

_VISIT_HEADS = frozenset(p[0] for p in _VISIT_VERBS)
_MET_HEADS = frozenset(p[0] for p in _MET)

def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for k in t.where(_CUE_HEADS):
        two = tuple(t.words[k : k + 2])
        if two in _BY:
            start = k + 2
        elif two in _AMONG or two[:1] in _AMONG:
            start = k + (2 if two in _AMONG else 1)
            if not _people_before(t, k):
                continue
        else:
            continue
        _items(ctx, start)
    for k in t.where(_VISIT_HEADS):
        if tuple(t.words[k : k + 2]) in _VISIT_VERBS or (t.words[k],) in _VISIT_VERBS:
            _subject(ctx, k)
    for k in t.where(_AFTER_COMMA):
        if k >= 3 and t.words[k - 1] == ",":
            _subject(ctx, k - 1)
    for k in t.where(_PAREN):  # "Budi Hartanto (Direktur Utama PT X)"
        if k >= 2 and t.match_phrase(k + 1, t.cue.roles):
            _subject(ctx, k)
    for k in t.where(_YANG):  # "Maya Lestari, yang hadir mewakili Menteri …"
        if k >= 3 and t.words[k - 1] == "," and k + 1 < len(t.words) and t.words[k + 1] in _YANG_VERBS:
            _subject(ctx, k - 1)
    for k in t.where(_MET_HEADS):
        if tuple(t.words[k : k + 2]) in _MET:
            _items(ctx, k + 2)
        elif (t.words[k],) in _MET:
            _items(ctx, k + 1)
    for k in t.where(_AT_OF):  # "Budi Hartanto, Sales Director at PT X, said"
        if k >= 4 and t.words[k - 1] in _POSTS and is_cap(t.words[k - 2]):
            comma = k - 3 if t.words[k - 3] == "," else k - 4 if t.words[k - 4] == "," and is_cap(t.words[k - 3]) else -1
            if comma > 0:
                _subject(ctx, comma)
    for k in t.where(_POSTS):  # "Lim Wei Ming, Country Manager PT X, mengatakan"
        if 4 <= k < len(t.words) - 1 and (t.words[k + 1] in ("PT", "PT.") or ctx.type_at(k + 1) == "Organization") and is_cap(t.words[k - 1]):
            comma = k - 2 if t.words[k - 2] == "," else k - 3 if t.words[k - 3] == "," and is_cap(t.words[k - 2]) else -1
            if comma > 0:
                _subject(ctx, comma)
    for k in t.where(_ACTING):  # "Hendro Saputra, Pj. Bupati Karawang," / "X, chief executive of Y,"
        if k >= 3 and t.words[k - 1] == "," and (t.words[k] in ("Plt", "Plh", "Pj") or (
                k + 1 < n and t.words[k + 1] in ("executive", "director", "of"))):
            _subject(ctx, k - 1)
    for k in t.where(_ARTICLES):  # "Dewi Anggraini, a senior researcher at BRIN, presented …"
        if k >= 3 and t.words[k - 1] == "," and any(w in _EN_POSTS for w in t.words[k + 1 : k + 4]):
            _subject(ctx, k - 1)
    for k in t.where(_ITS):
        if k >= 2 and t.words[k - 1] == "the" and t.words[k - 2] == ",":
            _subject(ctx, k - 2)
    for k in t.where(_ATTRIBUTION):  # '> — Ketut Arya Wiguna, Kepala Kantor …': the speaker under a pull quote
        if not t.newline_before[k] and k >= 3 and k + 2 < n and not t.newline_before[k + 1] and (
                t.match_phrase(k + 1, t.cue.roles) or any(w in _POSTS for w in t.words[k + 1 : k + 6])):
            _subject(ctx, k)  # "- Jonathan Lim — Regulatory Affairs Director Asia Pasifik, X": a roster line's post
            continue
        if t.newline_before[k] and k + 3 < n and not t.newline_before[k + 1]:
            a = k + 1 + honorific_at(ctx, k + 1)
            b = name_run(ctx, a)
            if b - a >= 2 and b + 1 < n and t.words[b] == "," and not t.newline_before[b + 1] and is_cap(t.words[b + 1]) \
                    and (ctx.owner[a] < 0 or ctx.type_at(a) == "Person") and not firm_whole(ctx, a, b):
                add_person(ctx, a, b)
    for k in t.where(_FROM):
        m = ctx.owner[k + 1] if k + 1 < len(t.words) else -1
        if m >= 0 and ctx.type_at(k + 1) == "Organization" and _verb_at(t, ctx.spans[m][1]):
            _subject(ctx, k)  # "Maya Lestari dari BPOM memaparkan …"


def _verb_at(t, j: int) -> bool:  # type: ignore[no-untyped-def]
    """An active verb ("memaparkan", "menilai", "berbicara") or a speech verb at token j."""
    if j >= len(t.words) or t.newline_before[j]:
        return False
    w = t.words[j]
    return w in t.cue.speech_after or (w.islower() and w.isalpha() and w.startswith(("me", "ber")) and len(w) > 5)


def _subject(ctx: Ctx, k: int) -> None:
    """Two to four name words right before token k, opening the sentence or a clause."""
    t = ctx.t
    if k > 2 and t.words[k - 1] in _ADVERBS:
        k -= 1  # "Rina Kusumawardani juga berdialog dengan …"
    m = ctx.owner[k - 1] if k > 0 else -1
    if m >= 0 and ctx.type_at(k - 1) == "Person":  # found before: the one coordinated with it may be bare
        s = ctx.spans[m][0]
        if s >= 3 and t.words[s - 1] in ("dan", "and") and not t.newline_before[s - 1]:
            _subject(ctx, s - 1)
        return
    s, joined = k, 0
    while s - 1 >= 0 and k - s - joined < 4 and not t.newline_before[s]:
        if ctx.name_like(s - 1):
            s -= 1
        elif s < k and s >= 2 and t.words[s - 1] in _JOINERS and ctx.name_like(s - 2) and not t.newline_before[s - 1]:
            s -= 2  # "Farid Azman bin Kamarudin", "Mário da Costa Belo": a patronymic or particle inside the name
            joined += 1
        else:
            break
    if s < k and _NOUN.fullmatch(t.words[s].lower()):
        s += 1  # "Kedatangan Budi disambut …": a noun ("ke-…-an", "pe-…-an") opens the sentence
    if k - s < 2 or ctx.owner[s] >= 0:
        return
    if s == 0 or t.newline_before[s] or t.words[s - 1] in (".", ",", '"', "\u201d", ";", ":", "-") or (
            t.words[s - 1].islower() and t.words[s - 1] not in ("oleh", "by", "the")):
        add_person(ctx, s, k)
        if s >= 3 and t.words[s - 1] in ("dan", "and") and not t.newline_before[s - 1]:
            _subject(ctx, s - 1)  # "Rina Kusumawardani dan Lee Min-jun bertemu": both subjects


def _people_before(t, k: int) -> bool:  # type: ignore[no-untyped-def]
    """A word for speakers or attendees earlier in the sentence (within 15 tokens)."""
    j = k - 1
    while j >= 0 and k - j <= 15 and t.words[j] not in (".", "!", "?"):
        if t.words[j] in _PEOPLE:
            return True
        if t.newline_before[j]:
            break
        j -= 1
    return False


def _titled_after(ctx: Ctx, k: int) -> bool:
    """An honorific then a name of two words or more (read already, or read here) opens at ``k``."""
    h = honorific_at(ctx, k)
    if not h or k + h >= len(ctx.t.words):
        return False
    m = ctx.owner[k + h]
    if m >= 0:
        return ctx.type_at(k + h) == "Person" and ctx.spans[m][1] - ctx.spans[m][0] >= 2
    return name_run(ctx, k + h) - (k + h) >= 2


def _items(ctx: Ctx, p: int) -> None:
    t = ctx.t
    n = len(t.words)
    while p < n and (p == 0 or not t.newline_before[p]):
        if t.words[p] == ":":
            p += 1
            continue
        m = ctx.owner[p]
        if m >= 0 and ctx.type_at(p) == "Person" and ctx.spans[m][0] == p:
            e = ctx.spans[m][1]  # a titled person found before: step over
        else:
            a = p
            while a < n and a - p < 10 and not t.newline_before[a] or a == p:
                if ctx.type_at(a) in ("Organization", "Location"):
                    a = ctx.spans[ctx.owner[a]][1]  # "Kepala Dinas Kesehatan Kota Surabaya, X": the title's body
                elif t.words[a] in _LOWER_TITLES or t.words[a] in _SPEAKER_NOUNS or (
                        t.words[a][:1].isupper() and not ctx.name_like(a) and ctx.owner[a] < 0
                                                     and not honorific_at(ctx, a)):
                    a += 1  # "Health Minister X", "BPOM head Y": the title before the name
                else:
                    break
            if a > p and a < n and t.words[a] == ",":
                a += 1
            m = ctx.owner[a] if a < n else -1
            if m >= 0 and ctx.type_at(a) == "Person" and ctx.spans[m][0] == a:
                e = ctx.spans[m][1]
            else:
                a += honorific_at(ctx, a)
                e = name_run(ctx, a)
                # "dipimpin Direktur Utama Cendana Prima, Ir. Rudi Hartanto": a titled name after the comma holds the post
                if e + 1 < n and t.words[e] == "," and (foreign_short(ctx, a, e) or firm_whole(ctx, a, e) or (
                        a > p and _titled_after(ctx, e + 1))):
                    a = e + 1 + honorific_at(ctx, e + 1)  # "Vice President Nordic Phyto, Anna V." beside "Nordic Phyto Oy"
                    e = name_run(ctx, a)
                if e - a < 2 or e - a > 4 or not name_ends(t, e):
                    return
                add_person(ctx, a, e)
        while e < n and t.words[e] in _SEP and not t.newline_before[e]:
            e += 1
        if e == p or (e < n and t.words[e - 1] not in _SEP):
            return
        p = e


_LINE_MARKS = frozenset({"-", "*", "\u2022", "\u2013", "\u00b7", "|"})


def post_colon_name(ctx: Ctx, k: int, p: int) -> int:
    """"- Direktur Keuangan: Hadi N. Setiawan, S.E." (a board list line: the post at the line's head, a colon, the
    name and no more than its degrees): the person; returns the name's end, or 0. The post must open the line, so
    "… kata Direktur Keuangan: laba naik" in prose is not read; the name must end the line or meet its degrees."""
    t = ctx.t
    n = len(t.words)
    q = p
    while q < min(n, p + 4) and is_cap(t.words[q]) and not t.newline_before[q]:
        q += 1  # the post's field or body: "Direktur Keuangan:", "Direktur Operasional PT X:"
    if q + 3 < n and t.words[q] == "(" and t.words[q + 2] == ")" and t.words[q + 1].islower():
        q += 3  # "- Direktur Pemasaran (baru): X": a note on the post before the colon
    if not (q + 2 < n and t.words[q] == ":" and not t.newline_before[q + 1]):
        return 0
    p = q
    if not (t.newline_before[k] or k > 0 and t.words[k - 1] in _LINE_MARKS and (k == 1 or t.newline_before[k - 1])):
        return 0
    a = p + 1
    while a + 2 < n and t.words[a] == "*":
        a += 1  # "**Irawati S. Gunadi**": the markdown bold around the name
    a += honorific_at(ctx, a)
    b = name_run(ctx, a) if a < n and not t.newline_before[a] else a
    if b - a < 2 or ctx.owner[a] >= 0 and ctx.type_at(a) != "Person" or firm_whole(ctx, a, b):
        return 0
    if b < n and not t.newline_before[b] and t.words[b] not in (",", "|", "(", "*"):
        return 0
    add_person(ctx, a, b)
    return b
