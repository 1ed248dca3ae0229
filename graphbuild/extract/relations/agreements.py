"""SIGNED, LICENSED, COVERS (and MARKETS for a licensee "untuk memasarkan").

"Kedua perusahaan telah menandatangani License and Exclusive Supply Agreement
… untuk memasarkan produk NBP": the signers are the two companies named just
before; the licensor is the foreign/originator one, the licensee the Indonesian
one (PT/Tbk, or placed in Indonesia); the agreement covers the product named
after it. Also "A memberikan lisensi kepada B", "B memperoleh lisensi dari A".
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.types import Entity

ORG = ("Organization",)
_BOTH = re.compile(r"\b(?:kedua\s+(?:belah\s+)?(?:perusahaan|pihak|korporasi|lembaga|institusi)|both\s+(?:companies|parties)"
                   r"|the\s+two\s+(?:companies|parties))\b", re.I)
_ONE = re.compile(r"\b(?:perusahaan\s+(?:tersebut|ini|itu)|the\s+company)\b", re.I)
_BY = re.compile(r"\b(?:oleh|by|antara|between)\s+$", re.I)
_GIVE = re.compile(r"\b(?:memberikan|memberi|menyerahkan|granted|grants|gives)\b", re.I)
_GET = re.compile(r"\b(?:memperoleh|mendapatkan|mendapat|menerima|mengantongi|obtained|received|acquired)\b", re.I)
_TO = re.compile(r"^[^\u2588]{0,40}?\b(?:kepada|to)\s+(?:PT\.?\s+)?$", re.I)
_FROM = re.compile(r"^[^\u2588]{0,40}?\b(?:dari|from)\s+$", re.I)
_FOR_PRODUCT = re.compile(r"\b(?:untuk|for|atas|terkait|covering|of|memasarkan|mendistribusikan|produk|product)\b", re.I)


def find(ctx: Context) -> None:
    for v in ctx.views:
        agreements = [m for m in v.mentions if m.type == "Agreement"]
        for ag in agreements:
            _agreement(ctx, v, ag)
        if not agreements:
            for c in v.cues(cues.LICENSE):
                _bare_license(ctx, v, c.start(), c.end())


def _signers(ctx: Context, v: View, ag: M) -> list[Entity]:
    sign = next(v.cues(cues.SIGN), None)
    if sign is None:
        return []
    both = _BOTH.search(v.masked)
    if both:
        return ctx.recent(v.index, ORG, pos=both.start(), back=2, limit=2)
    one = _ONE.search(v.masked)
    if one and one.start() < sign.start():
        return ctx.recent(v.index, ORG, pos=one.start(), back=2, limit=1)
    orgs = [m for m in v.mentions if m.type == "Organization" and m.role is None and m.start not in v.role_orgs]
    # "A dan B menandatangani X" / "X ditandatangani oleh A dan B" / "antara A dan B"
    subj = [m for m in orgs if m.end <= sign.start() and v.clause_end(m.end) >= sign.start()]
    if subj:
        return [x.ent for x in v.chain(subj[-1] if len(subj) == 1 else subj[0], ORG)]
    for m in orgs:
        if _BY.search(v.masked[: m.start]):
            return [x.ent for x in v.chain(m, ORG)]
    return []


def _agreement(ctx: Context, v: View, ag: M) -> None:
    signers = _signers(ctx, v, ag)
    for s in signers:
        ctx.emit("SIGNED", s, ag.ent, v, 0.8)
    products = _covered(v, ag)
    for p in products:
        ctx.emit("COVERS", ag.ent, p.ent, v, 0.8)
    licensing = cues.LICENSE.search(ag.text) or cues.LICENSE.search(v.masked)
    if not licensing or len(signers) != 2:
        return
    local = [s for s in signers if ctx.is_indonesian(s)]
    if len(local) != 1:
        return
    licensee = local[0]
    licensor = signers[1] if signers[0] is licensee else signers[0]
    product = products[0].ent.name if products else None
    ctx.emit("LICENSED", licensor, licensee, v, 0.75, product=product)
    if re.search(r"\b(?:memasarkan|mendistribusikan|to\s+market|to\s+distribute|commerciali[sz]e)\b", v.masked, re.I):
        for p in products:
            ctx.emit("MARKETS", licensee, p.ent, v, 0.65)


def _covered(v: View, ag: M) -> list[M]:
    for m in v.after(ag.end):
        if m.type == "Agreement":
            return []
        if m.type == "Product":
            if m.start - ag.end <= 120 and _FOR_PRODUCT.search(v.masked[ag.end : m.start]):
                return v.chain(m, ("Product",))
            return []
    return []


def _bare_license(ctx: Context, v: View, start: int, end: int) -> None:
    """"A memberikan lisensi kepada B" / "B memperoleh lisensi dari A"."""
    before = [m for m in v.before(start, ORG) if m.start not in v.role_orgs]
    after = v.after(end, ORG)
    if not before or not after:
        return
    verb = v.masked[before[0].end : start]
    product = next((m.ent.name for m in v.after(end, ("Product",))), None)
    if _GIVE.search(verb) and _TO.match(v.masked[end : after[0].start]):
        ctx.emit("LICENSED", before[0].ent, after[0].ent, v, 0.75, product=product)
    elif _GET.search(verb) and _FROM.match(v.masked[end : after[0].start]):
        ctx.emit("LICENSED", after[0].ent, before[0].ent, v, 0.75, product=product)
