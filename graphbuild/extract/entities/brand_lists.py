"""Brands in a list a product word opens: "Produk unggulan perusahaan, antara lain Imunovit dan Flucare",
"such as A, B and C", "Ketiga obat tersebut adalah A, B, dan C".

Run right after ``classed`` (whose class-phrase rule finds the single brands); split from it to keep each module
short. What counts as a brand's name (``brand_end``, ``add_brand``) stays in ``classed``.
"""

from __future__ import annotations

from graphbuild.extract.entities.classed import END, HEADS, SEP, add_brand, brand_end
from graphbuild.extract.entities.context import Ctx

# words that open a list of the brands a product word announced
_LIST_OPENERS = frozenset({"seperti", "yakni", "yaitu", "termasuk", "meliputi", "including", "mencakup", "diantaranya",
                           "includes", "include", "comprises", "mencakupi"})
_OPENER_WORDS = _LIST_OPENERS | {"lain", "as", "antaranya", "adalah", "ialah", ":"}
_BULLET_MARKS = frozenset({"-", "*", "\u2022", "\u2013", "\u00b7"})


def _announced(t, k: int, back: int = 12) -> bool:  # type: ignore[no-untyped-def]
    """A product word stands in the same sentence before token ``k``."""
    for i in range(k - 1, max(-1, k - back), -1):
        if t.words[i] in END and t.words[i] != ")":
            return False
        if t.lower[i] in HEADS or t.lower[i] in ("portofolio", "portfolio", "lini", "brands", "merek-merek",
                                                 "produk-produk", "obat-obatan"):
            return True
        if t.newline_before[i]:
            return False
    return False


def _past_gloss(t, f: int) -> int:  # type: ignore[no-untyped-def]
    """The token after a short bracketed gloss "(klorfeniramin maleat)" opening at ``f`` on the same line, else ``f``."""
    if f >= len(t.words) or t.words[f] != "(":
        return f
    for j in range(f + 1, min(len(t.words), f + 8)):
        if t.newline_before[j] or t.words[j] == "(":
            return f
        if t.words[j] == ")":
            return j + 1
    return f


