"""A partner named as a unit of its parent ("Direktorat Reserse Kriminal Khusus (Ditreskrimsus) Polda Jawa Timur") is
the unit, not the parent as well.

Why: the cooperation rules read both names of "A bersama Ditreskrimsus Polda Jatim" as partners of A, and the unit
rule makes the unit PART_OF the parent. Annotators keep the unit the story names as the partner and leave its parent
out (or optional) wherever the unit is written with its parent's name; where the unit is written bare and the parent
apart, both stay (the rule asks for the parent inside one of the unit's names).
"""

from __future__ import annotations

from graphbuild.evaluate import norm
from graphbuild.types import Entity, Relation


def drop(relations: list[Relation], by_id: dict[str, Entity]) -> list[Relation]:
    """``relations`` less PARTNERS_WITH(A, P) told in the sentence that makes A partner a unit of P named with P."""
    parents: dict[str, set[str]] = {}
    for r in relations:
        if r.type == "PART_OF":
            parents.setdefault(r.tail, set()).add(r.head)
    if not parents:
        return relations
    partners: dict[tuple[str, str], set[str]] = {}  # (partner, evidence) -> the bodies it partners there
    for r in relations:
        if r.type == "PARTNERS_WITH":
            partners.setdefault((r.head, r.evidence), set()).add(r.tail)
            partners.setdefault((r.tail, r.evidence), set()).add(r.head)
    out = []
    for r in relations:
        if r.type == "PARTNERS_WITH" and (_via_unit(r.head, r.tail, r.evidence, parents, partners, by_id)
                                          or _via_unit(r.tail, r.head, r.evidence, parents, partners, by_id)):
            continue
        out.append(r)
    return out


def _via_unit(a: str, p: str, evidence: str, parents: dict[str, set[str]], partners: dict[tuple[str, str], set[str]],
              by_id: dict[str, Entity]) -> bool:
    units = parents.get(p, set()) & partners.get((a, evidence), set())
    parent = by_id.get(p)
    if not units or parent is None:
        return False
    names = {norm(n) for n in (parent.name, *parent.aliases)} - {""}
    for u in units:
        unit = by_id.get(u)
        if unit is not None and any(n and f" {n}" in f" {norm(s)}" and norm(s) != n
                                    for s in (unit.name, *unit.aliases) for n in names):
            return True
    return False
