"""A counted pronoun for the products just listed: "Ketiganya sudah mendapat nomor izin edar (NIE) dari BPOM" after
three bullets, "Keduanya telah disetujui BPOM", "Both received marketing authorisation from BPOM". The pronoun
counts them, so exactly that many brands named before are meant: capitalised names outside brackets (the
substances glossed in brackets, "Mahaflu tablet (parasetamol 500 mg, …)", are passed over).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, View
from graphbuild.types import Entity

_PRONOUN = re.compile(r"^\W*(?:(?P<id>kedua|ketiga|keempat|kelima|keenam)nya|(?P<en>both|all\s+(?:two|three|four|five|six))"
                      r"(?:\s+of\s+them)?)\b(?=[^\u2588]*$)", re.I)
_BOTH = {"both": 2}


def counted(v: View, start: int) -> int:
    """How many products the pronoun opening the sentence before ``start`` counts (0 if none)."""
    m = _PRONOUN.match(v.masked[:start])
    if m is None:
        return 0
    word = (m.group("id") or m.group("en")).lower().split()[-1]
    return _BOTH.get(word) or cues.COUNT_WORDS.get(word, 0)


def _in_brackets(text: str, pos: int) -> bool:
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.count("(") > line.count(")")


def named_before(ctx: Context, v: View, many: int) -> list[Entity]:
    """The ``many`` brands named last in the six sentences before ``v`` (all of them, or none)."""
    found: list[Entity] = []
    for w in reversed(ctx.views[max(0, v.index - 6) : v.index]):
        for m in reversed(w.mentions):
            if m.type != "Product" or not m.text[:1].isupper() or _in_brackets(w.text, m.start) or m.ent in found:
                continue
            found.append(m.ent)
            if len(found) == many:
                return found[::-1]
    return []
