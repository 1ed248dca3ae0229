"""Driver values → plain Python (dicts, lists, str, numbers), the same for both backends.

Callers (CLI tables, JSON output, notebooks) never see driver classes:
nodes become ``{**properties, "_labels": [...]}``, relationships
``{**properties, "_type": ...}``, paths the list ``[node, rel, node, ...]``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any


def _falkordb_classes() -> tuple[type, type, type]:
    from falkordb.edge import Edge
    from falkordb.node import Node
    from falkordb.path import Path

    return Node, Edge, Path


def from_falkordb(value: Any) -> Any:
    node_t, edge_t, path_t = _falkordb_classes()
    if isinstance(value, node_t):
        return {**{k: from_falkordb(v) for k, v in (value.properties or {}).items()},
                "_labels": sorted(value.labels or [])}
    if isinstance(value, edge_t):
        return {**{k: from_falkordb(v) for k, v in (value.properties or {}).items()}, "_type": value.relation}
    if isinstance(value, path_t):
        out: list[Any] = []
        nodes, edges = value.nodes(), value.edges()
        for i, n in enumerate(nodes):
            out.append(from_falkordb(n))
            if i < len(edges):
                out.append(from_falkordb(edges[i]))
        return out
    return _plain(value, from_falkordb)


def from_neo4j(value: Any) -> Any:
    from neo4j.graph import Node, Path, Relationship

    if isinstance(value, Node):
        return {**{k: from_neo4j(v) for k, v in value.items()}, "_labels": sorted(value.labels)}
    if isinstance(value, Relationship):
        return {**{k: from_neo4j(v) for k, v in value.items()}, "_type": value.type}
    if isinstance(value, Path):
        out: list[Any] = [from_neo4j(value.start_node)]
        for rel in value.relationships:
            out.append(from_neo4j(rel))
            out.append(from_neo4j(rel.end_node))
        return out
    if hasattr(value, "iso_format"):  # neo4j.time.Date/DateTime/Time/Duration
        return value.iso_format()
    return _plain(value, from_neo4j)


def _plain(value: Any, conv: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): conv(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [conv(v) for v in value]
    if hasattr(value, "isoformat") and callable(value.isoformat):  # datetime/date from FalkorDB
        return value.isoformat()
    return value


def scrub(value: Any) -> Any:
    """FalkorDB's parameter header cannot carry NUL; replace it (it is never meaningful text).

    Write batches are tens of thousands of values and almost never hold a NUL, so one
    C-speed ``json.dumps`` decides whether the (Python-speed) walk is needed at all.
    """
    try:
        if "\\u0000" not in json.dumps(value, default=str, ensure_ascii=False, check_circular=False):
            return value
    except (TypeError, ValueError):  # keys json cannot write: walk
        pass
    return _scrub(value)


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        return value.replace("\x00", "\ufffd") if "\x00" in value else value
    if isinstance(value, Mapping):
        return {k: _scrub(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(v) for v in value]
    return value
