"""SUBSIDIARY_OF, PART_OF, OPERATES, DEVELOPS, MARKETS.

Ownership and structure are stated with fixed phrases: "milik anak usaha Kalbe,
PT Bifarma Adiluhung", "B, anak perusahaan A", "Direktorat X BPOM" (a unit name
followed by its parent), "fasilitas milik A", "A mengembangkan P",
"P diproduksi oleh A", "A memasarkan P". (Agreements are in ``agreements``.)
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View

ORG = ("Organization",)
UNIT = re.compile(
    r"^(?:Direktorat|Ditjen|Subdirektorat|Biro|Balai|Loka|Deputi|Pusat|Inspektorat|Sekretariat|Dinas|Bidang|"
    r"Divisi|Departemen|Unit|UPT|Kantor|Satuan|Lembaga|Directorate|Bureau|Division|Department|Office|Unit)\b"
)
_PARENT_GAP = re.compile(r"^(?:\s+|\s+(?:pada|di\s+lingkungan|of(?:\s+the)?|dari)\s+|\s*,\s*)$", re.I)
_OF = re.compile(r"^\s*(?:dari|of|milik|the)?\s*(?:PT\.?\s*)?$", re.I)
_NAMELY = re.compile(r"^\s*,?\s*(?:yaitu|yakni|namely|bernama)?\s*(?:PT\.?\s*)?$", re.I)
_OWNED = re.compile(
    r"^\s*,?\s*(?:(?:yang\s+merupakan\s+)?(?:fasilitas|pabrik|sarana|gedung|plant|facility)\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:milik|kepunyaan|owned\s+by|operated\s+by|run\s+by|dikelola\s+oleh|dioperasikan\s+oleh)\s+$",
    re.I,
)
_OPERATES = re.compile(
    r"^\s+(?:\w+\s+)?(?:mengoperasikan|mengelola|memiliki|operates|runs|owns|meresmikan)\s+(?:[\w-]+\s+){0,3}?$", re.I
)
_FILLER = re.compile(r"^\s*(?:(?:produk|obat|vaksin|terapi|bahan|the|a|an|new|baru|inovatif|[\w-]+nya)\s+){0,3}$", re.I)
_BY = re.compile(r"^\s*,?\s*(?:yang\s+)?(?:(?:dikembangkan|diproduksi|dibuat|developed|manufactured|produced)\s+"
                 r"(?:\w+\s+)?(?:oleh|by)|(?:dikembangkan|diproduksi|dibuat|buatan|produksi|besutan))\s+(?:PT\.?\s+)?$", re.I)
_SOLD_BY = re.compile(r"^\s*,?\s*(?:yang\s+)?(?:dipasarkan|didistribusikan|marketed|distributed)\s+(?:\w+\s+)?(?:oleh|by)\s+$",
                      re.I)


def find(ctx: Context) -> None:
    for v in ctx.views:
        for c in v.cues(cues.SUBSIDIARY):
            _subsidiary(ctx, v, c.start(), c.end())
        for c in v.cues(cues.PARENT):
            after = v.after(c.end(), ORG)
            before = v.before(c.start(), ORG)
            if after and before and after[0].start - c.end() <= 8 and c.start() - before[0].end <= 30:
                ctx.emit("SUBSIDIARY_OF", before[0].ent, after[0].ent, v, 0.7)
        for m in v.mentions:
            if m.type == "Organization" and m.role is None:
                _part_of(ctx, v, m)
            elif m.type == "Facility":
                _operates(ctx, v, m)
            elif m.type == "Product":
                _made_by(ctx, v, m)
        for c in v.cues(cues.DEVELOP):
            _maker(ctx, v, c.start(), c.end(), "DEVELOPS")
        for c in v.cues(cues.MARKET):
            _maker(ctx, v, c.start(), c.end(), "MARKETS")


def _subsidiary(ctx: Context, v: View, start: int, end: int) -> None:
    after = v.after(end)
    parent = after[0] if after and after[0].type == "Organization" and _OF.match(v.masked[end : after[0].start]) else None
    if parent is None:
        return
    # "anak usaha Kalbe, PT Bifarma Adiluhung"
    child = v.next_mention(parent)
    if child is not None and child.type == "Organization" and _NAMELY.match(v.gap(parent.end, child.start)):
        ctx.emit("SUBSIDIARY_OF", child.ent, parent.ent, v, 0.85)
        return
    # "PT B, anak usaha A" / "B merupakan anak perusahaan dari A"
    before = v.before(start)
    if before and before[0].type == "Organization" and start - before[0].end <= 40 and before[0].start not in v.role_orgs:
        if re.fullmatch(r"[\s,(]*(?:\b(?:yang|merupakan|adalah|sebagai|is|a|an|salah\s+satu)\b\s*)*",
                        v.masked[before[0].end : start], re.I):
            ctx.emit("SUBSIDIARY_OF", before[0].ent, parent.ent, v, 0.8)


def _part_of(ctx: Context, v: View, m: M) -> None:
    if not UNIT.match(m.text) and not UNIT.match(m.ent.name):
        return
    nxt = v.next_mention(m)
    if nxt is not None and nxt.type == "Person" and re.fullmatch(rf"(?:\s|{cues.HONORIFIC})*", v.gap(m.end, nxt.start)):
        return  # "Deputi I BPOM dr. William": a title before a name, not a reference to the unit
    # the unit's own name ends with its parent: "Direktorat Pengawasan Produksi Obat BPOM"
    for e in ctx.entities:
        if e.id != m.ent.id and e.type == "Organization":
            for n in (e.name, *e.aliases):
                if len(n) >= 3 and m.text.endswith(" " + n) and len(m.text) > len(n) + 8:
                    ctx.emit("PART_OF", m.ent, e, v, 0.85)
                    return
    if nxt is None or nxt.type != "Organization" or nxt.role or not _PARENT_GAP.match(v.gap(m.end, nxt.start)):
        return
    if "," in v.gap(m.end, nxt.start):
        after = v.next_mention(nxt)
        if after is not None and cues.LIST_SEP.match(v.gap(nxt.end, after.start)):
            return  # "Biro A, Kementerian B, dan C" is a list
    if not UNIT.match(nxt.text):
        ctx.emit("PART_OF", m.ent, nxt.ent, v, 0.8)


def _operates(ctx: Context, v: View, f: M) -> None:
    nxt = v.next_mention(f)
    if nxt is not None and nxt.type == "Organization" and _OWNED.match(v.gap(f.end, nxt.start)):
        ctx.emit("OPERATES", nxt.ent, f.ent, v, 0.75)
    prev = v.prev_mention(f)
    if prev is not None and prev.type == "Organization" and _OPERATES.match(v.gap(prev.end, f.start)):
        ctx.emit("OPERATES", prev.ent, f.ent, v, 0.75)


def _made_by(ctx: Context, v: View, p: M) -> None:
    nxt = v.next_mention(p)
    if nxt is not None and nxt.type == "Organization" and _BY.match(v.masked[p.end : nxt.start]):
        ctx.emit("DEVELOPS", nxt.ent, p.ent, v, 0.75)
    elif nxt is not None and nxt.type == "Organization" and _SOLD_BY.match(v.masked[p.end : nxt.start]):
        ctx.emit("MARKETS", nxt.ent, p.ent, v, 0.75)


def _maker(ctx: Context, v: View, start: int, end: int, rtype: str) -> None:
    after = v.after(end)
    if not after or after[0].type != "Product" or not _FILLER.match(v.masked[end : after[0].start]):
        return
    before = v.before(start)
    subj = before[0] if before else None
    if subj is None or subj.type != "Organization" or subj.start in v.role_orgs or start - subj.end > 50:
        return
    if v.clause_end(subj.end) < start:
        return
    for p in v.chain(after[0], ("Product",)):
        ctx.emit(rtype, subj.ent, p.ent, v, 0.75)
