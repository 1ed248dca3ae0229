"""Brands named by a brand cue: 'nama dagang X', 'brand name X', quoted names after a product word,
a name written with its strength ('X Novamed 6 mg/mL'); and the name-shape helpers the cue-led rules share:
a jamu brand's "Cap …" part, a brand closed by a place ("merek Tongkat Borneo"), a brand list after "merek".
Quoted names after a product word are read in ``quoted_brands``.

Split from ``products`` (the cue-led product rules) to keep each module short.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import chain

from graphbuild.extract.entities import quoted_brands
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.described_brands import SALTS
from graphbuild.extract.entities.tokens import is_acronym

# "fase III", "semester II-2026", "kuartal IV-2025": a Roman numeral (with a year) is never a product
_ROMAN_NUMBER = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})(?:[-/]\d{2,4})?$")


def cap_tail(ctx: Ctx, e: int) -> int:
    """The end of a name at ``e`` extended over "Cap" and up to two capitalised words: a jamu brand's
    trademark part ("Pegal Linu Cap Kuda Perkasa", "Minyak Angin Cap Kapak")."""
    t = ctx.t
    if e + 1 < len(t.words) and t.words[e] == "Cap" and ctx.owner[e] < 0 and not t.newline_before[e] and product_name(ctx, e + 1):
        e += 2
        if e < len(t.words) and product_name(ctx, e) and t.words[e][:1].isupper() and not t.newline_before[e]:
            e += 1
    return e


def product_name(ctx: Ctx, k: int) -> bool:
    """Token k can be a word of a product's name (free, capitalised or an acronym, not a date or number)."""
    t = ctx.t
    w = t.words[k]
    c = t.cue
    return (
        _ROMAN_NUMBER.match(w) is None
        and ctx.owner[k] < 0
        and not t.masked[k]
        and (is_acronym(w) or (w[:1].isupper() and w not in c.generic and w not in c.institutional))
        and w not in c.not_org_acronyms
        and w not in ctx.not_entities
        and w not in c.dates
        and w.split("-", 1)[0] not in c.dates  # "Januari-September": a period
        and not w.isdigit()
        and _LONG_NUMBER(w) is None  # "(NIE DTL1234567890A1)": a registration or batch number, not a name
        and _MONEY(w) is None  # "penjualan Rp6,8 triliun": an amount
    )


_LONG_NUMBER = re.compile(r"\d{7}").search
_MONEY = re.compile(r"(?:Rp|US\$|USD|IDR|S\$|RM)\d").match


def find(ctx: Ctx) -> None:
    _brand_names(ctx)
    quoted_brands.find(ctx)


_BRAND = frozenset({"brand", "merek", "merk", "dagang"})
_BRAND_FILLER = frozenset({"name", "nama", "names", "dengan"})
_REFERRED = frozenset({"product", "drug", "biosimilar", "vaccine", "medicine"})
_OWN_FORM = frozenset({"kapsul", "tablet", "kaplet", "sirup", "krim", "salep", "jamu", "suplemen", "capsules", "tablets",
                       "syrup", "cream", "ointment", "serbuk", "minuman", "teh", "madu"})


def _brand_names(ctx: Ctx) -> None:
    """"enavogliflozin, …, marketed under the brand name Envlo": the brand is the same product."""
    t = ctx.t
    for k in t.where(_BRAND, lower=True):
        _under_the_brand(ctx, k)
        j = k + 1
        while j < len(t.words) and t.lower[j] in _BRAND_FILLER:
            j += 1
        if j < len(t.words) and ctx.owner[j] < 0 and _trade_name_cue(t, k) and t.words[j][:1].isupper() and not t.masked[j]:
            e = j + 1
            while e < len(t.words) and e - j < 5 and t.words[e][:1].isupper() and ctx.owner[e] < 0 and not t.newline_before[e]:
                e += 1
            ctx.add(j, e, "Product", None, "cue")  # "dengan nama dagang Bevatempo": an unknown brand
        if j >= len(t.words) or ctx.type_at(j) != "Product":
            continue
        brand = ctx.owner[j]
        i = k - 1
        referred = False
        while i >= 0 and k - i < 40 and t.words[i] not in (".", ";") and not t.newline_before[i + 1]:
            if t.lower[i] in ("dan", "serta", "and") and t.lower[i + 1] in _OWN_FORM:
                break  # "tablet parasetamol dan kapsul temulawak merek X": the brand's own product, another one before
            if ctx.type_at(i) == "Product" and ctx.owner[i] != brand:
                ctx.link(ctx.owner[i], brand)
                break
            referred = referred or (t.lower[i] in _REFERRED and i > 0 and t.lower[i - 1] in ("the", "this"))
            i -= 1
        else:
            if referred:  # "In Indonesia the product will be marketed … under the brand name Osvira": the one named before
                prior = [m for m in range(len(ctx.mentions)) if ctx.mentions[m] is not None and m != brand
                         and ctx.mentions[m].type == "Product" and ctx.spans[m][1] <= i]  # type: ignore[union-attr]
                named = [m for m in prior if not ctx.mentions[m].text[:1].islower()]  # type: ignore[union-attr]
                if named:  # the product named before, not a substance it was described by
                    ctx.link(max(named, key=lambda m: ctx.spans[m][0]), brand)


