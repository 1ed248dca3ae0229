"""One writer per store at a time.

Two ``graphbuild load`` runs against the same graph would interleave their
replace-then-write sequences; a file lock keyed by the store's location makes the
second wait for the first, so concurrent loads end in the same graph as serial ones.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import filelock
import platformdirs

from graphbuild.config import StoreConfig
from graphbuild.errors import StoreError

WAIT_SECONDS = 3600.0


def lock_path(config: StoreConfig) -> Path:
    """The lock file for ``config``'s graph (embedded: in its data dir)."""
    if config.kind == "embedded":
        base = config.data_dir
        key = config.graph
    else:
        base = Path(platformdirs.user_cache_dir("graphbuild", appauthor=False)) / "locks"
        where = config.neo4j_uri if config.kind == "neo4j" else config.falkordb_url
        key = hashlib.sha256(f"{config.kind}|{where}|{config.neo4j_database}|{config.graph}".encode()).hexdigest()[:16]
    base.mkdir(parents=True, exist_ok=True)
    return base / f"load-{key}.lock"


@contextmanager
def load_lock(config: StoreConfig, timeout: float = WAIT_SECONDS) -> Iterator[None]:
    path = lock_path(config)
    lock = filelock.FileLock(str(path))
    try:
        lock.acquire(timeout=timeout)
    except filelock.Timeout as err:
        raise StoreError(f"another graphbuild load holds {path} for over {timeout:.0f}s; "
                         "wait for it to finish or remove the lock file if no graphbuild is running") from err
    try:
        yield
    finally:
        lock.release()
