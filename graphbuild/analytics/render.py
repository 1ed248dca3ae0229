"""Text renderings of analysis results: table, json, csv, markdown.

Kept apart from the computations so the CLI only picks a format and prints.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from typing import Any

from graphbuild.analytics.report import AnalysisReport, EntityProfile, EntityRow
from graphbuild.errors import ConfigError

FORMATS = ("table", "json", "csv", "markdown")
_ROW_COLS = ("name", "label", "degree", "neighbours", "betweenness", "pagerank", "community", "component")


def render(result: AnalysisReport | EntityProfile, fmt: str = "table") -> str:
    """Render a report or a profile in one of :data:`FORMATS`."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}; use one of: {', '.join(FORMATS)}")
    if fmt == "json":
        return json.dumps(result.to_json(), ensure_ascii=False, indent=2)
    if isinstance(result, EntityProfile):
        return _profile_csv(result) if fmt == "csv" else _profile_text(result, md=fmt == "markdown")
    return _report_csv(result) if fmt == "csv" else _report_text(result, md=fmt == "markdown")


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, float):
        return f"{v:.4f}"
    return str(v).replace("\n", " ")


def _table(headers: Sequence[str], rows: Sequence[Sequence[Any]], md: bool) -> str:
    cells = [[_cell(v) for v in r] for r in rows]
    if md:
        esc = [[c.replace("|", "\\|") for c in r] for r in cells]
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in esc]
        return "\n".join(lines)
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)


def _heading(text: str, md: bool, level: int = 2) -> str:
    return f"{'#' * level} {text}" if md else f"{text}\n{'=' * len(text)}"


def _rows(rows: Sequence[EntityRow], extra: Sequence[str] = ()) -> list[list[Any]]:
    return [[getattr(r, c) for c in (*_ROW_COLS, *extra)] for r in rows]


def _report_text(rep: AnalysisReport, md: bool) -> str:
    s = rep.summary
    parts = [_heading("Summary", md),
             f"{s['entities']} entities, {s['relationships']} relationships, {s['documents']} documents, "
             f"{s['communities']} communities, {s['components']} components; betweenness {s['betweenness']}."]
    parts += [f"warning: {w}" for w in rep.warnings]
    parts += [_heading("Projections", md), _table(["metric", "computed on"], list(rep.projections.items()), md)]
    for label, rows in rep.top.items():
        parts += [_heading(f"Top {label} (by PageRank)", md), _table(_ROW_COLS, _rows(rows), md)]
    parts.append(_heading("Brokers between communities (by betweenness)", md))
    parts.append(_table((*_ROW_COLS, "communities_reached"), _rows(rep.brokers, ("communities_reached",)), md)
                 if rep.brokers else "none")
    parts += [_heading("Relationships by type", md),
              _table(["type", "count"], list(rep.relationship_counts.items()), md),
              _heading("Timeline (relationships per month; YYYY = year only)", md),
              _table(["period", "count"], list(rep.timeline.items()), md)]
    return "\n\n".join(parts) + "\n"


def _report_csv(rep: AnalysisReport) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["section", "rank", "id", *_ROW_COLS, "communities_reached"])
    for label, rows in rep.top.items():
        for i, r in enumerate(rows, 1):
            w.writerow([f"top:{label}", i, r.id, *_rows([r])[0], ""])
    for i, r in enumerate(rep.brokers, 1):
        w.writerow(["brokers", i, r.id, *_rows([r])[0], r.communities_reached])
    return buf.getvalue()


def _profile_text(p: EntityProfile, md: bool) -> str:
    e = p.entity
    parts = [_heading(f"{e.name} ({e.label})", md, 1),
             _table(["field", "value"], [
                 ["id", e.id], ["category", e.category], ["aliases", ", ".join(p.aliases)],
                 ["first seen", p.first_seen], ["last seen", p.last_seen], ["degree", e.degree],
                 ["neighbours", e.neighbours], ["betweenness", e.betweenness], ["pagerank", e.pagerank],
                 ["community", e.community], ["component", e.component]], md)]
    if p.other_matches:
        parts.append("also matching: " + "; ".join(p.other_matches))
    for rtype, facts in p.neighbours.items():
        parts += [_heading(rtype, md, 2),
                  _table(["dir", "neighbour", "label", "date", "document", "evidence"],
                         [["→" if f["direction"] == "out" else "←", f["name"], f["label"], f["date"],
                           f["doc_title"] or f["doc_id"], _clip(f["evidence"])] for f in facts], md)]
    parts += [_heading("Documents", md, 2),
              _table(["id", "published", "title"], [[d["id"], d["published"], d["title"]] for d in p.documents], md)]
    return "\n\n".join(parts) + "\n"


def _clip(text: str | None, n: int = 120) -> str:
    text = (text or "").replace("\n", " ")
    return text if len(text) <= n else text[: n - 1] + "…"


def _profile_csv(p: EntityProfile) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["type", "direction", "neighbour_id", "neighbour", "label", "date", "doc_id", "doc_title", "evidence"])
    for rtype, facts in p.neighbours.items():
        for f in facts:
            w.writerow([rtype, f["direction"], f["id"], f["name"], f["label"], f["date"] or "", f["doc_id"] or "",
                        f["doc_title"] or "", f["evidence"] or ""])
    return buf.getvalue()
