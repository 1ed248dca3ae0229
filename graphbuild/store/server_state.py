"""Where a data dir keeps its embedded server (read by :mod:`.server`): the file layout, the state file, the lock.

``<data_dir>/server.json`` records how to reach the running server, in a 0600 file written before any byte of
the password lands; ``server.lock`` makes two concurrent commands agree on one server. This is the on-disk
record only, nothing here starts or talks to a process; split out of ``server`` to keep it short.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import filelock

from graphbuild.errors import ServerError

log = logging.getLogger(__name__)

STATE_FILE = "server.json"
CONF_FILE = "redis.conf"
LOG_FILE = "server.log"
LOCK_FILE = "server.lock"
LOCK_TIMEOUT = 120.0


@dataclass(frozen=True, slots=True)
class ServerInfo:
    """How to reach a running embedded server (the password never shows in ``repr``)."""

    host: str
    port: int
    password: str = field(repr=False)
    pid: int | None = None


def paths(data_dir: Path) -> dict[str, Path]:
    d = Path(data_dir)
    return {name: d / fname for name, fname in
            (("state", STATE_FILE), ("conf", CONF_FILE), ("log", LOG_FILE), ("lock", LOCK_FILE))}


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to a file only the owner can read (created 0600 before any byte lands)."""
    tmp = path.with_name(path.name + ".tmp")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def read_state(data_dir: Path) -> ServerInfo | None:
    path = paths(data_dir)["state"]
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return ServerInfo(host=str(raw["host"]), port=int(raw["port"]), password=str(raw["password"]),
                          pid=int(raw["pid"]) if raw.get("pid") else None)
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError, OSError):
        log.warning("ignoring unreadable server state file %s", path)
        return None


@contextlib.contextmanager
def locked(data_dir: Path) -> Iterator[None]:
    lock = filelock.FileLock(str(paths(data_dir)["lock"]))
    try:
        lock.acquire(timeout=LOCK_TIMEOUT)
    except filelock.Timeout as err:
        raise ServerError(f"another graphbuild process has held {lock.lock_file} for {LOCK_TIMEOUT:.0f}s "
                          "while managing the embedded server; wait, or delete that file if none runs") from err
    try:
        yield
    finally:
        lock.release()


def prepare_dir(data_dir: Path) -> Path:
    d = Path(data_dir).expanduser()
    try:
        d.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as err:
        raise ServerError(f"cannot create the data folder {d}: {err.strerror}; choose another with "
                          "--data-dir or GRAPHBUILD_DATA_DIR") from err
    return d
