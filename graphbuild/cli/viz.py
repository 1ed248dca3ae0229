"""``graphbuild viz``: write an interactive, offline HTML view of the graph."""

from __future__ import annotations

from typing import Any

import click

from graphbuild.cli.common import store_config, store_options


@click.command("viz")
@store_options
@click.option("--from-jsonl", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Draw an `extract --format jsonl` file instead of the store.")
@click.option("--out", type=click.Path(dir_okay=False), required=True, help="HTML file to write.")
@click.option("--focus", default=None, help="Only the neighbourhood of the entity with this name or alias.")
@click.option("--depth", type=click.IntRange(min=0), default=1, show_default=True, help="Hops around --focus.")
@click.option("--label", "labels", multiple=True, help="Only entities with this label (repeatable).")
@click.option("--rel", "rels", multiple=True, help="Only relationships of this type (repeatable).")
@click.option("--since", default=None, help="Only relationships dated on/after this (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--until", default=None, help="Only relationships dated on/before this.")
@click.option("--doc", default=None, help="Only what this document contributed (document id).")
def cli(**kwargs: Any) -> None:
    """Interactive graph view: colour/shape by label, size by PageRank, tooltips with evidence."""
    from graphbuild.viz import write_view

    config = store_config(kwargs)
    out = kwargs.pop("out")
    view = write_view(out, config, **kwargs)
    for w in view.warnings:
        click.echo(f"warning: {w}", err=True)
    click.echo(f"wrote {len(view.nodes)} nodes, {len(view.edges)} edges to {out}")
