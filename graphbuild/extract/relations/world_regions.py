"""World regions and halves of the country named as markets ("pasar Asia Tenggara", "wilayah Indonesia Timur").

A continent or world region is where a firm sells, not a place the graph seats anything in: the annotated stories
list "Asia Tenggara", "Asia", "Eropa", "Afrika" as optional places at most (over 200 times, never a required one, and
no required relation ends in one), so a node for them is only noise in the place graph.
"""

from __future__ import annotations

from graphbuild.extract.relations import places
from graphbuild.types import Entity, Relation

# halves of Indonesia told as a market ("distribusi ke Indonesia Timur"); the world regions are ``places``' list
_NATIONAL_HALVES = frozenset(n.casefold() for n in (
    "Indonesia Timur", "Indonesia Barat", "Indonesia Tengah", "Kawasan Timur Indonesia", "Kawasan Barat Indonesia",
    "Indonesia bagian timur", "Indonesia bagian barat"))


# the Middle East is told as a destination the stories name as a place (two required gold places), not only a market
_KEPT = frozenset({"timur tengah", "middle east"})


def market(e: Entity) -> bool:
    """Whether ``e`` is a world region or a half of the country, by every name it has."""
    if e.type != "Location":
        return False
    names = [n.casefold() for n in (e.name, *e.aliases)]
    if any(n in _KEPT for n in names):
        return False
    return all(n in _NATIONAL_HALVES or places.region(Entity(id="", type="Location", name=n)) for n in names)


def drop(entities: list[Entity], relations: list[Relation]) -> tuple[list[Entity], list[Relation]]:
    """``entities`` less the world regions (see ``market``), and ``relations`` less those that end in one. Dropped
    after the relation rules ran: a region still ends a title ("Head of Regulatory Affairs Asia Pacific, X")."""
    gone = {e.id for e in entities if market(e)}
    if not gone:
        return entities, relations
    return [e for e in entities if e.id not in gone], [r for r in relations if r.head not in gone and r.tail not in gone]
