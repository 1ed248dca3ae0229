"""Exports from a real embedded store: JSON and Cypher round-trip into a fresh store unchanged,
the Cypher script passes Neo4j's parser, neo4j-admin CSVs and GraphML read back to the same graph."""

from __future__ import annotations

import csv
import json
import uuid
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from neo4j_parser import syntax_errors
from test_cypher_library import sample_extractions

from graphbuild.config import StoreConfig
from graphbuild.errors import InputError
from graphbuild.export import cypher_script, graphml, json_export, neo4j_admin
from graphbuild.export.cypher_script import cypher_literal
from graphbuild.types import GraphEdge, GraphNode, GraphSnapshot

TRICKY = "O'Brien \"quoted\", back\\slash;semi\nnew line\ttab \u2028 é 中文 // not a comment"


@pytest.fixture()
def snapshot(store: Any) -> GraphSnapshot:
    store.write_extractions(sample_extractions(), "test")
    # a property full of characters every format must escape
    store.query("MATCH (n:Person {id: 'person:vidjongtius'}) SET n.note = $v, n.aliases = [$v, 'x']",
                {"v": TRICKY}, write=True)
    return store.snapshot()


@pytest.fixture()
def fresh_store(session_data_dir: Path) -> Any:
    from graphbuild.store import open_store

    s = open_store(StoreConfig(kind="embedded", data_dir=session_data_dir, graph=f"t_{uuid.uuid4().hex[:12]}"))
    try:
        yield s
    finally:
        s.clear()
        s.close()


def canonical(snap: GraphSnapshot) -> tuple[list[Any], list[Any]]:
    nodes = sorted((n.id, sorted(n.labels), json.dumps(n.properties, sort_keys=True)) for n in snap.nodes)
    edges = sorted((e.type, e.source, e.target, json.dumps(e.properties, sort_keys=True)) for e in snap.edges)
    return nodes, edges


def test_json_round_trip_into_fresh_store(snapshot: GraphSnapshot, fresh_store: Any, tmp_path: Path) -> None:
    [path] = json_export.write(snapshot, tmp_path)
    assert path.name == "graph.json"
    counts = json_export.import_json(fresh_store, path)
    assert (counts.nodes_created, counts.relationships_created) == (len(snapshot.nodes), len(snapshot.edges))
    again = fresh_store.snapshot()
    assert canonical(again) == canonical(snapshot)
    assert len(snapshot.nodes) == 19 and len(snapshot.edges) == 46
    # the copy answers queries like the original
    res = fresh_store.query("MATCH (p:Person {id: 'person:vidjongtius'}) RETURN p.note")
    assert res.rows == [[TRICKY]]


def test_cypher_script_is_valid_neo4j_and_replays(snapshot: GraphSnapshot, fresh_store: Any,
                                                  tmp_path: Path) -> None:
    [path] = cypher_script.write(snapshot, tmp_path / "out" / "g.cypher")
    statements = cypher_script.read_statements(path)
    assert any(s.startswith("CREATE CONSTRAINT") for s in statements)
    assert syntax_errors(statements) == []
    replayed = cypher_script.import_cypher(fresh_store, path)
    assert replayed == sum(1 for s in statements if s.startswith("UNWIND"))
    assert canonical(fresh_store.snapshot()) == canonical(snapshot)


def test_cypher_literals_escape_everything() -> None:
    value = {"s": TRICKY, "weird key": [1, 2.5, True, None], "n": float("nan")}
    lit = cypher_literal(value)
    assert "\n" not in lit and "\\n" in lit
    assert lit.startswith("{s: '") and "`weird key`: [1, 2.5, true, null]" in lit and lit.endswith("n: null}")
    assert syntax_errors([f"RETURN {lit} AS v"]) == []


