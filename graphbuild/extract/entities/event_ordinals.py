"""Numbered sessions as events: "ASEAN Working Group (AWG) ke-12", "The 41st Meeting of the ASEAN X Working
Group"; and the ordinal tests ("ke-12") the cue-led event names in ``events`` use.

Split out of ``events`` to keep it short.
"""

from __future__ import annotations

import re
from operator import methodcaller

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.scan import nameish, run_backward, run_forward
from graphbuild.extract.entities.tokens import is_acronym, is_cap

_ORDINAL = re.compile(r"^ke-?\d{1,4}$")
# the lower-case words an event's name runs over (also read by ``events``)
EVENT_CONNECTORS = frozenset({"dan", "dalam", "untuk", "tentang", "bagi", "serta", "secara", "of", "and", "for", "the", "on", "in", "yang", "&", "ke"})


def is_ordinal(w: str) -> bool:
    return _ORDINAL.match(w) is not None


def of_ordinal(ctx: Ctx, e: int) -> int:
    t = ctx.t
    return e + 1 if e < len(t.words) and is_ordinal(t.words[e]) and not t.newline_before[e] else e


_KE = methodcaller("startswith", "ke")  # the same test at C speed, before the Python one


def _starts_ke(w: str) -> bool:
    return w[:2] == "ke"


def ordinals(ctx: Ctx) -> None:
    """"(pertemuan) ASEAN Working Group (AWG) ke-12": a numbered session of a named body is an event,
    when an event word comes before it or the name itself starts or ends like one."""
    t = ctx.t
    c = t.cue
    for k in [k for k in t.where_word(_starts_ke, _KE) if k]:
        if not is_ordinal(t.words[k]) or ctx.owner[k] >= 0 or t.masked[k] or t.newline_before[k]:
            continue
        j = k - 1
        if j >= 3 and t.words[j] == ")" and t.words[j - 2] == "(" and is_acronym(t.words[j - 1]):
            j -= 3
        if not nameish(ctx, j):
            continue
        i = run_backward(ctx, j, max_tokens=10)
        if i > j:
            continue
        before = t.words[i - 1].lower() if i > 0 and not t.newline_before[i] else ""
        if before in c.event_words or t.match_phrase(i, c.event_prefix) or t.words[j] in c.event_suffix:
            if i == j and t.words[j] in c.event_suffix and (b := _body_before(ctx, j)) < j:
                i = b  # "ASEAN Pharmaceutical Product Working Group (PPWG) Meeting ke-38": the body's numbered meeting
            ctx.add(i, k + 1, "Event", None, "cue")


_EN_ORDINAL = re.compile(r"^\d{1,3}(?:st|nd|rd|th)$")
_ORDINAL_END = methodcaller("endswith", ("st", "nd", "rd", "th"))  # every word it matches ends so (tokens hold no newline)
_SESSION_HEADS = frozenset({"Meeting", "Session", "Conference", "Congress", "Summit", "Assembly", "Symposium", "Forum", "Convention"})


def numbered_of(ctx: Ctx) -> None:
    """"The 41st Meeting of the ASEAN X Working Group (AXWG)", "the 12th Session of the Y Commission": a body's
    numbered session, named in English with "of"; a capitalised "The" before the number is part of the title."""
    t = ctx.t
    n = len(t.words)
    for k in t.where_word(_EN_ORDINAL.match, _ORDINAL_END):  # (isalnum let almost every word through)
        h = k + 1
        if h + 2 >= n or t.words[h] not in _SESSION_HEADS or t.words[h + 1] != "of" or t.newline_before[h] or ctx.owner[k] >= 0:
            continue
        a = h + 2 + (t.words[h + 2] == "the")
        if a >= n or not is_cap(t.words[a]) or t.newline_before[a]:
            continue
        e = run_forward(ctx, a, paren_acronym=True, connectors=EVENT_CONNECTORS, max_tokens=16)
        i = k - 1 if k and t.words[k - 1] == "The" and not t.newline_before[k] else k
        if e > a:
            ctx.add(i, e, "Event", None, "cue")


def _body_before(ctx: Ctx, j: int) -> int:
    """Where the body named right before an event head word starts ("<Body> (ACR) Meeting"), else ``j``."""
    t = ctx.t
    a = j - 3 if j >= 4 and t.words[j - 1] == ")" and t.words[j - 3] == "(" and is_acronym(t.words[j - 2]) else j
    m = ctx.owner[a - 1] if a > 0 else -1
    if m < 0 or ctx.mentions[m] is None or ctx.mentions[m].type != "Organization" or ctx.spans[m][1] != a:  # type: ignore[union-attr]
        return j
    return ctx.spans[m][0]
