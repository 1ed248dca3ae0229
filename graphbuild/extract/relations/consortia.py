"""PARTNERS_WITH told by a consortium's leader and members, and by work done "bersama oleh A dan B".

"Universitas X memimpin sebuah konsorsium …. Konsorsium tersebut beranggotakan A, B, serta C", "Konsorsium yang
dipimpin X beranggotakan A dan B", "The consortium, led by X, includes A and B": the leader partners each member
(the members' own pairs are read in :mod:`.cooperation`). "Skema itu dikelola bersama oleh A dan B", "jointly managed
by A and B", "didanai bersama oleh A dan B": the two doers are partners (co-hosts of an event are not: "diselenggarakan
bersama oleh" is left out, as in :mod:`.together`).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
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
watch(_CONSORTIUM, _JOINTLY_BY)


def find(ctx: Context) -> None:
    for v in ctx.busy:
        if v.may(_CONSORTIUM) and _CONSORTIUM.search(v.masked):
            _led(ctx, v)
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
