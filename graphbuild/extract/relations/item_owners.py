"""DEVELOPS and MARKETS from a list item that opens with a product and names its maker or seller by a cue word.

Why: recaps of approvals, launches and raids list one product a line and then describe it, naming the firm in
the description: "- **Oncavir** (lenvatinib) – obat kanker hati dari PT A.", "- Sirup B — produk generik
bermerek PT A; …", "- **Krim C**, milik CV A dari Kota X", "- Tablet D — produksi PT A, didistribusikan oleh
PT B", "- Kapsul E (PT A)", "- Gel F — made by A Ltd". ``item_makers`` reads an item whose dash is followed by the
firm alone; here a cue word right before the firm says what it does: a maker's ("dari", "milik", "produksi",
"buatan", "diproduksi oleh", "dikembangkan oleh/bersama", "made/developed/manufactured by", "from") or a
seller's ("dipasarkan/diedarkan/didistribusikan oleh", "marketed/distributed by"). Only an item whose first
name is the product is read; "lisensi dari A" / "diimpor dari A" / "licensed from A" make nothing, nor does a
regulator, nor a distributor's name after a maker's cue.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.discourse import regulator_like

_CUE = re.compile(
    r"\b(?:dari|milik|produksi|buatan|produk|diproduksi|dibuat|dikembangkan|dipasarkan|diedarkan|didistribusikan"
    r"|disalurkan|made|manufactured|developed|produced|marketed|distributed|sold|from)\b", re.I)
_PAREN = re.compile(r"\(\s*(?:PT|CV|UD)\b")  # "- Kapsul E (PT A)"
watch(_CUE, _PAREN)
_BULLET = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*\u2022])\s+[*_]*")
_NOT_MAKER = r"(?<!lisensi )(?<!diimpor )(?<!impor )(?<!licensed )(?<!imported )(?<!didatangkan )(?<!teknologi )"
_MAKER = re.compile(
    r"(?:" + _NOT_MAKER + r"\b(?:dari|from)|\bmilik|\b(?:di)?produksi(?:\s+oleh)?|\bbuatan|\bproduk(?:\s+[a-z]+){0,3}"
    r"|\b(?:dibuat|dikembangkan)\s+(?:oleh|bersama)|\b(?:made|manufactured|developed|produced)\s+by)\s+[*_]*$", re.I)
_SELLER = re.compile(
    r"\b(?:dipasarkan|diedarkan|didistribusikan|disalurkan|marketed|distributed|sold)\s+(?:oleh|by)\s+[*_]*$", re.I)
_OPEN = re.compile(r"^[^()\u2588]{0,40}\(\s*$")  # "sirup (" before the firm: the item ends in "(PT A)"
_CLOSE = re.compile(r"^\s*\)[*_]*\s*[.;]?\s*$")


def find(ctx: Context) -> None:
    for v in ctx.where(_CUE, _PAREN, every=True):
        if len(v.mentions) >= 2 and v.mentions[0].type == "Product":
            _item(ctx, v)


def _item(ctx: Context, v: View) -> None:
    p = v.mentions[0]
    if not p.text[:1].isupper():
        return
    text, at = ctx.doc.text, v.sent.start  # the bullet may be left out of the sentence: read its line
    lead = text[text.rfind("\n", 0, at) + 1 : at] + v.masked[: p.start]
    if not _BULLET.fullmatch(lead):
        return
    masked = v.masked
    stop = masked.find("\n", p.end)
    stop = len(masked) if stop < 0 else stop
    prev = p.end
    for m in v.mentions[1:]:
        if m.start >= stop:
            break
        gap = masked[prev : m.start]
        prev = m.end
        if m.type == "Product":
            if m.text[:1].isupper() and not gap.rstrip().endswith("("):
                return  # a second brand: a list inside the item, not this item's description
            continue  # the generic name in a bracket or the description
        if m.type != "Organization" or regulator_like(m.ent):
            continue
        if _SELLER.search(gap):
            ctx.emit("MARKETS", m.ent, p.ent, v, 0.6)
        elif _MAKER.search(gap) and not cues.SELLER_NAME.search(m.ent.name):
            ctx.emit("DEVELOPS", m.ent, p.ent, v, 0.6)
        elif m is v.mentions[1] and _OPEN.match(gap) and _CLOSE.match(masked[m.end : stop]):
            ctx.emit("DEVELOPS", m.ent, p.ent, v, 0.6)
