"""Brands the sentence explains: before "merupakan produk", set off with their class, glossed with a substance.

Why: a brand unknown to the lexicon is often introduced by saying what it is: "Lanadex dan Lanadex
Forte merupakan produk PT X", "Lanadex, obat pereda nyeri", "Ostelix, an osteoporosis drug",
"Neurexa (tenapanor)". Split from ``classed`` (class phrases and lists) to keep modules short.
"""

from __future__ import annotations

from graphbuild.extract.entities.brands import NUMBER, UNITS, product_name
from graphbuild.extract.entities.classed import HEADS, SEP, STOP, STRENGTH, add_brand, common_words
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.products import FORMS
from graphbuild.extract.entities.tokens import is_cap

# photo-caption words in brackets: "(ilustrasi)", "(tengah)", "(dokumentasi)"
_CAPTIONS = frozenset({"ilustrasi", "dokumentasi", "istimewa", "tengah", "kanan", "kiri", "belakang", "depan",
                       "persero", "arsip", "sumber", "illustration", "center", "centre", "left", "right", "file"})
_NP_END = frozenset({",", ".", ";", ")", "for", "from", "that", "which", "to", "used", "developed", "made", "by",
                     "produced", "manufactured", "approved", "marketed", "in", "against", "with"})
# English heads only an article-led apposition reads: "Venatrix, its treatment for hepatitis B"
_EN_HEADS = frozenset({"treatment", "biologic", "antiviral", "candidate", "painkiller", "injection"})
_RESEARCH = frozenset({"riset", "penelitian", "pengembangan", "inovasi", "karya", "kolaborasi", "kerja"})
_COPULA = frozenset({"merupakan", "adalah", "ialah", "are", "is"})
# sentence-opening adverbs a capitalised name may follow ("Adapun X merupakan …")
_ADVERBS = frozenset({"adapun", "sementara", "sedangkan", "kini", "kemudian", "namun", "selanjutnya", "sebelumnya"})


def _before_copula(ctx: Ctx) -> None:
    """"Lanadex dan Lanadex Forte merupakan produk PT X": the names a sentence opens with."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(_COPULA, lower=True):
        if k + 1 >= n or t.lower[k + 1] not in HEADS and not (k + 2 < n and t.lower[k + 2] in HEADS) and not (
                k + 2 < n and t.lower[k + 1] in ("hasil", "buah") and t.lower[k + 2] in _RESEARCH):
            continue  # "Rotagen merupakan buah riset PT X"
        items: list[tuple[int, int]] = []
        e = k
        while e > 0:
            s = e
            while s - 1 >= 0 and e - s < 3 and product_name(ctx, s - 1) and is_cap(t.words[s - 1]) and not t.newline_before[s] \
                    and t.lower[s - 1] not in _ADVERBS:
                s -= 1
            if s < e and s > 0 and t.lower[s - 1] in _ADVERBS and (s == 1 or t.words[s - 2] in (".", "!", "?")):
                items.append((s, e))  # "Adapun PneuNusa-13 merupakan produk PT X": the adverb opens the sentence
                break
            if s == e:  # "Menurut perusahaan, Respiclear merupakan …": a fronted phrase ends the list
                items = items if t.words[e] == "," else []
                break
            items.append((s, e))
            if s == 0 or t.newline_before[s] or t.words[s - 1] in (".", "!", "?"):
                break
            if t.words[s - 1] not in SEP:
                items = []
                break
            e = s - 1
            while e > 0 and t.words[e - 1] in SEP:
                e -= 1
        for a, b in items:
            add_brand(ctx, a, b)


def _explained(ctx: Ctx) -> None:
    """"Lanadex, obat pereda nyeri" / "Sehatku, jamu produksi PT X" / "Ostelix, an osteoporosis drug"."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(frozenset({","})):
        if k < 1 or k + 1 >= n:
            continue
        h = k + 1
        if t.lower[h] in ("kandidat", "calon", "candidate") and h + 1 < n and t.lower[h + 1] in HEADS:
            h += 1  # "atas Hepanus, kandidat fitofarmaka untuk …": the class after "candidate" is the head
        elif t.lower[h] in ("a", "an", "sebuah", "the", "its", "their"):
            h += 1
            while h < n and h - k <= 4 and t.words[h].islower() and t.lower[h] not in HEADS | _EN_HEADS:
                h += 1
        mix = _mixes(ctx, h)  # "adalah Rosuvel, kombinasi dosis tetap rosuvastatin dan ezetimib": what the brand combines
        if h >= n or not (mix or t.words[h] in HEADS or (h > k + 1 and t.words[h] in _EN_HEADS)):
            continue
        if h > k + 1 and t.lower[k + 1] not in ("kandidat", "calon") and (h + 1 >= n or t.lower[h + 1] not in _NP_END):
            continue  # English heads come last: "Rizal, a drug analyst" is no drug
        s = k
        while s - 1 >= 0 and k - s < 3 and product_name(ctx, s - 1) and is_cap(t.words[s - 1]) and not t.newline_before[s]:
            s -= 1
        if s == k or t.lower[k - 1].endswith("nya"):
            continue  # "Targetnya, kandidat vaksin …": a noun with its pronoun, no brand
        p = t.words[s - 1] if s > 0 and not t.newline_before[s] else "."
        if p in (".", "!", "?", "“", '"') or (p.islower() and p.isalpha() and (mix or p not in STOP)) or (
                h > k + 1 and p in ("for", "to", "of")):  # "approval for Venatrix, its treatment for …"
            add_brand(ctx, s, k)


