"""A named site whose name goes on past its English head word, or starts before it.

- the town or area after the head ends the name: "Nusa Farma Distribution Center Kupang", "Apotekmu Hub
  Gedebage, Bandung", "the Mahakarya API Center Batang received …";

- the company words before "[Kind] Plant <Town>" open the name: "Cakrawala Biotech Plant Kariangau" (read "Plant
  Kariangau" with "Cakrawala Biotech" as a company), "Sinar Biofarma Sterile Plant Cikande", "Sumber Husada Cikarang Plant" (read "Husada …" when the
  company's first word is a common one).

Only Facility mentions already found are looked at, so a text without one costs nothing.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_acronym, is_cap

_HEADS = frozenset({"Plant", "Center", "Centre", "Hub", "Factory", "Facility", "Site", "Warehouse", "Campus"})
# words after a head that say who works there or what it is part of, not where it is
_NOT_PLACE = frozenset({"Manager", "Director", "Head", "Officer", "Team", "Tim", "Kepala", "Direktur", "Manajer",
                        "Indonesia", "Tbk", "Project", "Proyek", "Phase", "Tahap", "Unit", "Line", "The", "Ini", "Itu"})
_WIDE = frozenset({"country", "province"})


def _closed(t, e: int) -> bool:  # type: ignore[no-untyped-def]
    """The name stops at ``e``: end of text, punctuation, a line break or a lower-case word."""
    return e >= len(t.words) or t.newline_before[e] or not t.words[e][:1].isalnum() or t.words[e][:1].islower()


def _town_end(ctx: Ctx, k: int) -> int:
    """End of one town or area word(s) at ``k`` that close a site's name, or 0."""
    t = ctx.t
    n = len(t.words)
    if k >= n or t.newline_before[k] or t.masked[k] or not is_cap(t.words[k]) or t.words[k] in _NOT_PLACE:
        return 0
    m = ctx.owner[k]
    if m >= 0:
        x = ctx.mentions[m]
        a, b = ctx.spans[m]
        if x is None or x.type != "Location" or a != k or b - a > 2 or x.category in _WIDE:
            return 0
        e = b
    else:
        if not t.words[k].isalpha() or is_acronym(t.words[k]):
            return 0
        e = k + 1
    return e if _closed(t, e) else 0


_LEGAL = frozenset({"PT", "PT.", "CV"})


def _company_words(ctx: Ctx) -> set[tuple[str, ...]]:
    """The words after "PT" of every company named in full: the prefixes a site may open with."""
    out: set[tuple[str, ...]] = set()
    for x in ctx.mentions:
        if x is not None and x.type == "Organization":
            w = x.text.split()
            if len(w) >= 3 and w[0] in _LEGAL:
                out.update(tuple(w[1:n]) for n in range(2, len(w)))
    return out


def _led_by_company(ctx: Ctx, m: int, names: set[tuple[str, ...]]) -> int:
    """Start of a site's name that a company's words open before its head: the adjacent short-named company
    (no legal form, not from the lexicon) before "[Kind] Plant <Town>" ("Sinar Biofarma Sterile Plant Cikande"),
    or the free capitalised words that, with the site's first word, begin a company named in full ("Sumber" +
    "Husada …" of "PT Sumber Husada Prima Tbk")."""
    t = ctx.t
    i, j = ctx.spans[m]
    a = i  # free capitalised words between the company and the site: its kind ("Sterile", "Oncology")
    while a > 0 and i - a < 2 and not t.newline_before[a] and _free_word(ctx, a - 1):
        a -= 1
    y = ctx.owner[a - 1] if a > 0 and not t.newline_before[a] else -1
    if y >= 0 and t.words[i] == "Plant":
        x = ctx.mentions[y]
        b0, b = ctx.spans[y]
        if x is None or x.type != "Organization" or x.source == "lexicon" or t.words[b0] in _LEGAL or b - b0 > 3 \
                or any(t.newline_before[b0 + 1 : b]) or not all(is_cap(w) and w.isalpha() for w in t.words[b0:b]):
            return i
        return b0
    for a in (i - 1, i - 2):
        if a < 0 or not all(_free_word(ctx, x) and not t.newline_before[x + 1] for x in range(a, i)):
            return i
        if tuple(t.words[a : i + 1]) in names:
            return a
    return i


def _free_word(ctx: Ctx, k: int) -> bool:
    t = ctx.t
    return ctx.owner[k] < 0 and not t.masked[k] and is_cap(t.words[k]) and t.words[k].isalpha()


# what a plant makes or how: a site named by these words and its head only is described, not named
_KIND = frozenset({"Biologics", "Biologic", "Biological", "Plasma", "Fractionation", "Sterile", "Oncology", "Injectables",
                   "Injectable", "Injection", "Insulin", "Vaccine", "Vaccines", "Manufacturing", "Production", "Packaging",
                   "Fill-Finish", "Fill", "Finish", "API", "Pharmaceutical", "Biosimilar", "Biosimilars", "Generic",
                   "Generics", "First", "New", "Largest", "Modern", "Integrated", "Mrna", "mRNA", "Cell", "Therapy"})
# a nominalised verb or an office opening a sentence before a site's name: "Pembangunan Arunika Biologics Plant …",
# "| Pengelola Arunika Oncology Plant |" (the construction of, the operator of the site)
_LEAD = re.compile(r"(?:Pe[mnr]\w+an|Pengelola|Pemilik|Operator)$")


def _tidy(ctx: Ctx) -> None:
    """Drop a headline's "… First Plasma Fractionation Plant" (kind words only), and trim a leading
    "Pembangunan"/"Pengelola" off a site's name."""
    t = ctx.t
    for m in range(len(ctx.mentions)):
        x = ctx.mentions[m]
        if x is None or x.type != "Facility" or x.source == "lexicon":
            continue
        i, j = ctx.spans[m]
        if t.words[j - 1] in _HEADS and all(w in _KIND for w in t.words[i : j - 1]) and t.headline and t.headline[i]:
            ctx.drop(m)
        elif j - i >= 3 and _LEAD.match(t.words[i]) and (i == 0 or t.newline_before[i] or not t.words[i - 1].isalnum()):
            ctx.drop(m)
            ctx.add(i + 1, j, "Facility", x.category, x.source)


def find(ctx: Ctx) -> None:
    if not any(x is not None and x.type == "Facility" for x in ctx.mentions):
        return
    _tidy(ctx)
    t = ctx.t
    names = _company_words(ctx)
    for m in range(len(ctx.mentions)):
        x = ctx.mentions[m]
        if x is None or x.type != "Facility" or x.source == "lexicon":
            continue
        i, j = ctx.spans[m]
        i2, j2 = _led_by_company(ctx, m, names), j
        if t.words[j - 1] in _HEADS and j - i >= 2:
            j2 = _town_end(ctx, j) or j
        if (i2, j2) == (i, j):
            continue
        for y in set(ctx.owner[i2:j2]):
            if y >= 0 and y != m and ctx.mentions[y] is not None and ctx.mentions[y].source == "person":  # type: ignore[union-attr]
                break
        else:
            ctx.add(i2, j2, "Facility", x.category, x.source)
