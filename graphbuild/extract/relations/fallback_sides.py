"""Who can stand on each side of a fallback rule's relation, for ``fallback``.

The sentence-level fallback links the one entity a cue can have on one side with every entity of the
other side's kind; these predicates say what kind that is (a company, a developer, a regulator, a
certifier and the holders it certifies, products, sites, partners, agreements, events, people).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.makers import regulator_like
from graphbuild.types import Entity

_CERTIFIER = re.compile(r"\b(?:BPJPH|LPPOM|MUI|Halal|Sertifikasi|Akreditasi|KAN)\b")


def company(e: Entity) -> bool:
    return e.type == "Organization" and e.category in (None, "company", "other") and not regulator_like(e) \
        and not _SERVICE.search(e.name)


_SERVICE = re.compile(r"\b(?:HALO|Halo|Contact\s+Center|Call\s+Center|Hotline|Bursa\s+Efek|Stock\s+Exchange)\b")  # a contact line; an exchange lists firms


def developer(e: Entity) -> bool:  # "dikembangkan oleh tim peneliti Fakultas Farmasi UGM": campuses develop too
    return company(e) or (e.type == "Organization" and e.category == "academic")


def regulator(e: Entity) -> bool:
    return e.type == "Organization" and (e.category == "regulator" or (e.category is None and regulator_like(e)))


def approver(e: Entity) -> bool:  # ministries approve devices and traditional medicines too
    return e.type == "Organization" and regulator_like(e) and e.category != "association"


def certifier(e: Entity) -> bool:
    return e.type == "Organization" and (e.category == "regulator" or bool(_CERTIFIER.search(e.name)))


def holder(e: Entity) -> bool:
    return e.type == "Facility" or company(e) and not HALAL_EXAMINER.search(e.name)


# who examines for a halal certificate (LPH, LPPOM MUI, the MUI fatwa commission): it grants or audits, holds none
HALAL_EXAMINER = re.compile(r"\b(?:LPH|LPPOM|Lembaga\s+(?:Pemeriksa\s+Halal|Pengkajian\s+Pangan)|Majelis\s+Ulama|Komisi\s+Fatwa)\b")


def product(e: Entity) -> bool:
    return e.type == "Product"


def facility(e: Entity) -> bool:
    return e.type == "Facility"


def partner(e: Entity) -> bool:
    return e.type == "Organization" and e.category != "media"


def agreement(e: Entity) -> bool:
    return e.type == "Agreement"


def event(e: Entity) -> bool:
    return e.type == "Event"


def person(e: Entity) -> bool:
    return e.type == "Person"
