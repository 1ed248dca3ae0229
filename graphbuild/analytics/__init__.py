"""networkx analytics over a ``GraphSnapshot`` (never a database driver).

Public surface: :func:`load_snapshot`, :func:`run_analysis` (what ``graphbuild
analyze`` calls), :func:`analyze`, :func:`entity_profile`, :func:`render`,
:func:`snapshot_from_jsonl`, :func:`snapshot_from_extractions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from graphbuild.analytics.jsonl import read_jsonl, snapshot_from_extractions, snapshot_from_jsonl
from graphbuild.analytics.render import FORMATS, render
from graphbuild.analytics.report import AnalysisReport, EntityProfile, analyze, entity_profile
from graphbuild.config import StoreConfig
from graphbuild.types import GraphSnapshot

__all__ = [
    "FORMATS", "AnalysisReport", "EntityProfile", "analyze", "entity_profile", "load_snapshot", "read_jsonl",
    "render", "run_analysis", "snapshot_from_extractions", "snapshot_from_jsonl",
]


def load_snapshot(config: StoreConfig | None = None, from_jsonl: str | Path | None = None) -> GraphSnapshot:
    """The graph to analyse: a JSONL extraction file if given, else the store's snapshot."""
    if from_jsonl is not None:
        return snapshot_from_jsonl(from_jsonl)
    from graphbuild.store import open_store  # only here: JSONL users need no store

    with open_store(config or StoreConfig()) as store:
        return store.snapshot()


def run_analysis(
    config: StoreConfig | None = None,
    *,
    from_jsonl: str | Path | None = None,
    top: int = 10,
    labels: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
) -> AnalysisReport | EntityProfile:
    """Load the graph and analyse it; with ``entity``, profile that entity instead."""
    snapshot = load_snapshot(config, from_jsonl)
    if entity:
        return entity_profile(snapshot, entity, since=since, until=until)
    return analyze(snapshot, top=top, labels=labels, since=since, until=until)