_MIX = frozenset({"kombinasi", "campuran", "perpaduan", "combination"})


def _mixes(ctx: Ctx, h: int) -> bool:
    """Token ``h`` opens a combination of named substances: "kombinasi (dosis tetap) amlodipin dan …"."""
    t = ctx.t
    if h >= len(t.words) or t.lower[h] not in _MIX:
        return False
    j = h + 1 + (h + 2 < len(t.words) and t.lower[h + 1] in ("dosis", "fixed-dose") and t.lower[h + 2] in ("tetap", "of"))
    j += j < len(t.words) and t.lower[j] in ("of", "dari", "antara")
    j += j < len(t.words) and t.lower[j] == "tetap"
    return j < len(t.words) and ctx.type_at(j) == "Product" and t.words[j][:1].islower()


def _closes(t, k: int) -> bool:  # type: ignore[no-untyped-def]
    """The gloss closes at ``k``, or after a strength there: "(ceftriaxone 1 g)", "(meropenem 500 mg)"."""
    w = t.words
    if k < len(w) and w[k] == ")":
        return True
    return k + 2 < len(w) and bool(NUMBER.match(w[k])) and w[k + 1].lower() in UNITS and w[k + 2] == ")"


# what a gloss says after the substance: its release and dose form ("extended-release tablets 500 mg")
_FORM_WORDS = frozenset({"tablet", "tablets", "kapsul", "capsule", "capsules", "kaplet", "caplet", "caplets",
                         "extended-release", "modified-release", "sustained-release", "prolonged-release", "delayed-release",
                         "lepas", "lambat", "terkendali", "salut", "selaput", "enterik", "film-coated", "coated"})


def _described(t, k: int) -> int:  # type: ignore[no-untyped-def]
    """The gloss goes on from ``k`` with the dose form (and strength) only and closes: where its ")" stands, or 0."""
    e = k
    while e < len(t.words) and e - k < 7 and (t.lower[e] in _FORM_WORDS or NUMBER.match(t.words[e]) or t.lower[e] in UNITS):
        e += 1
    return e if e > k and e < len(t.words) and t.words[e] == ")" and any(t.lower[x] in _FORM_WORDS for x in range(k, e)) else 0


