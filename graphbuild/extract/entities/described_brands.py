"""Brands no brand cue word sits right before: after an English class description ("the acid
blocker Fexuclue"), after their lower-case substance ("the botulinum toxin Nabota"), or glossed
after a comma by their kind ("Diabetra, obat herbal terstandar …").

Split from ``brands`` (cue-led brand names) to keep each module short; brands after an Indonesian
class description and brands in product lists are ``products._described`` and ``brands.listed``;
brands named outright (a naming verb, a flagship, a coded device) are read in ``named_brands``.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.botanicals import binomial
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.named_brands import coded_device as _coded_device
from graphbuild.extract.entities.named_brands import flagship as _flagship
from graphbuild.extract.entities.named_brands import named as _named
from graphbuild.extract.entities.named_brands import possessed as _possessed
from graphbuild.extract.entities.tokens import is_acronym, is_cap


def find(ctx: Ctx) -> None:
    _after_substance(ctx)
    _english_described(ctx)
    _named(ctx)
    _kind_apposed(ctx)
    _possessed(ctx)
    _flagship(ctx)
    _kind_glossed(ctx)
    _article_glossed(ctx)
    _substance_glossed(ctx)
    _its_kind(ctx)
    _coded_device(ctx)


_KIND_NOUNS = frozenset({"produk", "obat", "vaksin", "product", "drug", "vaccine", "medicine", "biosimilar"})
_KIND_ADJ = frozenset({"lain", "lainnya", "baru", "kedua", "ketiga", "terbaru", "andalan", "unggulan", "other", "new",
                       "second", "third", "latest", "flagship"})
_AFTER_KIND = frozenset({"(", ",", ".", ";", "dari", "produksi", "buatan", "milik", "yang", "from", "by", "which"})


def _kind_apposed(ctx: Ctx) -> None:
    """"satu produk lain, Cardiora (sakubitril-valsartan) dari PT X", "a second product, Teriva": the name set off
    after a product noun with its qualifier is a brand."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(frozenset({","})):
        if k < 2 or t.lower[k - 1] not in _KIND_ADJ or t.lower[k - 2] not in _KIND_NOUNS:
            continue
        j = k + 1
        if j >= n or t.newline_before[j] or not _free_name(ctx, j) or t.cue.verb_like(t.words[j]):
            continue
        e = j + 1
        if e < n and not t.newline_before[e] and ctx.owner[e] < 0 and (is_acronym(t.words[e]) or _free_name(ctx, e)):
            e += 1  # "Glucotra XR"
        if e < n and t.lower[e] not in _AFTER_KIND:
            continue
        ctx.add(j, e, "Product", None, "cue")


# "uji klinik fase III Diabetra, obat herbal terstandar berbahan …": a name glossed after a comma by what kind of
# product it is (the kind noun and a lower-case qualifier); not a speaker ("Menurut Budi, obat …")
_GLOSS_KINDS = frozenset({"obat", "vaksin", "jamu", "suplemen", "fitofarmaka", "sediaan", "krim", "sirup", "tablet",
                          "vitamin", "multivitamin"})
# a short strength or vitamin code ending a glossed name: "Osteomax D3, suplemen kalsium", "Kardiora 5, obat …"
_CODE_END = re.compile(r"[A-Z]{0,2}\d{1,4}[A-Za-z]{0,2}")
_NOT_BEFORE = frozenset({"menurut", "kata", "ujar", "tutur", "jelas", "imbuh", "said", "says", "according", "bagi", "oleh"})


