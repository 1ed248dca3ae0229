"""Products and programmes beyond the lexicon.

"produk inovatif NBP", "vaksin Inavac", and in approval sentences ("Persetujuan
... UCMSC dan Secretome") unknown acronyms and the names coordinated with them.
Programmes: "program Makan Bergizi Gratis", "platform SatuSehat". Brands told by their dosage form
("Flumidon Sirup", "Pruvalin cream") are read in :mod:`.formed_brands`.
"""

from __future__ import annotations

import functools
import re
from operator import itemgetter

from graphbuild.extract.entities import (
    botanicals,
    bracketed_brands,
    brands,
    camel_brands,
    caps_brands,
    described_brands,
    model_codes,
    owned_products,
    programs,
)
from graphbuild.extract.entities.approved_acronyms import approvals as _approvals
from graphbuild.extract.entities.approved_acronyms import names_a_class as _names_a_class
from graphbuild.extract.entities.brands import cap_tail, coordinated_brands, place_ended, product_name
from graphbuild.extract.entities.classed import CELL_WORDS
from graphbuild.extract.entities.codes import batch_number
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.formed_brands import dosage_forms as _dosage_forms
from graphbuild.extract.entities.formed_brands import named_forms as _named_forms
from graphbuild.extract.entities.tokens import is_acronym, is_cap


def _code_name(w: str) -> bool:
    """A product code: capitalised, with a hyphen or digit and capitals after it ("Bio-TCV", "RV3-BB")."""
    last = w.rsplit("-", 1)[-1]
    return w[:1].isupper() and ("-" in w or any(ch.isdigit() for ch in w)) and last.isupper() and len(last) >= 2


FORMS = frozenset({"Cream", "Krim", "Serum", "Lotion", "Gel", "Sirup", "Syrup", "Tablet", "Kapsul", "Capsule", "Drops", "Spray",
                    "Salep", "Ointment", "Plus", "Forte", "Kids", "Anak", "Toner", "Soap", "Sabun", "Tradisional"})

def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    c = t.cue
    cue_words = c.product_cues | c.program_cues
    for k in t.where(cue_words, lower=True):
        if k >= n - 1:
            break
        w = t.words[k].lower()
        if w in c.product_cues and not t.masked[k]:
            j = k + 1
            if j < n and t.words[j].islower() and t.words[j] not in c.connectors and j + 1 < n:
                j += 1  # one adjective: "produk inovatif NBP"
                if j + 1 < n and t.words[j].islower() and t.words[j] not in c.connectors and _code_name(t.words[j + 1]):
                    j += 1  # two before a product code: "vaksin tifoid konjugat Bio-TCV"
                elif t.words[k].islower():
                    j = _described(ctx, k)
            if t.words[k].islower() and _place_led(ctx, j):
                continue  # "jamu Sumbar Bugar": a brand that opens with a place
            if j < n and t.lower[j - 1] in CELL_WORDS:
                continue  # "vaksin rabies sel Vero": the cell line it is grown in, not a brand
            if w in _BRAND_CUES and j < n and ctx.type_at(j) == "Product" and ctx.spans[o := ctx.owner[j]][0] == j:
                coordinated_brands(ctx, ctx.spans[o][1])  # "merek Jamu X dan Asam Urat Y": a brand found, the next one
                continue
            if (j < n and not t.newline_before[j] and product_name(ctx, j) and not _names_a_class(t, j)
                    and (is_acronym(t.words[j]) or t.words[k].islower())):
                e = j + 1
                while e < n and e - j < 3 and product_name(ctx, e) and t.words[e] != "Cap" and (
                        not is_acronym(t.words[e]) or (e > j and _strength_code(t.words[e])) or _inner_acronym(ctx, e)):
                    e += 1
                if w in _BRAND_CUES:
                    e = cap_tail(ctx, e)  # "bermerek Pegal Linu Cap Kuda": a jamu brand's "Cap …" (trademark) part
                if e - j == 1 and t.words[k].islower() and place_ended(ctx, j, e):
                    e += 1  # "merek Tongkat Borneo", "balsem Gosok Sumatera": a brand that ends with a place
                elif e - j == 3 and e < n and t.words[e] in FORMS and not t.newline_before[e]:
                    e += 1  # "merek Putri Ayu Night Cream": a dosage or cosmetic form ends a longer name
                elif e - j == 3 and _fourth_word(ctx, e):
                    e += 1  # "bermerek Kuat Perkasa Sari Alam dan …": a plain fourth word that closes the name
                elif e - j >= 2 and t.words[e - 1] in _KIN and _kin_person(ctx, e):
                    e += 1  # "obat tradisional Minyak Urut Pak Long": the "Pak X" a jamu brand is named after
                elif e - j == 3 and _fourth_word(ctx, e + 1, inner=e):
                    e += 2  # "kapsul Asam Urat Herbal Sehat Sentosa.": two plain words before the phrase closes
                elif e < n and t.words[e] == "Sehat" and ctx.owner[e] < 0 and not t.newline_before[e] and (
                        e + 1 >= n or not is_cap(t.words[e + 1])):
                    e += 1  # "minuman serbuk Kuning Sehat": a common word ending a brand
                if _names_company(ctx, j, e) or batch_number(t, j) or t.words[j] in described_brands.SALTS:
                    continue  # "produk Sinar Husada": the products of a company the article names; "bets TR2401"
                if ctx.add(j, e, "Product", None, "cue") >= 0 and w in _BRAND_CUES:
                    coordinated_brands(ctx, e)
        if w in c.program_cues:
            programs.after_cue(ctx, k)
    _approvals(ctx)
    _appositives(ctx)
    owned_products.find(ctx)
    _dosage_forms(ctx)
    _named_forms(ctx)
    brands.strengths(ctx)
    caps_brands.find(ctx)
    _substances(ctx)
    brands.find(ctx)
    botanicals.find(ctx)
    described_brands.find(ctx)
    bracketed_brands.find(ctx)
    camel_brands.find(ctx)  # "serum anti bisa ular polivalen VenoGuard": a coined brand after a long description
    brands.listed(ctx)
    model_codes.find(ctx)


