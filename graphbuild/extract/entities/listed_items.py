"""Brands in a bullet list whose other items are brands: "- Kardiora (siRNA …) — …" under "- Dermalix (krim …)".

Why: articles and releases list the products they name as bullets, each item a name and then its gloss after a
bracket or a dash. Other rules find most items by their gloss ("krim …", "vaksin …"); an item glossed by
something no rule reads ("siRNA penurun …", a substance in italics, "SPF 50 PA++++") is a brand of the same list.
Only a run of at least three items is read, at least two of them already brands and none of another type, and
only an item whose name part holds no lower-case word. A shorter run (two items, one a brand) is read too where
the new item's gloss opens with a lower-case description ("- Infusindo RL (ringer laktat) — PT …", "- X — jamu
celup dari …"). Numbered items ("2. Krim X – mengandung merkuri") are list items as well; a name may end in a
variant number ("Red Lip Matte No. 07") or be followed by its size ("Krim Malam X 15 g (…)").
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

_BULLETS = frozenset({"-", "*", "•", "–"})
_GLOSS = frozenset({"(", "—", "–", "-"})  # (not ":": "- Temuan: …", "- Tindakan: …" label a detail)


def find(ctx: Ctx) -> None:
    t = ctx.t
    text = t.text
    if "\n-" not in text and "\n*" not in text and "\n•" not in text and "1. " not in text and "1) " not in text:
        return
    n = len(t.words)
    group: list[tuple[int, int, int]] = []  # (bullet, name start, name end)
    top = tail = -1  # the items' indent; the last detail line nested under the last item
    k = 0
    while k < n:
        if not t.newline_before[k]:
            k += 1
            continue
        w = t.words[k]
        if w in _BULLETS:
            a = k + 1
        elif w.isdigit() and len(w) <= 2 and k + 1 < n and t.words[k + 1] in _NUMBER_MARKS:
            a = k + 2
        else:
            k += 1
            continue
        e = a
        while e < n and not t.newline_before[e]:
            e += 1
        col = _column(t, k)
        if group and (col > top or _labelled(t, a, e)) and _line_before(t, k) in (group[-1][0], tail):
            tail = k  # "  - Sponsor: PT X" under an item: its details, the list goes on after them
            k = e
            continue
        item = _name(t, a, e)
        if group and item is not None and _line_before(t, k) in (group[-1][0], tail):
            group.append((k, *item))
        else:
            _settle(ctx, group)
            group = [(k, *item)] if item is not None else []
            top = col
        tail = -1
        k = e
    _settle(ctx, group)


_NUMBER_MARKS = frozenset({".", ")"})
_UNITS = frozenset({"g", "gr", "gram", "mg", "ml", "mL", "kg", "l", "liter", "tablet", "kapsul", "sachet", "tablets",
                    "capsules"})


def _labelled(t, a: int, e: int) -> bool:  # type: ignore[no-untyped-def]
    """A detail line under an item: "Sponsor: PT X", "Mitra riset: Y" (a short label, then a colon)."""
    return any(t.words[x] == ":" for x in range(a + 1, min(e, a + 4)))


def _column(t, k: int) -> int:  # type: ignore[no-untyped-def]
    """How far token ``k`` is indented from the start of its line."""
    return t.starts[k] - t.text.rfind("\n", 0, t.starts[k]) - 1


def _line_before(t, k: int) -> int:  # type: ignore[no-untyped-def]
    """The first token of the line before token ``k`` (the line's bullet)."""
    i = k - 1
    while i > 0 and not t.newline_before[i]:
        i -= 1
    return i


def _name(t, a: int, e: int) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """The name part [a, s) of a bullet line [a, e): capitalised words, codes and signs up to its gloss."""
    s = a
    words = t.words
    while s < e and s - a < 12 and not (s > a and words[s] in _GLOSS):
        w = words[s]
        if s > a and w.isdigit() and s + 1 < e and words[s + 1] in _UNITS:
            return (a, s) if s + 2 < e and words[s + 2] in _GLOSS else None  # "Krim X 15 g (…)": its size
        if w == "." and words[s - 1] == "No" and s + 1 < e and words[s + 1][:1].isdigit():
            s += 1  # "Red Lip Matte No. 07"
            continue
        if s > a and s + 1 < e and (w == "," and words[s + 1][:1].islower() and words[s + 1] not in _NOT_DESCRIPTIONS
                                    or w in _FORM_WORDS and words[s + 1] in _GLOSS | _COMMA):
            return (a, s) if words[a][1:2].isalpha() else None  # "1. Jamu X, produksi PJ Y", "3. X Plus kapsul, …"
        if any(ch.islower() for ch in w[:1]) or w in (",", ";", "."):
            return None
        s += 1
    if s == a or s >= e or t.words[s] not in _GLOSS or not t.words[a][:1].isupper() or not t.words[a][1:2].isalpha():
        return None
    return a, s


# a name set off by a comma and a lower-case gloss ("produksi CV X", "produk impor …"); a lower-case form word
# after the name ("Sendi Waras Plus kapsul, …") is the item's gloss, not its name
_COMMA = frozenset({","})
_FORM_WORDS = frozenset({"kapsul", "tablet", "sirup", "krim", "salep", "serbuk", "pil", "jamu", "cair", "sachet"})


def _settle(ctx: Ctx, group: list[tuple[int, int, int]]) -> None:
    if len(group) < 2:
        return
    known = 0
    for _k, a, _b in group:
        o = ctx.owner[a]
        if o >= 0 and (ctx.type_at(a) != "Product" or ctx.spans[o][0] != a):
            return  # a list of companies, places or people (or a brand inside a longer item)
        known += o >= 0
    words = ctx.t.words
    if known < 1:
        _classed(ctx, group)
        return
    loose = len(group) < 3 or known < 2
    for _k, a, b in group:
        if ctx.owner[a] >= 0 or not _free(ctx, a, b):
            continue
        if loose and not _described(words, b):
            continue
        ctx.add(a, b, "Product", None, "cue")


def _classed(ctx: Ctx, group: list[tuple[int, int, int]]) -> None:
    """No item known yet: "- Jahe Merah Rimba, kapsul obat bahan alam dari PT X" and "- Batukin, sirop
    ekspektoran PT Y" are brands when two items or more are glossed by a product word; only those items are read."""
    t = ctx.t
    kinds = t.cue.product_cues | _FORM_WORDS | _MORE_FORMS
    told = [(a, b) for _k, a, b in group
            if b + 1 < len(t.words) and t.words[b] in _GLOSS | _COMMA and t.lower[b + 1] in kinds and _free(ctx, a, b)]
    if len(told) < 2:
        return
    for a, b in told:
        ctx.add(a, b, "Product", None, "cue")


# product words beyond the cue list that open an item's gloss
_MORE_FORMS = frozenset({"sirop", "serum", "infus", "cairan", "krim", "losion", "lotion", "gel", "tetes", "alat", "reagen",
                         "kit", "pil", "teh", "kopi", "minyak", "vaccine", "tablets", "capsules", "syrup", "cream"})


def _free(ctx: Ctx, a: int, b: int) -> bool:
    """Tokens [a, b) hold no mention but places inside the name ("Minyak Urut Sumbawa Super")."""
    return all(m < 0 or (ctx.mentions[m] is not None and ctx.mentions[m].type == "Location")  # type: ignore[union-attr]
               for m in set(ctx.owner[a:b]))


def _described(words: list[str], b: int) -> bool:
    """The gloss after the name opens with a lower-case description: "(ringer laktat)", "— jamu celup dari …"."""
    if words[b] in _FORM_WORDS:
        return True  # "X Plus kapsul, …": the form word itself describes it
    j = b + 1
    while j < len(words) and words[j].isdigit():
        j += 1  # "15 g (…)": past the size
    if j < len(words) and words[j] in _UNITS:
        j += 2
    return j < len(words) and words[j][:1].islower() and words[j] not in _NOT_DESCRIPTIONS


_NOT_DESCRIPTIONS = frozenset({"dan", "atau", "and", "or", "di", "in", "yang"})
