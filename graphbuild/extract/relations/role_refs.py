"""Role references: a bare "Kepala BPOM" later in a text stands for its one known holder.

:mod:`.positions` records who holds which title in which body (``ctx.holders``); once a
sentence's posts are read, a title before an organisation with no name after it becomes a
mention of that person, which is how visits and speeches get their subject.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import title_patterns as tp
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.title_bodies import title_key

ORG_OR_LOC = ("Organization", "Location")


def find(ctx: Context, v: View) -> None:
    """Turn "Kepala BPOM" (no name after it) into a mention of the known holder."""
    if not v.may(tp.TITLE_END):
        return  # no title can stand before any mention: the list stays as it is
    out: list[M] = []
    changed = False
    for m in v.mentions:
        t = tp.title_before(v.text, m.start) if m.type in ORG_OR_LOC else None
        if t is None:
            out.append(m)
            continue
        nxt = v.next_mention(m)
        named = nxt is not None and nxt.type == "Person" and tp.GAP_TO_PERSON.match(v.gap(m.end, nxt.start))
        if not named and nxt is not None and nxt.type == "Location":  # "CEO HSA (…) Singapura Raymond Chua"
            who = v.next_mention(nxt)
            named = (who is not None and who.type == "Person" and bool(tp.GAP_TO_PERSON.match(v.gap(nxt.end, who.start)))
                     and bool(re.fullmatch(r"\s*(?:\([^()]*\))?\s*", v.gap(m.end, nxt.start))))
        if named or (out and out[-1].end > t.start()):
            out.append(m)
            continue
        holders = ctx.holders.get((title_key(t.group("title")), m.ent.id), set())
        if len(holders) == 1:
            person = ctx.by_id[next(iter(holders))]
            out.append(M(t.start(), m.end, person, v.text[t.start() : m.end], role=t.group("title")))
            changed = True
        else:
            v.role_orgs.add(m.start)
            out.append(m)
    if changed:  # a new list only where a holder stood in (the views' mention index stays valid otherwise)
        v.mentions = out
