"""End to end: seeds → embedded FalkorDB through ``pipeline.load``, then reload, edit,
remove, prune, a load killed mid-way and two concurrent loads.

The specific facts asserted below (Taruna Ikrar's visits, the CSPC→Kalbe licence,
...) depend on what the real extractor finds in the seeds; they were checked
against its output and are the ONTOLOGY.md examples it gets right.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks import synth
from benchmarks.graphcheck import check, clean_dump, diff, dump
from graphbuild import pipeline
from graphbuild.config import StoreConfig
from graphbuild.store import open_store

REPO = Path(__file__).resolve().parent.parent
SEED_000 = "000_01a5f804e0dd628c"
BPOM = "organization:badan-pengawas-obat-dan-makanan"


def rows(cfg: StoreConfig, cypher: str, **params: object) -> list[list[object]]:
    with open_store(cfg) as store:
        return store.query(cypher, params).rows


def one(cfg: StoreConfig, cypher: str, **params: object) -> object:
    result = rows(cfg, cypher, **params)
    assert len(result) == 1, result
    return result[0][0]


@pytest.fixture()
def seeds_copy(seeds_dir: Path, tmp_path: Path) -> Path:
    out = tmp_path / "seeds"
    shutil.copytree(seeds_dir, out)
    for p in out.iterdir():
        p.chmod(0o644)  # the repo's seeds are read-only; the copies get edited
    return out


def test_seeds_load_with_ontology_facts(store_config: StoreConfig, seeds_dir: Path) -> None:
    report = pipeline.load([seeds_dir], store_config)
    assert sorted(report.loaded) == sorted(p.stem for p in seeds_dir.glob("*.txt"))
    assert report.failed == []
    cfg = store_config
    # one Person node, titles and degrees stripped (extraction-dependent)
    assert one(cfg, "MATCH (p:Person) WHERE p.name = $n RETURN count(p)", n="Taruna Ikrar") == 1
    assert rows(cfg, "MATCH (p:Person) WHERE p.name CONTAINS 'Prof' OR p.name CONTAINS 'Ph.D' RETURN p.name") == []
    # BPOM and its aliases are one Organization
    assert one(cfg, "MATCH (o:Organization) WHERE 'BPOM' IN o.aliases RETURN o.id") == BPOM
    assert one(cfg, "MATCH (o:Organization {id: $id}) RETURN o.category", id=BPOM) == "regulator"
    assert one(cfg, "MATCH (o:Organization {id: $id})-[:MENTIONED_IN]->(d:Document) RETURN count(d)", id=BPOM) == 4
    # a visit with its evidence sentence, from seed 000
    visits = rows(cfg, "MATCH (:Person {name: 'Taruna Ikrar'})-[r:VISITED]->(x) RETURN x.name, r.evidence, r.doc_id")
    kbic = [v for v in visits if v[0] == "Kalbe Business Innovation Center"]
    assert kbic and "kunjungan" in kbic[0][1] and kbic[0][2] == SEED_000
    assert "Shijiazhuang" in {v[0] for v in visits}
    assert rows(cfg, "MATCH (a)-[r:LICENSED]->(b) RETURN a.name, b.name") == [
        ["CSPC Pharmaceutical Group", "PT Kalbe Farma Tbk"]]
    certified = rows(cfg, "MATCH (a)-[r:CERTIFIED]->(b:Organization {name: 'PT Kalbe Farma Tbk'}) RETURN a.id, r.standard")
    assert certified == [[BPOM, "CPOB"]]
    titles = rows(cfg, "MATCH (:Person {name: 'Taruna Ikrar'})-[r:HOLDS_POSITION]->(o) RETURN DISTINCT o.id, r.title")
    assert titles == [[BPOM, "Kepala"]]
    assert one(cfg, "MATCH (d:Document) WHERE d.complete = true RETURN count(d)") == 5
    _, problems = check(cfg)  # every relationship has evidence + a doc_id naming a Document; every entity MENTIONED_IN
    assert problems == []


def test_reload_changes_nothing(store_config: StoreConfig, seeds_dir: Path) -> None:
    pipeline.load([seeds_dir], store_config)
    with open_store(store_config) as store:
        before_snap = store.snapshot()
        before = dump(store_config)
    stamps = {n.id: n.properties.get("loaded_at") for n in before_snap.nodes if "Document" in n.labels}
    report = pipeline.load([seeds_dir], store_config)
    assert len(report.unchanged) == 5 and report.loaded == [] and report.failed == []
    assert (report.counts.nodes_created, report.counts.relationships_created) == (0, 0)
    with open_store(store_config) as store:
        after_snap = store.snapshot()
    assert dump(store_config) == before
    # unchanged documents are not even rewritten
    assert {n.id: n.properties.get("loaded_at") for n in after_snap.nodes if "Document" in n.labels} == stamps


def test_edit_one_seed_changes_only_its_facts(store_config: StoreConfig, seeds_copy: Path) -> None:
    pipeline.load([seeds_copy], store_config)
    before_nodes, before_edges = dump(store_config)
    edited = seeds_copy / f"{SEED_000}.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Vidjongtius", "Budi Santoso"), encoding="utf-8")
    report = pipeline.load([seeds_copy], store_config)
    assert report.loaded == [SEED_000] and len(report.unchanged) == 4
    after_nodes, after_edges = dump(store_config)
    # relationships other documents stated are untouched (they carry their doc_id)
    tag = f'"doc_id": "{SEED_000}"'
    assert [e for e in before_edges if tag not in e and SEED_000 not in e] == \
           [e for e in after_edges if tag not in e and SEED_000 not in e]
    # extraction-dependent: the renamed person replaces the old one, with its position
    cfg = store_config
    assert rows(cfg, "MATCH (p:Person {id: 'person:vidjongtius'}) RETURN p") == []
    assert rows(cfg, "MATCH (:Person {id: 'person:budi-santoso'})-[r:HOLDS_POSITION]->(o) RETURN o.name, r.title") \
        == [["PT Kalbe Farma Tbk", "Presiden Komisaris"]]
    assert before_nodes != after_nodes
    # and the result is exactly what a clean load of the edited folder gives
    clean = clean_dump([seeds_copy], store_config.data_dir)
    assert (after_nodes, after_edges) == clean, diff((after_nodes, after_edges), clean)


def test_remove_one_keeps_shared_entities(store_config: StoreConfig, seeds_copy: Path) -> None:
    pipeline.load([seeds_copy], store_config)
    report = pipeline.remove([SEED_000, "no-such-doc"], store_config)
    assert report.removed == [SEED_000]
    assert [f.doc_id for f in report.failed] == ["no-such-doc"]
    cfg = store_config
    assert rows(cfg, "MATCH (d:Document {id: $id}) RETURN d", id=SEED_000) == []
    assert rows(cfg, "MATCH ()-[r]->() WHERE r.doc_id = $id RETURN type(r)", id=SEED_000) == []
    # only seed 000 mentions Vidjongtius and the innovation centre; BPOM and Taruna Ikrar are shared
    assert rows(cfg, "MATCH (n:Entity) WHERE n.id IN ['person:vidjongtius', "
                     "'facility:kalbe-business-innovation-center'] RETURN n.id") == []
    assert one(cfg, "MATCH (o:Organization {id: $id})-[:MENTIONED_IN]->(d) RETURN count(d)", id=BPOM) == 3
    assert one(cfg, "MATCH (p:Person {name: 'Taruna Ikrar'}) RETURN count(p)") == 1
    (seeds_copy / f"{SEED_000}.txt").unlink()
    clean = clean_dump([seeds_copy], cfg.data_dir)
    assert dump(cfg) == clean, diff(dump(cfg), clean)


def test_prune_removes_documents_gone_from_the_folder(store_config: StoreConfig, seeds_copy: Path) -> None:
    pipeline.load([seeds_copy], store_config)
    (seeds_copy / f"{SEED_000}.txt").unlink()
    kept = pipeline.load([seeds_copy], store_config)  # without --prune nothing goes
    assert kept.removed == [] and len(kept.unchanged) == 4
    assert one(store_config, "MATCH (d:Document) RETURN count(d)") == 5
    report = pipeline.load([seeds_copy], store_config, prune=True)
    assert report.removed == [SEED_000] and len(report.unchanged) == 4
    clean = clean_dump([seeds_copy], store_config.data_dir)
    assert dump(store_config) == clean, diff(dump(store_config), clean)


# --- subprocesses: kill mid-load, concurrent loads ---------------------------------------------

N_SYNTH = 200


def graphbuild_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "graphbuild", *args]


def subprocess_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture(scope="module")
def synth_corpus(tmp_path_factory: pytest.TempPathFactory, session_data_dir: Path) -> tuple[Path, tuple]:
    """A synthetic corpus and the dump of its clean load (shared by the tests below)."""
    folder = tmp_path_factory.mktemp("synth")
    synth.write_corpus(folder, N_SYNTH, seed=7)
    return folder, clean_dump([folder], session_data_dir)


def _doc_count(cfg: StoreConfig) -> int:
    try:
        return int(rows(cfg, "MATCH (d:Document) RETURN count(d)")[0][0])
    except Exception:  # noqa: BLE001 - graph not created yet
        return 0


@pytest.mark.slow
def test_killed_load_is_repaired_by_the_next(store_config: StoreConfig, synth_corpus: tuple[Path, tuple]) -> None:
    folder, clean = synth_corpus
    cfg = store_config
    proc = subprocess.Popen(  # noqa: S603
        graphbuild_cmd("load", str(folder), "--batch-size", "20", "--data-dir", str(cfg.data_dir), "--graph",
                       cfg.graph), cwd=REPO, env=subprocess_env(), stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while _doc_count(cfg) < 20 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.1)
    assert proc.poll() is None, "the load finished before it could be killed; use a bigger corpus"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    with open_store(cfg) as store:
        states = store.document_states()
    # really cut off part-way: something was written, not everything was completed
    assert states and sum(s.complete for s in states.values()) < N_SYNTH
    report = pipeline.load([folder], cfg)
    assert report.failed == [] and len(report.loaded) + len(report.unchanged) == N_SYNTH
    got, problems = check(cfg)
    assert problems == []
    assert got == clean, diff(got, clean)


@pytest.mark.slow
def test_two_concurrent_loads_end_like_one(store_config: StoreConfig, synth_corpus: tuple[Path, tuple]) -> None:
    folder, clean = synth_corpus
    cfg = store_config
    cmd = graphbuild_cmd("load", str(folder), "--batch-size", "25", "--data-dir", str(cfg.data_dir), "--graph",
                         cfg.graph, "--format", "json")
    procs = [subprocess.Popen(cmd, cwd=REPO, env=subprocess_env(), stdout=subprocess.PIPE,  # noqa: S603
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [o[1][-2000:] for o in outs]
    got, problems = check(cfg)
    assert problems == []
    assert got == clean, diff(got, clean)

