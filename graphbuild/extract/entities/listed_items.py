"""Brands in a bullet list whose other items are brands: "- Kardiora (siRNA …) — …" under "- Dermalix (krim …)".

Why: articles and releases list the products they name as bullets, each item a name and then its gloss after a
bracket or a dash. Other rules find most items by their gloss ("krim …", "vaksin …"); an item glossed by
something no rule reads ("siRNA penurun …", a substance in italics, "SPF 50 PA++++") is a brand of the same list.
Only a run of at least three items is read, at least two of them already brands and none of another type, and
only an item whose name part holds no lower-case word.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

_BULLETS = frozenset({"-", "*", "•", "–"})
_GLOSS = frozenset({"(", "—", "–", "-"})  # (not ":": "- Temuan: …", "- Tindakan: …" label a detail)


def find(ctx: Ctx) -> None:
    t = ctx.t
    if "\n-" not in t.text and "\n*" not in t.text and "\n•" not in t.text:
        return
    n = len(t.words)
    group: list[tuple[int, int]] = []
    k = 0
    while k < n:
        if not (t.newline_before[k] and t.words[k] in _BULLETS):
            k += 1
            continue
        e = k + 1
        while e < n and not t.newline_before[e]:
            e += 1
        item = _name(t, k + 1, e)
        if group and item is not None and _line_before(t, k) == group[-1][0] - 1:
            group.append(item)
        else:
            _settle(ctx, group)
            group = [item] if item is not None else []
        k = e
    _settle(ctx, group)


def _line_before(t, k: int) -> int:  # type: ignore[no-untyped-def]
    """The first token of the line before token ``k`` (the line's bullet)."""
    i = k - 1
    while i > 0 and not t.newline_before[i]:
        i -= 1
    return i


def _name(t, a: int, e: int) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """The name part [a, s) of a bullet line [a, e): capitalised words, codes and signs up to its gloss."""
    s = a
    while s < e and s - a < 12 and not (s > a and t.words[s] in _GLOSS):
        w = t.words[s]
        if any(ch.islower() for ch in w[:1]) or w in (",", ";", "."):
            return None
        s += 1
    if s == a or s >= e or t.words[s] not in _GLOSS or not t.words[a][:1].isupper() or not t.words[a][1:2].isalpha():
        return None
    return a, s


def _settle(ctx: Ctx, group: list[tuple[int, int]]) -> None:
    if len(group) < 3:
        return
    known = 0
    for a, _b in group:
        o = ctx.owner[a]
        if o >= 0 and (ctx.type_at(a) != "Product" or ctx.spans[o][0] != a):
            return  # a list of companies, places or people (or a brand inside a longer item)
        known += o >= 0
    if known < 2:
        return
    for a, b in group:
        if ctx.owner[a] < 0 and max(ctx.owner[a:b]) < 0:
            ctx.add(a, b, "Product", None, "cue")
