"""Products in approval sentences: an unknown acronym there (and a name coordinated with it) is a product.

Read for ``products``: "Persetujuan … UCMSC dan Secretome". Kept apart with the tests that tell such an acronym
from a drug class ("SGLT2 inhibitor"), a service ("HALO BPOM"), a company's quoted short name, an issuing
authority ("izin edar dari EDA") or a degree after a person's name; ``names_a_class`` serves the cue rule too.
"""

from __future__ import annotations

import functools
import re

from graphbuild.extract.entities.brands import product_name
from graphbuild.extract.entities.codes import batch_number
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.standards import REGISTER_CLASSES  # a register's class, not a product
from graphbuild.extract.entities.tokens import is_acronym, is_cap


@functools.lru_cache(maxsize=4)
def _cue_re(cues: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(x.lower()) for x in sorted(cues, key=len, reverse=True)))


@functools.lru_cache(maxsize=4)
def _cue_order(cues: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted({x.lower() for x in cues}, key=len, reverse=True))


def _cue_starts(low: str, cues: tuple[str, ...]) -> list[int]:
    """Where ``_cue_re(cues).finditer(low)`` matches: every occurrence from one C-speed ``find`` loop
    per cue (a 10-way alternation tried at every position costs far more), then the regex's own
    choice: leftmost first, longest cue there, the next search after its end."""
    found: list[tuple[int, int]] = []
    for cue in _cue_order(cues):
        if not cue:
            return [m.start() for m in _cue_re(cues).finditer(low)]
        at = low.find(cue)
        while at >= 0:
            found.append((at, -len(cue)))
            at = low.find(cue, at + 1)
    found.sort()
    out: list[int] = []
    last = 0
    for at, size in found:
        if at >= last:
            out.append(at)
            last = at - size
    return out


_CLASS_WORDS = frozenset({"inhibitor", "inhibitors", "agonist", "agonists", "antagonist", "antagonists", "blocker",
                          "blockers", "receptor", "pathway", "modulator", "modulators"})


def names_a_class(t, k: int) -> bool:  # type: ignore[no-untyped-def]
    """"SGLT2 inhibitor", "JAK inhibitor": an acronym naming a drug class or target, not a product; a class word
    capitalised on its own ("produk Fitofarmaka, A dan B") is none either."""
    c = t.cue
    return k + 1 < len(t.words) and t.lower[k + 1] in _CLASS_WORDS or (
        (t.lower[k] in c.product_cues or t.lower[k] == "fitofarmaka")
        and (k + 1 >= len(t.words) or not is_cap(t.words[k + 1])))  # "dua produk Fitofarmaka, A"


def _service_name(ctx: Ctx, e: int) -> bool:
    """"HALO BPOM 1500533", "Contact Center HALO": an acronym before an organisation or a phone number, or after a
    service word, names a service or programme, not a product."""
    t = ctx.t
    nxt = t.words[e + 1] if e + 1 < len(t.words) else ""
    return (ctx.type_at(e + 1) == "Organization" or nxt.isdigit()
            or (e > 0 and t.lower[e - 1] in ("center", "centre", "layanan", "aplikasi", "program", "hotline", "call")))


def _quoted_short(text: str, w: str) -> bool:
    """'PT Prima Diagnostik Utama ("PDU")': a press release's quoted short name for a company is no product; nor is
    one in plain brackets after a listed company's legal form ("PT Garuda Husada Farma Tbk. (GHFA)")."""
    return f'("{w}"' in text or f"(\u201c{w}\u201d" in text or (
        f"({w})" in text and re.search(rf"\b(?:Tbk|Persero\)|Ltd|Inc|Corp|Bhd|GmbH|AG)\.?\s*\({re.escape(w)}\)", text) is not None)


# academic degrees written after a name, their final dot split off ("S.E.", "M.M."): never a product's acronym
_DEGREE_WORDS = frozenset({"S.E", "S.H", "M.M", "M.H", "S.T", "M.T", "M.E", "S.Si", "M.Si", "S.Farm", "M.Farm", "M.Kes", "S.Kom",
                           "S.Sos", "S.Ag", "M.Ag", "S.Psi", "M.Psi", "M.Pd", "S.Pd", "S.K.M", "M.K.M", "M.Sc", "Ph.D", "M.B.A", "M.P.H", "S.Ked"})


# "izin edar dari EDA", "registrasi di EDA": an acronym after these is the authority, not the product
_ISSUER_BEFORE = frozenset({"dari", "oleh", "di", "ke", "kepada", "from", "by", "at", "with", "to"})



def approvals(ctx: Ctx) -> None:
    """In a sentence about an approval, an unknown acronym (and what is coordinated with it) is a product."""
    t = ctx.t
    n = len(t.words)
    for start in _cue_starts(t.text.lower(), t.cue.approval_cues):
        k = t.token_starting_at(start)
        if k < 0:
            continue
        e = k + 1
        while e < n and t.words[e] not in (".", ";", "!", "?") and not t.newline_before[e]:
            w = t.words[e]
            if is_acronym(w) and len(w) >= 3 and w not in REGISTER_CLASSES and not _quoted_short(t.text, w) and product_name(ctx, e) and not names_a_class(t, e) \
                    and not _service_name(ctx, e) and sum(ch.isdigit() for ch in w) < 6 \
                    and not batch_number(t, e) and t.lower[e - 1] not in _ISSUER_BEFORE \
                    and not (t.lower[e - 1] in ("dan", "and") and ctx.type_at(e - 2) == "Organization") \
                    and not (w in _DEGREE_WORDS and e > 0 and t.words[e - 1] == ",") \
                    and not _inside_name(t, e) and not _glosses_body(ctx, w):
                m = ctx.add(e, e + 1, "Product", None, "cue")
                if m >= 0 and e + 2 < n and t.words[e + 1] in ("dan", "and", ",") and product_name(ctx, e + 2):
                    if e + 3 >= n or not is_cap(t.words[e + 3]):
                        ctx.add(e + 2, e + 3, "Product", None, "cue")
            e += 1


def _glosses_body(ctx: Ctx, w: str) -> bool:
    """"Pharmacy and Poisons Board (PPB)": the acronym is a body's short form, written in brackets after it."""
    t = ctx.t
    return any(t.words[k] == w and t.words[k - 1] == "(" and ctx.type_at(k - 2) == "Organization"
               for k in range(2, len(t.words)))


def _inside_name(t, e: int) -> bool:  # type: ignore[no-untyped-def]
    """"Tussiflex DMP Sirup": an acronym between two capitalised words of one run is part of that name, not a
    product of its own."""
    return (0 < e < len(t.words) - 1 and not t.newline_before[e] and not t.newline_before[e + 1]
            and is_cap(t.words[e - 1]) and not is_acronym(t.words[e - 1]) and is_cap(t.words[e + 1])
            and not is_acronym(t.words[e + 1]))
