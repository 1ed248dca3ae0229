"""A deal told as a block of labelled fields, one per bullet or line.

Why: press kits and event write-ups list each agreement as fields rather than sentences:
"- **Nama perjanjian:** A", "- **Pemberi lisensi:** X (Bengaluru, India)", "- **Penerima lisensi:** PT Y",
"- Prinsipal: X", "- Distributor eksklusif: PT Y", "- Produk yang dicakup:" followed by one bullet per
product, "- Lokasi produksi lokal: Pabrik Z". The fields of one block (consecutive labelled lines,
product bullets between them) belong to one deal: both sides signed the named agreement, the agreement
covers the products, a licensor licensed the licensee, a distributor markets the products, and the
production site named for the licensee is the licensee's.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.makers import regulator_like

# the label words, anywhere (the prefilter gate); _FIELD reads them as a line's label
_GATE = re.compile(r"\b(?:nama\s+perjanjian|agreement\s+name|pemberi\s+lisensi|penerima\s+lisensi|licensor|licensee|prinsipal"
                   r"|principal|distributor\s+(?:eksklusif|tunggal|resmi)|exclusive\s+distributor|produk\s+yang\s+dicakup"
                   r"|products?\s+covered|produk|products?|lokasi\s+produksi|production\s+site)\b", re.I)
watch(_GATE)
_FIELD = re.compile(
    r"^\s*(?:[-*\u2022+]\s*|\d{1,2}[.)]\s*)?(?:\*\*|__)?\s*(?:"
    r"(?P<agr>nama\s+perjanjian|agreement(?:\s+name)?|perjanjian)"
    r"|(?P<lic>pemberi\s+lisensi|licensor)"
    r"|(?P<licensee>penerima\s+lisensi|licensee)"
    r"|(?P<prin>prinsipal|principal|pemilik\s+produk)"
    r"|(?P<dist>(?:distributor|pemasar)(?:\s+(?:eksklusif|tunggal|resmi))?|exclusive\s+distributor|(?:sole|official)\s+distributor)"
    r"|(?P<prod>produk(?:\s+yang\s+(?:dicakup|dilisensikan|didistribusikan))?|products?(?:\s+(?:covered|licensed))?)"
    r"|(?P<site>lokasi\s+produksi(?:\s+lokal)?|fasilitas\s+produksi|production\s+site|manufacturing\s+site))"
    r"\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?\s*",
    re.I,
)
_BULLET = re.compile(r"^\s*(?:[-*\u2022+]|\d{1,2}[.)])(?:\s|$)")  # "1." alone: a numbered item's marker split off
_LABELLED = re.compile(r"^\s*(?:[-*\u2022+]|\d{1,2}[.)])\s+(?:\*\*|__)?[^:*_]{1,40}(?:\*\*|__)?:")  # "- **Penandatangan:** …"


def find(ctx: Context) -> None:
    hits = [(v, m) for v in ctx.where(_GATE, every=True) if (m := _FIELD.match(v.text)) is not None]
    if len(hits) < 2:
        return
    block: list[tuple[str, View, int]] = []
    last = -2
    for v, m in hits:
        kind = m.lastgroup or ""
        if block and not _joined(ctx, last, v.index):
            _deal(ctx, block)
            block = []
        block.append((kind, v, m.end()))
        last = v.index
    _deal(ctx, block)


def _joined(ctx: Context, a: int, b: int) -> bool:
    """Whether the lines between two labelled ones are bullets (a field's list items) only."""
    return all(_BULLET.match(ctx.views[i].text) for i in range(a + 1, b))


def _first(v: View, at: int, types: tuple[str, ...]) -> M | None:
    m = next((x for x in v.mentions if x.start >= at), None)
    if m is None or m.type not in types or m.role is not None:
        return None
    return m


def _deal(ctx: Context, block: list[tuple[str, View, int]]) -> None:
    kinds = {k for k, _, _ in block}
    if len(block) < 2 or not kinds & {"lic", "licensee", "prin", "dist"}:
        return  # a lone "Produk:" line, or fields of something other than a deal
    agr = giver = taker = None
    seller = False
    products: list[tuple[M, View]] = []
    site: tuple[M, View] | None = None
    for kind, v, at in block:
        if kind == "agr":
            agr = agr or _first(v, at, ("Agreement",))
        elif kind in ("lic", "prin"):
            giver = giver or _org(v, at)
        elif kind in ("licensee", "dist"):
            taker = taker or _org(v, at)
            seller = seller or kind == "dist"
        elif kind == "prod":
            products += [(m, v) for m in _listed(v, at)]
            for i in range(v.index + 1, len(ctx.views)):  # "Produk yang dicakup:" then one bullet per product
                w = ctx.views[i]
                if not (b := _BULLET.match(w.text)) or _LABELLED.match(w.text):
                    break
                products += [(m, w) for m in _listed(w, b.end())]
        elif kind == "site":
            f = _first(v, at, ("Facility",))
            site = (f, v) if f is not None else site
    if giver is not None and taker is not None and giver[0].ent is not taker[0].ent and kinds & {"lic", "licensee"}:
        ctx.emit("LICENSED", giver[0].ent, taker[0].ent, taker[1], 0.7)
    for side in (giver, taker):
        if side is not None and agr is not None:
            ctx.emit("SIGNED", side[0].ent, agr.ent, side[1], 0.7)
    for p, w in products:
        if agr is not None:
            ctx.emit("COVERS", agr.ent, p.ent, w, 0.7)
        if seller and taker is not None:
            ctx.emit("MARKETS", taker[0].ent, p.ent, w, 0.65)
    if site is not None and taker is not None and not seller:
        ctx.emit("OPERATES", taker[0].ent, site[0].ent, site[1], 0.65)


def _org(v: View, at: int) -> tuple[M, View] | None:
    m = _first(v, at, ("Organization",))
    if m is None or regulator_like(m.ent):
        return None
    return m, v


_OPEN = re.compile(r"[\s*_\"\u201c]*")
_NEXT = re.compile(r"\s*(?:,|;|dan|and|serta|&)\s*(?:,?\s*(?:dan|and|serta)\s+)?")


def _listed(v: View, at: int) -> list[M]:
    """The products a field's value opens with: "Glarzen (insulin glargine), pena injeksi" is Glarzen, not the
    substance in its brackets; "P, Q dan R" are all three."""
    out: list[M] = []
    for m in v.mentions:
        if m.start < at:
            continue
        if m.type != "Product" or not (_OPEN if not out else _NEXT).fullmatch(v.text, at, m.start):
            break
        out.append(m)
        at = (m.gloss or m).end
        if m.gloss is not None and v.text[at : at + 1] == ")":
            at += 1
    return out
