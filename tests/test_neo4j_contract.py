"""The Store contract against a real Neo4j (set NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD).

No Neo4j can be installed on the development machine, so these run wherever one is
reachable (CI service container, an analyst's laptop) and skip otherwise. The tests
clear the configured database: point NEO4J_URI at a scratch database only.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest
from test_store_contract import StoreContract

from graphbuild.config import StoreConfig
from graphbuild.errors import StoreAuthError, StoreUnavailableError
from graphbuild.store import open_store

pytestmark = pytest.mark.neo4j
needs_server = pytest.mark.skipif(
    not os.environ.get("NEO4J_URI"),
    reason="no Neo4j server: set NEO4J_URI (and NEO4J_USERNAME / NEO4J_PASSWORD) to a scratch database "
           "to run the Neo4j contract suite")


@pytest.fixture()
def neo4j_config() -> StoreConfig:
    return StoreConfig.from_options(neo4j_uri=os.environ["NEO4J_URI"])


@pytest.fixture()
def neo4j_store(neo4j_config: StoreConfig) -> Iterator[Any]:
    store = open_store(neo4j_config)
    try:
        store.clear()
        store.ensure_schema()
        yield store
    finally:
        try:
            store.clear()
        finally:
            store.close()


@needs_server
class TestNeo4jContract(StoreContract):
    @pytest.fixture()
    def contract_store(self, neo4j_store: Any) -> Any:
        return neo4j_store


@needs_server
def test_wrong_password_is_an_auth_error(neo4j_config: StoreConfig) -> None:
    neo4j_config.neo4j_password = "certainly-not-the-password"
    with pytest.raises(StoreAuthError) as exc:
        open_store(neo4j_config)
    assert "certainly-not-the-password" not in str(exc.value)


def test_unreachable_server_says_where_and_what_to_do() -> None:
    """Runs without a server: the real driver against a closed port."""
    cfg = StoreConfig(kind="neo4j", neo4j_uri="bolt://127.0.0.1:1", neo4j_user="neo4j", neo4j_password="secret-pw")
    with pytest.raises(StoreUnavailableError) as exc:
        open_store(cfg)
    assert "bolt://127.0.0.1:1" in str(exc.value) and "NEO4J_URI" in str(exc.value)
    assert "secret-pw" not in str(exc.value)
