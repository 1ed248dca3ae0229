"""A unit kind said of a named unit is no entity: "BBPOM di Makassar merupakan Unit Pelaksana Teknis Badan POM".

Why: the kind of office ("Unit Pelaksana Teknis Badan POM", "UPT BPOM") after a copula describes the unit named
before it; it names no office of its own (ONTOLOGY: roles and kinds without a name are not entities), and as an
entity it gave a wrong PART_OF to the parent body. The parent stays a mention of its own.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

_COPULA = frozenset({"merupakan", "adalah", "ialah", "sebagai", "selaku", "yakni", "yaitu", "is", "as"})
_KIND = (("Unit", "Pelaksana", "Teknis"), ("UPT",))
_ARTICLE = frozenset({"salah", "satu", "sebuah", "a", "an", "the", "one", "of"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    for k in t.where(frozenset({"Unit", "UPT"})):
        m = ctx.owner[k]
        if m < 0 or ctx.spans[m][0] != k or ctx.type_at(k) != "Organization":
            continue
        kind = next((w for w in _KIND if tuple(t.words[k : k + len(w)]) == w), None)
        if kind is None:
            continue
        b = k - 1
        while b >= 0 and t.lower[b] in _ARTICLE:
            b -= 1
        if b < 0 or t.lower[b] not in _COPULA:
            continue
        a, e = ctx.spans[m]
        ctx.drop(m)
        rest = a + len(kind)
        hit = ctx.lexicon.lookup(t.span_text(rest, e), "Organization") if rest < e else None
        if hit is not None:  # "… Badan POM": the parent body after the kind is a mention of its own
            ctx.add(rest, e, "Organization", hit.category, "lexicon", canonical=hit.name)
