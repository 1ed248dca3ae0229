"""The second maker joined to the first: "P … yang dikembangkan A bersama (tim) peneliti B",
"P, developed by A together with researchers at B".

Why: whichever rule found "A develops P" (a maker after an apposition, a strength or a dosage form, or
the sentence fallback, which keeps the company when a campus is named too), the organisation joined to
A by "bersama"/"dan"/"together with" develops P as well. Run last, over the DEVELOPS relations found,
so every rule's maker gets its partner; only in sentences with a maker verb before the pair.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, watch
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.extract.relations.makers_joint import AND

# the maker verb (or noun) that the pair follows: "dikembangkan (oleh) A bersama B", "developed by A and B"
_MADE_BY = re.compile(r"\b(?:dikembangkan|diproduksi|dibuat|diracik|diformulasikan|(?:co-)?developed|manufactured|produced|"
                      r"hasil\s+(?:pengembangan|riset|penelitian|kolaborasi))\s+(?:(?:oleh|by)\s+)?(?:PT\.?\s+)?$", re.I)
watch(_MADE_BY)


def find(ctx: Context) -> None:
    made = ctx.has("DEVELOPS")
    if not made:
        return
    by_evidence: dict[str, list[tuple[str, str]]] = {}
    for r in made:
        by_evidence.setdefault(r.evidence, []).append((r.head, r.tail))
    for v in ctx.where(_MADE_BY, every=True):
        if v.evidence is None or v.evidence not in by_evidence:
            continue
        for head_id, tail_id in by_evidence[v.evidence]:
            for m in v.mentions:
                if m.ent.id != head_id or m.role is not None or not _MADE_BY.search(v.masked[max(0, m.start - 40) : m.start]):
                    continue
                nxt = v.next_mention(m)
                if (nxt is not None and nxt.type == "Organization" and nxt.role is None and not regulator_like(nxt.ent)
                        and nxt.start - m.end <= 60 and AND.match(v.masked[(m.gloss or m).end : nxt.start])):
                    ctx.emit("DEVELOPS", nxt.ent, ctx.by_id[tail_id], v, 0.65)
