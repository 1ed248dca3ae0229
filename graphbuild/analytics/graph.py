"""Snapshot → networkx projections, and the filters every view shares.

The fact graph is a ``MultiDiGraph`` (one edge per extracted relationship, with
its evidence). Metrics need simple graphs, so parallel facts are collapsed into
an explicit ``weight`` (the number of facts): ``nx.DiGraph(multigraph)`` would
silently keep only the last parallel edge. Documents and MENTIONED_IN are
provenance, not part of the entity graph.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graphbuild.ontology import ENTITY_LABELS, MENTIONED_IN, PROVENANCE_LABEL, SYMMETRIC
from graphbuild.types import GraphEdge, GraphNode, GraphSnapshot


def entity_label(node: GraphNode) -> str | None:
    """The ontology type label of an entity node (None for Documents and strangers)."""
    for label in node.labels:
        if label in ENTITY_LABELS:
            return label
    return None


def is_document(node: GraphNode) -> bool:
    return PROVENANCE_LABEL in node.labels


def display_name(node: GraphNode) -> str:
    return str(node.properties.get("name") or node.properties.get("title") or node.id)


def date_range(date: str) -> tuple[str, str]:
    """The first and last day an ISO ``YYYY``/``YYYY-MM``/``YYYY-MM-DD`` date covers."""
    date = date.strip()
    if len(date) == 4:
        return f"{date}-01-01", f"{date}-12-31"
    if len(date) == 7:
        return f"{date}-01", f"{date}-31"
    return date[:10], date[:10]


def date_in(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether a fact's date overlaps ``[since, until]``; undated facts never match a bound.

    A year-only date ("2025") overlaps ``--since 2025-06``: the text only says
    "in 2025", so dropping it would hide facts that may well be in range.
    """
    if since is None and until is None:
        return True
    if not date:
        return False
    first, last = date_range(date)
    if since is not None and last < date_range(since)[0]:
        return False
    return not (until is not None and first > date_range(until)[1])


@dataclass(slots=True)
class SnapshotIndex:
    """Nodes by id, split into entities and documents (built once per command)."""

    nodes: dict[str, GraphNode]
    entities: dict[str, GraphNode]
    documents: dict[str, GraphNode]
    facts: list[GraphEdge]
    mentions: list[GraphEdge]

    @classmethod
    def of(cls, snapshot: GraphSnapshot) -> SnapshotIndex:
        nodes = {n.id: n for n in snapshot.nodes}
        entities = {i: n for i, n in nodes.items() if entity_label(n)}
        documents = {i: n for i, n in nodes.items() if is_document(n)}
        facts = [e for e in snapshot.edges
                 if e.type != MENTIONED_IN and e.source in entities and e.target in entities]
        mentions = [e for e in snapshot.edges if e.type == MENTIONED_IN]
        return cls(nodes, entities, documents, facts, mentions)

    def doc_title(self, doc_id: str | None) -> str | None:
        doc = self.documents.get(doc_id or "")
        return None if doc is None else doc.properties.get("title")


def filter_facts(
    facts: Iterable[GraphEdge],
    *,
    since: str | None = None,
    until: str | None = None,
    rel_types: Iterable[str] | None = None,
    doc_id: str | None = None,
) -> list[GraphEdge]:
    """Facts matching every given criterion (``None`` means no constraint)."""
    types = set(rel_types) if rel_types else None
    out = []
    for e in facts:
        if types is not None and e.type not in types:
            continue
        if doc_id is not None and e.properties.get("doc_id") != doc_id:
            continue
        if not date_in(e.properties.get("date"), since, until):
            continue
        out.append(e)
    return out


def fact_multigraph(entities: dict[str, GraphNode], facts: Iterable[GraphEdge]) -> nx.MultiDiGraph:
    """Every entity (isolated ones too) and one edge per fact, head → tail."""
    g = nx.MultiDiGraph()
    for eid, node in entities.items():
        g.add_node(eid, label=entity_label(node), name=display_name(node))
    for e in facts:
        g.add_edge(e.source, e.target, type=e.type, **_edge_attrs(e.properties))
    return g


def _edge_attrs(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if k not in ("type", "weight")}


def undirected_projection(m: nx.MultiDiGraph) -> nx.Graph:
    """Simple undirected graph; ``weight`` = number of facts between the pair (either direction)."""
    g = nx.Graph()
    g.add_nodes_from(m.nodes(data=True))
    for u, v in m.edges():
        if u == v:
            continue
        if g.has_edge(u, v):
            g[u][v]["weight"] += 1
        else:
            g.add_edge(u, v, weight=1)
    return g


def directed_projection(m: nx.MultiDiGraph) -> nx.DiGraph:
    """Simple digraph; ``weight`` = number of facts u → v. Symmetric types count both ways."""
    g = nx.DiGraph()
    g.add_nodes_from(m.nodes(data=True))
    for u, v, rtype in m.edges(data="type"):
        if u == v:
            continue
        pairs = [(u, v), (v, u)] if rtype in SYMMETRIC else [(u, v)]
        for a, b in pairs:
            if g.has_edge(a, b):
                g[a][b]["weight"] += 1
            else:
                g.add_edge(a, b, weight=1)
    return g
