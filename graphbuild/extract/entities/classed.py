"""Brands named by what they are: after a class phrase, or in a list a product word opens.

Why: news introduces an unknown brand by its class, often with describing words and at a sentence
start ("Obat kanker Onkotrax", "alat tes cepat DengueKit", "Insulin Glucoset", "Krim wajah Glowra
Bright"), and lists several after "produk … antara lain / seperti / meliputi". The cue rules in
``products`` read one lower-case cue word right before a name; these read the class phrase, and
``brand_lists`` the list around it. ``explained`` and ``verbed`` share :func:`brand_at` (what counts as a brand's name).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from graphbuild.extract.entities.brands import cap_tail, product_name
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.described_brands import SALTS
from graphbuild.extract.entities.tokens import is_acronym, is_cap

# head nouns of a product class phrase ("obat", "alat tes", "krim wajah", "cairan infus")
HEADS = frozenset({"obat", "vaksin", "vaccine", "alat", "insulin", "sirup", "syrup", "krim", "cream", "suplemen",
                   "supplement", "minuman", "serum", "cairan", "tablet", "kapsul", "salep", "jamu", "susu", "kosmetik",
                   "reagen", "kit", "pil", "losion", "lotion", "gel", "tetes", "pasta", "sabun", "biosimilar", "drug",
                   "medicine", "therapy", "terapi", "produk", "product", "products", "brand", "merek", "antibodi",
                   "inhaler", "tabir", "spray", "semprot", "masker", "plester", "infus", "varian", "variant", "versi",
                   "vitamin", "antibiotik", "antibiotic", "antiseptik", "probiotik", "analgesik", "vaccines", "drugs",
                   "medicines", "supplements", "therapies", "biosimilars", "generics", "lipstik", "bedak", "stent",
                   "implan", "kateter", "nebulizer", "glukometer", "tensimeter", "termometer", "oksimeter",
                   "fitofarmaka", "ventilator", "monitor", "oht", "tes"}) | frozenset({
    # forms and devices a brand of food supplement, honey or disposable is introduced by ("serbuk kolagen X",
    # "madu anak X", "bubuk tabur gizi X", "spuit sekali pakai X", "jarum suntik X", "teh herbal X")
    *(_LOWER_HEADS := frozenset({"serbuk", "bubuk", "madu", "spuit", "jarum", "teh", "granul", "puyer", "balsem", "koyo",
                                 "lulur"}))}) | frozenset({
    # drug classes news puts before a brand as a class noun ("multivitamin Vitaperma", "the antihypertensive X")
    "multivitamin", "antihipertensi", "antihypertensive", "antidiabetes", "antidiabetic", "antinyeri", "antivirus",
    "antiviral", "antijamur", "antifungal", "antiinflamasi", "antihistamin", "antihistamine", "antikoagulan",
    "anticoagulant", "antidepresan", "antidepressant", "antipiretik", "antipyretic", "antasida", "antacid",
    "analgesic", "imunomodulator", "immunomodulator", "antikanker", "anticancer", "antikolesterol", "antiemetik",
    "antiemetic", "dekongestan", "decongestant", "pereda", "minyak"})
# class heads written as an acronym ("OHT Gastrolin": obat herbal terstandar), capitalised anywhere
_ACRONYM_HEADS = frozenset({"OHT"})
# words after which a capitalised name is the maker, seller, place or a clause, not the brand
STOP = frozenset({"yang", "dari", "di", "ke", "oleh", "asal", "buatan", "produksi", "milik", "keluaran", "besutan", "karya",
                   "impor", "perusahaan", "pabrikan", "merupakan", "adalah", "ini", "itu", "tersebut", "from", "by",
                   "at", "made", "produced", "the", "dengan", "pada", "untuk", "bagi", "dan", "serta", "atau", "and",
                   "or", "of", "for", "in", "to", "kepada", "seperti", "antara", "yakni", "yaitu", "termasuk", "that", "which"})
SEP = frozenset({",", "dan", "serta", "and", "&"})
END = frozenset({".", ";", ")", ":", "!", "?"})
_DISEASES = frozenset({"covid", "sars", "mers", "dengue", "hepatitis", "influenza", "flu", "polio", "rabies", "hpv",
                       "malaria", "tbc", "tb", "tuberkulosis", "campak", "rubella", "difteri", "pneumonia", "ebola",
                       "mpox", "cacar", "hiv", "aids", "kanker", "diabetes", "stunting", "zika", "cholera", "kolera",
                       "ppok", "copd", "ispa", "dbd", "gerd"})
_NOT_BRAND_HEADS = frozenset({"Aplikasi", "Program", "Gerakan", "Platform", "Layanan", "Sistem", "Portal", "Kampanye",
                              "Buku", "Pedoman", "Situs", "Fitur", "App", "Application", "Campaign", "Website", "Online",
                              "Daring", "Gedung", "Kantor", "Pusat", "Klinik", "Laboratorium", "Pabrik", "Gerai"})
_MONEY = re.compile(r"(?:Rp|IDR|USD|US\$|\$)\.?\d")
_CLASSES = frozenset({"golongan", "kelas", "jenis", "tipe", "class", "type", "kategori"})
_CLASS_WORDS = frozenset({"inhibitor", "inhibitors", "agonist", "antagonist", "blocker", "blockers", "receptor"})


@functools.cache
def common_words() -> frozenset[str]:
    """Ordinary words ("alam", "sehat"): never a brand on their own."""
    path = Path(__file__).parent.parent / "data" / "common_words_id.txt"
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w and not w.startswith("#"))


def find(ctx: Ctx) -> None:
    _class_phrases(ctx)  # (the lists a product word opens are read next, in ``brand_lists``)


def brand_end(ctx: Ctx, j: int, most: int = 3, line_start: bool = False) -> int:
    """End of a brand's name from token ``j``: capitalised words, codes and strengths ("Forte", "Kids", "-2")."""
    t = ctx.t
    e = j
    while (e < len(t.words) and e - j < most and (not t.newline_before[e] or line_start and e == j) and product_name(ctx, e)
           and (t.words[e][:1].isupper() or any(ch.isdigit() for ch in t.words[e]))
           and (e == j or not (t.headline and t.headline[e]) and t.words[e] != "Cap")):
        e += 1
    if j < e < len(t.words) and e - j < most and STRENGTH.match(t.words[e]) and not t.newline_before[e] and (
            e + 1 >= len(t.words) or (t.lower[e + 1] if t.words[e + 1][:1].isupper() else t.lower[e + 1].split("/")[0]) not in _AFTER_NUMBER):
        e += 1  # "Imunovit 500", "Neurobion 5000": a bare strength is part of the name as written (not "100 mg/4 mL")
    return cap_tail(ctx, e) if e > j else e


