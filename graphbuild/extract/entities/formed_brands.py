"""Brands told by their dosage or cosmetic form (run from :mod:`.products`).

The form inside the name ("Flumidon Sirup", "Temulawak Beauty Night Cream", "Pil Tawon Sakti") or a lower-case
form word right after it ("Pruvalin cream", "Redacid tablet"). No cue word leads these names, so they are read
from the form word back or forward rather than from a cue; split out of ``products`` to keep it short.
"""

from __future__ import annotations

from graphbuild.extract.entities.brands import product_name
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_acronym, is_cap

_FORM_HEADS = frozenset({"Sirup", "Syrup", "Tablet", "Kapsul", "Capsule", "Cream", "Krim", "Salep", "Ointment",
                         "Injeksi", "Suspensi", "Drops", "Serum", "Lotion", "Foam", "Wash", "Toner", "Soap", "Essence",
                         "Balm", "Cleanser", "Moisturizer", "Sunscreen"})
_CLASS_HEADS = frozenset({"Jamu", "Pil"})
_GROUPS = frozenset({"Anak", "Kids", "Dewasa", "Bayi"})  # the patient group a form is made for ends the name


def named_forms(ctx: Ctx) -> None:
    """Brands whose name carries the form: "Flumidon Sirup", "Temulawak Beauty Night Cream", "Pil Tawon Sakti".

    The run must be a whole capitalised run inside a sentence (not a headline word, not at a
    sentence start), so "Sirup Obat" in a title and "Jamu Indonesia ..." opening a sentence stay out.
    """
    t = ctx.t
    n = len(t.words)
    for k in t.where(_FORM_HEADS):
        s = k
        while s - 1 >= 0 and k - s < 3 and product_name(ctx, s - 1) and is_cap(t.words[s - 1]) \
                and not is_acronym(t.words[s - 1]) and not t.newline_before[s]:
            s -= 1
        g = k + 1 if k + 1 < n and t.words[k + 1] in _GROUPS and not t.newline_before[k + 1] else k
        if s < k and _opens_run(t, s) and (g + 1 >= n or not is_cap(t.words[g + 1]) or t.newline_before[g + 1]):
            ctx.add(s, g + 1, "Product", None, "cue")  # (with its patient group: "Febrinol Sirup Anak")
        elif s < k and _item(t, s, k):  # "- Dewi Sri Lulur Serum – tanpa notifikasi": a bullet item that is the brand
            ctx.add(s, k + 1, "Product", None, "cue")
        elif s < k and s >= 2 and _item(t, s - 1, k) and ctx.type_at(s - 1) == "Location" \
                and ctx.spans[ctx.owner[s - 1]] == (s - 1, s):
            ctx.drop(ctx.owner[s - 1])  # "- Bali Glow Whitening Cream – …": a place word opening the item is the brand's
            ctx.add(s - 1, k + 1, "Product", None, "cue")
    for k in t.where(_CLASS_HEADS):
        f = k + 1
        while f < n and f - k <= 4 and product_name(ctx, f) and is_cap(t.words[f]) and not is_acronym(t.words[f]) \
                and not t.newline_before[f]:
            f += 1
        if f - k >= 3 and _opens_run(t, k) and (f >= n or not is_cap(t.words[f])):
            ctx.add(k, f, "Product", None, "cue")
    _listed_forms(ctx)


# a form word opening a listed brand's name: "Kapsul Asam Urat Sendi Kuat", "7. Salep Kulit Gatal 88"
_LISTED_HEADS = frozenset({"Kapsul", "Salep", "Krim", "Losion", "Sirup", "Serbuk", "Jamu", "Pil"})
_LIST_BEFORE = frozenset({",", ":", "dan", "serta", "adalah", "yakni", "yaitu", "-", "*", "\u2022"})
_ITEM_AFTER = frozenset({",", ".", ";", "\u2013", "\u2014", "-", "(", ":"})


def _listed_forms(ctx: Ctx) -> None:
    """A form word opening an item of a list of brands ("adalah Jamu X, Kapsul Asam Urat Sendi Kuat, dan …", a
    numbered line "7. Salep Kulit Gatal 88 — …") names the product with the form, as recall lists write it; a brand
    word already found inside ("Tolak Angin") is part of the longer name."""
    t = ctx.t
    n = len(t.words)
    w = t.words
    for k in t.where(_LISTED_HEADS | _ITEM_HEADS):
        if ctx.owner[k] >= 0 or k == 0 or t.newline_before[k]:
            continue
        item = k >= 2 and w[k - 1] == "." and w[k - 2].isdigit() and (k == 2 or t.newline_before[k - 2])  # "7. Salep …"
        if not item and (w[k] in _ITEM_HEADS or w[k - 1] not in _LIST_BEFORE or (t.headline and t.headline[k])):
            continue  # (a numbered line in capitals can look like a headline)
        f = k + 1
        while f < n and f - k <= 5 and not t.newline_before[f] and (
                (is_cap(w[f]) and not is_acronym(w[f]) and (product_name(ctx, f) or ctx.type_at(f) in _INNER
                                                             or _plain(ctx, f)))
                or (w[f].isdigit() and len(w[f]) <= 3 and f - k >= 2)):
            f += 1
        if f - k < 3 or (f < n and not t.newline_before[f] and w[f] not in _ITEM_AFTER):
            continue
        if any(ctx.owner[x] >= 0 and not (k <= ctx.spans[ctx.owner[x]][0] and ctx.spans[ctx.owner[x]][1] <= f)
               for x in range(k + 1, f)):
            continue
        ctx.add(k, f, "Product", None, "cue")


