"""``graphbuild analyze``: rankings, brokers, counts, timeline, or one entity's profile."""

from __future__ import annotations

from typing import Any

import click

from graphbuild.cli.common import store_config, store_options


@click.command("analyze")
@store_options
@click.option("--from-jsonl", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Analyse an `extract --format jsonl` file instead of the store.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Entities listed per label.")
@click.option("--label", "labels", multiple=True, help="Only list entities with this label (repeatable).")
@click.option("--since", default=None, help="Only relationships dated on/after this (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", default=None, help="Only relationships dated on/before this.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv", "markdown"]), default="table",
              show_default=True)
@click.option("--entity", default=None, help="Profile the entity with this name or alias instead.")
def cli(**kwargs: Any) -> None:
    """Degree, betweenness, PageRank, communities and components of the entity graph."""
    from graphbuild.analytics import render, run_analysis

    config = store_config(kwargs)
    fmt = kwargs.pop("fmt")
    result = run_analysis(config, from_jsonl=kwargs["from_jsonl"], top=kwargs["top"], labels=kwargs["labels"],
                          since=kwargs["since"], until=kwargs["until"], entity=kwargs["entity"])
    click.echo(render(result, fmt), nl=False)
