"""Graph stores; the only package that imports ``neo4j`` or ``falkordb``.

Public surface: ``open_store(config: StoreConfig) -> Store`` and ``Store`` (in ``base``).
"""

from __future__ import annotations

from graphbuild.config import StoreConfig
from graphbuild.errors import ConfigError
from graphbuild.store.base import Store

__all__ = ["Store", "open_store"]


def open_store(config: StoreConfig) -> Store:
    """Connect to the store ``config`` names (starting the embedded server if needed).

    Drivers are imported here, lazily, so commands that never touch a store stay fast.
    """
    if config.kind in ("embedded", "falkordb"):
        from graphbuild.store.falkordb_store import FalkorDBStore

        return FalkorDBStore(config)
    if config.kind == "neo4j":
        from graphbuild.store.neo4j_store import Neo4jStore

        return Neo4jStore(config)
    raise ConfigError(f"unknown store kind {config.kind!r}; use embedded, falkordb or neo4j")


def read_stats(config: StoreConfig) -> dict:
    """``graphbuild stats``: counts by label and type, documents, last load (opens and closes the store)."""
    with open_store(config) as store:
        return store.stats()