# a bare strength after a brand word (not a year); words after which the number counts something else
STRENGTH = re.compile(r"^(?!(?:19|20)\d\d$)\d{2,4}$")
_AFTER_NUMBER = frozenset({"mg", "mcg", "g", "ml", "iu", "unit", "units", "persen", "%", "tablet", "kapsul", "dosis",
                           "doses", "botol", "vial", "orang", "pasien", "ribu", "juta", "miliar", "triliun", "kali",
                           "hari", "tahun", "bulan", "kotak", "boks", "buah", "jenis", "item", "ton", "kg", "liter"})


def _brand_ok(ctx: Ctx, j: int, e: int) -> bool:
    """A name run [j, e) that stands alone: not the start of a longer capitalised name, not an acronym alone,
    not a common word, not how a company found in the text begins."""
    t = ctx.t
    if e <= j or (t.headline and t.headline[j]):
        return False
    if e < len(t.words) and t.words[e][:1].isupper() and not t.newline_before[e]:
        return False  # "Obat Modern Asli Indonesia": the run goes on into another name
    words = t.words[j:e]
    if _MONEY.match(words[0]):
        return False  # "penjualan Rp6,8 triliun": an amount after a sales word, not a brand
    if words[0] in _NOT_BRAND_HEADS:
        return False  # "meluncurkan Aplikasi SehatKu": an app, a programme or a guideline, not a product
    if words[0].lower().split("-")[0] in _DISEASES:
        return False  # "Vaksin Covid-19", "obat Hepatitis C": the class is named by its disease
    if all(is_acronym(w) for w in words) and not any(ch.isdigit() or ch == "-" for w in words for ch in w):
        return False  # acronyms are the other rules' (programmes, tickers, diseases)
    if e - j == 1 and (words[0].lower() in common_words() or len(words[0]) < 3 or words[0].lower() in HEADS):
        return False  # (a class word capitalised, "dua produk Fitofarmaka, A dan B", is no brand)
    if words[0] in SALTS:
        return False  # "sirup berisi dekstrometorfan HBr": the salt of the substance before it
    if words[-1].endswith(("'s", "\u2019s")):
        return False  # "HB-PEG01, Hanbit's pegfilgrastim biosimilar": the maker's possessive, not a brand
    if any(sum(ch.isdigit() for ch in w) >= 6 for w in words):
        return False  # "NIE DTL1234567890A1": a registration number, not a name
    if any(p in t.cue.dates for w in words for p in w.split("-")):
        return False  # "obat tradisional ilegal sepanjang Januari-September": a period
    name = " ".join(words)
    for m in ctx.mentions:  # "produk Sinar Husada": the products of a company the article names
        if m is not None and m.type == "Organization" and m.text.replace("PT ", "").startswith(name):
            return False
    return True


