"""Bad input, hostile text: each bad file is reported (name and reason) and skipped or
handled, the rest of the batch loads, the exit code is 1 when anything failed, and
what was already loaded (the seeds) does not change."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.graphcheck import dump
from graphbuild import pipeline
from graphbuild.config import StoreConfig
from graphbuild.store import open_store

REPO = Path(__file__).resolve().parent.parent
FACT = ("Kepala BPOM Taruna Ikrar melakukan kunjungan ke PT Kalbe Farma Tbk di Jakarta Timur, "
        "Kamis 6 November 2025.")

# path (relative to the batch folder) -> words its failure reason must contain
EXPECTED_FAILURES: dict[str, str] = {
    "empty.txt": "no text",
    "blank.txt": "no text",
    "fake_pdf.txt": "PDF",
    "fake_png.txt": "PNG",
    "records.jsonl": "line 2",
    "notext.json": "'text'",
    "dangling.txt": "broken symbolic link",
    "loop/up": "loop",
    "b/same.txt": "duplicate",
}
EXPECTED_LOADED = {"bad_utf8", "cp1252", "latin1", "page", "jl-1", "jl-3", "english", "french", "longsentence",
                   "same", "twin"}


def make_bad_batch(d: Path) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    (d / "empty.txt").write_bytes(b"")
    (d / "blank.txt").write_text("   \n\t\n  \n")
    (d / "fake_pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n" + bytes(range(256)) * 20)
    (d / "fake_png.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 20)
    (d / "bad_utf8.txt").write_bytes(FACT.encode() + b"\nBadan POM \xff\xfe menerbitkan \xc3\x28 izin edar.\n")
    (d / "cp1252.txt").write_bytes(("\u201cKami siap,\u201d kata Direktur Utama PT Kalbe Farma Tbk, Jos\u00e9 "
                                    "Ram\u00edrez, di Jakarta. " + FACT).encode("cp1252"))
    (d / "latin1.txt").write_bytes(("Kepala BPOM Taruna Ikrar bertemu Fran\u00e7ois M\u00fcller di Surabaya. "
                                    + FACT).encode("latin-1"))
    (d / "page.html").write_text(
        "<html><head><title>Kunjungan BPOM</title><style>body {color: red} .PT-Gaya-Farma {}</style>"
        "<script>var x = 'PT Skrip Jahat Farma Tbk melakukan kunjungan ke BPOM';</script></head>"
        f"<body><article><h1>Kunjungan BPOM</h1><p>{FACT}</p><p>Presiden Komisaris PT Kalbe Farma Tbk, "
        "Vidjongtius menjelaskan kunjungan itu.</p></article></body></html>")
    (d / "records.jsonl").write_text(json.dumps({"id": "jl-1", "text": FACT}) + "\n{not json\n"
                                     + json.dumps({"id": "jl-3", "text": "Badan POM mencabut izin edar."}) + "\n")
    (d / "notext.json").write_text(json.dumps({"id": "nt-1", "title": "no text here"}))
    os.symlink(d / "missing-target.txt", d / "dangling.txt")
    (d / "loop").mkdir()
    os.symlink("..", d / "loop" / "up")
    (d / "a").mkdir()
    (d / "b").mkdir()
    (d / "c").mkdir()
    (d / "a" / "same.txt").write_text(FACT)
    (d / "b" / "same.txt").write_text(FACT + " Berbeda.")  # same id, other content: reported
    (d / "a" / "twin.txt").write_text(FACT)
    (d / "c" / "twin.txt").write_text(FACT)  # same id, same content: loaded once, nothing to report
    (d / "dir.txt").mkdir()  # a folder named like a document is walked, not read
    (d / "english.txt").write_text("The head of Indonesia's Food and Drug Authority (BPOM), Taruna Ikrar, visited "
                                   "Kalbe Farma's plant in Cikarang on Thursday.")
    (d / "french.txt").write_text("Le directeur de l'agence indon\u00e9sienne BPOM, Taruna Ikrar, a visit\u00e9 "
                                  "l'usine de Kalbe Farma \u00e0 Cikarang jeudi.")
    (d / "longsentence.txt").write_text("Badan POM " + " ".join(["kata"] * 200_000))  # 1 MB, no punctuation
    return d


def seed_facts(cfg: StoreConfig, seed_ids: set[str]) -> tuple[list[str], list[str], list[list[object]]]:
    """What the seeds contributed: their Document nodes, relationships and mentions (+ load stamps)."""
    nodes, edges = dump(cfg)
    mine_nodes = [n for n in nodes if n.split(" ", 1)[0] in seed_ids]
    mine_edges = [e for e in edges if any(f'"doc_id": "{s}"' in e or f"-> {s} " in e for s in seed_ids)]
    with open_store(cfg) as store:
        stamps = store.query("MATCH (d:Document) WHERE d.id IN $ids RETURN d.id, d.loaded_at ORDER BY d.id",
                             {"ids": sorted(seed_ids)}).rows
    return mine_nodes, mine_edges, stamps


def run_cli(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "graphbuild", *args], cwd=REPO, env=env, capture_output=True,  # noqa: S603
                          text=True, timeout=timeout, check=False)


def test_bad_batch_is_reported_and_the_rest_loads(store_config: StoreConfig, seeds_dir: Path,
                                                   tmp_path: Path) -> None:
    cfg = store_config
    pipeline.load([seeds_dir], cfg)
    seed_ids = {p.stem for p in seeds_dir.glob("*.txt")}
    before = seed_facts(cfg, seed_ids)
    assert before[1], "the seeds must have contributed facts for this test to mean anything"
    batch = make_bad_batch(tmp_path / "bad")
    store_args = ("--data-dir", str(cfg.data_dir), "--graph", cfg.graph)

    res = run_cli("load", str(batch), *store_args, "--format", "json")
    assert res.returncode == 1, res.stderr
    report = json.loads(res.stdout)
    failed = {Path(f["path"].split("#")[0]).relative_to(batch).as_posix(): f["reason"] for f in report["failed"]}
    assert set(failed) == set(EXPECTED_FAILURES), failed
    for name, words in EXPECTED_FAILURES.items():
        assert words in failed[name], (name, failed[name])
    assert report["loaded"] == len(EXPECTED_LOADED)
    assert "Traceback" not in res.stderr

    with open_store(cfg) as store:
        docs = {r[0] for r in store.query("MATCH (d:Document) WHERE d.complete = true RETURN d.id").rows}
        names = {r[0] for r in store.query("MATCH (e:Entity) RETURN e.name").rows}
    assert docs == seed_ids | EXPECTED_LOADED
    assert "José Ramírez" in names  # cp1252 decoded, name stored verbatim
    assert not any("Skrip" in n or "Gaya" in n for n in names)  # <script>/<style> content is not text
    assert seed_facts(cfg, seed_ids) == before  # nothing the seeds contributed changed

    # again, as a table: unchanged documents skipped, every failure listed on stderr, exit code 1
    res = run_cli("load", str(batch), *store_args)
    assert res.returncode == 1
    assert f"0 loaded, {len(EXPECTED_LOADED)} unchanged, {len(EXPECTED_FAILURES)} failed" in res.stdout
    for name in EXPECTED_FAILURES:
        assert str(batch / name) in res.stderr, name
    assert seed_facts(cfg, seed_ids) == before


def test_clean_batch_exits_zero(store_config: StoreConfig, seeds_dir: Path) -> None:
    res = run_cli("load", str(seeds_dir), "--data-dir", str(store_config.data_dir), "--graph", store_config.graph)
    assert res.returncode == 0, res.stderr
    assert "5 loaded, 0 unchanged, 0 failed" in res.stdout


def test_50mb_file_fails_fast_and_cleanly(store_config: StoreConfig, tmp_path: Path) -> None:
    folder = tmp_path / "big"
    folder.mkdir()
    line = (FACT + " ") * 20 + "\n"
    with open(folder / "huge.txt", "w", encoding="utf-8") as fh:
        for _ in range(50_000_000 // len(line) + 1):
            fh.write(line)
    (folder / "small.txt").write_text(FACT)
    started = time.monotonic()
    report = pipeline.load([folder], store_config)
    assert time.monotonic() - started < 60
    assert report.loaded == ["small"]
    assert [Path(f.path).name for f in report.failed] == ["huge.txt"]
    assert "--max-bytes" in report.failed[0].reason and "50,0" in report.failed[0].reason


def test_max_bytes_applies_to_json_records_and_is_configurable(tmp_path: Path) -> None:
    (tmp_path / "recs.jsonl").write_text(json.dumps({"id": "short", "text": FACT}) + "\n"
                                         + json.dumps({"id": "long", "text": FACT * 50}) + "\n")
    (tmp_path / "one.txt").write_text(FACT * 50)
    inputs = pipeline.collect([tmp_path], max_bytes=1000)
    assert [r.id for r in inputs.records] == ["short"]
    assert sorted((f.doc_id or Path(f.path).name) for f in inputs.failures) == ["long", "one.txt"]
    assert len(pipeline.collect([tmp_path]).records) == 3  # the default limit takes them all


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads mode-000 files; covered by dangling links instead")
def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(FACT)
    locked.chmod(0)
    (tmp_path / "ok.txt").write_text(FACT)
    inputs = pipeline.collect([tmp_path])
    assert [r.id for r in inputs.records] == ["ok"]
    assert [Path(f.path).name for f in inputs.failures] == ["locked.txt"]


def _extract_seconds(text: str) -> float:
    from graphbuild.extract import extract, load_lexicon
    from graphbuild.ingest import clean
    from graphbuild.types import RawRecord

    rec = RawRecord(id="big", source="big.txt", sha256="x", kind="txt", data=text.encode())
    lexicon = load_lexicon()
    doc = clean(rec)
    best = float("inf")
    for _ in range(2):  # best of two CPU times: other processes on the machine do not count
        started = time.process_time()
        extract(doc, lexicon)
        best = min(best, time.process_time() - started)
    return best


def test_extraction_time_grows_linearly_with_document_size() -> None:
    """A 4x longer article of ordinary sentences should take about 4x as long, not 16x.

    Guards the per-document indexes in ``extract/relations/common.py`` (mentions by sentence,
    relations by type and head). Scanning every relation found so far, once per sentence, made a
    400 KB article take 6.4x the time of a 100 KB one, and an 800 KB one 19x.
    """
    line = (FACT + " ") * 20 + "\n"
    small = line * (100_000 // len(line))
    large = small * 4
    _extract_seconds(small[:2000])  # warm the lexicon
    t_small = _extract_seconds(small)
    t_large = _extract_seconds(large)
    # linear is 4x; the quadratic scan this guards gave 16x; measured 4-6x, once 8.2x on a busy machine
    assert t_large < 10 * t_small, f"{len(small)} chars: {t_small:.2f}s, {len(large)} chars: {t_large:.2f}s"
