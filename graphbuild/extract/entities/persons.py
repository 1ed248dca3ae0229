"""Persons: names after honorifics, role titles and speech verbs.

Indonesian news names people in a few fixed ways: "Prof. dr. Taruna Ikrar,
M.Biomed., Ph.D.", "Kepala BPOM, Taruna Ikrar", "Sekretaris Jenderal Kementerian
Kesehatan Kunta Wibawa Dasa Nugraha", "kata Vidjongtius", "X menjelaskan". The
name is the trailing run of name-like words after the role and its organisation
(words of institution names, acronyms and known places are never name words).
The name primitives these rules share (honorifics, degrees, name runs) are in
``person_names``; a name after a role title (``ROLE [ORG] [,] NAME``) is read in ``role_led``.
"""

from __future__ import annotations

from graphbuild.extract.entities import contacts, en_titles
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.described_firms import FIRM_NOUNS
from graphbuild.extract.entities.namesakes import namesake
from graphbuild.extract.entities.person_names import add_person, honorific_at, name_run
from graphbuild.extract.entities.role_led import role_led as _role_led
from graphbuild.extract.entities.tokens import is_cap


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    c = t.cue
    k = 0
    for cand in t.where(c.person_triggers):  # other tokens cannot start any rule below
        if cand < k:
            continue
        k = cand
        if t.masked[k]:
            continue
        w = t.words[k]
        h = honorific_at(ctx, k) if (w in c.honorifics or w + "." in c.honorifics) else 0
        if h and namesake(t, k):
            k += h
            continue
        if h and k + h < n and not t.newline_before[k + h]:  # "…, Apt.\nPabrik tersebut": a degree ends a line
            e = name_run(ctx, k + h, allow_places=True)
            if e > k + h:
                add_person(ctx, k + h, e)
                k = e
                continue
        r = t.match_phrase(k, c.roles) if w[0].isupper() else int(w == "anggota" and k + 1 < n and t.words[k + 1] in _HOUSES)
        if r:  # (a lower-case post only before a house: "didampingi anggota Komisi IX X", "kata anggota DPRD Y")
            k = _role_led(ctx, k, r)
            continue
        if w in c.speech_before and k + 2 < n and t.words[k + 1] in _LOWER_SPEAKERS and is_cap(t.words[k + 2]):
            k = _role_led(ctx, k + 1, 1)  # "kata analis PT X, Nama": a lower-case post after the speech verb
            continue
        if w in c.speech_before and k + 1 < n and not t.match_phrase(k + 1, c.roles):
            s = k + 1 + (honorific_at(ctx, k + 1) if t.words[k + 1] + "." in c.honorifics else 0)  # "said Mr. X"
            e = name_run(ctx, s) if s < n and not t.newline_before[s] else s
            if e > s and not (e < n and is_cap(t.words[e]) and not t.newline_before[e]):
                add_person(ctx, s, e)
                k = e
                continue
        if w in c.speech_after and k >= 2:
            # "Analis dari X, Rina Kumalasari, menilai …": a name set off by commas before the verb
            end = k - 1 if t.words[k - 1] == "," else k
            s = end
            while s - 1 >= 0 and end - s < 4 and ctx.name_like(s - 1) and not t.newline_before[s]:
                s -= 1
            if end < k:
                if end - s >= 2 and s > 0 and t.words[s - 1] == "," and not t.newline_before[s]:
                    add_person(ctx, s, end)
            elif k - s >= 2 and not (s > 0 and (is_cap(t.words[s - 1]) or t.words[s - 1].casefold() in FIRM_NOUNS)
                                     and not t.newline_before[s]):  # "drugmaker Daewon Biologix said": a firm
                add_person(ctx, s, k)
        k += 1
    _lower_posts(ctx)
    en_titles.find(ctx)
    contacts.find(ctx)


# professions written in lower case before the holder's name: "notaris Hendrawan Saputra, S.H., M.Kn.",
# "jaksa penuntut umum Kejaksaan Negeri Medan, Andika Putra Lubis" (the longest phrase first)
_LOWER_POSTS = (("jaksa", "penuntut", "umum"), ("kuasa", "hukum"), ("notaris",), ("jaksa",), ("advokat",), ("pengacara",))
_THEIR_POSTS = frozenset({"direkturnya", "ketuanya", "kepalanya", "pimpinannya"})  # "dipimpin direkturnya, X": a post of the body just named
_FIRST_WORDS = frozenset(p[0] for p in _LOWER_POSTS) | _THEIR_POSTS


def _lower_posts(ctx: Ctx) -> None:
    """Why: court and deed reports name lawyers, prosecutors and notaries after their lower-case profession,
    which no role title (capitalised) nor speech verb leads."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(_FIRST_WORDS):
        if t.masked[k] or ctx.owner[k] >= 0:
            continue
        if t.words[k] in _THEIR_POSTS:
            if k + 2 < n and t.words[k + 1] == "," and not t.newline_before[k + 2]:
                e = name_run(ctx, k + 2)  # "dipimpin direkturnya, Maya Kusumaningrum,": the post of a body just named
                if 2 <= e - k - 2 <= 4 and e < n and t.words[e] in (",", "."):
                    add_person(ctx, k + 2, e)
            continue
        r = next((len(p) for p in _LOWER_POSTS if tuple(t.words[k : k + len(p)]) == p), 0)
        if r and k + r < n and (is_cap(t.words[k + r]) or t.words[k + r] == ",") and not t.newline_before[k + r]:
            _role_led(ctx, k, r)


_HOUSES = frozenset({"Komisi", "DPR", "DPRD", "DPD", "MPR", "Fraksi"})  # a legislature or its parts
_LOWER_SPEAKERS = frozenset({"analis", "ekonom", "pengamat", "peneliti", "analyst", "economist", "researcher"})
