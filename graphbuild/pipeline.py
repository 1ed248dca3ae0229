"""Wires the stages: ingest → extract → resolve → store.

Failure policy, per document: a file that cannot be read, cleaned or extracted
is reported (path, stage, reason) and skipped; the rest of the batch goes on and
what the store already holds for that document is left untouched. Only errors
about the whole run (a path that does not exist, an unreachable store) abort.
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import logging
import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path

from graphbuild import ingest
from graphbuild.config import StoreConfig
from graphbuild.errors import ConfigError, GraphbuildError
from graphbuild.ingest.inputs import (
    DEFAULT_MAX_BYTES,
    Inputs,
    collect,
    failure_reason,
    iter_inputs,
    read_file,
)
from graphbuild.types import DocState, Extraction, Failure, LoadReport, RawRecord

__all__ = ["DEFAULT_MAX_BYTES", "Inputs", "collect", "extract_paths", "iter_inputs", "load", "process_records",
           "remove"]

log = logging.getLogger(__name__)

Progress = Callable[[int], None]

# --- extraction (runs in worker processes with --jobs) ----------------------------------------

_WORKER: dict[str, object] = {}


def _init_worker(lexicon_files: tuple[str, ...], alias_file: str | None) -> None:
    """Load the lexicon and resolver once per process (they are the expensive part)."""
    from graphbuild.extract.lexicon import load_lexicon
    from graphbuild.resolve import Resolver

    lexicon = load_lexicon(tuple(lexicon_files))
    _WORKER["lexicon"] = lexicon
    _WORKER["resolver"] = Resolver(lexicon, Path(alias_file) if alias_file else None)
    # The lexicon is a few hundred thousand long-lived objects; every full garbage collection
    # walked them all (about half of building a write batch's rows). Freezing moves them out of
    # the collector's sight; they live as long as the process anyway.
    gc.collect()
    gc.freeze()


def _process(record: RawRecord) -> Extraction | Failure:
    """clean → extract → resolve one record; any failure becomes a Failure naming the document."""
    from graphbuild.extract import extract

    stage = "ingest"
    try:
        doc = ingest.clean(record)
        stage = "extract"
        extraction = extract(doc, _WORKER["lexicon"])
        stage = "resolve"
        return _WORKER["resolver"].resolve(extraction)  # type: ignore[attr-defined]
    except GraphbuildError as err:
        log.warning("skipping document %s (%s): %s", record.id, stage, err)
        return Failure(path=record.source, doc_id=record.id, stage=stage, reason=failure_reason(err))
    except Exception as err:  # noqa: BLE001 - per-document policy: report, never abort the batch
        log.exception("bug while processing document %s (%s)", record.id, stage)
        return Failure(path=record.source, doc_id=record.id, stage=stage,
                       reason=f"internal error ({type(err).__name__}: {err}); please report it")


def _process_many(records: list[RawRecord]) -> list[Extraction | Failure]:
    return [_process(rec) for rec in records]


_CHUNK = 16  # records per task sent to a worker: amortises the pickling round trip


def process_records(
    records: Iterable[RawRecord],
    *,
    jobs: int = 1,
    lexicon_files: Sequence[str | Path] = (),
    alias_file: str | Path | None = None,
) -> Iterator[Extraction | Failure]:
    """Extract and resolve records, in order, in ``jobs`` processes.

    ``records`` is consumed lazily (a few chunks ahead per worker), so a streamed
    corpus is never held in memory whole.
    """
    it = iter(records)
    first = next(it, None)
    if first is None:
        return  # nothing changed: do not pay for loading the lexicon
    it = itertools.chain([first], it)
    lex = tuple(str(p) for p in lexicon_files)
    alias = str(alias_file) if alias_file else None
    if jobs <= 1:
        _init_worker(lex, alias)
        for rec in it:
            yield _process(rec)
        return
    ctx = multiprocessing.get_context()
    if ctx.get_start_method() == "fork":
        # Forked workers inherit the parent's memory: start up here once (imports, lexicon, resolver,
        # and the tables built lazily on a first document, by extracting it) instead of once per worker.
        _init_worker(lex, alias)
        yield _process(next(it))
        init: Callable[..., None] | None = None
    else:
        init = _init_worker
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=init, initargs=(lex, alias)) as pool:
        window: deque[Future[list[Extraction | Failure]]] = deque()
        while True:
            while len(window) < 4 * jobs and (chunk := list(itertools.islice(it, _CHUNK))):
                window.append(pool.submit(_process_many, chunk))
            if not window:
                return
            yield from window.popleft().result()


def extract_paths(
    paths: Sequence[str | Path],
    *,
    jobs: int = 1,
    lexicon_files: Sequence[str | Path] = (),
    alias_file: str | Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Extraction | Failure]:
    """Everything ``graphbuild extract`` prints: one resolved Extraction (or Failure) per document."""
    inputs = collect(paths, max_bytes=max_bytes)
    yield from inputs.failures
    yield from process_records(inputs.records, jobs=jobs, lexicon_files=lexicon_files, alias_file=alias_file)


# --- loading -----------------------------------------------------------------------------------


def load(
    paths: Sequence[str | Path],
    config: StoreConfig,
    *,
    jobs: int = 1,
    lexicon_files: Sequence[str | Path] = (),
    alias_file: str | Path | None = None,
    force: bool = False,
    prune: bool = False,
    batch_size: int = 200,
    progress: Progress | None = None,
    on_total: Callable[[int], None] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> LoadReport:
    """Load documents into the configured store, incrementally and idempotently.

    Unchanged documents (same sha256 and extractor version, completely written)
    are skipped; changed or incomplete ones are re-extracted and replace their
    own previous contribution. ``prune`` also removes loaded documents that are
    not among ``paths``. ``progress(n)`` is called as documents are handled.
    """
    from graphbuild.store import open_store
    from graphbuild.store.locking import load_lock

    started = time.perf_counter()
    report = LoadReport()
    tick = progress or (lambda n: None)
    version = load_version(lexicon_files, alias_file)  # an unreadable user file stops the load before the store opens
    with load_lock(config), open_store(config) as store:
        store.ensure_schema()
        states = store.document_states()
        todo, present = _plan(paths, states, version, force=force, max_bytes=max_bytes, report=report)
        if on_total:
            on_total(len(report.unchanged) + len(todo))
        tick(len(report.unchanged))
        batch: list[Extraction] = []
        records = _reread(todo, max_bytes)
        for item in process_records(records, jobs=jobs, lexicon_files=lexicon_files, alias_file=alias_file):
            if isinstance(item, Failure):
                report.failed.append(item)
                tick(1)
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                _write(store, batch, version, report)
                tick(len(batch))
                batch = []
        if batch:
            _write(store, batch, version, report)
            tick(len(batch))
        report.failed.extend(Failure(path=path, doc_id=doc_id, stage="ingest",
                                     reason="could not be read again (changed or removed during the load)")
                             for doc_id, path in todo.items())
        if prune:
            gone = sorted(set(states) - present)
            if gone:
                report.counts.add(store.remove_documents(gone))
                report.removed.extend(gone)
        # every load ends here, even one with nothing to write: it also finishes a killed load
        report.counts.add(store.finish_writes())
    report.seconds = time.perf_counter() - started
    return report


def load_version(lexicon_files: Sequence[str | Path] = (), alias_file: str | Path | None = None) -> str:
    """The version a load stores on each document and compares: the extractor's, plus a digest of the user's
    lexicon and alias files when given. Both change what a document yields (its entities, their identities),
    so a row added to either must re-extract stored documents just as a new rule does; the files' contents
    count, not their names or places."""
    from graphbuild.extract import EXTRACTOR_VERSION

    files = [("lexicon", Path(p)) for p in lexicon_files] + ([("aliases", Path(alias_file))] if alias_file else [])
    if not files:
        return EXTRACTOR_VERSION
    h = hashlib.sha256()
    for role, path in files:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise ConfigError(f"cannot read {role} file {path}: {exc.strerror or exc}; fix the path or leave it out") from exc
        h.update(f"{role}:{len(data)}:".encode())
        h.update(data)
    return f"{EXTRACTOR_VERSION}+user.{h.hexdigest()[:12]}"


def _plan(paths: Sequence[str | Path], states: dict[str, DocState], version: str, *, force: bool, max_bytes: int,
          report: LoadReport) -> tuple[dict[str, str], set[str]]:
    """Pass 1: ids to (re)write → their file, and every id present; record contents are not kept.

    Keeping the records of a first load would hold the whole corpus in memory;
    pass 2 (``_reread``) reads just the files to write again, one at a time.
    """
    todo: dict[str, str] = {}
    present: set[str] = set()
    for path, item in iter_inputs(paths, max_bytes=max_bytes):
        if isinstance(item, Failure):
            report.failed.append(item)
            if item.doc_id:
                present.add(item.doc_id)
            continue
        present.add(item.id)
        st = states.get(item.id)
        if (not force and st is not None and st.complete and st.sha256 == item.sha256
                and st.extractor_version == version):
            report.unchanged.append(item.id)
        else:
            todo[item.id] = str(path)
    return todo, present


def _reread(todo: dict[str, str], max_bytes: int) -> Iterator[RawRecord]:
    """Pass 2: the planned records, file by file; each id yielded is dropped from ``todo``."""
    for path in list(dict.fromkeys(todo.values())):
        for item in read_file(Path(path), max_bytes):
            if isinstance(item, RawRecord) and todo.get(item.id) == path:
                del todo[item.id]
                yield item


def _write(store: object, batch: list[Extraction], version: str, report: LoadReport) -> None:
    counts = store.write_extractions(batch, version, finish=False)  # type: ignore[attr-defined]
    report.counts.add(counts)
    report.loaded.extend(e.document.id for e in batch)


def remove(doc_ids: Sequence[str], config: StoreConfig) -> LoadReport:
    """Remove documents and everything only they supported; unknown ids are reported."""
    from graphbuild.store import open_store
    from graphbuild.store.locking import load_lock

    started = time.perf_counter()
    report = LoadReport()
    with load_lock(config), open_store(config) as store:
        states = store.document_states()
        known = [d for d in doc_ids if d in states]
        for d in doc_ids:
            if d not in states:
                report.failed.append(Failure(path=d, doc_id=d, stage="store", reason="no such document in the store"))
        if known:
            report.counts.add(store.remove_documents(known))
        report.removed.extend(known)
    report.seconds = time.perf_counter() - started
    return report
