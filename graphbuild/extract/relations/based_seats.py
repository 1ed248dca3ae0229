"""LOCATED_IN from a "-based" seat: "India-based drugmaker Stellarix", "Nordavia Therapeutics AB, a Stockholm-based
company", "X, a Barcelona, Spain-based maker".

Split out of ``locations`` to keep it short; ``locations`` runs it on sentences holding ``WORD``.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.origins import COMMA as _COMMA

_HEADS = ("Organization", "Facility")  # what a seat places
_BEFORE = re.compile(r"[-\u2010\u2011](?:based|headquartered)\s+(?:[a-z][\w-]*\s+){0,3}(?:PT\.?\s+)?")  # "India-based drugmaker X"
AFTER = re.compile(r"^[-\u2010\u2011]based\b", re.I)
WORD = re.compile(r"based|headquartered", re.I)  # what both match: ``_based`` reads no sentence without it
watch(WORD)
# 'PT A ("A"), a Jakarta-based …', "Nordavia Therapeutics AB, a Stockholm-based …"
_GAP = re.compile(r"\.?[\"\u201d]?\)?\s*(?:,?\s*(?:AB|AG|AS|SA|S\.A\.?|S\.p\.A\.?|SpA|NV|BV|PSC|Plc|LLC|Pte\.?|GmbH|Ltd\.?|Inc\.?|Co\.?|Tbk\.?)\s*)*"
                        r"(?:\(\s*[\"\u201c][^()]{1,40}\)\s*)?(?:,\s*(?:a|an|the)?|\s+(?:is|was)\s+(?:a|an|the))\s*")  # 'PT A, Tbk. ("A"), a …', "X is a …'


def find(ctx: Context, v: View) -> None:
    """"Nordavia, a Stockholm-based company"; "India-based drugmaker Stellarix"."""
    for m in v.mentions:
        if m.type != "Location":
            continue
        nxt = v.next_mention(m)
        if (nxt is not None and nxt.type in _HEADS and nxt.start not in v.role_orgs
                and _BEFORE.fullmatch(v.gap(m.end, nxt.start))):
            ctx.emit("LOCATED_IN", nxt.ent, m.ent, v, 0.75)
        prev = v.prev_mention(m)
        based = AFTER.match(v.text[m.end :])
        if based and prev is not None and prev.type == "Location" and _COMMA.match(v.gap(prev.end, m.start)) \
                and (head := v.prev_mention(prev)) is not None:
            m, prev = prev, head  # "X, a Barcelona, Spain-based maker": the city the country places is X's seat
        if (based and prev is not None and prev.type in _HEADS
                and (_GAP.fullmatch(v.gap((prev.gloss or prev).end, m.start))
                     or re.fullmatch(r"\.?\s+[A-Z][A-Za-z]{1,4}\.?\s*,\s*(?:a|an|the)?\s*", v.gap(prev.end, m.start)))):
            ctx.emit("LOCATED_IN", prev.ent, m.ent, v, 0.75)
