"""A standing forum with members is an organisation, not an event: "keanggotaan PIBBOI dalam ASEAN Pharmaceutical
Ingredients Forum (APIF)", "Asian Pharmaceutical Manufacturers Forum (APMF), forum regional yang keanggotaannya
mencakup GPFI".

Why: "… Forum" names read as events (a forum is usually a meeting), but one that has members is a body (ONTOLOGY:
MEMBER_OF joins an organisation to an organisation); typed as an Event it blocked every MEMBER_OF told of it. A
forum with a year or an edition number stays an event.
"""

from __future__ import annotations

from dataclasses import replace

from graphbuild.extract.entities.context import Ctx

_MEMBERSHIP = frozenset({"keanggotaan", "keanggotaannya", "anggotanya", "beranggotakan", "members", "membership",
                         "jejaring", "network"})
# words that tell a meeting: the forum is then the event held
_HELD = frozenset({"menghadiri", "hadir", "dihadiri", "digelar", "menggelar", "diselenggarakan", "menyelenggarakan", "dibuka",
                   "membuka", "pembukaan", "sesi", "attended", "held", "hosted", "opened", "session"})
_NEAR = 14  # tokens on either side of the name in which a membership word makes it a body


def find(ctx: Ctx) -> None:
    t = ctx.t
    for m, x in enumerate(ctx.mentions):
        if x is None or x.type != "Event" or not x.text.endswith("Forum") or any(c.isdigit() for c in x.text):
            continue
        a, b = ctx.spans[m]
        near = t.lower[max(0, a - _NEAR) : b + _NEAR]
        if any(w in _MEMBERSHIP for w in near) and not any(w in _HELD for w in near):
            ctx.mentions[m] = replace(x, type="Organization", category="association")
