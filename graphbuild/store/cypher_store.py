"""The write/read sequences shared by the FalkorDB and Neo4j backends.

Both backends send the same statements in the same order (only the text of a few
differs per dialect), so the crash-safety and replace-one-document promises are
implemented once, here. A backend supplies ``_execute`` (run one statement, return
rows and counters, map driver errors to ``StoreError``s) and ``query``.
"""

from __future__ import annotations

import logging
from abc import abstractmethod
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from graphbuild.config import StoreConfig
from graphbuild.ontology import ENTITY_LABEL, MENTIONED_IN, PROVENANCE_LABEL, RELATION_TYPES
from graphbuild.store import statements
from graphbuild.store.base import Store
from graphbuild.store.model import aggregates, build_rows, chunks
from graphbuild.types import DocState, Extraction, GraphEdge, GraphNode, GraphSnapshot, WriteCounts

log = logging.getLogger(__name__)

ROWS_PER_STATEMENT = 2000  # UNWIND size: big enough to amortise round trips, small enough for one tx
PAGE = 5000  # snapshot page size


@dataclass(slots=True)
class Result:
    rows: list[dict[str, Any]] = field(default_factory=list)
    counts: WriteCounts = field(default_factory=WriteCounts)


class CypherStore(Store):
    """A Store over a Cypher database; subclasses provide the connection."""

    def __init__(self, config: StoreConfig) -> None:
        self.config = config
        self._schema_ready = False
        self._swept = False  # see _sweep_legacy_orphans

    # -- backend hooks ---------------------------------------------------------------------------

    @abstractmethod
    def _execute(self, what: str, cypher: str, params: dict[str, Any], *, write: bool,
                 docs: Sequence[str] = ()) -> Result:
        """Run one statement. ``what`` names it (and ``docs`` the documents) in error messages."""

    def _stmt(self, name: str, *, label: str | None = None, rel_type: str | None = None) -> str:
        return statements.load(name, self.dialect, label=label, rel_type=rel_type)

    def _ensure_schema_once(self) -> None:
        if not self._schema_ready:
            self.ensure_schema()
            self._schema_ready = True

    # -- writes ----------------------------------------------------------------------------------

    def write_extractions(self, batch: Sequence[Extraction], extractor_version: str, *,
                          finish: bool = True) -> WriteCounts:
        """Steps (a)-(g). ``finish=False`` leaves the entity aggregates to ``finish_writes``.

        Recomputing a hub entity (BPOM, a recurring company) reads all its mentions, so
        doing it per batch makes a load quadratic; a load defers it to one pass at the end.
        Deferred entities carry ``stale = true`` (set in the statements that touch them),
        so a load killed before that pass is finished by the next ``finish_writes``.
        """
        rows = build_rows(batch)
        counts = WriteCounts()
        if not rows.doc_ids:
            return counts
        self._ensure_schema_once()
        docs = rows.doc_ids

        def write(what: str, name: str, params: dict[str, Any], **kw: str) -> list[dict[str, Any]]:
            res = self._execute(what, self._stmt(name, **kw), params, write=True, docs=docs)
            counts.add(res.counts)
            return res.rows

        self._sweep_legacy_orphans(counts)
        existing = self._existing(docs)
        for part in chunks(rows.documents, ROWS_PER_STATEMENT):
            write("mark documents incomplete", "merge_documents", {"rows": list(part)})
        self._delete_contributions(existing, counts)
        for label, ents in sorted(rows.entities.items()):
            for part in chunks(ents, ROWS_PER_STATEMENT):
                write(f"merge {label} entities", "merge_entities", {"rows": list(part)}, label=label)
        for part in chunks(rows.mentions, ROWS_PER_STATEMENT):
            write("create MENTIONED_IN edges", "create_mentions", {"rows": list(part)})
        for rel_type, rels in sorted(rows.relationships.items()):
            for part in chunks(rels, ROWS_PER_STATEMENT):
                write(f"create {rel_type} relationships", "create_relationships", {"rows": list(part)},
                      rel_type=rel_type)
        if finish:  # before (g): a kill leaves the documents incomplete, so they are rewritten
            counts.add(self.finish_writes())
        now = datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        done = [{"id": d["id"], "sha256": d["sha256"], "loaded_at": now, "extractor_version": extractor_version}
                for d in rows.documents]
        for part in chunks(done, ROWS_PER_STATEMENT):
            write("mark documents complete", "complete_documents", {"rows": list(part)})
        log.debug("wrote %d documents: %s", len(docs), counts)
        return counts

    def _sweep_legacy_orphans(self, counts: WriteCounts) -> None:
        """Once per store: orphans a killed run of an older graphbuild left without a stale mark.

        Documents such a run left half-written are the sign; current writes mark every entity
        they may orphan, and ``finish_writes`` deletes those.
        """
        if self._swept:
            return
        rows = self._execute("count incomplete documents", self._stmt("count_incomplete"), {}, write=False).rows
        if rows and rows[0].get("n"):
            counts.add(self._execute("delete orphan entities", self._stmt("delete_all_orphans"), {},
                                     write=True).counts)
        self._swept = True

    def _delete_contributions(self, doc_ids: Sequence[str], counts: WriteCounts) -> None:
        """Step (b): the documents' relationships, then their mentions (marking those entities stale)."""
        for part in chunks(list(doc_ids), ROWS_PER_STATEMENT):
            ids = list(part)
            for rel_type in RELATION_TYPES:
                res = self._execute(f"delete the documents' old {rel_type} relationships",
                                    self._stmt("delete_doc_relationships", rel_type=rel_type), {"ids": ids},
                                    write=True, docs=ids)
                counts.add(res.counts)
            res = self._execute("delete the documents' old MENTIONED_IN edges", self._stmt("delete_doc_mentions"),
                                {"ids": ids}, write=True, docs=ids)
            counts.add(res.counts)

    def _existing(self, doc_ids: Sequence[str]) -> list[str]:
        """The documents already in the graph; a first load has nothing to delete (saves statements)."""
        found: set[str] = set()
        for part in chunks(list(doc_ids), ROWS_PER_STATEMENT):
            rows = self._execute("find existing documents", self._stmt("existing_documents"), {"ids": list(part)},
                                 write=False, docs=part).rows
            found.update(r["id"] for r in rows)
        return [d for d in doc_ids if d in found]

    def finish_writes(self) -> WriteCounts:
        """Step (f) for every stale entity: drop the unmentioned, recompute the others' aggregates.

        Orphans go first, while still marked; ``set_aggregates`` clears the mark in the
        statement that writes the aggregates, so a kill anywhere leaves work still marked.
        """
        counts = WriteCounts()
        stale = self._execute("find stale entities", self._stmt("stale_entities"), {}, write=False).rows
        for part in chunks(sorted(r["id"] for r in stale), ROWS_PER_STATEMENT):
            ids = list(part)
            counts.add(self._execute("delete orphan entities", self._stmt("delete_orphans"), {"ids": ids},
                                     write=True).counts)
            recs = self._execute("read entity mentions", self._stmt("read_mentions"), {"ids": ids},
                                 write=False).rows
            aggs = aggregates(recs)
            if aggs:
                counts.add(self._execute("update entity aggregates", self._stmt("set_aggregates"),
                                         {"rows": aggs}, write=True).counts)
        return counts

    def remove_documents(self, doc_ids: Iterable[str]) -> WriteCounts:
        ids = list(dict.fromkeys(doc_ids))
        counts = WriteCounts()
        if not ids:
            return counts
        for part in chunks(ids, ROWS_PER_STATEMENT):
            counts.add(self._execute("mark documents incomplete", self._stmt("mark_incomplete"),
                                     {"ids": list(part)}, write=True, docs=part).counts)
        self._delete_contributions(ids, counts)
        counts.add(self.finish_writes())
        for part in chunks(ids, ROWS_PER_STATEMENT):
            counts.add(self._execute("delete documents", self._stmt("delete_documents"), {"ids": list(part)},
                                     write=True, docs=part).counts)
        return counts

    def clear(self) -> None:
        while True:
            res = self._execute("clear the graph", self._stmt("clear_some"), {"limit": 10000}, write=True)
            if not res.rows or not res.rows[0].get("deleted"):
                return

    # -- reads -----------------------------------------------------------------------------------

    def document_states(self) -> dict[str, DocState]:
        rows = self._execute("read document states", self._stmt("document_states"), {}, write=False).rows
        return {r["id"]: DocState(id=r["id"], sha256=r.get("sha256"), complete=bool(r.get("complete")),
                                  extractor_version=r.get("extractor_version")) for r in rows}

    def stats(self) -> dict[str, Any]:
        entities: dict[str, int] = {}
        for r in self._execute("count entities", self._stmt("stats_entities"), {}, write=False).rows:
            label = next((lab for lab in sorted(r["labels"] or []) if lab != ENTITY_LABEL), ENTITY_LABEL)
            entities[label] = entities.get(label, 0) + int(r["n"])
        rels = {r["type"]: int(r["n"])
                for r in self._execute("count relationships", self._stmt("stats_relationships"), {}, write=False).rows}
        mentions = rels.pop(MENTIONED_IN, 0)
        complete = incomplete = 0
        last: str | None = None
        for r in self._execute("count documents", self._stmt("stats_documents"), {}, write=False).rows:
            if r.get("complete"):
                complete += int(r["n"])
            else:
                incomplete += int(r["n"])
            if r.get("last_loaded_at") and (last is None or str(r["last_loaded_at"]) > last):
                last = str(r["last_loaded_at"])
        return {
            "store": self.config.describe(),
            "entities": dict(sorted(entities.items())),
            "entities_total": sum(entities.values()),
            "relationships": dict(sorted(rels.items())),
            "relationships_total": sum(rels.values()),
            "mentions": mentions,
            "documents": {"total": complete + incomplete, "complete": complete, "incomplete": incomplete},
            "last_loaded_at": last,
        }

    def _nodes(self, label: str) -> list[GraphNode]:
        out: list[GraphNode] = []
        after = ""
        while True:
            rows = self._execute(f"read {label} nodes", self._stmt("snapshot_nodes", label=label),
                                 {"after": after, "limit": PAGE}, write=False).rows
            out.extend(GraphNode(id=r["id"], labels=sorted(r["labels"] or []), properties=dict(r["props"] or {}))
                       for r in rows)
            if len(rows) < PAGE:
                return out
            after = rows[-1]["id"]

    def snapshot(self) -> GraphSnapshot:
        entities = self._nodes(ENTITY_LABEL)
        snap = GraphSnapshot(nodes=entities + self._nodes(PROVENANCE_LABEL))
        for part in chunks([n.id for n in entities], ROWS_PER_STATEMENT):
            rows = self._execute("read relationships", self._stmt("snapshot_edges"), {"ids": list(part)},
                                 write=False).rows
            snap.edges.extend(GraphEdge(type=r["type"], source=r["source"], target=r["target"],
                                        properties=dict(r["props"] or {})) for r in rows)
        return snap
