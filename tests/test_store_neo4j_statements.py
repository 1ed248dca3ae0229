"""Every statement the Neo4j backend can send parses with Neo4j's own Cypher parser."""

from __future__ import annotations

import pytest
from neo4j_parser import require_parser, syntax_errors

from graphbuild.ontology import ALL_NODE_LABELS, ALL_RELATIONSHIP_TYPES
from graphbuild.store import statements


def neo4j_statements() -> list[str]:
    return statements.render_all("neo4j")


def test_every_neo4j_statement_parses() -> None:
    require_parser()
    stmts = neo4j_statements()
    assert len(stmts) > len(ALL_NODE_LABELS) + len(ALL_RELATIONSHIP_TYPES)
    assert syntax_errors(stmts) == []


def test_schema_statements_are_all_rendered() -> None:
    """The parser check covers what ``Neo4jStore.ensure_schema`` sends (no driver needed to render)."""
    stmts = set(neo4j_statements())
    for label in ALL_NODE_LABELS:
        assert statements.load("constraint_id", "neo4j", label=label) in stmts
    assert any("FULLTEXT" in s for s in stmts)


def test_only_whitelisted_names_reach_templates() -> None:
    with pytest.raises(ValueError):
        statements.load("merge_entities", "neo4j", label="Organization` {id: 1}) DETACH DELETE n //")
    with pytest.raises(ValueError):
        statements.load("create_relationships", "neo4j", rel_type="KNOWS")
    with pytest.raises(ValueError):
        statements.load("merge_entities", "neo4j")  # a placeholder left unfilled
    assert "`Organization`" in statements.load("merge_entities", "neo4j", label="Organization")


def test_falkordb_statements_differ_only_where_needed() -> None:
    """FalkorDB-only statements (its index syntax) stay in the FalkorDB folder."""
    neo4j_only = set(statements.names("neo4j")) - set(statements.names("falkordb"))
    falkor_only = set(statements.names("falkordb")) - set(statements.names("neo4j"))
    assert "constraint_id" in neo4j_only and "index_id" in falkor_only
    assert not any("GRAPH." in s for s in neo4j_statements())
