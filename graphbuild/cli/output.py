"""Terminal helpers shared by commands: progress on stderr, failure lists, tables."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import click

from graphbuild.types import Failure


class _Bar:
    """A click progress bar on stderr (stdout may carry --format json) that
    only draws on a terminal; total may be learned after it starts."""

    def __init__(self, label: str) -> None:
        self.label = label
        self.total = 0
        self.done = 0
        self._bar: Any = None
        self._tty = sys.stderr.isatty()

    def set_total(self, total: int) -> None:
        self.total = total
        if self._tty and total:
            self._bar = click.progressbar(length=total, label=self.label, file=sys.stderr)
            self._bar.__enter__()

    def update(self, n: int) -> None:
        self.done += n
        if self._bar is not None and n:
            self._bar.update(n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


@contextmanager
def progress_bar(label: str) -> Iterator[_Bar]:
    bar = _Bar(label)
    try:
        yield bar
    finally:
        bar.close()


def print_failures(failures: Sequence[Failure]) -> None:
    for f in failures:
        doc = f" [{f.doc_id}]" if f.doc_id and f.doc_id not in f.path else ""
        click.echo(f"failed ({f.stage}): {f.path}{doc}: {f.reason}", err=True)


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], max_width: int = 60) -> str:
    """A plain aligned text table (values truncated to ``max_width``)."""

    def cell(v: Any) -> str:
        s = "" if v is None else str(v)
        s = s.replace("\n", " ")
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    cells = [[cell(v) for v in r] for r in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    return "\n".join(lines)
