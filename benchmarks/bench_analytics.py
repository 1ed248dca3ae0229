"""Benchmark: `analyze` on a 10,000-entity synthetic graph, and a 2,000-node view in Chromium.

Prints figures; not a test. Run: ``python benchmarks/bench_analytics.py [--entities N] [--view-nodes N]``.
Targets: analyze < 10 s; the 2,000-node page stabilised and drawn < 5 s (read from the
page's own ``performance.now()`` stamps through headless Chromium).
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graphbuild.analytics import analyze  # noqa: E402
from graphbuild.analytics.synthetic import synthetic_snapshot  # noqa: E402
from graphbuild.viz import build_view, write_html  # noqa: E402


def _timed(label: str, fn):  # type: ignore[no-untyped-def]
    tracemalloc.start()
    t0 = time.perf_counter()
    result = fn()
    seconds = time.perf_counter() - t0
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"{label:<34} {seconds:7.2f} s   peak Python memory {peak / 2**20:7.1f} MiB")
    return result, seconds


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--entities", type=int, default=10_000)
    ap.add_argument("--view-nodes", type=int, default=2_000)
    ap.add_argument("--no-browser", action="store_true")
    args = ap.parse_args()

    snap, _ = _timed(f"synthetic graph ({args.entities} entities)", lambda: synthetic_snapshot(args.entities))
    facts = sum(1 for e in snap.edges if e.type != "MENTIONED_IN")
    print(f"  {len(snap.nodes)} nodes incl. documents, {facts} facts")
    # analyze without tracemalloc too: tracing slows pure-Python code down noticeably
    t0 = time.perf_counter()
    rep = analyze(snap, top=10)
    plain = time.perf_counter() - t0
    print(f"{'analyze (untraced)':<34} {plain:7.2f} s   target < 10 s  "
          f"[{'OK' if plain < 10 else 'SLOW'}]  betweenness {rep.summary['betweenness']}, "
          f"{rep.summary['communities']} communities")
    print(f"  max RSS after analyze {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.1f} MiB "
          "(tracemalloc is skipped here: it slows analyze ~7x)")

    view_snap = synthetic_snapshot(args.view_nodes, seed=7)
    view, _ = _timed(f"build view ({args.view_nodes} nodes)", lambda: build_view(view_snap))
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "bench.html"
        _timed("write HTML", lambda: write_html(view, page))
        print(f"  page size {page.stat().st_size / 2**20:.1f} MiB, {len(view.nodes)} nodes, {len(view.edges)} edges")
        if not args.no_browser:
            from graphbuild.viz.browser import open_page

            rep_page = open_page(page)
            st = rep_page.status
            drawn = int(st.get("drawnMs", -1))
            print(f"{'browser: network created at':<34} {int(st.get('createdMs', -1)) / 1000:7.2f} s")
            print(f"{'browser: stabilised at':<34} {int(st.get('stabilizedMs', -1)) / 1000:7.2f} s after navigation")
            print(f"{'browser: first draw after layout':<34} {drawn / 1000:7.2f} s   target < 5 s  "
                  f"[{'OK' if 0 <= drawn < 5000 else 'SLOW'}]")
            print(f"  console errors {len(rep_page.console_errors)}, network requests "
                  f"{len(rep_page.network_requests)}, wall {rep_page.load_seconds:.2f} s")
    ru = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{'process max RSS':<34} {ru / 1024:7.1f} MiB")


if __name__ == "__main__":
    main()
