"""A venture just set up belongs to the partner holding most of it.

"… a Joint Venture Agreement to establish PT J, a new company … Pradana will hold a 60 percent stake and Hokuyo 40
percent", "kedua perusahaan mendirikan PT J, dengan komposisi kepemilikan 51 persen oleh A dan 49 persen oleh B",
"meresmikan perusahaan patungan PT J, di mana perseroan menguasai 60 persen saham dan B memegang sisanya".

Why: the stake names no company after it (``stakes`` reads "menguasai 51 persen saham B"), and ``ventures`` needs "J,
perusahaan patungan antara A dan B". The share split is how a release says whose subsidiary the venture is: the
owner of more than half, never the minority partner (a venture is not its foreign partner's, whatever its name holds).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.extract.relations.subsidiary_refs import emit, release_firm
from graphbuild.types import Entity

ORG = ("Organization",)
# the venture named right after the cue that sets it up
_SET_UP = re.compile(
    r"\b(?:(?:to\s+)?(?:establish|form|set\s+up|create)|mendirikan|membentuk|meresmikan|mendirikan)\s+(?:(?:sebuah|a|an|the)\s+)?"
    r"(?:(?:new\s+)?(?:joint[\s-]+venture|JV)(?:\s+company)?\s*,?\s*|(?:perusahaan|usaha)\s+patungan(?:\s+baru)?\s*,?\s*)?(?:bernama\s+|called\s+|named\s+)?$"
    r"|\b(?:perusahaan|usaha)\s+patungan(?:\s+(?:baru|mereka|tersebut|itu))?\s*,?\s*(?:yakni|yaitu|bernama)?\s*$"
    r"|\bjoint[\s-]+venture(?:\s+company)?\s*,\s*$", re.I)
# the holder and its share: "A will hold a 60 percent stake", "A akan memegang 60% saham", "51 persen oleh A"
_HOLDS = re.compile(
    r"\b(?:will\s+(?:hold|own)|holds|owns|akan\s+(?:memegang|menguasai|memiliki)|memegang|menguasai)\s+(?:(?:a|an|sebanyak|sebesar)\s+)?"
    r"(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*(?:%|persen|percent)(?=\s+(?:stake|saham|of\s+the\s+(?:joint\s+venture|JV|company|shares))\b"
    r"|\s+(?:dan|and|,|serta|while|sedangkan)\b|\s*[,.])", re.I)
watch(_HOLDS)
_BY = re.compile(r"\b(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*(?:%|persen|percent)\s+(?:saham\s+)?(?:oleh|by|dimiliki(?:\s+oleh)?|held\s+by|owned\s+by)\s+(?:PT\.?\s+)?",
                 re.I)
watch(_BY)
_OF = re.compile(r"\s+(?:saham|stake\s+in|of\s+the\s+shares\s+of|of)\s+(?:PT\.?\s+)?", re.I)
_PERSEROAN = re.compile(r"\b(?:perseroan|the\s+company)\s+(?:(?:akan|will|kini|juga)\s+)?$", re.I)


def find(ctx: Context) -> None:
    held = ctx.where(_HOLDS)
    seen = {v.index for v in held}
    for v in held + [v for v in ctx.where(_BY) if v.index not in seen]:
        jv = _venture(ctx, v)
        if jv is None:
            continue
        owner = _majority(ctx, v, jv)
        if owner is not None and owner.id != jv.id and not regulator_like(owner):
            emit(ctx, v, jv, owner)


def _venture(ctx: Context, v: View) -> Entity | None:
    """The company this or one of the two sentences before sets up as a venture (the last one named so)."""
    for i in range(v.index, max(-1, v.index - 3), -1):
        w = ctx.views[i]
        found = None
        for m in w.mentions:
            if m.type == "Organization" and m.role is None and m.ent.category == "company" and m.text.startswith("PT") \
                    and _SET_UP.search(w.masked[max(0, m.start - 90) : m.start]):
                found = m.ent
        if found is not None:
            return found
    return None


def _majority(ctx: Context, v: View, jv: Entity) -> Entity | None:
    for c in v.cues(_HOLDS):
        if float(c.group("pct").replace(",", ".")) <= 50:
            continue
        after = next(iter(v.after(c.end(), ORG)), None)
        if after is not None and after.ent is not jv and _OF.fullmatch(v.masked[c.end() : after.start]):
            continue  # "menguasai 60 persen saham B": ``stakes`` reads it
        before = next((m for m in v.before(c.start(), ORG) if m.role is None), None)
        if before is not None and c.start() - _end(before) <= 12:
            return before.ent
        if _PERSEROAN.search(v.masked[max(0, c.start() - 30) : c.start()]):
            return release_firm(ctx, jv)
    for c in v.cues(_BY):
        if float(c.group("pct").replace(",", ".")) <= 50:
            continue
        after = next(iter(v.after(c.end(), ORG)), None)
        if after is not None and after.start == c.end() and after.role is None:
            return after.ent
    return None


def _end(m: M) -> int:
    return m.gloss.end + 1 if m.gloss is not None else m.end
