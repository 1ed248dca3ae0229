"""Extractions → parameter rows, and entity aggregates; pure Python, no database.

Kept apart from the backends so both write the very same rows, and so the
aggregate rules (what makes the graph independent of load order) are testable alone.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from graphbuild.ontology import ENTITY_LABELS, RELATION_BASE_PROPERTIES, RELATION_TYPES, SYMMETRIC
from graphbuild.types import Extraction

log = logging.getLogger(__name__)
_PREFIXES = frozenset(label.lower() for label in ENTITY_LABELS)  # ids look like ``organization:kalbe``
_BASE_KEYS = ("evidence", "doc_id", "confidence", "date")  # what build_rows puts on every relationship
assert set(_BASE_KEYS) == set(RELATION_BASE_PROPERTIES)


@dataclass(slots=True)
class BatchRows:
    """Everything one ``write_extractions`` call sends, grouped per statement."""

    doc_ids: list[str] = field(default_factory=list)
    documents: list[dict[str, Any]] = field(default_factory=list)
    entities: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # label -> rows
    mentions: list[dict[str, Any]] = field(default_factory=list)
    relationships: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # type -> rows
    entity_ids: set[str] = field(default_factory=set)


def _props(values: dict[str, Any]) -> dict[str, Any]:
    """Drop ``None``s: a missing property and a null one are the same in both stores."""
    return {k: v for k, v in values.items() if v is not None}


def _unique_docs(batch: Sequence[Extraction]) -> list[Extraction]:
    by_id: dict[str, Extraction] = {}
    for ex in batch:
        if ex.document.id in by_id:
            log.warning("document %s appears twice in one batch; the later copy is written", ex.document.id)
        by_id[ex.document.id] = ex
    return list(by_id.values())


def build_rows(batch: Sequence[Extraction]) -> BatchRows:
    """Group a batch into per-label / per-type rows, skipping what the ontology forbids."""
    out = BatchRows()
    for ex in _unique_docs(batch):
        doc = ex.document
        out.doc_ids.append(doc.id)
        out.documents.append({"id": doc.id, "title": doc.title, "source": doc.source, "url": doc.url,
                              "published": doc.published, "authors": list(doc.authors), "sha256": doc.sha256})
        labels: dict[str, str] = {}
        merged: dict[str, dict[str, Any]] = {}
        for ent in ex.entities:
            if ent.type not in ENTITY_LABELS:
                log.warning("document %s: entity %s has unknown type %r; skipped", doc.id, ent.id, ent.type)
                continue
            prefix = ent.id.split(":", 1)[0] if ":" in ent.id else None
            if prefix in _PREFIXES and prefix != ent.type.lower():
                # the id says another type: MERGE would break the unique id constraint for the whole batch
                log.warning("document %s: entity %s typed %s; skipped", doc.id, ent.id, ent.type)
                continue
            if labels.setdefault(ent.id, ent.type) != ent.type:
                log.warning("document %s: entity %s given two types; keeping %s", doc.id, ent.id, labels[ent.id])
                continue
            rec = merged.setdefault(ent.id, {"name": ent.name, "category": ent.category, "spans": set(),
                                             "surfaces": set(), "degrees": set()})
            rec["category"] = rec["category"] or ent.category
            rec["surfaces"].update(a for a in [ent.name, *ent.aliases] if a)
            rec["surfaces"].update(m.text for m in ent.mentions if m.text)
            rec["spans"].update((m.start, m.end) for m in ent.mentions)
            rec["degrees"].update(ent.degrees)
        published = doc.published
        for eid, rec in merged.items():
            out.entities.setdefault(labels[eid], []).append({"id": eid, "name": rec["name"]})
            out.entity_ids.add(eid)
            spans = sorted(rec["spans"])
            props: dict[str, Any] = {"count": max(len(spans), 1), "spans": [f"{s}:{e}" for s, e in spans],
                                     "surfaces": sorted(rec["surfaces"])}
            # None is left out: a missing property and a null one are the same in both stores
            if rec["name"] is not None:
                props["name"] = rec["name"]
            if rec["category"] is not None:
                props["category"] = rec["category"]
            if rec["degrees"]:
                props["degrees"] = sorted(rec["degrees"])
            if published is not None:
                props["date"] = published
            out.mentions.append({"entity_id": eid, "doc_id": doc.id, "props": props})
        seen: set[tuple[str, str, str]] = set()
        for rel in ex.relations:
            spec = RELATION_TYPES.get(rel.type)
            if spec is None:
                log.warning("document %s: unknown relationship type %r; skipped", doc.id, rel.type)
                continue
            if rel.head not in merged or rel.tail not in merged:
                log.warning("document %s: %s %s→%s names an entity the document lacks; skipped",
                            doc.id, rel.type, rel.head, rel.tail)
                continue
            ends = sorted((rel.head, rel.tail)) if rel.type in SYMMETRIC else [rel.head, rel.tail]
            key = (rel.type, ends[0], ends[1])
            if key in seen:  # one relationship per (type, head, tail, doc_id)
                continue
            seen.add(key)
            values: dict[str, Any] = {"evidence": rel.evidence, "doc_id": doc.id,
                                      "confidence": float(rel.confidence), "date": rel.date}
            for k in spec[2]:  # keys: RELATION_BASE_PROPERTIES + the type's own (checked below, once)
                values[k] = rel.properties.get(k)
            out.relationships.setdefault(rel.type, []).append(
                {"head": rel.head, "tail": rel.tail, "props": _props(values)})
    return out


def _most_common(counts: Counter[str]) -> str | None:
    """Most frequent; ties → longest, then lexicographically first (deterministic)."""
    counts = Counter({v: c for v, c in counts.items() if v})
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], -len(v), v))


def aggregates(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Entity properties from their MENTIONED_IN records (``read_mentions`` rows).

    A pure function of the current mentions, so the graph does not depend on the
    order documents were loaded or replaced in. ``read_mentions`` groups identical
    per-document records on the server (``n`` of them, dates as ``first_date`` /
    ``last_date``), so a hub entity mentioned by thousands of documents costs a few
    rows, not thousands; plain per-document rows (``date``, no ``n``) work too.
    """
    per: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        per[row["id"]].append(row)
    out = []
    for eid in sorted(per):
        recs = per[eid]
        names: Counter[str] = Counter()
        categories: Counter[str] = Counter()
        for r in recs:
            n = int(r.get("n") or 1)
            if r.get("name"):
                names[r["name"]] += n
            if r.get("category"):
                categories[r["category"]] += n
        name = _most_common(names) or eid
        surfaces = {s for r in recs for s in (r.get("surfaces") or [])}
        dates = sorted(d for r in recs for d in (r.get("date"), r.get("first_date"), r.get("last_date")) if d)
        degrees = sorted({d for r in recs for d in (r.get("degrees") or [])})
        out.append({
            "id": eid,
            "name": name,
            "aliases": sorted((surfaces | set(names)) - {name}),
            "category": min(categories, key=lambda c: (-categories[c], c)) if categories else None,
            "degrees": degrees or None,
            "first_seen": dates[0] if dates else None,
            "last_seen": dates[-1] if dates else None,
        })
    return out


def chunks(rows: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]
