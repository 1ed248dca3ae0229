"""Graph equality and invariant checks shared by the benchmarks and the end-to-end tests.

Why a canonical dump: "reload changes nothing", "a killed load repaired by the
next one equals a clean load" and "concurrent loads end like serial ones" are all
statements about whole graphs, so we compare every node, relationship and
property (except ``loaded_at``, a wall-clock stamp) in a stable order.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from graphbuild.config import StoreConfig
from graphbuild.ontology import MENTIONED_IN
from graphbuild.types import GraphSnapshot

VOLATILE = frozenset({"loaded_at"})

Dump = tuple[tuple[str, ...], tuple[str, ...]]


def _props(props: dict[str, Any]) -> str:
    return json.dumps({k: v for k, v in props.items() if k not in VOLATILE}, sort_keys=True, ensure_ascii=False,
                      default=str)


def canonical(snap: GraphSnapshot) -> Dump:
    """Sorted, hashable lines: one per node and one per relationship (with properties)."""
    nodes = tuple(sorted(f"{n.id} {sorted(n.labels)} {_props(n.properties)}" for n in snap.nodes))
    edges = tuple(sorted(f"{e.source} -[{e.type}]-> {e.target} {_props(e.properties)}" for e in snap.edges))
    return nodes, edges


def dump(config: StoreConfig) -> Dump:
    """Canonical dump of the graph ``config`` names."""
    from graphbuild.store import open_store

    with open_store(config) as store:
        return canonical(store.snapshot())


def diff(a: Dump, b: Dump, limit: int = 8) -> str:
    """Human-readable difference of two dumps ('' when equal)."""
    out: list[str] = []
    for what, x, y in (("node", a[0], b[0]), ("edge", a[1], b[1])):
        cx, cy = Counter(x), Counter(y)
        only_a = sorted((cx - cy).elements())
        only_b = sorted((cy - cx).elements())
        if only_a or only_b:
            out.append(f"{what}s: {len(x)} vs {len(y)}")
            out += [f"  - {s[:300]}" for s in only_a[:limit]]
            out += [f"  + {s[:300]}" for s in only_b[:limit]]
    return "\n".join(out)


def violations(snap: GraphSnapshot) -> list[str]:
    """Broken ONTOLOGY.md promises: facts without evidence or with a dangling ``doc_id``,
    entities nobody mentions, incomplete documents, relationships whose document does
    not mention both ends (so replacing that document could not find them)."""
    docs = {n.id: n for n in snap.nodes if "Document" in n.labels}
    entities = {n.id for n in snap.nodes if "Entity" in n.labels}
    mentioned: dict[str, set[str]] = {}
    problems: list[str] = []
    for e in snap.edges:
        if e.type == MENTIONED_IN:
            if e.target not in docs:
                problems.append(f"MENTIONED_IN {e.source} -> {e.target}: target is not a Document")
            mentioned.setdefault(e.source, set()).add(e.target)
    for e in snap.edges:
        if e.type == MENTIONED_IN:
            continue
        what = f"{e.type} {e.source} -> {e.target}"
        if not str(e.properties.get("evidence") or "").strip():
            problems.append(f"{what}: no evidence")
        doc_id = e.properties.get("doc_id")
        if doc_id not in docs:
            problems.append(f"{what}: doc_id {doc_id!r} names no Document")
        elif doc_id not in mentioned.get(e.source, ()) or doc_id not in mentioned.get(e.target, ()):
            problems.append(f"{what}: document {doc_id} does not mention both ends")
        if e.source not in entities or e.target not in entities:
            problems.append(f"{what}: an end is not an Entity")
    for eid in sorted(entities - set(mentioned)):
        problems.append(f"entity {eid} has no MENTIONED_IN")
    for did, node in sorted(docs.items()):
        if node.properties.get("complete") is not True:
            problems.append(f"document {did} is not complete")
    return problems


def check(config: StoreConfig) -> tuple[Dump, list[str]]:
    """Dump and violations of one graph, from a single snapshot."""
    from graphbuild.store import open_store

    with open_store(config) as store:
        snap = store.snapshot()
    return canonical(snap), violations(snap)


def clean_dump(paths: list[str] | list[Path], data_dir: Path, **load_kwargs: Any) -> Dump:
    """Dump of a from-scratch load of ``paths`` into a new graph (dropped afterwards)."""
    import uuid

    from graphbuild import pipeline
    from graphbuild.store import open_store

    cfg = StoreConfig(kind="embedded", data_dir=Path(data_dir), graph=f"clean_{uuid.uuid4().hex[:10]}")
    try:
        report = pipeline.load(paths, cfg, **load_kwargs)
        if report.failed:
            raise AssertionError(f"clean load failed: {report.failed[:3]}")
        return dump(cfg)
    finally:
        with open_store(cfg) as store:
            store.clear()
