"""DEVELOPS from a list item that pairs a product with its maker: "1. Jamu A — PT X", "- *Krim B* – CV Y".

Why: recaps of recalls, raids and approvals list each product with the firm that makes it after a dash, one
item a line, and no verb says so. Only an item whose first name is a product, with nothing but a bracket
("(bets MT2411)") between it and the dash, and a company right after the dash (then at most the places it is
in) is read: a certificate item ("- CPOB — PT X") names no product, "- P — didistribusikan oleh PT Y" has words
after the dash (the seller rules' own), and a distributor or a regulator after the dash makes nothing.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.discourse import regulator_like

_DASHED = re.compile(r"\s[\u2014\u2013]\s")  # an em or en dash set off by spaces
watch(_DASHED)
# the bullet, then at most a short class phrase before the product ("- Alat uji cepat **P** — PT X")
_BULLET = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-*\u2022])\s+[*_]*(?:[A-Za-z][a-z-]*\s+(?:[a-z][\w-]*\s+){0,3}[*_]*)?")
# product, an optional bracket, the dash: "Sirup A (bets MT2411) — ", "*Krim B* – "
_GAP = re.compile(r"[*_]*(?:\s*\([^()]*\))?[*_]*\s+[\u2014\u2013]\s+[*_]*")  # the bracket may name the substance
# after the firm: the places it is in, a bracket ("(merkuri)") and what befell the item ("— notifikasi dicabut")
_TAIL = re.compile(r"[*_]*(?:\s*,\s*\u2588+)*(?:\s*\([^()]*\))?(?:\s+[\u2014\u2013]\s+[a-z][^\u2588]*)?\s*[.;]?\s*")


def find(ctx: Context) -> None:
    for v in ctx.where(_DASHED, every=True):
        if ("\u2014" in v.text or "\u2013" in v.text) and "\n" not in v.text.strip() and len(v.mentions) >= 2:
            _item(ctx, v)


def _item(ctx: Context, v: View) -> None:
    p = v.mentions[0]
    dash = _DASHED.search(v.masked, p.end)
    org = next((m for m in v.mentions[1:] if dash is not None and m.start >= dash.end()), None)
    if p.type != "Product" or org is None or org.type != "Organization" or not p.text[:1].isupper():
        return
    text, at = ctx.doc.text, v.sent.start  # the bullet may be left out of the sentence: read its line
    lead = text[text.rfind("\n", 0, at) + 1 : at] + v.masked[: p.start]
    if not _BULLET.fullmatch(lead) or not _GAP.fullmatch(v.masked[p.end : org.start]):
        return
    if not _TAIL.fullmatch(v.masked[org.end :]) or any(m.type != "Location" and not _bracketed(v.masked, m.start)
                                                       for m in v.mentions if m.start > org.start):
        return
    if regulator_like(org.ent) or cues.SELLER_NAME.search(org.ent.name):
        return
    ctx.emit("DEVELOPS", org.ent, p.ent, v, 0.6)


def _bracketed(text: str, at: int) -> bool:
    """Inside a bracket: "(merkuri)", the finding an item names after its maker."""
    return text.rfind("(", 0, at) > text.rfind(")", 0, at)
