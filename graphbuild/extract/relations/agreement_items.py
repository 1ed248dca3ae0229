"""PARTNERS_WITH and SIGNED read in a verbless agreement item, as summaries and bullet lists give them.

The deal first, then its parties after a dash or colon: "1. **MoU Pengembangan Klaster X** — antara A dan B, untuk …",
"- Nota kesepahaman: A dengan B untuk distribusi …", "Technical Cooperation Agreement — between A and B";
or the pair first, then the deal: "A – B: nota kesepahaman pengembangan …", "A / B: Perjanjian Lisensi X".
The parties partner each other; where the deal is a named agreement, each party signed it. An item that calls the
deal off, plans it or denies it ("belum", "batal", "direncanakan", "will") is left out.

Called by :mod:`.partnerships`; tried only in sentences holding a deal word.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.partner_pairs import emit as _emit
from graphbuild.extract.relations.partner_sides import usable

_DEAL = (r"(?:nota\s+kesepahaman|mou|memorandum(?:\s+of\s+understanding)?|perjanjian|pks|kesepakatan|kerja\s*sama|"
         r"kemitraan|agreement|partnership|letter\s+of\s+intent|loi|kontrak|contract)")
_DEAL_WORD = re.compile(rf"\b{_DEAL}\b", re.I)
watch(_DEAL_WORD)
_BULLET = r"^\s*(?:[-*\u2022]\s*|\d{1,2}[.)]\s*)?\**\s*"
_SEP = r"\s*\**\s*(?:[\u2014\u2013:]|\s-{1,2}\s)\s*\**\s*"
# the deal first: "MoU X — antara ", "Nota kesepahaman: ", "Agreement (…) – between the "
_DEAL_LEAD = re.compile(rf"{_BULLET}(?:\u2588+|(?:[\w-]+\s+){{0,2}}?{_DEAL}(?:\s+[\w-]+){{0,8}}?)\s*(?:\([^()\u2588]*\))?{_SEP}"
                        r"(?:(?:antara|between)\s+)?(?:the\s+)?(?:PT\.?\s+)?$", re.I)
_PAIR_LEAD = re.compile(rf"{_BULLET}$")
# between the parties: "A dan B", "A dengan B", "A, B, dan C", "A – B" (only in the pair-first form)
_AND = re.compile(r"^\.?\s*(?:\([^()]*\)\s*)?\**\s*(?:,\s*(?:(?:dan|serta|and)\s+)?|(?:dan|serta|dengan|and|with|&)\s+)\**\s*(?:the\s+)?(?:PT\.?\s+)?$", re.I)
_DASH = re.compile(r"^\.?\s*\**\s*(?:[\u2013\u2014/&x]|-{1,2})\s*\**\s*(?:PT\.?\s+)?$")
# after the pair: ": nota kesepahaman …", " — Perjanjian Lisensi X"
_DEAL_AFTER = re.compile(rf"^\.?\s*(?:\([^()]*\)\s*)?\**\s*[:\u2014\u2013]\s*\**\s*(?:(?:[\w-]+\s+){{0,2}}?{_DEAL}\b|\u2588)", re.I)
# the item names no deal made: called off, planned, denied
_NOT_MADE = re.compile(r"\b(?:belum|tidak|tak|batal|dibatalkan|urung|gagal|direncanakan|rencana|berencana|akan|dijajaki|"
                       r"penjajakan|diharapkan|not|no|planned|plans?|will|cancel+ed|expected|proposed|under\s+negotiation)\b", re.I)
_ORG = "Organization"


def find(ctx: Context) -> None:
    for v in ctx.where(_DEAL_WORD):
        if len(v.mentions) < 2 or not _DEAL_WORD.search(v.text):
            continue
        orgs = [m for m in v.mentions if m.type == _ORG]
        if len(orgs) < 2:
            continue
        first = orgs[0]
        prefix = v.masked[: first.start]
        if _DEAL_LEAD.match(prefix) and _DEAL_WORD.search(v.text[: first.start]):
            deal = next((m for m in v.mentions if m.end <= first.start and m.type == "Agreement"), None)
            if deal is None and "\u2588" in prefix:
                continue  # another name before the parties: no label of a deal
            _parties(ctx, v, first, deal, _AND)
        elif _PAIR_LEAD.match(prefix):
            _pair_first(ctx, v, first)


def _side(v: View, m: M | None) -> bool:
    return m is not None and m.type == _ORG and usable(v, m)


def _next_outside(v: View, m: M) -> M | None:
    """The mention after ``m``, past any named inside the bracket that follows it."""
    nxt = v.next_mention(m)
    while nxt is not None and v.text.count("(", m.end, nxt.start) > v.text.count(")", m.end, nxt.start):
        nxt = v.next_mention(nxt)
    return nxt


def _parties(ctx: Context, v: View, first: M, deal: M | None, joint: re.Pattern[str]) -> list[M]:
    """``first`` and the parties joined to it; emits when the item states a deal made."""
    if not _side(v, first):
        return []
    group = [first]
    cur = first
    while (nxt := _next_outside(v, cur)) is not None and _side(v, nxt) and joint.match(v.masked[cur.end : nxt.start]):
        group.append(nxt)
        cur = nxt
    if len(group) < 2 or len(group) > 4 or len({m.ent.id for m in group}) < len(group):
        return []
    if _NOT_MADE.search(v.masked):
        return []
    for i, a in enumerate(group):
        for b in group[i + 1 :]:
            _emit(ctx, v, a, b, 0.7)
    if deal is not None:
        for m in group:
            ctx.emit("SIGNED", m.ent, deal.ent, v, 0.7)
    return group


def _pair_first(ctx: Context, v: View, first: M) -> None:
    """"A – B: nota kesepahaman …": the pair, then the deal after a colon or dash."""
    second = _next_outside(v, first)
    if second is None or not _side(v, second) or not _DASH.match(v.masked[first.end : second.start]):
        return
    tail = v.masked[second.end :]
    hit = _DEAL_AFTER.match(tail)
    if hit is None or (hit.group().endswith("\u2588") and not _DEAL_WORD.search(v.text[second.end :])):
        return
    nxt = _next_outside(v, second)
    deal = nxt if nxt is not None and nxt.type == "Agreement" and nxt.start == second.end + hit.end() - 1 else None
    if hit.group().endswith("\u2588") and deal is None:
        return  # a name after the colon that is no agreement
    _parties(ctx, v, first, deal, _DASH)