def _glossed(ctx: Ctx) -> None:
    """"Neurexa (tenapanor)": a capitalised name glossed with a lower-case substance is a brand of it."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(frozenset({"("})):
        if k < 1 or k + 2 >= n:
            continue
        w, close = t.words[k + 1], k + 2
        o = ctx.owner[k + 1]
        if o >= 0 and (x := ctx.mentions[o]) is not None and x.type == "Product" and x.text[:1].islower() \
                and ctx.spans[o][0] == k + 1 and ctx.spans[o][1] < n and _closes(t, ctx.spans[o][1]):
            close = ctx.spans[o][1]  # "Epovita (epoetin alfa)": a substance of several words the lexicon knows
        elif o >= 0 and (x := ctx.mentions[o]) is not None and x.type == "Product" and x.text[:1].islower() \
                and ctx.spans[o][0] == k + 1 and _described(t, ctx.spans[o][1]) > 0:
            close = ctx.spans[o][1]  # "Glucorin XR 500 (metformin hydrochloride extended-release tablets 500 mg)"
        elif not (_closes(t, k + 2) or _described(t, k + 2)) or not (w.isalpha() and w.islower() and len(w) >= 6) or w in common_words() \
                or w in _CAPTIONS:
            continue
        s = k
        strength = k >= 2 and STRENGTH.match(t.words[k - 1]) is not None and ctx.owner[k - 1] < 0 and product_name(
            ctx, k - 2) and not t.newline_before[k - 1]
        s -= strength  # "Glucorin XR 500 (metformin …)": the strength as the brand is written
        while s - 1 >= 0 and (k - s < 2 + strength or k - s == 2 and t.words[k - 1] in FORMS) and product_name(ctx, s - 1) \
                and is_cap(t.words[s - 1]) and not t.newline_before[s]:
            s -= 1  # three words when a form word ends them: "Batukol Anak Sirup (guaifenesin)"
        if s == k - strength:
            continue
        b = add_brand(ctx, s, k) if s < k else -1
        if b >= 0:  # the substance in the gloss is the brand's alias
            name = " ".join(t.words[s:k])
            if t.words[close] != ")" and (x := ctx.mentions[ctx.owner[k + 1]]) is not None and x.source == "lexicon":
                x.canonical = name  # "Aruxone (ceftriaxone 1 g)": the brand names the pair, as without the strength
            ctx.link(b, ctx.add(k + 1, close, "Product", None, "pattern", canonical=name) if ctx.owner[k + 1] < 0
                     else ctx.owner[k + 1])


_BULLETS = frozenset({"-", "*", "\u2022", "\u2013", "\u00b7"})
_DASHES = frozenset({"\u2014", "\u2013", "-", ":", ","})
_LOWER_FORMS = frozenset(f.lower() for f in FORMS) | {"fitofarmaka", "jamu", "oht", "injeksi", "injection", "vaksin", "vaccine", "suspensi", "suspension",
                                                      "kaplet", "caplet", "tetes", "larutan", "solution", "serbuk", "powder"}


def _bullet_glossed(ctx: Ctx) -> None:
    """"- Lipocor 20 (atorvastatin 20 mg) — …", "• Respivan (sirup kombinasi …): …": a product list item, the name
    opening the line, glossed by its form or substance, then a dash or colon before what is said of it."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(frozenset({"("})):
        s = k
        while s - 1 >= 0 and k - s < 3 and not t.newline_before[s] and t.words[s - 1] not in _BULLETS and (
                product_name(ctx, s - 1) and is_cap(t.words[s - 1])
                or s == k and t.words[s - 1].isdigit() and s - 1 > 0
                or s == k and t.words[s - 1] == "%" and s - 2 > 0 and t.words[s - 2].isdigit()):  # "Albusam 20% (albumin)"
            s -= 2 if t.words[s - 1] == "%" else 1
        if s == k or not is_cap(t.words[s]) or not (t.newline_before[s] or s > 0 and t.words[s - 1] in _BULLETS
                                                    and t.newline_before[s - 1]):
            continue
        close = next((j for j in range(k + 1, min(n, k + 10)) if t.words[j] == ")"), -1)
        if close < 0 or close + 1 < n and t.words[close + 1] not in _DASHES and not (
                t.newline_before[close + 1] and _product_intro(t, s)):
            continue  # (the item may end its line under "Produk …:": "- Imunosam (imunoglobulin intravena)")
        inner = range(k + 1, close)
        if not any(t.lower[j] in _LOWER_FORMS or (o := ctx.owner[j]) >= 0 and (x := ctx.mentions[o]) is not None
                   and x.type == "Product" and x.text[:1].islower() for j in inner):
            continue
        b = add_brand(ctx, s, k)
        if b >= 0 and (o := ctx.owner[k + 1]) >= 0 and ctx.spans[o][0] == k + 1 and ctx.type_at(k + 1) == "Product" \
                and sum(x is not None and x.text.lower() == ctx.mentions[o].text.lower() for x in ctx.mentions) == 1:
            ctx.link(b, o)  # "Imunosam (imunoglobulin intravena)": the substance that opens the gloss is the brand's


def _product_intro(t, s: int) -> bool:  # type: ignore[no-untyped-def]
    """The bullet list holding token ``s`` is led by a line ending in ":", or a heading, that names products."""
    a = s
    while a > 0 and s - a < 80:  # back to the first line of the list that is no bullet
        a -= 1
        while a > 0 and not t.newline_before[a]:
            a -= 1
        if t.words[a] not in _BULLETS:
            break
    e = a + 1
    while e < len(t.words) and not t.newline_before[e]:
        e += 1
    if t.words[e - 1] not in (":",) and (t.words[e - 1] in (".", "!", "?") or e - a > 12):
        return False  # a sentence, not a list's lead-in or heading
    return any(t.lower[x] in HEADS or t.lower[x] in ("portofolio", "portfolio") for x in range(a, e))


# words that label a list item rather than name it ("- **Catatan**: obat keras …")
_LABELS = frozenset({"catatan", "keterangan", "note", "notes", "perhatian", "peringatan", "penting", "kesimpulan",
                     "ringkasan", "tips", "info", "informasi", "contoh", "example", "warning", "status", "produk",
                     "product", "kategori", "category", "jenis", "indikasi", "indication", "dosis", "dose", "tindakan",
                     "temuan", "sanksi", "action", "finding", "findings", "hasil", "result"})
_PLACE = frozenset({"Location"})  # a place inside an item's name ("Pegagan Sumatera") is the name's
# what a product item says first after its dash besides its class: its make-up or its maker ("- X — ekstrak gambir
# untuk diare", "1. X — kombinasi kayu manis …", "- X — diproduksi oleh CV Y")
_MADE = frozenset({"ekstrak", "kombinasi", "extract", "combination", "diproduksi", "dikembangkan", "buatan",
                   "manufactured", "produced", "developed"})


def _bullet_described(ctx: Ctx) -> None:
    """"- DengaShield – vaksin dengue tetravalen …", "• Pulmorest: obat antifibrosis paru …": a list item whose
    name alone opens the line (bullet, bold stripped), then a dash or colon and the product's class word."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(frozenset({"\u2013", "\u2014", "-", ":"})):
        if k < 2 or k + 1 >= n or t.newline_before[k] or t.newline_before[k + 1]:
            continue
        q = k
        while q > 0 and t.words[q - 1] == "*" and not t.newline_before[q]:
            q -= 1  # "- **X** – …" in plain text: the bold marks stay as tokens
        s = q
        while s - 1 >= 0 and q - s < 4 and not t.newline_before[s] and t.words[s - 1] not in _BULLETS \
                and (product_name(ctx, s - 1) or ctx.type_at(s - 1) == "Location") \
                and (is_cap(t.words[s - 1]) or any(ch.isdigit() for ch in t.words[s - 1])):
            s -= 1
        b = s - 1
        while b > 0 and t.words[b] == "*" and (t.words[b - 1] in _BULLETS or t.words[b - 1] in ("*", ".")) \
                and not t.newline_before[b]:
            b -= 1
        if b > 0 and t.words[b] == "." and t.words[b - 1].isdigit() and (b == 1 or t.newline_before[b - 1]):
            b -= 1  # "1. **X** — …": a numbered item
        elif s == q or not is_cap(t.words[s]) or b < 0 or t.words[b] not in _BULLETS or not (b == 0 or t.newline_before[b]):
            continue
        if s == q or not is_cap(t.words[s]) or q - s > 3 and t.lower[q - 1] not in _LOWER_FORMS:
            continue  # four words only when the last is the dosage form ("Asam Urat Jos Serbuk")
        head = k + 1 + (t.lower[k + 1] in ("sebuah", "suatu", "a", "an", "the"))
        if head >= n or t.lower[head] not in HEADS and t.lower[head] not in _LOWER_FORMS and (
                t.lower[head] not in _MADE or t.words[k] == ":") or not t.words[head].islower():
            continue
        if any(ctx.owner[x] >= 0 and ctx.type_at(x) != "Product" for x in range(s, q)) and not (
                q - s > 1 and ctx.owner[s] < 0 and ctx.lexicon_inside(s, q, _PLACE)) or t.lower[s] in _LABELS:
            continue  # a company, a person or a place the item names, not a brand
        add_brand(ctx, s, q)


def find(ctx: Ctx) -> None:
    _before_copula(ctx)
    _explained(ctx)
    _glossed(ctx)
    _bullet_glossed(ctx)
    _bullet_described(ctx)
