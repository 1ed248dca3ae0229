"""Document-local entities -> stable corpus-wide ids.

The id is a pure function of the entity, the lexicon and the alias file, never of
which documents came before, so loading in any order gives the same graph.
"""

from __future__ import annotations

from pathlib import Path

from graphbuild.extract.lexicon import Lexicon, normalize
from graphbuild.ontology import entity_id
from graphbuild.resolve.aliases import AliasRules
from graphbuild.resolve.keys import organization_key
from graphbuild.resolve.names import brand_name, canonical_name, strip_name
from graphbuild.types import Entity, Extraction, Relation

# Memo bound: the same names recur across a corpus (hubs like BPOM), so a few thousand
# entries catch most lookups; the bound keeps a long run's memory flat.
_MEMO_MAX = 50_000


class Resolver:
    def __init__(self, lexicon: Lexicon, alias_file: Path | None = None) -> None:
        self.lexicon = lexicon
        self.rules = AliasRules.load(alias_file)
        self._memo: dict[tuple[str, str, tuple[str, ...]], tuple[str, str | None]] = {}

    def entity_id(self, entity: Entity) -> tuple[str, str | None]:
        """(stable id, lexicon canonical name or None) of one entity (memoised: a pure function
        of its type, name and aliases)."""
        key = (entity.type, entity.name, tuple(entity.aliases))
        hit = self._memo.get(key)
        if hit is None:
            if len(self._memo) >= _MEMO_MAX:
                self._memo.clear()
            hit = self._memo[key] = self._entity_id(entity)
        return hit

    def _entity_id(self, entity: Entity) -> tuple[str, str | None]:
        surfaces = {normalize(s) for s in (entity.name, *entity.aliases)}
        brand = None
        if surfaces & self.rules.split:
            name, lex = strip_name(entity.name, entity.type), None
        else:
            name, lex = canonical_name(entity, self.lexicon)
            brand = brand_name(entity, self.lexicon)
        key = organization_key(name, self.lexicon) if entity.type == "Organization" and lex is None else brand or name
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
        for e in extraction.entities:
            gid, canonical = self.entity_id(e)
            local_to_global[e.id] = gid
            # Spans are frozen, so copying the lists (not their items) keeps the input untouched.
            new = Entity(gid, e.type, e.name, list(e.aliases), e.category, list(e.mentions), list(e.degrees))
            if canonical and canonical != new.name:
                if new.name not in new.aliases:
                    new.aliases.insert(0, new.name)
                new.name = canonical
            new.aliases = [a for a in new.aliases if a.lower() != new.name.lower()]
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
            nr = Relation(r.type, head, tail, r.evidence, r.confidence, r.date, dict(r.properties))
            key = (nr.type, nr.head, nr.tail, nr.evidence)
            if key in seen:
                continue
            seen.add(key)
            relations.append(nr)
        return Extraction(extraction.document, list(merged.values()), relations, resolved=True)


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
