"""Files → clean text + metadata.

Public surface (used by ``pipeline``):

- ``discover(paths) -> (list[Path], list[Failure])``: the input files under files/folders,
  sorted, symlink loops and unreadable entries reported as failures.
- ``read_raw(path) -> list[RawRecord]``: cheap read + hash, raises ``InputError``.
- ``clean(record) -> Document``: decoding, repair, furniture removal, metadata;
  raises ``InputError``/``EmptyDocumentError``.
- ``read_documents(path) -> list[Document]``: both steps.
"""
