"""Brands in an English list the class noun closes or opens: "including the Temulawak Vita, Sari Jahe Merah and
Kunyit Asam Segar brands", "the Company's flagship Natur-E and Enervon-C lines", "Its flagship brands, Herbasari and
Tolakdemam, are sold …".

Why: a company boilerplate ("About X") lists its brands before the word "brands" (or "lines"), or right after
"brands" and a comma; ``brand_lists`` reads a list only after an opener ("such as", "including"). Only a list of
two or more capitalised names is read, each a free name (or a brand already), none a company, place or people.
"""

from __future__ import annotations

from graphbuild.extract.entities.classed import add_brand, brand_end
from graphbuild.extract.entities.context import Ctx

_CLASS = frozenset({"brands", "lines", "brand", "line"})
_JOIN = frozenset({",", "and", "&", "dan", "serta"})
_DEMONYM_ENDS = ("ian", "ese", "ish", "ean", "can", "ern")  # "the Korean and Japanese brands": no names


def find(ctx: Ctx) -> None:
    t = ctx.t
    if "brand" not in t.text and " lines" not in t.text:
        return
    for k in t.where(_CLASS, lower=True):
        if not t.words[k].islower():
            continue
        items = _before(ctx, k)
        if not items and t.lower[k] == "brands":
            items = _after(ctx, k)
        if len(items) >= 2 and all(_free(ctx, a, b) for a, b in items):
            for a, b in items:
                if ctx.owner[a] < 0:
                    add_brand(ctx, a, b)


def _before(ctx: Ctx, k: int) -> list[tuple[int, int]]:
    """The names that run back from the class noun at ``k``: "… the A, B and C brands"."""
    t = ctx.t
    items: list[tuple[int, int]] = []
    e = k
    while e > 0:
        a = e
        while a > 0 and a - e > -5 and t.words[a - 1][:1].isupper() and not t.newline_before[a]:
            a -= 1
        if a == e or _end(ctx, a) != e:
            break
        items.append((a, e))
        if a < 2 or t.words[a - 1] not in _JOIN:
            break
        e = a - 1
        if t.words[e - 1] == "," and t.words[e] in _JOIN:
            e -= 1  # "A, B, and C"
    if not items or t.words[items[-1][0] - 1][:1].isupper() or t.words[items[-1][0] - 1] in (",", "."):
        return []  # the list must open after a lower-case word ("the", "flagship", "including")
    return items[::-1]


def _after(ctx: Ctx, k: int) -> list[tuple[int, int]]:
    """The names the class noun at ``k`` announces after a comma or colon: "flagship brands, A and B, are …"."""
    t = ctx.t
    n = len(t.words)
    pos = k + 1
    if pos < n and t.words[pos] in (",", ":"):
        pos += 1
    items: list[tuple[int, int]] = []
    while pos < n and not t.newline_before[pos]:
        e = _end(ctx, pos)
        if e == pos:
            break
        items.append((pos, e))
        if e + 1 < n and t.words[e] == "," and t.words[e + 1].islower() and t.words[e + 1] not in _JOIN:
            return items  # "…, A and B, are sold": the list ends
        if e >= n or t.words[e] not in _JOIN:
            return items if e < n and t.words[e] in (",", ".", ";") or e < n and t.words[e].islower() else []
        pos = e + 1
        if pos < n and t.words[pos] in _JOIN:
            pos += 1
    return []


def _end(ctx: Ctx, a: int) -> int:
    """End of the brand at ``a``: one found already, else a free name of up to four words."""
    m = ctx.owner[a]
    if m >= 0:
        return ctx.spans[m][1] if ctx.type_at(a) == "Product" and ctx.spans[m][0] == a else a
    return brand_end(ctx, a, most=4)


def _free(ctx: Ctx, a: int, b: int) -> bool:
    t = ctx.t
    if b - a == 1 and t.lower[a].endswith(_DEMONYM_ENDS):
        return False
    for m in set(ctx.owner[a:b]):
        if m >= 0 and (ctx.mentions[m] is None or ctx.mentions[m].type != "Product"):  # type: ignore[union-attr]
            return False
    return True
