"""What a sentence says of a product it does not name (APPROVED, MARKETS; runs late, from :mod:`.same_maker`).

- Bullet continuations with no subject: "- **P (inn)**, injeksi untuk …." then "Diimpor dan dipasarkan oleh PT X."
  (MARKETS X → P) and "Disetujui 14 Januari 2025 …" (APPROVED: the story's national regulator → P): the product the
  bullet opens on is the subject.
- Earlier approvals by other regulators that a reliance review took into account, the product left unnamed or only
  referred to: "mempertimbangkan persetujuan yang lebih dulu diberikan Danish Medicines Agency", "hasil evaluasi MFDS
  Korea Selatan, yang telah lebih dulu menyetujui produk tersebut", "the earlier approvals of <inn> by the EMA in 2023
  and by the FDA in 2024", "dengan mengacu pada persetujuan PMDA Jepang": the bullet's product, else the product
  approved in the nearest sentence before that approved one.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.registration import is_regulator
from graphbuild.extract.relations.unnamed_granters import BPOM as _BPOM
from graphbuild.extract.relations.unnamed_granters import national_regulator
from graphbuild.types import Entity

_MARKER = re.compile(r"\s*(?:[-*\u2022]|\d{1,2}[.)])\s+")
_BACK = 4  # sentences of one bullet read back to its opening
_APPROVED_BACK = 12  # sentences read back to the approval a reliance remark refers to

# "Disetujui 14 Januari 2025 …", "Telah disetujui pada Maret 2025": a bullet's sentence with no subject
_PASSIVE_APPROVED = re.compile(r"(?:Disetujui|Telah\s+disetujui|Sudah\s+disetujui|Approved)\s+(?:pada\s+|on\s+|in\s+)?"
                               r"(?:\d{1,2}\s+)?(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|"
                               r"November|Desember|January|February|March|May|June|July|August|October|December)\b")
# "Diimpor dan dipasarkan oleh PT X.", "Dipasarkan di Indonesia oleh X": the seller of the bullet's product
_PASSIVE_SOLD = re.compile(r"(?:(?:Diimpor|Didistribusikan|Diproduksi)\s+(?:dan|serta)\s+)?(?:dipasarkan|didistribusikan)"
                           r"(?:\s+di\s+(?:Indonesia|\u2588+))?\s+oleh\s+(?:[\w-]+\s+){0,1}?$", re.I)
_SOLD_CUE = re.compile(r"\b(?:Dipasarkan|Diimpor|Didistribusikan|Diproduksi)\b")
watch(_PASSIVE_APPROVED, _SOLD_CUE)

# the regulator named right after the cue: "mengacu pada persetujuan <REG>", "persetujuan yang lebih dulu diberikan <REG>",
# "the earlier approvals of <inn> by the <REG>"
_BEFORE_REG = re.compile(
    r"\b(?:(?:mengacu\s+(?:pada|kepada)|merujuk(?:\s+(?:pada|kepada))?|berdasarkan|memanfaatkan|mempertimbangkan)\s+"
    r"(?:hasil\s+)?persetujuan\s+(?:(?:yang\s+)?(?:telah\s+|sudah\s+)?(?:lebih\s+(?:dulu|dahulu)\s+|sebelumnya\s+)?"
    r"(?:diberikan|dikeluarkan|diterbitkan)\s+)?(?:oleh\s+|dari\s+)?"
    r"|persetujuan\s+(?:yang\s+)?(?:telah\s+|sudah\s+)?(?:lebih\s+(?:dulu|dahulu)|sebelumnya)\s+(?:diberikan|dikeluarkan|"
    r"diterbitkan)\s+(?:oleh\s+)?"
    r"|(?:earlier|prior|previous)\s+approvals?\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?(?:by|from)\s+(?:the\s+)?"
    r"|(?:based\s+on|relying\s+on|referencing|with\s+reference\s+to|took\s+into\s+account|taking\s+into\s+account)\s+"
    r"(?:the\s+)?(?:earlier\s+|prior\s+|previous\s+)?approvals?\s+(?:of\s+(?:the\s+)?[\w-]+\s+)?(?:by|from)\s+(?:the\s+)?)$",
    re.I)
# "<REG> Korea Selatan, yang telah lebih dulu menyetujui produk tersebut"
_AFTER_REG = re.compile(r"^[^.;:]{0,40}?,\s*(?:yang|which|that)\s+(?:telah\s+|sudah\s+|had\s+|has\s+)?(?:lebih\s+(?:dulu|dahulu)\s+|"
                        r"sebelumnya\s+|already\s+|earlier\s+|previously\s+)?(?:menyetujui|approved)\s+(?:produk|obat|vaksin|"
                        r"biosimilar|the\s+(?:product|drug|medicine|vaccine))(?:\s+(?:tersebut|itu|ini))?\b", re.I)
_RELY_CUE = re.compile(r"\b(?:persetujuan|approvals?|menyetujui|approved)\b", re.I)
watch(_RELY_CUE)
_AND_BY = re.compile(r"^(?:\s*\([^()]*\))?[^.;\u2588]{0,40}?\b(?:dan|serta|and)\s+(?:(?:oleh|by|dari|from)\s+)?(?:the\s+)?$", re.I)
_NOT = re.compile(r"\b(?:belum|tidak|bukan|menunggu|not|awaiting|pending)\b[^.;]{0,40}$", re.I)


def find(ctx: Context) -> None:
    for v in ctx.where(_PASSIVE_APPROVED, _SOLD_CUE, every=True):
        if _PASSIVE_APPROVED.match(v.masked):
            _bullet_approved(ctx, v)
        if _SOLD_CUE.match(v.masked):
            _bullet_sold(ctx, v)
    for v in ctx.where(_RELY_CUE):
        if _RELY_CUE.search(v.masked):
            _relied(ctx, v)


def _bullet_product(ctx: Context, v: View) -> Entity | None:
    """The product the bullet holding ``v`` opens on: "- **P (inn)**, …" some sentences before."""
    for w in ctx.views[max(0, v.index - _BACK) : v.index + 1][::-1]:
        mark = _MARKER.match(w.text)
        if mark is None:
            if any(m.type == "Product" for m in w.mentions):
                return None  # a product named in between: the sentence may speak of that one
            continue
        first = next(iter(w.mentions), None)
        if first is not None and first.type == "Product" and re.fullmatch(r"[\s*_\"]*", w.masked[mark.end() : first.start]):
            return first.ent
        return None
    return None


def _bullet_approved(ctx: Context, v: View) -> None:
    if any(m.type == "Product" for m in v.mentions) or _MARKER.match(v.text):
        return
    p = _bullet_product(ctx, v)
    reg = national_regulator(ctx)
    if p is not None and reg is not None:
        ctx.emit("APPROVED", reg, p, v, 0.6)


def _bullet_sold(ctx: Context, v: View) -> None:
    if any(m.type == "Product" for m in v.mentions) or _MARKER.match(v.text):
        return
    seller = next((m for m in v.mentions if m.type == "Organization"), None)
    if seller is None or is_regulator(seller.ent) or not _PASSIVE_SOLD.fullmatch(v.masked[: seller.start]):
        return
    p = _bullet_product(ctx, v)
    if p is not None:
        ctx.emit("MARKETS", seller.ent, p, v, 0.6)


def _relied(ctx: Context, v: View) -> None:
    """Regulators whose earlier approval the sentence cites for a product it does not name."""
    if any(m.type == "Product" for m in v.mentions):
        return  # a product named: the sentence rules read it
    regs: list[M] = []
    cued: M | None = None  # the last body the cue reached: "persetujuan dari WHO dan TGA Australia"
    for m in v.mentions:
        if m.type != "Organization":
            continue
        head = v.masked[max(0, m.start - 160) : m.start]
        if (_BEFORE_REG.search(head) and not _NOT.search(head)) or _AFTER_REG.match(v.masked[m.end :]) \
                or (cued is not None and _AND_BY.fullmatch(v.masked[cued.end : m.start])):
            cued = m
            if is_regulator(m.ent) and m.ent.name != _BPOM:
                regs.append(m)
    if not regs:
        return
    p = _bullet_product(ctx, v) or _approved_before(ctx, v)
    if p is None:
        return
    for m in regs:
        ctx.emit("APPROVED", m.ent, p, v, 0.6)


def _approved_before(ctx: Context, v: View) -> Entity | None:
    """The one product approved in the nearest sentence before ``v`` that states an approval."""
    approved = ctx.has("APPROVED")
    if not approved:
        return None
    for w in ctx.views[max(0, v.index - _APPROVED_BACK) : v.index][::-1]:
        if w.evidence is None:
            continue
        tails = {r.tail for r in approved if r.evidence == w.evidence}
        if len(tails) > 1:
            return None
        if tails:
            return ctx.by_id[tails.pop()]
    return None
