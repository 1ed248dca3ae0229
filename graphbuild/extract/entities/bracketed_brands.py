"""A brand in brackets after the product written out with its strength is that product.

"Semaglutida 1,34 mg/mL larutan injeksi pena (Glucavia)", "Enoxaparin Sodium 40 mg/0.4 mL (Enoxara(R))":
approvals and recall notices describe the product by substance, strength and form, then give the trade name
in brackets. The strength just before is what tells the bracket holds a brand, not a company or an acronym.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.brands import UNITS
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.described_brands import SALTS
from graphbuild.extract.entities.tokens import is_acronym, is_cap

_CODE = re.compile(r"^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+$")  # "HB-PEG", "DW-PEG01", "CRJ-MSC01"
_STOP = frozenset({"(", ")", ".", ";", ":", ","})


def _strength_before(ctx: Ctx, p: int) -> int:
    """Index of the unit token of a strength within the few words before ``p`` (same phrase), or -1."""
    t = ctx.t
    for x in range(p - 1, max(-1, p - 7), -1):
        w = t.lower[x]
        if t.words[x] in _STOP:
            return -1
        if w in UNITS or (x + 1 < p and "/" in w and t.lower[x + 1] in UNITS):
            return x
    return -1


def find(ctx: Ctx) -> None:
    _bracketed_substances(ctx)
    t = ctx.t
    n = len(t)
    for p in t.where(frozenset({"("})):
        j = p + 1
        if j + 1 >= n or t.newline_before[j] or not is_cap(t.words[j]) or is_acronym(t.words[j]) or t.words[j] in SALTS:
            continue
        e = j + 1
        if e < n and t.words[e] == "(" and e + 2 < n and t.words[e + 1] in ("R", "TM") and t.words[e + 2] == ")":
            e += 3  # "Enoxara(R)": the trade-mark sign
        elif e < n and t.words[e] in ("®", "™"):
            e += 1
        if e >= n or t.words[e] != ")":
            continue
        unit = _strength_before(ctx, p)
        if unit < 0:
            continue
        owner = ctx.owner[j]
        if owner < 0:
            if ctx.lexicon.lookup(t.words[j]) is not None:
                continue  # a known company, place or substance is no trade name
            owner = ctx.add(j, j + 1, "Product", None, "cue")
        elif ctx.type_at(j) != "Product":
            continue
        # the product the strength belongs to: "Enoxaparin Sodium 40 mg/0.4 mL" whole, or "Pemetrexed" before "500 mg"
        described = next((ctx.owner[x] for x in range(unit, max(-1, unit - 6), -1) if ctx.type_at(x) == "Product"), -1)
        ctx.link(described, owner)


def _bracketed_substances(ctx: Ctx) -> None:
    """"HB-PEG 6 mg/0.6 mL (pegfilgrastim)": the molecule in brackets after a development code's strength is what
    the code names (a branded "Lavrexa Sirup 60 ml (parasetamol)" only contains it) — unless two codes of the
    document bracket the same molecule."""
    t = ctx.t
    n = len(t)
    pairs: dict[str, list[tuple[int, int]]] = {}
    for p in t.where(frozenset({"("})):
        sub = ctx.owner[p + 1] if p + 1 < n else -1
        if sub < 0 or ctx.type_at(p + 1) != "Product" or ctx.spans[sub][0] != p + 1:
            continue
        end = ctx.spans[sub][1]
        if end >= n or t.words[end] != ")" or not t.words[p + 1][:1].islower():
            continue
        unit = _strength_before(ctx, p)
        if unit < 0:
            continue
        named = next((ctx.owner[x] for x in range(unit, max(-1, unit - 6), -1) if ctx.type_at(x) == "Product"), -1)
        if named >= 0 and named != sub and _CODE.match(ctx.mentions[named].text):  # type: ignore[union-attr]
            pairs.setdefault(ctx.mentions[sub].text.lower(), []).append((named, sub))  # type: ignore[union-attr]
    for found in pairs.values():
        if len({ctx.mentions[a].text for a, _ in found}) == 1:  # type: ignore[union-attr]
            for a, b in found:
                ctx.link(a, b)
