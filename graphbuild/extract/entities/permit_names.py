"""Long local brand names after a marketing permit or a product certificate: "membekukan izin edar Sirup Markisa Kembang Sari, salah
satu produk …", "NIE untuk produk Kunyit Asam Sekar Kedaton milik CV X", "izin edar untuk Teh Daun Kelor
Sumbawa milik Koperasi Y", "produk Galuh Tapel Bungas dan Galuh Sehat Urat yang diproduksi UD Z".

Why: small makers of jamu, drinks and food name a product by what it is, its taste and a house or place word,
four or five capitalised words long. The brand rules stop after two or three words (most brands are short),
so they cut such names ("Kunyit Asam Sekar") or drop them (the run goes on past their limit). After a permit
word the object is the product, and a run closed by a comma, the end of the sentence or its maker
("milik", "produksi", "yang diproduksi") is its whole name.
"""

from __future__ import annotations

from graphbuild.extract.entities.brands import product_name
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_acronym, is_cap

# the permit words whose object is a product ("izin edar X", "NIE X", "notifikasi X")
_PERMITS = frozenset({"edar", "nie", "notifikasi"})
# words between the permit and the name ("izin edar untuk produk X", "NIE bagi X")
_SKIP = frozenset({"untuk", "bagi", "atas", "produk", "sementara"})
# what may close the name: punctuation, its maker, a relative clause, a coordinated second name
_CLOSE = frozenset({",", ".", ";", ":", "milik", "produksi", "buatan", "keluaran", "besutan", "yang", "dan", "serta",
                    "kini", "telah", "sudah", "resmi"})
_NAME_TYPES = frozenset({"Product", "Location"})  # words another rule took inside the name: a short brand, a place
_MOST = 5


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for k in t.where(_PERMITS | {"produk"}, lower=True):
        if t.lower[k] == "edar" and (k == 0 or t.lower[k - 1] != "izin"):
            continue
        if t.lower[k] == "produk" and (k == 0 or t.lower[k - 1] not in ("untuk", "bagi")):
            continue  # "sertifikat SNI untuk produk X": what a permit or certificate is for
        if not t.words[k - 1 if t.lower[k] == "edar" else k][:1].islower() and t.lower[k] != "nie":
            continue  # "Izin Edar …" heads a title
        j = k + 1
        while j < n and j - k <= 5 and (t.lower[j] in _SKIP or t.words[j] in ("(", ")", "NIE")) and not t.newline_before[j]:
            j += 1  # ("izin edar (NIE) untuk produk X")
        e = _name(ctx, j)
        while e > 0 and ctx.add(j, e, "Product", None, "cue") >= 0 and e + 1 < n and t.lower[e] in ("dan", "serta"):
            j = e + 1  # "produk A dan B yang diproduksi …": a second name of the same shape
            e = _name(ctx, j)


def _name(ctx: Ctx, j: int) -> int:
    """End of a long product name (3 to 5 words) opening at ``j`` and closed as a permit's object is, or -1."""
    t = ctx.t
    n = len(t.words)
    if j < n and t.words[j] in _FORMS and ctx.type_at(j) == "Person":
        a, b = ctx.spans[ctx.owner[j]]
        if a == j and b - a >= 3:
            ctx.drop(ctx.owner[j])  # "Sirup Markisa Kembang Sari": no person's name opens with a dosage form
    e = j
    while e < n and e - j < _MOST and not t.newline_before[e] and is_cap(t.words[e]) and not is_acronym(t.words[e]) and (
            product_name(ctx, e) or ctx.type_at(e) in _NAME_TYPES or t.words[e] == "Cap"
            or (e > j and ctx.owner[e] < 0 and not t.masked[e])):
        e += 1  # (past the first word ordinary words too: "Galuh Sehat Urat", "Teh Daun Kelor", "Bubur Bayi Si Kecil X")
    if e - j < 3 or e >= n or t.lower[e] not in _CLOSE or t.newline_before[e] or t.words[e - 1] in t.cue.institutional:
        return -1  # (an institution's word ending the run: "… Dinas Kesehatan", not a product)
    for m in {ctx.owner[x] for x in range(j, e)} - {-1}:
        a, b = ctx.spans[m]
        if a < j or b > e:
            return -1  # a name running past the run ("… Kembang Sari Jaya") is another rule's, and longer
    return e


# dosage and food forms a local product's name opens with ("Sirup Markisa …", "Teh Daun Kelor …")
_FORMS = frozenset({"Sirup", "Teh", "Kapsul", "Jamu", "Serbuk", "Bubuk", "Madu", "Minuman", "Salep", "Krim", "Pil",
                    "Tablet", "Minyak", "Sari", "Garam", "Bubur", "Sereal", "Lulur", "Sabun"})
