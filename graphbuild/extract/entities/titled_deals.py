"""An agreement named by its quoted title: 'Nota kesepahaman bertajuk "MoU Riset Translasional X" itu …'.

Releases and news name a memorandum by the title in quotes after "bertajuk/berjudul/bernama/titled"; the
quotes are masked as slogans elsewhere, so the deal word before the title word decides they are a name
(an English gloss between them, "Nota Kesepahaman (Memorandum of Understanding) bertajuk …", is the
same deal).
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_cap

_DEAL = frozenset({"kesepahaman", "perjanjian", "kesepakatan", "kontrak", "mou", "memorandum", "agreement", "understanding",
                   "contract", "moc", "loi"})
_TITLED = frozenset({"bertajuk", "berjudul", "bernama", "titled", "entitled", "called"})
_OPEN = frozenset({'"', "\u201c"})
_CLOSE = frozenset({'"', "\u201d"})


def find(ctx: Ctx) -> None:
    quoted_deals(ctx)
    t = ctx.t
    n = len(t)
    for k in t.where(_TITLED, lower=True):
        q = k + 1
        if q + 2 >= n or t.words[q] not in _OPEN or t.newline_before[q + 1] or not is_cap(t.words[q + 1]):
            continue
        close = next((x for x in range(q + 2, min(n, q + 25)) if t.words[x] in _CLOSE or t.newline_before[x]), -1)
        if close < 0 or t.words[close] not in _CLOSE or close - q < 3:
            continue
        d = k - 1 - (k >= 2 and t.words[k - 1] == ",")  # "The memorandum, titled \"…\""
        glossed = -1
        if d >= 0 and t.words[d] == ")":  # "(Memorandum of Understanding)" between the deal word and the title word
            opened = next((x for x in range(d - 1, max(-1, d - 8), -1) if t.words[x] == "("), -1)
            if opened < 1:
                continue
            glossed = ctx.owner[opened + 1] if ctx.type_at(opened + 1) == "Agreement" else -1
            d = opened - 1
        if d < 0 or t.lower[d] not in _DEAL:
            continue
        m = ctx.add_quoted(q + 1, close, "Agreement")
        if m >= 0:
            ctx.link(m, glossed)
            ctx.link(m, ctx.owner[d] if ctx.type_at(d) == "Agreement" else _told_before(ctx, d))


_SUFFIX = frozenset({"Agreement", "Contract", "MoU", "Understanding", "Memorandum"})


def quoted_deals(ctx: Ctx) -> None:
    """'Melalui "Technology Transfer and License Agreement" tersebut, …': a quoted capitalised name ending in
    an agreement word names the deal (the one told just before, when there is one)."""
    t = ctx.t
    n = len(t)
    for q in t.where(_OPEN):
        if q + 3 >= n or t.newline_before[q + 1] or not is_cap(t.words[q + 1]) or ctx.owner[q + 1] >= 0:
            continue
        close = next((x for x in range(q + 2, min(n, q + 16)) if t.words[x] in _CLOSE or t.newline_before[x]), -1)
        if close < 0 or t.words[close] not in _CLOSE or t.words[close - 1] not in _SUFFIX or close - q < 3:
            continue
        if any(ctx.owner[x] >= 0 for x in range(q + 1, close)):
            continue
        m = ctx.add_quoted(q + 1, close, "Agreement")
        if m >= 0:
            ctx.link(m, _told_before(ctx, q))


def _told_before(ctx: Ctx, d: int) -> int:
    """"… signed a Memorandum of Understanding (MoU) with B. The agreement, titled "X", …": the deal named just
    before (within a few sentences) is the one now titled; -1 if none."""
    best, at = -1, -1
    for m, x in enumerate(ctx.mentions):
        if x is not None and x.type == "Agreement" and at < ctx.spans[m][1] <= d and d - ctx.spans[m][1] <= 80:
            best, at = m, ctx.spans[m][1]
    return best
