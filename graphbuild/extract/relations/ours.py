"""Whose "kami" / "we": the company a quoted or interviewed executive speaks for.

Why: executives state their company's facts in the first person ("Kami memproduksi bahan baku
parasetamol", "lewat anak usaha kami, PT B") and name the speaker only in the speech tag, often
with a pronoun ("…," jelasnya) after a sentence that names them with their title; in an interview
("WAWANCARA", "Berikut petikannya") the answers carry no tag at all. The speaker's company comes from
the positions found earlier; a regulator's or ministry's "kami" is never a company's.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.extract.relations.discourse import NOT_MAKERS, regulator_like, story_firms
from graphbuild.extract.relations.speech import SAY, SAY_EN
from graphbuild.types import Entity

# a named speech tag after the quote: "…, kata Dirut PT X", "…, ujar Sinta Dewi, Direktur Utama PT X"
_TAG = re.compile(rf"\b(?:{SAY}|{SAY_EN})\b[^.\u2588]{{0,60}}$", re.I)
# a pronoun tag: the speaker was named before ("…," jelasnya / "…," he said)
_PRONOUN_TAG = re.compile(rf"[,\"\u201d]\s*(?:\"|\u201d)?\s*(?:{SAY})nya\b"
                          rf"|[,\"\u201d]\s*(?:\"|\u201d)?\s*(?:he|she)\s+(?:{SAY_EN})\b", re.I)
_INTERVIEW = re.compile(r"\b(?:wawancara|interview|berbincang\s+dengan|petikannya|petikan\s+wawancara)\b", re.I)


def we_firm(ctx: Context, v: View, pos: int) -> Entity | None:
    """The company "kami" at ``pos`` stands for, or None when the speaker is not a company's."""
    firm = _tagged(ctx, v, pos)
    if firm is None and _PRONOUN_TAG.search(v.masked, pos):
        firm = _named_before(ctx, v)
    if firm is None and _interview(ctx) and not _TAG.search(v.masked) and not _PRONOUN_TAG.search(v.masked):
        firms = sorted(story_firms(ctx), key=lambda e: -len(e.mentions))
        firm = firms[0] if firms else None
    return firm if firm is not None and not regulator_like(firm) and firm.category not in NOT_MAKERS else None


def _tagged(ctx: Context, v: View, pos: int) -> Entity | None:
    for m in v.mentions:
        if m.start < pos or not _TAG.search(v.masked, max(pos, m.start - 40), m.start):
            continue
        return m.ent if m.type == "Organization" else _employer(ctx, m.ent) if m.type == "Person" else None
    return None


def _named_before(ctx: Context, v: View) -> Entity | None:
    """The company of the latest person named with a position, this sentence or the three before."""
    for i in range(v.index, max(-1, v.index - 4), -1):
        for m in reversed(ctx.views[i].mentions):
            if m.type == "Person" and (firm := _employer(ctx, m.ent)) is not None:
                return firm
    return None


def _employer(ctx: Context, person: Entity) -> Entity | None:
    for r in ctx.has("HOLDS_POSITION", head=person):
        e = ctx.by_id.get(r.tail)
        if e is not None and e.type == "Organization":
            return e
    return None


def _interview(ctx: Context) -> bool:
    """Whether the text is an interview: the word in its first three sentences."""
    return any(_INTERVIEW.search(w.text) for w in ctx.views[:3])
