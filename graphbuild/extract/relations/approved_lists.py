"""The products an approval only counted, named after it (APPROVED, for :mod:`.regulatory`).

"BPOM menyetujui tiga obat baru:" then "1. A …", "- kapsul B …"; "Ketiganya adalah A, kapsul …; B, …; serta C": the
bullets or the described parts of the next sentence. Split out of ``approvals`` to keep it short (``approved`` finds
the approval and its granter, this reads the list that names what it approved).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context
from graphbuild.types import Entity

# "Ketiganya adalah A, kapsul …; B, ekstrak …; serta C, …": the products opening each part of a described list
_ALL_ARE = re.compile(r"^\W*(?:kedua|ketiga|keempat|kelima|keenam)nya\s+(?:adalah|yaitu|yakni|ialah|meliputi)\s*:?\s*", re.I)
_MARKER = re.compile(r"\s*(?:\d{1,2}[.)]|[-*\u2022])(?:\s+|$)")
_ITEM_OPEN = re.compile(r"[\s*_\"]*(?:[a-z][\w-]*\s+){0,2}")  # "- kapsul A untuk …", "1. **A** (…)"
_PART_OPEN = re.compile(r"\s*(?:(?:dan|serta|and)\s+)?(?:[a-z][\w-]*\s+){0,2}")  # "; serta sirup C"


def enumerated(ctx: Context, j: int, reg: Entity) -> bool:
    """The products an approval only counted, named next as described parts or as the bullets after its colon."""
    prev = ctx.views[j - 1]
    if prev.masked.rstrip().endswith(":") and j < len(ctx.views):
        found, marked = False, False
        for w in ctx.views[j : j + 24]:  # an item whose name went unrecognised ends no list: its marker goes on
            if _MARKER.fullmatch(w.text):
                marked = True  # "1." split off as a sentence of its own
                continue
            mark = _MARKER.match(w.text)
            if mark is None and not marked:
                break
            marked = False
            first = next(iter(w.mentions), None)
            if first is not None and first.type == "Product" and _ITEM_OPEN.fullmatch(w.masked[mark.end() if mark else 0 : first.start]):
                found = ctx.emit("APPROVED", reg, first.ent, w, 0.65) or found
        return found
    if j >= len(ctx.views) or (intro := _ALL_ARE.match(ctx.views[j].masked)) is None:
        return False
    v, pos, found = ctx.views[j], intro.end(), False
    for part in v.masked[intro.end() :].split(";"):
        first = next(iter(v.after(pos, ("Product",), pos + len(part))), None)
        if first is not None and _PART_OPEN.fullmatch(v.masked[pos : first.start]):
            ctx.emit("APPROVED", reg, first.ent, v, 0.65)
            found = True
        pos += len(part) + 1
    return found
