"""Graph invariants under a random sequence of reloads, edits, removals and restores.

After every step the incrementally maintained graph must equal a clean load of what
is currently in the folder, every relationship must carry evidence and the doc_id of
an existing Document, and every entity must be MENTIONED_IN some document.

The clean reference is written from extractions cached by (id, content hash): the
resolver is a pure function of one document (see ``resolve/resolver.py``), so this is
a clean load without paying for re-extraction at every step.

CI runs 200 documents and 6 steps (about 30 s); ``GRAPHBUILD_FULL_FUZZ=1`` runs 1,000 and more steps.
``GRAPHBUILD_FUZZ_SEED`` picks another sequence.
"""

from __future__ import annotations

import os
import random
import shutil
import uuid
from pathlib import Path

import pytest

from benchmarks import synth
from benchmarks.graphcheck import Dump, check, diff
from graphbuild import pipeline
from graphbuild.config import StoreConfig
from graphbuild.extract import EXTRACTOR_VERSION
from graphbuild.store import open_store
from graphbuild.types import Document, Entity, Extraction, Failure, Relation, Span

FULL = os.environ.get("GRAPHBUILD_FULL_FUZZ") == "1"
N_DOCS = 1000 if FULL else 200
N_STEPS = 14 if FULL else 6
SEED = int(os.environ.get("GRAPHBUILD_FUZZ_SEED", "20251106"))
CORPUS_SEED = 5


