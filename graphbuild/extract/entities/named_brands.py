"""Brands named outright rather than described: after a naming verb ("produk terapi … bernama Selvora-19"), as a
company's flagship ("Produk andalan Borneo Herbal adalah Hepaborn"), set off after a company's described product
("HDI's dengue rapid test, HusaTest Dengue NS1") or as a coded device model ("the Infusa VP-3 infusion pump").

Read for ``described_brands`` (which keeps the rules that test a free name word after a description or gloss);
split from it to keep each module short.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_acronym, is_cap

_FLAGSHIP = frozenset({"andalan", "unggulan", "utama", "perdana", "flagship", "andalannya", "unggulannya", "utamanya"})


def flagship(ctx: Ctx) -> None:
    """"Produk andalan Borneo Herbal adalah Hepaborn, …": the name a company's flagship product is said to be."""
    t = ctx.t
    for k in t.where(frozenset({"adalah", "ialah", "yakni", "yaitu"})):
        i = k - 1
        while i >= 0 and k - i <= 7 and t.lower[i] not in _FLAGSHIP and t.words[i] not in (".", ",", ";"):
            i -= 1
        if i < 1 or t.lower[i] not in _FLAGSHIP or t.lower[i - 1] not in ("produk", "product", "obat", "vaksin"):
            continue
        _apposed_name(ctx, k + 1, 3)
    for k in t.where(_FLAGSHIP, lower=True):  # "Produk unggulan UD Jamu X, Beras Kencur Y, …": after its maker
        if 0 < k < len(t.words) - 1 and t.lower[k - 1] in ("produk", "product") and ctx.type_at(k + 1) == "Organization" and (
                e := ctx.spans[ctx.owner[k + 1]])[0] == k + 1 and e[1] + 1 < len(t.words) and t.words[e[1]] == ",":
            _apposed_name(ctx, e[1] + 1, 4)


_POSSESSED_HEADS = frozenset({"test", "kit", "vaccine", "drug", "device", "biosimilar", "therapy", "medicine", "product",
                              "supplement", "pump", "monitor", "ventilator", "inhaler", "insulin", "antibody"})


def possessed(ctx: Ctx) -> None:
    """"HDI's dengue rapid test, HusaTest Dengue NS1, …": the name apposed to a company's described product."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(_POSSESSED_HEADS):  # lower-case head nouns only
        if k + 2 >= n or t.words[k + 1] != ",":
            continue
        d = k - 1
        while d > 0 and k - d <= 3 and t.words[d].islower() and t.words[d].isalpha():
            d -= 1
        if not (t.words[d].endswith(("'s", "\u2019s")) and (is_cap(t.words[d]) or d > 0 and is_cap(t.words[d - 1]))):
            continue
        _apposed_name(ctx, k + 2, 4)


_NAMING = (("bernama",), ("diberi", "nama", "kerja"), ("diberi", "nama"), ("dinamai",), ("dinamakan",), ("named",))


def named(ctx: Ctx) -> None:
    """"produk terapi sel … bernama Selvora-19", "vaksin … diberi nama kerja MenACWY-BT": a product's name,
    when a product word (vaksin, obat, produk, terapi …) opens the clause before the naming verb."""
    t = ctx.t
    n = len(t.words)
    cues = t.cue.product_cues
    for k in t.where(frozenset(p[0] for p in _NAMING)):
        L = next((len(p) for p in _NAMING if tuple(t.lower[k : k + len(p)]) == p), 0)
        j = k + L
        if not L or j >= n or t.newline_before[j] or ctx.owner[j] >= 0 or t.masked[j] or not is_cap(t.words[j]):
            continue
        i = k - 1
        while i >= 0 and k - i <= 8 and t.words[i] not in (".", ";", ",", "!", "?") and t.lower[i] not in cues:
            i -= 1
        if i < 0 or k - i > 8 or t.lower[i] not in cues:
            continue
        if any(t.lower[x] in ("oleh", "seorang", "by") for x in range(i + 1, k)):
            continue  # "obat … dijual oleh seorang pedagang bernama X": the name is the seller's
        e = j + 1
        while e < n and e - j < 3 and is_cap(t.words[e]) and ctx.owner[e] < 0 and not t.newline_before[e]:
            e += 1
        w = t.words[j]
        if e - j == 1 or any(ch.isdigit() or ch == "-" for ch in w) or any(ch.isupper() for ch in w[1:]):
            ctx.add(j, e, "Product", None, "cue")  # two plain words ("Agus Salim") read as a person's name


def _apposed_name(ctx: Ctx, j: int, most: int) -> None:
    """Up to ``most`` free capitalised words from token j, closed by punctuation, are a product's name."""
    t = ctx.t
    n = len(t.words)
    e = j
    while e < n and e - j < most and not t.newline_before[e] and ctx.owner[e] < 0 and not t.masked[e] \
            and (is_cap(t.words[e]) or is_acronym(t.words[e])) and not t.cue.verb_like(t.words[e]):
        e += 1
    if e > j and e < n and t.words[e] in (",", ".", "(", ";"):
        ctx.add(j, e, "Product", None, "cue")


# lower-case class nouns a coded model name is followed by: "the Infusa VP-3 volumetric infusion pump"
_DEVICE_HEADS = frozenset({"pump", "monitor", "analyzer", "analyser", "device", "system", "kit", "ventilator", "stent",
                           "catheter", "scanner", "inhaler", "syringe", "glucometer", "oximeter", "nebulizer", "incubator"})


def coded_device(ctx: Ctx) -> None:
    """"the Infusa VP-3 volumetric infusion pump": after "the", a capitalised name with a model code, then up to
    two describing words and a device noun, is the product's name."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(frozenset({"the"}), lower=True):
        j = e = k + 1
        while e < n and e - j < 3 and ctx.owner[e] < 0 and not t.masked[e] and not t.newline_before[e] \
                and (is_cap(t.words[e]) or is_acronym(t.words[e])):
            e += 1
        if e == j or not any(ch.isdigit() for ch in t.words[e - 1]) or not t.words[e - 1][:1].isupper():
            continue
        h = e
        while h < n and h - e < 3 and t.words[h].islower() and t.words[h].isalpha() and t.lower[h] not in _DEVICE_HEADS:
            h += 1
        if h < n and t.lower[h] in _DEVICE_HEADS:
            ctx.add(j, e, "Product", None, "cue")
