"""``pipeline.load`` streams its input and defers entity aggregates to one pass per load.

Both are what keep a 10,000-document load linear in time and flat in memory
(benchmarks/bench_load.py); these tests pin the behaviour those figures rely on.
"""

from __future__ import annotations

import multiprocessing
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from benchmarks.graphcheck import check, clean_dump, diff
from graphbuild import pipeline
from graphbuild.config import StoreConfig
from graphbuild.extract import EXTRACTOR_VERSION
from graphbuild.store import open_store
from graphbuild.types import Extraction, LoadReport, RawRecord


def _stale(cfg: StoreConfig) -> int:
    with open_store(cfg) as store:
        return int(store.query("MATCH (e:Entity) WHERE e.stale = true RETURN count(e)").rows[0][0])


def test_load_killed_before_its_finish_is_finished_by_a_no_change_load(store_config: StoreConfig,
                                                                       seeds_dir: Path) -> None:
    """Every batch written and marked complete, the final aggregate pass never ran (killed)."""
    clean = clean_dump([seeds_dir], store_config.data_dir)
    extractions = [x for x in pipeline.process_records(pipeline.collect([seeds_dir]).records)
                   if isinstance(x, Extraction)]
    with open_store(store_config) as store:
        store.write_extractions(extractions[:2], EXTRACTOR_VERSION, finish=False)
        store.write_extractions(extractions[2:], EXTRACTOR_VERSION, finish=False)
    assert _stale(store_config) > 0
    report = pipeline.load([seeds_dir], store_config)
    assert report.loaded == [] and len(report.unchanged) == len(extractions)
    assert _stale(store_config) == 0
    got, problems = check(store_config)
    assert problems == []
    assert got == clean, diff(got, clean)


def test_load_writes_what_it_planned_and_reports_a_file_gone_meanwhile(store_config: StoreConfig,
                                                                       seeds_dir: Path, tmp_path: Path) -> None:
    """Pass 1 plans from hashes; pass 2 reads again. A file removed in between is reported, not lost silently."""
    folder = tmp_path / "in"
    shutil.copytree(seeds_dir, folder)
    files = sorted(folder.iterdir())
    report = LoadReport()
    todo, present = pipeline._plan([folder], {}, pipeline.load_version(), force=False, max_bytes=pipeline.DEFAULT_MAX_BYTES, report=report)
    assert set(todo) == present == {p.stem for p in files} and report.failed == []
    files[0].chmod(0o644)
    files[0].unlink()
    got = [rec.id for rec in pipeline._reread(todo, pipeline.DEFAULT_MAX_BYTES)]
    assert got == [p.stem for p in files[1:]]
    assert list(todo) == [files[0].stem]  # what load reports as "could not be read again"


def _counting(records: list[RawRecord], pulled: list[int]) -> Iterator[RawRecord]:
    for rec in records:
        pulled[0] += 1
        yield rec


def test_process_records_reads_a_bounded_window_ahead(seeds_dir: Path) -> None:
    """A first load must not pull the whole corpus into memory before extracting."""
    base = pipeline.collect([seeds_dir]).records
    records = [RawRecord(id=f"{r.id}_{i}", source=r.source, sha256=r.sha256, kind=r.kind, data=r.data)
               for i in range(40) for r in base]  # 200 records
    for jobs, window in ((1, 1), (2, 4 * 2 * 16)):
        pulled = [0]
        it = pipeline.process_records(_counting(records, pulled), jobs=jobs)
        first = next(it)
        assert isinstance(first, Extraction) and first.document.id == records[0].id
        assert pulled[0] <= window < len(records), (jobs, pulled[0])
        rest = list(it)
        assert [x.document.id for x in rest] == [r.id for r in records[1:]]  # type: ignore[union-attr]


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_workers_give_what_one_process_gives(seeds_dir: Path, method: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Forked workers start from the parent's start-up (it extracts the first record itself);
    spawned ones start up alone. Either way the output is one process's, in order."""
    if method not in multiprocessing.get_all_start_methods():
        pytest.skip(f"no {method} start method here")
    real = multiprocessing.get_context
    monkeypatch.setattr(multiprocessing, "get_context", lambda name=None: real(name or method))
    records = pipeline.collect([seeds_dir]).records * 3
    one = list(pipeline.process_records(records, jobs=1))
    assert list(pipeline.process_records(records, jobs=2)) == one
