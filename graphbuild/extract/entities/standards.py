"""Standards named with their issuer or their number: "PIC/S GMP", "EU GMP", "WHO GMP", "SNI 3556:2016",
"SNI 01-7111.1-2005".

Why: the lexicon knows "GMP", "PIC/S", "EU" and "SNI" one by one, so "memenuhi CPOB dan PIC/S GMP" gave the
organisation PIC/S and the bare standard GMP, and "berdasarkan SNI 3556:2016 tentang garam" gave only the
generic "Standar Nasional Indonesia". The issuer before a practice code, or the number after "SNI", makes one
standard of its own; the shorter lexicon names inside it are absorbed.
"""

from __future__ import annotations

from operator import methodcaller

from graphbuild.extract.entities.context import Ctx

# issuers whose practice codes are standards of their own ("PIC/S GMP", "EU GMP", "WHO GMP", "EU GDP")
_ISSUERS = frozenset({"PIC/S", "PICS", "EU", "WHO"})
_CODES = frozenset({"GMP", "cGMP", "GDP", "GCP", "GLP", "GDocP"})
_SNI = frozenset({"SNI"})


def _joined(w: str) -> bool:
    """"EU-GMP", "WHO-GMP": an issuer hyphened to its practice code."""
    a, _, b = w.partition("-")
    return a in _ISSUERS and b in _CODES


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    words = t.words
    for k in t.where(_CODES):  # "PIC/S GMP": the issuer right before the code, in the same line
        i = k - 1
        if i < 0 or words[i] not in _ISSUERS or t.newline_before[k] or t.masked[i] or t.masked[k]:
            continue
        if t.starts[k] != t.ends[i] + 1:
            continue  # one space between: "the EU, GMP inspections" is two things
        if k + 1 < n and words[k + 1] in ("Guide", "Guidelines", "Guidance"):
            continue  # "PIC/S GMP Guide": the lexicon's document
        ctx.add(i, k + 1, "Regulation", "standard", "cue")
    for k in t.where_word(_joined, methodcaller("__contains__", "-")):  # "EU-GMP": issuer and code as one word
        if ctx.owner[k] < 0 and not t.masked[k]:
            ctx.add(k, k + 1, "Regulation", "standard", "cue")
    for k in t.where(_SNI):  # "SNI 3556:2016", "SNI 01-7111.1-2005": a national standard by its number
        j = k + 1
        if j >= n or t.newline_before[j] or not words[j][:1].isdigit() or t.masked[k]:
            continue
        e = j + 1
        # "3556 : 2016", "7111 . 1 - 2005": the parts written without spaces belong to the number
        while e < n and t.starts[e] == t.ends[e - 1] and (words[e] in (":", ".", "-", "/") or words[e][:1].isdigit()):
            e += 1
        while e > j + 1 and not words[e - 1][:1].isdigit():
            e -= 1  # a trailing full stop or colon ends the sentence, not the number
        ctx.add(k, e, "Regulation", "standard", "cue")


# Indonesia's registration classes: "izin edar AKL", "AKD 20301234567", "(AKL)" after an item of a list; a class of
# permit, never a brand (medical devices AKD/AKL, household goods PKD/PKL, drugs D?L/D?I, generics G?L, OTC N?L)
REGISTER_CLASSES = frozenset({"AKD", "AKL", "PKD", "PKL", "DKL", "DKI", "DBL", "DBI", "DTL", "DTI", "DPL", "GKL", "GKI",
                              "GBL", "GBI", "GTL", "NKL", "NKI", "NBL", "NBI", "NTL"})
_PERMIT_WORDS = frozenset({"edar", "nomor", "bernomor", "registrasi", "nie", "no", "no.", "izin", "kode", "kategori"})


def registration_classes(ctx: Ctx) -> None:
    """Mask the registration class of a permit before the brand rules read it (run before them)."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(REGISTER_CLASSES):
        if ctx.owner[k] >= 0:
            continue
        before = t.lower[k - 1] if k else ""
        after = t.words[k + 1] if k + 1 < n else ""
        if before in _PERMIT_WORDS or after[:1].isdigit() or (before == "(" and after == ")"):
            t.masked[k] = True
