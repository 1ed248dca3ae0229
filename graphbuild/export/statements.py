"""Parameterised write statements that rebuild a snapshot in any Cypher store.

Shared by the Cypher-script export (rows inlined as literals) and the importers
(rows sent as ``$rows``), so a replayed script and an import write the very same
graph. Labels and types come from the ontology whitelist only.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from graphbuild.ontology import ENTITY_LABEL, PROVENANCE_LABEL, check_label, check_relationship_type
from graphbuild.types import GraphSnapshot

ROWS_PER_STATEMENT = 500

NODE_TEMPLATE = "UNWIND $rows AS row MERGE (n:{labels} {{id: row.id}}) SET n += row.props"
REL_TEMPLATE = ("UNWIND $rows AS row MATCH (a:{src} {{id: row.source}}) MATCH (b:{dst} {{id: row.target}}) "
                "CREATE (a)-[r:{type}]->(b) SET r += row.props")


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if v is not None}


def _chunks(rows: Sequence[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(rows), size):
        yield list(rows[i:i + size])


def node_key_label(labels: Sequence[str]) -> str:
    """The label an endpoint is matched by: ``Document`` or ``Entity``."""
    return PROVENANCE_LABEL if PROVENANCE_LABEL in labels else ENTITY_LABEL


def write_statements(snapshot: GraphSnapshot, size: int = ROWS_PER_STATEMENT) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """``(cypher, rows)`` pairs: all nodes first (grouped by label set), then relationships by type."""
    by_labels: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
    key_label: dict[str, str] = {}
    for node in snapshot.nodes:
        labels = tuple(sorted(check_label(lab) for lab in node.labels))
        if not labels:
            raise ValueError(f"node {node.id!r} has no label")
        key_label[node.id] = node_key_label(labels)
        props = _clean(node.properties)
        props["id"] = node.id
        by_labels[labels].append({"id": node.id, "props": props})
    for labels in sorted(by_labels):
        text = NODE_TEMPLATE.format(labels=":".join(labels))
        for chunk in _chunks(by_labels[labels], size):
            yield text, chunk
    by_type: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for edge in snapshot.edges:
        try:
            ends = (key_label[edge.source], key_label[edge.target])
        except KeyError as err:
            raise ValueError(f"{edge.type} relationship names a node that is not in the export: {err}") from err
        by_type[(check_relationship_type(edge.type), *ends)].append(
            {"source": edge.source, "target": edge.target, "props": _clean(edge.properties)})
    for (rel_type, src, dst) in sorted(by_type):
        text = REL_TEMPLATE.format(src=src, dst=dst, type=rel_type)
        for chunk in _chunks(by_type[(rel_type, src, dst)], size):
            yield text, chunk
