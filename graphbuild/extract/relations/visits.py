"""VISITED (with LOCATED_IN for "ke A di X").

"melakukan kunjungan ke A di X dan B di Y", "Kunjungan Kepala BPOM ke
Shijiazhuang, Tiongkok", "meninjau fasilitas produksi Z", "visited W". The
visitor is the person named between "kunjungan" and "ke", else the subject
before the cue; the places are the coordinated names after it.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View

TARGETS = ("Organization", "Facility", "Location")
_KE = re.compile(r"^[^,.;:\u2588]{0,40}?\b(?:ke|to)\s+$|^[^,;:]{0,80}?\s(?:ke|to)\s+$", re.I)
_DI = re.compile(r"^\s+(?:di|in|at)\s+(?:(?:kota|kabupaten|provinsi|kawasan|daerah)\s+)?$", re.I)
_LEAD = re.compile(r"^\s*(?:ke\s+)?(?:(?:fasilitas|pabrik|sarana|lokasi|kantor|markas|kawasan|site|plant|"
                   r"facility|produksi|besar|pusat|utama|the)\s+){0,4}$", re.I)


def find(ctx: Context) -> None:
    for v in ctx.views:
        for c in v.cues(cues.VISIT):
            first = _first_after_ke(v, c.end())
            if first is None:
                continue
            between = [m for m in v.after(c.end(), ("Person",), first.start)]
            visitor = between[0] if between else _subject(v, c.start())
            if visitor is not None:
                _visit(ctx, v, visitor, first, 0.85)
        for c in v.cues(cues.VISIT_DIRECT):
            nxt = v.after(c.end())
            if not nxt or nxt[0].type not in TARGETS or not _LEAD.match(v.gap(c.end(), nxt[0].start)):
                continue
            visitor = _subject(v, c.start())
            if visitor is not None:
                _visit(ctx, v, visitor, nxt[0], 0.75)


def _first_after_ke(v: View, pos: int) -> M | None:
    for m in v.after(pos):
        if m.type == "Person" or m.start in v.role_orgs:
            continue
        if m.type in TARGETS and _KE.match(v.masked[pos : m.start]):
            return m
        if m.type in TARGETS:
            return None
    return None


def _subject(v: View, pos: int) -> M | None:
    """The person before the cue, else an organisation right before it."""
    people = v.before(pos, ("Person",))
    if people:
        return people[0]
    orgs = [m for m in v.before(pos, ("Organization",)) if m.start not in v.role_orgs]
    if orgs and pos - orgs[0].end <= 40:
        return orgs[0]
    return None


def _visit(ctx: Context, v: View, visitor: M, first: M, conf: float) -> None:
    cur: M | None = first
    while cur is not None:
        ctx.emit("VISITED", visitor.ent, cur.ent, v, conf)
        last = cur
        nxt = v.next_mention(cur)
        # "A di X": where A is
        if nxt is not None and nxt.type == "Location" and _DI.match(v.gap(cur.end, nxt.start)):
            ctx.emit("LOCATED_IN", cur.ent, nxt.ent, v, 0.8)
            last = nxt
            nxt = v.next_mention(nxt)
        # "Shijiazhuang, Tiongkok": a country after a place names where it is, not a second visit
        while (nxt is not None and ctx.is_country(nxt.ent) and not ctx.is_country(last.ent)
               and re.fullmatch(r"\s*,\s*", v.gap(last.end, nxt.start))):
            last = nxt
            nxt = v.next_mention(nxt)
        if nxt is None or nxt.type not in TARGETS or not cues.LIST_SEP.match(v.gap(last.end, nxt.start)):
            return
        cur = nxt
