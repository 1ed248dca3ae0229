"""Synthetic but ontology-valid graphs, for benchmarks and large-view tests.

Real news graphs are scale-free (a few hubs like BPOM or Kalbe, many entities
seen once), so edges come from preferential attachment (Barabási–Albert), then
each edge gets a relationship type the ontology allows for its endpoints.
"""

from __future__ import annotations

import random

import networkx as nx

from graphbuild.ontology import ENTITY_LABEL, MENTIONED_IN, PROVENANCE_LABEL, RELATION_TYPES, relation_allowed
from graphbuild.types import GraphEdge, GraphNode, GraphSnapshot

LABEL_MIX: tuple[tuple[str, float], ...] = (
    ("Organization", 0.40), ("Person", 0.20), ("Location", 0.15), ("Product", 0.10), ("Facility", 0.05),
    ("Event", 0.04), ("Regulation", 0.03), ("Agreement", 0.02), ("Program", 0.01),
)


def synthetic_snapshot(n_entities: int, *, m: int = 2, facts_per_doc: int = 12, seed: int = 42) -> GraphSnapshot:
    """About ``m`` facts per entity on a scale-free skeleton; ``facts_per_doc`` facts per Document."""
    rng = random.Random(seed)
    labels, weights = zip(*LABEL_MIX, strict=True)
    skeleton = nx.barabasi_albert_graph(n_entities, m, seed=seed)
    label_of = {v: rng.choices(labels, weights)[0] for v in skeleton}
    nodes = [GraphNode(id=f"{label_of[v].lower()}:e{v}", labels=[ENTITY_LABEL, label_of[v]],
                       properties={"id": f"{label_of[v].lower()}:e{v}", "name": f"{label_of[v]} {v}",
                                   "aliases": [f"E{v}"], "first_seen": "2015-01-01", "last_seen": "2025-12-31"})
             for v in skeleton]
    ids = [n.id for n in nodes]
    facts: list[GraphEdge] = []
    for u, v in skeleton.edges():
        if rng.random() < 0.5:
            u, v = v, u
        options = [t for t in RELATION_TYPES if relation_allowed(t, label_of[u], label_of[v])]
        if not options:
            options = [t for t in RELATION_TYPES if relation_allowed(t, label_of[v], label_of[u])]
            u, v = v, u
        if not options:
            continue
        year = rng.randint(2015, 2025)
        date = rng.choice([f"{year}", f"{year}-{rng.randint(1, 12):02d}",
                           f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", None])
        facts.append(GraphEdge(type=rng.choice(options), source=ids[u], target=ids[v], properties={
            "evidence": f"Synthetic sentence linking {u} and {v}.", "confidence": 0.8, "date": date}))
    docs: list[GraphNode] = []
    mentions: list[GraphEdge] = []
    for i in range(0, len(facts), facts_per_doc):
        doc_id = f"doc{i // facts_per_doc:05d}"
        docs.append(GraphNode(id=doc_id, labels=[PROVENANCE_LABEL], properties={
            "id": doc_id, "title": f"Synthetic document {i // facts_per_doc}", "published": "2025-01-01"}))
        touched: set[str] = set()
        for f in facts[i:i + facts_per_doc]:
            f.properties["doc_id"] = doc_id
            touched.update((f.source, f.target))
        mentions.extend(GraphEdge(type=MENTIONED_IN, source=e, target=doc_id, properties={"count": 1})
                        for e in sorted(touched))
    return GraphSnapshot(nodes=[*nodes, *docs], edges=[*facts, *mentions])
