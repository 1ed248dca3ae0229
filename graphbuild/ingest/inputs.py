"""Input discovery and reading for the pipeline: records and failures, one file at a time.

Streaming matters: a load holds one file's records at a time, not the corpus
(``collect`` keeps them all, for callers that want a list).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild import ingest
from graphbuild.errors import GraphbuildError
from graphbuild.types import Failure, RawRecord

log = logging.getLogger(__name__)

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
    """Discover and read (cheaply: bytes + hash) every input record, all kept in memory.

    A document id seen twice in one run is loaded once; the later copy is
    reported, because two files claiming one id would overwrite each other.
    A document over ``max_bytes`` is reported without being read whole.
    ``load`` streams ``iter_inputs`` instead, so its memory does not grow with the corpus.
    """
    out = Inputs()
    for _path, item in iter_inputs(paths, max_bytes=max_bytes):
        (out.failures if isinstance(item, Failure) else out.records).append(item)  # type: ignore[arg-type]
    return out


def iter_inputs(paths: Sequence[str | Path], *,
                max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[tuple[Path | None, RawRecord | Failure]]:
    """``collect``'s records and failures one file at a time, each with the file it came from."""
    files, failures = ingest.discover(paths)
    for failure in failures:
        yield None, failure
    seen: dict[str, str] = {}
    for path in files:
        for item in read_file(Path(path), max_bytes):
            if isinstance(item, RawRecord):
                if item.id in seen:
                    if item.sha256 == seen[item.id]:
                        continue  # the very same content twice: nothing to report
                    item = Failure(path=item.source, doc_id=item.id, stage="ingest",
                                   reason=f"duplicate document id {item.id!r} in this run; first copy kept")
                else:
                    seen[item.id] = item.sha256
            yield Path(path), item


def read_file(path: Path, max_bytes: int) -> list[RawRecord | Failure]:
    """One file's records (or why not), over-limit records reported instead."""
    too_big = _over_limit(path, max_bytes)
    if too_big:
        log.warning("skipping %s: %s", path, too_big)
        return [Failure(path=str(path), reason=too_big, stage="ingest")]
    try:
        records, bad = ingest.read_raw_with_errors(path)
    except GraphbuildError as err:
        log.warning("skipping %s: %s", path, err)
        return [Failure(path=str(path), reason=failure_reason(err), stage="ingest")]
    out: list[RawRecord | Failure] = list(bad)
    for rec in records:
        too_big = _record_over_limit(rec, max_bytes)
        out.append(Failure(path=rec.source, doc_id=rec.id, stage="ingest", reason=too_big) if too_big else rec)
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


def failure_reason(err: Exception) -> str:
    reason = getattr(err, "reason", None)
    return str(reason if reason else err)
