"""The subject of a manner phrase of partnership: "A menelusuri X dengan menggandeng B", "… yang diturunkan bekerja sama dengan B".

Why: the cue sits at the end of a clause whose subject opened the sentence, with products, places and a
relative clause between; split out of :mod:`.partner_sides` (which reads the other sides).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import M, View
from graphbuild.extract.relations.partner_sides import ADJUNCT, SIDES, usable

__all__ = ["manner_subject"]

# "Polres X juga tengah menelusuri aliran dana … dengan menggandeng PPATK", "… in cooperation with B": a manner phrase
_MANNER = re.compile(r"\b(?:dengan|sambil|in)\s+$", re.I)
_CLAUSE_BREAK = re.compile(r"\b(?:yang|which|who|that|karena|sehingga|agar|bahwa|setelah|sebelum|ketika|after|before|because)\b|[;:\"\u201c\u201d]", re.I)


_SAYS_FIRST = re.compile(r"^\W*(?:menurut|kata|according\s+to)\s+(?:[a-z]+\s+){0,2}$", re.I)
_DONE_WITH = re.compile(r"\byang\s+(?:telah\s+|sudah\s+|berhasil\s+)?di[a-z]{3,}\s+$", re.I)


def manner_subject(v: View, pos: int) -> M | None:
    """The body opening the sentence whose clause ends in "dengan menggandeng B" (no relative clause between)."""
    first = v.mentions[0] if v.mentions else None
    done = _DONE_WITH.search(v.masked[max(0, pos - 40) : pos])  # "… tautan yang diturunkan bekerja sama dengan B"
    lead = first.start if first is not None else 0
    if done is not None and first is not None and _SAYS_FIRST.match(v.masked[:lead]) and len(v.mentions) > 1 and v.gap(
            (first.gloss or first).end, v.mentions[1].start).startswith(","):
        first, lead = v.mentions[1], 0  # "Menurut Kepala BPOM, sepanjang 2025 BPOM menurunkan … yang diturunkan bekerja sama dengan B"
    if (first is None or first.type != "Organization" or not usable(v, first) or first.end > pos
            or not (_MANNER.search(v.masked[max(0, pos - 12) : pos]) or done) or len(v.masked[:lead]) > 30
            or re.search(r"[\u2588\"\u201c]", v.masked[:lead]) or pos - first.end > 200):
        return None
    if done is not None:
        pos = max(0, pos - 40) + done.start()  # (the passive's agent is the sentence's subject)
    if _CLAUSE_BREAK.search(v.masked[(first.gloss or first).end : pos]) or any(
            m.type in SIDES and not (m.type == "Location" and ADJUNCT.search(v.masked[max(0, m.start - 30) : m.start]))
            for m in v.after((first.gloss or first).end, None, pos)):  # (a place told as where is no other body)
        return None  # (another body in between may be the one acting)
    return first
