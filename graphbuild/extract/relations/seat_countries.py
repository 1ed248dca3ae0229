"""LOCATED_IN the country of a foreign firm's town: "Sarvam Biopharma Ltd., perusahaan yang berbasis di Hyderabad,
India", "X GmbH, headquartered in Mannheim, Germany", "perusahaan asal Kyoto, Jepang" put the firm in the country
as well as in the town.

Why: the town and its country come as one address; readers (and the annotators) place a foreign company, laboratory or
plant in both. Only where the same sentence put the firm in the town and the town in the country, and only a country
other than Indonesia (an Indonesian firm's "Jakarta, Indonesia" is a dateline more often than an address), and not
for regulators or government offices ("MFDS di Cheongju, Korea Selatan": a body's seat, read by its own rules).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context

_KINDS = ("company", "academic")
_COMMA = re.compile(r"^\.?\s*,\s*$")
# the town told as the seat ("berbasis di", "asal", "headquartered in"), not a firm's partner "dari Bengaluru, India" in a list
_SEAT_CUE = re.compile(r"\b(?:asal|berasal\s+dari|berbasis|bermarkas|berkantor(?:\s+pusat)?|berpusat|berkedudukan|berlokasi|"
                       r"headquartered|based|located)\s+(?:di\s+|in\s+)?(?:the\s+)?(?:(?:kota|city\s+of)\s+)?$", re.I)


def find(ctx: Context) -> None:
    found = [r for r in ctx.relations if r.type == "LOCATED_IN"]
    countries: dict[tuple[str, str], list[str]] = {}
    for r in found:
        tail = ctx.by_id.get(r.tail)
        if tail is not None and ctx.is_country(tail) and tail.name != "Indonesia":
            countries.setdefault((r.head, r.evidence), []).append(r.tail)
    if not countries:
        return
    views = None
    for r in found:
        outer = countries.get((r.tail, r.evidence))
        head = ctx.by_id.get(r.head) if outer else None
        if head is None or not (head.type == "Facility" or head.type == "Organization" and head.category in _KINDS):
            continue
        town = ctx.by_id.get(r.tail)
        if town is None or ctx.is_country(town) or ctx.is_country(head):
            continue
        if views is None:
            views = {v.evidence or " ".join(v.text.split()): v for v in ctx.busy}
        v = views.get(r.evidence)
        if v is None:
            continue
        # the country right after the town ("berbasis di Hyderabad, India"), not one a dateline placed the town in
        after = {n.ent.id for m in v.mentions if m.ent is town and _SEAT_CUE.search(v.masked[max(0, m.start - 40) : m.start])
                 and (n := v.next_mention(m)) is not None and _COMMA.match(v.gap(m.end, n.start))}
        for cid in outer:
            if cid not in after:
                continue
            country = ctx.by_id.get(cid)
            if country is not None and not ctx.has("LOCATED_IN", head=head, tail=country):
                ctx.emit("LOCATED_IN", head, country, v, 0.6)