def brand_at(ctx: Ctx, j: int, most: int = 3, after: tuple[str, ...] | None = None) -> int:
    """A brand starting at token ``j`` (a short capitalised run that stands alone), or -1."""
    t = ctx.t
    if j >= len(t.words) or t.newline_before[j] or not t.words[j][:1].isupper():
        return -1
    e = brand_end(ctx, j, most)
    if e == j or (after is not None and (e >= len(t.words) or t.words[e] not in after)):
        return -1
    if any(w in t.cue.role_words or w in t.cue.honorifics for w in t.words[j:e]):
        return -1
    return add_brand(ctx, j, e)


def add_brand(ctx: Ctx, j: int, e: int) -> int:
    return ctx.add(j, e, "Product", None, "cue") if _brand_ok(ctx, j, e) else -1


def coordinated(ctx: Ctx, e: int) -> None:
    """"produk Lactocare dan Dermaplus": names joined to a brand are brands too, past the noise a list carries after
    each item ("A 100 ml (amoksisilin) bets OD2311 dan B")."""
    t = ctx.t
    while e + 1 < len(t.words) and (e := _past_noise(t, e)) + 1 < len(t.words) and t.words[e] in SEP and not t.newline_before[e + 1]:
        j = e + 1
        if t.words[j] in SEP:
            j += 1
        if j + 1 < len(t.words) and (t.words[j] in HEADS or t.words[j] in _ACRONYM_HEADS or _CLASS_WORD.match(t.words[j])) and is_cap(t.words[j + 1]):
            j += 1  # "antibiotik A dan antihipertensi B": each item led by its class word
        f = brand_end(ctx, j)
        if f == j or add_brand(ctx, j, f) < 0:
            return
        e = f


_CLASS_WORD = re.compile(r"anti[a-z]{4,}$")  # "antihipertensi", "antidiabetes": a drug class before a brand
_BATCH_WORDS = frozenset({"bets", "batch", "lot", "nomor", "no", "no."})
_UNIT_WORDS = frozenset({"mg", "ml", "g", "mcg", "iu", "mg/ml", "tablet", "kapsul", "sachet", "botol"})


def _past_noise(t, e: int) -> int:  # type: ignore[no-untyped-def]
    """Where an item's trailing noise ends: a size or strength, a bracketed gloss, a batch number and its codes."""
    n = len(t.words)
    while e < n and not t.newline_before[e]:
        w = t.lower[e]
        if w[:1].isdigit() and e + 1 < n and t.lower[e + 1] in _UNIT_WORDS:
            e += 2  # "100 ml"
        elif w == "(" and ")" in t.words[e + 1 : e + 8]:
            e = t.words.index(")", e + 1) + 1  # "(amoksisilin)"
        elif w in _BATCH_WORDS and e + 1 < n and (t.lower[e + 1] in _BATCH_WORDS or any(ch.isdigit() for ch in t.words[e + 1])):
            e += 1  # "nomor bets OD2311, OD2312"
            while e < n and (t.lower[e] in _BATCH_WORDS or any(ch.isdigit() for ch in t.words[e])
                             or t.words[e] == "," and e + 1 < n and any(ch.isdigit() for ch in t.words[e + 1])):
                e += 1
        else:
            return e
    return e


