"""``graphbuild server start|stop|status``: the embedded FalkorDB server."""

from __future__ import annotations

import json
from pathlib import Path

import click

from graphbuild.config import default_data_dir

_data_dir = click.option("--data-dir", type=click.Path(file_okay=False), default=None,
                         help="Data folder of the embedded store (env GRAPHBUILD_DATA_DIR).")


def _dir(data_dir: str | None) -> Path:
    return Path(data_dir).expanduser() if data_dir else default_data_dir()


@click.group("server")
def cli() -> None:
    """Manage the embedded FalkorDB server (other commands start it when needed)."""


@cli.command("start")
@_data_dir
def start(data_dir: str | None) -> None:
    """Start the server for the data folder, or reuse the running one."""
    from graphbuild.store import server

    info = server.ensure_running(_dir(data_dir))
    click.echo(f"embedded FalkorDB running on {info.host}:{info.port} (pid {info.pid})")


@cli.command("stop")
@_data_dir
def stop(data_dir: str | None) -> None:
    """Shut the server down; the data stays on disk."""
    from graphbuild.store import server

    click.echo("stopped" if server.stop(_dir(data_dir)) else "not running")


@cli.command("status")
@_data_dir
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def status(data_dir: str | None, fmt: str) -> None:
    """Whether the server runs, where, and which graphs it holds."""
    from graphbuild.store import server

    st = server.status(_dir(data_dir))
    if fmt == "json":
        click.echo(json.dumps(st, indent=2))
        return
    for key, value in st.items():
        click.echo(f"{key}: {', '.join(value) if isinstance(value, list) else value}")
