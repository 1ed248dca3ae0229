"""Aliases of names already found, read after the acronym pass: a press release's quoted short name
('PT X Tbk (IDX: AKFN) ("Arkana")'), a qualified short name in parentheses ("(Thai FDA)", "(FK-KMK UGM)",
"(IPHEX 2026)") and "PT X atau biasa disebut Y".

Split out of ``acronyms`` (which binds acronym definitions) to keep it short.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.acronym_fit import matches_acronym
from graphbuild.extract.entities.blended_names import blended, fused
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.org_suffixes import LEGAL_TAIL
from graphbuild.extract.entities.tokens import is_acronym, is_cap

YEAR = re.compile(r"^(?:19|20)\d\d$")
OR_WORDS = frozenset({"atau", "alias"})
_ALSO_KNOWN = (("atau", "biasa", "disebut"), ("atau", "dikenal", "dengan"), ("atau", "dikenal"), ("atau", "disebut"), ("alias",))
_QUOTES = frozenset({'"', "\u201c", "\u201d"})
# legal forms a company's mention may leave out before its parenthesis ("Borneo Biologics Pte. Ltd. (…)")
_LEFT_OUT = LEGAL_TAIL | {".", ",", "Pte", "Tbk", "NV", "BV", "KK"}


def owner_before(ctx: Ctx, p: int) -> int:
    """The mention that ends right before the parenthesis at token ``p``, over the legal forms it left out; -1 if none."""
    t = ctx.t
    b = p - 1
    while b >= 1 and ctx.owner[b] < 0 and t.words[b] in _LEFT_OUT and p - b <= 7:
        b -= 1
    return ctx.owner[b] if b >= 0 else -1


def quoted_short(ctx: Ctx, p: int) -> None:
    """'PT Arkana Farma Nusantara Tbk (IDX: AKFN) ("Arkana")': a press release's quoted short name for the
    company before it (after its ticker, if any) is an alias, and the name it goes on to use."""
    t = ctx.t
    n = len(t.words)
    if p + 4 >= n or t.words[p + 1] not in _QUOTES:
        return
    q = p + 2
    while q < n and q - p <= 5 and is_cap(t.words[q]):
        q += 1
    if q == p + 2 or q + 1 >= n or t.words[q] not in _QUOTES or t.words[q + 1] not in (")", "or", "atau", ","):
        return
    b = p
    if p >= 4 and t.words[p - 1] == ")" and t.words[p - 3] == ":":  # "(IDX: AKFN)", "(KRX: 214370)"
        b = p - 5
        if t.words[b] != "(":
            return
    owner = owner_before(ctx, b)
    m = ctx.mentions[owner] if owner >= 0 else None
    if m is None or m.type != "Organization":
        return
    a, e = ctx.spans[owner]
    short = t.words[p + 2]
    if short not in t.words[a:e] and not blended(short, t.words[a:e]) and not fused(short, t.words[a:e]) and not (
            q == p + 3 and short.isupper() and matches_acronym(short, " ".join(t.words[a:e]))):  # '("CMN" or "the Company")'
        return  # the short name takes its first word from the long one (or blends their openings: "NusaBio")
    found = ctx.owner[p + 2]
    if not _overridable(ctx, p + 2, q):  # '("Nusa Bio" or "the Company")' found as a name of its own already: the same company
        if found >= 0 and ctx.spans[found] == (p + 2, q) and ctx.mentions[found] is not None and ctx.mentions[found].type == m.type:  # type: ignore[union-attr]
            ctx.link(owner, found)
        return
    if q == p + 3:  # a one-word short name: its later uses are found like a defined acronym's
        ctx.defined[t.words[p + 2]] = (m.type, m.category, m.canonical)
    ctx.link(owner, ctx.add(p + 2, q, m.type, m.category, "acronym", canonical=m.canonical))


def _overridable(ctx: Ctx, i: int, j: int) -> bool:
    """Tokens [i, j) are free, or hold only lexicon names of another kind: '("Borneo")' after "Borneo Biologics
    Pte. Ltd." is the company from then on, not the island."""
    for o in set(ctx.owner[i:j]) - {-1}:  # '("Novarion Indonesia")': a place inside the short name is no bar either
        x = ctx.mentions[o]
        a, b = ctx.spans[o]
        if x is None or x.source != "lexicon" or x.type == "Organization" or a < i or b > j:
            return False
    return True