_INNER = frozenset({"Product", "Location"})


def _plain(ctx: Ctx, f: int) -> bool:
    """A free common word a brand is made of ("Sehat", "Anak"): not an institution's word, a date or a legal form."""
    t = ctx.t
    w = t.words[f]
    c = t.cue
    return ctx.owner[f] < 0 and not t.masked[f] and w not in c.institutional and w not in c.dates and w not in c.legal_forms
_ITEM_HEADS = frozenset({"Obat"})  # "9. Obat Kuat Tongkat Batak — …": only as a numbered item's head


_BULLETS = frozenset({"-", "*", "\u2022"})
_ITEM_ENDS = frozenset({"\u2013", "\u2014", "-", "(", ",", ":", ";"})


def _item(t, s: int, k: int) -> bool:  # type: ignore[no-untyped-def]
    """Tokens [s, k] make a whole bullet item's head: a bullet opens the line before s, and a dash, a bracket, a
    comma or the line's end comes after the form word k."""
    n = len(t.words)
    return (s >= 1 and t.words[s - 1] in _BULLETS and (s == 1 or t.newline_before[s - 1]) and not t.newline_before[s]
            and (k + 1 >= n or t.newline_before[k + 1] or t.words[k + 1] in _ITEM_ENDS))


def _opens_run(t, s: int) -> bool:  # type: ignore[no-untyped-def]
    """Token ``s`` starts a capitalised run mid-sentence (after a lower-case word or a comma)."""
    if s == 0 or t.newline_before[s] or (t.headline and t.headline[s]):
        return False
    p = t.words[s - 1]
    return p in (",", "(") or (p[:1].islower() and p not in ("dan", "and")) or p in ("dan", "and")


# tokens after which a capitalised word opens a sentence or a quote ('"Kalau kapsul …," ujarnya'), no brand's case
_SENTENCE_OPENERS = frozenset({".", "!", "?", '"', "\u201c", "'", "\u2018"})
_DOSAGE_FORMS = frozenset({"cream", "krim", "salep", "ointment", "gel", "tablet", "tablets", "kapsul", "capsule",
                           "capsules", "sirup", "syrup", "injeksi", "injection", "suspensi", "suspension", "tetes",
                           "drops", "spray", "patch", "inhaler"})


def dosage_forms(ctx: Ctx) -> None:
    """A brand named with its dosage form after it: "Pruvalin cream", "Redacid tablet"."""
    t = ctx.t
    for k in t.where(_DOSAGE_FORMS):  # lower-case form words only
        j = k - 1
        if (j > 0 and not t.newline_before[k] and product_name(ctx, j) and is_cap(t.words[j])
                and not is_acronym(t.words[j]) and t.words[j - 1] not in _SENTENCE_OPENERS
                and not is_cap(t.words[j - 1]) and not t.newline_before[j]):
            ctx.add(j, j + 1, "Product", None, "cue")
        elif (j > 1 and not t.newline_before[k] and not t.newline_before[j] and not t.newline_before[j - 1]
              and is_cap(t.words[j]) and is_cap(t.words[j - 1]) and not is_acronym(t.words[j - 1])
              and product_name(ctx, j - 1) and product_name(ctx, j) and t.words[j - 2] in ("-", "\u2022", ",", ":")):
            ctx.add(j - 1, j + 1, "Product", None, "cue")  # "- Imunofit Kids sirup 100 ml": a two-word brand opening a list item
    _described_forms(ctx)


# what a longer brand's form may be, after up to two describing words ("herbal capsules", "skin gel", "effervescent")
_LIST_FORMS = _DOSAGE_FORMS | {"effervescent", "softgel", "softgels", "powder", "serbuk", "lozenges", "sachets"}
# tokens after which a listed item opens ("includes A and B", "products: A, B", "produce the X")
_ITEM_OPENERS = frozenset({",", ":", ";", "and", "dan", "serta", "the", "its", "our", "includes", "including", "produce",
                           "produces", "market", "markets", "memproduksi", "yakni", "yaitu", "seperti"})


def _described_forms(ctx: Ctx) -> None:
    """A two- or three-word brand an item of a list names with its form after it: "Sambiloto Plus herbal capsules",
    "Kunyit Emas curcumin capsules", "Jahe Merah Forte effervescent". Press releases write a local brand (often
    Indonesian words) this way; the form word closes the name, the words before it say what it holds."""
    t = ctx.t
    w = t.words
    for k in t.where(_LIST_FORMS):  # lower-case form words only
        f = k
        while f > 0 and k - f < 2 and w[f - 1].islower() and w[f - 1].isalpha() and w[f - 1] not in _ITEM_OPENERS:
            f -= 1  # "herbal", "curcumin", "skin"
        s = f
        while s > 0 and f - s < 3 and is_cap(w[s - 1]) and not is_acronym(w[s - 1]) and product_name(ctx, s - 1) \
                and not t.newline_before[s]:
            s -= 1
        if f - s < 2 or s == 0 or w[s - 1] not in _ITEM_OPENERS or t.newline_before[s] or t.newline_before[k] \
                or (k + 1 < len(w) and is_cap(w[k + 1])) or any(t.newline_before[x] for x in range(s, k + 1)):
            continue
        ctx.add(s, f, "Product", None, "cue")
