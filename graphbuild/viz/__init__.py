"""Offline interactive HTML views (pyvis / vis-network) of a ``GraphSnapshot``.

Public surface: :func:`write_view` (what ``graphbuild viz`` calls),
:func:`build_view`, :func:`render_html`, :func:`write_html`, :class:`View`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from graphbuild.config import StoreConfig
from graphbuild.viz.build import View, build_view
from graphbuild.viz.html import render_html, write_html

__all__ = ["View", "build_view", "render_html", "write_html", "write_view"]


def write_view(
    out: str | Path,
    config: StoreConfig | None = None,
    *,
    from_jsonl: str | Path | None = None,
    focus: str | None = None,
    depth: int = 1,
    labels: Sequence[str] | None = None,
    rels: Sequence[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    doc: str | None = None,
) -> View:
    """Load the graph (store or JSONL), select, and write the HTML page to ``out``."""
    from graphbuild.analytics import load_snapshot

    view = build_view(load_snapshot(config, from_jsonl), focus=focus, depth=depth, labels=labels, rels=rels,
                      since=since, until=until, doc=doc)
    write_html(view, out)
    return view
