"""GraphML export (for Gephi, yEd, Cytoscape) via networkx.

GraphML attributes are scalars, so list and map properties are JSON-encoded;
labels become one ``labels`` attribute (``Entity:Organization``) and the
relationship type the ``type`` attribute. ``None`` values are left out.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import networkx as nx

from graphbuild.export import target_file
from graphbuild.types import GraphSnapshot

DEFAULT_NAME = "graph.graphml"


def _attrs(props: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in props.items():
        if v is None:
            continue
        out[k] = json.dumps(v, ensure_ascii=False) if isinstance(v, list | tuple | dict) else v
    return out


def to_networkx(snapshot: GraphSnapshot) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    for n in snapshot.nodes:
        g.add_node(n.id, labels=":".join(sorted(n.labels)), **_attrs({k: v for k, v in n.properties.items()
                                                                       if k not in ("labels",)}))
    for e in snapshot.edges:
        g.add_edge(e.source, e.target, type=e.type, **_attrs({k: v for k, v in e.properties.items()
                                                              if k != "type"}))
    return g


def write(snapshot: GraphSnapshot, dest: Path) -> list[Path]:
    path = target_file(dest, DEFAULT_NAME)
    nx.write_graphml(to_networkx(snapshot), path, encoding="utf-8")
    return [path]
