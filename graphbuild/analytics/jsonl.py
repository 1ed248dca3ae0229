"""Build a ``GraphSnapshot`` from ``graphbuild extract --format jsonl`` output.

This lets analytics and viz run on an extraction without any store: the
snapshot has the same shape ``Store.snapshot()`` returns (Document nodes,
entity nodes merged by id across documents, facts, MENTIONED_IN edges).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from graphbuild.errors import InputError
from graphbuild.ontology import ENTITY_LABEL, ENTITY_LABELS, MENTIONED_IN, PROVENANCE_LABEL, RELATION_TYPES
from graphbuild.types import Extraction, Failure, GraphEdge, GraphNode, GraphSnapshot

log = logging.getLogger(__name__)

_REL_KEYS = frozenset({"type", "head", "tail", "date", "evidence", "confidence", "extras"})


def snapshot_from_jsonl(path: str | Path) -> GraphSnapshot:
    """Read a JSONL extraction file; bad lines are logged (with their doc id) and skipped."""
    snapshot, _ = read_jsonl(path)
    return snapshot


def read_jsonl(path: str | Path) -> tuple[GraphSnapshot, list[Failure]]:
    """Like :func:`snapshot_from_jsonl` but also returns the lines that were skipped."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except OSError as err:
        raise InputError(str(p), f"cannot read the JSONL file ({err.strerror}); check the path") from err
    except UnicodeDecodeError as err:
        raise InputError(str(p), "not UTF-8; write it with `graphbuild extract --format jsonl`") from err
    records: list[dict[str, Any]] = []
    failures: list[Failure] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as err:
            failures.append(Failure(path=f"{p}:{lineno}", reason=f"invalid JSON: {err.msg}", stage="analytics"))
            log.warning("%s:%d: skipping invalid JSON line (%s)", p, lineno, err.msg)
            continue
        if not isinstance(rec, dict) or not isinstance(rec.get("doc_id"), str):
            failures.append(Failure(path=f"{p}:{lineno}", reason="not an extraction record (no doc_id)",
                                    stage="analytics"))
            log.warning("%s:%d: skipping a line without doc_id", p, lineno)
            continue
        records.append(rec)
    builder = SnapshotBuilder()
    for rec in records:
        try:
            builder.add_record(rec)
        except (TypeError, KeyError, ValueError, AttributeError) as err:
            failures.append(Failure(path=str(p), doc_id=rec.get("doc_id"), stage="analytics",
                                    reason=f"malformed record: {err}"))
            log.warning("%s: skipping document %s: malformed record (%s)", p, rec.get("doc_id"), err)
    return builder.snapshot(), failures


def snapshot_from_extractions(items: Iterable[Extraction | Failure | dict[str, Any]]) -> GraphSnapshot:
    """Snapshot of resolved extractions (e.g. ``pipeline.extract_paths``); Failures are skipped."""
    builder = SnapshotBuilder()
    for item in items:
        if isinstance(item, Failure):
            continue
        builder.add_record(item.to_json() if isinstance(item, Extraction) else item)
    return builder.snapshot()


class SnapshotBuilder:
    """Accumulates JSONL records; entities with one id merge across documents."""

    def __init__(self) -> None:
        self._docs: dict[str, GraphNode] = {}
        self._entities: dict[str, GraphNode] = {}
        self._edges: list[GraphEdge] = []

    def add_record(self, rec: dict[str, Any]) -> None:
        doc_id = str(rec["doc_id"])
        if doc_id in self._docs:
            log.warning("document %s appears twice; the later record is ignored", doc_id)
            return
        published = rec.get("published") or None
        doc_props = {
            "id": doc_id,
            "title": rec.get("title"),
            "source": rec.get("source"),
            "url": rec.get("url"),
            "published": published,
            "authors": list(rec.get("authors") or []),
        }
        local: dict[str, str] = {}
        edges: list[GraphEdge] = []
        entities = rec.get("entities") or []
        for ent in entities:
            label = ent["type"]
            if label not in ENTITY_LABELS:
                log.warning("document %s: skipping entity %r with unknown type %r", doc_id, ent.get("id"), label)
                continue
            eid = str(ent["id"])
            local[eid] = label
            self._merge_entity(eid, label, ent, published)
            mentions = ent.get("mentions") or []
            edges.append(GraphEdge(type=MENTIONED_IN, source=eid, target=doc_id, properties={
                "count": max(1, len(mentions)),
                "spans": [f"{m['start']}-{m['end']}" for m in mentions if "start" in m and "end" in m],
            }))
        for rel in rec.get("relations") or []:
            rtype, head, tail = rel["type"], str(rel["head"]), str(rel["tail"])
            if rtype not in RELATION_TYPES:
                log.warning("document %s: skipping relation of unknown type %r", doc_id, rtype)
                continue
            if head not in local or tail not in local:
                log.warning("document %s: skipping %s relation with an unknown head/tail id", doc_id, rtype)
                continue
            props: dict[str, Any] = {
                "evidence": rel.get("evidence") or "",
                "doc_id": doc_id,
                "confidence": float(rel.get("confidence", 1.0)),
                "date": rel.get("date") or None,
            }
            extras = rel.get("extras") or {}
            props.update({k: v for k, v in extras.items() if isinstance(k, str)})
            props.update({k: v for k, v in rel.items() if k not in _REL_KEYS})
            edges.append(GraphEdge(type=rtype, source=head, target=tail, properties=props))
        self._docs[doc_id] = GraphNode(id=doc_id, labels=[PROVENANCE_LABEL], properties=doc_props)
        self._edges.extend(edges)

    def _merge_entity(self, eid: str, label: str, ent: dict[str, Any], published: str | None) -> None:
        name = str(ent.get("name") or eid)
        aliases = [str(a) for a in ent.get("aliases") or []]
        node = self._entities.get(eid)
        if node is None:
            props: dict[str, Any] = {"id": eid, "name": name, "aliases": [], "first_seen": published,
                                     "last_seen": published}
            if ent.get("category"):
                props["category"] = ent["category"]
            if ent.get("degrees"):
                props["degrees"] = list(ent["degrees"])
            node = GraphNode(id=eid, labels=[ENTITY_LABEL, label], properties=props)
            self._entities[eid] = node
        props = node.properties
        known = {props["name"].casefold(), *(a.casefold() for a in props["aliases"])}
        for alias in [name, *aliases]:
            if alias.casefold() not in known:
                props["aliases"].append(alias)
                known.add(alias.casefold())
        if "category" not in props and ent.get("category"):
            props["category"] = ent["category"]
        if published:
            if not props["first_seen"] or published < props["first_seen"]:
                props["first_seen"] = published
            if not props["last_seen"] or published > props["last_seen"]:
                props["last_seen"] = published

    def snapshot(self) -> GraphSnapshot:
        return GraphSnapshot(nodes=[*self._entities.values(), *self._docs.values()], edges=list(self._edges))
