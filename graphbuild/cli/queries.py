"""``graphbuild queries``: list the saved analyst queries and their parameters."""

from __future__ import annotations

import json

import click

from graphbuild.cli.output import format_table
from graphbuild.queries import QueryParam, list_queries


def _param_text(p: QueryParam) -> str:
    if p.required:
        return f"{p.name} (required)"
    return p.name if p.default is None else f"{p.name}={p.default}"


@click.command("queries")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def cli(fmt: str) -> None:
    """List saved queries: run one with `graphbuild query --name NAME --param k=v`."""
    queries = list_queries()
    if fmt == "json":
        out = [{"name": q.name, "description": q.description, "path": str(q.path),
                "params": [{"name": p.name, "description": p.description, "required": p.required,
                            "default": p.default, "example": p.example} for p in q.params]} for q in queries]
        click.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    rows = [[q.name, ", ".join(_param_text(p) for p in q.params), q.description] for q in queries]
    click.echo(format_table(["name", "params", "description"], rows, max_width=100))
