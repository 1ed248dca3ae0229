"""The analyst Cypher library: Neo4j's parser accepts every file in ``cypher/``, headers
declare exactly the parameters the text uses, and every saved query runs on the embedded
store and answers correctly (on a hand-made graph, and on the seeds)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from neo4j_parser import split_statements, syntax_errors

from graphbuild.errors import QueryError
from graphbuild.queries import get_query, list_queries, parse_params, parse_query_file, typed_value
from graphbuild.types import Document, Entity, Extraction, QueryResult, Relation, Span

REPO = Path(__file__).resolve().parent.parent
CYPHER_FILES = sorted((REPO / "cypher").rglob("*.cypher"))
REQUIRED_QUERIES = {"visits", "certifications", "licensing", "product_approvals", "positions",
                     "organisation_profile", "country_partnerships", "events", "mentions", "connection",
                     "timeline", "new_since", "co_mentioned"}

# ---------------------------------------------------------------- a small hand-made graph

E: dict[str, tuple[str, str, list[str], str | None]] = {  # key -> (type, name, aliases, category)
    "taruna": ("Person", "Taruna Ikrar", ["Prof. dr. Taruna Ikrar"], None),
    "vidjongtius": ("Person", "Vidjongtius", [], None),
    "bpom": ("Organization", "Badan Pengawas Obat dan Makanan", ["BPOM", "Badan POM"], "regulator"),
    "dit": ("Organization", "Direktorat Pengawasan Produksi Obat", [], "regulator"),
    "kalbe": ("Organization", "Kalbe Farma", ["Kalbe", "PT Kalbe Farma Tbk"], "company"),
    "cspc": ("Organization", "CSPC Pharmaceutical Group", ["CSPC"], "company"),
    "jetro": ("Organization", "JETRO", [], "international"),
    "kbic": ("Facility", "Kalbe Business Innovation Center", [], None),
    "nbp": ("Product", "NBP", ["n-butylphthalide"], None),
    "lesa": ("Agreement", "License and Exclusive Supply Agreement", [], None),
    "cpob": ("Regulation", "CPOB", ["Cara Pembuatan Obat yang Baik"], "standard"),
    "forum": ("Event", "Forum Bisnis Kefarmasian Indonesia-Jepang", [], None),
    "indonesia": ("Location", "Indonesia", [], "country"),
    "tiongkok": ("Location", "Tiongkok", ["China"], "country"),
    "jepang": ("Location", "Jepang", ["Japan"], "country"),
    "jaktim": ("Location", "Jakarta Timur", [], "city"),
    "osaka": ("Location", "Osaka", [], "city"),
}

DOC1 = ["taruna", "vidjongtius", "bpom", "dit", "kalbe", "cspc", "kbic", "nbp", "lesa", "cpob",
        "indonesia", "tiongkok", "jaktim"]
DOC2 = ["taruna", "bpom", "kalbe", "jetro", "forum", "indonesia", "jepang", "osaka", "nbp"]

REL1: list[tuple[str, str, str, str | None, dict[str, str]]] = [  # type, head, tail, date, extras
    ("VISITED", "taruna", "kbic", "2025", {}),
    ("HOLDS_POSITION", "taruna", "bpom", None, {"title": "Kepala BPOM"}),
    ("HOLDS_POSITION", "vidjongtius", "kalbe", None, {"title": "Presiden Direktur"}),
    ("MET_WITH", "taruna", "vidjongtius", "2025", {}),
    ("OPERATES", "kalbe", "kbic", None, {}),
    ("LOCATED_IN", "kbic", "jaktim", None, {}),
    ("LOCATED_IN", "jaktim", "indonesia", None, {}),
    ("LOCATED_IN", "kalbe", "indonesia", None, {}),
    ("LOCATED_IN", "cspc", "tiongkok", None, {}),
    ("CERTIFIED", "bpom", "kbic", "2025", {"standard": "CPOB"}),
    ("LICENSED", "cspc", "kalbe", "2025-10", {"product": "NBP"}),
    ("SIGNED", "kalbe", "lesa", "2025-10", {}),
    ("SIGNED", "cspc", "lesa", "2025-10", {}),
    ("COVERS", "lesa", "nbp", None, {}),
    ("PARTNERS_WITH", "kalbe", "cspc", None, {"topic": "NBP"}),
    ("REGISTERED_WITH", "nbp", "bpom", None, {"status": "dalam proses registrasi"}),
    ("PART_OF", "dit", "bpom", None, {}),
]
REL2: list[tuple[str, str, str, str | None, dict[str, str]]] = [
    ("ORGANIZED", "jetro", "forum", None, {}),
    ("ATTENDED", "taruna", "forum", None, {"role": "pembicara"}),
    ("HELD_IN", "forum", "osaka", None, {}),
    ("LOCATED_IN", "osaka", "jepang", None, {}),
    ("PARTNERS_WITH", "indonesia", "jepang", "2026-01", {"topic": "farmasi"}),
    ("APPROVED", "bpom", "nbp", "2026-01-10", {}),
    ("HOLDS_POSITION", "taruna", "bpom", None, {"title": "Kepala Badan POM"}),
]


def _extraction(doc_id: str, published: str, keys: list[str], rels: list[Any]) -> Extraction:
    from graphbuild.ontology import entity_id

    text_parts: list[str] = []
    entities: list[Entity] = []
    pos = 0
    for key in keys:
        typ, name, aliases, cat = E[key]
        span = Span(pos, pos + len(name), name)
        text_parts.append(name)
        pos += len(name) + 2
        entities.append(Entity(entity_id(typ, name), typ, name, list(aliases), cat, [span]))
    ids = {k: entity_id(E[k][0], E[k][1]) for k in keys}
    relations = [Relation(t, ids[h], ids[tl], f"Kalimat bukti {t} {E[h][1]} {E[tl][1]}.", 0.9, d, dict(x))
                 for t, h, tl, d, x in rels]
    doc = Document(id=doc_id, source=f"{doc_id}.txt", text=". ".join(text_parts), sha256=doc_id * 4,
                   title=f"Berita {doc_id}", published=published, authors=["Redaksi"], url=None, language="id")
    return Extraction(doc, entities, relations, resolved=True)


def sample_extractions() -> list[Extraction]:
    """Two documents covering every saved query (also used by the export tests)."""
    return [_extraction("d1", "2025-11-06", DOC1, REL1), _extraction("d2", "2026-01-15", DOC2, REL2)]


@pytest.fixture()
def sample_store(store: Any) -> Any:
    store.write_extractions(sample_extractions(), "test")
    return store


def run(store: Any, query: str, /, **params: Any) -> list[dict[str, Any]]:
    saved = get_query(query)
    full = {**saved.example_params(), **{p.name: p.default for p in saved.params if not p.required}, **params}
    res: QueryResult = store.query(saved.text, full)
    return [dict(zip(res.columns, row, strict=True)) for row in res.rows]


# ---------------------------------------------------------------- static checks


def test_every_cypher_file_passes_neo4j_parser() -> None:
    statements = [s for f in CYPHER_FILES for s in split_statements(f.read_text(encoding="utf-8"))]
    assert len(statements) >= 40  # the schema alone has ~45
    assert syntax_errors(statements) == []


def test_library_has_the_required_questions() -> None:
    names = {q.name for q in list_queries()}
    assert REQUIRED_QUERIES <= names
    for q in list_queries():
        assert q.description, q.name
        assert q.path is not None and q.path.stem == q.name


@pytest.mark.parametrize("path", sorted((REPO / "cypher" / "queries").glob("*.cypher")), ids=lambda p: p.stem)
def test_headers_declare_exactly_the_parameters_used(path: Path) -> None:
    q = parse_query_file(path)
    used = set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", "\n".join(split_statements(q.text))))
    assert used == {p.name for p in q.params}
    for p in q.params:
        assert p.example is not None, f"{q.name}: param {p.name} needs an 'e.g.' example"


def test_schema_covers_every_label_and_relationship_type() -> None:
    from graphbuild.ontology import ENTITY_LABELS, RELATION_TYPES

    schema = (REPO / "cypher" / "schema.cypher").read_text(encoding="utf-8")
    for label in (*ENTITY_LABELS, "Document"):
        assert f"FOR (n:{label}) REQUIRE n.id IS UNIQUE" in schema
    for label in ENTITY_LABELS:
        assert f"FOR (n:{label}) ON (n.name)" in schema
    for rel in RELATION_TYPES:
        assert f"FOR ()-[r:{rel}]-() ON (r.doc_id)" in schema
    assert "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS" in schema
    assert all("IF NOT EXISTS" in s for s in split_statements(schema))


def test_parse_params_types_by_header() -> None:
    visits, co = get_query("visits"), get_query("co_mentioned")
    assert parse_params(["since=2025"], visits) == {"visitor": None, "since": "2025"}  # a date stays a string
    assert parse_params(["visitor=Taruna Ikrar", "since=null"], visits) == {"visitor": "Taruna Ikrar", "since": None}
    assert parse_params(["limit=5"], co) == {"name": None, "limit": 5}
    with pytest.raises(QueryError, match="no parameter bogus"):
        parse_params(["bogus=1"], visits)
    with pytest.raises(QueryError, match="not a valid int"):
        parse_params(["limit=many"], co)
    with pytest.raises(QueryError, match=r"needs --param name=Kalbe Farma"):
        parse_params([], get_query("organisation_profile"))
    with pytest.raises(QueryError, match="NAME=VALUE"):
        parse_params(["since"], visits)


def test_parse_params_ad_hoc_infers_types() -> None:
    got = parse_params(["a=1", "b=1.5", "c=true", "d=null", "e=[1, \"x\"]", "f=2025-01-01", "g='42'", "h=a=b"])
    assert got == {"a": 1, "b": 1.5, "c": True, "d": None, "e": [1, "x"], "f": "2025-01-01", "g": "42", "h": "a=b"}
    assert typed_value("x,y", "list") == ["x", "y"]


def test_unknown_saved_query_names_the_known_ones() -> None:
    with pytest.raises(QueryError, match="known: .*visits"):
        get_query("no-such-query")


# ---------------------------------------------------------------- answers on the embedded store


def test_every_saved_query_runs_with_its_examples_and_defaults(sample_store: Any) -> None:
    for q in list_queries():
        res = sample_store.query(q.text, q.example_params())
        assert res.columns, q.name
        defaults = {p.name: (p.default if not p.required else q.example_params()[p.name]) for p in q.params}
        sample_store.query(q.text, defaults)


def test_visits(sample_store: Any) -> None:
    rows = run(sample_store, "visits", visitor="prof. dr. taruna ikrar")
    assert [(r["visitor"], r["visited"], r["visited_type"], r["date"]) for r in rows] == [
        ("Taruna Ikrar", "Kalbe Business Innovation Center", "Facility", "2025")]
    assert rows[0]["evidence"].startswith("Kalimat bukti VISITED") and rows[0]["doc_id"] == "d1"
    assert run(sample_store, "visits", since="2025-06-01")  # a year-only date may fall after June
    assert run(sample_store, "visits", since="2026-01-01") == []


def test_certifications(sample_store: Any) -> None:
    rows = run(sample_store, "certifications", standard="cpob")
    assert [(r["certifier"], r["certified"], r["operated_by"], r["standard"]) for r in rows] == [
        ("Badan Pengawas Obat dan Makanan", "Kalbe Business Innovation Center", ["Kalbe Farma"], "CPOB")]
    assert run(sample_store, "certifications", standard="GMP") == []


def test_licensing(sample_store: Any) -> None:
    rows = run(sample_store, "licensing", company="Kalbe")
    assert len(rows) == 1
    r = rows[0]
    assert (r["licensor"], r["licensee"], r["product"], r["date"]) == (
        "CSPC Pharmaceutical Group", "Kalbe Farma", "NBP", "2025-10")
    assert r["agreements"] == ["License and Exclusive Supply Agreement"] and r["agreement_products"] == ["NBP"]
    assert run(sample_store, "licensing", company="JETRO") == []


def test_product_approvals(sample_store: Any) -> None:
    rows = run(sample_store, "product_approvals", product="n-butylphthalide")
    got = sorted((r["action"], r["regulator"], r["status"], r["date"]) for r in rows)
    assert got == [("approved", "Badan Pengawas Obat dan Makanan", None, "2026-01-10"),
                   ("registered", "Badan Pengawas Obat dan Makanan", "dalam proses registrasi", "2025-11-06")]
    assert [r["action"] for r in run(sample_store, "product_approvals", since="2026-01-01")] == ["approved"]


def test_positions_latest_title_per_organisation(sample_store: Any) -> None:
    rows = run(sample_store, "positions", organisation="Badan POM")
    assert [(r["person"], r["title"], r["as_of"], r["earlier_titles"]) for r in rows] == [
        ("Taruna Ikrar", "Kepala Badan POM", "2026-01-15", ["Kepala BPOM"])]
    everyone = {(r["organisation"], r["person"]) for r in run(sample_store, "positions")}
    assert everyone == {("Badan Pengawas Obat dan Makanan", "Taruna Ikrar"), ("Kalbe Farma", "Vidjongtius")}


def test_organisation_profile(sample_store: Any) -> None:
    [kalbe] = run(sample_store, "organisation_profile", name="pt kalbe farma tbk")
    assert kalbe["facilities"] == ["Kalbe Business Innovation Center"]
    assert kalbe["partners"] == ["CSPC Pharmaceutical Group"]
    assert kalbe["people"] == ["Vidjongtius (Presiden Direktur)"]
    assert kalbe["located_in"] == ["Indonesia"] and kalbe["category"] == "company"
    [bpom] = run(sample_store, "organisation_profile", name="BPOM")
    assert bpom["units"] == ["Direktorat Pengawasan Produksi Obat"]
    assert run(sample_store, "organisation_profile", name="Nobody") == []


def test_country_partnerships(sample_store: Any) -> None:
    rows = run(sample_store, "country_partnerships")
    pairs = {frozenset((r["country_a"], r["country_b"])) for r in rows}
    assert pairs == {frozenset(("Indonesia", "Jepang")), frozenset(("Indonesia", "Tiongkok"))}
    china = run(sample_store, "country_partnerships", country="China")
    assert [(r["party_a"], r["party_b"], r["topic"]) for r in china] == [
        ("Kalbe Farma", "CSPC Pharmaceutical Group", "NBP")]


def test_events(sample_store: Any) -> None:
    [ev] = run(sample_store, "events", name="forum bisnis")
    assert ev["organisers"] == ["JETRO"] and ev["attendees"] == ["Taruna Ikrar (pembicara)"]
    assert ev["places"] == ["Osaka"] and ev["date"] == "2026-01-15"


def test_mentions(sample_store: Any) -> None:
    rows = run(sample_store, "mentions", name="bpom")
    assert [r["doc_id"] for r in rows] == ["d2", "d1"]
    assert all(r["entity"] == "Badan Pengawas Obat dan Makanan" and r["evidence"] for r in rows)
    assert rows[0]["title"] == "Berita d2" and rows[0]["mentions"] == 1


def test_connection(sample_store: Any) -> None:
    [row] = run(sample_store, "connection", source="Taruna Ikrar", target="CSPC")
    assert row["hops"] == 3 and row["path"][0] == "Taruna Ikrar" and row["path"][-1] == "CSPC Pharmaceutical Group"
    assert len(row["steps"]) == 3 and len(row["evidence"]) == 3
    assert run(sample_store, "connection", source="Kalbe", target="Nobody") == []
    [near] = run(sample_store, "connection", source="Kalbe", target="Kalbe Business Innovation Center")
    assert near["hops"] == 1 and near["steps"] == ["Kalbe Farma -OPERATES-> Kalbe Business Innovation Center"]


def test_timeline(sample_store: Any) -> None:
    rows = run(sample_store, "timeline", name="Kalbe")
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    assert ("CSPC Pharmaceutical Group", "LICENSED", "Kalbe Farma") in {(r["subject"], r["relation"], r["object"])
                                                                        for r in rows}


def test_new_since(sample_store: Any) -> None:
    rows = run(sample_store, "new_since", since="2026-01-01")
    kinds = {(r["kind"], r["what"]) for r in rows}
    assert ("document", "Berita d2") in kinds and ("document", "Berita d1") not in kinds
    assert ("entity", "Organization: JETRO") in kinds and ("entity", "Person: Taruna Ikrar") not in kinds
    assert ("fact", "Badan Pengawas Obat dan Makanan APPROVED NBP") in kinds
    assert not any(r["kind"] == "fact" and r["doc_id"] == "d1" for r in rows)


def test_co_mentioned(sample_store: Any) -> None:
    rows = run(sample_store, "co_mentioned", name="BPOM", limit=3)
    assert len(rows) == 3
    assert all(r["documents"] == 2 for r in rows)  # Taruna, Kalbe, NBP, Indonesia appear in both documents
    assert {r["co_mentioned"] for r in rows} <= {"Taruna Ikrar", "Kalbe Farma", "NBP", "Indonesia"}
    top = run(sample_store, "co_mentioned")
    assert top[0]["documents"] == 2 and all(r["entity"] != r["co_mentioned"] for r in top)


def test_entities_search(sample_store: Any) -> None:
    rows = run(sample_store, "entities", text="kalbe")
    assert {r["name"] for r in rows} == {"Kalbe Farma", "Kalbe Business Innovation Center"}
    assert {r["name"] for r in run(sample_store, "entities", type="Location", text=None)} >= {"Osaka", "Jepang"}



def test_queries_tolerate_unknown_dates(sample_store: Any) -> None:
    """A document without a published date and an undated fact: no query may fail on the nulls."""
    kalbio = ("Organization", "PT Kalbio Global Medika", ["Kalbio"], "company")
    E["kalbio"] = kalbio
    try:
        d3 = _extraction("d3", "2026-02-01", ["taruna", "kalbio"], [("VISITED", "taruna", "kalbio", None, {})])
        d3.document.published = None
        sample_store.write_extractions([d3], "test")
    finally:
        del E["kalbio"]
    for q in list_queries():
        sample_store.query(q.text, q.example_params())
    assert {r["visited"] for r in run(sample_store, "visits")} == {
        "Kalbe Business Innovation Center", "PT Kalbio Global Medika"}
    assert {r["visited"] for r in run(sample_store, "visits", since="2025-01-01")} == {
        "Kalbe Business Innovation Center"}  # an unknown date is not "since" anything
    assert ("entity", "Organization: PT Kalbio Global Medika") not in {
        (r["kind"], r["what"]) for r in run(sample_store, "new_since", since="2000")}

# ---------------------------------------------------------------- the seeds (depend on extraction quality)


@pytest.fixture()
def seeds_store(store: Any, store_config: Any, seeds_dir: Path) -> Any:
    pipeline = pytest.importorskip("graphbuild.pipeline")
    report = pipeline.load(sorted(seeds_dir.glob("*.txt")), store_config)
    assert not report.failed, report.failed
    return store


@pytest.mark.slow
def test_seed_answers_depend_on_extraction(seeds_store: Any) -> None:
    """EXTRACTION-QUALITY DEPENDENT: these follow the gold file, not the query library."""
    for q in list_queries():
        seeds_store.query(q.text, q.example_params())
    visits = {(r["visitor"], r["visited"]) for r in run(seeds_store, "visits")}
    assert ("Taruna Ikrar", "Kalbe Business Innovation Center") in visits
    lic = run(seeds_store, "licensing", company="Kalbe")
    assert any(r["licensor"].startswith("CSPC") and (r["product"] or "").startswith("NBP") for r in lic), lic


# ---------------------------------------------------------------- the CLI


def _cli(args: list[str]) -> Any:
    from click.testing import CliRunner

    from graphbuild.cli import cli

    return CliRunner().invoke(cli, args, catch_exceptions=True)


def test_cli_query_saved_and_ad_hoc(sample_store: Any, store_config: Any) -> None:
    where = ["--data-dir", str(store_config.data_dir), "--graph", store_config.graph]
    res = _cli(["query", "--name", "visits", "--param", "since=2025-01-01", *where])
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert lines[0].split() == ["visitor", "visited", "visited_type", "date", "evidence", "doc_id"]
    assert "Kalbe Business Innovation Center" in lines[2] and lines[-1] == "(1 row)"

    res = _cli(["query", "MATCH (n:Organization) WHERE n.name STARTS WITH $p RETURN n.name AS name, n.aliases "
                "AS aliases ORDER BY name", "--param", "p=K", "--format", "json", *where])
    assert res.exit_code == 0, res.output
    import json

    assert json.loads(res.output) == [{"name": "Kalbe Farma", "aliases": ["Kalbe", "PT Kalbe Farma Tbk"]}]

    res = _cli(["query", "--name", "licensing", "--format", "csv", *where])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines()[0] == "licensor,licensee,product,agreement_products,agreements,date,evidence,doc_id"
    assert 'CSPC Pharmaceutical Group,Kalbe Farma,NBP,"[""NBP""]"' in res.output


def test_cli_query_errors_are_query_errors(store_config: Any) -> None:
    where = ["--data-dir", str(store_config.data_dir), "--graph", store_config.graph]
    res = _cli(["query", "--name", "organisation_profile", *where])
    assert isinstance(res.exception, QueryError) and "--param name=" in str(res.exception)
    res = _cli(["query", *where])
    assert isinstance(res.exception, QueryError)


def test_cli_queries_lists_names_and_params() -> None:
    res = _cli(["queries"])
    assert res.exit_code == 0
    assert any(line.startswith("visits") and "since" in line for line in res.output.splitlines())
    assert "source (required)" in res.output