# words after which the capitalised name is the maker, seller or place, not the product
_NOT_DESCRIPTORS = frozenset({"yang", "dari", "di", "ke", "oleh", "asal", "buatan", "produksi", "milik", "keluaran",
                              "besutan", "impor", "perusahaan", "pabrikan", "merupakan", "adalah", "ini", "itu",
                              "tersebut", "from", "by", "at", "made", "produced", "the", "dengan", "pada", "untuk"})


def _described(ctx: Ctx, k: int) -> int:
    """After a lower-case class word, the brand may follow a short description of the class:
    "sirup penurun demam Pyrexin", "tablet tambah darah Hemosin", "obat herbal terstandar Glucofit".

    Returns the token after up to three describing words (``k + 1`` when there are none); a
    function word, a verb or a word naming the maker ("buatan", "produksi") ends the description.
    """
    t = ctx.t
    c = t.cue
    j = k + 1
    while (j < len(t.words) and j - k <= 3 and t.words[j].isalpha() and t.words[j].islower() and not t.newline_before[j]
           and t.words[j] not in c.connectors and t.words[j] not in _NOT_DESCRIPTORS and not c.verb_like(t.words[j])
           and t.lower[j] not in c.product_cues):
        j += 1
    if j + 2 < len(t.words) and t.words[j] == "(" and t.words[j + 2] == ")" and is_acronym(t.words[j + 1]) and j > k + 1:
        j += 3  # "obat herbal terstandar (OHT) Hepanus": the class's abbreviation, then the brand
    if j - k <= 2 or j >= len(t.words):
        return j if j < len(t.words) else k + 1
    # after a longer description only a brand-like word counts ("konjugat ACWY", "payudara HER2-positif" do not)
    w = t.words[j]
    return j if w.isalpha() and not is_acronym(w) else k + 1


def _inner_acronym(ctx: Ctx, e: int) -> bool:
    """"produk Puspa UV Shield Gel": an acronym inside a name, a capitalised word of the name after it."""
    t = ctx.t
    return e + 1 < len(t.words) and not t.newline_before[e + 1] and is_cap(t.words[e + 1]) \
        and not is_acronym(t.words[e + 1]) and product_name(ctx, e + 1)


