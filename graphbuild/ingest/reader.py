"""Cheap reading: file bytes → :class:`RawRecord` s with hashes, no decoding or cleaning.

This runs for every input on every load, so it only reads bytes, hashes them
and (for JSON) parses records; unchanged documents are then skipped by hash.

Bad records do not sink good ones: :func:`read_raw_with_errors` returns the good
records of a ``.json``/``.jsonl`` file together with one
:class:`~graphbuild.types.Failure` per bad record ("line 3: not JSON (…)",
"record 2: no 'text' string"), so the pipeline loads the rest and reports those.
:func:`read_raw` is the strict variant: it logs bad records and raises
:class:`InputError` when a file yields no record at all. Whole-file problems
(unreadable, binary bytes in a ``.txt``, a ``.json`` file that is not JSON)
raise :class:`InputError` naming the file in both.

Record ids: the file-name stem for one-document files; the ``id`` field of a
JSON record, else ``<stem>-<n>`` (n = JSONL line number or 1-based list index).
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path
from typing import Any

from graphbuild.errors import InputError
from graphbuild.ingest.decode import sniff_binary
from graphbuild.types import Failure, RawRecord

log = logging.getLogger(__name__)

KINDS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".md": "md",
    ".markdown": "md",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
SUPPORTED_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".json", ".jsonl"})


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except IsADirectoryError as err:
        raise InputError(str(path), "is a folder, not a file; pass the folder to discover() instead") from err
    except PermissionError as err:
        raise InputError(str(path), "permission denied; make the file readable") from err
    except OSError as err:
        raise InputError(str(path), f"cannot read file ({err.strerror or err}); check the path") from err


def read_raw_with_errors(path: Path) -> tuple[list[RawRecord], list[Failure]]:
    """Records of one file plus a Failure per bad JSON record; raises InputError for whole-file problems."""
    path = Path(path)
    data = _read_bytes(path)
    why = sniff_binary(data)
    if why:
        raise InputError(str(path), why)
    kind = KINDS.get(path.suffix.lower(), "txt")
    if kind in ("json", "jsonl"):
        return _json_records(path, data, kind)
    return [RawRecord(id=path.stem, source=str(path), sha256=_sha256(data), kind=kind, data=data)], []


def read_raw(path: Path) -> list[RawRecord]:
    """Records of one file; bad JSON records are logged and skipped, none usable → InputError."""
    records, failures = read_raw_with_errors(path)
    for failure in failures:
        log.warning("%s: %s", failure.path, failure.reason)
    if not records and failures:
        raise InputError(str(path), "no usable record: " + "; ".join(f.reason for f in failures[:3]))
    return records


def _json_text(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(str(path), f"JSON must be UTF-8 (bad byte at offset {err.start}); re-save it as UTF-8") from err


def _json_records(path: Path, data: bytes, kind: str) -> tuple[list[RawRecord], list[Failure]]:
    text = _json_text(path, data)
    items: list[tuple[str, int, Any]] = []  # (where, n, value)
    failures: list[Failure] = []
    if kind == "jsonl":
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                items.append((f"line {lineno}", lineno, json.loads(line)))
            except ValueError as err:
                failures.append(Failure(str(path), f"line {lineno}: not JSON ({_short(err)})", "ingest"))
    else:
        try:
            value = json.loads(text)
        except ValueError as err:
            raise InputError(str(path), f"not valid JSON ({_short(err)}); fix the file or use .jsonl") from err
        if isinstance(value, list):
            items = [(f"record {n}", n, v) for n, v in enumerate(value, 1)]
        else:
            items = [("record 1", 1, value)]
    records: list[RawRecord] = []
    for where, n, value in items:
        record, failure = _to_record(path, where, n, value)
        if failure:
            failures.append(failure)
        elif record:
            records.append(record)
    if not items and not failures:
        failures.append(Failure(str(path), "contains no records", "ingest"))
    return records, failures


def _to_record(path: Path, where: str, n: int, value: Any) -> tuple[RawRecord | None, Failure | None]:
    if not isinstance(value, dict):
        return None, Failure(str(path), f"{where}: not a JSON object", "ingest")
    raw_id = value.get("id")
    doc_id = str(raw_id).strip() if isinstance(raw_id, str | int) and str(raw_id).strip() else f"{path.stem}-{n}"
    if record_text(value) is None:
        return None, Failure(str(path), f"{where}: record has no 'text' string (nor 'content', 'body' or 'article'); "
                             "add one or drop the record", "ingest", doc_id=doc_id)
    canonical = json.dumps(value, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return RawRecord(id=doc_id, source=f"{path}#{n}", sha256=_sha256(canonical.encode("utf-8", "surrogatepass")),
                     kind="json", data=value), None


ARTICLE_FIELDS = ("text", "content", "body", "article")  # scrapers and exports name the article's text either way


def record_text(value: dict[str, Any]) -> str | None:
    """A JSON record's article text: its first string field among ``ARTICLE_FIELDS``."""
    for name in ARTICLE_FIELDS:
        text = value.get(name)
        if isinstance(text, str):
            return text
    return None


def _short(err: ValueError) -> str:
    msg = str(err)
    return msg if len(msg) <= 120 else msg[:117] + "..."