def qualified_in_parens(ctx: Ctx, p: int, close: int) -> None:
    """``LONG (Thai FDA)``: a two- or three-word short name whose acronym fits the long form."""
    t = ctx.t
    prev = ctx.owner[p - 1] if ctx.owner[p - 1] >= 0 else owner_before(ctx, p)  # "… Co., Ltd. (Hoshino RM)"
    if prev < 0 or ctx.mentions[prev] is None:
        return
    m = ctx.mentions[prev]
    a, b = ctx.spans[prev]
    long_text = t.span_text(a, b)
    inner = t.words[p + 1 : close]
    own = ctx.owner[p + 1]
    if m.type == "Event" and own >= 0 and ctx.spans[own] == (p + 1, close) and ctx.type_at(p + 1) == "Event":
        ctx.link(prev, own)  # "Pameran Farmasi Indonesia (Pharmindo Expo) 2026": an event's short name, any words
        return
    if (m.type == "Event" and len(inner) == 2 and YEAR.match(inner[1]) and long_text.endswith(" " + inner[1]) and own < 0
            and is_acronym(inner[0]) and matches_acronym(inner[0], long_text)):
        ctx.link(prev, ctx.add(p + 1, close, m.type, m.category, "acronym", canonical=m.canonical or long_text))  # type: ignore[union-attr]
        return  # "Indonesia Pharma & Healthcare Expo 2026 (IPHEX 2026)": the acronym with the same edition
    if m.type == "Program" and own < 0 and all(is_cap(w) and w.isalpha() for w in inner) \
            and inner[0][:3].lower() == long_text[:3].lower() and matches_acronym("".join(inner), long_text):
        # "Gerak Cepat Cegah Stunting (Gercep Stunting)": a programme's short name clipped from its syllables
        ctx.link(prev, ctx.add(p + 1, close, m.type, m.category, "acronym", canonical=m.canonical or long_text))  # type: ignore[union-attr]
        return
    if not all(is_cap(w) for w in inner) or not any(is_acronym(w) and matches_acronym(w, long_text) for w in inner):
        return
    if own >= 0 and ctx.spans[own] == (p + 1, close) and ctx.mentions[own] is not None:
        if ctx.mentions[own].type == m.type:  # type: ignore[union-attr]
            ctx.link(prev, own)
        return
    # "(FK-KMK UGM)": the short name may end in a known parent's name, which it takes in
    if all(ctx.owner[x] < 0 or ctx.mentions[ctx.owner[x]].source == "lexicon"  # type: ignore[union-attr]
           and ctx.spans[ctx.owner[x]][0] > p + 1 and ctx.spans[ctx.owner[x]][1] <= close for x in range(p + 1, close)) \
            or (m.type == "Organization" and inner[0] in long_text.split() and _overridable(ctx, p + 1, close)):
        # ("Kyoto CB" after "Kyoto Cell Biotech Co., Ltd.": the long name's first word, a place in the lexicon)
        ctx.link(prev, ctx.add(p + 1, close, m.type, m.category, "acronym", canonical=m.canonical))  # type: ignore[union-attr]




def also_known(ctx: Ctx) -> None:
    """"PT X atau biasa disebut Y": Y is another name of the mention before it."""
    t = ctx.t
    for k in t.where(OR_WORDS):
        if k < 1:
            continue
        for phrase in _ALSO_KNOWN:
            n = len(phrase)
            if tuple(t.words[k : k + n]) != phrase:
                continue
            prev = ctx.owner[k - 1]
            s = k + n
            if prev < 0 or ctx.mentions[prev] is None or s >= len(t.words) or not is_cap(t.words[s]):
                continue
            e = s + 1
            while e < len(t.words) and is_cap(t.words[e]) and e - s < 4 and not t.newline_before[e]:
                e += 1
            m = ctx.mentions[prev]
            ctx.link(prev, ctx.add(s, e, m.type, m.category, "acronym", canonical=m.canonical))  # type: ignore[union-attr]
            break
