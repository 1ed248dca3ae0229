"""FalkorDB over the Redis protocol: the embedded server or an external one.

Never the Bolt port (it crashed the server on a 1,000-row UNWIND). Every write is one
auto-committed statement (FalkorDB has no multi-statement transactions); the order
of statements in ``CypherStore`` is what keeps a crash repairable.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote, urlsplit

import redis
from falkordb import FalkorDB

from graphbuild.config import StoreConfig
from graphbuild.errors import ConfigError, QueryError, StoreAuthError, StoreUnavailableError, StoreWriteError
from graphbuild.ontology import ALL_NODE_LABELS, ENTITY_LABELS, RELATION_TYPES
from graphbuild.store import server
from graphbuild.store.cypher_store import CypherStore, Result
from graphbuild.store.values import from_falkordb, scrub
from graphbuild.types import QueryResult, WriteCounts

log = logging.getLogger(__name__)

_EMPTY_GRAPH = "empty key"  # FalkorDB's read-only error for a graph that does not exist yet


def _connect_args(url: str) -> dict[str, Any]:
    """``redis://[[user]:password@]host[:port][/db]`` → client keyword arguments."""
    parts = urlsplit(url)
    if parts.scheme not in {"redis", "rediss", "falkor", "falkors"}:
        raise ConfigError("--falkordb-url must look like redis://[:password@]host:port")
    try:
        port = parts.port or 6379
    except ValueError as err:
        raise ConfigError("--falkordb-url has a bad port number") from err
    db = parts.path.strip("/")
    args: dict[str, Any] = {"host": parts.hostname or "localhost", "port": port,
                            "username": unquote(parts.username) if parts.username else None,
                            "password": unquote(parts.password) if parts.password else None,
                            "ssl": parts.scheme in {"rediss", "falkors"}}
    if db:
        if not db.isdigit():
            raise ConfigError("--falkordb-url database must be a number, e.g. redis://host:6379/0")
        args["db"] = int(db)
    return args


