"""``graphbuild stats``: what the graph holds."""

from __future__ import annotations

import json
from typing import Any

import click

from graphbuild.cli.common import store_config, store_options
from graphbuild.cli.output import format_table


@click.command("stats")
@store_options
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def cli(fmt: str, **kwargs: Any) -> None:
    """Entities by label, relationships by type, documents and the last load time."""
    from graphbuild.store import read_stats

    stats = read_stats(store_config(kwargs))
    if fmt == "json":
        click.echo(json.dumps(stats, indent=2, ensure_ascii=False))
        return
    docs = stats["documents"]
    click.echo(stats["store"])
    click.echo(f"documents: {docs['total']} ({docs['complete']} complete, {docs['incomplete']} incomplete); "
               f"last loaded {stats['last_loaded_at'] or 'never'}")
    rows: list[list[Any]] = [["entity", k, v] for k, v in stats["entities"].items()]
    rows += [["relationship", k, v] for k, v in stats["relationships"].items()]
    rows.append(["provenance", "MENTIONED_IN", stats["mentions"]])
    click.echo(format_table(["kind", "name", "count"], rows))
