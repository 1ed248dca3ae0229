"""Exceptions raised by graphbuild.

Every error a user can cause or fix derives from :class:`GraphbuildError`, so the
CLI turns exactly these into one-line messages (and anything else into a bug
report with a traceback under ``--verbose``). Messages say what to do next.

    GraphbuildError
    ├── ConfigError              bad option/env combination, unreadable lexicon or alias file
    ├── InputError               a file or record cannot be read or makes no document
    │   └── EmptyDocumentError   nothing left after cleaning
    ├── ExtractionError          an extractor failed on one document
    ├── StoreError               anything about the graph store
    │   ├── StoreUnavailableError   cannot connect / server will not start
    │   ├── StoreAuthError          wrong or missing credentials
    │   ├── StoreWriteError         a write failed (names statement kind and documents)
    │   └── QueryError              a user query failed (syntax, unknown saved query, params)
    ├── ServerError              embedded FalkorDB server management (start/stop/lock)
    └── EvaluationError          gold/prediction files unreadable
"""

from __future__ import annotations


class GraphbuildError(Exception):
    """Root of every error graphbuild raises on purpose."""

    exit_code = 1


class ConfigError(GraphbuildError):
    exit_code = 2


class InputError(GraphbuildError):
    def __init__(self, path: str, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"{path}: {reason}")


class EmptyDocumentError(InputError):
    pass


class ExtractionError(GraphbuildError):
    def __init__(self, doc_id: str, reason: str) -> None:
        self.doc_id = doc_id
        self.reason = reason
        super().__init__(f"{doc_id}: extraction failed: {reason}")


class StoreError(GraphbuildError):
    exit_code = 3


class StoreUnavailableError(StoreError):
    pass


class StoreAuthError(StoreError):
    pass


class StoreWriteError(StoreError):
    pass


class QueryError(StoreError):
    exit_code = 2


class ServerError(GraphbuildError):
    exit_code = 3


class EvaluationError(GraphbuildError):
    exit_code = 2
