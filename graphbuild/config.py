"""Where graphbuild keeps things and which store it talks to.

Secrets come only from the environment (``NEO4J_PASSWORD``) or from the
embedded server's own password file; they are never part of ``repr`` or logs.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from graphbuild.errors import ConfigError


def default_data_dir() -> Path:
    env = os.environ.get("GRAPHBUILD_DATA_DIR")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("graphbuild", appauthor=False))


DEFAULT_STORE_TIMEOUT = 600.0


def default_store_timeout() -> float:
    """Seconds to wait for one FalkorDB reply (env ``GRAPHBUILD_STORE_TIMEOUT``).

    Without a limit a hung server hangs ``load`` for ever; the default is far above the
    slowest statement we measured (a 10,000-document store's final aggregate pass).
    """
    env = os.environ.get("GRAPHBUILD_STORE_TIMEOUT")
    return _timeout(env, "GRAPHBUILD_STORE_TIMEOUT") if env else DEFAULT_STORE_TIMEOUT


def _timeout(value: str | float, where: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1.0
    if not seconds > 0 or seconds == float("inf"):
        raise ConfigError(f"{where} must be a number of seconds above 0, not {value!r}")
    return seconds


@dataclass(slots=True)
class StoreConfig:
    """Which backend to use. Exactly one of the three kinds is active."""

    kind: str = "embedded"  # embedded | falkordb | neo4j
    data_dir: Path = field(default_factory=default_data_dir)
    graph: str = "graphbuild"  # FalkorDB graph key
    falkordb_url: str | None = None
    neo4j_uri: str | None = None
    neo4j_user: str | None = None
    neo4j_password: str | None = field(default=None, repr=False)
    neo4j_database: str | None = None
    store_timeout: float = field(default_factory=default_store_timeout)  # FalkorDB reply limit, seconds

    @classmethod
    def from_options(
        cls,
        *,
        data_dir: str | os.PathLike[str] | None = None,
        falkordb_url: str | None = None,
        neo4j_uri: str | None = None,
        graph: str | None = None,
        neo4j_database: str | None = None,
        store_timeout: float | None = None,
    ) -> StoreConfig:
        """Build from CLI options, falling back to the documented environment variables.

        Precedence: ``--neo4j-uri`` > ``--falkordb-url`` > ``NEO4J_URI`` > embedded.
        """
        if neo4j_uri and falkordb_url:
            raise ConfigError("use either --neo4j-uri or --falkordb-url, not both")
        cfg = cls(data_dir=Path(data_dir).expanduser() if data_dir else default_data_dir())
        if graph:
            cfg.graph = graph
        if store_timeout is not None:
            cfg.store_timeout = _timeout(store_timeout, "--store-timeout")
        if falkordb_url:
            cfg.kind, cfg.falkordb_url = "falkordb", falkordb_url
            return cfg
        uri = neo4j_uri or os.environ.get("NEO4J_URI")
        if uri:
            cfg.kind = "neo4j"
            cfg.neo4j_uri = uri
            cfg.neo4j_user = os.environ.get("NEO4J_USERNAME") or os.environ.get("NEO4J_USER") or "neo4j"
            cfg.neo4j_password = os.environ.get("NEO4J_PASSWORD")
            cfg.neo4j_database = neo4j_database or os.environ.get("NEO4J_DATABASE") or None
        return cfg

    def describe(self) -> str:
        """Where this store is, for messages (never includes secrets)."""
        if self.kind == "neo4j":
            db = f" database {self.neo4j_database}" if self.neo4j_database else ""
            return f"Neo4j at {redact_url(self.neo4j_uri)}{db}"
        if self.kind == "falkordb":
            return f"FalkorDB at {redact_url(self.falkordb_url)} graph {self.graph}"
        return f"embedded FalkorDB in {self.data_dir} graph {self.graph}"


def redact_url(url: str | None) -> str | None:
    """``redis://:secret@host:6379/0`` → ``redis://host:6379/0`` (user names kept, passwords never)."""
    if not url or "@" not in url:
        return url
    scheme, sep, rest = url.partition("://")
    if not sep:
        return url
    userinfo, _, hostpart = rest.rpartition("@")
    user = userinfo.split(":", 1)[0]
    return f"{scheme}://{user + '@' if user else ''}{hostpart}"
