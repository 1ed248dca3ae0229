"""Row building and entity aggregates: pure functions, so the graph cannot depend on load order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_store_contract import BPOM, KALBE, doc, ent, rel

from graphbuild.store.model import aggregates, build_rows

record = st.fixed_dictionaries({
    "id": st.sampled_from(["organization:a", "organization:b"]),
    "doc_id": st.text(min_size=1, max_size=3),
    "name": st.sampled_from(["A", "AA", "B", "Ab", "aB"]),
    "category": st.one_of(st.none(), st.sampled_from(["company", "regulator"])),
    "degrees": st.one_of(st.none(), st.lists(st.sampled_from(["Ph.D.", "M.Sc."]), max_size=2)),
    "surfaces": st.lists(st.sampled_from(["A", "x", "y", "AA"]), max_size=3),
    "date": st.one_of(st.none(), st.sampled_from(["2024", "2025-01-01", "2023-05"])),
})


@given(st.lists(record, max_size=8), st.randoms())
def test_aggregates_ignore_record_order(records: list[dict], rnd) -> None:  # type: ignore[no-untyped-def]
    shuffled = list(records)
    rnd.shuffle(shuffled)
    assert aggregates(shuffled) == aggregates(records)
    for agg in aggregates(records):
        assert agg["name"] not in agg["aliases"] and agg["aliases"] == sorted(agg["aliases"])


def test_name_is_most_frequent_then_longest_then_lexicographic() -> None:
    def name(*names: str) -> str:
        return aggregates([{"id": "e", "name": n} for n in names])[0]["name"]

    assert name("BPOM", "BPOM", "Badan Pengawas Obat dan Makanan") == "BPOM"
    assert name("BPOM", "Badan POM") == "Badan POM"
    assert name("Abc", "Abd") == "Abc"


def test_build_rows_dedupes_and_filters() -> None:
    first = doc("d1", [ent(BPOM, "Organization", "old")], [])
    second = doc("d1", [ent(BPOM, "Organization", "BPOM", surfaces=("BPOM", "BPOM")),
                        ent(BPOM, "Organization", "BPOM", aliases=("Badan POM",)),
                        ent(KALBE, "Organization", "Kalbe")],
                 [rel("PARTNERS_WITH", BPOM, KALBE, topic="CPOB"), rel("PARTNERS_WITH", KALBE, BPOM),
                  rel("CERTIFIED", BPOM, KALBE, standard="CPOB", bogus="dropped")])
    rows = build_rows([first, second])
    assert rows.doc_ids == ["d1"] and [r["name"] for r in rows.entities["Organization"]] == ["BPOM", "Kalbe"]
    bpom = next(m for m in rows.mentions if m["entity_id"] == BPOM)["props"]
    assert bpom["surfaces"] == ["BPOM", "Badan POM"] and bpom["count"] == 2
    assert len(rows.relationships["PARTNERS_WITH"]) == 1  # symmetric: one fact per document
    assert rows.relationships["CERTIFIED"][0]["props"] == {
        "evidence": "kalimat bukti.", "doc_id": "d1", "confidence": 0.75, "date": "2025", "standard": "CPOB"}


def test_entity_whose_id_names_another_type_is_skipped() -> None:
    rows = build_rows([doc("d1", [ent(BPOM, "Facility", "BPOM"), ent("facility:kbic", "Facility", "KBIC")], [])])
    assert list(rows.entities) == ["Facility"] and [r["id"] for r in rows.entities["Facility"]] == ["facility:kbic"]