class FalkorDBStore(CypherStore):
    dialect = "falkordb"

    def __init__(self, config: StoreConfig) -> None:
        super().__init__(config)
        if config.kind == "embedded":
            info = server.ensure_running(config.data_dir)
            args: dict[str, Any] = {"host": info.host, "port": info.port, "password": info.password}
        elif config.falkordb_url:
            args = _connect_args(config.falkordb_url)
        else:
            raise ConfigError("a FalkorDB store needs --falkordb-url or the embedded server")
        try:
            self._db = FalkorDB(**args, socket_connect_timeout=10, socket_timeout=config.store_timeout)
            self._db.connection.ping()
        except redis.exceptions.AuthenticationError as err:
            raise StoreAuthError(f"{config.describe()} refused the password; put the right one in "
                                 "--falkordb-url (redis://:PASSWORD@host:port)") from err
        except redis.exceptions.TimeoutError as err:
            raise self._timed_out("connecting") from err
        except (redis.exceptions.ConnectionError, OSError) as err:
            raise StoreUnavailableError(f"cannot connect to {config.describe()}; check that the server runs "
                                        "and --falkordb-url points at it") from err
        except redis.exceptions.ResponseError as err:
            if "NOAUTH" in str(err):
                raise StoreAuthError(f"{config.describe()} needs a password: use "
                                     "redis://:PASSWORD@host:port") from err
            raise
        self._graph = self._db.select_graph(config.graph)

    def close(self) -> None:
        try:
            self._db.connection.close()
        except (AttributeError, redis.exceptions.RedisError):
            pass

    def _raw(self, cypher: str, params: dict[str, Any], write: bool) -> Any:
        run = self._graph.query if write else self._graph.ro_query
        return run(cypher, scrub(params) if params else None)

    def _unavailable(self, err: Exception) -> StoreUnavailableError:
        return StoreUnavailableError(f"lost the connection to {self.config.describe()} ({type(err).__name__}); "
                                     "check that the server runs (graphbuild server status)")

    def _timed_out(self, what: str, docs: Sequence[str] = ()) -> StoreUnavailableError:
        """A statement with no reply within ``store_timeout``: most likely a hung server."""
        where = f" for documents {_doc_list(docs)}" if docs else ""
        fix = ("run `graphbuild server stop` (the next command starts it again with its data)"
               if self.config.kind == "embedded" else "restart that server")
        return StoreUnavailableError(
            f"{what}{where} got no answer from {self.config.describe()} within {self.config.store_timeout:g}s; "
            f"if the server is hung, {fix} and run the command again (documents not marked complete are "
            "loaded again); if the statement is only slow, raise --store-timeout")

    def _execute(self, what: str, cypher: str, params: dict[str, Any], *, write: bool,
                 docs: Sequence[str] = ()) -> Result:
        try:
            res = self._raw(cypher, params, write)
        except redis.exceptions.AuthenticationError as err:
            raise StoreAuthError(f"{self.config.describe()} refused the password") from err
        except redis.exceptions.TimeoutError as err:
            raise self._timed_out(what, docs) from err
        except redis.exceptions.ConnectionError as err:
            raise self._unavailable(err) from err
        except redis.exceptions.ResponseError as err:
            if not write and _EMPTY_GRAPH in str(err):
                return Result()
            where = f" for documents {_doc_list(docs)}" if docs else ""
            raise StoreWriteError(f"{what} failed{where}: {err}") from err
        return Result(rows=_rows(res), counts=_counts(res))

    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        text = _to_falkordb(cypher)
        bad = [k for k in (params or {}) if not k or "`" in k]
        if bad:
            raise QueryError(f"parameter names must be plain words, not {bad[0]!r}")
        try:
            try:
                res = self._raw(text, params or {}, write)
            except redis.exceptions.ResponseError as err:
                if _EMPTY_GRAPH not in str(err):
                    raise
                self._ensure_schema_once()  # a graph must exist for FalkorDB to even parse a read
                res = self._raw(text, params or {}, write)
        except redis.exceptions.AuthenticationError as err:
            raise StoreAuthError(f"{self.config.describe()} refused the password") from err
        except redis.exceptions.TimeoutError as err:
            raise self._timed_out("the query") from err
        except redis.exceptions.ConnectionError as err:
            raise self._unavailable(err) from err
        except redis.exceptions.ResponseError as err:
            msg = str(err)
            if "read-only" in msg:
                msg += " (this query writes: run it with write access, e.g. --write)"
            raise QueryError(f"query failed: {msg}") from err
        header = [h[1] for h in (res.header or [])]
        return QueryResult(columns=header, rows=[[from_falkordb(v) for v in row] for row in res.result_set])

    def ensure_schema(self) -> None:
        """Range indexes on ``id`` (and ``name``), unique ``id`` constraints, ``doc_id`` indexes."""
        existing: set[tuple[str, str, str]] = set()
        for row in self._execute("read indexes", "CALL db.indexes()", {}, write=False).rows:
            label, props, kind = row.get("label"), row.get("properties") or [], row.get("entitytype")
            existing.update((str(kind), str(label), str(p)) for p in props)
        wanted: list[tuple[str, str, str, str, str | None, str | None]] = []
        for label in ALL_NODE_LABELS:
            wanted.append(("NODE", label, "id", "index_id", label, None))
        for label in ENTITY_LABELS:
            wanted.append(("NODE", label, "name", "index_name", label, None))
        for rel_type in RELATION_TYPES:
            wanted.append(("RELATIONSHIP", rel_type, "doc_id", "index_doc_id", None, rel_type))
        missing = [w for w in wanted if w[:3] not in existing]
        for _kind, name, prop, stmt, label, rel_type in missing:
            self._execute(f"create index on {name}.{prop}", self._stmt(stmt, label=label, rel_type=rel_type),
                          {}, write=True)
        constraints = {str(r.get("label")) for r in self._execute(
            "read constraints", "CALL db.constraints()", {}, write=False).rows if r.get("type") == "UNIQUE"}
        new_constraints = [label for label in ALL_NODE_LABELS if label not in constraints]
        for label in new_constraints:
            try:  # label comes from the ontology whitelist; a command, not Cypher text
                self._db.connection.execute_command("GRAPH.CONSTRAINT", "CREATE", self.config.graph, "UNIQUE",
                                                    "NODE", label, "PROPERTIES", 1, "id")
            except redis.exceptions.TimeoutError as err:
                raise self._timed_out(f"creating the unique id constraint on {label}") from err
            except redis.exceptions.ResponseError as err:
                if "already exists" not in str(err):
                    raise StoreWriteError(f"creating the unique id constraint on {label} failed: {err}") from err
        if (missing or new_constraints) and self.config.kind == "embedded":
            self._compact_aof()
        self._schema_ready = True

    def _compact_aof(self) -> None:
        """Snapshot the embedded server's AOF right after creating indexes.

        Replaying index creation from the AOF leaves the indexes unusable until the
        replay ends, so every replayed write scans (a restart took 77 s instead of 1 s
        for 600 documents). With the schema inside the snapshot, replays use the indexes.
        """
        conn = self._db.connection
        try:
            for _ in range(300):
                info = conn.info("persistence")
                if not info.get("aof_rewrite_in_progress") and not info.get("aof_rewrite_scheduled"):
                    break
                time.sleep(0.1)
            conn.execute_command("BGREWRITEAOF")
        except (redis.exceptions.ResponseError, redis.exceptions.TimeoutError) as err:  # best effort: durability is not at stake
            log.warning("could not compact the embedded server's AOF: %s", err)

    def clear(self) -> None:
        """Drop the whole graph key (schema included; it is recreated on the next write)."""
        try:
            self._graph.delete()
        except redis.exceptions.ResponseError as err:
            if _EMPTY_GRAPH not in str(err) and "not exist" not in str(err):
                raise StoreWriteError(f"clearing graph {self.config.graph} failed: {err}") from err
        except redis.exceptions.TimeoutError as err:
            raise self._timed_out(f"clearing graph {self.config.graph}") from err
        except redis.exceptions.ConnectionError as err:
            raise self._unavailable(err) from err
        self._schema_ready = False


def _rows(res: Any) -> list[dict[str, Any]]:
    names = [h[1] for h in (res.header or [])]
    return [dict(zip(names, (from_falkordb(v) for v in row), strict=True)) for row in res.result_set]


def _counts(res: Any) -> WriteCounts:
    return WriteCounts(nodes_created=int(res.nodes_created), nodes_deleted=int(res.nodes_deleted),
                       relationships_created=int(res.relationships_created),
                       relationships_deleted=int(res.relationships_deleted))


def _doc_list(docs: Sequence[str], limit: int = 10) -> str:
    shown = ", ".join(docs[:limit])
    return shown + (f" and {len(docs) - limit} more" if len(docs) > limit else "")


def _to_falkordb(cypher: str) -> str:
    """User queries are written in Neo4j's dialect; translate where the dialect module exists."""
    try:
        from graphbuild.store.dialect import to_falkordb
    except ImportError:
        return cypher
    return to_falkordb(cypher)
