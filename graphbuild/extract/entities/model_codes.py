"""A device or test sold under a coined brand and a model code: "strip GlukoStrip K1", "its CardioQ hs-cTnI test
cartridges", "Oksimeter jari PulseMate OX-1", "monitor VitaLink PM-12".

Why: device makers name each model by one brand word written with an inner capital (a coined name no dictionary
word or person has) and a short code (letters and digits, or a hyphenated analyte code such as "hs-cTnI",
"NT-proBNP"); the code is part of the product's name. A brand already read alone ("PulseMate") runs on to the
code; a free coined word is the product with it. A firm's name (any mention other than a product) is left alone,
as are codes of diseases, standards and laws ("COVID-19", "ISO 13485").
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.classed import common_words
from graphbuild.extract.entities.context import Ctx

# "K1", "X2", "NS1", "PM-12", "OX-1", "hs-cTnI", "NT-proBNP", "MP-300"
_CODE = re.compile(r"^(?:[A-Z]{1,3}\d{1,4}[A-Za-z]?|[A-Z]{1,4}-\d{1,4}[A-Za-z]?|[A-Za-z]{1,4}-[a-z]{0,4}[A-Z][A-Za-z0-9]{1,5})$")
_NOT_CODES = frozenset({"COVID", "SARS", "MERS", "HIV", "ISO", "SNI", "IEC", "PP", "UU", "PMK", "GMP", "NIE", "ICH", "Q",
                        "FY", "H", "HPV", "EN", "ASTM", "USP", "BP", "RS", "KM", "NO", "POM", "MD", "ML", "NA", "KH",
                        "TW", "Q1", "Q2", "Q3", "Q4", "H1", "H2", "G20", "B20", "PT", "CV", "TBK", "AKL", "AKD", "PKRT"})


def _coined(w: str) -> bool:
    """A brand word with a capital inside: "GlukoStrip", "CardioQ", "PulseMate" (not "McKinsey"-short, nor capitals)."""
    return (len(w) >= 5 and w.isalpha() and w[0].isupper() and w[1:].lower() != w[1:] and not w.isupper()
            and sum(ch.islower() for ch in w) >= 3 and not w.startswith(("Mc", "Mac")))


def _code(w: str) -> bool:
    if not _CODE.match(w) or w in _NOT_CODES:
        return False
    head = re.split(r"[-\d]", w, maxsplit=1)[0]
    return head.upper() not in _NOT_CODES


def _code_word(w: str) -> bool:
    """A model code ending in a digit or holding a hyphen: the word-only tests of ``find``."""
    return (w[-1:].isdigit() or "-" in w) and _code(w)


def find(ctx: Ctx) -> None:
    t = ctx.t
    words = t.words
    # the word tests once per distinct word, and the regex first at C speed: a text has few code-shaped words,
    # and a loop over every token cost 1.8 % of a document's bytecode
    for c in t.where_word(_code_word, _CODE.match):
        if c == 0 or t.newline_before[c] or t.masked[c] or ctx.owner[c] >= 0:
            continue
        k = c - 1
        if t.masked[k]:
            continue
        if not _coined(words[k]):
            if _plain_model(ctx, k, c):
                ctx.add(k, c + 1, "Product", None, "cue")  # "konsentrator oksigen Oxyna OC-200"
            continue
        m = ctx.owner[k]
        if m < 0:
            ctx.add(k, c + 1, "Product", None, "cue")
            continue
        a, b = ctx.spans[m]
        if b == c and ctx.type_at(k) == "Product" and c + 1 - a <= 4:
            ctx.add(a, c + 1, "Product", None, "cue")  # "PulseMate" read alone: its model code too


_HYPHEN_MODEL = re.compile(r"^[A-Z]{1,3}-\d{2,4}$")  # "OC-200", "PM-12" (not "ACYW-135": a serogroup code)


def _plain_model(ctx: Ctx, k: int, c: int) -> bool:
    """A plain brand word before a hyphenated model code, after a lower-case word (the device's class): "konsentrator
    oksigen Oxyna OC-200". The word is free, no dictionary or lexicon word, and does not open a longer name."""
    t = ctx.t
    w = t.words[k]
    return (k >= 1 and _HYPHEN_MODEL.match(t.words[c]) is not None and ctx.owner[k] < 0 and not t.newline_before[k]
            and w[:1].isupper() and w[1:].islower() and w.isalpha() and len(w) >= 4
            and t.words[k - 1].isalpha() and t.words[k - 1].islower()
            and w.lower() not in common_words() and ctx.lexicon.lookup(w) is None)
