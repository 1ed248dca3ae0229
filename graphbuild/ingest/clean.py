"""One raw record → one clean :class:`Document` (text + metadata).

Order matters: decode → HTML main text → mojibake repair → furniture/bylines →
metadata guessed from the clean text → NFC last (removing characters can join a
base letter with a combining mark, so normalising earlier is not enough).
Failures are :class:`InputError` (unusable input) or
:class:`EmptyDocumentError` (nothing left); anything from third-party parsers
is caught inside the helpers and degrades to a fallback instead.
"""

from __future__ import annotations

import datetime as _dt
import logging
import unicodedata
from pathlib import Path
from typing import Any

from graphbuild.errors import EmptyDocumentError, InputError
from graphbuild.ingest.dates import parse_date
from graphbuild.ingest.decode import decode_bytes, repair_text, sniff_binary
from graphbuild.ingest.furniture import strip_furniture
from graphbuild.ingest.html import extract_html, looks_like_html
from graphbuild.ingest.markdown import front_matter, strip_markdown
from graphbuild.ingest.metadata import clean_title, guess_language, guess_published, guess_title
from graphbuild.ingest.reader import read_raw_with_errors, record_text
from graphbuild.types import Document, Failure, RawRecord

log = logging.getLogger(__name__)

_LANGUAGE_NAMES = {"en": "English"}
def _str_field(data: dict[str, Any], *names: str) -> str | None:
    for name in names:
        value = data.get(name)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _epoch_field(data: dict[str, Any]) -> str | None:
    """A Unix timestamp (seconds, or milliseconds as JavaScript writes them) as an ISO date, UTC."""
    for name in ("published", "date", "published_at", "timestamp"):
        value = data.get(name)
        if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
            seconds = value / 1000 if value > 1e11 else value
            try:
                return _dt.datetime.fromtimestamp(seconds, tz=_dt.UTC).date().isoformat()
            except (OverflowError, OSError, ValueError):
                return None
    return None


def _authors_field(data: dict[str, Any]) -> list[str]:
    value = data.get("authors", data.get("author"))
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        return []
    return [" ".join(v.split()) for v in value if isinstance(v, str) and v.strip()]


def clean(record: RawRecord) -> Document:
    """Decode, extract, repair and de-furnish one record; guess title, date, authors and language."""
    warnings: list[str] = []
    title = url = published_raw = None
    authors: list[str] = []
    if isinstance(record.data, dict):
        data = record.data
        text = record_text(data)
        if text is None:
            raise InputError(record.source, "record has no 'text' string (nor 'content', 'body' or 'article'); "
                                            "add one or drop the record")
        title = _str_field(data, "title")
        url = _str_field(data, "url", "link")
        published_raw = _str_field(data, "published", "date", "published_at") or _epoch_field(data)
        authors = _authors_field(data)
    elif isinstance(record.data, bytes | bytearray):
        why = sniff_binary(bytes(record.data))
        if why:
            raise InputError(record.source, why)
        text, encoding = decode_bytes(bytes(record.data))
        if not encoding.startswith("utf"):
            warnings.append(f"not UTF-8: decoded as {encoding}")
    else:
        raise InputError(record.source, f"unsupported record data {type(record.data).__name__}")

    if record.kind == "html" or looks_like_html(text):
        page = extract_html(text)
        text = page.text
        title = title or page.title
        url = url or page.url
        published_raw = published_raw or page.published
        authors = authors or page.authors

    elif record.kind == "md":
        meta, text = front_matter(text)  # "---\ntitle: …\ndate: …\n---": the page's metadata, not its text
        title = title or _str_field(meta, "title")
        url = url or _str_field(meta, "url", "link", "permalink")
        published_raw = published_raw or _str_field(meta, "date", "published", "published_at")
        authors = authors or _authors_field(meta)
        text = strip_markdown(text)

    text = repair_text(text)
    text, byline_authors = strip_furniture(text)
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise EmptyDocumentError(record.source, "no text left after cleaning (empty, or only site furniture)")

    published = parse_date(repair_text(published_raw)) if published_raw else None
    if published_raw and not published:
        warnings.append(f"could not read the published date {published_raw[:40]!r}; guessed it from the text")
    language = guess_language(text)
    if language != "id":
        name = _LANGUAGE_NAMES.get(language or "", "not recognisably Indonesian")
        warnings.append(f"language: {name}; extraction rules are tuned for Indonesian text")
    return Document(
        id=record.id,
        source=record.source,
        text=text,
        sha256=record.sha256,
        title=_nfc(clean_title(repair_text(title)) if title else guess_title(text)),
        published=published or guess_published(text),
        authors=[_nfc(a) for a in (authors or byline_authors)],
        url=_nfc(url),
        language=language,
        warnings=warnings,
    )


def _nfc(value: str | None) -> str | None:
    return unicodedata.normalize("NFC", value) if value else value


class DocumentList(list[Document]):
    """``read_documents`` result: the documents, plus ``failures`` for records that could not be used."""

    failures: list[Failure]

    def __init__(self, docs: list[Document] | None = None, failures: list[Failure] | None = None) -> None:
        super().__init__(docs or [])
        self.failures = failures or []


def read_documents(path: str | Path) -> DocumentList:
    """Read and clean every record of one file.

    A one-document file raises its InputError; for multi-record files the bad
    records are logged, skipped and listed in ``.failures``.
    """
    records, failures = read_raw_with_errors(Path(path))
    out = DocumentList(failures=list(failures))
    for failure in failures:
        log.warning("%s: %s", failure.path, failure.reason)
    if not records and failures:
        raise InputError(str(path), "no usable record: " + "; ".join(f.reason for f in failures[:3]))
    single = len(records) == 1 and not failures
    for record in records:
        try:
            out.append(clean(record))
        except InputError as err:
            if single:
                raise
            log.warning("skipping %s: %s", record.source, err)
            out.failures.append(Failure(path=record.source, reason=err.reason, stage="ingest", doc_id=record.id))
    return out
