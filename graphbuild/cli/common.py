"""Options shared by every command that touches a store."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from graphbuild.config import StoreConfig

F = TypeVar("F", bound=Callable[..., Any])


def store_options(func: F) -> F:
    """Add ``--data-dir``, ``--falkordb-url``, ``--neo4j-uri``, ``--graph``, ``--neo4j-database``, ``--store-timeout``."""
    opts = [
        click.option("--data-dir", type=click.Path(file_okay=False), default=None,
                     help="Embedded store data folder (env GRAPHBUILD_DATA_DIR; default: per-user data folder)."),
        click.option("--falkordb-url", default=None, help="Use an external FalkorDB, e.g. redis://host:6379."),
        click.option("--neo4j-uri", default=None,
                     help="Use Neo4j (env NEO4J_URI; credentials from NEO4J_USERNAME / NEO4J_PASSWORD)."),
        click.option("--neo4j-database", default=None, help="Neo4j database (env NEO4J_DATABASE)."),
        click.option("--graph", default=None, help="FalkorDB graph name (default: graphbuild)."),
        click.option("--store-timeout", type=float, default=None, metavar="SECONDS",
                     help="Give up on a FalkorDB statement after this long (env GRAPHBUILD_STORE_TIMEOUT; "
                          "default 600)."),
    ]
    for opt in reversed(opts):
        func = opt(func)
    return func


def store_config(kwargs: dict[str, Any]) -> StoreConfig:
    """Pop the store options from a command's kwargs and build the config."""
    return StoreConfig.from_options(
        data_dir=kwargs.pop("data_dir", None),
        falkordb_url=kwargs.pop("falkordb_url", None),
        neo4j_uri=kwargs.pop("neo4j_uri", None),
        graph=kwargs.pop("graph", None),
        neo4j_database=kwargs.pop("neo4j_database", None),
        store_timeout=kwargs.pop("store_timeout", None),
    )
