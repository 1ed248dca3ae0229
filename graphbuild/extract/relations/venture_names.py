"""A joint venture named after its two parents is their company, not their partner.

"PT Hanbit Sinar Biologika" (Hanbit Biologics with PT Sinar Husada Farma), "PT Arunika Lakshmi Pharmachem" (PT Arunika
Farma with Lakshmi Drugs): a parent that "memberikan lisensi teknologi kepada" or "bekerja sama dengan" the venture is
telling how it equips its own company. No annotated story has a parent partner the venture it named, while the
licence and cooperation rules read one there; :func:`drop` takes those out after every family has run.
"""

from __future__ import annotations

from graphbuild.types import Entity, Relation

_LEGAL = frozenset({"PT", "PT.", "Tbk", "Tbk.", "Persero", "(Persero)", "Co.,", "Co.", "Ltd.", "Ltd", "Co"})


def _core(e: Entity) -> list[str]:
    return [w.strip(",.()") for w in e.name.split() if w not in _LEGAL and w.strip(",.()")]


def _opening(e: Entity) -> str | None:
    """The first word of a company's name when it tells that company apart ("Hanbit", not "Sinar" or "Nusa")."""
    core = _core(e)
    return core[0] if core and len(core[0]) >= 4 and core[0].isalpha() and core[0][0].isupper() else None


def drop(relations: list[Relation], by_id: dict[str, Entity]) -> list[Relation]:
    """``relations`` less PARTNERS_WITH between a parent and a venture named after it and another company of the story."""
    if not any(r.type == "PARTNERS_WITH" for r in relations):
        return relations
    # (imported here: the entities package imports the relation package)
    from graphbuild.extract.entities.coined import COMPANY_WORDS
    from graphbuild.extract.entities.person_names import FIRM_TAIL

    stock = COMPANY_WORDS | FIRM_TAIL
    firms = [e for e in by_id.values() if e.type == "Organization" and e.category in (None, "company")]
    openings = {e.id: _opening(e) for e in firms}
    return [r for r in relations if not (r.type == "PARTNERS_WITH" and (
        _named_after(by_id.get(r.head), by_id.get(r.tail), firms, openings, stock)
        or _named_after(by_id.get(r.tail), by_id.get(r.head), firms, openings, stock)))]


def _named_after(parent: Entity | None, venture: Entity | None, firms: list[Entity], openings: dict[str, str | None],
                 stock: frozenset[str]) -> bool:
    if parent is None or venture is None or not venture.name.startswith("PT ") or parent.id == venture.id:
        return False
    core = _core(venture)
    own = openings.get(parent.id)
    if len(core) < 3 or own is None or own in stock or own not in core[:2]:
        return False
    # the other parent: another company of the story whose first word the venture's name also holds
    return any(e.id not in (parent.id, venture.id) and (w := openings.get(e.id)) and w != own and w in core[:2]
               for e in firms)
