"""Names glossed in brackets by another name of the same thing, for ``acronyms`` (late pass).

Press releases gloss a body's English name with its Indonesian one ("Halal Product Assurance
Organizing Agency (Badan Penyelenggara Jaminan Produk Halal, BPJPH)"), a brand with its substance
("Envlo (enavogliflozin)"), a standard with its national version ("GMP (CPOB)") and an agreement with its short
name ("Nota Kesepahaman tentang … (MoU BPOM-MFDS)"): one entity each.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import Tokens, is_acronym


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
# words a gloss may hold besides the standard's names: "(Cara Pembuatan Obat yang Baik, or Indonesia's GMP)"
_GLUE = frozenset({",", "or", "atau", "the", "'s", "\u2019s", "Indonesian", "nasional", "national",
                   # "a GMP certificate — known locally as CPOB —", "a GMP certificate (sertifikat CPOB)"
                   "known", "locally", "as", "also", "called", "dikenal", "disebut", "sebagai", "sertifikat", "certificate"})
_DASH = frozenset({"-", "\u2013", "\u2014"})
_FAMILY = re.compile(r"^C[PD][A-Z]{1,5}B(?:-IRT)?$")  # CPOB, CDOB, CPOTB, CPAKB: two of them are two standards


def standard_glossed(ctx: Ctx, p: int) -> None:
    """"CPOB (Indonesian Good Manufacturing Practice, GMP)", "a Good Manufacturing Practice certificate (Cara
    Pembuatan Obat yang Baik, CPOB)", "a GMP certificate - Cara Pembuatan Obat yang Baik (CPOB) -": a standard
    glossed with other names of a standard is that one standard (the national version the article means)."""
    t = ctx.t
    q = p - 1
    if q > 0 and t.lower[q] in _CERTIFICATE:
        q -= 1
    q = _past_field(ctx, q)
    if ctx.type_at(q) != "Regulation":
        return
    shut = _DASH if t.words[p] in _DASH else frozenset({")"})
    names = [ctx.owner[q]]
    field = False
    national = False  # "(…, Indonesia's Good Manufacturing Practice)": the national version of a wider standard
    k = p + 1
    while k < len(t.words) and t.words[k] not in shut and k - p <= 16:
        m = ctx.owner[k]
        if m >= 0 and ctx.type_at(k) == "Regulation":
            if m not in names:
                names.append(m)
            k = ctx.spans[m][1]
            continue
        if m >= 0 and ctx.type_at(k) == "Location" and ctx.spans[m][1] < len(t.words) and t.words[ctx.spans[m][1]] in ("'s", "\u2019s"):
            k = ctx.spans[m][1]  # "Indonesia's Good Manufacturing Practice"
            national = True
            continue
        national = national or t.words[k] == "Indonesian" or t.words[k] in t.cue.demonyms
        if t.words[k] == "for" and len(names) > 1 and _lower_to(t, k + 1, shut):
            field = True  # "CDOB (Good Distribution Practice for medicines)": the field the standard covers
            break
        if m >= 0 or not (t.words[k] in _GLUE or t.words[k] in t.cue.demonyms or (shut is _DASH and t.words[k] in ("(", ")"))):
            return
        k += 1
    if len(names) < 2 or not (field or (k < len(t.words) and t.words[k] in shut)):
        return
    if len({c for c in (_canon(ctx, m) for m in names) if _FAMILY.match(c)}) > 1:
        return  # "CPOB (and CPOTB)": two standards
    for m in names[1:]:
        if not (national and _elsewhere(ctx, m, p, k)):  # "… Korea's MFDS GMP" elsewhere: that GMP is another one
            ctx.link(names[0], m)


def _past_field(ctx: Ctx, q: int) -> int:
    """The standard before the field it is for: "Good Manufacturing Practice for biological products (CPOB)"."""
    t = ctx.t
    j = q
    while j > 0 and q - j < 4 and t.words[j].isalpha() and t.words[j].islower() and t.words[j] != "for":
        j -= 1
    return j - 1 if j < q and t.words[j] == "for" and ctx.type_at(j - 1) == "Regulation" else q


def standard_or(ctx: Ctx, p: int) -> None:
    """"Cara Uji Klinik yang Baik (CUKB) atau Good Clinical Practice (GCP)": a national standard "or" its English
    name is one standard (an Indonesian "Cara … yang Baik" beside an English "Good … Practice" only: "CPOB atau
    CPOTB" are two)."""
    t = ctx.t
    left = p - 1
    if left > 2 and t.words[left] == ")" and t.words[left - 2] == "(":
        left -= 3  # past the first name's acronym
    a, b = ctx.owner[left] if left >= 0 else -1, ctx.owner[p + 1] if p + 1 < len(t.words) else -1
    if a < 0 or b < 0 or a == b or ctx.type_at(left) != "Regulation" or ctx.type_at(p + 1) != "Regulation":
        return
    x, y = ctx.mentions[a], ctx.mentions[b]
    names = sorted((x.text.strip("*_"), y.text.strip("*_"))) if x is not None and y is not None else ["", ""]
    if names[0].startswith("Cara ") and names[0].endswith(" yang Baik") and names[1].startswith("Good ") \
            and names[1].endswith("Practice"):
        ctx.link(a, b)


def _elsewhere(ctx: Ctx, m: int, a: int, b: int) -> bool:
    """Whether the standard of mention ``m`` is also named outside tokens [a, b)."""
    key = _canon(ctx, m)
    return any(x is not None and i != m and (x.canonical or x.text) == key and not a <= ctx.spans[i][0] < b
               for i, x in enumerate(ctx.mentions))


def _lower_to(t: Tokens, k: int, shut: frozenset[str]) -> bool:
    """Whether one to three lower-case words run from ``k`` to the gloss's end."""
    j = k
    while j < len(t.words) and j - k < 4 and t.words[j].isalpha() and t.words[j].islower():
        j += 1
    return k < j < len(t.words) and t.words[j] in shut


def _canon(ctx: Ctx, m: int) -> str:
    x = ctx.mentions[m]
    return (x.canonical or x.text) if x is not None else ""
