"""The embedded FalkorDB server: private, local, single, durable, and quiet about its password."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from click.testing import CliRunner
from redis.backoff import NoBackoff
from redis.retry import Retry
from test_store_contract import corpus

from graphbuild.cli import cli as graphbuild_cli
from graphbuild.config import StoreConfig
from graphbuild.errors import ConfigError, ServerError, StoreUnavailableError
from graphbuild.store import open_store, server

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture()
def data_dir(tmp_path: Path) -> Iterator[Path]:
    d = tmp_path / "data dir with space"
    yield d
    server.stop(d)


def _wait_dead(pid: int) -> None:
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        with open(f"/proc/{pid}/stat") as fh:
            if fh.read().split(")")[-1].split()[0] == "Z":
                return
        time.sleep(0.05)
    raise AssertionError(f"pid {pid} still alive")


def test_secrets_are_private_files_not_arguments(data_dir: Path) -> None:
    info = server.ensure_running(data_dir)
    for name in ("server.json", "redis.conf"):
        mode = stat.S_IMODE((data_dir / name).stat().st_mode)
        assert mode == 0o600, (name, oct(mode))
    assert json.loads((data_dir / "server.json").read_text())["password"] == info.password
    cmdline = Path(f"/proc/{info.pid}/cmdline").read_bytes().decode()
    assert info.password not in cmdline
    assert info.password not in repr(info)


def test_connections_need_the_password(data_dir: Path) -> None:
    info = server.ensure_running(data_dir)
    for password in (None, "wrong"):
        client = redis.Redis(host=info.host, port=info.port, password=password, retry=Retry(NoBackoff(), 0))
        with pytest.raises((redis.exceptions.AuthenticationError, redis.exceptions.ResponseError)):
            client.execute_command("GRAPH.LIST")
        client.close()
    ok = redis.Redis(host=info.host, port=info.port, password=info.password)
    assert ok.ping()
    ok.close()


def _listeners(port: int) -> list[str]:
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except FileNotFoundError:
            continue
        for line in lines:
            local, st = line.split()[1], line.split()[3]
            addr, hexport = local.rsplit(":", 1)
            if int(hexport, 16) == port and st == "0A":  # LISTEN
                found.append(addr)
    return found


def test_listens_on_loopback_only(data_dir: Path) -> None:
    info = server.ensure_running(data_dir)
    assert info.host == "127.0.0.1"
    assert _listeners(info.port) == ["0100007F"]  # 127.0.0.1, and nothing on IPv6 or 0.0.0.0
    client = redis.Redis(host=info.host, port=info.port, password=info.password, decode_responses=True)
    assert client.config_get("bind")["bind"] == "127.0.0.1"
    assert client.config_get("protected-mode")["protected-mode"] == "yes"
    assert client.config_get("appendonly")["appendonly"] == "yes"
    client.close()


def test_two_processes_at_once_share_one_server(data_dir: Path) -> None:
    code = ("import sys; from graphbuild.store import server; "
            "i = server.ensure_running(sys.argv[1]); print(i.port, i.pid)")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(data_dir)], cwd=REPO, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    assert len({out.strip() for out, _ in outs}) == 1, outs
    assert server.ensure_running(data_dir).port == int(outs[0][0].split()[0])


def test_killed_server_restarts_with_its_data(data_dir: Path) -> None:
    config = StoreConfig(kind="embedded", data_dir=data_dir, graph="durable")
    with open_store(config) as store:
        store.write_extractions(corpus(), "t")
        before = store.stats()
    first = server.ensure_running(data_dir)
    time.sleep(1.5)  # appendfsync everysec
    os.kill(first.pid, signal.SIGKILL)
    _wait_dead(first.pid)
    second = server.ensure_running(data_dir)
    assert second.pid != first.pid
    with open_store(config) as store:
        after = store.stats()
    assert after == before and after["documents"]["complete"] == 3


def test_stale_state_file_starts_a_new_server(data_dir: Path) -> None:
    first = server.ensure_running(data_dir)
    state = json.loads((data_dir / "server.json").read_text())
    server.stop(data_dir)
    (data_dir / "server.json").write_text(json.dumps(state))  # as if the machine rebooted
    second = server.ensure_running(data_dir)
    assert second.pid != first.pid
    assert server.status(data_dir)["running"] is True


def test_stop_and_status(data_dir: Path) -> None:
    assert server.status(data_dir)["running"] is False
    assert server.stop(data_dir) is False
    info = server.ensure_running(data_dir)
    st = server.status(data_dir)
    assert st["running"] is True and st["port"] == info.port and "password" not in json.dumps(st)
    assert server.stop(data_dir) is True
    _wait_dead(info.pid)
    assert not (data_dir / "server.json").exists()
    assert server.status(data_dir)["running"] is False


def test_server_that_cannot_start_names_its_log(data_dir: Path) -> None:
    aof = data_dir / "appendonlydir"
    aof.mkdir(parents=True)
    (aof / "appendonly.aof.manifest").write_text("this is not a manifest\n")
    with pytest.raises(ServerError) as exc:
        server.ensure_running(data_dir)
    assert str(data_dir / "server.log") in str(exc.value)


def test_credentials_never_logged(data_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    info = server.ensure_running(data_dir)
    config = StoreConfig(kind="embedded", data_dir=data_dir, graph="quiet")
    with open_store(config) as store:
        store.write_extractions(corpus(), "t")
        store.stats()
        store.clear()
    status = server.status(data_dir)
    server.stop(data_dir)
    _wait_dead(info.pid)
    errors = []
    for url in (f"redis://:{info.password}@127.0.0.1:1", "redis://:wrong@127.0.0.1:1"):
        try:
            open_store(StoreConfig(kind="falkordb", falkordb_url=url))
        except Exception as err:  # noqa: BLE001 - any error text is checked below
            errors.append(repr(err) + str(err.__cause__))
    assert len(errors) == 2
    everything = caplog.text + json.dumps(status) + "".join(errors)
    assert info.password not in everything


def test_cli_start_status_stop(data_dir: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(graphbuild_cli, ["server", "start", "--data-dir", str(data_dir)])
    assert res.exit_code == 0 and "127.0.0.1:" in res.output, res.output
    res = runner.invoke(graphbuild_cli, ["server", "status", "--data-dir", str(data_dir), "--format", "json"])
    assert json.loads(res.output)["running"] is True
    res = runner.invoke(graphbuild_cli, ["stats", "--data-dir", str(data_dir), "--format", "json"])
    assert res.exit_code == 0 and json.loads(res.output)["documents"]["total"] == 0, res.output
    res = runner.invoke(graphbuild_cli, ["server", "stop", "--data-dir", str(data_dir)])
    assert res.exit_code == 0 and "stopped" in res.output


def test_hung_server_fails_the_statement_and_stops_with_its_data(data_dir: Path) -> None:
    """A frozen server (SIGSTOP: no reply, no CPU, like FalkorDB's rwlock deadlock) must not hang a load."""
    config = StoreConfig(kind="embedded", data_dir=data_dir, graph="hung", store_timeout=1.0)
    info = server.ensure_running(data_dir)
    with open_store(config) as store:
        store.write_extractions(corpus(), "t")
        before = store.stats()
        time.sleep(1.5)  # appendfsync everysec: what a kill may keep
        os.kill(info.pid, signal.SIGSTOP)
        try:
            started = time.monotonic()
            with pytest.raises(StoreUnavailableError) as exc:
                store.stats()
            assert time.monotonic() - started < 30
            assert "within 1s" in str(exc.value) and "graphbuild server stop" in str(exc.value)
            assert server.status(data_dir)["busy"] is True
            assert server.stop(data_dir) is True  # SIGTERM is not taken by a frozen process; SIGKILL is
            _wait_dead(info.pid)
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.kill(info.pid, signal.SIGCONT)
    assert not (data_dir / "server.json").exists()
    with open_store(config) as store:
        assert store.stats() == before and before["documents"]["complete"] == 3


def test_stop_leaves_a_reused_pid_alone(data_dir: Path) -> None:
    info = server.ensure_running(data_dir)
    state = data_dir / "server.json"
    stranger = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        recorded = json.loads(state.read_text())
        server.stop(data_dir)
        _wait_dead(info.pid)
        recorded["pid"] = stranger.pid  # the recorded pid now belongs to another program
        state.write_text(json.dumps(recorded))
        server.stop(data_dir)
        assert stranger.poll() is None
    finally:
        stranger.kill()
        stranger.wait()


@pytest.mark.parametrize("value", ["0", "-3", "soon", "inf", "nan"])
def test_store_timeout_must_be_positive_seconds(value: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigError, match="--store-timeout"):
        StoreConfig.from_options(store_timeout=float(value) if value not in {"soon"} else value)  # type: ignore[arg-type]
    monkeypatch.setenv("GRAPHBUILD_STORE_TIMEOUT", value)
    with pytest.raises(ConfigError, match="GRAPHBUILD_STORE_TIMEOUT"):
        StoreConfig.from_options()


def test_store_timeout_from_option_then_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GRAPHBUILD_STORE_TIMEOUT", raising=False)
    assert StoreConfig.from_options().store_timeout == 600
    monkeypatch.setenv("GRAPHBUILD_STORE_TIMEOUT", "45")
    assert StoreConfig.from_options().store_timeout == 45
    assert StoreConfig.from_options(store_timeout=7.5).store_timeout == 7.5
