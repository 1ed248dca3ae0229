"""Names glossed in brackets by another name of the same thing, for ``acronyms`` (late pass).

Press releases gloss a body's English name with its Indonesian one ("Halal Product Assurance
Organizing Agency (Badan Penyelenggara Jaminan Produk Halal, BPJPH)"), a brand with its substance
("Envlo (enavogliflozin)"), a standard with its national version ("GMP (CPOB)") and an agreement with its short
name ("Nota Kesepahaman tentang … (MoU BPOM-MFDS)"): one entity each.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_acronym


def translated_in_parens(ctx: Ctx, p: int) -> None:
    """"Halal Product Assurance Organizing Agency (Badan Penyelenggara Jaminan Produk Halal, BPJPH)": the
    name in the other language (and its acronym), glossed in brackets, is the same body; so is a brand
    glossed by its substance ("Envlo (enavogliflozin)")."""
    t = ctx.t
    prev = ctx.owner[p - 1]
    inner = ctx.owner[p + 1]
    if prev < 0 or inner < 0 or prev == inner:
        return
    c = ctx.spans[inner][1]
    if ctx.spans[inner][0] != p + 1 or c >= len(t.words):
        return
    if ctx.type_at(p - 1) == ctx.type_at(p + 1) and ctx.type_at(p - 1) in ("Product", "Agreement") and t.words[c] == ")":
        ctx.link(prev, inner)  # "Envlo (enavogliflozin)": a brand glossed by its substance; "Nota Kesepahaman … (MoU A-B)"
        return
    if ctx.type_at(p - 1) != "Organization" or ctx.type_at(p + 1) != "Organization":
        return
    if t.words[c] == ")":  # "the Indonesian Pharmaceutical Association (GP Farmasi Indonesia)"
        x, y = ctx.mentions[prev], ctx.mentions[inner]
        if x is not None and y is not None and (x.source == "lexicon") != (y.source == "lexicon"):
            ctx.link(prev, inner)  # one known name glossing an unknown one: a translation, not a parent body
        return
    if c + 2 >= len(t.words) or t.words[c] != "," or t.words[c + 2] != ")" or not is_acronym(t.words[c + 1]):
        return
    ctx.link(prev, inner)
    if ctx.owner[c + 1] >= 0:
        ctx.link(prev, ctx.owner[c + 1])


_CERTIFICATE = frozenset({"certificate", "certificates", "certification", "sertifikat", "standard", "standards"})


def standard_glossed(ctx: Ctx, p: int) -> None:
    """"CPOB (Indonesian Good Manufacturing Practice)", "GMP certificates (CPOB)": a standard glossed with
    another standard's name is that one standard (the national version the article means)."""
    t = ctx.t
    q = p - 1
    if q > 0 and t.lower[q] in _CERTIFICATE:
        q -= 1
    if ctx.type_at(q) != "Regulation":
        return
    close = p + 1
    while close < len(t.words) and t.words[close] != ")" and close - p <= 6:
        close += 1
    s = p + 1
    if s < close and (t.words[s] in t.cue.demonyms or t.words[s] == "Indonesian"):
        s += 1
    inner = ctx.owner[s] if s < close else -1
    if close < len(t.words) and t.words[close] == ")" and inner >= 0 and ctx.type_at(s) == "Regulation" \
            and ctx.spans[inner] == (s, close):
        ctx.link(ctx.owner[q], inner)
