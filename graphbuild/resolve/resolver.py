"""Document-local entities -> stable corpus-wide ids.

The id is a pure function of the entity, the lexicon and the alias file, never of
which documents came before, so loading in any order gives the same graph. A unit
named without its owner ("Direktorat Reserse Kriminal Khusus") adds the id of the
parent its own document gives it (PART_OF), or every province's unit would be one node.
"""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.lexicon import Lexicon, normalize
from graphbuild.ontology import entity_id
from graphbuild.resolve.aliases import AliasRules
from graphbuild.resolve.keys import organization_key, regional_unit
from graphbuild.resolve.names import brand_name, canonical_name, strip_name
from graphbuild.types import Entity, Extraction, Relation

# Memo bound: the same names recur across a corpus (hubs like BPOM), so a few thousand
# entries catch most lookups; the bound keeps a long run's memory flat.
_MEMO_MAX = 50_000


class Resolver:
    def __init__(self, lexicon: Lexicon, alias_file: Path | None = None) -> None:
        self.lexicon = lexicon
        self.rules = AliasRules.load(alias_file)
        self._memo: dict[tuple[str, str, tuple[str, ...], str | None], tuple[str, str | None]] = {}

    def entity_id(self, entity: Entity, parent: str | None = None) -> tuple[str, str | None]:
        """(stable id, lexicon canonical name or None) of one entity (memoised: a pure function
        of its type, name and aliases, and of the ``parent`` id a regional unit is qualified by)."""
        key = (entity.type, entity.name, tuple(entity.aliases), parent)
        hit = self._memo.get(key)
        if hit is None:
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            hit = self._memo[key] = self._entity_id(entity, parent)
        return hit

    def _entity_id(self, entity: Entity, parent: str | None = None) -> tuple[str, str | None]:
        surfaces = {normalize(s) for s in (entity.name, *entity.aliases)}
        brand = None
        if surfaces & self.rules.split:
            name, lex = strip_name(entity.name, entity.type), None
        else:
            name, lex = canonical_name(entity, self.lexicon)
            brand = brand_name(entity, self.lexicon)
        key = organization_key(name, self.lexicon) if entity.type == "Organization" and lex is None else brand or name
        if parent is not None:
            key = f"{key} {parent.partition(':')[2]}"
        eid = entity_id(entity.type, key)
        for s in sorted(surfaces):
            if s in self.rules.merge_names:
                eid = self.rules.merge_names[s]
                break
        seen = {eid}
        while eid in self.rules.merge_ids and self.rules.merge_ids[eid] not in seen:
            eid = self.rules.merge_ids[eid]
            seen.add(eid)
        return eid, (brand or (lex.name if lex else None))

    def resolve(self, extraction: Extraction) -> Extraction:
        """A copy of ``extraction`` with corpus ids; entities that share an id are merged."""
        merged: dict[str, Entity] = {}
        local_to_global: dict[str, str] = {}
        parents = self._unit_parents(extraction)
        for e in extraction.entities:
            gid, canonical = self.entity_id(e, parents.get(e.id))
            local_to_global[e.id] = gid
            name, aliases = e.name, e.aliases
            if canonical and canonical != name:
                if name not in aliases:
                    aliases = [name, *aliases]
                name = canonical
            low = name.lower()
            # Spans are frozen, so copying the lists (not their items) keeps the input untouched.
            new = Entity(gid, e.type, name, [a for a in aliases if a.lower() != low], e.category, list(e.mentions),
                         list(e.degrees))
            if gid in merged:
                _merge_into(merged[gid], new)
            else:
                merged[gid] = new
        relations: list[Relation] = []
        seen: set[tuple] = set()
        for r in extraction.relations:
            head = local_to_global.get(r.head, r.head)
            tail = local_to_global.get(r.tail, r.tail)
            if head == tail:
                continue
            key = (r.type, head, tail, r.evidence)
            if key in seen:  # checked before the copy is made: duplicates are common
                continue
            seen.add(key)
            relations.append(Relation(r.type, head, tail, r.evidence, r.confidence, r.date, dict(r.properties)))
        return Extraction(extraction.document, list(merged.values()), relations, resolved=True)

    def _unit_parents(self, extraction: Extraction) -> dict[str, str]:
        """Local id of each regional unit -> the corpus id of the organisation it is PART_OF here (the first by id
        when several: "Subdit I" of both "Ditreskrimsus" and "Polda Sumut" takes the one that is no unit itself)."""
        units = {e.id for e in extraction.entities
                 if e.type == "Organization" and regional_unit(e.name, self.lexicon)}
        if not units:
            return {}
        by_id = {e.id: e for e in extraction.entities}
        out: dict[str, str] = {}
        for r in extraction.relations:
            tail = by_id.get(r.tail)
            if r.type != "PART_OF" or r.head not in units or tail is None or tail.type != "Organization" or tail.id in units:
                continue
            gid = self.entity_id(tail)[0]
            if r.head not in out or gid < out[r.head]:
                out[r.head] = gid
        return out


def _merge_into(a: Entity, b: Entity) -> None:
    names = {x.lower() for x in (a.name, *a.aliases)}
    for s in (b.name, *b.aliases):
        if s.lower() not in names:
            a.aliases.append(s)
            names.add(s.lower())
    spans = {(m.start, m.end) for m in a.mentions}
    a.mentions.extend(m for m in b.mentions if (m.start, m.end) not in spans)
    a.mentions.sort(key=lambda m: m.start)
    a.category = a.category or b.category
    for d in b.degrees:
        if d not in a.degrees:
            a.degrees.append(d)
