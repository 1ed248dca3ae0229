"""Bulk export of a ``GraphSnapshot``: neo4j-admin CSV, Cypher script, GraphML, JSON.

Every format module has the same shape: ``write(snapshot, dest) -> list[Path]``
(``dest`` is a folder or a file) and a ``DEFAULT_NAME`` used when ``dest`` is a
folder. Exports read the store only through ``Store.snapshot()``, so they work
the same from the embedded FalkorDB, an external FalkorDB or Neo4j.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from graphbuild.config import StoreConfig
from graphbuild.errors import ConfigError

# format name -> module under graphbuild.export
FORMATS: dict[str, str] = {
    "neo4j-admin": "neo4j_admin",
    "cypher": "cypher_script",
    "graphml": "graphml",
    "json": "json_export",
}


def export_graph(config: StoreConfig, fmt: str, dest: str | Path) -> list[Path]:
    """Export the whole graph of the configured store as ``fmt`` to ``dest``; returns the files written."""
    from graphbuild.store import open_store

    module = FORMATS.get(fmt)
    if module is None:
        raise ConfigError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    writer = importlib.import_module(f"graphbuild.export.{module}")
    with open_store(config) as store:
        snapshot = store.snapshot()
    return writer.write(snapshot, Path(dest))


def target_file(dest: Path, default_name: str) -> Path:
    """``dest`` itself, or ``dest/default_name`` when ``dest`` is (or is meant as) a folder."""
    if dest.is_dir() or str(dest).endswith(("/", "\\")) or not dest.suffix:
        dest.mkdir(parents=True, exist_ok=True)
        return dest / default_name
    dest.parent.mkdir(parents=True, exist_ok=True)
    return dest