def _under_the_brand(ctx: Ctx, k: int) -> None:
    """"sold under the Tetravak brand": the capitalised words between "under the" and "brand" name it."""
    t = ctx.t
    s = k
    while s - 1 >= 0 and k - s < 3 and t.words[s - 1][:1].isupper() and ctx.owner[s - 1] < 0 and not t.masked[s - 1]:
        s -= 1
    if k - s and s >= 2 and t.lower[s - 1] == "the" and t.lower[s - 2] == "under" and t.lower[k] == "brand":
        ctx.add(s, k, "Product", None, "cue")


def _trade_name_cue(t: object, k: int) -> bool:
    """"nama dagang" / "merek dagang" / "brand name" / "trade name": what follows is a brand name."""
    low = t.lower  # type: ignore[attr-defined]
    if low[k] == "dagang":
        return k > 0 and low[k - 1] in ("nama", "merek", "merk")
    return low[k] == "brand" and k + 1 < len(low) and low[k + 1] == "name"


# strength units, lower-cased (also read by ``explained`` for glosses like "(ceftriaxone 1 g)")
UNITS = frozenset({"mg", "mg/ml", "mg/g", "mcg", "µg", "g", "ml", "iu", "iu/ml", "mg/5ml", "mcg/ml", "unit", "units"})
NUMBER = re.compile(r"^\d+(?:[.,]\d+)?$")
_PER_VOLUME = re.compile(r"^(?:mg|g|mcg|µg|iu)/\d+(?:[.,]\d+)?$", re.I)


_FORMS = frozenset({"kapsul", "tablet", "kaplet", "capsules", "tablets"})  # a dosage form written between brand and strength


def strengths(ctx: Ctx) -> None:
    """A name written with its strength is a product: "Paclitaxel Novamed 6 mg/mL", "Parasetamol Kimia 500 mg"."""
    t = ctx.t
    for k in t.where(UNITS, lower=True):
        num = k - 1 - (k >= 2 and bool(_PER_VOLUME.match(t.words[k - 1])))  # "Ondasid 4 mg/2 ml": "mg/2" is one token
        if num < 1 or not NUMBER.match(t.words[num]) or t.newline_before[num] or t.newline_before[k]:
            continue
        s = num
        if s - 2 >= 0 and t.words[s - 1] in _FORMS and t.words[s - 2][:1].isupper() and ctx.owner[s - 2] < 0 \
                and product_name(ctx, s - 2) and not t.newline_before[s - 1]:
            s -= 1  # "Glucoandro kapsul 500 mg": a lower-case dosage form between the brand and its strength
        while s - 1 >= 0 and num - s < 3 and not t.newline_before[s] and t.words[s - 1][:1].isupper() \
                and not is_acronym(t.words[s - 1]) and (product_name(ctx, s - 1) or ctx.type_at(s - 1) == "Product") \
                and not (ctx.owner[s - 1] >= 0 and ctx.spans[ctx.owner[s - 1]][0] < s - 1):
            s -= 1  # (not into the end of a longer name: "vitamin D3 Dvita 1000 IU" is Dvita's strength)
        while s < num and (s == 0 or t.newline_before[s] or t.words[s - 1] in (".", "!", "?", '"', "“")) \
                and ctx.type_at(s) != "Product" and not (s + 1 < num and t.lower[s + 1] in _FORMS and ctx.owner[s] < 0):
            s += 1  # "Sebanyak 500 mg", "Dosis X 500 mg": a capitalised sentence opener is no name word
            # (but "Glucoandro Kapsul 500 mg …": an opener before a dosage form is the brand)
        if t.words[s] in SALTS:
            continue  # "dekstrometorfan HBr 15 mg/5 ml": the strength of a substance given as its salt
        if s < num and any(ctx.owner[x] < 0 for x in range(s, num)):  # "Parasetamol 500 mg" stays the substance
            ctx.add(s, k + 1, "Product", None, "cue")


_SEPARATORS = frozenset({",", "dan", "and", "serta"})
_LIST_END = frozenset({".", ";", ")", ":"})


