"""A Nordic company's legal form "AS" / "ASA" (aksjeselskap): "Nordhavn Nutrition AS", "Halvorsen Pharma AS".

Why: "AS" is also Indonesian for the United States (Amerika Serikat), so the place lexicon reads it as a country
and the company's name stops before it. After a company's name whose last word is a firm word ("Pharma",
"Therapeutics", "Nutrition" …) and that opens with a name word of its own, "AS" closes the company's name;
after a lower-case word ("dolar AS", "perusahaan asal AS") or a body or title ("Pemerintah AS", "FDA AS") it
stays the country.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_acronym, is_cap

_FORMS = frozenset({"AS", "ASA"})
# firm words a Nordic food, ingredient or device maker's name ends in, besides the cue file's company suffixes
_FIRM_WORDS = frozenset({"Nutrition", "Nutraceuticals", "Ingredients", "Foods", "Marine", "Medical", "Chemicals",
                         "Biomarine", "Omega", "Oils", "Vaccines", "Diagnostika", "Medtech"})

_LEADS = frozenset({"About", "Tentang", "Profil", "The", "With", "And", "By", "From", "Dengan", "Dan", "Oleh", "Dari"})


def _firm_word(ctx: Ctx, w: str) -> bool:
    return w in _FIRM_WORDS or ctx.t.cue.org_suffix.get(w) == "company" and w not in ("Tbk", "Tbk.", "PT")


def find(ctx: Ctx) -> None:
    t = ctx.t
    words = t.words
    for k in t.where(_FORMS):
        if k < 2 or t.newline_before[k] or t.masked[k] or not _firm_word(ctx, words[k - 1]):
            continue
        m = ctx.owner[k]
        if m >= 0 and (ctx.spans[m] != (k, k + 1) or ctx.type_at(k) != "Location"):
            continue
        o = ctx.owner[k - 1]
        if o >= 0:
            a, b = ctx.spans[o]
            x = ctx.mentions[o]
            if b != k or ctx.type_at(k - 1) != "Organization" or x is None or x.source == "lexicon" or b - a > 5:
                continue
            cat = x.category
        else:
            a = k - 1
            while a > 0 and k - a < 4 and ctx.owner[a - 1] < 0 and is_cap(words[a - 1]) and not t.masked[a - 1] \
                    and not t.newline_before[a] and not is_acronym(words[a - 1]):
                a -= 1
            while a < k - 1 and words[a] in _LEADS:
                a += 1  # "About Nordhavn Nutrition AS": a heading's word opens no name
            if a == k - 1 or _firm_word(ctx, words[a]):
                continue  # the firm word alone ("Pharma AS") names no company
            cat = "company"
        place = ctx.mentions[m] if m >= 0 else None
        if m >= 0:
            ctx.drop(m)
        if ctx.add(a, k + 1, "Organization", cat, "cue") < 0 and m >= 0:
            ctx.mentions[m] = place  # the name could not be taken: the country stays
            ctx.owner[k] = m
