"""Choose what a view shows and turn it into vis-network nodes and edges (via pyvis).

Every string that came from a document (names, aliases, evidence, titles) is
carried as data only: the template turns it into DOM text nodes, never markup.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import networkx as nx
from pyvis.network import Network

from graphbuild.analytics.graph import (
    SnapshotIndex,
    directed_projection,
    display_name,
    entity_label,
    fact_multigraph,
    filter_facts,
    undirected_projection,
)
from graphbuild.analytics.report import check_labels, find_entities, no_such_entity
from graphbuild.errors import ConfigError
from graphbuild.ontology import ENTITY_LABELS, RELATION_TYPES
from graphbuild.types import GraphEdge, GraphSnapshot
from graphbuild.viz.style import LABEL_STYLE, scale_sizes, style_of

log = logging.getLogger(__name__)

LARGE_VIEW = 2000  # above this many nodes the page gets slow; we warn
MAX_EVIDENCE_PER_EDGE = 5


@dataclass(slots=True)
class View:
    """Everything the HTML template needs."""

    title: str
    nodes: list[dict[str, Any]]
    edges: list[dict[str, Any]]
    options: dict[str, Any]
    legend: list[dict[str, str]]
    warnings: list[str] = field(default_factory=list)


def check_rel_types(rels: Sequence[str] | None) -> list[str] | None:
    if not rels:
        return None
    out = []
    for r in rels:
        if r.upper() not in RELATION_TYPES:
            raise ConfigError(f"unknown relationship type {r!r}; use one of: {', '.join(RELATION_TYPES)}")
        out.append(r.upper())
    return out


def build_view(
    snapshot: GraphSnapshot,
    *,
    focus: str | None = None,
    depth: int = 1,
    labels: Sequence[str] | None = None,
    rels: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    doc: str | None = None,
    title: str | None = None,
) -> View:
    """Select entities and facts by the given filters and lay them out as vis data."""
    idx = SnapshotIndex.of(snapshot)
    wanted_labels = check_labels(labels)
    wanted_rels = check_rel_types(rels)
    if doc is not None and doc not in idx.documents:
        raise ConfigError(f"no document with id {doc!r} in this graph; list them with `graphbuild stats`")
    facts = filter_facts(idx.facts, since=since, until=until, rel_types=wanted_rels, doc_id=doc)
    keep = _initial_nodes(idx, facts, doc, filtered=bool(wanted_rels or since or until))
    if wanted_labels:
        keep = {n for n in keep if entity_label(idx.entities[n]) in wanted_labels}
    facts = [f for f in facts if f.source in keep and f.target in keep]
    focus_id = None
    if focus:
        matches = [n for n in find_entities(idx, focus) if n.id in keep]
        if not matches:
            raise no_such_entity(idx, focus)
        focus_id = matches[0].id
        und = undirected_projection(fact_multigraph({n: idx.entities[n] for n in keep}, facts))
        keep = set(nx.single_source_shortest_path_length(und, focus_id, cutoff=max(0, depth)))
        facts = [f for f in facts if f.source in keep and f.target in keep]
    warnings = []
    if len(keep) > LARGE_VIEW:
        warnings.append(f"{len(keep)} nodes: the page may be slow; narrow it with --focus, --label or --rel")
    nodes, edges = _vis_data(idx, keep, facts, focus_id)
    present = {n["gtype"] for n in nodes}
    legend = [{"label": lab, "color": LABEL_STYLE[lab][0], "shape": LABEL_STYLE[lab][1]}
              for lab in ENTITY_LABELS if lab in present]
    return View(title=title or _title(focus, depth, doc, since, until), nodes=nodes, edges=edges,
                options=vis_options(len(nodes)), legend=legend, warnings=warnings)


def _initial_nodes(idx: SnapshotIndex, facts: list[GraphEdge], doc: str | None, filtered: bool) -> set[str]:
    """All entities, or only those touched by the kept facts / mentioned in ``doc``."""
    touched = {f.source for f in facts} | {f.target for f in facts}
    if doc is not None:
        return touched | {m.source for m in idx.mentions if m.target == doc and m.source in idx.entities}
    return touched if filtered else set(idx.entities)


def _title(focus: str | None, depth: int, doc: str | None, since: str | None, until: str | None) -> str:
    parts = ["graphbuild"]
    if focus:
        parts.append(f"around {focus} (depth {depth})")
    if doc:
        parts.append(f"document {doc}")
    if since or until:
        parts.append(f"{since or '…'} – {until or '…'}")
    return " · ".join(parts)


def _vis_data(idx: SnapshotIndex, keep: set[str], facts: list[GraphEdge],
              focus_id: str | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    ents = {n: idx.entities[n] for n in sorted(keep)}
    m = fact_multigraph(ents, facts)
    di = directed_projection(m)
    pr = nx.pagerank(di, weight="weight") if di.number_of_edges() else {n: 1.0 for n in ents}
    sizes = scale_sizes(pr)
    docs_of: dict[str, set[str]] = defaultdict(set)
    for mention in idx.mentions:
        if mention.source in ents:
            docs_of[mention.source].add(mention.target)
    for f in facts:
        for end in (f.source, f.target):
            docs_of[end].add(f.properties.get("doc_id"))
    net = Network(directed=True, cdn_resources="in_line")
    for eid, node in ents.items():
        label = entity_label(node) or ""
        color, shape = style_of(label)
        props = node.properties
        titles = sorted({idx.doc_title(d) or d for d in docs_of[eid] if d})
        info = {"name": display_name(node), "type": label, "category": props.get("category"),
                "aliases": [str(a) for a in props.get("aliases") or []], "first_seen": props.get("first_seen"),
                "last_seen": props.get("last_seen"), "documents": titles, "pagerank": round(pr.get(eid, 0.0), 5)}
        extra: dict[str, Any] = {"borderWidth": 4, "color": {"background": color, "border": "#000000"}} \
            if eid == focus_id else {"color": color}
        net.add_node(eid, label=display_name(node), shape=shape, size=sizes.get(eid, 10), gtype=label,
                     gb=info, **extra)
    grouped: dict[tuple[str, str, str], list[GraphEdge]] = defaultdict(list)
    for f in facts:
        grouped[(f.source, f.target, f.type)].append(f)
    for (src, dst, rtype), group in grouped.items():
        group.sort(key=lambda f: (f.properties.get("date") or "", -(f.properties.get("confidence") or 0)))
        evidence = [{"date": f.properties.get("date"), "evidence": f.properties.get("evidence"),
                     "document": idx.doc_title(f.properties.get("doc_id")) or f.properties.get("doc_id"),
                     "extras": _extras(rtype, f.properties)} for f in group[:MAX_EVIDENCE_PER_EDGE]]
        info = {"type": rtype, "count": len(group), "facts": evidence}
        label = rtype if len(group) == 1 else f"{rtype} ×{len(group)}"
        net.add_edge(src, dst, label=label, width=min(1 + len(group), 6), gb=info)
    nodes, edges, *_ = net.get_network_data()
    for i, e in enumerate(edges):
        e["id"] = f"e{i}"
    return nodes, edges


def _extras(rtype: str, props: dict[str, Any]) -> dict[str, str]:
    names = RELATION_TYPES[rtype][2]
    return {k: str(props[k]) for k in names if props.get(k) not in (None, "")}


def vis_options(n_nodes: int) -> dict[str, Any]:
    """Physics that settles: bounded stabilisation, then off (the page turns it off when done).

    Each Barnes–Hut iteration costs ~25–70 ms at 2,000 nodes in headless Chromium,
    so big graphs get few, cheaper iterations (coarser theta, no overlap pass) to
    be drawn within a few seconds; small graphs get a thorough layout.
    """
    big = n_nodes > 300
    huge = n_nodes > 1000
    iterations = 60 if huge else 200 if big else 1000
    return {
        "autoResize": True,
        "layout": {"improvedLayout": n_nodes <= 150, "randomSeed": 42},
        "physics": {
            "enabled": True,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "springLength": 140, "springConstant": 0.04,
                          "damping": 0.3, "avoidOverlap": 0 if huge else 0.2, "theta": 0.8 if huge else 0.5},
            "stabilization": {"enabled": True, "iterations": iterations, "updateInterval": 25, "fit": True},
            "minVelocity": 1.0,
        },
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "multiselect": True},
        "nodes": {"font": {"size": 13, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}, "smooth": not big,
                  "color": {"color": "#9aa0a6", "highlight": "#333333"},
                  "font": {"size": 9, "align": "middle", "color": "#444444", "strokeWidth": 2}},
    }
