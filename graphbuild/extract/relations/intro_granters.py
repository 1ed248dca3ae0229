"""The regulator an intro ending in a colon names, for the bulleted achievements listed under it.

"Dalam forum tersebut, Badan POM memaparkan sejumlah capaian, antara lain:" then "- persetujuan izin edar vaksin P …",
"- penerbitan sertifikat CPOB untuk Fasilitas X milik PT A": each item is a permit or certificate the intro's
regulator granted, though the item names no granter. Used by :mod:`.approvals` and :mod:`.cert_holders`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.extract.relations.registration import is_regulator
from graphbuild.types import Entity

_ITEM = re.compile(r"\s*(?:[-*\u2022]|\d{1,2}[.)])\s")
# the cue opens the item: "- persetujuan izin edar …", "- penerbitan sertifikat CPOB …", "- EUA untuk …"
_OPENS = re.compile(r"\s*(?:[-*\u2022]|\d{1,2}[.)])\s+[*_]*(?:(penerbitan|pemberian|penyerahan|issuance\s+of|granting\s+of)\s+)?$", re.I)


def intro_regulator(ctx: Context, v: View, start: int, acted: bool = False) -> Entity | None:
    """The one regulator named in the intro (ending in ":") of the bullet run ``v`` belongs to, if the cue opens the item
    (``acted``: after "penerbitan"/"pemberian": a bare "- Sertifikat CPOB …" item is read by the handover rules)."""
    if not (o := _OPENS.match(v.masked[:start])) or (acted and not o.group(1)) or any(m.type == "Organization" and is_regulator(m.ent)
                                                  for m in v.mentions if m.start < start):
        return None
    i = v.index - 1
    while i >= 0 and _ITEM.match(ctx.views[i].text) and v.index - i <= 12:
        i -= 1
    if i < 0 or not ctx.views[i].text.rstrip().endswith(":"):
        return None
    regs = {m.ent.id: m.ent for m in ctx.views[i].mentions if m.type == "Organization" and m.role is None and is_regulator(m.ent)}
    return next(iter(regs.values())) if len(regs) == 1 else None


_BRACKETED = re.compile(r"\s*\([^()]{0,60}\)")


def reach(gap: str) -> int:
    """How far a product stands after a permit's cue, a bracketed gloss not counted ("persetujuan penggunaan darurat
    (Emergency Use Authorization/EUA) untuk antibodi monoklonal P")."""
    return len(_BRACKETED.sub("", gap))


# "- Sertifikat CPOB (BPOM) — PT A untuk Pabrik X": the item names its issuer in brackets, then the holder after a dash
_BRACKET_ITEM = re.compile(r"\W*(?:(?:\d{1,2}[.)]|[-*\u2022])\s*)?[*_]*(?:sertifikat|sertifikasi|certificate)\b[^()\u2014\u2013;]{0,30}?"
                           r"[*_]*\s*\(\s*(?P<body>\u2588+)\s*\)\s*[\u2014\u2013-]\s*(?:PT\.?\s+)?$", re.I)


def bracket_item(v: View, start: int) -> tuple[Entity, Entity] | None:
    """(issuer, holder) of a bulleted certificate that names its issuer in brackets and its holder after a dash."""
    holder = next((m for m in v.after(start, ("Organization", "Facility")) if m.role is None), None)
    if holder is None or (b := _BRACKET_ITEM.fullmatch(v.masked, 0, holder.start)) is None:
        return None
    body = next((m.ent for m in (*v.mentions, *v.glosses) if m.start == b.start("body") and m.type == "Organization"), None)
    return (body, holder.ent) if body is not None and is_regulator(body) and body.id != holder.ent.id else None
