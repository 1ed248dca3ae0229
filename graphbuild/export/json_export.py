"""JSON export (nodes + relationships) and its importer into a fresh store."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

from graphbuild.errors import InputError
from graphbuild.export import target_file
from graphbuild.export.statements import write_statements
from graphbuild.store.base import Store
from graphbuild.types import GraphEdge, GraphNode, GraphSnapshot, WriteCounts

log = logging.getLogger(__name__)

DEFAULT_NAME = "graph.json"
FORMAT = "graphbuild-graph"
VERSION = 1


def to_json(snapshot: GraphSnapshot) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "nodes": [{"id": n.id, "labels": list(n.labels), "properties": n.properties}
                  for n in sorted(snapshot.nodes, key=lambda n: n.id)],
        "relationships": [{"type": e.type, "source": e.source, "target": e.target, "properties": e.properties}
                          for e in snapshot.edges],
    }


def write(snapshot: GraphSnapshot, dest: Path) -> list[Path]:
    path = target_file(dest, DEFAULT_NAME)
    path.write_text(json.dumps(to_json(snapshot), ensure_ascii=False, indent=1, default=str) + "\n",
                    encoding="utf-8")
    return [path]


def read_json(path: str | Path) -> GraphSnapshot:
    """Parse a JSON export back into a snapshot (checking its shape, not trusting it)."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise InputError(str(p), f"cannot read the JSON export: {err}") from err
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise InputError(str(p), f"not a graphbuild JSON export (expected \"format\": \"{FORMAT}\")")
    if data.get("version") != VERSION:
        raise InputError(str(p), f"export version {data.get('version')!r} is not supported (expected {VERSION})")
    try:
        nodes = [GraphNode(id=str(n["id"]), labels=list(n["labels"]), properties=dict(n.get("properties") or {}))
                 for n in data["nodes"]]
        edges = [GraphEdge(type=str(e["type"]), source=str(e["source"]), target=str(e["target"]),
                           properties=dict(e.get("properties") or {})) for e in data["relationships"]]
    except (KeyError, TypeError, ValueError) as err:
        raise InputError(str(p), f"malformed node or relationship record: {err!r}") from err
    return GraphSnapshot(nodes=nodes, edges=edges)


def import_snapshot(store: Store, snapshot: GraphSnapshot) -> WriteCounts:
    """Write ``snapshot`` into ``store`` (meant for an empty one: relationships are created, not merged)."""
    store.ensure_schema()
    counts = WriteCounts()
    try:
        statements = list(write_statements(snapshot))
    except ValueError as err:
        raise InputError("snapshot", f"{err}; only ontology labels and relationship types can be imported") from err
    for text, rows in statements:
        store.query(text, {"rows": rows}, write=True)
    counts.nodes_created = len(snapshot.nodes)
    counts.relationships_created = len(snapshot.edges)
    log.info("imported %d nodes and %d relationships", counts.nodes_created, counts.relationships_created)
    return counts


def import_json(store: Store, path: str | Path) -> WriteCounts:
    """Load a JSON export into ``store`` (use a fresh, empty store)."""
    return import_snapshot(store, read_json(path))
