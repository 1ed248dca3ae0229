"""CERTIFIED, APPROVED, REVOKED, REGISTERED_WITH.

"X mendapatkan sertifikasi CPOB dari BPOM"; "Sertifikasi tersebut diberikan
terkait sarana … milik anak usaha Kalbe, PT Bifarma Adiluhung" (the certifier
and standard carry over from the previous certification; the certified one is
the subsidiary/owner named); "BPOM menerbitkan izin edar P"; "BPOM mencabut
sertifikat CPOB X"; "P … tahap akhir proses registrasi di BPOM".
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.types import Entity

HOLDERS = ("Organization", "Facility")
_FROM = re.compile(r"\b(?:dari|oleh|by|from)\s+$", re.I)
_ISSUE = re.compile(r"^[^\u2588]{0,50}?\b(?:menerbitkan|memberikan|mengeluarkan|menyetujui|granted|issued|approved|awarded)\b",
                    re.I)
_THAT = re.compile(r"\b(?:sertifika\w+|sertifikat|certificat\w+)\s+(?:tersebut|itu|ini)\b", re.I)
_STANDARD = re.compile(r"\b(?:sertifikasi|sertifikat|certificate|certification|certified)\s+(?P<std>[A-Z][A-Za-z/-]{1,10})\b")
_AT = re.compile(r"^[^\u2588]{0,40}?\b(?:di|ke|pada|with|at|to)\s+$", re.I)
_STATUS = re.compile(
    r"(?:tahap\s+\w+\s+)?(?:proses\s+)?(?:registrasi|pendaftaran)|(?:telah\s+)?terdaftar|didaftarkan|"
    r"(?:under\s+)?registration|registered",
    re.I,
)
_WHAT = re.compile(
    r"(?:sertifikat|sertifikasi)\s+(?:[A-Z][\w/-]+)|izin\s+edar|izin\s+produksi|izin\s+usaha|NIE|"
    r"(?:GMP\s+)?certificate|marketing\s+authori[sz]ation|licen[cs]e|sertifikat",
    re.I,
)


def find(ctx: Context) -> None:
    memory: dict[str, object] = {}
    for v in ctx.views:
        c = next(v.cues(cues.CERTIFY), None)
        if c is not None:
            _certified(ctx, v, c.start(), c.end(), memory)
        for c in v.cues(cues.REGISTER):
            _registered(ctx, v, c.start(), c.end())
        for c in v.cues(cues.APPROVE):
            _approved(ctx, v, c.start(), c.end())
        for c in v.cues(cues.REVOKE):
            _revoked(ctx, v, c.start(), c.end())


def _usable(v: View, m: M) -> bool:
    return m.role is None and m.start not in v.role_orgs


def _certifier(v: View, start: int) -> M | None:
    for m in v.after(start, ("Organization",)):
        if _FROM.search(v.masked[: m.start]) and _usable(v, m):
            return m
    for m in v.before(start, ("Organization",)):
        if _usable(v, m) and _ISSUE.match(v.masked[m.end :]) and v.masked[m.end :].find("\u2588") > start - m.end:
            return m
    return None


def _certified(ctx: Context, v: View, start: int, end: int, memory: dict[str, object]) -> None:
    std = next((m.ent.name for m in v.mentions if m.type == "Regulation"), None)
    if std is None:
        s = _STANDARD.search(v.masked)
        std = s.group("std") if s else None
    who = _certifier(v, start)
    certifier: Entity | None = who.ent if who else None
    if certifier is None and _THAT.search(v.masked):
        certifier = memory.get("certifier")  # type: ignore[assignment]
        std = std or memory.get("standard")  # type: ignore[assignment]
    if certifier is None:
        return
    memory["certifier"], memory["standard"] = certifier, std
    # the subsidiary/owner named in the same sentence is what holds the certificate
    for r in ctx.has("SUBSIDIARY_OF"):
        if r.evidence == " ".join(v.text.split()):
            child = ctx.by_id[r.head]
            ctx.emit("CERTIFIED", certifier, child, v, 0.8, standard=std)
            return
    for m in v.before(start, HOLDERS):
        if m.ent.id != certifier.id and _usable(v, m):
            ctx.emit("CERTIFIED", certifier, m.ent, v, 0.8, standard=std)
            return
    for m in v.after(end, HOLDERS):
        if m.ent.id != certifier.id and _usable(v, m) and re.search(r"\b(?:kepada|untuk|milik|to|for)\s+$",
                                                                     v.masked[: m.start], re.I):
            ctx.emit("CERTIFIED", certifier, m.ent, v, 0.75, standard=std)
            return


def _registered(ctx: Context, v: View, start: int, end: int) -> None:
    regs = [m for m in v.after(end, ("Organization",)) if _AT.match(v.masked[end : m.start]) and _usable(v, m)]
    if not regs:
        return
    before = [m for m in v.before(start, ("Product",)) if start - m.end <= 80]
    products = before[:1] or [m for m in v.after(end, ("Product",), regs[0].start)][:1]
    for p in products:
        lo = min(p.end, start)
        st = _STATUS.search(v.masked, lo, regs[0].start)
        ctx.emit("REGISTERED_WITH", p.ent, regs[0].ent, v, 0.8, status=st.group() if st else None)


def _approved(ctx: Context, v: View, start: int, end: int) -> None:
    reg = _certifier(v, start)
    if reg is None:
        return
    after = [m for m in v.after(end, ("Product",)) if m.start - end <= 60]
    products = v.chain(after[0], ("Product",)) if after else []
    if not products:
        products = [m for m in v.before(start, ("Product",)) if start - m.end <= 60][:1]
    for p in products:
        ctx.emit("APPROVED", reg.ent, p.ent, v, 0.75)


def _revoked(ctx: Context, v: View, start: int, end: int) -> None:
    reg = next((m for m in v.before(start, ("Organization",)) if _usable(v, m) and start - m.end <= 60), None)
    passive = re.match(r"(?:dicabut|dibekukan|revoked|suspended)", v.masked[start:end], re.I)
    targets = [m for m in v.after(end) if m.type in (*HOLDERS, "Product") and v.clause_end(end) >= m.start]
    if passive or reg is None:
        by = [m for m in v.after(end, ("Organization",)) if _FROM.search(v.masked[: m.start]) and _usable(v, m)]
        if not by:
            return
        reg = by[0]
        targets = [m for m in v.before(start) if m.type in (*HOLDERS, "Product") and start - m.end <= 60][:1]
    what = _WHAT.search(v.masked, start)
    for t in targets[:1]:
        ctx.emit("REVOKED", reg.ent, t.ent, v, 0.75, what=what.group() if what else None)
