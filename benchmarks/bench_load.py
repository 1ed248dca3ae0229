"""End-to-end load benchmark on a synthetic corpus (issue "End to end load").

For each N (``-n 1000 -n 10000``) in a fresh embedded FalkorDB (own data dir in a
temp dir; the server is stopped at the end) it measures, each in its own
subprocess so peak RSS is per N:

* ``write`` child: extraction docs/s (one core), then rows/s written by
  graphbuild's ``Store.write_extractions`` (plus the ``finish_writes`` that ends
  every load) beside a raw ``UNWIND … MERGE`` of the
  very same rows (``store.model.build_rows``) into a separate graph on the same
  server, and their ratio (target ≥ 0.5);
* ``load`` child: ``pipeline.load`` of all N files (end to end), then a no-change
  reload of all N (target < 5 s at 10,000) and the process's peak RSS
  (target: flat in N).

    python benchmarks/bench_load.py -n 1000 -n 10000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

RAW_ROWS_PER_STATEMENT = 2000


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _config(data_dir: str, graph: str) -> Any:
    from graphbuild.config import StoreConfig

    return StoreConfig(kind="embedded", data_dir=Path(data_dir), graph=graph)


def _row_count(rows: Any) -> int:
    """Rows = entities + mentions + relationships (what the ratio is about)."""
    return (sum(len(v) for v in rows.entities.values()) + len(rows.mentions)
            + sum(len(v) for v in rows.relationships.values()))


class RawWriter:
    """The floor: plain UNWIND MERGE/CREATE of the same rows, no replace/aggregate logic."""

    def __init__(self, data_dir: str, graph: str) -> None:
        from falkordb import FalkorDB

        from graphbuild.store import server

        info = server.ensure_running(Path(data_dir))
        self.db = FalkorDB(host=info.host, port=info.port, password=info.password)
        self.g = self.db.select_graph(graph)
        for label in ("Entity", "Document"):
            self.g.query(f"CREATE INDEX FOR (n:{label}) ON (n.id)")

    def _unwind(self, cypher: str, rows: list[dict[str, Any]]) -> None:
        for i in range(0, len(rows), RAW_ROWS_PER_STATEMENT):
            self.g.query(cypher, {"rows": rows[i:i + RAW_ROWS_PER_STATEMENT]})

    def write(self, rows: Any) -> None:
        self._unwind("UNWIND $rows AS r MERGE (d:Document {id: r.id}) SET d += r", rows.documents)
        for label, ents in sorted(rows.entities.items()):  # label is an ontology word, not input text
            self._unwind(f"UNWIND $rows AS r MERGE (n:Entity:{label} {{id: r.id}}) SET n += r", ents)
        self._unwind("UNWIND $rows AS r MATCH (e:Entity {id: r.entity_id}) MATCH (d:Document {id: r.doc_id}) "
                     "CREATE (e)-[m:MENTIONED_IN]->(d) SET m += r.props", rows.mentions)
        for rel_type, rels in sorted(rows.relationships.items()):
            self._unwind(f"UNWIND $rows AS r MATCH (h:Entity {{id: r.head}}) MATCH (t:Entity {{id: r.tail}}) "
                         f"CREATE (h)-[x:{rel_type}]->(t) SET x += r.props", rels)


def child_write(corpus: str, data_dir: str, batch_size: int) -> dict[str, Any]:
    """Extraction docs/s, graphbuild write rows/s and raw UNWIND rows/s, streaming in batches."""
    from graphbuild import pipeline
    from graphbuild.extract import EXTRACTOR_VERSION
    from graphbuild.store import open_store
    from graphbuild.store.model import build_rows
    from graphbuild.types import Failure

    raw = RawWriter(data_dir, "bench_raw")
    records = (item for _path, item in pipeline.iter_inputs([corpus]) if not isinstance(item, Failure))
    t_extract = t_gb = t_raw = 0.0
    rows_total = docs = failed = 0
    with open_store(_config(data_dir, "bench_gb")) as store:
        store.ensure_schema()
        it = pipeline.process_records(records, jobs=1)
        batch: list[Any] = []
        while True:
            t0 = time.perf_counter()
            item = next(it, None)
            t_extract += time.perf_counter() - t0
            if isinstance(item, Failure):
                failed += 1
                continue
            if item is not None:
                batch.append(item)
            if batch and (item is None or len(batch) >= batch_size):
                t0 = time.perf_counter()
                store.write_extractions(batch, EXTRACTOR_VERSION, finish=False)  # as pipeline.load does
                t_gb += time.perf_counter() - t0
                rows = build_rows(batch)
                rows_total += _row_count(rows)
                t0 = time.perf_counter()
                raw.write(rows)
                t_raw += time.perf_counter() - t0
                docs += len(batch)
                batch = []
            if item is None:
                break
        t0 = time.perf_counter()
        store.finish_writes()  # the deferred entity aggregates: part of graphbuild's write time
        t_gb += time.perf_counter() - t0
    return {"docs": docs, "failed": failed, "rows": rows_total, "extract_s": t_extract,
            "extract_docs_s": docs / t_extract if t_extract else 0.0,
            "gb_s": t_gb, "gb_rows_s": rows_total / t_gb if t_gb else 0.0,
            "raw_s": t_raw, "raw_rows_s": rows_total / t_raw if t_raw else 0.0, "rss_mb": _rss_mb()}


def child_load(corpus: str, data_dir: str, batch_size: int) -> dict[str, Any]:
    """``pipeline.load`` end to end, then a no-change reload of everything."""
    from graphbuild import pipeline
    from graphbuild.store import open_store

    cfg = _config(data_dir, "bench_load")
    first = pipeline.load([corpus], cfg, batch_size=batch_size)
    with open_store(cfg) as store:
        st = store.stats()
    rows = st["entities_total"] + st["mentions"] + st["relationships_total"]
    again = pipeline.load([corpus], cfg, batch_size=batch_size)
    return {"loaded": len(first.loaded), "failed": len(first.failed), "load_s": first.seconds,
            "rows": rows, "load_rows_s": rows / first.seconds if first.seconds else 0.0,
            "load_docs_s": len(first.loaded) / first.seconds if first.seconds else 0.0,
            "reload_s": again.seconds, "reload_unchanged": len(again.unchanged),
            "entities": st["entities_total"], "relationships": st["relationships_total"],
            "rss_mb": _rss_mb()}


def _run_child(kind: str, corpus: Path, data_dir: Path, batch_size: int) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", kind, "--corpus", str(corpus), "--data-dir", str(data_dir),
           "--batch-size", str(batch_size)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)  # noqa: S603 - our own script
    if proc.returncode != 0:
        raise SystemExit(f"{kind} child failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def bench(n: int, batch_size: int, seed: int, work: Path, skip_write: bool = False) -> dict[str, Any]:
    from benchmarks import synth
    from graphbuild.store import server

    corpus, data_dir = work / f"corpus{n}", work / f"data{n}"
    synth.write_corpus(corpus, n, seed)
    try:
        server.ensure_running(data_dir)
        write = {"extract_docs_s": 0.0, "gb_rows_s": 0.0, "raw_rows_s": 0.0, "rss_mb": 0.0} if skip_write \
            else _run_child("write", corpus, data_dir, batch_size)
        load = _run_child("load", corpus, data_dir, batch_size)
    finally:
        server.stop(data_dir)
    return {"n": n, "write": write, "load": load}


def table(results: list[dict[str, Any]]) -> str:
    head = ("N", "extract doc/s", "gb rows/s", "raw rows/s", "ratio", "load s", "load doc/s", "reload s",
            "RSS write MB", "RSS load MB")
    lines = [" | ".join(head), " | ".join("-" * len(h) for h in head)]
    for r in results:
        w, ld = r["write"], r["load"]
        ratio = w["gb_rows_s"] / w["raw_rows_s"] if w["raw_rows_s"] else 0.0
        cells = (r["n"], f"{w['extract_docs_s']:.0f}", f"{w['gb_rows_s']:.0f}", f"{w['raw_rows_s']:.0f}",
                 f"{ratio:.2f}", f"{ld['load_s']:.1f}", f"{ld['load_docs_s']:.0f}", f"{ld['reload_s']:.2f}",
                 f"{w['rss_mb']:.0f}", f"{ld['rss_mb']:.0f}")
        lines.append(" | ".join(str(c) for c in cells))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, action="append", help="corpus size (repeatable; default 1000)")
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--json", action="store_true", help="also print the raw figures as JSON")
    ap.add_argument("--skip-write", action="store_true", help="only the end-to-end load child (no raw comparison)")
    ap.add_argument("--child", choices=("write", "load"), help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--data-dir", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        fn = child_write if args.child == "write" else child_load
        sys.stdout.write(json.dumps(fn(args.corpus, args.data_dir, args.batch_size)) + "\n")
        return 0
    results = []
    with tempfile.TemporaryDirectory(prefix="gbbench") as tmp:
        for n in args.n or [1000]:
            results.append(bench(n, args.batch_size, args.seed, Path(tmp), args.skip_write))
            sys.stderr.write(f"N={n} done\n")
    sys.stdout.write(table(results) + "\n")
    if args.json:
        sys.stdout.write(json.dumps(results, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
