"""Products known by a development code: "SGB-D60", "DBL-201", "HLX04", "CT-P13".

Why: licensing deals, clinical trials and approvals name a biosimilar or vaccine candidate by its
sponsor's code long before (or instead of) a brand. The code has a fixed shape (letters, an
optional hyphen, digits) and the clause around it speaks of development, trials or licences; the
same shape also names diseases ("COVID-19"), standards ("ISO 13485") and laws, which are left out.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx

_CODE = re.compile(r"^[A-Z]{2,6}-?[A-Z]{0,2}\d{2,5}[A-Za-z]{0,2}$")
_NOT_CODES = frozenset({"COVID", "SARS", "MERS", "HIV", "ISO", "SNI", "IEC", "PP", "UU", "PMK", "GMP", "NIE", "ICH", "PIC",
                        "IDX", "BEI", "Q", "FY", "H", "HPV", "EN", "ASTM", "USP", "BP", "RS", "KM", "NO", "IKN", "PSBB",
                        "GBP", "USD", "IDR", "RP", "EUR", "SEA", "TKDN", "DKL", "DTL", "POM", "MD", "ML", "NA", "KH"})
_CUES = frozenset({"developed", "develops", "developing", "development", "mengembangkan", "dikembangkan", "pengembangan",
                   "kandidat", "candidate", "biosimilar", "biosimilars", "vaksin", "vaccine", "uji", "klinik", "klinis",
                   "clinical", "trial", "trials", "molekul", "molecule", "lisensi", "license", "licence", "licensed",
                   "licensing", "terapi", "therapy", "antibodi", "antibody", "obat", "drug", "produk", "product",
                   "izin", "approval", "approved", "registrasi", "registration", "memproduksi", "manufacture"})
_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"})
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d$")
_WINDOW = 14  # tokens either side, within the sentence


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t)
    for k in range(n):
        w = t.words[k]
        if len(w) > 10 or not _CODE.match(w) or ctx.owner[k] >= 0 or t.masked[k]:
            continue
        head = re.split(r"[-\d]", w, maxsplit=1)[0]
        if head in _NOT_CODES or head in _ROMAN or _YEAR.search(w):
            continue  # "kuartal IV-2025", "RPJMN-2029": a period, not a product
        if _cued(t, k) and (k + 1 >= n or t.words[k + 1] not in ("Tahun", "tahun", "Nomor", "No")):
            ctx.add(k, k + 1, "Product", None, "pattern")


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
