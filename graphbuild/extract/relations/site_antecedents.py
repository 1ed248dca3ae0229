"""Whose site "fasilitas itu" / "the plant" is: the company whose plant the story named lately.

"meninjau pabrik vaksin milik PT A … PT A adalah perusahaan patungan antara B dan C. … Fasilitas itu telah mengantongi
sertifikat CPOB": the plant is A's (the one named as a plant's owner), not B or C, whom the sentence between names. Used
by :mod:`.cert_holders` and :mod:`.fallback_referents` before they fall back on the company named last or most.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.types import Entity

# "pabrik vaksin milik PT A", "fasilitas produksi PT A", "the manufacturing plant of A", "A's plant" (the owner after)
_PLANT_OF = re.compile(
    r"\b(?:pabrik|fasilitas|sarana\s+produksi|gudang|plant|factory|facility|warehouse|site)(?:\s+(?!(?:milik|of|owned|di|in|at|dan|and|oleh|by|dari|from|kepada|to|dengan|with|untuk|for)\b)[\w\u2588-]+){0,3}?"
    r"\s+(?:(?:yang\s+)?(?:milik|dimiliki(?:\s+oleh)?|dikelola(?:\s+oleh)?|kepunyaan)\s+|(?:of|owned\s+by|run\s+by|operated\s+by)\s+(?:the\s+)?)?$",
    re.I)
_BACK = 8  # sentences
_STORE = re.compile(r"(?:gudang|warehouse)\b", re.I)


def site_owner(ctx: Context, v: View, pos: int, plant: bool = False) -> Entity | None:
    """The company named last as a plant's owner in the sentences before (or this one before ``pos``), else None."""
    for i in range(v.index, max(-1, v.index - _BACK - 1), -1):
        w = ctx.views[i]
        best = None
        for m in w.mentions:
            if i == v.index and m.start >= pos:
                break
            if m.type != "Organization" or m.ent.category != "company" or m.role is not None:
                continue
            if (of := _PLANT_OF.search(w.masked[max(0, m.start - 60) : m.start])) is not None \
                    and not (plant and _STORE.match(of.group())):
                best = m.ent  # (a warehouse's owner is not whose "pabrik tersebut" it is)
        if best is not None:
            return best
    return None
