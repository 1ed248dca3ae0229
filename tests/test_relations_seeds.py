"""Relation rules on the seed articles, with gold entities located in the text (the oracle)."""

from __future__ import annotations

import pytest

from graphbuild.evaluate import score, summarize
from graphbuild.extract.relations import find_relations
from graphbuild.extract.sentences import split_sentences
from graphbuild.ontology import RELATION_TYPES, relation_allowed
from tests.relations_oracle import load_gold, oracle_doc, predictions


@pytest.fixture(scope="module")
def preds() -> list[dict]:
    return predictions()


def test_seed_relation_f1_with_oracle_entities(preds: list[dict]) -> None:
    counts, show = score(load_gold(), {p["doc_id"]: p for p in preds})
    rel = summarize(counts)["rel"]
    assert rel["f1"] >= 0.85, "\n".join(s for s in show if "relation" in s)
    assert rel["precision"] >= 0.9


def _find(preds: list[dict], doc: str, rtype: str, head: str, tail: str) -> dict:
    rec = next(p for p in preds if p["doc_id"].startswith(doc))
    names = {e["id"]: e["name"] for e in rec["entities"]}
    for r in rec["relations"]:
        if r["type"] == rtype and names[r["head"]] == head and names[r["tail"]] == tail:
            return r
    raise AssertionError(f"no {rtype} {head} -> {tail} in {doc}")


def test_properties_and_dates(preds: list[dict]) -> None:
    assert _find(preds, "000", "HOLDS_POSITION", "Vidjongtius", "PT Kalbe Farma Tbk")["title"] == "Presiden Komisaris"
    cert = _find(preds, "000", "CERTIFIED", "Badan Pengawas Obat dan Makanan", "PT Bifarma Adiluhung")
    assert cert["standard"] == "CPOB" and cert["date"] == "2014"
    lic = _find(preds, "002", "LICENSED", "CSPC Pharmaceutical Group", "Kalbe Farma")
    assert lic["product"] == "NBP" and lic["date"] == "2025"
    assert _find(preds, "002", "REGISTERED_WITH", "NBP", "Badan Pengawas Obat dan Makanan")["status"] == (
        "tahap akhir proses registrasi")
    assert _find(preds, "002", "HOLDS_POSITION", "Wang Xiankun", "Shijiazhuang")["title"] == "Walikota"
    held = _find(preds, "004", "HELD_IN", "Forum Bisnis Kefarmasian dan Alat Kesehatan Indonesia-Jepang", "Osaka")
    assert held["date"] == "2022-10-06"
    assert _find(preds, "001", "HELD_IN", next(
        e["name"] for e in load_gold()["001_4802e9d9992f7595"]["entities"] if e["type"] == "Event"), "Surabaya"
    )["date"] == "2020-01-28"
    visit = _find(preds, "002", "VISITED", "Taruna Ikrar", "Shijiazhuang")
    assert visit["date"] == "2025-11-06"  # no date in the sentence: the document's
    assert "Shijiazhuang" in visit["evidence"]


def test_every_relation_respects_the_ontology_and_is_unique() -> None:
    gold = load_gold()
    for doc_id in gold:
        doc, ents = oracle_doc(doc_id, gold)
        by_id = {e.id: e for e in ents}
        rels = find_relations(doc, split_sentences(doc.text), ents)
        keys = [(r.type, r.head, r.tail) for r in rels]
        assert len(keys) == len(set(keys))
        for r in rels:
            assert relation_allowed(r.type, by_id[r.head].type, by_id[r.tail].type)
            assert set(r.properties) <= set(RELATION_TYPES[r.type][2])
            assert 0 < r.confidence <= 1 and r.evidence in " ".join(doc.text.split())


def test_no_entities_no_relations() -> None:
    doc, _ = oracle_doc("000_01a5f804e0dd628c")
    assert find_relations(doc, [], []) == []