def _place_led(ctx: Ctx, j: int) -> bool:
    """"jamu Sumbar Bugar", "jamu serbuk Lembang Sehat": after a product word, a one-word place and a
    capitalised word after it name one brand; adds it and says whether it did."""
    t = ctx.t
    if j + 1 >= len(t.words) or ctx.type_at(j) != "Location" or ctx.spans[ctx.owner[j]] != (j, j + 1) or t.newline_before[j + 1]:
        return False
    e = j + 1
    # a plain word may follow the place ("Sehat", "Bugar"), not a name or a word of an institution's name
    while e < len(t.words) and e - j <= 2 and ctx.owner[e] < 0 and not t.masked[e] and is_cap(t.words[e]) and t.words[e].isalpha() \
            and not is_acronym(t.words[e]) and t.words[e] not in t.cue.institutional and t.words[e] not in t.cue.dates \
            and not t.newline_before[e]:
        e += 1
    if e > j + 1 and e < len(t.words) and t.words[e] in FORMS and ctx.owner[e] < 0 and not t.newline_before[e]:
        e += 1  # "kapsul pelangsing Xian Ling Tong Capsule": the dosage form ends the name
    return e > j + 1 and ctx.add(j, e, "Product", None, "cue") >= 0


# what may follow a four-word brand: the phrase ends there
_AFTER_FOURTH = frozenset({",", ".", ";", ")", "dan", "serta", "yang", "di", "ke", "dari", "sebelumnya", "kini", "telah",
                           "sudah", "masih", "and", "in", "which", "that"})


def _fourth_word(ctx: Ctx, e: int, inner: int | None = None) -> bool:
    """"produk Sekar Arum Pegal Linu yang …", "kapsul Jahe Merah Sari Pasundan, …": a fourth capitalised word of
    no other name, the phrase closing right after it (a function word or punctuation, never another capital);
    with ``inner``, the plain word there before it too (a five-word brand)."""
    t = ctx.t
    n = len(t.words)
    if inner is not None and not (e < n and _plain(ctx, inner)):
        return False
    return e + 1 < n and _plain(ctx, e) and not t.newline_before[e + 1] and t.lower[e + 1] in _AFTER_FOURTH


_KIN = frozenset({"Pak", "Mbah", "Mak", "Bu", "Mbok", "Bang", "Uda", "Abah", "Eyang", "Nyonya"})  # the elders jamu is named after


def _kin_person(ctx: Ctx, e: int) -> bool:
    """Token e alone is a person read after an elder's word inside a brand ("Minyak Urut Pak Long"): the brand
    takes it, the phrase closing right after it."""
    t = ctx.t
    m = ctx.owner[e]
    if m < 0 or ctx.spans[m] != (e, e + 1) or ctx.type_at(e) != "Person" or e + 1 >= len(t.words) \
            or t.lower[e + 1] not in _AFTER_FOURTH or t.newline_before[e]:
        return False
    ctx.drop(m)
    return True


def _plain(ctx: Ctx, e: int) -> bool:
    """Token e is a capitalised plain word of no other name, on the line of the brand it may close."""
    t = ctx.t
    w = t.words[e]
    return (is_cap(w) and w.isalpha() and not is_acronym(w) and ctx.owner[e] < 0 and not t.masked[e]
            and not t.newline_before[e] and w not in t.cue.dates and w not in t.cue.institutional
            and (product_name(ctx, e) or w == "Sehat"))  # "Sehat": a common word brands hold ("Herbal Sehat Sentosa")


def _names_company(ctx: Ctx, j: int, e: int) -> bool:
    """Tokens [j, e) are how an organisation found in the document begins ("Sinar Husada" of
    "PT Sinar Husada Biofarma"), legal forms aside."""
    words = tuple(ctx.t.words[j:e])
    for m, x in enumerate(ctx.mentions):
        if x is not None and x.type == "Organization":
            a, b = ctx.spans[m]
            core = tuple(w for w in ctx.t.words[a:b] if w not in ("PT", "PT.", "CV", "Tbk"))
            if core[: len(words)] == words:
                return True
    return False


