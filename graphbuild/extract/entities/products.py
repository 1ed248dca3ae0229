"""Products and programmes beyond the lexicon.

"produk inovatif NBP", "vaksin Inavac", and in approval sentences ("Persetujuan
... UCMSC dan Secretome") unknown acronyms and the names coordinated with them.
Programmes: "program Makan Bergizi Gratis", "platform SatuSehat".
"""

from __future__ import annotations

import functools
import re

from graphbuild.extract.entities import brands
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.scan import proper_tokens, run_forward
from graphbuild.extract.entities.tokens import is_acronym, is_cap

# "fase III", "semester II-2026", "kuartal IV-2025": a Roman numeral (with a year) is never a product
_ROMAN_NUMBER = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})(?:[-/]\d{2,4})?$")


def _product_name(ctx: Ctx, k: int) -> bool:
    t = ctx.t
    w = t.words[k]
    c = t.cue
    return (
        _ROMAN_NUMBER.match(w) is None
        and ctx.owner[k] < 0
        and not t.masked[k]
        and (is_acronym(w) or (is_cap(w) and w not in c.generic and w not in c.institutional))
        and w not in c.not_org_acronyms
        and w not in ctx.not_entities
        and w not in c.dates
        and not w.isdigit()
    )


def _code_name(w: str) -> bool:
    """A product code: capitalised, with a hyphen or digit and capitals after it ("Bio-TCV", "RV3-BB")."""
    last = w.rsplit("-", 1)[-1]
    return w[:1].isupper() and ("-" in w or any(ch.isdigit() for ch in w)) and last.isupper() and len(last) >= 2


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t)
    c = t.cue
    cue_words = c.product_cues | c.program_cues
    # distinct words lower-cased once each, rather than a lower-case copy of every token
    for k in t.where_word(lambda w: w.lower() in cue_words):
        if k >= n - 1:
            break
        w = t.words[k].lower()
        if w in c.product_cues and not t.masked[k]:
            j = k + 1
            if j < n and t.words[j].islower() and t.words[j] not in c.connectors and j + 1 < n:
                j += 1  # one adjective: "produk inovatif NBP"
                if j + 1 < n and t.words[j].islower() and t.words[j] not in c.connectors and _code_name(t.words[j + 1]):
                    j += 1  # two before a product code: "vaksin tifoid konjugat Bio-TCV"
            if (j < n and not t.newline_before[j] and _product_name(ctx, j) and not _names_a_class(t, j)
                    and (is_acronym(t.words[j]) or t.words[k].islower())):
                e = j + 1
                while e < n and e - j < 3 and _product_name(ctx, e) and not is_acronym(t.words[e]):
                    e += 1
                if ctx.add(j, e, "Product", None, "cue") >= 0 and w in _BRAND_CUES:
                    _coordinated(ctx, e)
        if w in c.program_cues and t.words[k].islower():
            j = k + 1
            # "program Jabar Sehat Mandiri": a place may lead the name when other words follow it
            placed = j < n and ctx.type_at(j) == "Location" and ctx.spans[ctx.owner[j]] == (j, j + 1)
            if j < n and is_cap(t.words[j]) and (ctx.owner[j] < 0 or placed) and not t.masked[j] and not t.newline_before[j]:
                e = run_forward(ctx, j, comma_list=False, max_tokens=5)
                if proper_tokens(ctx, j + 1 if placed else j, e) >= 1 and (not placed or e - j >= 3):
                    ctx.add(j, e, "Program", None, "cue")
    _approvals(ctx)
    _appositives(ctx)
    _dosage_forms(ctx)
    _named_forms(ctx)
    _substances(ctx)
    _brand_names(ctx)
    brands.find(ctx)
    _branded_codes(ctx)


def _branded_codes(ctx: Ctx) -> None:
    """"Etavax-PCV13" and "PCV13" in one text: the brand carries the product's code, so one product."""
    by_text: dict[str, int] = {}
    for i, m in enumerate(ctx.mentions):
        if m is not None and m.type == "Product":
            by_text.setdefault(m.text, i)
    for i, m in enumerate(ctx.mentions):
        if m is not None and m.type == "Product" and "-" in m.text[1:-1]:
            code = by_text.get(m.text.split("-", 1)[1])
            if code is not None and code != i:
                ctx.link(i, code)


_BRAND = frozenset({"brand", "merek", "merk", "dagang"})
_BRAND_FILLER = frozenset({"name", "nama", "names", "dengan"})


