"""Brands glossed by an apposed substance: "izin edar untuk Glarinsu, insulin glargine produksi PT X",
"Trastunex, a trastuzumab biosimilar".

Why: releases name a new product once and explain it with its substance right after a comma. The
brand has no cue word before it, but the substance the lexicon knows (lower case) after the comma
says what it is. The two stay separate products (the gold keeps brand and substance apart here);
the relation families link the brand through the apposition.
"""

from __future__ import annotations

from dataclasses import replace

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.described_brands import free_name
from graphbuild.extract.entities.tokens import is_cap

_ARTICLES = frozenset({"a", "an", "the", "sebuah", "suatu"})
# words a brand's apposition follows: a preposition or verb, never a name's own first words
_BEFORE = frozenset({"untuk", "bagi", "yakni", "yaitu", "adalah", "merupakan", "produk", "obat", "meluncurkan",
                     "memasarkan", "memproduksi", "mengembangkan", "for", "of", "launched", "approved", "markets",
                     "produces", "developed", "dan", "and", "serta", ",", "(", "including", "termasuk", "namely"})


def find(ctx: Ctx) -> None:
    _brand_substances(ctx)
    t = ctx.t
    n = len(t.words)
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


_BIOSIMILAR = frozenset({"biosimilar", "generik", "generic"})


def _brand_substances(ctx: Ctx) -> None:
    """"Osvira(R) (denosumab)", "Trastunusa, biosimilar trastuzumab": the substance glossing a brand names the same
    product (the gold keeps it as the brand's alias), so the two mentions are one entity."""
    t = ctx.t
    n = len(t.words)
    glossed: dict[str, list[tuple[int, str]]] = {}
    for m, x in enumerate(list(ctx.mentions)):
        if x is None or x.type != "Product" or not x.text[:1].islower():
            continue
        a, b = ctx.spans[m]
        k = -1
        if a >= 2 and t.words[a - 1] == "(" and b < n and t.words[b] == ")":
            k = a - 2
            if k >= 3 and t.words[k] == ")" and t.words[k - 1] in ("R", "TM") and t.words[k - 2] == "(":
                k -= 3  # "Osvira(R) (denosumab)"
        elif a >= 3 and t.lower[a - 1] in _BIOSIMILAR and t.words[a - 2] == ",":
            k = a - 3  # "Trastunusa, biosimilar trastuzumab untuk …"
        elif a >= 4 and t.lower[a - 1] in _BIOSIMILAR and t.lower[a - 2] in ("a", "an") and t.words[a - 3] == ",":
            k = a - 4
        if k < 0 or ctx.owner[k] < 0:
            continue
        brand = ctx.owner[k]
        y = ctx.mentions[brand]
        s0 = ctx.spans[brand][0]
        whole = s0 == 0 or t.newline_before[s0] or not is_cap(t.words[s0 - 1])  # not "Batukol [Anak Sirup]"
        if y is not None and y.type == "Product" and y.text[:1].isupper() and ctx.spans[brand][1] == k + 1 and whole:
            glossed.setdefault(x.text.lower(), []).append((brand, y.text))
    for inn, brands in glossed.items():
        if len({b for _, b in brands}) != 1:
            continue  # two brands of one substance: the substance alone names neither
        brand, name = brands[0]
        for m, x in enumerate(ctx.mentions):
            if x is not None and x.type == "Product" and x.text.lower() == inn:
                ctx.mentions[m] = replace(x, canonical=name)  # the brand names the entity, the substance is its alias
                ctx.link(brand, m)
