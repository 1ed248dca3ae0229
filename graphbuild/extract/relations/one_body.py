"""Whether two bodies a sentence names together are one: BPOM and its own offices, two offices of one
parent. Joint work between them is no partnership. Shared by ``together`` and the partnership families.

Split out of ``together`` to keep it short.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context
from graphbuild.types import Entity

_POM = re.compile(r"\b(?:B?B?POM|Badan\s+Pengawas\s+Obat)\b")
_OFFICE = re.compile(r"^(?:Direktorat|Deputi|Balai|Loka|Pusat|Biro|Inspektorat|Directorate)\b")


# a regional POM office named with its seat ("Balai Besar POM di Semarang", "Loka POM di Kota Surakarta"): two of them
# working together are partners (each runs its own area), unlike the agency and its own units
_REGIONAL = re.compile(r"^(?:Balai\s+Besar|Balai|Loka|BBPOM|BPOM)\b.*\s(?:di|in)\s+[A-Z]")
_POM_OFFICE = re.compile(r"\b(?:B?B?POM|Pengawas\s+Obat)\b")


def same_pom(a: Entity, b: Entity) -> bool:
    """Whether ``a`` and ``b`` are both BPOM, but not two regional offices each with its own seat."""
    return bool(_POM.search(a.name) and _POM.search(b.name)) and not (_REGIONAL.match(a.name) and _REGIONAL.match(b.name))


def one_body(ctx: Context, a: Entity, b: Entity) -> bool:
    """Whether ``a`` and ``b`` are offices of one body ("Direktorat Pengawasan Produksi Obat bersama Balai Besar POM di
    Serang": two BPOM offices inspecting together are no partners)."""
    if a is not b and all(_REGIONAL.match(e.name) and _POM_OFFICE.search(e.name) for e in (a, b)):
        return False  # two regional offices of BPOM
    pa = {r.tail for r in ctx.has("PART_OF", head=a)}
    pb = {r.tail for r in ctx.has("PART_OF", head=b)}
    if b.id in pa or a.id in pb or pa & pb:
        return True
    return bool(pa or pb) and a.category == b.category == "regulator" and bool(_OFFICE.match(a.name) and _OFFICE.match(b.name))