def find(ctx: Ctx) -> None:
    """"Produk unggulan perusahaan, antara lain Imunovit dan Flucare" / "such as A, B and C"."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(_OPENER_WORDS, lower=True):
        if k >= n - 1:
            break
        low = t.lower[k]
        opener = low in _LIST_OPENERS or (low == "lain" and k > 0 and t.lower[k - 1] == "antara") or (
            low == "as" and k > 0 and t.lower[k - 1] == "such") or (low == "antaranya" and t.lower[k - 1] == "di")
        # "Ketiga obat tersebut adalah A, B, dan C", "three new drugs: A, B and C": only a list of two or more
        copular = low in ("adalah", "ialah", ":")
        if not (opener or copular) or not _announced(t, k):
            continue
        items: list[tuple[int, int]] = []
        pos = k + 1
        if pos < n and t.words[pos] == ":" and low != ":":
            pos += 1
        first = pos if pos < n and t.words[pos - 1] == ":" and t.newline_before[pos] and t.words[pos] not in _BULLET_MARKS else -1
        while pos < n and (not t.newline_before[pos] or pos == first):  # ("antara lain:" and the list on the next line)
            # a known item, else a name of up to four words ("Pegal Linu Sari Ayu")
            f = ctx.spans[ctx.owner[pos]][1] if ctx.type_at(pos) == "Product" else brand_end(ctx, pos, most=4, line_start=pos == first)
            if pos < f < n and ctx.type_at(f) == "Location" and any(t.lower[i] not in HEADS for i in range(pos, f)) and (
                    g := ctx.spans[ctx.owner[f]][1]) - pos <= 4 and ctx.spans[
                    ctx.owner[f]][0] == f and g < n and (t.words[g] in SEP or t.words[g] in END):
                f = g  # "Sari Kunyit Celebes, …": a place word ends the brand's name
            g = _past_gloss(t, f) if opener else f  # "antara lain A (parasetamol), B dan C": the list goes on past a gloss
            # (not after a colon: "Produk: A (x) dan B (y)" is the gloss rules' to read)
            if f == pos or (g < n and t.words[g] not in SEP and t.words[g] not in END and not t.words[g].islower()):
                break
            items.append((pos, f))
            pos = f = g
            d = pos
            while d < n and d - f < 8 and t.words[d].isalpha() and t.words[d].islower() and t.words[d] not in SEP:
                d += 1  # "Inlacin untuk membantu mengontrol gula darah dan Redacid …": a description between items
            if d > f and d < n and t.words[d] in SEP:
                pos = d
            while pos < n and t.words[pos] in SEP:
                pos += 1
            if pos == f:
                break
        for a, b in items if len(items) > 1 or not copular else ():
            if _past_gloss(t, b) == b:  # a glossed item is the gloss rule's ("Seftrilas (seftriakson 1 g)": one product)
                add_brand(ctx, a, b)


# a factsheet's product field: "- **Produk utama:** Mahagesic (parasetamol), Laktovin, Tussiprim", "Key products: A, B"
_FIELD_WORDS = frozenset({"produk", "products", "product", "merek", "brands"})
_FIELD_MODS = frozenset({"utama", "unggulan", "andalan", "key", "main", "flagship", "lead", "major"})
_FIELD_SEP = frozenset({",", ";", "dan", "and", "serta", "&"})


def _field_start(t, k: int) -> int:  # type: ignore[no-untyped-def]
    """Where the values of a product field whose label holds token ``k`` begin, or -1: the label opens its line
    (after a bullet) and ends in a colon within two modifier words."""
    i = k
    if i > 0 and t.lower[i - 1] in _FIELD_MODS and not t.newline_before[i]:
        i -= 1  # "Key products:"
    while i > 0 and t.words[i - 1].strip("*") == "" and not t.newline_before[i] and k - i < 4:
        i -= 1  # "- **Produk:**" where the bold marks stay
    if not (t.newline_before[i] or i > 0 and t.words[i - 1] in _BULLET_MARKS and t.newline_before[i - 1]):
        return -1
    j = k + 1
    while j < len(t.words) and j - k <= 2 and t.lower[j] in _FIELD_MODS and not t.newline_before[j]:
        j += 1
    if j + 1 < len(t.words) and t.words[j] == ":" and not t.newline_before[j + 1]:
        j += 1
        while j + 1 < len(t.words) and t.words[j].strip("*") == "" and not t.newline_before[j + 1]:
            j += 1
        return j
    return -1


def _field_name(ctx: Ctx, a: int, n: int) -> int:
    """End of the brand that opens a field at ``a`` (capitalised words, codes and strengths, up to four), or ``a``."""
    t = ctx.t
    c = t.cue
    e = a
    while e < n and e - a < 4 and not t.newline_before[e] and t.words[e] not in _FIELD_SEP and t.words[e] not in END and (
            t.words[e][:1].isupper() or t.words[e].isdigit() and e > a) and t.words[e] not in c.generic and (
            t.words[e] not in c.institutional) and t.words[e] not in ("(", "PT", "CV", "Tbk"):
        m = ctx.owner[e]
        if m >= 0 and (ctx.mentions[m] is None or ctx.mentions[m].type != "Product" and (  # type: ignore[union-attr]
                ctx.spans[m][0] == a or ctx.spans[m][1] - ctx.spans[m][0] > 1)):
            return a  # a company or place opens the field (or a longer name runs through it)
        e += 1
    if e == a or e < n and not t.newline_before[e] and t.words[e] not in _FIELD_SEP and t.words[e] not in ("(", ".", ";"):
        return a  # the field goes on in other words: a description, not a list of names
    return e


def fields(ctx: Ctx) -> None:
    """"- **Produk utama:** Mahagesic (parasetamol), Laktovin, Tussiprim": each capitalised value is a brand (run after
    ``explained``, which reads a value glossed with its substance first)."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(_FIELD_WORDS, lower=True):
        pos = _field_start(t, k)
        if pos < 0:
            continue
        found: list[tuple[int, int]] = []
        while pos < n and not t.newline_before[pos]:
            e = _field_name(ctx, pos, n)
            if e > pos and not (e + 1 < n and t.words[e] == "(" and ctx.type_at(e + 1) == "Product"):
                found.append((pos, e))  # (a value glossed with its substance is the gloss rule's: ``explained``)
            while pos < n and not t.newline_before[pos] and t.words[pos] not in _FIELD_SEP:
                pos += 1  # on to the next value, past a gloss "(parasetamol)"
            while pos < n and not t.newline_before[pos] and t.words[pos] in _FIELD_SEP:
                pos += 1
        for a, e in found:
            ctx.add(a, e, "Product", None, "cue")
