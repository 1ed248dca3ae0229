"""What ``graphbuild analyze`` reports: rankings, brokers, counts, timeline, entity profiles."""

from __future__ import annotations

import difflib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from graphbuild.analytics.graph import (
    SnapshotIndex,
    display_name,
    entity_label,
    fact_multigraph,
    filter_facts,
)
from graphbuild.analytics.metrics import Metrics, brokers, compute_metrics
from graphbuild.errors import ConfigError, InputError
from graphbuild.ontology import ENTITY_LABELS, MENTIONED_IN
from graphbuild.types import GraphNode, GraphSnapshot


@dataclass(slots=True)
class EntityRow:
    id: str
    name: str
    label: str
    category: str | None
    degree: int
    neighbours: int
    betweenness: float
    pagerank: float
    community: int
    component: int
    communities_reached: int | None = None  # brokers only


@dataclass(slots=True)
class AnalysisReport:
    summary: dict[str, Any]
    projections: dict[str, str]
    top: dict[str, list[EntityRow]]
    brokers: list[EntityRow]
    relationship_counts: dict[str, int]
    timeline: dict[str, int]
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "summary": self.summary,
            "projections": self.projections,
            "top": {label: [asdict(r) for r in rows] for label, rows in self.top.items()},
            "brokers": [asdict(r) for r in self.brokers],
            "relationship_counts": self.relationship_counts,
            "timeline": self.timeline,
            "warnings": self.warnings,
        }


@dataclass(slots=True)
class EntityProfile:
    entity: EntityRow
    aliases: list[str]
    first_seen: str | None
    last_seen: str | None
    neighbours: dict[str, list[dict[str, Any]]]  # relationship type -> facts
    documents: list[dict[str, Any]]
    other_matches: list[str] = field(default_factory=list)
    projections: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "entity": asdict(self.entity),
            "aliases": self.aliases,
            "first_seen": self.first_seen,
            "last_seen": self.last_seen,
            "neighbours": self.neighbours,
            "documents": self.documents,
            "other_matches": self.other_matches,
            "projections": self.projections,
        }


def check_labels(labels: Sequence[str] | None) -> list[str] | None:
    """Validate ``--label`` values against the ontology (case-insensitive)."""
    if not labels:
        return None
    by_fold = {lab.casefold(): lab for lab in ENTITY_LABELS}
    out = []
    for lab in labels:
        if lab.casefold() not in by_fold:
            raise ConfigError(f"unknown label {lab!r}; use one of: {', '.join(ENTITY_LABELS)}")
        out.append(by_fold[lab.casefold()])
    return out


def _row(node: GraphNode, metrics: Metrics) -> EntityRow:
    m = metrics.by_id[node.id]
    return EntityRow(id=node.id, name=display_name(node), label=entity_label(node) or "",
                     category=node.properties.get("category"), degree=m.degree, neighbours=m.neighbours,
                     betweenness=round(m.betweenness, 6), pagerank=round(m.pagerank, 6),
                     community=m.community, component=m.component)


def _rank_key(row: EntityRow) -> tuple[float, int, str]:
    return (-row.pagerank, -row.degree, row.name.casefold())


def timeline(dates: Sequence[str | None]) -> dict[str, int]:
    """Facts per month (``YYYY-MM``); year-only dates count under ``YYYY``, missing under ``undated``."""
    counts: Counter[str] = Counter()
    for d in dates:
        counts[d[:7] if d and len(d) >= 7 else (d[:4] if d else "undated")] += 1
    undated = counts.pop("undated", 0)
    out = dict(sorted(counts.items()))
    if undated:
        out["undated"] = undated
    return out


