"""Extraction throughput on ~4 KB synthetic articles: one core, then ``--jobs``.

Extraction (clean → extract → resolve) is the CPU-bound stage; the store is not
involved. "Steady" rates leave out the one-off start (lexicon load, worker
processes), measured from the first finished document on. With one job the
CPU-time rate (``time.process_time`` of this process, start included) is printed
too: on a shared machine it moves far less than the wall-clock rates.

    python benchmarks/bench_extract.py -n 1000 --jobs 2
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def run(corpus: Path, jobs: int) -> dict[str, Any]:
    from graphbuild import pipeline
    from graphbuild.types import Failure

    inputs = pipeline.collect([corpus])
    cpu = time.process_time()
    started = time.perf_counter()
    first: float | None = None
    ok = failed = 0
    for item in pipeline.process_records(inputs.records, jobs=jobs):
        if first is None:
            first = time.perf_counter()
        if isinstance(item, Failure):
            failed += 1
        else:
            ok += 1
    end = time.perf_counter()
    cpu = time.process_time() - cpu
    first = first or end
    steady = (ok + failed - 1) / (end - first) if end > first else 0.0
    return {"jobs": jobs, "docs": ok, "failed": failed, "wall_s": end - started, "start_s": first - started,
            "docs_s": (ok + failed) / (end - started), "steady_docs_s": steady,
            "cpu_docs_s": (ok + failed) / cpu if jobs == 1 and cpu > 0 else None}


def main(argv: list[str] | None = None) -> int:
    from benchmarks import synth

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=1000, help="documents")
    ap.add_argument("--jobs", type=int, default=2, help="processes for the parallel run")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="gbextract") as tmp:
        paths = synth.write_corpus(Path(tmp), args.n, args.seed)
        kb = sum(p.stat().st_size for p in paths) / len(paths) / 1024
        one = run(Path(tmp), 1)
        many = run(Path(tmp), args.jobs) if args.jobs > 1 else None
    rows = [one] + ([many] if many else [])
    sys.stdout.write(f"{args.n} documents, {kb:.1f} KB each\n")
    sys.stdout.write("jobs | docs/s (wall) | docs/s (steady) | docs/s (CPU time) | start s | failed\n")
    for r in rows:
        cpu = f"{r['cpu_docs_s']:.0f}" if r["cpu_docs_s"] else "-"
        sys.stdout.write(f"{r['jobs']} | {r['docs_s']:.0f} | {r['steady_docs_s']:.0f} | {cpu} | {r['start_s']:.2f} | "
                         f"{r['failed']}\n")
    if many:
        sys.stdout.write(f"speed-up with {args.jobs} jobs: {many['docs_s'] / one['docs_s']:.2f}x wall, "
                         f"{many['steady_docs_s'] / max(one['steady_docs_s'], 1e-9):.2f}x steady\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
