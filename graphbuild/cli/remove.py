"""``graphbuild remove DOC_ID…``: take documents and their facts out of the graph."""

from __future__ import annotations

import sys
from typing import Any

import click

from graphbuild import pipeline
from graphbuild.cli.common import store_config, store_options
from graphbuild.cli.output import print_failures


@click.command("remove")
@click.argument("doc_ids", nargs=-1, required=True)
@store_options
def cli(doc_ids: tuple[str, ...], **kwargs: Any) -> None:
    """Remove documents; facts and entities that only they supported go too."""
    config = store_config(kwargs)
    report = pipeline.remove(list(doc_ids), config)
    print_failures(report.failed)
    c = report.counts
    click.echo(f"{len(report.removed)} removed; nodes -{c.nodes_deleted}, relationships -{c.relationships_deleted}")
    if report.failed:
        sys.exit(1)