def analyze(
    snapshot: GraphSnapshot,
    *,
    top: int = 10,
    labels: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
) -> AnalysisReport:
    """Rank entities per label, find brokers, count facts by type and month.

    ``since``/``until`` filter the facts the graph is built from; ``labels``
    only restricts which entities are listed, so PageRank and betweenness stay
    those of the whole entity graph.
    """
    wanted = check_labels(labels)
    idx = SnapshotIndex.of(snapshot)
    facts = filter_facts(idx.facts, since=since, until=until)
    metrics = compute_metrics(fact_multigraph(idx.entities, facts))
    rows = [_row(n, metrics) for n in idx.entities.values()]
    shown = [r for r in rows if wanted is None or r.label in wanted]
    by_label: dict[str, list[EntityRow]] = defaultdict(list)
    for r in shown:
        by_label[r.label].append(r)
    top_rows = {lab: sorted(by_label[lab], key=_rank_key)[:top] for lab in ENTITY_LABELS if by_label.get(lab)}
    row_of = {r.id: r for r in shown}
    broker_rows = []
    for eid, reached in brokers(metrics, limit=len(rows)):
        if eid in row_of and len(broker_rows) < top:
            r = row_of[eid]
            r_b = EntityRow(**{**asdict(r), "communities_reached": reached})
            broker_rows.append(r_b)
    warnings = []
    if since or until:
        dropped = len(idx.facts) - len(facts)
        warnings.append(f"date filter kept {len(facts)} of {len(idx.facts)} relationships "
                        f"({dropped} outside the range or undated)")
    summary = {
        "entities": len(idx.entities),
        "documents": len(idx.documents),
        "relationships": len(facts),
        "communities": len(metrics.communities),
        "components": len({m.component for m in metrics.by_id.values()}),
        "betweenness": metrics.betweenness_mode,
        "filters": {"labels": wanted, "since": since, "until": until},
    }
    return AnalysisReport(
        summary=summary,
        projections=metrics.describe(),
        top=top_rows,
        brokers=broker_rows,
        relationship_counts=dict(sorted(Counter(f.type for f in facts).items(), key=lambda t: (-t[1], t[0]))),
        timeline=timeline([f.properties.get("date") for f in facts]),
        warnings=warnings,
    )


def find_entities(idx: SnapshotIndex, name: str) -> list[GraphNode]:
    """Entities whose name or an alias equals ``name`` (case-insensitive); exact names first."""
    want = name.strip().casefold()
    by_name, by_alias = [], []
    for node in idx.entities.values():
        if display_name(node).casefold() == want or node.id.casefold() == want:
            by_name.append(node)
        elif any(str(a).casefold() == want for a in node.properties.get("aliases") or []):
            by_alias.append(node)
    return by_name + by_alias


def no_such_entity(idx: SnapshotIndex, name: str) -> InputError:
    names = sorted({display_name(n) for n in idx.entities.values()}
                   | {str(a) for n in idx.entities.values() for a in n.properties.get("aliases") or []})
    close = difflib.get_close_matches(name, names, n=3, cutoff=0.6)
    hint = f"did you mean {', '.join(repr(c) for c in close)}?" if close else \
        "list entities with `graphbuild analyze --top 20`"
    return InputError(name, f"no entity has this name or alias; {hint}")


def entity_profile(
    snapshot: GraphSnapshot,
    name: str,
    *,
    since: str | None = None,
    until: str | None = None,
) -> EntityProfile:
    """Everything known about the entity called (or aliased) ``name``."""
    idx = SnapshotIndex.of(snapshot)
    matches = find_entities(idx, name)
    if not matches:
        raise no_such_entity(idx, name)
    node = matches[0]
    facts = filter_facts(idx.facts, since=since, until=until)
    metrics = compute_metrics(fact_multigraph(idx.entities, facts))
    neighbours: dict[str, list[dict[str, Any]]] = defaultdict(list)
    doc_ids: set[str] = set()
    for f in facts:
        if node.id not in (f.source, f.target):
            continue
        other = idx.entities[f.target if f.source == node.id else f.source]
        doc_id = f.properties.get("doc_id")
        doc_ids.add(doc_id)
        neighbours[f.type].append({
            "direction": "out" if f.source == node.id else "in",
            "id": other.id, "name": display_name(other), "label": entity_label(other),
            "date": f.properties.get("date"), "doc_id": doc_id, "doc_title": idx.doc_title(doc_id),
            "evidence": f.properties.get("evidence"),
        })
    for rows in neighbours.values():
        rows.sort(key=lambda r: (r["date"] or "9999", r["name"].casefold()))
    doc_ids |= {e.target for e in idx.mentions if e.type == MENTIONED_IN and e.source == node.id}
    documents = []
    for d in sorted(x for x in doc_ids if x):
        props = idx.documents[d].properties if d in idx.documents else {}
        documents.append({"id": d, "title": props.get("title"), "published": props.get("published")})
    documents.sort(key=lambda d: (d["published"] or "", d["id"]))
    return EntityProfile(
        entity=_row(node, metrics),
        aliases=[str(a) for a in node.properties.get("aliases") or []],
        first_seen=node.properties.get("first_seen"),
        last_seen=node.properties.get("last_seen"),
        neighbours=dict(sorted(neighbours.items())),
        documents=documents,
        other_matches=[f"{display_name(n)} ({n.id})" for n in matches[1:]],
        projections=metrics.describe(),
    )