class Reference:
    """Clean-load dumps of a folder, from cached extractions."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.cache: dict[tuple[str, str, str], Extraction] = {}

    def dump(self, folder: Path, exclude: set[str] = frozenset()) -> Dump:  # type: ignore[assignment]
        inputs = pipeline.collect([folder])
        assert inputs.failures == []
        records = [r for r in inputs.records if r.id not in exclude]
        todo = [r for r in records if (r.id, r.sha256, r.source) not in self.cache]
        for item in pipeline.process_records(todo):
            assert not isinstance(item, Failure), item
            d = item.document
            self.cache[(d.id, d.sha256, d.source)] = item
        batch = [self.cache[(r.id, r.sha256, r.source)] for r in records]
        cfg = StoreConfig(kind="embedded", data_dir=self.data_dir, graph=f"ref_{uuid.uuid4().hex[:10]}")
        with open_store(cfg) as store:
            try:
                for i in range(0, len(batch), 200):
                    store.write_extractions(batch[i:i + 200], EXTRACTOR_VERSION)
                from benchmarks.graphcheck import canonical

                return canonical(store.snapshot())
            finally:
                store.clear()


def _assert_graph(cfg: StoreConfig, ref: Reference, folder: Path, step: str, exclude: set[str]) -> None:
    got, problems = check(cfg)
    assert problems == [], f"after {step}: {problems[:10]}"
    want = ref.dump(folder, exclude)
    assert got == want, f"after {step}:\n{diff(got, want)}"


@pytest.mark.slow
def test_random_reload_edit_remove_sequence(store_config: StoreConfig, tmp_path: Path) -> None:
    rng = random.Random(SEED)
    folder, attic = tmp_path / "corpus", tmp_path / "attic"
    attic.mkdir()
    synth.write_corpus(folder, N_DOCS, seed=CORPUS_SEED)
    variant = dict.fromkeys(range(N_DOCS), 0)
    cfg = store_config
    ref = Reference(cfg.data_dir)
    report = pipeline.load([folder], cfg, batch_size=rng.choice([7, 50, 200]))
    assert report.failed == [] and len(report.loaded) == N_DOCS
    _assert_graph(cfg, ref, folder, "the first load", set())
    removed_by_id: set[str] = set()  # removed with pipeline.remove while the file stays
    for step in range(N_STEPS):
        op = rng.choice(["edit", "edit", "delete_files", "restore_files", "remove_ids", "reload", "touch"])
        present = sorted(int(p.stem.split("_")[1]) for p in folder.glob("*.txt"))
        k = rng.randint(1, max(1, len(present) // 20))
        picked = rng.sample(present, min(k, len(present)))
        names = [synth.file_name(CORPUS_SEED, i) for i in picked]
        if op == "edit":
            for i, name in zip(picked, names, strict=True):
                variant[i] = rng.choice([variant[i] + 1, 0])  # sometimes back to the original text
                (folder / name).write_text(synth.render(CORPUS_SEED, i, variant[i]), encoding="utf-8")
        elif op == "delete_files":
            for name in names:
                shutil.move(str(folder / name), str(attic / name))
        elif op == "restore_files":
            for p in sorted(attic.glob("*.txt"))[:k]:
                shutil.move(str(p), str(folder / p.name))
        elif op == "touch":
            for name in names:
                (folder / name).write_bytes((folder / name).read_bytes())
        if op == "remove_ids":
            ids = [Path(n).stem for n in names]
            rep = pipeline.remove(ids, cfg)
            assert sorted(rep.removed) == sorted(set(ids) - removed_by_id)
            removed_by_id |= set(ids)
        else:
            rep = pipeline.load([folder], cfg, prune=True, batch_size=rng.choice([3, 20, 200]))
            assert rep.failed == []
            in_folder = {p.stem for p in folder.glob("*.txt")}
            if op in ("reload", "touch") and not removed_by_id:
                assert rep.loaded == [] and sorted(rep.unchanged) == sorted(in_folder)
            assert set(rep.loaded) | set(rep.unchanged) == in_folder
            removed_by_id = set()
        _assert_graph(cfg, ref, folder, f"step {step} ({op} {names[:3]}...)", removed_by_id)


# --- hostile names --------------------------------------------------------------------------------

HOSTILE = [
    "PT x'}) DETACH DELETE n // Tbk",
    "PT `Backtick` Farma Tbk",
    "PT $param Farma Tbk",
    "Budi {name: 'x'} Santoso",
    'PT "Quote\\" Farma Tbk',
    "PT Robert'); MATCH (n) DETACH DELETE n;-- Farma",
    "PT Ünïcödé 漢字 Farma Tbk",
]


def test_hostile_text_through_the_pipeline(store_config: StoreConfig, seeds_dir: Path, tmp_path: Path) -> None:
    pipeline.load([seeds_dir], store_config)
    before, _ = check(store_config)
    lines = [f"Kepala BPOM Taruna Ikrar melakukan kunjungan ke {name} di Jakarta Timur." for name in HOSTILE]
    (tmp_path / "evil.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = pipeline.load([tmp_path], store_config)
    assert report.failed == [] and report.loaded == ["evil"]
    after, problems = check(store_config)
    assert problems == []
    seed_ids = {p.stem for p in seeds_dir.glob("*.txt")}
    assert {n.split(" ", 1)[0] for n in after[0]} >= seed_ids | {"evil"}  # nothing was deleted
    with open_store(store_config) as store:
        evidence = {r[0] for r in store.query("MATCH ()-[r]->() WHERE r.doc_id = 'evil' RETURN r.evidence").rows}
    assert evidence and evidence <= set(lines)  # stored verbatim, one sentence each
    assert pipeline.remove(["evil"], store_config).removed == ["evil"]
    assert check(store_config)[0] == before


def test_hostile_names_written_by_hand_are_stored_verbatim(store_config: StoreConfig) -> None:
    """The extractor drops most of these names, so the Extraction is built by hand."""
    text = " | ".join(HOSTILE)
    doc = Document(id="hostile-`doc'}", source="hand made", text=text, sha256="h1")
    ents, pos = [], 0
    for i, name in enumerate(HOSTILE):
        label = "Person" if name.startswith("Budi") else "Organization"
        ents.append(Entity(id=f"{label.lower()}:hostile-{i}", type=label, name=name, aliases=[f"${i}", "`x`"],
                           mentions=[Span(pos, pos + len(name), name)]))
        pos += len(name) + 3
    rels = [Relation(type="PARTNERS_WITH", head=ents[0].id, tail=ents[1].id, evidence=HOSTILE[5], confidence=0.5,
                     properties={"topic": HOSTILE[0]})]
    with open_store(store_config) as store:
        store.write_extractions([Extraction(doc, ents, rels, resolved=True)], EXTRACTOR_VERSION)
        names = sorted(r[0] for r in store.query("MATCH (e:Entity) RETURN e.name").rows)
        found = store.query("MATCH (e:Entity) WHERE e.name = $n RETURN e.id", {"n": HOSTILE[0]}).rows
        rel = store.query("MATCH (a)-[r:PARTNERS_WITH]->(b) RETURN r.evidence, r.topic, r.doc_id").rows
        docs = store.query("MATCH (d:Document) RETURN d.id").rows
    assert names == sorted(HOSTILE)
    assert found == [["organization:hostile-0"]]
    assert rel == [[HOSTILE[5], HOSTILE[0], "hostile-`doc'}"]]
    assert docs == [["hostile-`doc'}"]]
    assert check(store_config)[1] == []
