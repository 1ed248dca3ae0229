"""A legislator's post: "Anggota Komisi IX DPR RI X", "Wakil Ketua Komisi IX DPR RI dari Fraksi Y, X".

The general title rules leave two shapes out: a member ("Anggota"/"anggota" is no title elsewhere: "anggota
PIC/S" is a country, "anggota GP Jamu" a firm) and a faction ("dari Fraksi Partai Golkar", "Fraksi PDI
Perjuangan") between the house and the name. A member of a house, or any title holder with the faction
between, holds the post in the house (the commission and the parliament the title names); the faction
only qualifies the member (gold annotates it as optional), so it is not read as the post.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations import title_patterns as tp
from graphbuild.extract.relations.common import M, View

# a legislature or one of its parts, as the mention's own text
_HOUSE = re.compile(r"(?:Komisi\s+[IVX]+\b|DPR|DPRD|DPD|MPR|Dewan\s+Perwakilan)")
_FACTION = re.compile(r"(?:Fraksi|F-)\s*\S|Partai\s+[A-Z]")
# between the house and the faction: "DPR RI dari Fraksi", "DPRD Jawa Barat asal Fraksi", "Komisi IX DPR Fraksi"
_TO_FACTION = re.compile(r"^\s*(?:RI\s+)?(?:(?:dari|asal|from)\s+)?$", re.I)
_MEMBER = re.compile(r"(?<![\w.])(?P<title>(?:Wakil\s+)?Ketua|[Aa]nggota|Member|member)\s+$")
_JOINED = re.compile(rf"^(?:[\s,]|{cues.DEGREE})*(?:dan|serta)?\s*{cues.HONORIFIC}*$")  # "A, S.T., dan dr. B"


def across(v: View, p: M, done: dict[int, list[tuple[M, str]]]) -> list[tuple[M, str]]:
    """The house mentions (with the title) person ``p`` holds a post in, the house itself last (its units
    before it: "Komisi IX" + "DPR RI"); ``done`` keeps, by person start, the members found earlier in the
    sentence ("anggota Komisi IX A dan B": B too)."""
    prev = v.prev_mention(p)
    if prev is None:
        return []
    if prev.type == "Person" and _JOINED.match(v.gap(prev.end, p.start)) and (got := done.get(prev.start)):
        if all(t.casefold() == "anggota" for _, t in got):
            done[p.start] = got
        return done.get(p.start, [])
    if prev.type != "Organization" or not tp.GAP_TO_PERSON.match(v.gap(prev.end, p.start)):
        return []
    faction = None
    if _FACTION.match(prev.text) and (body := v.prev_mention(prev)) is not None and _TO_FACTION.match(v.gap(body.end, prev.start)):
        faction, prev = prev, body
    houses = [prev]
    while (m := v.prev_mention(houses[0])) is not None and m.type == "Organization" and not v.gap(m.end, houses[0].start).strip():
        houses.insert(0, m)  # "Komisi IX" + "DPR RI"
    if not all(_HOUSE.match(h.text) for h in houses):
        return []
    member = _MEMBER.search(v.text, max(0, houses[0].start - 20), houses[0].start)
    if member is not None and member.end() == houses[0].start and (faction is not None or member.group("title")[0] in "Aam"):
        title = member.group("title")  # (a chair with no faction between is the general title rules')
    elif faction is not None and (t := tp.title_before(v.text, houses[0].start) if v.may(tp.TITLE_END) else None):
        title = t.group("title")
    else:
        return []
    out = [(h, title) for h in houses]
    done[p.start] = out
    return out