# a list item's marker: a class word and lower-case describing words after it open the item as a sentence start
# would ("- Kapsul ekstrak meniran X — …"); "- Salep Kulit X" is a name of its own
_BULLETS = frozenset({"-", "*", "•", "–", "·"})
CELL_WORDS = frozenset({"sel", "cell", "galur", "strain"})
_IMMUNOGLOBULIN = re.compile(r"Ig[AGMDE](?:/Ig[AGMDE])*$")
_VALENT = re.compile(r"\d{1,2}-?valen[st]?$")
# "siap saji", "siap minum": a ready-to-use product's description, not the verb "siap" opens a clause with
_READY_OBJECTS = frozenset({"saji", "minum", "seduh", "pakai", "santap", "konsumsi"})


def _ready(t, j: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``j`` is "siap" described by what it is ready for ("minuman herbal siap saji X")."""
    return t.lower[j] == "siap" and j + 1 < len(t.words) and t.lower[j + 1] in _READY_OBJECTS


def _class_phrases(ctx: Ctx) -> None:
    """A class head, up to three describing words, then the brand: "vaksin dengue Dengavax-2"."""
    t = ctx.t
    c = t.cue
    n = len(t.words)
    for k in t.where(HEADS, lower=True):
        if t.headline and t.headline[k]:
            continue
        if t.words[k] == "Minyak" or t.words[k][:1].isupper() and t.lower[k] in _LOWER_HEADS:
            continue  # "Minyak goreng X", "2. Teh Pelangsing X": only a lower-case "minyak urut", "teh herbal" heads a brand
        if t.words[k][:1].isupper() and t.words[k] not in _ACRONYM_HEADS and not (
                k == 0 or t.newline_before[k] or t.words[k - 1] in (".", "!", "?", '"', "“")
                or t.words[k - 1] in _BULLETS and t.newline_before[k - 1] and k + 1 < n and t.words[k + 1].islower()):
            continue  # a capitalised head mid-sentence is part of a name ("Pil Tawon Sakti", "Vaccine Summit")
        j = k + 1
        while (j < n and j - k <= 3 and not t.newline_before[j] and t.words[j].islower() and (t.words[j].isalpha() or (
                j > k + 1 and _VALENT.match(t.words[j]))) and t.words[j] not in c.connectors and t.words[j] not in STOP
               and (not c.verb_like(t.words[j]) or _ready(t, j))):
            j += 1  # ("vaksin pneumokokus konjugasi 13-valen PneuNusa-13": a valency describes the class too)
        if j < n and j - k > 1 and len(t.words[j]) == 1 and t.words[j].isupper():
            j += 1  # "vaksin hepatitis B Hepavax-M"
        elif j + 1 < n and t.words[j].isupper() and t.lower[j] in _DISEASES and t.words[j + 1][:1].isupper():
            j += 1  # "obat TBC Tuberkol": the disease acronym describes the class
        elif (j + 2 < n and t.words[j].isupper() and t.lower[j] in _DISEASES and t.words[j + 1].islower()
              and t.words[j + 1].isalpha() and t.words[j + 1] not in STOP and not c.verb_like(t.words[j + 1])
              and t.words[j + 2][:1].isupper() and not t.newline_before[j + 2]):
            j += 2  # "vaksin HPV kuadrivalen Servanusa-4": a describing word after the disease acronym
        c_ = j
        while c_ < n and c_ - k <= 5 and t.words[c_].islower() and t.words[c_].isalpha():
            c_ += 1  # "Vaksin buatan dalam negeri, Rotavin-ID, …": any lower-case words up to an apposition
        if c_ > j and c_ + 1 < n and t.words[c_] == ",":  # "produk kedua …, Glikomera untuk penderita diabetes, …"
            brand_at(ctx, c_ + 1, most=3, after=(",", "untuk", "for", "("))
            continue
        if j + 1 < n and t.words[j] == "," and j - k <= 4 and t.words[k].islower():
            b = brand_at(ctx, j + 1, most=3, after=(",", ".", ";", "dan", "serta", "and"))
            if b >= 0:  # "obat gagal jantung, Cardiozin, …", "Dua antibiotik generik, Cefalin dan Amoxil-N, …"
                coordinated(ctx, ctx.spans[b][1])
            continue
        if j >= n or t.newline_before[j] or not t.words[j][:1].isupper() or _CLASSES.intersection(t.lower[k + 1 : j]):
            continue  # "obat golongan SGLT2 inhibitor": a drug class, not a brand
        if (o := ctx.owner[j]) >= 0 and ctx.spans[o][0] == j and ctx.type_at(j) == "Product":
            coordinated(ctx, ctx.spans[o][1])  # "fitofarmaka Inlacin dan Redacid": a known brand, then a new one
            continue
        if t.lower[j - 1] in CELL_WORDS or _IMMUNOGLOBULIN.match(t.words[j]):
            continue  # "vaksin rabies sel Vero": a cell line; "antibodi IgM": an antibody class, not a brand
        if j - k > 2 and not any(ch.islower() for ch in t.words[j].split("-")[0]):
            continue  # "terapi kanker payudara HER2-positif": after a long description only a brand-like word
        e = brand_end(ctx, j)
        if (t.words[k][:1].isupper() and j == k + 1 and t.words[k].lower() in ("produk", "product", "products", "brand")
                and not (e + 1 < n and ((t.lower[e] in _MAKER_WORDS | _BY_WORDS and t.words[e + 1][:1].isupper())
                                        or (t.lower[e] == "kami" and t.lower[e + 1] in _FACT_WORDS)))):
            continue  # "Produk Dalam Negeri" heads a title; "Produk Kardiolin keluaran PT X" names its maker
        if t.words[k][:1].isupper() and t.words[k] not in _ACRONYM_HEADS and j == k + 1 and not _titled_brand(t, j, e):
            continue
        if j < e < n and ctx.type_at(e) == "Location" and ctx.spans[o := ctx.owner[e]][0] == e and (
                g := ctx.spans[o][1]) == e + 1 and g < n and (t.words[g] in SEP or t.words[g] in END) \
                and t.words[e] != "Indonesia" and not t.newline_before[e]:
            e = g  # "minyak urut Minyak Bintang Borneo.": a place word ends the brand's name
        if e > j and not (e < n and t.lower[e] in _CLASS_WORDS) and add_brand(ctx, j, e) >= 0:
            coordinated(ctx, e)


# what a sentence says of a product right after its name: "Sirup Batukan produksi PT X", "yang diproduksi"
_FACT_WORDS = frozenset({"produksi", "buatan", "milik", "besutan", "keluaran", "karya", "diproduksi", "dikembangkan",
                         "dipasarkan", "didistribusikan", "mengandung", "izin", "nie", "terdaftar", "dicabut",
                         "disetujui", "ditarik", "made", "produced", "manufactured", "developed", "by", "diracik",
                         "dimiliki", "dibeli", "dijual", "tersedia", "beredar", "racikan", "merupakan", "adalah",
                         "kembangkan", "luncurkan", "hadirkan", "pasarkan", "mengantongi", "persetujuan", "mendapat",
                         "mendapatkan", "memperoleh", "approved", "received", "obtained", "menjalani", "evaluasi",
                         "diedarkan", "diimpor", "lahir", "pengembangan"})
# words naming a product's maker right after its name: "Produk Kardiolin keluaran PT X"
_MAKER_WORDS = frozenset({"produksi", "buatan", "besutan", "keluaran", "karya", "racikan"})
# passive make/sell verbs its maker or seller may follow bare: "Produk Kiranavit dipasarkan PT X"
_BY_WORDS = frozenset({"diproduksi", "dikembangkan", "dipasarkan", "didistribusikan", "dibuat"})
# title-case category words: "Obat Keras", "Kosmetik Ilegal", "Vaksin Dosis Ketiga", "Susu Formula"
_CATEGORY_WORDS = frozenset({"Keras", "Bebas", "Terbatas", "Ilegal", "Formula", "Dosis", "Tradisional", "Herbal",
                             "Generik", "Impor", "Palsu", "Kedaluwarsa", "Kesehatan", "Dasar", "Lengkap", "Esensial",
                             "Paten", "Bermerek", "Tambahan", "Booster", "Penguat", "Halal"})


def _titled_brand(t, j: int, e: int) -> bool:  # type: ignore[no-untyped-def]
    """After a capitalised class word ("Insulin Glucoset", "Obat Keras"), a name is a brand only when it is shaped
    like one (digits, a hyphen, inner capitals) or the sentence goes on to say who makes, sells or licenses it."""
    words = t.words[j:e]
    if any(w in _CATEGORY_WORDS for w in words):
        return False
    if any(any(ch.isdigit() for ch in w) or "-" in w or any(ch.isupper() for ch in w[1:]) for w in words):
        return True
    return any(t.lower[x] in _FACT_WORDS for x in range(e, min(len(t.words), e + 4)))
