"""Products known by a development code: "SGB-D60", "DBL-201", "HLX04", "CT-P13".

Why: licensing deals, clinical trials and approvals name a biosimilar or vaccine candidate by its
sponsor's code long before (or instead of) a brand. The code has a fixed shape (letters, an
optional hyphen, digits) and the clause around it speaks of development, trials or licences; the
same shape also names diseases ("COVID-19"), standards ("ISO 13485") and laws, which are left out.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_cap

# "HPCV-13", "PNEUVIA-15", and a device's model number after a hyphen: "OXYNA-5", "VENTRA-2"
_CODE = re.compile(r"^(?:[A-Z]{2,8}-?[A-Z]{0,2}\d{2,5}[A-Za-z]{0,2}|[A-Z]{4,8}-\d)$")
_NOT_CODES = frozenset({"COVID", "SARS", "MERS", "HIV", "ISO", "SNI", "IEC", "PP", "UU", "PMK", "GMP", "NIE", "ICH", "PIC",
                        "IDX", "BEI", "Q", "FY", "H", "HPV", "EN", "ASTM", "USP", "BP", "RS", "KM", "NO", "IKN", "PSBB",
                        "GBP", "USD", "IDR", "RP", "EUR", "SEA", "TKDN", "DKL", "DTL", "POM", "MD", "ML", "NA", "KH",
                        "ASEAN", "APEC", "BRICS", "PPKM", "RPJMN", "RPJPN", "SDGS"})
_CUES = frozenset({"developed", "develops", "developing", "development", "mengembangkan", "dikembangkan", "pengembangan",
                   "kandidat", "candidate", "biosimilar", "biosimilars", "vaksin", "vaccine", "uji", "klinik", "klinis",
                   "clinical", "trial", "trials", "molekul", "molecule", "lisensi", "license", "licence", "licensed",
                   "licensing", "terapi", "therapy", "antibodi", "antibody", "obat", "drug", "produk", "product",
                   "izin", "approval", "approved", "registrasi", "registration", "memproduksi", "manufacture"})
_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d$")
_WINDOW = 14
_HAS_DIGIT = re.compile(r"\d").search  # tokens either side, within the sentence


def _shaped(w: str) -> bool:
    code, slash, brand = w.partition("/")
    return bool(_CODE.match(code)) and (not slash or brand[:1].isupper())


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for k in t.where_word(_shaped, _HAS_DIGIT):  # distinct words tested once; most hold no digit at all
        w = t.words[k]
        code, slash, brand = w.partition("/")
        if slash and _CODE.match(code) and brand[:1].isupper() and brand.isalpha() and ctx.owner[k] < 0 and _cued(t, k):
            # "KLB-D02/Ostiva": the code and the brand of one product; the brand alone later is that product too
            ctx.add(k, k + 1, "Product", None, "pattern", canonical=code)
            ctx.defined.setdefault(brand, ("Product", None, code))
            continue
        if len(w) > 10 or not _CODE.match(w) or ctx.owner[k] >= 0 or t.masked[k]:
            continue
        head = re.split(r"[-\d]", w, maxsplit=1)[0]
        if head in _NOT_CODES or head in _ROMAN or _YEAR.search(w):
            continue  # "kuartal IV-2025", "RPJMN-2029": a period, not a product
        if batch_number(t, k):
            continue  # "nomor bets TR2401 dan TR2405": a production batch of a product, not one
        if _cued(t, k) and (k + 1 >= n or t.words[k + 1] not in ("Tahun", "tahun", "Nomor", "No")):
            s = k
            if k >= 2 and is_cap(t.words[k - 1]) and t.words[k - 1].isalpha() and not t.words[k - 1].isupper() and ctx.owner[k - 1] < 0 \
                    and not t.newline_before[k] and t.words[k - 2] not in (".", "!", "?") and not t.newline_before[k - 1]:
                s = k - 1  # "Pneumo BF-13": a name word before the code is the product's
            _glossed(ctx, k, ctx.add(s, k + 1, "Product", None, "pattern"))


_BATCH = frozenset({"bets", "batch", "batches", "lot", "lots", "produksi"})  # "nomor bets", "batch no.", "kode produksi"
_BATCH_LINK = frozenset({"nomor", "no", "number", "numbers", ".", ":", ",", "dan", "and", "serta", "/"})


def batch_number(t: object, k: int) -> bool:
    """Whether the code at ``k`` follows "bets"/"batch"/"lot" over numbers, links and other codes."""
    words, lower = t.words, t.lower  # type: ignore[attr-defined]
    for b in range(k - 1, max(-1, k - 8), -1):
        if lower[b] in _BATCH:
            return lower[b] != "produksi" or (b > 0 and lower[b - 1] == "kode")
        if lower[b] not in _BATCH_LINK and not _CODE.match(words[b]):
            return False
    return False


def _glossed(ctx: Ctx, k: int, m: int) -> None:
    """"Ostiva (KLB-D02)", "KLB-D02 (Ostiva)": a brand glossing its code, or glossed by it, is one product."""
    t = ctx.t
    n = len(t.words)
    if m < 0:
        return
    if 2 <= k and k + 1 < n and t.words[k - 1] == "(" and t.words[k + 1] == ")":
        b = k - 2
        if is_cap(t.words[b]) and t.words[b].isalpha() and (ctx.owner[b] < 0 or ctx.type_at(b) == "Product"):
            ctx.link(m, ctx.owner[b] if ctx.owner[b] >= 0 else ctx.add(b, b + 1, "Product", None, "pattern"))
    elif k + 3 < n and t.words[k + 1] == "(" and t.words[k + 3] == ")":
        b = k + 2
        if is_cap(t.words[b]) and t.words[b].isalpha() and (ctx.owner[b] < 0 or ctx.type_at(b) == "Product"):
            ctx.link(m, ctx.owner[b] if ctx.owner[b] >= 0 else ctx.add(b, b + 1, "Product", None, "pattern"))


def _cued(t: object, k: int) -> bool:
    """A development, trial, licence or approval word in the code's sentence."""
    words, lower = t.words, t.lower  # type: ignore[attr-defined]
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(words) and abs(j - k) <= _WINDOW and words[j] not in (".", "!", "?"):
            if lower[j] in _CUES:
                return True
            j += step
    return False
