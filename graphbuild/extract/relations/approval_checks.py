"""Two checks on what an approval cue found (APPROVED, read in :mod:`.approvals`).

- "BiVax-MR telah memperoleh izin edar dari EDA": a name right after "dari/oleh/from/by" that was typed as a product is
  the granting agency's short name, so the permit is that agency's, not BPOM's (no implied granter, and the name is no
  product approved).
- "| Glarsela | biosimilar insulin glargine | Selbio | NIE BPOM |": in a table row the permit is the row's brand (its
  first cell), not the substance the type column names.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import View
from graphbuild.types import Entity

_GRANTER_GAP = re.compile(r"\s*(?:dari|oleh|from|by)\s+(?:the\s+)?", re.I)


def granter_mistyped(v: View, end: int) -> bool:
    """Whether the cue ending at ``end`` is followed by "dari/by" and a name taken for a product."""
    nxt = next(iter(v.after(end, ("Product",))), None)
    return nxt is not None and _GRANTER_GAP.fullmatch(v.masked[end : nxt.start]) is not None


def row_brand(v: View, p: Entity) -> Entity | None:
    """The brand opening the table row ``v`` when ``p`` is a lower-case substance in a later cell (else None)."""
    if not p.name[:1].islower() or not v.masked.lstrip().startswith("|"):
        return None
    first = next((m for m in v.mentions if m.type == "Product"), None)
    if first is None or first.ent is p or not first.text[:1].isupper() \
            or "|" in v.masked[v.masked.index("|") + 1 : first.start]:
        return None
    return first.ent
