"""REVOKED told in a list item's field line: a public warning lists each product with its maker, then its sanction.

"- Krim A — diproduksi oleh PT X, Kota Y" over "- Tindakan: notifikasi kosmetik dibatalkan; sertifikat CPKB dicabut":
the product loses its permit (izin edar, notifikasi, NIE), its maker the certificate (CPOTB, CPKB, izin produksi),
to the regulator whose warning the list is. The field line names neither, so no sentence rule links them.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.registration import is_regulator
from graphbuild.types import Entity

# "Tindakan:", "Sanksi:", "Status:", "Tindak lanjut:", "Action taken:" opening an item's line
_FIELD = re.compile(r"^\W*(?:tindakan|sanksi|status|tindak\s+lanjut|keterangan|action(?:s)?(?:\s+taken)?|sanctions?)\s*:\s*", re.I)
watch(_FIELD)
# one clause of the field: "izin edar dicabut", "pencabutan notifikasi", "CPKB certificate suspended"
_CLAUSE_REVOKED = re.compile(r"\b(?:dicabut|dibekukan|dibatalkan|pencabutan|pembekuan|pembatalan|revoked|suspended|"
                             r"cancel+ed|withdrawn)\b", re.I)
_NOT = re.compile(r"\b(?:tidak|belum|bukan|akan|not|will)\b", re.I)  # searched before the verb only ("dicabut karena … tidak berizin" still revokes)
_PROPOSED = re.compile(r"\b(?:diusulkan|direkomendasikan|proposed|recommended)\b", re.I)  # anywhere: "pencabutan … masih diusulkan"
_PERMIT = re.compile(r"\b(?:izin\s+edar|notifikasi(?:\s+kosmetik)?|NIE|nomor\s+(?:izin\s+edar|notifikasi|registrasi)|"
                     r"registrasi|marketing\s+authori[sz]ation|product\s+licen[cs]e|notification)\b", re.I)
_CERT = re.compile(r"\b(?:sertifikat\s+(?:(?-i:[A-Z])[\w/-]+)|(?:(?-i:[A-Z]){3,5}\s+)?certificate|sertifikat|izin\s+(?:produksi|usaha|PBF|"
                   r"apotek|industri)|(?:manufacturing|production)\s+licen[cs]e)\b", re.I)
_SIBLING = re.compile(r"^\W*(?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*\s*:\s")  # "- Temuan: …", "- Hasil uji: …"
# the item a field belongs to: "- P — diproduksi oleh X", "1. P (X)", "- P, produk buatan X"
_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-*\u2022])\s*$")
_MAKER = re.compile(r"\b(?:diproduksi|dibuat|didaftarkan|dipasarkan|diedarkan|produksi|buatan|milik|made|produced|"
                    r"manufactured|registered|marketed)\b", re.I)


# the sanction closing the item's own line after a dash: "- **Krim A** — PT X, Tangerang (merkuri) — notifikasi dicabut",
# "2. **PT X** – sertifikat CPKB dicabut dan produksi dihentikan", "- Serum B - notification revoked"
_STATUS = re.compile(r"\b(?:dicabut|dibekukan|dibatalkan|revoked|suspended|cancel+ed|withdrawn)\b", re.I)
watch(_STATUS)
_ITEM_LEAD = re.compile(r"\s*(?:\d{1,2}[.)]|[-*\u2022])?\s*(?:[a-z][\w-]*\s+){0,2}")  # "- krim malam A", "1. A"
_DASH = re.compile(r"\s[\u2014\u2013-]\s+")


def find(ctx: Context) -> None:
    for v in ctx.where(_STATUS, every=True):
        _closing(ctx, v)
    for v in ctx.where(_FIELD, every=True):  # one pass, not a ``may`` call per sentence
        if (f := _FIELD.match(v.text)) is None:
            continue
        item = _item(ctx, v.index)
        if item is None:
            continue
        product, maker = item
        reg = _regulator(ctx, v.index)
        if reg is None:
            continue
        for clause in re.split(r"[;,]|\s+(?:dan|serta|and)\s+", v.text[f.end() :]):
            if not (hit := _CLAUSE_REVOKED.search(clause)) or _NOT.search(clause, 0, hit.start()) or _PROPOSED.search(clause):
                continue  # ("… dicabut karena menyalurkan obat ke sarana tidak berwenang": a negation after the verb)
            permit, cert = _PERMIT.search(clause), _CERT.search(clause)
            if permit is not None and product is not None:
                ctx.emit("REVOKED", reg, product, v, 0.6, what=permit.group())
            elif cert is not None and permit is None and maker is not None:
                ctx.emit("REVOKED", reg, maker, v, 0.6, what=cert.group())


def _item(ctx: Context, i: int) -> tuple[Entity | None, Entity | None] | None:
    """The product and maker of the item line over field line ``i`` (its sibling fields may lie between)."""
    for w in reversed(ctx.views[max(0, i - 4) : i]):
        if _SIBLING.match(w.text):
            continue
        first = w.mentions[0] if w.mentions else None
        if first is None or first.type != "Product" or not _ITEM.fullmatch(w.masked[: first.start]):
            return None
        maker = next((m.ent for m in w.mentions if m.type == "Organization" and m.ent.category == "company"
                      and _MAKER.search(w.masked, first.end, m.start)), None)
        return first.ent, maker
    return None


def _regulator(ctx: Context, i: int) -> Entity | None:
    """The regulator of the story's revocations, else the one named lately (the warning's author)."""
    heads = [ctx.by_id[r.head] for r in ctx.has("REVOKED") if r.head in ctx.by_id]
    if heads:
        return heads[-1]
    return next((e for e in ctx.recent(i, ("Organization",), back=12, limit=12) if is_regulator(e)), None)


def _closing(ctx: Context, v: View) -> None:
    """A list item naming a product (or a company) first and closing on its sanction after a dash."""
    first = v.mentions[0] if v.mentions else None
    if ctx.decided(v, "REVOKED"):
        return  # "- PT A (PBF) — sertifikat CDOB dicabut oleh Badan POM": the item's own revoker was read with it
    lead = v.masked[: first.start].replace("*", "") if first is not None else ""
    if not lead.strip() and v.index and _ITEM.fullmatch(ctx.views[v.index - 1].text):
        lead = ctx.views[v.index - 1].text  # "1." split off as a sentence of its own
    if first is None or not _ITEM_LEAD.fullmatch(lead) \
            or not (first.type == "Product" or (first.type == "Organization" and first.ent.category == "company")):
        return
    parts = _DASH.split(v.masked[first.end :])
    if len(parts) < 2 or _FIELD.match(parts[-1]):
        return
    reg = None
    for clause in re.split(r"[;,]|\s+(?:dan|serta|and)\s+", parts[-1]):
        if not (hit := _CLAUSE_REVOKED.search(clause)) or _NOT.search(clause, 0, hit.start()) or _PROPOSED.search(clause):
            continue
        permit, cert = _PERMIT.search(clause), _CERT.search(clause)
        if reg is None and (reg := _regulator(ctx, v.index)) is None:
            return
        if permit is not None and first.type == "Product":
            ctx.emit("REVOKED", reg, first.ent, v, 0.6, what=permit.group())
        elif cert is not None and permit is None and first.type == "Organization":
            ctx.emit("REVOKED", reg, first.ent, v, 0.6, what=cert.group())
