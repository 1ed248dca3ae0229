"""Two checks on what an approval cue found (APPROVED, read in :mod:`.approvals`).

- "BiVax-MR telah memperoleh izin edar dari EDA": a name right after "dari/oleh/from/by" that was typed as a product is
  the granting agency's short name, so the permit is that agency's, not BPOM's (no implied granter, and the name is no
  product approved).
- "| Glarsela | biosimilar insulin glargine | Selbio | NIE BPOM |": the permit is the brand the substance stands beside
  (the row's first cell), not the substance the type column names (``registration.brand_beside``, shared with registrations).
- "BPOM mengumumkan lima obat baru yang memperoleh izin edar …": the regulator announcing counted products that got
  a permit is their granter (the products are listed later, read by ``registration.listed_next``).
- "Glarvia (insulin glargine), which BPOM approved in 2023, and Metavia, which is under review": the clause approves
  the product it hangs on, not the next item of the list.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import M, View
from graphbuild.extract.relations.registration import brand_beside, is_regulator
from graphbuild.types import Entity

_GRANTER_GAP = re.compile(r"\s*(?:dari|oleh|from|by)\s+(?:the\s+)?", re.I)


def granter_mistyped(v: View, end: int) -> bool:
    """Whether the cue ending at ``end`` is followed by "dari/by" and a name taken for a product."""
    nxt = next(iter(v.after(end, ("Product",))), None)
    return nxt is not None and _GRANTER_GAP.fullmatch(v.masked[end : nxt.start]) is not None


def row_brand(v: View, p: Entity) -> Entity | None:
    """The brand a lower-case substance ``p`` stands beside (see ``registration.brand_beside``), else None."""
    m = next((m for m in v.mentions if m.ent is p), None)
    return brand.ent if m is not None and (brand := brand_beside(v, m)) is not None else None


_ANNOUNCED = re.compile(r"(?:\s*\(\u2588+\))?\s+(?:(?:telah|juga|resmi|hari\s+ini|has|also)\s+)*(?:mengumumkan|merilis|mengungkapkan|menyebutkan|"
                        r"announced|listed|named)\s+(?:daftar\s+|the\s+)?(?:dua|tiga|empat|lima|enam|tujuh|delapan|two|three|four|"
                        r"five|six|seven|eight)\s+(?:[a-z][\w-]*\s+){0,2}?(?:obat|produk|vaksin|drugs|products|vaccines|medicines)"
                        r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:yang|that|which)\s+(?:(?:telah|sudah|baru|have|had)\s+)?(?:memperoleh|"
                        r"mendapat(?:kan)?|mengantongi|menerima|received|obtained|won)\s+(?:nomor\s+|an?\s+|the\s+)?$", re.I)


def announcer(v: View, start: int) -> M | None:
    """The regulator announcing counted products that got the permit whose cue starts at ``start``."""
    for m in v.before(start, ("Organization",)):
        if is_regulator(m.ent) and _ANNOUNCED.fullmatch(v.masked[m.end : start]):
            return m
        break
    return None


_OBJECT_RELATIVE = re.compile(r"[*_]*\s*(?:\([^()]{0,60}\)\s*)?,\s*(?:which|that)\s+(?:the\s+)?\u2588+(?:\s*\(\u2588+\))?\s+"
                              r"(?:(?:has|had|have|also|first|already|formally)\s+)*$", re.I)


def object_relative(v: View, near: M, start: int) -> bool:
    """Whether the approval cue at ``start`` closes "P, which REG approved" on the product ``near``."""
    return _OBJECT_RELATIVE.fullmatch(v.masked[near.end : start]) is not None
