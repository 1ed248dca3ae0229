"""PARTNERS_WITH told by a consortium's leader and members, and by work done "bersama oleh A dan B".

"Universitas X memimpin sebuah konsorsium …. Konsorsium tersebut beranggotakan A, B, serta C", "Konsorsium yang
dipimpin X beranggotakan A dan B", "The consortium, led by X, includes A and B": the leader partners each member
(the members' own pairs are read in :mod:`.cooperation`). "Skema itu dikelola bersama oleh A dan B", "jointly managed
by A and B", "didanai bersama oleh A dan B": the two doers are partners (co-hosts of an event are not: "diselenggarakan
bersama oleh" is left out, as in :mod:`.together`). "Penelitian tersebut juga melibatkan C": C partners the doers
of the work told just before.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.partner_sides import deal_before
from graphbuild.extract.relations.together import one_body
from graphbuild.types import Entity

ORG = ("Organization",)

_CONSORTIUM = re.compile(r"\b(?:konsorsium|consortium)\b", re.I)
# the members, named right after the verb that lists them
_MEMBERS = re.compile(r"\b(?:terdiri\s+(?:atas|dari)|beranggotakan|melibatkan|consisting\s+of|comprising|comprises|consists\s+of|"
                      r"includes|including|brings\s+together|made\s+up\s+of)\s+(?:PT\.?\s+)?", re.I)
# "yang dipimpin (oleh) X", "led by X": the leader named right after
_LED_BY = re.compile(r"\b(?:dipimpin|diketuai|dikoordinasikan|dikoordinasi|led|headed|coordinated|chaired)\s+(?:oleh\s+|by\s+)?(?:the\s+)?"
                     r"(?:PT\.?\s+)?$", re.I)
# "X (resmi) memimpin (sebuah) konsorsium …", "X leads a consortium": the leader is the subject
_LEADS = re.compile(r"\b(?:memimpin|mengetuai|mengoordinasikan|leads|led|heads|coordinates)\s+(?:(?:sebuah|suatu|a|an|the|new)\s+)*"
                    r"(?:[\w-]+\s+){0,2}?(?:konsorsium|consortium)\b", re.I)
# "dikelola bersama oleh A dan B", "jointly managed by A and B" (not an event's co-hosts)
_JOINTLY_BY = re.compile(r"\b(?!(?:diselenggarakan|digelar|diadakan|organi[sz]ed|hosted|held|co-hosted|co-organi[sz]ed)\b)"
                         r"(?:di[a-z]{3,}|[a-z]{3,}ed)\s+(?:secara\s+)?(?:bersama(?:-sama)?|jointly)\s+(?:oleh|by)\s+(?:the\s+)?(?:PT\.?\s+)?"
                         r"|\bjointly\s+(?!(?:organi[sz]ed|hosted|held)\b)[a-z]{3,}ed\s+by\s+(?:the\s+)?"
                         r"|\bco-(?!(?:organi[sz]ed|hosted)\b)[a-z]{3,}ed\s+by\s+(?:the\s+)?", re.I)
# "Penelitian tersebut juga melibatkan C (sebagai mitra)", "The trial also involves C": C joins the work told before
_INVOLVES = re.compile(r"\b(?:penelitian|riset|studi|uji\s+klini[ks]|proyek|program|kegiatan|kajian|pengembangan|research|study|"
                       r"trial|project|programme)\s+(?:ini|tersebut|itu)?\s*(?:juga\s+)?(?:melibatkan|menggandeng|(?:also\s+)?involves|"
                       r"(?:also\s+)?involved)\s+(?:the\s+)?(?:PT\.?\s+)?", re.I)
_THAT = re.compile(r"\s(?:ini|tersebut|itu)\s|^\W*the\s", re.I)
watch(_CONSORTIUM, _JOINTLY_BY, _INVOLVES)
_CUES = CueGroup(_CONSORTIUM, _JOINTLY_BY, _INVOLVES)  # one test for the three: most sentences hold none


def find(ctx: Context) -> None:
    for v in ctx.where(*_CUES.patterns):
        if v.may(_CONSORTIUM) and _CONSORTIUM.search(v.masked):
            _led(ctx, v)
        if v.may(_INVOLVES):
            for c in _INVOLVES.finditer(v.masked):
                _involves(ctx, v, c)
        if v.may(_JOINTLY_BY):
            for c in _JOINTLY_BY.finditer(v.masked):
                _jointly_by(ctx, v, c)


def _usable(v: View, m: M | None) -> bool:
    return m is not None and m.type == "Organization" and m.role is None and m.start not in v.role_orgs


def _right_after(v: View, pos: int) -> M | None:
    m = next(iter(v.after(pos, ORG)), None)
    return m if m is not None and m.start == pos and _usable(v, m) else None


def _led(ctx: Context, v: View) -> None:
    """The consortium's leader partners each member listed in ``v``."""
    listed = next((c for c in _MEMBERS.finditer(v.masked) if _right_after(v, c.end()) is not None), None)
    if listed is None or cues.negated(v.masked, listed.start()):
        return
    first = _right_after(v, listed.end())
    members = [m.ent for m in v.chain(first, ORG) if _usable(v, m)]  # type: ignore[arg-type]
    leader = _leader(ctx, v, listed.start())
    if leader is None or leader in members:
        return
    if not ctx.has("PARTNERS_WITH", head=leader) and len(members) > 1:  # (the members' own pairs, when the leader stands between)
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                ctx.emit("PARTNERS_WITH", a, b, v, 0.6)
    for m in members[:6]:
        ctx.emit("PARTNERS_WITH", leader, m, v, 0.6)