def _kind_glossed(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for j in t.where(_GLOSS_KINDS):
        k = j - 1
        if k < 2 or j + 1 >= n or t.words[k] != "," or not t.words[j + 1][:1].islower():
            continue
        s = k - 1
        coded = s >= 2 and _CODE_END.fullmatch(t.words[s]) is not None and ctx.owner[s] < 0 and not t.newline_before[s]
        if coded:
            s -= 1  # "Osteomax D3, suplemen …": the code is read with the name before it
        elif s >= 2 and _free_name(ctx, s - 1) and not t.newline_before[s]:
            s -= 1  # "Glucotra Forte, obat …"
        if not all(_free_name(ctx, i) and t.words[i].isalpha() for i in range(s, k - coded)) or t.newline_before[s]:
            continue
        p = t.words[s - 1]
        if not (p[:1].islower() and p.isalpha() and p.lower() not in _NOT_BEFORE) and not (
                p in ("I", "II", "III", "IV") and s >= 2 and t.lower[s - 2] in ("fase", "phase")):
            continue
        if not firm_short(ctx, s, k):
            ctx.add(s, k, "Product", None, "cue")


def firm_short(ctx: Ctx, s: int, k: int) -> bool:
    """Whether words [s, k) open the name of an organisation the text names ("produk ketiga dari Sarvam, vaksin …"
    after "Sarvam Biologicals Ltd"): the company's short name, not a brand."""
    head = ctx.t.span_text(s, k) + " "
    return any(m is not None and m.type == "Organization" and m.text.startswith(head) for m in ctx.mentions)


# "Imunherba, a phytopharmaceutical immunomodulator based on …", "Heparix, a low-molecular-weight heparin, …": a free
# name glossed after a comma by an article-led class phrase (its last word a product class or a known substance)
_GLOSS_HEADS = frozenset({"medicine", "drug", "vaccine", "biosimilar", "supplement", "syrup", "tablet", "capsule",
                          "injection", "cream", "ointment", "antibiotic", "immunomodulator", "painkiller", "antibody",
                          "insulin", "phytopharmaceutical", "remedy", "jamu"})
_GLOSS_END = frozenset({",", ".", ";", "(", "based", "formulated", "for", "with", "used", "that", "which", "indicated",
                        "made", "produced", "developed", "approved", "and", "to"})


def _article_glossed(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for k in t.where(frozenset({"a", "an"})):
        known = ctx.type_at(k - 2) == "Product" and ctx.spans[ctx.owner[k - 2]][1] == k - 1  # a brand another rule found
        if k < 2 or t.words[k - 1] != "," or t.newline_before[k - 1] or not (known or _free_name(ctx, k - 2)) \
                or t.newline_before[k - 2]:
            continue
        e = k + 1
        while e < n and e - k <= 5 and not t.newline_before[e] and t.words[e].islower() and t.lower[e] not in _GLOSS_END:
            e += 1
        h = e - 1
        if h <= k or (e < n and t.lower[e] not in _GLOSS_END):
            continue
        if t.lower[h] not in _GLOSS_HEADS and not (ctx.type_at(h) == "Product" and ctx.mentions[ctx.owner[h]].text[:1].islower()):
            continue  # "Budi, a pharmacist", "Cikarang, an industrial town": no product class
        s = ctx.spans[ctx.owner[k - 2]][0] if known else k - 2
        if not known and s >= 1 and _free_name(ctx, s - 1) and not t.newline_before[s]:
            s -= 1  # "Glucotra Forte, a …"
        if not known and s >= 1 and (is_cap(t.words[s - 1]) or t.words[s - 1].endswith(("'s", "\u2019s"))) \
                and not t.newline_before[s]:
            continue  # the end of a longer name ("PT Sinar Farma, a …")
        b = ctx.owner[k - 2] if known else ctx.add(s, k - 1, "Product", None, "cue")
        if b >= 0 and ctx.type_at(h) == "Product" and ctx.spans[ctx.owner[h]][1] == e \
                and not {"of", "to", "like"} & set(t.lower[k:h]):  # ("a biosimilar of rituximab": another product)
            ctx.link(b, ctx.owner[h])  # the glossing substance is the brand's other name (as the gold writes it)


# "Ondavit, ondansetron injeksi produksi PT X, …": a free name, a comma, then its lower-case substance (and dosage
# form) followed by a maker word or a comma: the name is the brand of that substance
_FORMS = frozenset({"injeksi", "tablet", "kapsul", "sirup", "salep", "krim", "infus", "serbuk", "suspensi", "tetes",
                    "injection", "tablets", "capsules", "syrup"})
_SUBST_NEXT = frozenset({",", "produksi", "buatan", "milik", "keluaran", "besutan", "dari", "yang", "made", "by", "from"})


def _substance_glossed(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for m, x in enumerate(list(ctx.mentions)):
        if x is None or x.type != "Product" or not x.text[:1].islower():
            continue
        j, e = ctx.spans[m]
        if j < 2 or t.words[j - 1] != "," or t.newline_before[j - 1] or not _free_name(ctx, j - 2) or t.newline_before[j - 2]:
            continue
        if e < n and t.lower[e] in _FORMS:
            e += 1
        if e >= n or t.lower[e] not in _SUBST_NEXT:
            continue
        s = j - 2
        if s >= 1 and _free_name(ctx, s - 1) and not t.newline_before[s]:
            s -= 1
        p = t.words[s - 1] if s >= 1 and not t.newline_before[s] else "."
        if not (p in (".", ":", ";", "-", "\u2013", "\u2014") or p.isalpha() and p.islower() and p not in _NOT_BEFORE):
            continue  # "Menurut Budi, parasetamol …", "PT Sinar Farma, amlodipin …": not after a speech word or a name
        b = ctx.add(s, j - 1, "Product", None, "cue")
        if b >= 0:
            ctx.link(b, m)


_ITS = frozenset({"its", "their"})


def _its_kind(ctx: Ctx) -> None:
    """"granted prequalification to KiraTyph, its typhoid conjugate vaccine": a free name glossed after a comma as
    the company's own product of a class ("its … vaccine") is a brand; the possessive rules out a person or a place."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(_ITS):
        if k < 2 or t.words[k - 1] != "," or t.newline_before[k - 1] or not _free_name(ctx, k - 2) or t.newline_before[k - 2]:
            continue
        e = k + 1
        while e < n and e - k <= 4 and t.words[e].islower() and t.words[e].isalpha() and t.lower[e] not in _EN_CLASS:
            e += 1
        if e >= n or t.lower[e] not in _EN_CLASS or e == k + 1 and t.lower[e] in ("therapy", "treatment"):
            continue
        s = k - 2
        if s >= 1 and _free_name(ctx, s - 1) and not t.newline_before[s]:
            s -= 1  # "Glucotra Forte, its …"
        if s >= 1 and is_cap(t.words[s - 1]) and not t.newline_before[s]:
            continue  # the end of a longer name ("PT Sinar Farma, its …")
        ctx.add(s, k - 1, "Product", None, "cue")


# English class nouns that end a description before a brand: "the acid blocker Fexuclue", "the cholesterol drug X"
_EN_CLASS = frozenset({"blocker", "inhibitor", "drug", "medicine", "vaccine", "antibody", "biosimilar", "supplement",
                       "syrup", "tablet", "injection", "therapy", "treatment", "toxin", "painkiller", "antibiotic",
                       # "the erythropoiesis-stimulating agent Epresa", "the albumin solution X", "the ready-to-drink X"
                       "agent", "solution", "concentrate", "capsules", "capsule", "ready-to-drink", "gel", "cream",
                       "kit", "stent"})


def _english_described(ctx: Ctx) -> None:
    """"the acid blocker Fexuclue": one free capitalised word after an article-led English class phrase."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(_EN_CLASS):
        j = k + 1
        if j >= n or t.newline_before[j] or not _free_name(ctx, j) or t.cue.verb_like(t.words[j]):
            continue
        if not any(t.lower[x] in ("the", "a", "an", "its", "their") for x in range(max(0, k - 3), k)):
            continue
        e = j + 1
        while e < n and e - j < 3 and _free_name(ctx, e) and not t.newline_before[e]:
            e += 1  # "the ready-to-drink Kunyit Asam NuBotanic": a local brand of several words
        if e < n and is_cap(t.words[e]) and not t.newline_before[e]:
            continue
        ctx.add(j, _percent(t, e), "Product", None, "cue")


def _percent(t, e: int) -> int:  # type: ignore[no-untyped-def]
    """The end of a brand at ``e`` past a strength in percent: "HanAlbumin 20%" is how the name is written."""
    if e + 1 < len(t.words) and t.words[e].isdigit() and len(t.words[e]) <= 2 and t.words[e + 1] == "%" \
            and not t.newline_before[e]:
        return e + 2
    return e


SALTS = frozenset({"HCl", "HCI", "HBr", "HI", "Na", "K", "Ca", "Mg", "Zn", "Fe", "Li", "NaCl", "KCl"})


def _after_substance(ctx: Ctx) -> None:
    """"the botulinum toxin Nabota", "insulin glargine Basalin": a lower-case substance, then one capitalised
    word that ends the run, is the brand of that substance (one product)."""
    t = ctx.t
    n = len(t.words)
    for m, x in enumerate(list(ctx.mentions)):
        if x is None or x.type != "Product" or not x.text[:1].islower():
            continue
        j = ctx.spans[m][1]
        if j >= n or t.newline_before[j] or not _free_name(ctx, j) or t.cue.verb_like(t.words[j]):
            continue
        if j + 1 < n and is_cap(t.words[j + 1]) and not t.newline_before[j + 1]:
            continue
        if t.words[j] in SALTS or binomial(t.words, j):  # "dekstrometorfan HBr": the salt; "Smallanthus sonchifolius"
            continue
        if t.headline and t.headline[j]:
            continue
        ctx.link(m, ctx.add(j, j + 1, "Product", None, "cue"))


def _free_name(ctx: Ctx, k: int) -> bool:
    t = ctx.t
    w = t.words[k]
    c = t.cue
    return (ctx.owner[k] < 0 and not t.masked[k] and is_cap(w) and not is_acronym(w) and w not in c.generic
            and w not in c.institutional and w not in c.dates and w not in c.legal_forms and w not in c.role_words
            and w not in c.org_suffix and w not in c.facility_suffix and w not in c.agreement_suffix
            and w not in c.event_suffix)


free_name = _free_name  # shared with ``apposed``: the same test for a word that may start a brand