def _strength_code(w: str) -> bool:
    """A code with digits that ends a brand name: "Pneumo BF-13", "Flu PCV13"."""
    return any(ch.isdigit() for ch in w) and any(ch.isalpha() for ch in w)


_BRAND_CUES = frozenset({"merek", "merk", "bermerek", "bermerk", "brand"})


_APPOSITIVE_CUES = frozenset({"biosimilar", "tablet", "kapsul", "sirup", "vaksin", "vaccine", "obat", "drug", "injeksi",
                              "injection", "produk", "product", "gel", "krim", "salep", "suplemen", "supplement"})


_NP_END = frozenset({",", ".", ";", ")", "for", "from", "of", "that", "which", "to", "used", "developed", "made",
                     "yang", "untuk", "dari", "buatan"})


_CANDIDATE = frozenset({"kandidat", "calon", "candidate"})
_PHASES = frozenset({"fase", "phase", "tahap"})
_ROMAN = re.compile(r"^(?:I{1,3}|IV)$")  # "uji klinik fase III Trastegra, …": the trial's phase, not the name


def _appositives(ctx: Ctx) -> None:
    """A brand explained by its class: "Trastunova, biosimilar trastuzumab", "Pegzena, Zenara's biosimilar of ..."."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(_APPOSITIVE_CUES):  # lower-case cue words only: "Obat" at a sentence start is not one
        c = k - 1
        d = c
        while d > 0 and c - d < 3 and t.words[d].islower() and t.words[d].isalpha():
            d -= 1  # "TYPHOCON, Tessaro's typhoid conjugate vaccine": class words after the possessive
        if d >= 0 and t.words[d].endswith(("'s", "’s")) and is_cap(t.words[d]):
            c = d - 1  # the maker's possessive, its name one to three words ("Hallberg Biotech's")
            while c > 0 and d - c < 3 and is_cap(t.words[c]) and t.words[c] != ",":
                c -= 1
        else:  # "ArjuTrast, a trastuzumab biosimilar", "Vexa, an oral drug": an article and two words at most
            d = c
            while d >= 0 and c - d < 2 and t.words[d].islower() and t.words[d].isalpha() and t.words[d] not in ("a", "an"):
                d -= 1
            if d >= 1 and t.words[d] in ("a", "an", "sebuah", "suatu") and t.words[d - 1] == "," \
                    and k + 1 < n and t.words[k + 1] in _NP_END:
                c = d - 1  # the class word heads the phrase ("a drug analyst" is no drug)
            elif c - d == 1 and t.words[d] == "," and t.lower[c] in _CANDIDATE:
                c = d  # "Trastegra, kandidat biosimilar trastuzumab": a candidate of the class
        if c < 1 or t.words[c] != "," or t.newline_before[c + 1]:
            continue
        j = c - 1
        if (
            product_name(ctx, j)
            and is_cap(t.words[j])
            and not t.newline_before[j]
            and j > 0
            and (not is_cap(t.words[j - 1]) or j > 1 and t.lower[j - 2] in _PHASES and _ROMAN.match(t.words[j - 1]))
            and t.words[j - 1] not in (".", ",", '"', "\u201c", "'", "\u2018")  # ('"Modusnya, produk palsu …": a quote opens)
            and not described_brands.firm_short(ctx, j, j + 1)
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
    for k in t.where_key(_LAST3, tails):  # a cheap filter (once per distinct word) before the real test
        w = t.words[k]
        if len(w) < 7 or not w.isalpha() or ctx.owner[k] >= 0 or t.masked[k]:
            continue
        if not (w.islower() or (w[0].isupper() and w[1:].islower())):
            continue
        if w.lower().endswith(stems) and w not in c.dates and w not in c.generic and w not in c.institutional:
            ctx.add(k, k + 1, "Product", None, "pattern")


_LAST3 = itemgetter(slice(-3, None))  # a word's last three letters, at C speed


@functools.lru_cache(maxsize=4)
def _tails(stems: tuple[str, ...]) -> frozenset[str]:
    return frozenset(s[-3:] for s in stems)
