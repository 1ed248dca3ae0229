"""Persons named bare in a roster of attendees or speakers.

Why: event reports list who came without titles ("dihadiri oleh A, B, dan C", "Pembicara dalam forum
itu antara lain A dan B", "Speakers included A, B and C", "attended by A and B"), so no honorific,
role or speech verb marks them. The cue must say people are listed ("dihadiri oleh", "attended by",
or "antara lain"/"included" after a word for speakers or attendees), and each item must be a run of
two to four name words; the list stops at the first item that is not, so firms and places named in
a list of bodies are never taken. Items already found (titled people) are stepped over.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.person_names import add_person, honorific_at, name_ends, name_run

# a cue that lists people by itself, and one that does after a people word earlier in the sentence
_BY = frozenset({("dihadiri", "oleh"), ("attended", "by"), ("diwakili", "oleh"), ("represented", "by")})
_AMONG = frozenset({("antara", "lain"), ("di", "antaranya"), ("yakni",), ("yaitu",), ("included",), ("including",),
                    ("among", "them")})
_PEOPLE = frozenset({"narasumber", "pembicara", "panelis", "pemateri", "speakers", "speaker", "panelists", "hadir",
                     "tokoh", "attendees", "Narasumber", "Pembicara", "Panelis", "Speakers", "Hadir"})
_SEP = frozenset({",", "dan", "serta", "and", "&"})
_CUE_HEADS = frozenset(w for p in _BY | _AMONG for w in p[:1])


def find(ctx: Ctx) -> None:
    t = ctx.t
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


def _items(ctx: Ctx, p: int) -> None:
    t = ctx.t
    n = len(t)
    while p < n and (p == 0 or not t.newline_before[p]):
        if t.words[p] == ":":
            p += 1
            continue
        m = ctx.owner[p]
        if m >= 0 and ctx.type_at(p) == "Person" and ctx.spans[m][0] == p:
            e = ctx.spans[m][1]  # a titled person found before: step over
        else:
            a = p + honorific_at(ctx, p)
            e = name_run(ctx, a)
            if e - a < 2 or e - a > 4 or not name_ends(t, e):
                return
            add_person(ctx, a, e)
        while e < n and t.words[e] in _SEP and not t.newline_before[e]:
            e += 1
        if e == p or (e < n and t.words[e - 1] not in _SEP):
            return
        p = e