def _brand_names(ctx: Ctx) -> None:
    """"enavogliflozin, …, marketed under the brand name Envlo": the brand is the same product."""
    t = ctx.t
    for k in t.where(_BRAND, lower=True):
        j = k + 1
        while j < len(t) and t.lower[j] in _BRAND_FILLER:
            j += 1
        if j < len(t) and ctx.owner[j] < 0 and _trade_name_cue(t, k) and is_cap(t.words[j]) and not t.masked[j]:
            e = j + 1
            while e < len(t) and e - j < 3 and is_cap(t.words[e]) and ctx.owner[e] < 0 and not t.newline_before[e]:
                e += 1
            ctx.add(j, e, "Product", None, "cue")  # "dengan nama dagang Bevatempo": an unknown brand
        if j >= len(t) or ctx.type_at(j) != "Product":
            continue
        brand = ctx.owner[j]
        i = k - 1
        while i >= 0 and k - i < 40 and t.words[i] not in (".", ";") and not t.newline_before[i + 1]:
            if ctx.type_at(i) == "Product" and ctx.owner[i] != brand:
                ctx.link(ctx.owner[i], brand)
                break
            i -= 1


_BRAND_CUES = frozenset({"merek", "brand"})


def _trade_name_cue(t: object, k: int) -> bool:
    """"nama dagang" / "merek dagang" / "brand name" / "trade name": what follows is a brand name."""
    low = t.lower  # type: ignore[attr-defined]
    if low[k] == "dagang":
        return k > 0 and low[k - 1] in ("nama", "merek", "merk")
    return low[k] == "brand" and k + 1 < len(low) and low[k + 1] == "name"


def _coordinated(ctx: Ctx, e: int) -> None:
    """"merek Imboost dan Curcuma Plus": the brand coordinated with a brand is one too."""
    t = ctx.t
    n = len(t)
    if e + 1 >= n or t.words[e] not in ("dan", "and") or t.newline_before[e + 1]:
        return
    j = e + 1
    f = j
    while f < n and f - j < 3 and _product_name(ctx, f) and is_cap(t.words[f]) and not t.newline_before[f]:
        f += 1
    if f > j and (f >= n or not is_cap(t.words[f])):
        ctx.add(j, f, "Product", None, "cue")


_FORM_HEADS = frozenset({"Sirup", "Syrup", "Tablet", "Kapsul", "Capsule", "Cream", "Krim", "Salep", "Ointment",
                         "Injeksi", "Suspensi", "Drops"})
_CLASS_HEADS = frozenset({"Jamu", "Pil"})


def _named_forms(ctx: Ctx) -> None:
    """Brands whose name carries the form: "Flumidon Sirup", "Temulawak Beauty Night Cream", "Pil Tawon Sakti".

    The run must be a whole capitalised run inside a sentence (not a headline word, not at a
    sentence start), so "Sirup Obat" in a title and "Jamu Indonesia ..." opening a sentence stay out.
    """
    t = ctx.t
    n = len(t)
    for k in t.where(_FORM_HEADS):
        s = k
        while s - 1 >= 0 and k - s < 3 and _product_name(ctx, s - 1) and is_cap(t.words[s - 1]) \
                and not is_acronym(t.words[s - 1]) and not t.newline_before[s]:
            s -= 1
        if s < k and _opens_run(t, s) and (k + 1 >= n or not is_cap(t.words[k + 1]) or t.newline_before[k + 1]):
            ctx.add(s, k + 1, "Product", None, "cue")
    for k in t.where(_CLASS_HEADS):
        f = k + 1
        while f < n and f - k <= 4 and _product_name(ctx, f) and is_cap(t.words[f]) and not is_acronym(t.words[f]) \
                and not t.newline_before[f]:
            f += 1
        if f - k >= 3 and _opens_run(t, k) and (f >= n or not is_cap(t.words[f])):
            ctx.add(k, f, "Product", None, "cue")


def _opens_run(t, s: int) -> bool:  # type: ignore[no-untyped-def]
    """Token ``s`` starts a capitalised run mid-sentence (after a lower-case word or a comma)."""
    if s == 0 or t.newline_before[s] or (t.headline and t.headline[s]):
        return False
    p = t.words[s - 1]
    return p in (",", "(") or (p[:1].islower() and p not in ("dan", "and")) or p in ("dan", "and")


_DOSAGE_FORMS = frozenset({"cream", "krim", "salep", "ointment", "gel", "tablet", "tablets", "kapsul", "capsule",
                           "capsules", "sirup", "syrup", "injeksi", "injection", "suspensi", "suspension", "tetes",
                           "drops", "spray", "patch", "inhaler"})


