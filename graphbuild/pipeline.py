"""Wires the stages: ingest → extract → resolve → store.

Failure policy, per document: a file that cannot be read, cleaned or extracted
is reported (path, stage, reason) and skipped; the rest of the batch goes on and
what the store already holds for that document is left untouched. Only errors
about the whole run (a path that does not exist, an unreachable store) abort.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild import ingest
from graphbuild.config import StoreConfig
from graphbuild.errors import GraphbuildError
from graphbuild.types import Extraction, Failure, LoadReport, RawRecord

log = logging.getLogger(__name__)

Progress = Callable[[int], None]

# Per-document input limit (bytes of a file, or of a JSON record's text). News articles are
# well under 100 KB and HTML pages a few MB; far bigger "documents" are dumps or logs that
# would hold a worker for minutes, so they are reported and skipped (``--max-bytes``).
DEFAULT_MAX_BYTES = 5_000_000
_JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})


@dataclass(slots=True)
class Inputs:
    """Raw records found under the given paths, plus what could not be read."""

    records: list[RawRecord] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def collect(paths: Sequence[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Inputs:
    """Discover and read (cheaply: bytes + hash) every input record.

    A document id seen twice in one run is loaded once; the later copy is
    reported, because two files claiming one id would overwrite each other.
    A document over ``max_bytes`` is reported without being read whole.
    """
    files, failures = ingest.discover(paths)
    out = Inputs(failures=list(failures))
    seen: dict[str, str] = {}
    for path in files:
        too_big = _over_limit(Path(path), max_bytes)
        if too_big:
            log.warning("skipping %s: %s", path, too_big)
            out.failures.append(Failure(path=str(path), reason=too_big, stage="ingest"))
            continue
        try:
            records, bad = ingest.read_raw_with_errors(path)
        except GraphbuildError as err:
            log.warning("skipping %s: %s", path, err)
            out.failures.append(Failure(path=str(path), reason=_reason(err), stage="ingest"))
            continue
        out.failures.extend(bad)
        for rec in records:
            too_big = _record_over_limit(rec, max_bytes)
            if too_big:
                out.failures.append(Failure(path=rec.source, doc_id=rec.id, stage="ingest", reason=too_big))
                continue
            if rec.id in seen:
                if rec.sha256 == seen[rec.id]:
                    continue  # the very same content twice: nothing to report
                out.failures.append(Failure(path=rec.source, doc_id=rec.id, stage="ingest",
                                            reason=f"duplicate document id {rec.id!r} in this run; first copy kept"))
                continue
            seen[rec.id] = rec.sha256
            out.records.append(rec)
    return out


def _over_limit(path: Path, max_bytes: int) -> str | None:
    """A one-document file over the limit (JSON files are checked per record instead)."""
    if path.suffix.lower() in _JSON_SUFFIXES:
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None  # reading it reports the problem
    if size > max_bytes:
        return (f"{size:,} bytes is over the {max_bytes:,}-byte limit for one document; "
                "split it, or raise the limit with --max-bytes")
    return None


def _record_over_limit(rec: RawRecord, max_bytes: int) -> str | None:
    if not isinstance(rec.data, dict):
        return None
    size = len(str(rec.data.get("text") or "").encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return (f"text of {size:,} bytes is over the {max_bytes:,}-byte limit for one document; "
                "split it, or raise the limit with --max-bytes")
    return None


def _reason(err: Exception) -> str:
    reason = getattr(err, "reason", None)
    return str(reason if reason else err)


# --- extraction (runs in worker processes with --jobs) ----------------------------------------

_WORKER: dict[str, object] = {}


def _init_worker(lexicon_files: tuple[str, ...], alias_file: str | None) -> None:
    """Load the lexicon and resolver once per process (they are the expensive part)."""
    from graphbuild.extract.lexicon import load_lexicon
    from graphbuild.resolve import Resolver

    lexicon = load_lexicon(tuple(lexicon_files))
    _WORKER["lexicon"] = lexicon
    _WORKER["resolver"] = Resolver(lexicon, Path(alias_file) if alias_file else None)


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
        return Failure(path=record.source, doc_id=record.id, stage=stage, reason=_reason(err))
    except Exception as err:  # noqa: BLE001 - per-document policy: report, never abort the batch
        log.exception("bug while processing document %s (%s)", record.id, stage)
        return Failure(path=record.source, doc_id=record.id, stage=stage,
                       reason=f"internal error ({type(err).__name__}: {err}); please report it")


def process_records(
    records: Iterable[RawRecord],
    *,
    jobs: int = 1,
    lexicon_files: Sequence[str | Path] = (),
    alias_file: str | Path | None = None,
) -> Iterator[Extraction | Failure]:
    """Extract and resolve records, in order, in ``jobs`` processes."""
    records = list(records)
    if not records:
        return  # nothing changed: do not pay for loading the lexicon
    lex = tuple(str(p) for p in lexicon_files)
    alias = str(alias_file) if alias_file else None
    if jobs <= 1:
        _init_worker(lex, alias)
        for rec in records:
            yield _process(rec)
        return
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init_worker, initargs=(lex, alias)) as pool:
        yield from pool.map(_process, records, chunksize=16)


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
    from graphbuild.extract import EXTRACTOR_VERSION
    from graphbuild.store import open_store
    from graphbuild.store.locking import load_lock

    started = time.perf_counter()
    report = LoadReport()
    inputs = collect(paths, max_bytes=max_bytes)
    report.failed.extend(inputs.failures)
    tick = progress or (lambda n: None)
    with load_lock(config), open_store(config) as store:
        store.ensure_schema()
        states = store.document_states()
        todo: list[RawRecord] = []
        for rec in inputs.records:
            st = states.get(rec.id)
            if (not force and st is not None and st.complete and st.sha256 == rec.sha256
                    and st.extractor_version == EXTRACTOR_VERSION):
                report.unchanged.append(rec.id)
            else:
                todo.append(rec)
        if on_total:
            on_total(len(inputs.records))
        tick(len(report.unchanged))
        batch: list[Extraction] = []
        for item in process_records(todo, jobs=jobs, lexicon_files=lexicon_files, alias_file=alias_file):
            if isinstance(item, Failure):
                report.failed.append(item)
                tick(1)
                continue
            batch.append(item)
            if len(batch) >= batch_size:
                _write(store, batch, EXTRACTOR_VERSION, report)
                tick(len(batch))
                batch = []
        if batch:
            _write(store, batch, EXTRACTOR_VERSION, report)
            tick(len(batch))
        if prune:
            present = {r.id for r in inputs.records} | {f.doc_id for f in inputs.failures if f.doc_id}
            gone = sorted(set(states) - present)
            if gone:
                report.counts.add(store.remove_documents(gone))
                report.removed.extend(gone)
    report.seconds = time.perf_counter() - started
    return report


def _write(store: object, batch: list[Extraction], version: str, report: LoadReport) -> None:
    counts = store.write_extractions(batch, version)  # type: ignore[attr-defined]
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
