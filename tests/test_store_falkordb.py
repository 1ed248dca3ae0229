"""The Store contract and FalkorDB specifics, on the real embedded server."""

from __future__ import annotations

import logging
import time
from typing import Any

import pytest
from test_store_contract import BPOM, KALBE, StoreContract, corpus, doc, ent, rel

from graphbuild.config import StoreConfig
from graphbuild.errors import StoreAuthError, StoreUnavailableError
from graphbuild.store import open_store, read_stats, server


class TestFalkorDBContract(StoreContract):
    @pytest.fixture()
    def contract_store(self, store: Any) -> Any:
        return store


def test_nul_characters_do_not_break_the_write(store: Any) -> None:
    store.write_extractions([doc("nul", [ent(BPOM, "Organization", "BP\x00OM")], [])], "t")
    assert store.query("MATCH (e:Entity) RETURN e.name").rows == [["BP\ufffdOM"]]


def test_user_queries_in_neo4j_dialect_are_translated(store: Any) -> None:
    store.write_extractions(corpus(), "t")
    rows = store.query("MATCH (e:Entity) WHERE EXISTS { (e)-[:CERTIFIED]->() } RETURN e.id").rows
    assert rows == [[BPOM]]


def test_batch_of_200_documents_is_fast(store: Any) -> None:
    """The pipeline's batch: 200 documents × 30 entities × 15 relationships, shared entities across docs."""
    batch = []
    for i in range(200):
        ents = [ent(f"organization:o{(i * 7 + j) % 1500}", "Organization", f"Org {(i * 7 + j) % 1500}",
                    surfaces=(f"Org {j}", f"O{j}")) for j in range(30)]
        relations = [rel("PARTNERS_WITH", ents[j].id, ents[j + 1].id, f"kalimat {i}-{j}", topic="t")
                     for j in range(15)]
        batch.append(doc(f"doc{i:04d}", ents, relations))
    started = time.perf_counter()
    counts = store.write_extractions(batch, "t")
    first = time.perf_counter() - started
    started = time.perf_counter()
    store.write_extractions(batch, "t")
    again = time.perf_counter() - started
    logging.getLogger(__name__).info("200-doc batch: first %.2fs, rewrite %.2fs", first, again)
    assert counts.relationships_created == 200 * 30 + 200 * 15
    assert store.stats()["documents"]["complete"] == 200
    assert first < 20 and again < 20, (first, again)


def test_read_stats_opens_and_closes(store_config: StoreConfig) -> None:
    with open_store(store_config) as s:
        s.write_extractions(corpus()[:1], "t")
        try:
            assert read_stats(store_config)["entities"] == {"Organization": 2, "Person": 1}
        finally:
            s.clear()


def test_external_url_with_password(session_data_dir: Any, store_config: StoreConfig) -> None:
    info = server.ensure_running(session_data_dir)
    good = StoreConfig(kind="falkordb", falkordb_url=f"redis://:{info.password}@{info.host}:{info.port}",
                       graph=store_config.graph)
    assert info.password not in good.describe()
    with open_store(good) as s:
        s.write_extractions([doc("x", [ent(KALBE, "Organization", "Kalbe")], [rel("CERTIFIED", KALBE, KALBE)])], "t")
        assert s.stats()["entities_total"] == 1
        s.clear()
    with pytest.raises(StoreAuthError) as exc:
        open_store(StoreConfig(kind="falkordb", falkordb_url=f"redis://:wrong-secret@{info.host}:{info.port}"))
    assert "wrong-secret" not in str(exc.value)
    with pytest.raises(StoreAuthError):
        open_store(StoreConfig(kind="falkordb", falkordb_url=f"redis://{info.host}:{info.port}"))


def test_unreachable_external_server_says_where() -> None:
    with pytest.raises(StoreUnavailableError) as exc:
        open_store(StoreConfig(kind="falkordb", falkordb_url="redis://:topsecret@127.0.0.1:1"))
    assert "127.0.0.1:1" in str(exc.value) and "topsecret" not in str(exc.value)


WRITER = """
import sys
sys.path.insert(0, sys.argv[3])
from test_store_contract import big_batch
from graphbuild.config import StoreConfig
from graphbuild.store import open_store
store = open_store(StoreConfig(kind="embedded", data_dir=sys.argv[1], graph=sys.argv[2]))
batches = [big_batch(150, 0), big_batch(150, 1)]
print("ready", flush=True)
i = 0
while True:
    store.write_extractions(batches[i % 2], "t")
    i += 1
"""


@pytest.mark.slow
@pytest.mark.parametrize("delay", [0.7, 1.9])
def test_writer_killed_mid_batch_is_repaired_by_rewriting(store: Any, store_config: StoreConfig,
                                                          delay: float) -> None:
    """kill -9 a writing process anywhere; rewriting what ``document_states`` flags gives the clean graph."""
    import subprocess
    import sys
    from pathlib import Path

    from test_store_contract import big_batch, normalized

    tests_dir = str(Path(__file__).resolve().parent)
    proc = subprocess.Popen([sys.executable, "-c", WRITER, str(store_config.data_dir), store_config.graph,
                             tests_dir], stdout=subprocess.PIPE, cwd=Path(tests_dir).parent)
    assert proc.stdout is not None and proc.stdout.readline().strip() == b"ready"
    time.sleep(delay)
    proc.kill()
    proc.wait()
    wanted = big_batch(150, 1)
    states = store.document_states()
    redo = [ex for ex in wanted if (st := states.get(ex.document.id)) is None or not st.complete
            or st.sha256 != ex.document.sha256]
    incomplete = sum(1 for st in states.values() if not st.complete)
    logging.getLogger(__name__).info("killed after %.1fs: %d documents, %d incomplete, %d to redo",
                                     delay, len(states), incomplete, len(redo))
    store.write_extractions(redo, "t")
    repaired = normalized(store)
    store.clear()
    store.write_extractions(wanted, "t")
    assert repaired == normalized(store)
