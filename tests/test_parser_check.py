"""The Neo4j parser check itself: it must accept valid Cypher and reject invalid Cypher."""

from __future__ import annotations

from pathlib import Path

import neo4j_parser
import pytest
from neo4j_parser import split_statements, syntax_errors


def test_valid_and_invalid_statements_are_told_apart() -> None:
    errors = syntax_errors(["MATCH (n) RETURN n", "MATCH (n RETURN n"])
    assert len(errors) == 1
    assert errors[0].startswith("#1 ")
    assert "Invalid input" in errors[0]


def test_semantic_errors_count_but_unknown_labels_and_parameters_do_not() -> None:
    errors = syntax_errors([
        "MATCH (n:NoSuchLabel)-[:NO_SUCH_TYPE]->(m) WHERE n.name = $name RETURN m",
        "MATCH (n) RETURN m",
    ])
    assert len(errors) == 1 and errors[0].startswith("#1 ") and "`m` not defined" in errors[0]


def test_split_statements_strips_comments_and_keeps_strings() -> None:
    text = (
        "// name: x\n"
        "MATCH (n) // trailing\n"
        "WHERE n.name = 'a;b // not a comment'\n"
        "RETURN n;\n"
        "\n"
        'RETURN "x\\";y";\n'
        "// only a comment;\n"
    )
    assert split_statements(text) == [
        "MATCH (n) \nWHERE n.name = 'a;b // not a comment'\nRETURN n",
        'RETURN "x\\";y"',
    ]


def test_missing_parser_skips_locally_but_fails_in_ci(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(neo4j_parser, "PARSER_DIR", tmp_path)
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="npm ci --prefix tests/cypher_parser"):
        neo4j_parser.syntax_errors(["RETURN 1"])
    monkeypatch.setenv("CI", "")
    with pytest.raises(pytest.skip.Exception):
        neo4j_parser.syntax_errors(["RETURN 1"])
