"""The one interface every graph store implements.

The pipeline, analytics, viz and export talk only to this interface, so the
embedded FalkorDB, an external FalkorDB and Neo4j are interchangeable.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Sequence
from typing import Any

from graphbuild.types import DocState, Extraction, GraphSnapshot, QueryResult, WriteCounts


class Store(ABC):
    """A graph store holding the ONTOLOGY.md model.

    Write promises (see ``docs`` in README): writing a document first marks it
    incomplete, replaces exactly its previous contribution, and marks it
    complete last, so a crash at any point is repaired by writing it again; entities
    whose aggregates a write deferred stay marked until ``finish_writes`` runs.
    """

    dialect: str  # "neo4j" or "falkordb"

    @abstractmethod
    def ensure_schema(self) -> None:
        """Create constraints and indexes if missing (idempotent)."""

    @abstractmethod
    def document_states(self) -> dict[str, DocState]:
        """Every Document node's id, sha256, completeness and extractor version."""

    @abstractmethod
    def write_extractions(self, batch: Sequence[Extraction], extractor_version: str, *,
                          finish: bool = True) -> WriteCounts:
        """Replace each document's contribution with ``batch`` (resolved extractions).

        ``finish=False`` (bulk loads) leaves entity aggregates and unmentioned entities
        to ``finish_writes``, which the loader must call after its last batch.
        """

    @abstractmethod
    def finish_writes(self) -> WriteCounts:
        """Recompute what earlier (or killed) writes left stale; cheap when nothing is."""

    @abstractmethod
    def remove_documents(self, doc_ids: Iterable[str]) -> WriteCounts:
        """Remove documents and everything only they supported."""

    @abstractmethod
    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        """Run a Cypher query written in Neo4j's dialect (translated where needed)."""

    @abstractmethod
    def stats(self) -> dict[str, Any]:
        """Counts by label and relationship type, document count, last load time."""

    @abstractmethod
    def snapshot(self) -> GraphSnapshot:
        """The whole graph as plain records (for analytics, viz, export)."""

    @abstractmethod
    def clear(self) -> None:
        """Delete everything (tests, ``--fresh``)."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
