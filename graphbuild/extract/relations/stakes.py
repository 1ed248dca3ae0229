"""SUBSIDIARY_OF told by a majority stake in the passive: "B is 99.9% owned by A", "B, 65% owned by A",
"Perusahaan patungan bernama B itu 51% sahamnya dimiliki A".

Why: releases state the structure from the subsidiary's side, with the share before the owner; the
active stake rule in ``corporate`` ("A menguasai 51 persen saham B") reads the other order. Only a
stake above half makes a subsidiary. ``corporate`` calls :func:`find` from its ownership pass.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.discourse import regulator_like

ORG = ("Organization",)
# the share, then the passive verb and the owner right after it
_OWNED_BY = re.compile(
    r"(?:%|\bpersen\b|\bpercent\b)\s+(?:(?:saham(?:nya)?|of\s+(?:its\s+)?shares)\s+)?"
    r"(?:(?:is|are|was|akan|telah|sudah|kini)\s+)*(?:dimiliki|dikuasai|dipegang|owned|held|controlled)\s+(?:oleh\s+|by\s+)?(?:PT\.?\s+)?",
    re.I,
)
_PCT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*$")  # the share before the percent sign or word
watch(_OWNED_BY)
OWNED_BY = _OWNED_BY  # ``corporate`` reads it with its ownership cues
# between the owned company and the share: "is", ",", "itu", "yang", "(SSF)"
_OWNED_GAP = re.compile(r"(?:\s*\([^()]*\))?\s*,?\s*(?:(?:itu|tersebut|yang|which\s+is|is|was|kini|now|sebanyak)\s+)*", re.I)


def find(ctx: Context, v: View) -> None:
    if not v.may(_OWNED_BY):
        return
    for c in v.cues(_OWNED_BY):
        pct = _PCT.search(v.masked, max(0, c.start() - 12), c.start())
        if pct is None or float(pct.group(1).replace(",", ".")) <= 50:
            continue
        owner = next(iter(v.after(c.end())), None)
        owned = next(iter(v.before(c.start())), None)
        if owner is None or owned is None or owner.start != c.end() or owner.type != "Organization" \
                or owned.type != "Organization" or owned.ent is owner.ent or regulator_like(owner.ent) \
                or not _OWNED_GAP.fullmatch(v.masked[owned.end : pct.start()]):
            continue
        ctx.emit("SUBSIDIARY_OF", owned.ent, owner.ent, v, 0.7)
