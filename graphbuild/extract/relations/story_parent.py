"""The parent of a subsidiary told as "anak usahanya, PT B" when no company is named lately, or as "anak usaha
distribusi perusahaan, PT B": the company the story names most (which may itself be someone's subsidiary).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.types import Entity

FIRM_WORD = re.compile(r"\b(?:perusahaan|perseroan)\b", re.I)


def story_firm(ctx: Context, v: View, start: int, child: Entity) -> Entity | None:
    """The company named most among those of the last eight sentences before ``start``, the subsidiary aside."""
    firms = [e for e in ctx.recent(v.index, ("Organization",), pos=start, back=8, limit=6)
             if e.category == "company" and e is not child]
    return max(firms, key=lambda e: len(e.mentions), default=None)


def story_regulator(ctx: Context, index: int) -> Entity | None:
    """The regulator the story names most up to sentence ``index`` (the first named, among equals): whose operation
    a clause without a doer tells."""
    count: dict[int, list] = {}  # type: ignore[type-arg]
    for w in ctx.views[: index + 1]:
        for m in w.mentions:
            if m.type == "Organization" and m.ent.category == "regulator":
                count.setdefault(id(m.ent), [m.ent, 0])[1] += 1
    return max(count.values(), key=lambda x: x[1])[0] if count else None
