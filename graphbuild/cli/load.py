"""``graphbuild load PATH…``: load documents into the configured store."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from graphbuild import pipeline
from graphbuild.cli.common import store_config, store_options
from graphbuild.cli.output import print_failures, progress_bar
from graphbuild.types import LoadReport


@click.command("load")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@store_options
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Extraction processes.")
@click.option("--lexicon", "lexicon_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="Extra lexicon YAML file (repeatable).")
@click.option("--aliases", "alias_file", type=click.Path(exists=True, dir_okay=False),
              help="Analyst alias file pinning merges and splits.")
@click.option("--force", is_flag=True, help="Re-extract and rewrite every document, even unchanged ones.")
@click.option("--prune", is_flag=True, help="Also remove loaded documents that are not under PATHS.")
@click.option("--batch-size", type=click.IntRange(1, 100000), default=200, show_default=True,
              help="Documents per write batch.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--max-bytes", type=click.IntRange(1), default=pipeline.DEFAULT_MAX_BYTES, show_default=True,
              help="Skip (and report) any document bigger than this many bytes.")
def cli(paths: tuple[str, ...], jobs: int, lexicon_files: tuple[str, ...], alias_file: str | None,
        force: bool, prune: bool, batch_size: int, fmt: str, max_bytes: int, **kwargs: Any) -> None:
    """Load files or folders (.txt .md .html .json .jsonl) into the graph.

    Unchanged documents are skipped; changed ones replace exactly their own facts.
    Exit code 1 when any document failed (the others are loaded).
    """
    config = store_config(kwargs)
    with progress_bar("Loading") as bar:
        report = pipeline.load(paths, config, jobs=jobs, lexicon_files=lexicon_files, alias_file=alias_file,
                               force=force, prune=prune, batch_size=batch_size,
                               progress=bar.update, on_total=bar.set_total,
                               max_bytes=max_bytes)
    if fmt == "json":
        click.echo(json.dumps(report.to_json(), ensure_ascii=False, indent=1))
    else:
        print_summary(report, config.describe())
    if report.failed:
        sys.exit(1)


def print_summary(report: LoadReport, where: str) -> None:
    c = report.counts
    print_failures(report.failed)
    click.echo(
        f"{len(report.loaded)} loaded, {len(report.unchanged)} unchanged, {len(report.failed)} failed"
        + (f", {len(report.removed)} removed" if report.removed else "")
        + f" into {where}\n"
        f"nodes +{c.nodes_created} -{c.nodes_deleted}, relationships +{c.relationships_created} "
        f"-{c.relationships_deleted}, {report.seconds:.2f} s"
    )
