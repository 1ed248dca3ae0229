"""Each Neo4j-vs-FalkorDB difference ``to_falkordb`` handles, proven on a real FalkorDB:
the Neo4j form is valid for Neo4j's parser, FalkorDB rejects it, the translation runs and answers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from neo4j_parser import syntax_errors

from graphbuild.store.dialect import to_falkordb

GRAPH_SETUP = """
CREATE (a:Entity:Person {id: 'person:a', name: 'Taruna Ikrar', aliases: ['Prof Taruna']}),
       (f:Entity:Facility {id: 'facility:f', name: 'Kalbe Business Innovation Center', aliases: []}),
       (k:Entity:Organization {id: 'organization:k', name: 'Kalbe Farma', aliases: ['Kalbe']}),
       (c:Entity:Organization {id: 'organization:c', name: 'CSPC', aliases: []}),
       (x:Entity:Location {id: 'location:x', name: 'Nowhere', aliases: []}),
       (a)-[:VISITED {doc_id: 'd1'}]->(f),
       (k)-[:OPERATES {doc_id: 'd1'}]->(f),
       (c)-[:LICENSED {doc_id: 'd2'}]->(k)
"""


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    falkordb = pytest.importorskip("falkordb")
    from graphbuild.store import server

    data_dir: Path = tmp_path_factory.mktemp("dialect")
    info = server.ensure_running(data_dir)
    try:
        db = falkordb.FalkorDB(host=info.host, port=info.port, password=info.password)
        g = db.select_graph("dialect_test")
        g.query(GRAPH_SETUP)
        yield g
        g.delete()
    finally:
        server.stop(data_dir)


def rows(graph: Any, cypher: str, params: dict[str, Any] | None = None) -> list[list[Any]]:
    return graph.query(cypher, params or {}).result_set


def check_difference(graph: Any, neo4j_cypher: str, params: dict[str, Any] | None = None) -> list[list[Any]]:
    """Neo4j accepts it, FalkorDB rejects it verbatim, and accepts its translation."""
    assert syntax_errors([neo4j_cypher]) == []
    with pytest.raises(Exception):  # noqa: B017 - FalkorDB's client raises its own ResponseError
        rows(graph, neo4j_cypher, params)
    translated = to_falkordb(neo4j_cypher)
    assert translated != neo4j_cypher
    return rows(graph, translated, params)


def test_undirected_shortest_path_in_match_becomes_sppaths(graph: Any) -> None:
    q = (
        "MATCH (a:Entity {id: 'person:a'}), (b:Entity {id: 'organization:c'}) "
        "MATCH p = shortestPath((a)-[:VISITED|OPERATES|LICENSED*..6]-(b)) "
        "RETURN [n IN nodes(p) | n.name] AS path, length(p) AS hops"
    )
    assert check_difference(graph, q) == [
        [["Taruna Ikrar", "Kalbe Business Innovation Center", "Kalbe Farma", "CSPC"], 3]
    ]


def test_shortest_path_respects_types_and_length(graph: Any) -> None:
    base = "MATCH (a:Entity {id: 'person:a'}), (b:Entity {id: 'organization:c'}) MATCH p = shortestPath((a)-[%s]-(b)) RETURN length(p)"
    assert rows(graph, to_falkordb(base % ":VISITED|OPERATES*..6")) == []  # LICENSED not allowed
    assert rows(graph, to_falkordb(base % "*..2")) == []  # 3 hops needed
    assert rows(graph, to_falkordb(base % "*")) == [[3]]
    directed = to_falkordb("MATCH (a:Entity {id: 'person:a'}), (b:Entity {id: 'facility:f'}) "
                           "MATCH p = shortestPath((a)-[*..3]->(b)) RETURN length(p)")
    assert "relDirection: 'outgoing'" in directed
    assert rows(graph, directed) == [[1]]


def test_all_shortest_paths(graph: Any) -> None:
    q = ("MATCH (a:Entity {id: 'person:a'}), (b:Entity {id: 'organization:k'}) "
         "MATCH p = allShortestPaths((a)-[*..4]-(b)) RETURN length(p)")
    assert check_difference(graph, q) == [[2]]


def test_element_id(graph: Any) -> None:
    q = "MATCH (n:Person) RETURN elementId(n) IS NOT NULL AS has_id, size(elementId(n)) > 0 AS nonempty"
    assert check_difference(graph, q) == [[True, True]]


def test_scoped_call_subquery(graph: Any) -> None:
    q = ("MATCH (n:Organization) CALL (n) { MATCH (n)--(m) RETURN count(m) AS degree } "
         "RETURN n.name, degree ORDER BY n.name")
    assert check_difference(graph, q) == [["CSPC", 1], ["Kalbe Farma", 2]]


def test_count_subquery(graph: Any) -> None:
    q = "MATCH (n:Entity) RETURN n.name, COUNT { (n)--(:Entity) } AS degree ORDER BY degree DESC, n.name LIMIT 2"
    assert check_difference(graph, q) == [["Kalbe Business Innovation Center", 2], ["Kalbe Farma", 2]]


def test_exists_subquery_becomes_pattern_predicate(graph: Any) -> None:
    q = "MATCH (n:Entity) WHERE n.name <> 'x' AND EXISTS { MATCH (n)-[:VISITED]->(:Facility) } RETURN n.name"
    assert check_difference(graph, q) == [["Taruna Ikrar"]]
    assert check_difference(graph, "MATCH (n:Entity) WHERE NOT EXISTS { (n)--() } RETURN n.name") == [["Nowhere"]]


def test_exists_with_its_own_where_is_left_untranslated() -> None:
    q = "MATCH (n) WHERE EXISTS { MATCH (n)-[r]->(m) WHERE type(r) = 'VISITED' } RETURN n"
    assert to_falkordb(q) == q  # FalkorDB cannot express it; it reports the error itself


def test_strings_and_comments_are_never_rewritten() -> None:
    q = ("// elementId(x) and shortestPath stay in comments\n"
         "MATCH (n) WHERE n.note = 'elementId(n) COUNT { x }' RETURN n /* CALL (n) { */")
    assert to_falkordb(q) == q


def test_plain_queries_pass_through_unchanged(graph: Any) -> None:
    q = ("MATCH (n:Entity) WHERE toLower(n.name) = toLower($name) "
         "OR any(a IN n.aliases WHERE toLower(a) = toLower($name)) RETURN n.id")
    assert to_falkordb(q) == q
    assert rows(graph, q, {"name": "kalbe"}) == [["organization:k"]]


def test_full_subqueries_are_left_for_falkordb_to_report() -> None:
    q = "MATCH (n) WHERE EXISTS { MATCH (n)--(m) RETURN m } RETURN n"
    assert to_falkordb(q) == q
