"""The ``graphbuild`` command as a user runs it: help, load summaries (table and JSON,
with the progress bar drawn on a terminal), ``extract --format jsonl`` records, exit codes."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
import threading
from pathlib import Path

from click.testing import CliRunner

from graphbuild.cli import COMMANDS, cli
from graphbuild.config import StoreConfig
from graphbuild.ontology import CATEGORIES, ENTITY_LABELS, RELATION_TYPES, SYMMETRIC

REPO = Path(__file__).resolve().parent.parent


def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "graphbuild", *args], cwd=REPO, env=env,  # noqa: S603
                          capture_output=True, text=True, timeout=timeout, check=False)


def store_args(cfg: StoreConfig) -> tuple[str, ...]:
    return ("--data-dir", str(cfg.data_dir), "--graph", cfg.graph)


def test_help_lists_every_command() -> None:
    res = CliRunner().invoke(cli, ["--help"])
    assert res.exit_code == 0
    for name in ("load", "extract", "remove"):
        assert name in res.output
    listed = {ln.split()[0] for ln in res.output.split("Commands:")[1].splitlines() if ln.strip()}
    assert listed <= set(COMMANDS)


def test_load_help_documents_the_options() -> None:
    res = CliRunner().invoke(cli, ["load", "--help"])
    assert res.exit_code == 0
    for opt in ("--prune", "--force", "--batch-size", "--format", "--max-bytes", "--data-dir", "--neo4j-uri",
                "--falkordb-url", "--jobs"):
        assert opt in res.output, opt


def test_load_table_summary_then_unchanged(store_config: StoreConfig, seeds_dir: Path) -> None:
    res = run("load", str(seeds_dir), *store_args(store_config))
    assert res.returncode == 0, res.stderr
    assert "5 loaded, 0 unchanged, 0 failed into embedded FalkorDB" in res.stdout
    assert "nodes +" in res.stdout and "relationships +" in res.stdout
    res = run("load", str(seeds_dir), *store_args(store_config))
    assert res.returncode == 0 and "0 loaded, 5 unchanged, 0 failed" in res.stdout


def test_load_json_on_stdout_while_progress_draws_on_a_terminal(store_config: StoreConfig, seeds_dir: Path) -> None:
    """stderr is a pseudo-terminal, so the progress bar really draws; stdout must stay pure JSON."""
    master, slave = pty.openpty()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-m", "graphbuild", "load", str(seeds_dir), *store_args(store_config),  # noqa: S603
                             "--format", "json", "--batch-size", "1"],
                            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=slave, text=True)
    os.close(slave)
    chunks: list[bytes] = []

    def drain() -> None:
        while True:
            try:
                data = os.read(master, 4096)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    out, _ = proc.communicate(timeout=120)
    reader.join(timeout=10)
    os.close(master)
    assert proc.returncode == 0
    report = json.loads(out)
    assert report["loaded"] == 5 and report["failed"] == [] and report["unchanged"] == 0
    assert {"nodes_created", "relationships_created", "seconds", "removed"} <= set(report)
    assert "Loading" in b"".join(chunks).decode("utf-8", "replace")  # the bar went to the terminal


def _validate_record(rec: dict) -> None:
    assert isinstance(rec["doc_id"], str) and rec["doc_id"]
    for key in ("source", "title", "published", "authors", "entities", "relations"):
        assert key in rec, key
    ids = set()
    for e in rec["entities"]:
        assert {"id", "type", "name", "aliases", "mentions"} <= set(e), e
        assert e["type"] in ENTITY_LABELS
        assert e["id"].startswith(e["type"].lower() + ":")
        assert isinstance(e["aliases"], list) and e["name"] not in e["aliases"]
        if "category" in e:
            assert e["category"] in CATEGORIES.get(e["type"], ()), e
        assert e["mentions"], e
        for m in e["mentions"]:
            assert 0 <= m["start"] < m["end"] and len(m["text"]) == m["end"] - m["start"]
        assert e["id"] not in ids, f"entity {e['id']} twice in {rec['doc_id']}"
        ids.add(e["id"])
    types = {e["id"]: e["type"] for e in rec["entities"]}
    for r in rec["relations"]:
        assert r["type"] in RELATION_TYPES
        assert r["head"] in ids and r["tail"] in ids, r  # ids from the same line
        heads, tails, _ = RELATION_TYPES[r["type"]]
        ok = types[r["head"]] in heads and types[r["tail"]] in tails
        if r["type"] in SYMMETRIC:
            ok = ok or (types[r["tail"]] in heads and types[r["head"]] in tails)
        assert ok, r
        assert r["evidence"].strip() and 0 <= r["confidence"] <= 1


def test_extract_jsonl_validates(seeds_dir: Path, tmp_path: Path) -> None:
    res = run("extract", str(seeds_dir), "--format", "jsonl")
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert len(lines) == 5
    records = [json.loads(ln) for ln in lines]
    for rec in records:
        _validate_record(rec)
    assert {r["doc_id"] for r in records} == {p.stem for p in seeds_dir.glob("*.txt")}
    assert sum(len(r["relations"]) for r in records) > 20
    out = tmp_path / "seeds.jsonl"
    res = run("extract", str(seeds_dir), "-o", str(out))
    assert res.returncode == 0 and res.stdout == ""
    assert out.read_text(encoding="utf-8").splitlines() == lines


def test_extract_with_a_bad_file_prints_the_rest_and_exits_1(seeds_dir: Path, tmp_path: Path) -> None:
    good = tmp_path / "ok.txt"
    good.write_text((seeds_dir / "000_01a5f804e0dd628c.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "broken.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 8)
    res = run("extract", str(tmp_path))
    assert res.returncode == 1
    assert [json.loads(ln)["doc_id"] for ln in res.stdout.splitlines()] == ["ok"]
    assert "broken.txt" in res.stderr and "PDF" in res.stderr and "Traceback" not in res.stderr


def test_exit_codes(store_config: StoreConfig, seeds_dir: Path, tmp_path: Path) -> None:
    assert run("load", str(tmp_path / "does-not-exist"), *store_args(store_config)).returncode == 2
    assert run("no-such-command").returncode == 2
    assert run("load", str(seeds_dir), "--batch-size", "0").returncode == 2
    assert run("load", str(seeds_dir), "--falkordb-url", "redis://a:1", "--neo4j-uri", "bolt://b:2").returncode == 2
    assert run("load", str(seeds_dir), *store_args(store_config)).returncode == 0
    res = run("remove", "000_01a5f804e0dd628c", *store_args(store_config))
    assert res.returncode == 0 and res.stdout.startswith("1 removed")
    res = run("remove", "000_01a5f804e0dd628c", *store_args(store_config))
    assert res.returncode == 1 and "no such document" in res.stderr
    assert run("--version").stdout.startswith("graphbuild, version")


def test_extract_jsonl_validates_on_a_synthetic_corpus(tmp_path: Path) -> None:
    from benchmarks import synth

    synth.write_corpus(tmp_path, 40, seed=3)
    res = run("extract", str(tmp_path), "--jobs", "2")
    assert res.returncode == 0, res.stderr
    records = [json.loads(ln) for ln in res.stdout.splitlines()]
    assert [r["doc_id"] for r in records] == sorted(p.stem for p in tmp_path.glob("*.txt"))  # in order
    for rec in records:
        _validate_record(rec)
