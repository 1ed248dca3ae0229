"""A list of bodies read past each office's seat: "Dinas Kesehatan (Dinkes) Kota Semarang dan Dinas Perdagangan".

Why: a local office is often written with its region after its gloss or "di"; the place is no list item, and a list
read through it names every body acting together (a joint team, the partners after "bersama"). Shared by
:mod:`.together` and :mod:`.postposed_with`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import M, View
from graphbuild.extract.relations.cues import LIST_SEP


def _usable(v: View, m: M | None) -> bool:
    return m is not None and m.type == "Organization" and m.role is None and m.start not in v.role_orgs


# "Loka POM di Kota Tasikmalaya dan B", "Dinas Kesehatan (Dinkes) Kabupaten Banyumas dan B": the office's seat
_SEATED = re.compile(r"\)?\s*(?:\([^()]*\)\s*)?(?:(?:di|in)\s+(?:(?:Kota|Kabupaten|Provinsi)\s+)?)?", re.I)


def seated_chain(v: View, first: M) -> list[M]:
    """``first`` and the bodies listed with it, each office's seat passed over ("Dinas Kesehatan (Dinkes) Kota Semarang
    dan Dinas Perdagangan": two bodies, not a body and a place)."""
    group = [first]
    cur = first
    while (nxt := v.next_mention(cur)) is not None and len(group) < 6:
        if nxt.type == "Location" and _SEATED.fullmatch(v.gap((cur.gloss or cur).end, nxt.start)):
            cur = nxt  # "Loka POM di Kota Tasikmalaya dan B": the office's seat, not a member
            continue
        if nxt.type != "Organization" or not _usable(v, nxt) or not (
                LIST_SEP.match(re.sub(r"\bthe\s*$", "", v.gap(cur.end, nxt.start))) or not v.gap(cur.end, nxt.start).strip()):
            break
        group.append(nxt)
        cur = nxt
    return group
