"""Brand names read from how a product is named around a known one.

"Dapaphros (dapagliflozin)" (a brand glossed by its substance: one node), "the botulinum toxin
Nabota" (a brand after its lower-case class), "terapi sel bernama Selvora-19" / "diberi nama kerja
MenACWY-BT" (the name given to a product). Runs right after ``products`` (it reads the products
found there); the brand cues and product lists are in ``brands``.
"""

from __future__ import annotations

from graphbuild.extract.entities.brands import product_name
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_acronym, is_cap


def find(ctx: Ctx) -> None:
    _glossed_brands(ctx)
    _classed_brands(ctx)
    _named_products(ctx)


def _glossed_brands(ctx: Ctx) -> None:
    """"Dapaphros (dapagliflozin)": an unknown capitalised word glossed by a substance is its brand (one node)."""
    t = ctx.t
    for k in range(1, len(t) - 2):
        if t.words[k] != "(" or t.words[k + 2] != ")" or ctx.type_at(k + 1) != "Product":
            continue
        b = k - 1
        if (product_name(ctx, b) and is_cap(t.words[b]) and not is_acronym(t.words[b]) and not t.newline_before[b + 1]
                and b >= 1 and not is_cap(t.words[b - 1]) and t.words[b - 1] not in (".", "!", "?")):
            brand = ctx.add(b, b + 1, "Product", None, "cue")
            ctx.link(brand, ctx.owner[k + 1])


def _classed_brands(ctx: Ctx) -> None:
    """"the botulinum toxin Nabota": a capitalised word right after a lower-case product (its class) is the brand."""
    t = ctx.t
    n = len(t)
    for idx, m in enumerate(ctx.mentions):
        if m is None or m.type != "Product" or not m.text[:1].islower():
            continue
        j = ctx.spans[idx][1]
        if (j < n and not t.newline_before[j] and ctx.owner[j] < 0 and product_name(ctx, j) and is_cap(t.words[j])
                and not is_acronym(t.words[j]) and (j + 1 >= n or not is_cap(t.words[j + 1]))):
            ctx.add(j, j + 1, "Product", None, "cue")


_SITE_WORDS = frozenset({"pabrik", "fasilitas", "gedung", "laboratorium", "plant", "facility", "kawasan"})


_SITE_WORDS = frozenset({"pabrik", "fasilitas", "gedung", "laboratorium", "plant", "facility", "kawasan"})


def _named_products(ctx: Ctx) -> None:
    """"terapi sel CAR-T bernama Selvora-19", "Vaksin yang akan dikembangkan diberi nama kerja MenACWY-BT":
    the name given to a product the sentence speaks of."""
    t = ctx.t
    n = len(t)
    for k in t.where(frozenset({"bernama", "nama", "named"})):
        low = t.lower[k]
        if low == "nama" and (k == 0 or t.lower[k - 1] != "diberi"):
            continue
        j = k + 1
        if j < n and t.lower[j] in ("kerja", "dagang", "sandi"):
            j += 1
        if j >= n or t.newline_before[j] or ctx.owner[j] >= 0 or not product_name(ctx, j) or not is_cap(t.words[j]):
            continue
        s = k
        while s > 0 and t.words[s - 1] not in (".", "!", "?") and not t.newline_before[s] and k - s < 12:
            s -= 1
        before = {w.lower() for w in t.words[s:k]}
        if before & t.cue.product_cues and not before & _SITE_WORDS:
            ctx.add(j, j + 1, "Product", None, "cue")