def _leader(ctx: Context, v: View, pos: int) -> Entity | None:
    """"Konsorsium yang dipimpin X beranggotakan …" (before ``pos``), else "X memimpin konsorsium" just before."""
    for m in v.before(pos, ORG):
        if _usable(v, m) and _LED_BY.search(v.masked[max(0, m.start - 40) : m.start]):
            return m.ent
    for w in (v, *ctx.views[max(0, v.index - 2) : v.index][::-1]):
        lead = _LEADS.search(w.masked) if w.may(_LEADS) else None
        if lead is not None and not cues.negated(w.masked, lead.start()):
            subj = next(iter(w.before(lead.start(), ORG)), None)
            if _usable(w, subj) and w.clause_end(subj.end) >= lead.start():  # type: ignore[union-attr]
                return subj.ent  # type: ignore[union-attr]
    return None


def _jointly_by(ctx: Context, v: View, c: re.Match[str]) -> None:
    first = _right_after(v, c.end())
    if first is None or cues.negated(v.masked, c.start()):
        return
    ents = list({m.ent.id: m.ent for m in v.chain(first, ORG) if _usable(v, m)}.values())
    for i, a in enumerate(ents if 2 <= len(ents) <= 4 else ()):
        for b in ents[i + 1 :]:
            ctx.emit("PARTNERS_WITH", a, b, v, 0.6)


watch(_LEADS)


def _involves(ctx: Context, v: View, c: re.Match[str]) -> None:
    """C, involved in the joint work told just before, partners its doers: the partners of the sentences before,
    else the two bodies opening the sentence before ("A dan B resmi memulai uji klinik …")."""
    first = _right_after(v, c.end())
    if first is None or not _THAT.search(v.masked[max(0, c.start() - 4) : c.end()]) or cues.negated(v.masked, c.start()):
        return
    joined = [m.ent for m in v.chain(first, ORG) if _usable(v, m)]
    told = deal_before(ctx, v)
    sides = [m.ent for m in told] if told else _opening_pair(ctx, v)
    if len(sides) == 2 and not told:
        ctx.emit("PARTNERS_WITH", sides[0], sides[1], v, 0.6)
    for a in sides:
        for b in joined:
            if a is not b and not one_body(ctx, a, b):
                ctx.emit("PARTNERS_WITH", a, b, v, 0.6)


_AND = re.compile(r"\)?\s*(?:\([^()]*\)\s*)?(?:\u2588+\s*)?(?:dan|and|serta|bersama)\s+")  # (past the town: "RSUD X Malang dan B")


def _opening_pair(ctx: Context, v: View) -> list[Entity]:
    """"A dan B resmi memulai …": the two bodies one of the three sentences before (a heading between) opens with."""
    for w in ctx.views[max(0, v.index - 3) : v.index][::-1]:
        orgs = [m for m in w.mentions if m.type == "Organization"][:2]
        if len(orgs) < 2 or not all(_usable(w, m) for m in orgs) or w.mentions[0] is not orgs[0] or len(w.masked[: orgs[0].start]) > 60:
            continue
        a, b = orgs
        if _AND.fullmatch(w.masked[max(a.end, a.gloss.end if a.gloss else 0) : b.start]):
            return [a.ent, b.ent]
    return []
