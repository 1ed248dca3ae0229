"""CERTIFIED told as a list: "Pabrik X, Kota Padang, yang telah mengantongi:" and then one bullet a certificate
("- sertifikat CPOTB dari Badan POM sejak 2021", "- **Sertifikat Halal** dari BPJPH …").

Why: the holder is named once, before the colon, and each item names only a certificate and its issuer, so the
certificate rule (which looks for the holder in the item's own sentence) finds none there.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context
from graphbuild.types import Entity

# the sentence that opens the list: the holder, a verb of holding, the colon
_HOLDS = re.compile(r"\b(?:memegang|mengantongi|memiliki|meraih|memperoleh|mendapatkan|menerima|mendapat|holds|obtained|received|"
                    r"has\s+(?:obtained|received|secured|earned))\s*:\s*$", re.I)
# an item: the certificate first, then its issuer ("dari Badan POM")
_ITEM = re.compile(r"^[\W\d]*(?:sertifikat|certificate)\b[^:;\n]{0,120}?\b(?:dari|from|oleh|by)\s+(?:the\s+)?$", re.I)
_MAX_ITEMS = 8  # how far back the opening sentence may lie


def find(ctx: Context) -> None:
    """Each item's issuer certifies the holder the sentence before the list names (the last site or company there)."""
    for v in ctx.where(cues.CERTIFY):
        if not v.index:
            continue
        body = next((m for m in v.mentions if m.type == "Organization"), None)
        if body is None or body.ent.category == "company" or not _ITEM.match(v.masked[: body.start]):
            continue
        holder = _holder(ctx, v.index)
        if holder is not None:
            ctx.emit("CERTIFIED", body.ent, holder, v, 0.65)


def _holder(ctx: Context, index: int) -> Entity | None:
    """The site (else the company) named last before "mengantongi:" in the sentence that opens the list ``index`` is in."""
    for i in range(index - 1, max(-1, index - _MAX_ITEMS), -1):
        w = ctx.views[i]
        if (opened := _HOLDS.search(w.masked)) is not None:
            got = [m for m in w.before(opened.start(), ("Facility", "Organization")) if m.role is None
                   and (m.type == "Facility" or m.ent.category == "company")]
            sites = [m for m in got if m.type == "Facility"]  # "Pabrik X milik PT A telah memperoleh:": the plant
            pick = sites or got
            return pick[0].ent if pick else None
        if not re.match(r"^[\W\d]*(?:sertifikat|certificate|ISO|izin|NIE)\b|\s*\d{1,2}[.)]\s*$", w.masked, re.I):
            return None  # not another item of the list (nor its number, "1.", read apart)
    return None
