"""The Store promises, written once and run against every backend.

Not collected by itself (no ``Test*`` class here): ``test_store_falkordb.py`` and
``test_neo4j_contract.py`` subclass :class:`StoreContract` and provide the
``contract_store`` fixture for their backend.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from graphbuild.errors import QueryError
from graphbuild.types import Document, Entity, Extraction, Relation, Span

HOSTILE = [
    "x'}) DETACH DELETE n //",
    "`backtick` name`",
    "$param and {{label}}",
    'double "quotes" and \'single\'',
    "ünïcødé — 中文 — 🙂 — Tiongkok",
    "back\\slash\\",
    "line\nbreak\ttab",
    "MATCH (n) DETACH DELETE n",
]


def ent(eid: str, etype: str, name: str, *, aliases: tuple[str, ...] = (), category: str | None = None,
        surfaces: tuple[str, ...] = (), degrees: tuple[str, ...] = ()) -> Entity:
    spans = [Span(i * 10, i * 10 + len(s), s) for i, s in enumerate(surfaces or (name,))]
    return Entity(id=eid, type=etype, name=name, aliases=list(aliases), category=category, mentions=spans,
                  degrees=list(degrees))


def rel(rtype: str, head: str, tail: str, evidence: str = "kalimat bukti.", **props: str) -> Relation:
    return Relation(type=rtype, head=head, tail=tail, evidence=evidence, confidence=0.75, date="2025",
                    properties=dict(props))


def doc(doc_id: str, entities: list[Entity], relations: list[Relation], *, published: str = "2025-01-01",
        title: str | None = None, sha: str | None = None) -> Extraction:
    d = Document(id=doc_id, source=f"seeds/{doc_id}.txt", text="(text)", sha256=sha or f"sha-{doc_id}",
                 title=title or f"Judul {doc_id}", published=published, authors=["Redaksi"], url=None)
    return Extraction(document=d, entities=entities, relations=relations, resolved=True)


BPOM = "organization:bpom"
KALBE = "organization:kalbe-farma"
TARUNA = "person:taruna-ikrar"
CSPC = "organization:cspc"


def corpus() -> list[Extraction]:
    """Three documents; d1 and d2 both state BPOM CERTIFIED Kalbe; only d1 knows the alias 'Badan POM'."""
    d1 = doc("d1", [ent(BPOM, "Organization", "BPOM", aliases=("Badan POM",), category="regulator"),
                    ent(KALBE, "Organization", "PT Kalbe Farma Tbk", category="company", surfaces=("Kalbe", "Kalbe")),
                    ent(TARUNA, "Person", "Taruna Ikrar", degrees=("Ph.D.",))],
             [rel("CERTIFIED", BPOM, KALBE, "BPOM memberikan sertifikat CPOB kepada Kalbe.", standard="CPOB"),
              rel("HOLDS_POSITION", TARUNA, BPOM, "Kepala BPOM Taruna Ikrar.", title="Kepala")],
             published="2025-03-01")
    d2 = doc("d2", [ent(BPOM, "Organization", "Badan Pengawas Obat dan Makanan", category="regulator",
                        surfaces=("BPOM",)),
                    ent(KALBE, "Organization", "Kalbe Farma", category="company")],
             [rel("CERTIFIED", BPOM, KALBE, "Kalbe tersertifikasi CPOB dari BPOM.", standard="CPOB")],
             published="2024-06-15")
    d3 = doc("d3", [ent(KALBE, "Organization", "Kalbe Farma", category="company"),
                    ent(CSPC, "Organization", "CSPC Pharmaceutical Group", category="company")],
             [rel("LICENSED", CSPC, KALBE, "CSPC memberikan lisensi kepada Kalbe.", product="NBP"),
              rel("PARTNERS_WITH", KALBE, CSPC, "Kalbe bekerja sama dengan CSPC.", topic="NBP")],
             published="2025-11-06")
    return [d1, d2, d3]


def normalized(store: Any) -> dict[str, Any]:
    """The snapshot as comparable data (``loaded_at`` excluded: it is the write time)."""
    snap = store.snapshot()
    nodes = sorted((n.id, tuple(n.labels), json.dumps({k: v for k, v in n.properties.items() if k != "loaded_at"},
                                                        sort_keys=True, ensure_ascii=False)) for n in snap.nodes)
    edges = sorted((e.type, e.source, e.target, json.dumps(e.properties, sort_keys=True, ensure_ascii=False))
                   for e in snap.edges)
    return {"nodes": nodes, "edges": edges}


def entity(store: Any, eid: str) -> dict[str, Any] | None:
    rows = store.query("MATCH (e:Entity {id: $id}) RETURN e", {"id": eid}).rows
    return rows[0][0] if rows else None


def rels(store: Any, rtype: str) -> list[tuple[str, str, str]]:
    rows = store.query(f"MATCH (h)-[r:{rtype}]->(t) RETURN h.id, t.id, r.doc_id").rows
    return sorted(tuple(r) for r in rows)


class StoreContract:
    """Subclasses provide a ``contract_store`` fixture: an empty graph, cleared afterwards."""

    def test_first_write_counts_every_node_and_edge(self, contract_store: Any) -> None:
        counts = contract_store.write_extractions(corpus(), "test-1")
        # 4 entities + 3 documents; 7 MENTIONED_IN + 5 relationships
        assert (counts.nodes_created, counts.relationships_created) == (7, 12)
        assert (counts.nodes_deleted, counts.relationships_deleted) == (0, 0)

    def test_write_then_reload_is_identical(self, contract_store: Any) -> None:
        contract_store.write_extractions(corpus(), "test-1")
        before, stats_before = normalized(contract_store), contract_store.stats()
        counts = contract_store.write_extractions(corpus(), "test-1")
        assert normalized(contract_store) == before
        stats_after = contract_store.stats()
        stats_before.pop("last_loaded_at"), stats_after.pop("last_loaded_at")
        assert stats_after == stats_before
        assert counts.nodes_created == counts.nodes_deleted == 0
        assert counts.relationships_created == counts.relationships_deleted == 12

    def test_result_does_not_depend_on_load_order(self, contract_store: Any) -> None:
        contract_store.write_extractions(corpus(), "test-1")
        together = normalized(contract_store)
        contract_store.clear()
        for ex in reversed(corpus()):
            contract_store.write_extractions([ex], "test-1")
        assert normalized(contract_store) == together

    def test_replacing_one_document_changes_only_its_facts(self, contract_store: Any) -> None:
        d1, d2, d3 = corpus()
        contract_store.write_extractions([d1, d2, d3], "test-1")
        snap = normalized(contract_store)
        others = [e for e in snap["edges"] if '"doc_id": "d1"' not in e[3] and e[2] != "d1"]
        new_d1 = doc("d1", [ent(BPOM, "Organization", "BPOM", category="regulator"),
                            ent(CSPC, "Organization", "CSPC", category="company")],
                     [], published="2025-03-01", sha="sha-d1-v2")
        contract_store.write_extractions([new_d1], "test-1")
        assert rels(contract_store, "CERTIFIED") == [(BPOM, KALBE, "d2")]  # d2 still supports it
        assert rels(contract_store, "HOLDS_POSITION") == []
        assert entity(contract_store, TARUNA) is None  # only d1 mentioned him
        after = normalized(contract_store)
        kept = [e for e in after["edges"] if '"doc_id": "d1"' not in e[3] and e[2] != "d1"]
        assert kept == others
        assert contract_store.document_states()["d1"].sha256 == "sha-d1-v2"

    def test_shared_entity_survives_removing_one_of_its_documents(self, contract_store: Any) -> None:
        contract_store.write_extractions(corpus(), "test-1")
        counts = contract_store.remove_documents(["d1"])
        assert entity(contract_store, BPOM) is not None
        assert entity(contract_store, TARUNA) is None
        assert "d1" not in contract_store.document_states()
        assert rels(contract_store, "CERTIFIED") == [(BPOM, KALBE, "d2")]
        assert counts.nodes_deleted == 2  # Taruna and the d1 Document
        contract_store.remove_documents(["d2", "d3", "no-such-doc"])
        assert contract_store.stats()["entities_total"] == 0
        assert contract_store.snapshot().nodes == []

    def test_aggregates_follow_the_remaining_mentions(self, contract_store: Any) -> None:
        contract_store.write_extractions(corpus(), "test-1")
        bpom = entity(contract_store, BPOM)
        assert bpom["name"] == "Badan Pengawas Obat dan Makanan"  # tie on frequency → longest
        assert bpom["aliases"] == ["BPOM", "Badan POM"]
        assert (bpom["first_seen"], bpom["last_seen"]) == ("2024-06-15", "2025-03-01")
        assert bpom["category"] == "regulator"
        kalbe = entity(contract_store, KALBE)
        assert kalbe["name"] == "Kalbe Farma"  # 2 documents call it that, 1 says "PT Kalbe Farma Tbk"
        assert kalbe["aliases"] == ["Kalbe", "PT Kalbe Farma Tbk"]
        assert entity(contract_store, TARUNA)["degrees"] == ["Ph.D."]
        contract_store.remove_documents(["d1"])
        bpom = entity(contract_store, BPOM)
        assert bpom["aliases"] == ["BPOM"]  # "Badan POM" came only from d1
        assert (bpom["first_seen"], bpom["last_seen"]) == ("2024-06-15", "2024-06-15")
        assert entity(contract_store, KALBE)["aliases"] == []

    def test_interrupted_write_is_reported_and_repaired(self, contract_store: Any) -> None:
        d1, d2, _ = corpus()
        contract_store.write_extractions([d1, d2], "test-1")
        reference = normalized(contract_store)
        # a process killed right after step (a): d1 is marked incomplete and nothing else happened
        stmt = contract_store._stmt("merge_documents")
        row = {"id": "d1", "title": "x", "source": "x", "url": None, "published": "2025-03-01", "authors": []}
        contract_store._execute("mark documents incomplete", stmt, {"rows": [row]}, write=True)
        # ... and an orphan entity left by a crash between deleting mentions and recomputing
        # (the statement that deletes an entity's last mention marks it stale)
        contract_store.query("CREATE (:Entity:Organization {id: 'organization:orphan', name: 'Orphan', "
                             "stale: true})", write=True)
        states = contract_store.document_states()
        assert states["d1"].complete is False and states["d2"].complete is True
        contract_store.write_extractions([d1], "test-1")
        assert contract_store.document_states()["d1"].complete is True
        assert entity(contract_store, "organization:orphan") is None
        assert normalized(contract_store) == reference

    def test_unmarked_orphans_of_older_versions_are_swept(self, contract_store: Any) -> None:
        """A killed run of an older graphbuild left an incomplete document and an unmarked orphan."""
        d1, d2, _ = corpus()
        contract_store.write_extractions([d1, d2], "test-1")
        reference = normalized(contract_store)
        contract_store.query("MATCH (d:Document {id: 'd1'}) SET d.complete = false", write=True)
        contract_store.query("CREATE (:Entity:Organization {id: 'organization:orphan', name: 'Orphan'})", write=True)
        reopened = type(contract_store)(contract_store.config)
        try:
            reopened.write_extractions([d1], "test-1")
        finally:
            reopened.close()
        assert entity(contract_store, "organization:orphan") is None
        assert normalized(contract_store) == reference

    def test_deferred_aggregates_are_finished_by_the_next_finish(self, contract_store: Any) -> None:
        """A bulk load killed before ``finish_writes`` leaves stale entities; the next finish equals a clean load."""
        d1, d2, d3 = corpus()
        contract_store.write_extractions([d1, d2, d3], "test-1")
        reference = normalized(contract_store)
        contract_store.clear()
        contract_store.write_extractions([d1, d2], "test-1", finish=False)
        contract_store.write_extractions([d3], "test-1", finish=False)
        stale = contract_store.query("MATCH (e:Entity) WHERE e.stale = true RETURN count(e)").rows[0][0]
        assert stale > 0
        assert all(st.complete for st in contract_store.document_states().values())
        contract_store.finish_writes()
        assert normalized(contract_store) == reference
        contract_store.remove_documents(["d3"])  # orphans of a deferred write go at the finish too
        contract_store.write_extractions([d3], "test-1", finish=False)
        contract_store.finish_writes()
        assert normalized(contract_store) == reference
        assert contract_store.query("MATCH (e:Entity) WHERE e.stale = true RETURN count(e)").rows[0][0] == 0

    def test_hostile_text_is_stored_verbatim(self, contract_store: Any) -> None:
        ents = [ent(f"organization:h{i}", "Organization", s, aliases=(s + " alias",)) for i, s in enumerate(HOSTILE)]
        relations = [rel("PARTNERS_WITH", f"organization:h{i}", f"organization:h{i + 1}", evidence=s, topic=s)
                     for i, s in enumerate(HOSTILE[:-1])]
        contract_store.write_extractions([doc("evil'}) //", ents, relations, title=HOSTILE[0])], "v`1")
        for i, s in enumerate(HOSTILE):
            e = entity(contract_store, f"organization:h{i}")
            assert e is not None and e["name"] == s and e["aliases"] == [s + " alias"]
        rows = contract_store.query("MATCH ()-[r:PARTNERS_WITH]->() RETURN r.evidence, r.topic ORDER BY r.evidence").rows
        assert sorted(r[0] for r in rows) == sorted(HOSTILE[:-1]) and all(r[0] == r[1] for r in rows)
        st = contract_store.stats()
        assert st["entities_total"] == len(HOSTILE) and st["relationships"] == {"PARTNERS_WITH": len(HOSTILE) - 1}
        states = contract_store.document_states()
        assert states["evil'}) //"].extractor_version == "v`1"
        assert contract_store.query("MATCH (d:Document) RETURN d.title").rows == [[HOSTILE[0]]]

    def test_invalid_items_are_skipped_not_written(self, contract_store: Any) -> None:
        ex = doc("d9", [ent(BPOM, "Organization", "BPOM"), ent("thing:x", "Thing", "X")],
                 [rel("CERTIFIED", BPOM, "organization:missing"), rel("NOT_A_TYPE", BPOM, BPOM)])
        contract_store.write_extractions([ex], "test-1")
        st = contract_store.stats()
        assert st["entities"] == {"Organization": 1} and st["relationships"] == {}

    def test_query_returns_plain_values(self, contract_store: Any) -> None:
        contract_store.write_extractions(corpus(), "test-1")
        res = contract_store.query(
            "MATCH p = (h:Organization {id: $id})-[r:LICENSED]->(t) RETURN h, r, p, t.name AS name",
            {"id": CSPC})
        assert res.columns == ["h", "r", "p", "name"]
        h, r, p, name = res.rows[0]
        assert h["_labels"] == ["Entity", "Organization"] and h["id"] == CSPC
        assert r["_type"] == "LICENSED" and r["product"] == "NBP" and r["doc_id"] == "d3"
        assert [x.get("_type") or x["id"] for x in p] == [CSPC, "LICENSED", KALBE]
        assert name == "Kalbe Farma"
        json.dumps(res.rows)  # plain values only

    def test_query_errors_and_read_only(self, contract_store: Any) -> None:
        with pytest.raises(QueryError):
            contract_store.query("MATCH (n RETURN n")
        with pytest.raises(QueryError):
            contract_store.query("CREATE (:Entity:Organization {id: 'organization:nope'})")
        contract_store.query("CREATE (:Entity:Organization {id: 'organization:yes'})", write=True)
        assert contract_store.query("MATCH (n:Organization) RETURN n.id").rows == [["organization:yes"]]

    def test_stats_and_snapshot_cover_the_graph(self, contract_store: Any) -> None:
        contract_store.write_extractions(corpus(), "test-1")
        st = contract_store.stats()
        assert st["entities"] == {"Organization": 3, "Person": 1}
        assert st["relationships"] == {"CERTIFIED": 2, "HOLDS_POSITION": 1, "LICENSED": 1, "PARTNERS_WITH": 1}
        assert st["mentions"] == 7
        assert st["documents"] == {"total": 3, "complete": 3, "incomplete": 0}
        assert st["last_loaded_at"]
        snap = contract_store.snapshot()
        assert len(snap.nodes) == 7 and len(snap.edges) == 12
        mention = next(e for e in snap.edges if e.type == "MENTIONED_IN" and e.source == KALBE and e.target == "d1")
        assert mention.properties["count"] == 2 and mention.properties["spans"] == ["0:5", "10:15"]
        assert mention.properties["surfaces"] == ["Kalbe", "PT Kalbe Farma Tbk"]
        document = next(n for n in snap.nodes if n.id == "d3")
        assert document.labels == ["Document"] and document.properties["published"] == "2025-11-06"
        assert document.properties["complete"] is True and document.properties["sha256"] == "sha-d3"

    def test_schema_is_idempotent(self, contract_store: Any) -> None:
        contract_store.ensure_schema()
        contract_store.ensure_schema()
        contract_store.write_extractions(corpus()[:1], "test-1")
        assert contract_store.stats()["documents"]["complete"] == 1


def big_batch(n: int, variant: int) -> list[Extraction]:
    """``n`` documents sharing entities; ``variant`` changes each document's facts and sha256."""
    out = []
    for i in range(n):
        ents = [ent(f"organization:o{(i * 7 + j + variant * 3) % 400}", "Organization",
                    f"Org {(i * 7 + j) % 400} v{variant}", surfaces=(f"O{j}",)) for j in range(20)]
        relations = [rel("PARTNERS_WITH", ents[j].id, ents[j + 1].id, f"kalimat {i}-{j}-{variant}")
                     for j in range(10)]
        out.append(doc(f"doc{i:04d}", ents, relations, sha=f"sha-{i}-{variant}",
                       published=f"2025-{1 + (i + variant) % 12:02d}-01"))
    return out
