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
