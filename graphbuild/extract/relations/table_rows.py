"""DEVELOPS from a markdown table row: "| Perusahaan | Produk | … |" then "| PT X | A, B | … |"; REGISTERED_WITH where a
column is the registration status at a regulator ("| Produk | Status di SFDA |"); SUBSIDIARY_OF from a group table:
"| Anak usaha | Kepemilikan | … |" then "| PT Y | 99,8% | … |" (Y a subsidiary of the story's company); ATTENDED and
LOCATED_IN from an expo report's participants table: "| Peserta | Asal | Produk |" (each row's company took part in the
event told of, and is based in the town its origin cell names first).

Why: releases list who makes what in a table, one maker per row and its brands in the product column; no
sentence states it. Only tables whose header names both a maker column and a product column are read, and
only the organisation in the maker cell and the products in the product cell of the same row are joined.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.discourse import defined_firm, regulator_like, story_firms
from graphbuild.extract.relations.registration import is_regulator
from graphbuild.extract.relations.venues import last_event
from graphbuild.extract.tables import PRODUCT_HEADERS, cells
from graphbuild.types import Entity

_MAKER = frozenset({"perusahaan", "produsen", "pabrikan", "industri", "company", "companies", "manufacturer", "maker",
                    "nama perusahaan", "pemilik", "pemilik produk", "pelaku usaha", "umkm", "ikm", "industri farmasi",
                    # the developer column of a product table ("| Produk | Jenis | Pengembang | Status |")
                    "pengembang", "developer", "dikembangkan oleh", "developed by", "diproduksi oleh", "manufactured by",
                    # the marketing-authorisation holder's column of a recall or approval table: the maker of record
                    "pemegang izin", "pemegang izin edar", "pemegang nie", "produsen / pemegang izin edar",
                    "produsen/pemegang izin edar", "marketing authorisation holder", "marketing authorization holder",
                    "ma holder",
                    # a trade fair's exhibitors and their own products ("| Peserta | Asal | Produk |")
                    "peserta", "peserta pameran", "eksportir", "exhibitor", "exhibitors", "exporter", "exporters"})

_CHILD = frozenset({"anak usaha", "anak perusahaan", "entitas anak", "perusahaan anak", "subsidiary", "subsidiaries"})
_SHARE = frozenset({"kepemilikan", "kepemilikan saham", "porsi saham", "saham", "ownership", "stake", "shareholding", "% kepemilikan"})
_PCT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*(?:%|persen)")


def find(ctx: Context) -> None:
    if "|" not in ctx.doc.text:
        return
    cols: tuple[int, int] | None = None
    status: tuple[int, int, Entity] | None = None  # the product column, the status column, its regulator
    head_at = 0
    came: tuple[int, int, Entity | None] | None = None  # an exhibitors table: the participant column, the origin column, the event
    sites: tuple[int, int] | None = None  # a sites table: the site column, its owner's column
    for v in ctx.views:
        pos = 0
        for line in v.text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            s = line.strip()
            if not (s.startswith("|") and s.endswith("|") and s.count("|") >= 3):
                if s:
                    cols = came = sites = None  # a line that is no row ends the table
                continue
            row = cells(line, start)
            names = [" ".join(v.text[a:b].lower().split()) for a, b in row]
            if cols is None and names and names[0] in _PARTICIPANT:  # "| Peserta | Asal | Produk |" in an expo report
                came = (0, next((i for i, x in enumerate(names) if x in _ORIGIN), -1), last_event(ctx, v.index))
            elif came is not None and row and not re.fullmatch(r"[\s:|-]*", line):
                _came(ctx, v, row, came)
            if sites is not None and max(sites) < len(row):
                _site_row(ctx, v, row[sites[0]], row[sites[1]])
            if cols is None:
                fac = next((i for i, x in enumerate(names) if x in _SITE), -1)
                own = next((i for i, x in enumerate(names) if x in _OWNER), -1)
                sites = (fac, own) if fac >= 0 and own >= 0 else None
                if names and names[0] in _CHILD:  # "| Anak usaha | Kepemilikan | Bidang usaha |"
                    cols = (-2, next((i for i, x in enumerate(names) if x in _SHARE), -1))
                    head_at = v.sent.start + start  # in the document: the rows are sentences of their own
                    status = None
                    continue
                mk = next((i for i, x in enumerate(names) if x in _MAKER), -1)
                pr = next((i for i, x in enumerate(names) if x in PRODUCT_HEADERS), -1)
                cols = (mk, pr) if mk >= 0 and pr >= 0 else (-1, -1)
                st = _status_column(v, row, names) if pr >= 0 else None
                status = (pr, st[0], st[1]) if st is not None else None
                continue
            if status is not None and max(status[:2]) < len(row):
                _registered(ctx, v, row[status[0]], row[status[1]], status[2])
            if cols[0] == -2 and row:
                _child(ctx, v, row[0], row[cols[1]] if 0 <= cols[1] < len(row) else None, head_at)
                continue
            if cols[0] < 0 or max(cols) >= len(row):
                continue
            _row(ctx, v, row[cols[0]], row[cols[1]])


def _in(v: View, cell: tuple[int, int], kind: str) -> list[M]:
    """The mentions of ``kind`` inside one cell of a row."""
    return [m for m in v.mentions if m.type == kind and cell[0] <= m.start and m.end <= cell[1]]


# "| Peserta | Asal | Produk |", "| Exhibitor | Origin |": each row's company took part in the event told of; its origin cell names its town
_PARTICIPANT = frozenset({"peserta", "peserta pameran", "perusahaan peserta", "eksibitor", "exhibitor", "exhibitors", "participant",
                          "participants", "peserta paviliun", "pelaku usaha peserta"})
_ORIGIN = frozenset({"asal", "asal daerah", "kota asal", "daerah asal", "domisili", "kota", "origin", "location", "lokasi", "based in"})


def _came(ctx: Context, v: View, row: list[tuple[int, int]], came: tuple[int, int, Entity | None]) -> None:
    firms = _in(v, row[came[0]], "Organization")
    if len(firms) != 1:
        return
    if came[2] is not None:
        ctx.emit("ATTENDED", firms[0].ent, came[2], v, 0.65)
    if 0 <= came[1] < len(row):  # "| PT X | Blora, Jawa Tengah |": the town first, the province after it
        town = next(iter(_in(v, row[came[1]], "Location")), None)
        if town is not None and not ctx.is_country(town.ent):
            ctx.emit("LOCATED_IN", firms[0].ent, town.ent, v, 0.6)


# "| Perusahaan | Produk | Status di SFDA |": each row's product is registered with the regulator the column names
_STATUS = re.compile(r"^(?:status\s+(?:di|pada|registrasi|pendaftaran)|(?:registration\s+)?status\s+(?:at|with))\b")
_REFUSED = re.compile(r"\b(?:ditolak|dibatalkan|dicabut|ditarik|rejected|withdrawn|refused|revoked|belum\s+diajukan)\b", re.I)


def _status_column(v: View, row: list[tuple[int, int]], names: list[str]) -> tuple[int, Entity] | None:
    for i, x in enumerate(names):
        if _STATUS.match(x):
            reg = next((m.ent for m in _in(v, row[i], "Organization")), None)
            return (i, reg) if reg is not None and is_regulator(reg) else None
    return None


def _registered(ctx: Context, v: View, product: tuple[int, int], status: tuple[int, int], reg: Entity) -> None:
    said = " ".join(v.text[status[0] : status[1]].split())
    if not said or _REFUSED.search(said):
        return
    for m in _in(v, product, "Product"):  # the brand, not the substance its kind names ("Sirup parasetamol **Fevrina**")
        if m.text[:1].isupper():
            ctx.emit("REGISTERED_WITH", m.ent, reg, v, 0.65, status=said)


def _row(ctx: Context, v: View, maker: tuple[int, int], product: tuple[int, int]) -> None:
    firms = _in(v, maker, "Organization")
    seller = None
    if len(firms) == 2 and _SOLD_BY.match(v.masked, firms[0].end, firms[1].start):
        firms, seller = firms[:1], firms[1]  # "| Seohan Bioworks, dipasarkan KHL |": the maker, then who sells it
    if len(firms) != 1:
        return
    goods = _in(v, product, "Product")
    if any(m.text[:1].isupper() for m in goods):  # "| Febrinol sirup (parasetamol 120 mg/5 ml) |": the brand, not its substance
        goods = [m for m in goods if m.text[:1].isupper()]
    for m in goods:
        ctx.emit("DEVELOPS", firms[0].ent, m.ent, v, 0.7)
        if seller is not None and not regulator_like(seller.ent):
            ctx.emit("MARKETS", seller.ent, m.ent, v, 0.65)


_SOLD_BY = re.compile(r"[^|]*\b(?:dipasarkan|didistribusikan|marketed|distributed)\s+(?:(?:oleh|by)\s+)?(?:PT\.?\s+)?$", re.I)


def _child(ctx: Context, v: View, cell: tuple[int, int], share: tuple[int, int] | None, head_at: int) -> None:
    """A subsidiaries table's row: its company belongs to the release's company (above half, where a share is given)."""
    firms = _in(v, cell, "Organization")
    if len(firms) != 1 or re.fullmatch(r"[\s:*-]*", v.text[cell[0] : cell[1]]):
        return
    pct = _PCT.search(v.text, share[0], share[1]) if share is not None else None
    if share is not None and (pct is None or float(pct.group(1).replace(",", ".")) <= 50):
        return
    child = firms[0].ent
    parent = defined_firm(ctx) or _group(ctx, v, head_at)
    if parent is not None and parent is not child and not regulator_like(parent):
        ctx.emit("SUBSIDIARY_OF", child, parent, v, 0.65)


# "Struktur grup Arunika per Mei 2025:", "Anak usaha Kalbe": the group named by its short name just before the table
_GROUP = re.compile(r"\b(?:grup|group|kelompok\s+usaha|anak\s+usaha|subsidiaries\s+of)\s+(?P<name>[A-Z][\w-]{2,})")


def _group(ctx: Context, v: View, at: int) -> Entity | None:
    """The one company of the story (not in the table) whose name holds the short name the lines before it give."""
    text = ctx.doc.text
    named = [m.group("name") for m in _GROUP.finditer(text, max(0, at - 240), at)]
    if not named:
        return None
    end = at
    while end < len(text) and text.startswith("|", end):  # the table's last row
        nl = text.find("\n", end)
        end = len(text) if nl < 0 else nl + 1
    word = re.compile(rf"\b{re.escape(named[-1])}\b")
    got = [e for e in story_firms(ctx) if not any(at <= s.start < end for s in e.mentions)
           and any(word.search(n) for n in (e.name, *e.aliases))]
    return got[0] if len(got) == 1 else None


# "| Fasilitas | Pemilik | Sertifikat | … |": each row's site is run by the company in its owner cell
_SITE = frozenset({"fasilitas", "fasilitas produksi", "pabrik", "sarana", "sarana produksi", "lokasi produksi", "gudang", "facility",
                   "facilities", "plant", "site", "manufacturing site", "production site"})
_OWNER = frozenset({"pemilik", "pemilik fasilitas", "pengelola", "operator", "dioperasikan oleh", "owner", "owned by", "operated by"})


def _site_row(ctx: Context, v: View, site: tuple[int, int], owner: tuple[int, int]) -> None:
    firms = [m for m in _in(v, owner, "Organization") if not regulator_like(m.ent)]
    if len(firms) != 1:
        return
    for f in _in(v, site, "Facility"):
        ctx.emit("OPERATES", firms[0].ent, f.ent, v, 0.65)
