"""Brands glossed by an apposed substance: "izin edar untuk Glarinsu, insulin glargine produksi PT X",
"Trastunex, a trastuzumab biosimilar".

Why: releases name a new product once and explain it with its substance right after a comma. The
brand has no cue word before it, but the substance the lexicon knows (lower case) after the comma
says what it is. The two stay separate products (the gold keeps brand and substance apart here);
the relation families link the brand through the apposition.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.described_brands import free_name
from graphbuild.extract.entities.tokens import is_cap

_ARTICLES = frozenset({"a", "an", "the", "sebuah", "suatu"})
# words a brand's apposition follows: a preposition or verb, never a name's own first words
_BEFORE = frozenset({"untuk", "bagi", "yakni", "yaitu", "adalah", "merupakan", "produk", "obat", "meluncurkan",
                     "memasarkan", "memproduksi", "mengembangkan", "for", "of", "launched", "approved", "markets",
                     "produces", "developed", "dan", "and", "serta", ",", "(", "including", "termasuk", "namely"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t)
    for k in t.where(frozenset({","})):
        j = k + 1
        if j < n and t.lower[j] in _ARTICLES:
            j += 1
        if j >= n or t.newline_before[j] or ctx.type_at(j) != "Product" or not t.words[j][:1].islower():
            continue
        s = k - 1  # one or two capitalised words before the comma, after a word that opens a noun phrase
        if s >= 1 and free_name(ctx, s) and free_name(ctx, s - 1) and t.words[s - 1] not in _BEFORE:
            s -= 1
        if s < 1 or not free_name(ctx, s) or t.newline_before[s] or t.newline_before[k]:
            continue
        if t.words[s - 1] not in _BEFORE or not _fits(t, s, k):
            continue
        ctx.add(s, k, "Product", None, "cue")


def _fits(t: object, s: int, k: int) -> bool:
    """Brand-shaped: a coined word, not a capitalised common word at a list's start ("Selain itu, …")."""
    words = t.words[s:k]  # type: ignore[attr-defined]
    return all((is_cap(w) and w.isalpha()) or "-" in w for w in words)