def test_neo4j_admin_csvs_read_back(snapshot: GraphSnapshot, tmp_path: Path) -> None:
    files = neo4j_admin.write(snapshot, tmp_path / "admin")
    names = {p.name for p in files}
    assert {"nodes_Organization.header.csv", "nodes_Organization.csv", "nodes_Document.csv",
            "rels_VISITED.header.csv", "rels_MENTIONED_IN.csv", "import.sh"} <= names
    script = (tmp_path / "admin" / "import.sh").read_text()
    assert "neo4j-admin database import full" in script
    assert "--nodes=nodes_Person.header.csv,nodes_Person.csv" in script
    assert "--relationships=rels_LICENSED.header.csv,rels_LICENSED.csv" in script
    # the tricky alias contains ';' so the delimiter must switch to one no value contains
    assert "--array-delimiter=$'\\x1f'" in script
    delim = neo4j_admin.FALLBACK_DELIMITER

    def read(stem: str) -> tuple[list[str], list[list[str]]]:
        with (tmp_path / "admin" / f"{stem}.header.csv").open(newline="", encoding="utf-8") as f:
            header = next(csv.reader(f))
        with (tmp_path / "admin" / f"{stem}.csv").open(newline="", encoding="utf-8") as f:
            return header, list(csv.reader(f))

    header, rows = read("nodes_Person")
    assert header[0] == "id:ID" and header[-1] == ":LABEL" and "aliases:string[]" in header
    by_id = {r[0]: dict(zip(header, r, strict=True)) for r in rows}
    vid = by_id["person:vidjongtius"]
    assert vid["note:string"] == TRICKY
    assert vid["aliases:string[]"].split(delim) == [TRICKY, "x"]
    assert vid[":LABEL"].split(delim) == ["Entity", "Person"]

    header, rows = read("rels_MENTIONED_IN")
    assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert "count:long" in header and "spans:string[]" in header
    header, rows = read("rels_LICENSED")
    assert "confidence:double" in header and "product:string" in header
    assert [r[:3] for r in rows] == [["organization:cspc-pharmaceutical-group", "organization:kalbe-farma", "LICENSED"]]

    total_nodes = sum(len(read(p.name[: -len(".header.csv")])[1]) for p in files if p.name.startswith("nodes_")
                      and p.name.endswith(".header.csv"))
    total_rels = sum(len(read(p.name[: -len(".header.csv")])[1]) for p in files if p.name.startswith("rels_")
                     and p.name.endswith(".header.csv"))
    assert (total_nodes, total_rels) == (len(snapshot.nodes), len(snapshot.edges))


def test_neo4j_admin_uses_semicolon_when_safe(tmp_path: Path) -> None:
    snap = GraphSnapshot(nodes=[GraphNode("organization:a", ["Entity", "Organization"],
                                          {"id": "organization:a", "name": "A", "aliases": ["x", "y"]})])
    neo4j_admin.write(snap, tmp_path)
    assert "--array-delimiter=';'" in (tmp_path / "import.sh").read_text()
    assert (tmp_path / "nodes_Organization.csv").read_text().strip() == "organization:a,x;y,A,Entity;Organization"
    assert neo4j_admin.column_type([1, 2.5]) == "double" and neo4j_admin.column_type([[1], [2]]) == "long[]"


def test_graphml_reads_back(snapshot: GraphSnapshot, tmp_path: Path) -> None:
    [path] = graphml.write(snapshot, tmp_path / "g.graphml")
    g = nx.read_graphml(path, force_multigraph=True)
    assert (g.number_of_nodes(), g.number_of_edges()) == (len(snapshot.nodes), len(snapshot.edges))
    vid = g.nodes["person:vidjongtius"]
    assert vid["labels"] == "Entity:Person" and json.loads(vid["aliases"]) == [TRICKY, "x"]
    types = {d["type"] for _, _, d in g.edges(data=True)}
    assert {"VISITED", "LICENSED", "MENTIONED_IN"} <= types


def test_import_rejects_labels_outside_the_ontology(fresh_store: Any, tmp_path: Path) -> None:
    bad = GraphSnapshot(nodes=[GraphNode("x", ["Entity", "Hacker`) DETACH DELETE n //"], {})])
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(json_export.to_json(bad)))
    with pytest.raises(InputError, match="only ontology labels"):
        json_export.import_json(fresh_store, path)
    edge_only = GraphSnapshot(edges=[GraphEdge("VISITED", "a", "b", {})])
    with pytest.raises(InputError):
        json_export.import_snapshot(fresh_store, edge_only)
    (tmp_path / "other.json").write_text('{"nodes": []}')
    with pytest.raises(InputError, match="not a graphbuild JSON export"):
        json_export.import_json(fresh_store, tmp_path / "other.json")


def test_cli_export_writes_files(snapshot: GraphSnapshot, store_config: Any, tmp_path: Path) -> None:
    from click.testing import CliRunner

    from graphbuild.cli import cli

    where = ["--data-dir", str(store_config.data_dir), "--graph", store_config.graph]
    res = CliRunner().invoke(cli, ["export", "--format", "json", str(tmp_path / "x.json"), *where])
    assert res.exit_code == 0, res.output
    data = json.loads((tmp_path / "x.json").read_text())
    assert len(data["nodes"]) == len(snapshot.nodes) and len(data["relationships"]) == len(snapshot.edges)
    res = CliRunner().invoke(cli, ["export", "--format", "neo4j-admin", str(tmp_path / "adm"), *where])
    assert res.exit_code == 0, res.output
    assert (tmp_path / "adm" / "import.sh").is_file()
