"""Shared fixtures: real files, a real embedded FalkorDB (one server per test session,
one graph per test), and a private data dir so tests never touch the user's."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
DATA = Path(__file__).resolve().parent / "data"
GOLD = DATA / "gold" / "seeds.jsonl"
KGSCORE = DATA / "kgscore.py"

# A hung embedded server (seen once: a rwlock deadlock inside falkordb.so) fails a test in two
# minutes instead of hanging the run; no statement of the suite takes more than seconds.
os.environ.setdefault("GRAPHBUILD_STORE_TIMEOUT", "120")


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def gold_file() -> Path:
    return GOLD


@pytest.fixture(scope="session")
def session_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Data dir of the session's embedded server; the server is stopped at the end."""
    d = tmp_path_factory.mktemp("gbdata")
    os.environ["GRAPHBUILD_DATA_DIR"] = str(d)
    yield d
    try:
        from graphbuild.store import server

        server.stop(d)
    except Exception:  # noqa: BLE001 - best effort cleanup
        pass


@pytest.fixture()
def store_config(session_data_dir: Path):
    """A StoreConfig for a fresh, uniquely named graph on the session's embedded server."""
    from graphbuild.config import StoreConfig

    return StoreConfig(kind="embedded", data_dir=session_data_dir, graph=f"t_{uuid.uuid4().hex[:12]}")


@pytest.fixture()
def store(store_config) -> Iterator[object]:
    from graphbuild.store import open_store

    s = open_store(store_config)
    try:
        yield s
    finally:
        try:
            s.clear()
        finally:
            s.close()


@pytest.fixture(scope="session")
def lexicon():  # type: ignore[no-untyped-def]
    """The shipped lexicon, loaded once for the checklist tests."""
    from graphbuild.extract import load_lexicon

    return load_lexicon()
