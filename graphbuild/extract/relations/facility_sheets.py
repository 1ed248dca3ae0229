"""OPERATES and CERTIFIED told as a facility factsheet: a heading that names only the site ("### 1. Pabrik X"), then
fields under it ("- **Operator:** PT A (anak usaha)", "- **Sertifikat:**" with one item a certificate and its
issuer, "- CPOB — BPOM (Maret 2025)", "- Sertifikat halal — BPJPH"); or a table of sites with a certificate column
whose cells name the issuers ("| Fasilitas | Operator | Sertifikat |" … "| CPOB dari BPOM; halal dari BPJPH |").

Why: the site is named once, in the heading (or the row's first cell), and each field names only the operator or
a certificate with its issuer, so the sentence rules find no site beside them.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.tables import cells, rows_below
from graphbuild.types import Entity

# a field's label, at the head of its line: "- Operator:", "Dikelola oleh:", "- Sertifikat:", "Certifications:"
_OPERATOR = re.compile(r"\b(?:operator|pengelola|dikelola\s+oleh|dioperasikan\s+oleh|operated\s+by|managed\s+by)\s*:", re.I)
_CERTS = re.compile(r"\b(?:sertifikat|sertifikasi|certificates?|certifications?)(?:\s+(?:aktif|yang\s+dimiliki|held))?\s*:", re.I)
# "- **Lokasi:** Kawasan Industri X, Kota Y, Provinsi": the site lies in the first place listed, and in the town after an estate
_PLACE = re.compile(r"\b(?:lokasi|location|letak)\s*:", re.I)
watch(_OPERATOR, _CERTS, _PLACE)
_LEAD = re.compile(r"[\W\d]*")  # nothing but a bullet, a number or markup before the label
_BULLET = re.compile(r"\s*(?:[-*\u2022]|\d{1,2}[.)])\s")
# an item: a certificate (named or masked), then its issuer after a dash, a colon or "dari"
_ITEM = re.compile(r"[\W\d]*[\w\u2588][^:;\n]{0,50}?\s(?:[\u2013\u2014:-]|dari|oleh|from|by)\s+(?:the\s+)?", re.I)
_BACK = 12  # how many lines a section's fields may run below its heading
_MAX_ITEMS = 6


def find(ctx: Context) -> None:
    for v in ctx.where(_OPERATOR):
        if (m := _OPERATOR.search(v.masked)) is None or not _LEAD.fullmatch(v.masked[: m.start()]):
            continue
        firm = next(iter(v.after(m.end())), None)
        if firm is None or firm.type != "Organization" or firm.ent.category != "company" or v.gap(m.end(), firm.start).strip():
            continue
        if (site := _section_site(ctx, v.index)) is not None:
            ctx.emit("OPERATES", firm.ent, site, v, 0.7)
    for v in ctx.where(_PLACE):
        if (m := _PLACE.search(v.masked)) is not None and _LEAD.fullmatch(v.masked[: m.start()]) \
                and (site := _section_site(ctx, v.index)) is not None:
            _placed(ctx, v, m.end(), site)
    for v in ctx.where(_CERTS, every=True):
        if (m := _CERTS.search(v.masked)) is None or not _LEAD.fullmatch(v.masked[: m.start()]):
            continue
        if (site := _section_site(ctx, v.index)) is None:
            continue
        for body in _bodies(v, m.end()):  # "- Sertifikat: CPOB dari BPOM; halal dari BPJPH"
            ctx.emit("CERTIFIED", body.ent, site, v, 0.65, standard=_standard(v, body))
        for w in ctx.views[v.index + 1 : v.index + 1 + _MAX_ITEMS]:  # "- CPOB — BPOM (Oktober 2024)"
            body = _item_body(w)
            if body is None:
                break
            ctx.emit("CERTIFIED", body.ent, site, w, 0.65, standard=_standard(w, body))
    for v in ctx.where(_CERT_WORD, every=True):
        if v.masked.startswith("|") and not v.mentions:
            _table(ctx, v.index)


def _section_site(ctx: Context, index: int) -> Entity | None:
    """The site the heading over the fields of line ``index`` names (and nothing else): "### 2. Pabrik Ngoro"."""
    for i in range(index - 1, max(-1, index - _BACK - 1), -1):
        w = ctx.views[i]
        if _BULLET.match(w.text):
            continue
        if len(w.mentions) == 1 and w.mentions[0].type == "Facility" and len(w.text) <= 90 \
                and _LEAD.fullmatch(w.masked[: w.mentions[0].start]) and not w.text.rstrip().endswith((".", ":")):
            return w.mentions[0].ent
        return None
    return None


def _placed(ctx: Context, v: View, pos: int, site: Entity) -> None:
    """The first two places a location field lists, one comma apart (the estate, then its town or district)."""
    places = v.after(pos)[:2]
    if not places or places[0].type != "Location" or v.gap(pos, places[0].start).strip(" *"):
        return
    ctx.emit("LOCATED_IN", site, places[0].ent, v, 0.65)
    if len(places) == 2 and places[1].type == "Location" and v.gap((places[0].gloss or places[0]).end, places[1].start).strip() == ",":
        ctx.emit("LOCATED_IN", site, places[1].ent, v, 0.6)


def _is_body(m: M) -> bool:
    return m.type == "Organization" and m.ent.category != "company" and m.role is None


# what comes between a certificate and its issuer: "dari", "oleh", a dash, or an opening bracket ("CPOB (BPOM)")
_BEFORE_BODY = re.compile(r"(?:\bdari|\boleh|\bfrom|\bby|\bissued\s+by|[\u2013\u2014-]|[\w\u2588)]\s*\()\s*$", re.I)


def _bodies(v: View, pos: int) -> list[M]:
    """The issuers a one-line certificate field names after ``pos``, each after its certificate and "dari"/a dash, or
    in brackets after it ("CPOB (BPOM), Halal (BPJPH)")."""
    out: list[M] = []
    for m in v.after(pos, ("Organization", "Regulation")):
        if m.type == "Regulation":  # "CPOB (BPOM)": the issuer read as the certificate's gloss
            if m.gloss is not None and _is_body(m.gloss) and m.start >= pos:
                out.append(m.gloss)
                pos = m.gloss.end
        elif _is_body(m) and _BEFORE_BODY.search(v.gap(pos, m.start)):
            out.append(m)
            pos = (m.gloss or m).end
    return out


def _item_body(w: View) -> M | None:
    """The issuer of one certificate item ("- Sertifikat halal — BPJPH"), or None when the line is no such item."""
    if not _BULLET.match(w.text) or _OPERATOR.search(w.masked) or _CERTS.search(w.masked):
        return None
    body = next((m for m in w.mentions if m.type != "Regulation"), None)
    if body is None or not _is_body(body) or not _ITEM.fullmatch(w.masked[: body.start]):
        return None
    if not w.masked[: body.start].lstrip("-*\u2022 0123456789.)").lower().startswith(("sertifikat", "certificat", "\u2588")):
        return None  # "- Lokasi: …", "- Produk utama: …": another field
    return body


def _standard(v: View, body: M) -> str | None:
    return next((m.ent.name for m in v.before(body.start, ("Regulation",))), None)


_CERT_WORD = re.compile(r"\b(?:sertifikat|sertifikasi|certificates?|certifications?)\b", re.I)
watch(_CERT_WORD)
_CERT_COL = re.compile(r"^\W*(?:sertifikat|sertifikasi|certificates?|certifications?)(?:\s+\w+)?\W*$", re.I)
_ISSUER_COL = re.compile(r"^\W*(?:penerbit|diterbitkan\s+oleh|pemberi|lembaga|issuer|issued\s+by|certifier)", re.I)
_HOLDER_COL = re.compile(r"^\W*(?:fasilitas|sarana|pabrik|lokasi\s+produksi|facility|facilities|site|plant)\W*$", re.I)


def _table(ctx: Context, index: int) -> None:
    """A table of sites with a certificate column and no issuer column: each issuer a row's certificate cell names
    ("CPOB dari BPOM (Mei 2025); halal dari BPJPH") certifies the site of the row's site column."""
    head = ctx.views[index].masked
    cols = [head[a:b] for a, b in cells(head)]
    cert = next((i for i, c in enumerate(cols) if _CERT_COL.match(c)), None)
    site = next((i for i, c in enumerate(cols) if _HOLDER_COL.match(c)), None)
    if cert is None or site is None or any(_ISSUER_COL.match(c) for c in cols):
        return
    for w, spans in rows_below(ctx.views, index):
        if len(spans) != len(cols):
            continue
        a, b = spans[site]
        got = [m for m in w.mentions if a <= m.start < b and m.type == "Facility"]
        if not got:
            continue
        a, b = spans[cert]
        for body in _bodies(w, a):
            if body.start < b:
                ctx.emit("CERTIFIED", body.ent, got[0].ent, w, 0.65, standard=_standard(w, body))
