"""A body whose acronym is glossed inside its name, before the region that ends it: "Pemerintah Kabupaten (Pemkab)
Lombok Tengah", "Dinas Kesehatan (Dinkes) Kota Semarang", "Badan Narkotika Nasional Provinsi (BNNP) Jawa Tengah".

Why: Indonesian news glosses the generic head of a regional body's name ("Pemkab" for "Pemerintah Kabupaten") and
then names the region; read apart, the body is lost ("Pemerintah Kabupaten" alone is no name) or left without its
region (one "Dinas Kesehatan" for every city's office), and only the place remains. The acronym must fit the words
before it and a place must follow on the same line, so "BPOM (Badan POM) Jakarta" style glosses of a whole name stay
with ``acronyms``.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.acronym_fit import matches_acronym
from graphbuild.extract.entities.context import Ctx

_ACR = re.compile(r"[A-Z][A-Za-z]{1,9}")
_LEVELS = frozenset({"Kota", "Kabupaten", "Provinsi"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    words, n = t.words, len(t.words)
    for k in range(1, n - 3):
        if words[k] != "(" or words[k + 2] != ")" or not _ACR.fullmatch(words[k + 1]) or t.newline_before[k + 3]:
            continue
        head = _head(ctx, k)
        if head is None or not matches_acronym(words[k + 1], t.text[t.starts[head[0]] : t.ends[k - 1]]):
            continue
        p = k + 3
        loc = ctx.owner[p]
        x = ctx.mentions[loc] if loc >= 0 else None
        if x is None or x.type != "Location" or ctx.spans[loc][0] != p:
            continue
        i, e = head[0], ctx.spans[loc][1]
        name = f"{t.text[t.starts[i] : t.ends[k - 1]]} {t.text[t.starts[p] : t.ends[e - 1]]}"
        if head[1] >= 0:
            ctx.drop(head[1])
        ctx.drop(loc)
        got = ctx.add(i, e, "Organization", "government", "cue", canonical=name)
        if got < 0:
            ctx.add(p, e, x.type, x.category, x.source, x.canonical)  # (a masked token): the place stays
        else:
            if (acr := ctx.owner[k + 1]) >= 0:
                ctx.link(got, acr)
            if words[k + 1] in ctx.defined:  # "(DPMD)" named again alone is this body, no body of its own
                ctx.defined[words[k + 1]] = ("Organization", "government", name)


def _head(ctx: Ctx, k: int) -> tuple[int, int] | None:
    """Where the name before the bracket at token ``k`` starts, and its mention (-1 if the words are free): an
    organisation ending right there, or a body's cue words ("Pemerintah Kabupaten") on their own."""
    m = ctx.owner[k - 1]
    if m >= 0:
        x = ctx.mentions[m]
        a, b = ctx.spans[m]
        # a generic head the rules built from cue words, not a body the lexicon knows whole: "Japan External Trade
        # Organization (JETRO) Jakarta" is the body's office in a city, the body itself in the corpus
        return (a, m) if x is not None and x.type == "Organization" and b == k and x.category == "government" \
            and x.source != "lexicon" else None
    t = ctx.t
    for i in range(max(0, k - 4), k):
        if ctx.free(i, k) and t.match_phrase(i, t.cue.org_prefix_phrases) == k - i and t.joined(i, k):
            return i, -1
    return None
