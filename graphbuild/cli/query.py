"""``graphbuild query``: run Cypher (Neo4j dialect) or a saved query and print the result."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import click

from graphbuild.cli.common import store_config, store_options
from graphbuild.cli.output import format_table
from graphbuild.queries import run_query
from graphbuild.types import QueryResult


def _json_safe(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [_json_safe(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _cell(value: Any) -> Any:
    """Lists read better as ``a, b`` than as Python reprs in a terminal table."""
    if isinstance(value, list | tuple):
        return ", ".join("" if v is None else str(_cell(v)) for v in value)
    if isinstance(value, dict):
        return json.dumps(_json_safe(value), ensure_ascii=False)
    return value


def render(result: QueryResult, fmt: str) -> str:
    if fmt == "json":
        records = [{c: _json_safe(v) for c, v in zip(result.columns, row, strict=True)} for row in result.rows]
        return json.dumps(records, ensure_ascii=False, indent=1)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(result.columns)
        for row in result.rows:
            w.writerow([json.dumps(_json_safe(v), ensure_ascii=False) if isinstance(v, list | tuple | dict)
                        else ("" if v is None else v) for v in row])
        return buf.getvalue().rstrip("\n")
    if not result.columns:
        return "(no results)"
    table = format_table(result.columns, [[_cell(v) for v in row] for row in result.rows])
    return f"{table}\n({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})"


@click.command("query")
@click.argument("cypher", required=False)
@click.option("-n", "--name", default=None, help="Run a saved query (see `graphbuild queries`) instead of CYPHER.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Query parameter (repeatable), e.g. --param since=2025-01-01; null, numbers, true/false "
                   "and JSON lists are typed.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--write", is_flag=True, help="Allow the query to modify the graph.")
@store_options
def cli(cypher: str | None, name: str | None, params: tuple[str, ...], fmt: str, write: bool,
        **kwargs: Any) -> None:
    """Run CYPHER (Neo4j dialect; translated for FalkorDB) or a saved query.

    \b
    Examples:
      graphbuild query "MATCH (o:Organization) RETURN o.name LIMIT 5"
      graphbuild query --name visits --param since=2025-01-01
      graphbuild query --name organisation_profile --param name=Kalbe --format json
    """
    result = run_query(store_config(kwargs), cypher, name=name, params=params, write=write)
    click.echo(render(result, fmt))