def listed(ctx: Ctx) -> None:
    """"includes Natur-E, Enervon-C, Decolgen, Neozep and Cerebrofort": in a list of two or more known
    products, the other capitalised items are products too."""
    t = ctx.t
    n = len(t.words)
    # the tokens of known products, read once: what is added below lies before the walk's position
    # (a live mention owns exactly the tokens of its span: read from the mentions, not from every token)
    spans = ctx.spans
    prods = sorted(chain.from_iterable(range(*spans[m]) for m, x in enumerate(ctx.mentions)
                                       if x is not None and x.type == "Product"))
    k = 0
    while k < n:
        if ctx.type_at(k) != "Product":
            j = bisect_left(prods, k + 1)  # the next known product token
            k = prods[j] if j < len(prods) else n
            continue
        start = k
        while True:  # walk back over items to the list's first one
            p = start - 1
            if p < 1 or t.words[p] != "," or t.newline_before[start]:
                break
            s = p
            while s - 1 >= 0 and p - s < 3 and product_name(ctx, s - 1) and t.words[s - 1][:1].isupper() and not t.newline_before[s]:
                s -= 1
            if s == p or s == 0 or t.words[s - 1][:1].isupper() or t.words[s - 1] in (".", "!", "?"):
                break
            start = s
        items: list[tuple[int, int, bool]] = []
        pos = start
        while pos < n:
            if ctx.type_at(pos) == "Product":
                b = ctx.spans[ctx.owner[pos]][1]
                items.append((pos, b, True))
            else:
                b = pos
                while b < n and b - pos < 3 and product_name(ctx, b) and t.words[b][:1].isupper() and not t.newline_before[b]:
                    b += 1
                if b == pos or (b < n and t.words[b] not in _SEPARATORS and t.words[b] not in _LIST_END):
                    break
                items.append((pos, b, False))
            pos = b
            while pos < n and t.words[pos] in _SEPARATORS and not t.newline_before[pos]:
                pos += 1
            if pos == b:
                break
        if sum(1 for _, _, known in items if known) >= 2 and len(items) >= 3:
            for a, b, known in items:
                if not known:
                    ctx.add(a, b, "Product", None, "pattern")
        k = max(k + 1, items[-1][1] if items else k + 1)


def place_ended(ctx: Ctx, j: int, e: int) -> bool:
    """Token ``e`` is a one-word place closing the one-word name at ``j`` ("Tongkat Borneo"): the name
    ends there (no capitalised word follows) and the name is a plain word, not a code or acronym."""
    t = ctx.t
    return (e < len(t.words) and ctx.type_at(e) == "Location" and ctx.spans[ctx.owner[e]] == (e, e + 1) and t.words[e].isalpha()
            and not t.newline_before[e] and t.words[j].isalpha() and not is_acronym(t.words[j])
            and (e + 1 >= len(t.words) or not t.words[e + 1][:1].isupper()))


def coordinated_brands(ctx: Ctx, e: int) -> None:
    """"merek Imboost dan Curcuma Plus": the brand coordinated with a brand is one too; so is each of a
    comma list closed by "dan" ("bermerek A, B Cap C, dan D")."""
    t = ctx.t
    n = len(t.words)
    items: list[tuple[int, int]] = []
    while e + 1 < n and t.words[e] == "," and not t.newline_before[e + 1]:
        j = e + 1
        f = _brand_end(ctx, j)
        if f == j or f >= n or t.words[f] not in (",", "dan", "serta", "and"):
            if j < n and t.words[j] in ("dan", "serta", "and"):
                e = j  # "A, B, dan C": the last item after the serial comma
                break
            return
        items.append((j, f))
        e = f
    if items and (e >= n or t.words[e] not in ("dan", "serta", "and")):
        return
    for j, f in items:
        ctx.add(j, f, "Product", None, "cue")
    if e + 1 >= n or t.words[e] not in ("dan", "serta", "and") or t.newline_before[e + 1]:
        return
    j = e + 1
    f = _brand_end(ctx, j)
    if f > j and (f >= n or not t.words[f][:1].isupper()):
        ctx.add(j, f, "Product", None, "cue")


def _brand_end(ctx: Ctx, j: int) -> int:
    """The end of a brand list item starting at ``j``: up to four capitalised name words, then a "Cap …" tail."""
    t = ctx.t
    n = len(t.words)
    f = j
    while f < n and f - j < 4 and product_name(ctx, f) and t.words[f][:1].isupper() and t.words[f] != "Cap" \
            and not t.newline_before[f]:
        f += 1
    return cap_tail(ctx, f) if f > j else f
