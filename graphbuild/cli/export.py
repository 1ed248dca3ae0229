"""``graphbuild export``: write the whole graph as neo4j-admin CSV, a Cypher script, GraphML or JSON."""

from __future__ import annotations

from typing import Any

import click

from graphbuild.cli.common import store_config, store_options
from graphbuild.export import FORMATS, export_graph


@click.command("export")
@click.argument("dest", type=click.Path())
@click.option("--format", "fmt", type=click.Choice(list(FORMATS)), required=True,
              help="neo4j-admin: CSV files + import.sh (DEST is a folder); cypher / graphml / json: one file "
                   "(DEST is a file, or a folder to hold graph.<ext>).")
@store_options
def cli(dest: str, fmt: str, **kwargs: Any) -> None:
    """Export the graph to DEST."""
    paths = export_graph(store_config(kwargs), fmt, dest)
    for p in paths:
        click.echo(str(p))
    if fmt == "neo4j-admin":
        script = next((p for p in paths if p.name == "import.sh"), None)
        if script is not None:
            click.echo(f"\nImport into a stopped Neo4j with: bash {script}", err=True)
