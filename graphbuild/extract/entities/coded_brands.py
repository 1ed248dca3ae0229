"""A brand word followed by a release or formula code: "Diabetra XR", "Tussilin DMP Sirup", "Hydrasol RL".

Why: the code is an all-capital token, which the brand rules read as an acronym that ends (or breaks) a name, so
the brand was cut short or not read at all when no class word stood before it ("Menyusul kemudian Glucomet XR, …").
Such a code (extended release, dekstrometorfan, Ringer laktat) is written only after a drug's trade name, so the
capitalised word before it, with the code, is the product; a dosage form ("Sirup"), a patient group ("Anak") or a
bare strength ("500") after the code belongs to the name as written.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_acronym

# codes of release or formula written after a trade name (not "MR": "Vaksin MR" is measles-rubella)
CODES = frozenset({"XR", "SR", "CR", "ER", "XL", "ODT", "DMP", "RL"})
_FORMS = frozenset({"Sirup", "Syrup", "Tablet", "Tablets", "Kaplet", "Kapsul", "Capsule", "Capsules", "Injeksi", "Infus",
                    "Drops", "Forte", "Plus"})
_GROUPS = frozenset({"Anak", "Kids", "Dewasa"})
_STRENGTH = re.compile(r"^(?!(?:19|20)\d\d$)\d{2,4}$")
_UNITS = frozenset({"mg", "mcg", "g", "ml", "mL", "iu", "IU", "unit", "persen", "%", "tablet", "kapsul", "dosis"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for k in t.where(CODES):
        b = k - 1
        if b < 0 or t.newline_before[k] or ctx.owner[k] >= 0 or t.masked[k]:
            continue
        w = t.words[b]
        if not (w[:1].isupper() and w.isalpha() and len(w) >= 4) or is_acronym(w) or w.lower() in t.cue.product_cues:
            continue  # "Vaksin XR", "BPOM XR": no trade name before the code
        s = b
        m = ctx.owner[b]
        if m >= 0:
            if ctx.type_at(b) != "Product" or ctx.spans[m][1] != k:
                continue  # the word ends a company or a place, or a longer product goes on past the code
            s = ctx.spans[m][0]
        elif ctx.lexicon.lookup(w) is not None:
            continue
        e = k + 1
        if e < n and not t.newline_before[e] and t.words[e] in _FORMS and ctx.owner[e] < 0:
            e += 1  # "Tussilin DMP Sirup"
        if e < n and not t.newline_before[e] and t.words[e] in _GROUPS and ctx.owner[e] < 0:
            e += 1  # "… Sirup Anak"
        if e < n and not t.newline_before[e] and _STRENGTH.match(t.words[e]) and (
                e + 1 >= n or t.words[e + 1] not in _UNITS):
            e += 1  # "Glucorin XR 500": a bare strength as the brand is written (not "500 mg")
        ctx.add(s, e, "Product", None, "cue")
