"""Products listed after a count: "Ketujuh produk yang izin edarnya dicabut adalah Jamu Asam Urat Sendi
Waras, Tawon Liar Super, …, dan Kapsul Sari Kunyit Plus."

Why: recall and approval stories count the products and then list them, and the names of jamu and
cosmetics are ordinary capitalised words ("Pegal Linu Cap Gatotkaca") that no other rule takes for
brands. The count ("ketujuh produk", "tiga obat", "the three products") before "adalah/yaitu/…"
says that every comma-separated capitalised item that follows is a product. So does a list of seized goods
("Barang bukti yang disita antara lain:" and one bulleted line per item: "- Tongkat Madura Super, 64 karton;").
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.brands import NUMBER, UNITS, cap_tail
from graphbuild.extract.entities.context import Ctx

_COUNT = re.compile(r"^(?:ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)|dua|tiga|empat|lima|enam|tujuh|"
                    r"delapan|sembilan|sepuluh|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)$", re.I)
_NOUNS = frozenset({"produk", "obat", "jamu", "kosmetik", "suplemen", "sirup", "vaksin", "merek", "sediaan", "products",
                    "drugs", "brands", "medicines", "vaccines", "cosmetics", "supplements"})
_OPENERS = frozenset({"adalah", "yaitu", "yakni", "meliputi", "ialah", "are", "include", "were", "namely", "antaranya", "lain"})
_SEP = frozenset({",", "dan", "serta", "and", ";"})
_MAX_ITEM = 6


_SEIZED = frozenset({"disita", "diamankan", "disegel", "dimusnahkan", "seized", "confiscated"})
# a dosage form written after the name on a list line: "Jamu Kuat Rajawali Emas kapsul, 150 karton"
_FORMS = frozenset({"kapsul", "serbuk", "tablet", "kaplet", "sirup", "cair", "krim", "salep", "pil", "bubuk", "sachet",
                    "capsules", "powder", "tablets", "syrup", "cream"})


def find(ctx: Ctx) -> None:
    _seized(ctx)
    t = ctx.t
    n = len(t.words)
    for k in t.where(_OPENERS, lower=True):
        if t.lower[k] in _EXAMPLE_LEAD and (k == 0 or t.lower[k - 1] != _EXAMPLE_LEAD[t.lower[k]]):
            continue  # "di antaranya", "antara lain"
        if not _counted(t, k, reach=10 if t.lower[k] in ("are", "were", "include") else 18):
            continue  # (a purpose clause may come between: "tiga produk unggulan untuk didaftarkan ke BPOM tahun ini, yakni")
        pos = k + 1
        if pos < n and t.words[pos] == ":":
            pos += 1
        if pos < n and t.newline_before[pos]:
            _bulleted(ctx, pos)  # "Ketiga produk tersebut adalah:\n1. Denvira, vaksin …\n2. Glucotra XR, …"
            continue
        items = _items(t, pos)
        if len(items) < 2:
            items = _described(t, pos)
        if len(items) >= 2:
            for a, b in items:
                if ctx.free(a, b) and not t.masked[a]:
                    ctx.add(a, b, "Product", None, "cue")
    _exemplified(ctx)
    _following(ctx)
    for k in t.where(frozenset({":"})):  # "the Company launched three new products following … (Badan POM):" and bullets
        if k + 1 < n and t.newline_before[k + 1] and _counted(t, k, reach=30):
            _bulleted(ctx, k + 1)


_FOLLOWING = frozenset({"berikut", "following"})


def _following(ctx: Ctx) -> None:
    """"… mendistribusikan produk-produk berikut ke rumah sakit …:" then bullets: each line opens with a product."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(_FOLLOWING, lower=True):
        if not _classed(t, k + 1):
            continue
        colon = next((x for x in range(k + 1, min(n, k + 16)) if t.words[x] in (":", ".") or t.newline_before[x]), -1)
        if colon > 0 and t.words[colon] == ":" and colon + 1 < n and t.newline_before[colon + 1]:
            _bulleted(ctx, colon + 1)


