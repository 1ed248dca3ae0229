"""HOLDS_POSITION in the parent body of a government unit whose post a person holds.

Why: "Mereka diterima Deputi Bidang Pengawasan Obat …, Rosalina Siregar" names only the deputyship, yet
the deputy is an official of BPOM; "Direktur Registrasi Obat, X" likewise serves the agency the
directorate belongs to. Annotators give such a person both posts (190 of 190 deputyships, 306 of 317
directorates, 73 of 87 faculties over the annotated sets), but the sentence names the parent elsewhere or not at all. The
parent is the body the text places the unit in (PART_OF), else BPOM for one of BPOM's central units in a
story that names BPOM. Regional offices ("Balai Besar POM di X") and services ("Dinas Kesehatan") are
left as they are: their heads are mostly not given the parent.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import bpom_units
from graphbuild.extract.relations.common import Context, View
from graphbuild.types import Entity

# units of a ministry or agency (deputyships, directorates general, bureaus, centres, departments) or a university's faculties
_UNIT = re.compile(r"^(?:Deputi|Deputy|Kedeputian|Direktorat|Directorate|Ditjen|Biro|Bureau|Pusat|Subdirektorat|Subdit|"
                   r"Departemen|Inspektorat|Sekretariat\s+Utama|Fakultas|Faculty)\b")
_FORMER = re.compile(r"\b(?:mantan|eks|former|previously|sebelumnya)\b", re.I)  # a past post's title


def find(ctx: Context) -> None:
    held = ctx.typed("HOLDS_POSITION")
    if not held:
        return
    parents: dict[str, list[str]] = {}
    for r in ctx.typed("PART_OF"):
        parents.setdefault(r.head, []).append(r.tail)
    bpom: Entity | None = None
    views: dict[str, View] | None = None
    for r in list(held):
        unit = ctx.by_id.get(r.tail)
        if unit is None or unit.type != "Organization" or not _UNIT.match(unit.name) or _FORMER.search(r.properties.get("title", "")):
            continue
        ups = [ctx.by_id[t] for t in parents.get(unit.id, ()) if t in ctx.by_id]
        if not ups and unit.name in bpom_units.units():
            if bpom is None:
                bpom = bpom_units.agency(ctx)
            ups = [bpom] if bpom is not None else []
        ups = [u for u in ups if u.type == "Organization" and not _UNIT.match(u.name)]  # the body, not a unit above it
        if len(ups) != 1:
            continue
        person = ctx.by_id.get(r.head)
        if person is None or ctx.has("HOLDS_POSITION", person, ups[0]):
            continue
        if views is None:
            views = {}
            for v in ctx.views:
                views.setdefault(" ".join(v.text.split()), v)
        v = views.get(r.evidence)
        if v is not None:
            ctx.emit("HOLDS_POSITION", person, ups[0], v, round(r.confidence - 0.05, 3), title=r.properties.get("title"))