def _dosage_forms(ctx: Ctx) -> None:
    """A brand named with its dosage form after it: "Pruvalin cream", "Redacid tablet"."""
    t = ctx.t
    for k in t.where(_DOSAGE_FORMS):  # lower-case form words only
        j = k - 1
        if (j > 0 and not t.newline_before[k] and _product_name(ctx, j) and is_cap(t.words[j])
                and not is_acronym(t.words[j]) and t.words[j - 1] not in (".", "!", "?")
                and not is_cap(t.words[j - 1]) and not t.newline_before[j]):
            ctx.add(j, j + 1, "Product", None, "cue")


_APPOSITIVE_CUES = frozenset({"biosimilar", "tablet", "kapsul", "sirup", "vaksin", "vaccine", "obat", "drug", "injeksi", "injection", "produk", "product"})


def _appositives(ctx: Ctx) -> None:
    """A brand explained by its class: "Trastunova, biosimilar trastuzumab", "Pegzena, Zenara's biosimilar of ..."."""
    t = ctx.t
    n = len(t)
    for k in t.where(_APPOSITIVE_CUES):  # lower-case cue words only: "Obat" at a sentence start is not one
        c = k - 1
        if c >= 0 and t.words[c].endswith(("'s", "’s")) and is_cap(t.words[c]):
            c -= 1  # the maker's possessive
        if c < 1 or t.words[c] != "," or t.newline_before[c + 1]:
            continue
        j = c - 1
        if (
            _product_name(ctx, j)
            and is_cap(t.words[j])
            and not t.newline_before[j]
            and j > 0
            and not is_cap(t.words[j - 1])
            and t.words[j - 1] not in (".", ",")
            and k + 1 < n
            and not is_cap(t.words[k + 1])
        ):
            ctx.add(j, j + 1, "Product", None, "cue")


def _substances(ctx: Ctx) -> None:
    """Words built on an INN stem ("fexuprazan", "Imatinib") are substances wherever they stand."""
    t = ctx.t
    c = t.cue
    stems = c.inn_suffixes
    tails = _tails(stems)
    for k in t.where_word(lambda w: w[-3:] in tails):  # a cheap filter (once per distinct word) before the real test
        w = t.words[k]
        if len(w) < 7 or not w.isalpha() or ctx.owner[k] >= 0 or t.masked[k]:
            continue
        if not (w.islower() or (w[0].isupper() and w[1:].islower())):
            continue
        if w.lower().endswith(stems) and w not in c.dates and w not in c.generic and w not in c.institutional:
            ctx.add(k, k + 1, "Product", None, "pattern")


@functools.lru_cache(maxsize=4)
def _tails(stems: tuple[str, ...]) -> frozenset[str]:
    return frozenset(s[-3:] for s in stems)


@functools.lru_cache(maxsize=4)
def _cue_re(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(x.lower()) for x in sorted(cues, key=len, reverse=True)))


_CLASS_WORDS = frozenset({"inhibitor", "inhibitors", "agonist", "agonists", "antagonist", "antagonists", "blocker",
                          "blockers", "receptor", "pathway", "modulator", "modulators"})


def _names_a_class(t, k: int) -> bool:  # type: ignore[no-untyped-def]
    """"SGLT2 inhibitor", "JAK inhibitor": an acronym naming a drug class or target, not a product."""
    return k + 1 < len(t) and t.lower[k + 1] in _CLASS_WORDS


def _approvals(ctx: Ctx) -> None:
    """In a sentence about an approval, an unknown acronym (and what is coordinated with it) is a product."""
    t = ctx.t
    n = len(t)
    for hit in _cue_re(t.cue.approval_cues).finditer(t.text.lower()):
        k = t.token_starting_at(hit.start())
        if k < 0:
            continue
        e = k + 1
        while e < n and t.words[e] not in (".", ";", "!", "?") and not t.newline_before[e]:
            w = t.words[e]
            if is_acronym(w) and len(w) >= 3 and _product_name(ctx, e) and not _names_a_class(t, e):
                m = ctx.add(e, e + 1, "Product", None, "cue")
                if m >= 0 and e + 2 < n and t.words[e + 1] in ("dan", "and", ",") and _product_name(ctx, e + 2):
                    if e + 3 >= n or not is_cap(t.words[e + 3]):
                        ctx.add(e + 2, e + 3, "Product", None, "cue")
            e += 1