def _items(t: object, pos: int, stops: tuple[str, ...] = (".", "(")) -> list[tuple[int, int]]:
    """The comma-separated capitalised items of a list starting at ``pos`` (a gloss after one is passed over)."""
    words, nl = t.words, t.newline_before  # type: ignore[attr-defined]
    n = len(words)
    items: list[tuple[int, int]] = []
    while pos < n and not nl[pos]:
        while pos < n and words[pos] in _SEP and not nl[pos]:
            pos += 1
        if pos + 1 < n and words[pos] in _FORMS and words[pos + 1][:1].isupper():
            pos += 1  # "yakni A, B, dan serbuk C", "antara lain tablet A 5 mg (…)": a dosage form before a name
        b = pos
        while b < n and b - pos < _MAX_ITEM and (words[b][:1].isupper() or words[b].isdigit()) and not nl[b]:
            b += 1
        if b > pos + 1 and b < n and NUMBER.match(words[b - 1]) and words[b].lower() in UNITS:
            b += 1  # "Andacid 20 mg, Andavit C and Andaflu": a strength ends the item
        if b == pos or (b < n and words[b] not in _SEP and words[b] not in stops):
            break
        items.append((pos, b))
        if b < n and words[b] == "(":  # "A (parasetamol)": the gloss is not an item
            close = next((x for x in range(b, min(n, b + 8)) if words[x] == ")"), b)
            b = close + 1
        if b >= n or words[b] not in _SEP:
            break
        pos = b
    return items


# "lini produk jamu seperti A, B dan C", "Beberapa produk perusahaan, seperti A, B dan C,", "products …, namely A and B"
_EXAMPLES = frozenset({"seperti", "yakni", "yaitu", "namely", "including", "termasuk", "lain", "antaranya", "as"})
_EXAMPLE_LEAD = {"lain": "antara", "antaranya": "di", "as": "such"}
_POINTERS = frozenset({"tersebut", "itu", "ini"})
_PLACES = frozenset({"Location"})


def _exemplified(ctx: Ctx) -> None:
    """Products given as examples of a product class named just before: every item of a list closed by
    "dan"/"and" is a product (a place inside a name, "Kuku Bima", is the name's)."""
    t = ctx.t
    for k in sorted({*t.where(_EXAMPLES, lower=True), *t.where(_POINTERS, lower=True), *t.where(frozenset({","}))}):
        if t.words[k] == ",":  # "memasarkan dua produk Obat Herbal Terstandar, Herbacor dan Imunara"
            if k + 1 >= len(t.words) or not t.words[k + 1][:1].isupper() or not _counted(t, k, reach=6):
                continue
        elif t.lower[k] in _POINTERS:  # "Kedua obat tersebut, A dan B, …": the counted class set off by a comma
            if k + 1 >= len(t.words) or t.words[k + 1] != "," or not _counted(t, k + 1, reach=4):
                continue
            k += 1
        else:
            lead = _EXAMPLE_LEAD.get(t.lower[k])
            if lead is not None and (k == 0 or t.lower[k - 1] != lead) or not _classed(t, k):
                continue
        items = _items(t, k + 1, stops=(".", "(", ","))
        if len(items) < 2 or not any(t.lower[x] in ("dan", "and", "serta") for x in range(items[-2][1], items[-1][0])):
            continue
        for a, b in items:
            if not t.masked[a] and ctx.lexicon_inside(a, b, _PLACES):
                ctx.add(a, b, "Product", None, "cue")


def _classed(t: object, k: int) -> bool:
    """A product noun in the few words before the example word, in the same sentence."""
    words, lower = t.words, t.lower  # type: ignore[attr-defined]
    for j in range(k - 1, max(-1, k - 10), -1):
        if words[j] in (".", "!", "?", ";"):
            return False
        if lower[j] in _NOUNS or lower[j].partition("-")[0] in _NOUNS:  # "produk-produk"
            return True
    return False


_BULLETS = frozenset({"-", "\u2022", "*", "\u2013", "\u00b7"})
_ITEM_END = frozenset({",", "(", ";", ".", ":", "\u2013", "\u2014", "-", "untuk", "for"})  # "- A untuk hipertensi"


