"""DEVELOPS read in a list item that opens with the product: "- **P (zat)** – obat kanker hati dari PT X",
"- P — jamu celup dari PT X, sudah memiliki izin edar", "- P, produk generik bermerek PT X;",
"- P sirup (PT X)", "* P: suplemen buatan CV X". The item's description names the maker after a short
class phrase ("dari", "produksi", "buatan", "milik", "produk …") or alone in the bracket after the form.

Called by ``product_makers.made_by`` per product mention; tried only where the product opens a list item.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.discourse import regulator_like

# the product opens a list item: "- ", "* ", "• ", "1. ", with bold marks
_ITEM_START = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])[ \t]+\**[ \t]*$")
# "** (lenvatinib)** – obat kanker hati dari ", ", produk generik bermerek ", ": suplemen buatan "
_DESC_BY = re.compile(
    r"\**\s*(?:\([^()]{0,60}\)\s*)?\**\s*(?:[\u2014\u2013:]|-{1,2}|,)\s*"
    r"(?!(?:[\w-]+\s+){0,4}?(?:diimpor|didistribusikan|dipasarkan|disita|dibeli|dijual|distributed|imported|sold|seized"
    r"|impor|didatangkan|lisensi|licen[cs]ed?|teknologi|technology)\b)"
    r"(?:[\w-]+,?\s+){0,6}?"
    r"(?:dari|from|produksi|buatan|besutan|keluaran|racikan|milik|by|of"
    r"|(?:diproduksi|dibuat|dikembangkan|diracik|made|produced|manufactured|developed)\s+(?:oleh|by)"
    r"|produk(?:\s+[\w-]+){0,2}?|products?(?:\s+[\w-]+){0,2}?)\s+(?:PT\.?\s+)?",
    re.I,
)
# "Batukhas sirup (", "Khatulvit C tablet hisap (": a dosage form, then the maker alone in the bracket
_FORM_BRACKET = re.compile(
    r"\**\s*(?:[\w-]+\s+){0,2}?(?:sirup|tablet|kapsul|krim|salep|serbuk|gel|lotion|serum|sabun|jamu|teh|minyak|injeksi"
    r"|vaksin|suplemen|syrup|tablets?|capsules?|cream|ointment|powder|oil|injection|vaccine)(?:\s+[\w-]+){0,2}\s*\**\s*\(\s*"
    r"(?:produsen\s*:?\s*|PT\.?\s+)?", re.I)
_BRACKETED = re.compile(r"\([^()]*\)")  # a gloss in brackets ("(lenvatinib)") may hold a name
_ITEM_ENDS = re.compile(r"\s*\)\s*[;,.]?\s*(?:\n|$)|\s*(?:[,;.]|\n|$)|\s+(?:dari|asal|di|of|from|in)\s+\u2588")


def bullet_maker(ctx: Context, v: View, p: M) -> bool:
    """Emit DEVELOPS for the maker a list item names after its opening product; True when it did."""
    if not _ITEM_START.search(v.text, max(0, p.start - 12), p.start):
        return False
    line_end = v.text.find("\n", p.end)
    line_end = len(v.text) if line_end < 0 else line_end
    org = min((m for m in (*v.after(p.end, ("Organization",), line_end), *(v.glosses or ()))
               if m.type == "Organization" and p.end < m.start < line_end), key=lambda m: m.start, default=None)
    if org is None or org.role is not None or regulator_like(org.ent) or cues.SELLER_NAME.search(org.ent.name):
        return False  # a regulator or a distributor's name ("PT X Niaga Distribusi") is no maker
    gap = v.masked[p.end : org.start]
    if "\u2588" in _BRACKETED.sub("", gap):
        return False  # another name between: not the item's maker
    bracket = _FORM_BRACKET.fullmatch(gap)
    if not (bracket or _DESC_BY.fullmatch(gap)):
        return False
    if bracket and not v.text.startswith(")", org.end):
        return False
    if not bracket and not _ITEM_ENDS.match(v.masked, org.end):
        return False
    ctx.emit("DEVELOPS", org.ent, p.ent, v, 0.7)
    return True
