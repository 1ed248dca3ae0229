"""Acronym definitions in both orders and other parenthesised aliases.

"Kamar Dagang dan Industri Indonesia (KADIN)", "BPOM (Badan Pengawas Obat dan
Makanan)", "NBP (n-butylphthalide)", "PT Kalbe Farma Tbk (Kalbe)" and
"PT Bifarma Adiluhung atau biasa disebut Regenic" all bind a short form to a long
one. The long form's type decides the entity type; the pairing uses the
Schwartz-Hearst rule (every acronym letter found, in order, the first at a
word start) so it works for acronyms never seen before.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities import paren_aliases
from graphbuild.extract.entities.acronym_fit import matches_acronym
from graphbuild.extract.entities.blended_names import fused
from graphbuild.extract.entities.classify import classify_span
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.glosses import standard_glossed, standard_or, translated_in_parens
from graphbuild.extract.entities.paren_aliases import OR_WORDS as _OR
from graphbuild.extract.entities.paren_aliases import YEAR as _YEAR
from graphbuild.extract.entities.programs import quoted_name
from graphbuild.extract.entities.tokens import is_acronym, is_cap

_CHEMICAL = re.compile(r"^[a-z0-9][a-z0-9\-,()']*(?:ide|ine|ate|ol|in|one|ane|ene|ase|mab|nib|vir|cin|phthalide)$")


def _long_start(ctx: Ctx, acr: str, end: int) -> int:
    """Start token of the shortest long form ending before token ``end`` that fits ``acr``."""
    t = ctx.t
    letters = sum(1 for c in acr if c.isalpha())
    limit = min(letters + 5, letters * 2)
    k = end - 1
    words = 0
    best = -1
    while k >= 0 and words < limit and t.words[k] not in (",", ".", "(", ")", ":", "“", "”", '"') and not t.masked[k]:
        if t.words[k][0].isalnum():
            words += 1
            if t.words[k][0].lower() == acr[0].lower() and matches_acronym(acr, t.span_text(k, end)):
                best = k
                break
        if k > 0 and t.newline_before[k]:
            break
        k -= 1
    return best


_OPEN = frozenset({"("})
_DASHES = frozenset({"-", "\u2013", "\u2014"})

def find(ctx: Ctx, late: bool = False) -> None:
    """Acronym definitions (``late=False``) or aliases of already found names (``late=True``)."""
    t = ctx.t
    if late:
        for p in t.where(_OPEN):  # the word index instead of a pass over every token
            if not 1 <= p < len(t.words) - 2 or t.masked[p]:
                continue
            standard_glossed(ctx, p)
            translated_in_parens(ctx, p)
            paren_aliases.quoted_short(ctx, p)
            if t.words[p + 2] == ")" and ctx.owner[p + 1] < 0:
                _short_in_parens(ctx, p, p + 2)
            elif p + 3 < len(t.words) and ")" in t.words[p + 3 : p + 5]:
                paren_aliases.qualified_in_parens(ctx, p, t.words.index(")", p + 3))
        for p in t.where(_OR):  # "Cara Uji Klinik yang Baik (CUKB) atau Good Clinical Practice (GCP)"
            if 1 <= p < len(t.words) - 1 and not t.masked[p]:
                standard_or(ctx, p)
        for p in t.where(_DASHES):  # "a GMP certificate - Cara Pembuatan Obat yang Baik (CPOB) -"
            if 1 <= p < len(t.words) - 2 and not t.masked[p]:
                standard_glossed(ctx, p)
        paren_aliases.also_known(ctx)
        return
    n = len(t.words)
    for p in t.where(_OPEN):
        if not 1 <= p < n - 2 or t.masked[p]:
            continue
        close = p + 1
        while close < n and t.words[close] != ")" and close - p <= 12:
            close += 1
        if close >= n or t.words[close] != ")":
            continue
        inner = (p + 1, close)
        if close - p == 2:
            _short_in_parens(ctx, p, close)
        elif p >= 1 and is_acronym(t.words[p - 1]) and is_cap(t.words[p + 1]):
            _long_in_parens(ctx, p - 1, inner)


def _short_in_parens(ctx: Ctx, p: int, close: int) -> None:
    """``LONG (SHORT)``: an acronym definition or a short name after a known mention."""
    t = ctx.t
    short = t.words[p + 1]
    prev_owner = ctx.owner[p - 1]
    if prev_owner < 0 and p >= 2 and t.words[p - 1] == ".":
        prev_owner = ctx.owner[p - 2]  # "PT Satria Medika Farma Tbk. (SMFA)": the legal form's full stop
    if prev_owner >= 0 and ctx.mentions[prev_owner] is not None:
        m = ctx.mentions[prev_owner]
        a, b = ctx.spans[prev_owner]
        long_text = t.span_text(a, b)
        # ("PT Graha Farmasindo Tbk (Grafarma)": a short name fusing the openings of the long one's words)
        if short in long_text.split() or (is_acronym(short) and matches_acronym(short, long_text)) or (
                m.type == "Organization" and fused(short, long_text.split())):
            lex = ctx.lexicon.lookup(short)
            if lex is None or lex.type == m.type:  # type: ignore[union-attr]
                ctx.link(prev_owner, ctx.add(p + 1, close, m.type, m.category, "acronym", canonical=m.canonical))  # type: ignore[union-attr]
                return
    if _CHEMICAL.match(short) and p >= 1 and is_acronym(t.words[p - 1]):
        a = ctx.add(p - 1, p, "Product", None, "acronym")
        ctx.link(a, ctx.add(p + 1, close, "Product", None, "acronym"))
        return
    if not (is_acronym(short) or (is_cap(short) and any(c.isupper() for c in short[1:]))):
        return
    start = _long_start(ctx, short, p)
    if 0 < start < p and t.words[start - 1] in ("PT", "PT.", "CV") and not t.newline_before[start]:
        start -= 1  # the company's legal form belongs to the long form
    if start >= 0 and start < p:
        typed = _type_long(ctx, start, p)
        if typed is None:
            ctx.not_entities.add(short)
            return
        type_, cat, canonical = typed
        # "Pekan Ilmiah Tahunan (PIT) IAI 2026": the holding body's short name, then the edition
        body = close + 1 + (close + 2 < len(t.words) and is_acronym(t.words[close + 1]) and not t.newline_before[close + 1]
                            and not _YEAR.match(t.words[close + 1])) if type_ == "Event" else close + 1
        if type_ == "Event" and body < len(t.words) and _YEAR.match(t.words[body]) and not t.newline_before[body]:
            # "Indonesia Pharma & Health Expo (IPHEX) 2025": the edition year after the acronym is the name's
            canonical = f"{canonical or t.span_text(start, p)} {t.span_text(close + 1, body + 1)}"
            typed = (type_, cat, canonical)
        elif type_ == "Event" and body + 2 < len(t.words) and t.words[body : body + 2] == ["Tahun", "Buku"] \
                and _YEAR.match(t.words[body + 2]):  # "Rapat Umum Pemegang Saham Tahunan (RUPST) Tahun Buku 2024"
            canonical = f"{canonical or t.span_text(start, p)} Tahun Buku {t.words[body + 2]}"
            typed = (type_, cat, canonical)
        ctx.defined[short] = typed
        a = ctx.add(start, p, type_, cat, "acronym", canonical=canonical)
        ctx.link(a, ctx.add(p + 1, close, type_, cat, "acronym", canonical=canonical))
        return
    _program_in_parens(ctx, p, close)


def _program_in_parens(ctx: Ctx, p: int, close: int) -> None:
    """"platform digital kesehatan nasional (SatuSehat)": a programme named after its description."""
    t = ctx.t
    c = t.cue
    k = p - 1
    seen = 0
    while k >= 0 and seen < 6 and t.words[k].islower():
        if t.words[k] in c.program_cues:
            if (named := quoted_name(t, close)) is not None:  # "program tanggung jawab sosial perusahaan (CSR) bertajuk "X"": X
                ctx.add_quoted(*named, "Program")
                return
            ctx.add(p + 1, close, "Program", None, "acronym")
            return
        k -= 1
        seen += 1


def _long_in_parens(ctx: Ctx, a: int, inner: tuple[int, int]) -> None:
    """``ACR (Long Form)``."""
    t = ctx.t
    i, j = inner
    acr = t.words[a]
    if not matches_acronym(acr, t.span_text(i, j)):
        return
    typed = _type_long(ctx, i, j)
    if typed is None:
        ctx.not_entities.add(acr)
        return
    type_, cat, canonical = typed
    ctx.defined[acr] = typed
    m = ctx.add(a, a + 1, type_, cat, "acronym", canonical=canonical)
    ctx.link(m, ctx.add(i, j, type_, cat, "acronym", canonical=canonical))


def _type_long(ctx: Ctx, i: int, j: int) -> tuple[str, str | None, str | None] | None:
    text = ctx.t.span_text(i, j)
    lex = ctx.lexicon.lookup(text)
    if lex is not None:
        return lex.type, lex.category, lex.name
    if ctx.t.words[i] in ("PT", "PT.", "CV"):
        return "Organization", "company", None  # "PT Anugerah Pharmindo Lestari (APL)": a company, not an award
    typed = classify_span(ctx, i, j)
    if typed is None and i > 0 and ctx.t.words[i - 1] in ctx.t.cue.program_cues and not ctx.t.newline_before[i]:
        return "Program", None, None  # "melalui skema Riset dan Inovasi untuk Indonesia Maju (RIIM)": the scheme's name
    return (typed[0], typed[1], None) if typed else None