def _seized(ctx: Ctx) -> None:
    """"Barang bukti yang disita antara lain:" then a bulleted list: each line's leading name is a product."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(_SEIZED, lower=True):
        colon = next((x for x in range(k + 1, min(n, k + 8)) if t.words[x] in (":", ".", ";")), -1)
        if colon > 0 and t.words[colon] == ":" and colon + 1 < n and t.newline_before[colon + 1]:
            _bulleted(ctx, colon + 1, seized=True)


def _bulleted(ctx: Ctx, pos: int, seized: bool = False) -> None:
    """Each bulleted or numbered line opens with a product: the capitalised run before its comma or gloss. In a
    list of seized goods a name may end with "Cap …" and a dosage form, and a line that opens otherwise is passed."""
    t = ctx.t
    n = len(t.words)
    while pos < n and t.newline_before[pos]:
        a = pos + 1 if t.words[pos] in _BULLETS else pos + 2 if (
            t.words[pos].isdigit() and pos + 1 < n and t.words[pos + 1] in (".", ")")) else -1
        if a < 0 or a >= n or t.newline_before[a]:
            return
        b = a
        while b < n and b - a < 4 and (t.words[b][:1].isupper() or t.words[b].isdigit()) and not t.newline_before[b] \
                and not (seized and t.words[b] == "Cap"):
            b += 1
        if seized and b > a:
            b = cap_tail(ctx, b)
        end = b + 1 if b > a and b < n and t.lower[b] in _FORMS and not t.newline_before[b] else b  # "- Gastrazol 20 kapsul (…)"
        if not seized and end > b:
            end = _form_words(t, end)  # "- Metforin XR 500 tablet lepas lambat (…)"
        if b == a or (end < n and not t.newline_before[end] and t.words[end] not in _ITEM_END):
            if not seized:
                return
        elif seized and not t.masked[a] and (end > b or _packed(t, end)):
            ctx.add(a, b, "Product", None, "cue")  # a place inside the name ("Tongkat Madura Super") is the name's
        elif ctx.free(a, b) and not t.masked[a]:
            ctx.add(a, b, "Product", None, "cue")
        pos = next((x for x in range(max(b, a), n) if t.newline_before[x]), n)


def _form_words(t: object, end: int) -> int:
    """Past up to two lower-case words qualifying a dosage form ("tablet lepas lambat", "sirup kering") when the
    item ends after them."""
    words, nl = t.words, t.newline_before  # type: ignore[attr-defined]
    x = end
    while x < len(words) and x - end < 2 and not nl[x] and words[x].isalpha() and words[x].islower():
        x += 1
    return x if x > end and (x >= len(words) or nl[x] or words[x] in _ITEM_END) else end


_PACKS = frozenset({"karton", "botol", "sachet", "saset", "kotak", "dus", "pcs", "bungkus", "kemasan", "strip", "tube", "pot",
                    "kaleng", "boks", "box", "paket", "bottles", "packs", "cartons", "boxes", "vials", "vial", "ampul"})


def _packed(t: object, end: int) -> bool:
    """The line goes on with a count of packs ("…, 64 karton"): goods sold in packs, not a vehicle or cash."""
    words, lower, nl = t.words, t.lower, t.newline_before  # type: ignore[attr-defined]
    for x in range(end, min(len(words), end + 5)):
        if x > end and nl[x]:
            return False
        if lower[x] in _PACKS:
            return True
    return False


# "Ketiganya adalah …": the counted pronoun of products named just before
_COUNTED_PRONOUN = re.compile(r"^ke(?:dua|tiga|empat|lima|enam|tujuh|delapan)nya$", re.I)


def _described(t: object, pos: int) -> list[tuple[int, int]]:
    """Items each followed by a description and set apart by semicolons: "A, kapsul …; B, ekstrak …; serta C, …"."""
    words, nl = t.words, t.newline_before  # type: ignore[attr-defined]
    n = len(words)
    items: list[tuple[int, int]] = []
    while pos < n and not nl[pos]:
        if items and words[pos] in ("dan", "serta", "and"):
            pos += 1
        b = pos
        while b < n and b - pos < _MAX_ITEM and (words[b][:1].isupper() or words[b].isdigit()) and not nl[b]:
            b += 1
        if b == pos or b >= n or words[b] not in (",", "(", ";"):
            break
        items.append((pos, b))
        semi = next((x for x in range(b, min(n, b + 40)) if words[x] in (";", ".", "!", "?") or nl[x]), n)
        if semi >= n or words[semi] != ";":
            break
        pos = semi + 1
    return items if len(items) >= 2 and words[items[1][0] - 1] in (";", "dan", "serta", "and") else []


def _counted(t: object, k: int, reach: int = 10) -> bool:
    """A count and a product noun in the few words before the opener, in the same sentence."""
    words, lower = t.words, t.lower  # type: ignore[attr-defined]
    if k and _COUNTED_PRONOUN.match(words[k - 1]):
        return True
    for j in range(k - 1, max(-1, k - reach), -1):
        if words[j] in (".", "!", "?"):
            return False
        if (lower[j] in _NOUNS or lower[j].removesuffix("nya") in _NOUNS) and (any(  # "dua produknya, yaitu A dan B"
                _COUNT.match(words[x]) for x in range(max(0, j - 3), j)) or (j and lower[j - 1] == "first") or (
                j + 1 < len(words) and lower[j + 1] in ("pertama", "perdana"))):  # "first products … are A and B"
            return True
    return False
