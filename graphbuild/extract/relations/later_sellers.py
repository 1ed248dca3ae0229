"""MARKETS from a second passive verb after a product's maker: "P (zat), antibodi … yang dikembangkan X dan dipasarkan
di Indonesia oleh Y", "P, developed by X and marketed in Indonesia by Y".

Why: a release describes a brand with a relative clause that names who made it and then, with a second verb, who
sells it. The maker rules read the first verb; the seller sits after the maker's name, so the rules that read
"dipasarkan oleh Y" look back for a product and find the maker in between. Here the second verb's seller sells the
product the relative clause hangs on (the nearest brand before "yang"/"which", past its gloss and a short apposition).

Two more ways a sentence hands the selling to a firm after the product was the subject:
- "P akan diproduksi di X, sedangkan pemasarannya ditangani PT Y": the "-nya" of "pemasarannya" is the product the
  sentence is about (the only brand named before it);
- "| P | biosimilar … | X, dipasarkan Y | …": in a table row the seller's cell speaks of the row's brand (first cell);
- "X's products are marketed and distributed by Y under a … Agreement. The agreement covers A and B": Y sells what the
  next sentence says its agreement covers.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.discourse import regulator_like

_AUX = r"(?:(?:telah|sudah|juga|kini|saat\s+ini|selama\s+ini|is|was|are|were|has\s+been|also|now)\s+)*"
_MADE = r"(?:dikembangkan|diproduksi|dibuat|developed|manufactured|produced|made)"
_SOLD = r"(?:dipasarkan|didistribusikan|diedarkan|dijual|marketed|distributed|sold|commerciali[sz]ed)"
# "… yang dikembangkan X dan dipasarkan di Indonesia oleh " (the seller's name follows)
_SECOND = re.compile(
    rf"(?:\byang\s+|\b(?:which|that)\s+|,\s*){_AUX}{_MADE}(?:\s+(?:oleh|by))?\s+(?:PT\.?\s+)?\u2588+\.?(?:\s*\([^()]{{0,40}}\))?"
    rf"(?:\s+(?:di|in)\s+\u2588+)?\s*,?\s+(?:dan|serta|and)\s+{_AUX}{_SOLD}\s+"
    r"(?:(?:di|ke|in|to|across)\s+(?:[\w\u2588-]+\s+){1,3}?)?(?:oleh|by)\s+(?:PT\.?\s+)?$",
    re.I,
)
# "sedangkan pemasarannya ditangani PT Y", "its marketing will be handled by Y"
_HANDLED = re.compile(r"(?:\b(?:pemasaran|distribusi|penjualan)nya(?:\s+(?:dan|serta)\s+(?:pemasaran|distribusi|penjualan)nya)?\s+"
                      r"(?:(?:akan|telah|sudah|juga|kini)\s+)*(?:ditangani|dipegang|dilakukan|diserahkan\s+kepada)"
                      r"|\b(?:its|their)\s+(?:marketing|distribution|sales)\s+(?:(?:will\s+be|is|are|has\s+been)\s+)?handled)"
                      r"\s+(?:(?:oleh|by)\s+)?(?:PT\.?\s+)?$", re.I)
_CELL = re.compile(r"\|[^|]{0,80}?\b(?:dipasarkan|didistribusikan|marketed\s+by|distributed\s+by)\s+(?:oleh\s+)?(?:PT\.?\s+)?$", re.I)
# "products are marketed and distributed by Y under a … Agreement" / "produk X dipasarkan oleh Y berdasarkan perjanjian …"
_UNDER_DEAL = re.compile(r"\b(?:products|produk(?:nya)?)\b[^.;]{0,60}?\b(?:(?:are|were|is)\s+)?(?:(?:marketed|distributed|sold)"
                         r"(?:\s+and\s+(?:marketed|distributed|sold))?\s+by|(?:dipasarkan|didistribusikan|dijual)"
                         r"(?:\s+dan\s+(?:dipasarkan|didistribusikan|dijual))?\s+oleh)\s+(?:PT\.?\s+)?$", re.I)
_COVERS = re.compile(r"^\W*(?:the\s+(?:agreement|deal|contract)|(?:perjanjian|kesepakatan|kontrak)\s+(?:tersebut|itu|ini))\s+"
                     r"(?:also\s+|juga\s+)?(?:covers|includes|mencakup|meliputi)\s+(?:produk\s+)?$", re.I)
watch(_SECOND, _HANDLED, _CELL, _UNDER_DEAL)
CUES = (_SECOND, _HANDLED, _CELL, _UNDER_DEAL)
_HOST_GAP = re.compile(r"[*_]*\)?\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,.;:\u2588]{0,80},?\s*)?")  # "P (zat), antibodi untuk … "


def find(ctx: Context, v: View) -> None:
    for org in v.mentions:
        if org.type != "Organization" or org.role is not None or regulator_like(org.ent):
            continue
        m = _SECOND.search(v.masked, max(0, org.start - 220), org.start)
        if m is None or m.end() != org.start:
            _handed(ctx, v, org)
            continue
        host = next(iter(v.before(m.start(), ("Product",))), None)
        if host is None or not host.text[:1].isupper() or host.ent is org.ent:
            continue
        if not _HOST_GAP.fullmatch(v.masked[(host.gloss or host).end : m.start()]):
            continue
        ctx.emit("MARKETS", org.ent, host.ent, v, 0.6)


def _handed(ctx: Context, v: View, org: M) -> None:
    """"… sedangkan pemasarannya ditangani Y" (the one brand before), a table cell "X, dipasarkan Y" (the row's brand)."""
    back = v.masked[max(0, org.start - 160) : org.start]
    if (cell := _CELL.search(back)) is not None and v.masked.lstrip().startswith("|"):
        host = next((m for m in v.mentions if m.type == "Product"), None)
        if host is not None and host.start < len(v.masked) - len(back) + cell.start() and host.text[:1].isupper() \
                and "|" not in v.masked[v.masked.index("|") + 1 : host.start]:
            ctx.emit("MARKETS", org.ent, host.ent, v, 0.6)
        return
    if (said := _HANDLED.search(back)) is None:
        _covered_next(ctx, v, org, back)
        return
    brands = {m.ent.id: m.ent for m in v.before(org.start - len(back) + said.start(), ("Product",)) if m.text[:1].isupper()}
    if len(brands) == 1:
        ctx.emit("MARKETS", org.ent, next(iter(brands.values())), v, 0.6)


def _covered_next(ctx: Context, v: View, org: M, back: str) -> None:
    """ "… marketed by Y under a … Agreement. The agreement covers A and B": Y sells A and B."""
    if _UNDER_DEAL.search(back) is None or v.index + 1 >= len(ctx.views) \
            or not any(m.type == "Agreement" and m.start > org.end for m in v.mentions):
        return
    w = ctx.views[v.index + 1]
    first = next(iter(w.mentions), None)
    if first is None or first.type != "Product" or not _COVERS.match(w.masked[: first.start]):
        return
    for m in w.chain(first, ("Product",)):
        if m.text[:1].isupper():
            ctx.emit("MARKETS", org.ent, m.ent, w, 0.55)
