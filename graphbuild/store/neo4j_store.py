"""Neo4j through the official driver.

Every call goes through ``driver.execute_query`` with ``database_`` and routing set:
it runs in a managed transaction, so transient errors (leader switch, deadlock)
are retried by the driver; what still fails becomes a ``StoreError`` that says
which statement and which documents, and never shows the password.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any
from urllib.parse import unquote

import neo4j
from neo4j import exceptions as nx

from graphbuild.config import StoreConfig, redact_url
from graphbuild.errors import ConfigError, QueryError, StoreAuthError, StoreUnavailableError, StoreWriteError
from graphbuild.ontology import ALL_NODE_LABELS, ENTITY_LABELS, RELATION_TYPES
from graphbuild.store.cypher_store import CypherStore, Result
from graphbuild.store.values import from_neo4j
from graphbuild.types import QueryResult, WriteCounts

log = logging.getLogger(__name__)


class Neo4jStore(CypherStore):
    dialect = "neo4j"

    def __init__(self, config: StoreConfig) -> None:
        super().__init__(config)
        if not config.neo4j_uri:
            raise ConfigError("a Neo4j store needs NEO4J_URI or --neo4j-uri, e.g. neo4j://localhost:7687")
        self._where = redact_url(config.neo4j_uri)
        self._database = config.neo4j_database
        uri, user, password = _split_userinfo(config.neo4j_uri)
        user = config.neo4j_user if config.neo4j_password is not None else (user or config.neo4j_user)
        password = config.neo4j_password if config.neo4j_password is not None else password
        auth = (user or "neo4j", password) if password is not None else None
        try:
            self._driver = neo4j.GraphDatabase.driver(uri, auth=auth,
                                                      notifications_min_severity="OFF")
            self._driver.verify_connectivity()
        except nx.AuthError as err:
            self._close_quietly()
            raise self._auth_error() from err
        except (nx.ServiceUnavailable, nx.SessionExpired, OSError) as err:
            self._close_quietly()
            raise self._unavailable() from err
        except (nx.ConfigurationError, ValueError) as err:
            detail = str(err).replace(config.neo4j_uri, str(self._where))
            if password:
                detail = detail.replace(password, "***")
            raise ConfigError(f"bad Neo4j URI {self._where}: {detail}; use e.g. neo4j://host:7687") from err

    def _close_quietly(self) -> None:
        driver = getattr(self, "_driver", None)
        if driver is not None:
            driver.close()

    def close(self) -> None:
        self._close_quietly()

    def _auth_error(self) -> StoreAuthError:
        return StoreAuthError(f"Neo4j at {self._where} rejected user {self.config.neo4j_user or 'neo4j'!r} and "
                              "its password; check NEO4J_USERNAME and NEO4J_PASSWORD")

    def _unavailable(self) -> StoreUnavailableError:
        return StoreUnavailableError(f"cannot reach Neo4j at {self._where}; check NEO4J_URI (or --neo4j-uri) and "
                                     "that the server is running")

    def _run(self, cypher: str, params: dict[str, Any], write: bool) -> neo4j.EagerResult:
        return self._driver.execute_query(
            cypher, params, database_=self._database,
            routing_=neo4j.RoutingControl.WRITE if write else neo4j.RoutingControl.READ,
        )

    def _execute(self, what: str, cypher: str, params: dict[str, Any], *, write: bool,
                 docs: Sequence[str] = ()) -> Result:
        try:
            res = self._run(cypher, params, write)
        except nx.AuthError as err:
            raise self._auth_error() from err
        except (nx.ServiceUnavailable, nx.SessionExpired) as err:
            raise self._unavailable() from err
        except nx.Neo4jError as err:
            if err.code == "Neo.ClientError.Database.DatabaseNotFound":
                raise ConfigError(f"Neo4j at {self._where} has no database {self._database!r}; "
                                  "check NEO4J_DATABASE / --neo4j-database") from err
            where = f" for documents {', '.join(docs[:10])}{' …' if len(docs) > 10 else ''}" if docs else ""
            raise StoreWriteError(f"{what} failed{where}: {err.message or err}") from err
        keys = list(res.keys)
        rows = [dict(zip(keys, (from_neo4j(v) for v in rec.values()), strict=True)) for rec in res.records]
        c = res.summary.counters
        return Result(rows=rows, counts=WriteCounts(
            nodes_created=c.nodes_created, nodes_deleted=c.nodes_deleted,
            relationships_created=c.relationships_created, relationships_deleted=c.relationships_deleted))

    def query(self, cypher: str, params: dict[str, Any] | None = None, *, write: bool = False) -> QueryResult:
        try:
            res = self._run(cypher, params or {}, write)
        except nx.AuthError as err:
            raise self._auth_error() from err
        except (nx.ServiceUnavailable, nx.SessionExpired) as err:
            raise self._unavailable() from err
        except nx.Neo4jError as err:
            msg = err.message or str(err)
            if not write and "read access mode" in msg:
                msg += " (this query writes: run it with write access, e.g. --write)"
            raise QueryError(f"query failed: {msg}") from err
        return QueryResult(columns=list(res.keys),
                           rows=[[from_neo4j(v) for v in rec.values()] for rec in res.records])

    def schema_statements(self) -> list[tuple[str, str]]:
        """(what, cypher) for every constraint and index, all ``IF NOT EXISTS``."""
        out = [(f"create unique id constraint on {label}", self._stmt("constraint_id", label=label))
               for label in ALL_NODE_LABELS]
        out += [(f"create name index on {label}", self._stmt("index_name", label=label)) for label in ENTITY_LABELS]
        out += [(f"create doc_id index on {t}", self._stmt("index_doc_id", rel_type=t)) for t in RELATION_TYPES]
        out.append(("create full-text index on entity names", self._stmt("fulltext_names")))
        return out

    def ensure_schema(self) -> None:
        for what, cypher in self.schema_statements():
            self._execute(what, cypher, {}, write=True)
        self._schema_ready = True


def _split_userinfo(uri: str) -> tuple[str, str | None, str | None]:
    """``bolt://user:pw@host`` → (``bolt://host``, user, pw): the driver rejects userinfo and would echo it."""
    scheme, sep, rest = uri.partition("://")
    if not sep or "@" not in rest.split("/", 1)[0]:
        return uri, None, None
    userinfo, _, hostpart = rest.partition("@")
    user, _, password = userinfo.partition(":")
    return f"{scheme}://{hostpart}", unquote(user) or None, unquote(password) if password else None
