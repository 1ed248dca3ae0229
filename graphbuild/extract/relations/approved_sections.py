"""APPROVED (or REGISTERED_WITH) from a section heading that states the permit (or the registration under way) and
the bulleted products under it.

"## Produk biosimilar yang memperoleh NIE" then "- **A** (insulin glargine) — pemegang NIE PT X"; "Daftar studi yang
memperoleh PPUK" then "- **B** (kandidat vaksin …), fase 2b". The heading says what every item got; each item opens
with its product, so the regulator the heading (or the story) names approved it. Read once per document, after the
sentence rules of :mod:`.regulatory`: a heading is a line of its own, which only the document text tells.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.extract.relations.registration import is_regulator
from graphbuild.extract.relations.unnamed_granters import national_regulator
from graphbuild.types import Entity

# what the heading says every item holds: a marketing authorisation, a notification, a clinical-trial approval
_PERMIT = re.compile(r"\b(?:izin\s+edar|NIE|nomor\s+notifikasi|PPUK|Persetujuan\s+Pelaksanaan\s+Uji\s+Klinik|EUA|"
                     r"marketing\s+authori[sz]ations?|(?:obat|produk|vaksin|biosimilar)\s+(?:[\w-]+\s+){0,2}?(?:yang\s+)?disetujui|"
                     r"(?:newly\s+)?approved\s+(?:drugs?|products?|medicines?|vaccines?|biosimilars?)|persetujuan\s+(?:obat|produk|vaksin)|(?:memperoleh|mendapat(?:kan)?|mengantongi|menerima)\s+persetujuan)\b",
                     re.I)
# a heading of what is not (yet) held: "Produk dalam proses registrasi", "Izin edar yang dicabut"
_NOT_HELD = re.compile(r"\b(?:proses|registrasi|pendaftaran|evaluasi|menunggu|belum|ditolak|dicabut|dibekukan|ditarik|pencabutan|"
                       r"pembekuan|penarikan|tanpa|ilegal|palsu|kedaluwarsa|berakhir|target|rencana|pending|under\s+review|"
                       r"rejected|withdrawn|revoked|suspended|recalls?|illegal|without|expired|planned)\b", re.I)
_MARK = re.compile(r"\s*(?:\d{1,2}[.)]|[-*\u2022])\s+")
_ITEM_OPEN = re.compile(r"[\s*_\"\u201c]*")  # "- **A** (…)": the product opens the item
_CLOSED = re.compile(r"[.!?;,]\s*$")


# "## Produk dalam proses registrasi": every item is registered with the regulator, not yet approved
_IN_REGISTRATION = re.compile(r"^\W*(?:produk|obat|vaksin|biosimilar|products?|drugs?)\b[^.:;]{0,30}?\b(?:dalam\s+proses\s+(?:registrasi|"
                              r"pendaftaran)|yang\s+sedang\s+didaftarkan|under\s+registration|pending\s+registration)\b", re.I)


def find(ctx: Context) -> None:
    for v in ctx.views:
        if len(v.text) > 100 or not v.text or v.text[0] == "|" or _CLOSED.search(v.text) or _MARK.match(v.text) \
                or not _own_line(ctx, v.index):  # (a table's header row names its columns: "| Produk | pemegang izin edar |")
            continue
        if (permit := _PERMIT.search(v.text)) is not None and permit.start() <= 80 and not _NOT_HELD.search(v.text):
            rtype = "APPROVED"
        elif _IN_REGISTRATION.match(v.text):
            rtype = "REGISTERED_WITH"
        else:
            continue
        reg = next((m.ent for m in v.mentions if m.type == "Organization" and is_regulator(m.ent)), None) \
            if any(m.type == "Organization" for m in v.mentions) else national_regulator(ctx)
        for w, p in _items(ctx, v.index + 1) if reg is not None else []:
            if rtype == "APPROVED":
                ctx.emit("APPROVED", reg, p, w, 0.6)
            else:
                ctx.emit("REGISTERED_WITH", p, reg, w, 0.6, status="proses registrasi")  # type: ignore[arg-type]


def _own_line(ctx: Context, i: int) -> bool:
    """Whether sentence ``i`` stands on a line of its own (a heading, a list item)."""
    text, s = ctx.doc.text, ctx.views[i].sent
    before = text[ctx.views[i - 1].sent.end : s.start] if i else "\n"
    after = text[s.end : ctx.views[i + 1].sent.start] if i + 1 < len(ctx.views) else "\n"
    return "\n" in before and "\n" in after


def _items(ctx: Context, j: int) -> list[tuple[View, Entity]]:
    """The products opening the top-level items of the list that starts at sentence ``j`` (sub-items and an item's
    further sentences skipped; a paragraph or the next heading ends the list)."""
    out: list[tuple[View, Entity]] = []
    text, level = ctx.doc.text, None
    for w in ctx.views[j : j + 40]:
        if "\n" not in text[ctx.views[w.index - 1].sent.end : w.sent.start]:
            continue  # a further sentence of the item
        if w.text.startswith("|"):  # a table under the heading: each row's first cell
            first = next(iter(w.mentions), None)
            if first is not None and first.type == "Product" and "|" not in w.masked[1 : first.start]:
                out.append((w, first.ent))
            continue
        mark = _MARK.match(w.text)
        if mark is None:
            break
        indent = w.sent.start - (text.rfind("\n", 0, w.sent.start) + 1)
        level = indent if level is None else level
        if indent > level:
            continue  # "  - Sponsor: …": a sub-item
        first = next(iter(w.mentions), None)
        if first is not None and first.type == "Product" and _ITEM_OPEN.fullmatch(w.masked, mark.end(), first.start):
            out.append((w, first.ent))
    return out
