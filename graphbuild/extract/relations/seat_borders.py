"""Seats that cross a border the names themselves draw: "PT X" is an Indonesian company, "X Co., Ltd" a foreign one.

No annotated story puts a "PT"/"CV"/"Tbk" firm in a foreign place (0 of 904 gold seats of "PT" firms), nor a firm
with a foreign legal form ("Co., Ltd", "Pte. Ltd.", "Sdn Bhd", "GmbH", "B.V.", ...) in Indonesia or an Indonesian
town, nor an Indonesian town inside a foreign one. The rules that read "di X" or "X, Negara" near a firm's name take
the partner's country for its seat ("PT Y, anak usaha Z dari Thailand"); the legal form and the gazetteer's country
settle which side of the border each end is on.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import places
from graphbuild.types import Entity, Relation

_LOCAL_FORM = re.compile(r"^(?:PT|CV|UD|Perum|Persero)\.?\s|\sTbk\.?$")
_FOREIGN_FORM = re.compile(
    r"(?:\bCo\.?,?\s*Ltd\b|\bPte\.?\s*Ltd\b|\bSdn\.?\s*Bhd\b|\bGmbH\b|\bAG$|\bA/S\b|\bB\.V\b|\bN\.V\b|\bASA$|\bA\.Ş\b"
    r"|\bInc\b\.?$|\bLLC$|\bLimited$|\bLtd\b\.?$|\bS\.A\.?$|\bS\.p\.A\b|\bK\.K\.?$|\bPvt\.?\s*Ltd\b|\bplc$|\bCorp(?:oration)?\.?$)")


def _side_of_firm(e: Entity) -> str | None:
    """"ID" for a firm with an Indonesian legal form, "X" for a foreign one, None when its name does not tell."""
    if e.type != "Organization":
        return None
    sides = {"ID" if _LOCAL_FORM.search(n) else "X" for n in (e.name, *e.aliases) if _LOCAL_FORM.search(n) or _FOREIGN_FORM.search(n)}
    return sides.pop() if len(sides) == 1 else None  # (a name and an alias of both kinds: two firms the entity stage joined)


def _side_of_place(e: Entity) -> str | None:
    """"ID" for Indonesia or a place the gazetteer puts there, "X" for another country or a place in one."""
    if e.type != "Location":
        return None
    names = {n.casefold() for n in (e.name, *e.aliases)}
    if "indonesia" in names:
        return "ID"
    if places.foreign(e) or (places.category(e) == "country" and places.known(e)):
        return "X"
    countries = places._countries()  # noqa: SLF001 - the gazetteer's country column, shared with places
    return "ID" if any(countries.get(n) == "Indonesia" for n in names) else None


def crosses(r: Relation, by_id: dict[str, Entity]) -> bool:
    """Whether seat ``r`` puts an Indonesian firm or town abroad, or a foreign firm or town in Indonesia."""
    if r.type != "LOCATED_IN":
        return False
    head, tail = by_id.get(r.head), by_id.get(r.tail)
    if head is None or tail is None:
        return False
    there = _side_of_place(tail)
    if there is None:
        return False
    here = _side_of_firm(head) if head.type == "Organization" else _side_of_place(head) if head.type == "Location" else None
    return here is not None and here != there
