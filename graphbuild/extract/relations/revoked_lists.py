"""The products a revocation names apart from its verb: counted first and listed after ("… mencabut izin edar tiga
produk. Produk yang ditarik adalah A, B dan C", bullets after "adalah:"), or named after a copula ("yang izin edarnya
dicabut adalah sirup A dan sirup B"). Split out of :mod:`.revocations` to keep it short.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import contents, cues
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.registration import bullets
from graphbuild.types import Entity

# "Produk yang izin edarnya dicabut adalah:", "The products are as follows:": the bullets that follow name them
LIST_INTRO = re.compile(r"\b(?:adalah|ialah|yaitu|yakni|sebagai\s+berikut|berikut(?:\s+ini)?|meliputi|antara\s+lain|"
                         r"are|were|include|as\s+follows|following)\s*:\s*$", re.I)


# "Ketiga produk tersebut adalah:" names the counted ones; "Produk lain yang diperiksa adalah:" does not
BACK_LIST = re.compile(r"\b(?:tersebut|itu|ke(?:dua|tiga|empat|lima|enam)|the\s+(?:two|three|four|five|six)|these|those)\b|"
                        r"\b(?:dicabut|dibekukan|dibatalkan|revoked|suspended)\b", re.I)
OTHER = re.compile(r"\b(?:lain|lainnya|other)\b", re.I)


# "produk yang ditarik adalah", "tiga produk jamu buatan CV B, yaitu", "The products withdrawn are": the counted ones named
NAMED = re.compile(r"\b(?:ke(?:dua|tiga|empat|lima)|the\s+(?:two|three|four|five))\s+(?:produk|obat|jamu|sirup|products)(?:\s+(?:tersebut|itu|ini))?\s*,\s*$|"  # "Kedua produk tersebut, A dan B, …"
                   r"\b(?:produk|obat|jamu|products)\b(?:(?!\b(?:lain|lainnya|other|diuji|diperiksa|masih|tetap|aman|lolos|tested|still|remain|safe|laris|terlaris|best-selling)\b)[^.;:]){0,60}?"
                    r"\b(?:adalah|ialah|yaitu|yakni|antara\s+lain|meliputi|are|were|namely)\s*:?\s*(?:[a-z][\w-]*\s+){0,3}$", re.I)


# the intro must point back at the counted ones: withdrawn, "dimaksud", "tersebut", or counted again
THOSE = re.compile(r"\b(?:ditarik|dicabut|dibekukan|dimaksud|tersebut|itu|withdrawn|revoked|recalled|affected|these|those|"
                    r"ke(?:dua|tiga|empat|lima|enam)|dua|tiga|empat|lima|enam|tujuh|two|three|four|five|six|seven)\b", re.I)


def named_later(ctx: Context, i: int, reg: Entity, what: str | None) -> None:
    """The products a revocation only counted, named in the next few sentences as "the products withdrawn are …"."""
    for k, w in enumerate(ctx.views[i + 1 : i + 9], i + 1):
        if (sub := _SUBSET.search(w.masked)) and re.search(rf"\b{re.escape(sub.group('n'))}\b", ctx.views[i].masked, re.I):
            _subset(ctx, k, reg, what)  # "Dari 14 produk yang notifikasinya dibatalkan, …, antara lain A, B dan C"
            return
    for w in ctx.views[i + 1 : i + 6]:
        if w.may(cues.REVOKE) and cues.REVOKE.search(w.masked) and any(m.type == "Product" for m in w.mentions):
            return  # a revocation of its own names its products
        first = next((m for m in w.mentions if m.type == "Product"), None)
        if first is not None and (intro := NAMED.search(w.masked, max(0, first.start - 120), first.start)) \
                and THOSE.search(w.masked, max(0, intro.start() - 25), intro.end()):  # ("tiga produk …, yaitu")
            for m in w.chain(first, ("Product",)):
                ctx.emit("REVOKED", reg, m.ent, w, 0.6, what=what)


# "Dari 14 produk yang notifikasinya dibatalkan, sembilan …", "Of the seven products whose permits were revoked, …": a part
# of the counted products, so the ones it lists after an opener lost the same permit
_SUBSET = re.compile(r"^\W*(?:dari|di\s+antara|of\s+the|among\s+the)\s+(?:ke)?(?P<n>\d{1,3}|dua|tiga|empat|lima|enam|tujuh|"
                     r"delapan|sembilan|sepuluh|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?(?:produk|obat|jamu|kosmetik|sirup|"
                     r"products|drugs)\s+(?:[\w-]+\s+){0,3}?(?:yang|whose|that)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:dicabut|dibekukan|dibatalkan|revoked|suspended|cancel+ed)\b", re.I)
# "Lima produk lainnya milik merek B, termasuk P": the rest of the same counted products
_REST = re.compile(r"^\W*(?:(?:[\w-]+\s+)?(?:produk|obat|products)\s+(?:lain|lainnya|sisanya|other|remaining)|sisanya|the\s+(?:other|remaining)"
                   r"(?:\s+[\w-]+)?\s+products)\b", re.I)
_OPENER = re.compile(r"\b(?:antara\s+lain|termasuk|yaitu|yakni|seperti|di\s*antaranya|meliputi|including|such\s+as|namely)\b", re.I)


def _subset(ctx: Context, k: int, reg: Entity, what: str | None) -> None:
    """The products listed after an opener in sentence ``k`` that names a part of the counted ones, and in the next
    sentence that names the rest ("Lima produk lainnya …, termasuk P")."""
    for w in ctx.views[k : k + 2]:
        if w.index > k and not _REST.search(w.masked):
            return
        if (op := _OPENER.search(w.masked)) is None:
            continue
        for m in contents.not_contents(w, w.after(op.end(), ("Product",))):
            ctx.emit("REVOKED", reg, m.ent, w, 0.6, what=what)


ROW_HEAD = re.compile(r"[\W\d]*")  # "| 1 | ", "1. ", "- ": a table row's or a bullet's lead


def product_rows(ctx: Context, j: int) -> list[tuple[View, M]]:
    """The product opening each bulleted item or table row from sentence ``j`` on (header rows passed)."""
    out: list[tuple[View, M]] = []
    for w in ctx.views[j : j + 25]:
        if not w.mentions:
            if w.text.lstrip().startswith("|") or ROW_HEAD.fullmatch(w.masked):
                continue  # "| No | Nama Produk | …", "|----|", "1." alone
            break
        m = w.mentions[0]
        if m.type != "Product" or not ROW_HEAD.fullmatch(w.masked[: m.start]):
            break
        out.append((w, m))
    return out


def bulleted(ctx: Context, j: int, reg: Entity, what: str | None) -> None:
    """The products of the bullets, else of the table rows, under sentence ``j``."""
    for w, m in bullets(ctx, j + 1) or product_rows(ctx, j + 1):
        ctx.emit("REVOKED", reg, m.ent, w, 0.65, what=what)


# "BPOM mencabut izin edar produk berikut:", "revoked the following products:": the list or table under it
FOLLOWING = re.compile(r"\s*(?:(?:izin\s+edar|notifikasi|NIE|marketing\s+authori[sz]ations?)(?:\s*/\s*[\w]+)*\s+)?(?:(?:of|for|atas|untuk)\s+)?"
                       r"(?:the\s+following\s+(?:\w+\s+)?products|(?:produk|obat|kosmetik|jamu)(?:-produk)?(?:\s+\w+){0,2}\s+(?:berikut(?:\s+ini)?|sebagai\s+berikut))\s*:\s*$",
                       re.I)


# "… yang izin edarnya dicabut adalah sirup penurun panas A dan sirup obat batuk B": the products named after a copula
_COPULA = re.compile(r"\s+(?:(?:izin\s+edar|NIE)(?:nya)?\s+)?(?:adalah|ialah|yaitu|yakni|antara\s+lain|meliputi|termasuk|"
                     r"include|included|are|were)\s*:?\s*(?:(?!dan\b|serta\b)[a-z][\w-]*\s+){0,4}"
                     r"|\s*:\s*(?:(?!dan\b|serta\b)[A-Za-z][\w-]*\s+){0,3}", re.I)  # "Izin edar tiga produknya dicabut: A, B, dan C"
_NEXT_KIND = re.compile(r"(?:\s*\([^()]{1,60}\))?\s*,?\s*(?:dan|serta|and)?\s+(?:(?!yang\b)[a-z][\w-]*\s+){0,4}|\s*,\s*")


def listed_after(v: View, end: int) -> list[Entity]:
    first = next(iter(v.after(end, ("Product",))), None)
    if first is None or not (cop := _COPULA.fullmatch(v.gap(end, first.start))):
        return []
    if cop.group().lstrip().startswith(":"):  # "dicabut: A, B, dan C": every product the list after the colon names
        return [m.ent for m in contents.not_contents(v, v.after(end, ("Product",)))]
    out = [first]
    while (nxt := v.next_mention(out[-1])) is not None and nxt.type == "Product" \
            and _NEXT_KIND.fullmatch(v.gap(out[-1].end, nxt.start)):
        out.append(nxt)  # "… A dan sirup obat batuk B", "A (parasetamol), B"
    return [m.ent for m in out]
