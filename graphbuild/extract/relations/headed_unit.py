"""HOLDS_POSITION in the unit a head's title names before its parent: "Kepala Pusat Pengembangan Pengujian Obat dan
Makanan Nasional (PPPOMN) BPOM, X", "Kepala Pusat Registrasi dan Sertifikasi Halal BPJPH, Y".

Why: ``positions`` records the parent body after the title; the person heads the unit named inside it too. Only a
head's title ("Kepala", "Direktur", …) over a name opening with a unit word ("Pusat", "Direktorat", "Biro", …) counts:
a member's title ("Peneliti Pusat Riset X BRIN") is a post in the parent.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View

_HEAD = re.compile(r"(?:(?:Plt|Plh)\.?\s+|Wakil\s+)?(?:Kepala|Direktur|Deputi|Sekretaris|Inspektur|Head|Director|Chief)\b", re.I)
_UNIT = re.compile(r"(?:Pusat|Direktorat|Biro|Kedeputian|Sekretariat|Inspektorat|Centre|Center|Directorate|Bureau)\s")
# a second unit word inside: the name runs two levels together ("Subdirektorat I Direktorat X"), no unit of its own
_NESTED = re.compile(r"\s(?:Subdirektorat|Direktorat|Deputi|Kedeputian|Biro|Pusat|Subdit|Seksi|Bagian)\s")
_ADJACENT = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?")  # "… Nasional (PPPOMN) BPOM": the unit's acronym between


def find(ctx: Context, v: View, p: M, start: int, parent: M, title: str) -> None:
    if not _HEAD.match(title.strip()):
        return
    unit = v.prev_mention(parent)
    if (unit is not None and unit.type == "Organization" and unit.start >= start and unit.ent.category != "company"
            and _UNIT.match(unit.ent.name) and not _NESTED.search(unit.ent.name) and _ADJACENT.fullmatch(v.text, unit.end, parent.start)):
        ctx.emit("HOLDS_POSITION", p.ent, unit.ent, v, 0.8, title=title)
