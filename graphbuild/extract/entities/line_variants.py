"""Variants named after a product line: "Hanbit Derma Cica Barrier Cream", "Serat Ayu Body Serum Kunyit-Kemiri",
"Puspa Vita Vitamin D3 1000 IU" once "Hanbit Derma", "Serat Ayu", "Puspa Vita" are products of the text.

Why: a release names a line (merek, brand) and then its items as the line's name followed by title-case words that
say what the item is. Other rules stop at the line's name, at a substance the item holds ("Vitamin D3" read as
the substance) or before the form word ("… Barrier" without "Cream"). The continuation counts only when it holds
a dosage or cosmetic form word ("Cream", "Serum", "Kapsul") or a strength ("1000 IU"), so "Serat Ayu Raih
Penghargaan" (a headline) and "Puspa Vita 2025" stay apart.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

_FORMS = frozenset({
    "cream", "krim", "serum", "gel", "toner", "mist", "lotion", "losion", "essence", "cleanser", "balm", "sunscreen",
    "masker", "mask", "shampoo", "sampo", "soap", "sabun", "spray", "drops", "tetes", "powder", "bedak", "serbuk",
    "softgel", "tablet", "tablets", "kaplet", "kapsul", "capsule", "capsules", "sirup", "syrup", "salep", "ointment",
    "injeksi", "injection", "effervescent", "oil", "patch", "foam", "ampoule", "ampul", "moisturizer", "moisturiser",
})
_UNITS = frozenset({"mg", "g", "mcg", "µg", "iu", "ml", "mg/ml", "ie"})
# title-case words that make the run a site, an event or a firm, not an item of the line
_NOT_ITEM = frozenset({
    "Plant", "Pabrik", "Facility", "Factory", "Center", "Centre", "Expo", "Award", "Awards", "Festival", "Indonesia",
    "Tbk", "Group", "Grup", "Store", "Official", "Campaign", "Kampanye", "Series",
})
_MAX_RUN = 6


def find(ctx: Ctx) -> None:
    t = ctx.t
    lines: dict[str, list[tuple[str, ...]]] = {}
    for m, x in enumerate(ctx.mentions):
        if x is None or x.type != "Product" or x.source == "lexicon":
            continue
        a, b = ctx.spans[m]
        if 2 <= b - a <= 4:  # a line's name is two words or more ("Serat Ayu"); one word is too often a substance
            words = tuple(t.words[a:b])
            if words not in lines.get(words[0], ()):
                lines.setdefault(words[0], []).append(words)
    if not lines:
        return
    n = len(t.words)
    for i in t.where(frozenset(lines)):
        for words in lines[t.words[i]]:
            j = i + len(words)
            if j < n and tuple(t.words[i:j]) == words and not any(t.newline_before[i + 1 : j]):
                _extend(ctx, i, j, n)


def _extend(ctx: Ctx, i: int, j: int, n: int) -> None:
    t = ctx.t
    e = j
    item = worded = False
    while e < n and e - j < _MAX_RUN and not t.newline_before[e]:
        w = t.words[e]
        if w in _NOT_ITEM:
            return
        strength = t.lower[e] in _UNITS and e > j and t.words[e - 1][:1].isdigit()
        if strength:
            item = item or worded  # "Vitamin D3 1000 IU", not "Tussiflu Syrup 60 ml" (a strength after the whole name)
        elif w[:1].isupper() or w[:1].isdigit():
            item = item or t.lower[e] in _FORMS
            worded = worded or w[:1].isupper()
        else:
            break
        e += 1
    if not item or e == j or (e < n and e - j >= _MAX_RUN and not t.newline_before[e] and t.words[e][:1].isupper()):
        return
    if i > 0 and not t.newline_before[i] and t.words[i - 1][:1].isupper() and ctx.owner[i - 1] < 0 \
            and t.words[i - 1] not in ("-", "*", "•"):
        return  # "Andalas Hanbit Derma Gel": the line's name is the end of a longer name
    ctx.add(i, e, "Product", None, "cue")
