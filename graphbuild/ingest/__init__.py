"""Files → clean text + metadata.

Public surface (used by ``pipeline``):

- ``discover(paths) -> (list[Path], list[Failure])``: the input files under files/folders,
  sorted, symlink loops and unreadable entries reported as failures.
- ``read_raw(path) -> list[RawRecord]``: cheap read + hash, raises ``InputError``.
- ``read_raw_with_errors(path) -> (list[RawRecord], list[Failure])``: the same, but bad
  records of a JSON/JSONL file come back as failures ("line 3: not JSON") next to the good ones.
- ``clean(record) -> Document``: decoding, repair, furniture removal, metadata;
  raises ``InputError``/``EmptyDocumentError``.
- ``read_documents(path) -> list[Document]``: both steps (``.failures`` lists skipped records).
- ``parse_date(text)``, ``find_dates(text)``: date expressions → ISO (also used by ``extract``).
"""

from graphbuild.ingest.clean import DocumentList, clean, read_documents
from graphbuild.ingest.dates import find_dates, parse_date
from graphbuild.ingest.discover import discover
from graphbuild.ingest.reader import SUPPORTED_SUFFIXES, read_raw, read_raw_with_errors

__all__ = [
    "SUPPORTED_SUFFIXES",
    "DocumentList",
    "clean",
    "discover",
    "find_dates",
    "parse_date",
    "read_documents",
    "read_raw",
    "read_raw_with_errors",
]
