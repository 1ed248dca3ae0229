#!/usr/bin/env python3
"""Single-core throughput of ``extract()`` and where its time goes.

Why: the product target is >= 300 documents/s per core for ~4 KB articles over the
whole ``extract()`` (entities + relations); this prints docs/s for entity finding
alone and for the full call, on the seeds and on the synthetic corpus, plus the
top cumulative functions of a cProfile run, so a regression shows up with its cause.

    PYTHONPATH=. python benchmarks/bench_extract_profile.py [-n 200] [--top 15] [--no-profile]
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from graphbuild.extract import extract, find_entities, load_lexicon, split_sentences  # noqa: E402
from graphbuild.extract.lexicon import Lexicon  # noqa: E402
from graphbuild.types import Document  # noqa: E402


def seed_docs() -> list[Document]:
    from graphbuild.ingest import read_documents

    docs: list[Document] = []
    for p in sorted((REPO / "seeds").glob("*.txt")):
        docs.extend(read_documents(p))
    return docs


def synth_docs(n: int) -> list[Document]:
    try:
        from benchmarks.synth import render
    except ImportError:  # synth.py not present in this checkout
        return []
    return [Document(id=f"s{i}", source=f"synth/{i}", text=render(1, i), sha256=str(i)) for i in range(n)]


def _entities(doc: Document, lex: Lexicon) -> object:
    return find_entities(doc, split_sentences(doc.text), lex)


def rate(docs: list[Document], fn: Callable[[Document, Lexicon], object], lex: Lexicon, min_s: float = 1.0) -> float:
    """Documents per second, repeating the list until ``min_s`` seconds have passed."""
    for d in docs[:3]:
        fn(d, lex)  # warm caches (compiled patterns, automata)
    done = 0
    t0 = time.perf_counter()
    while True:
        for d in docs:
            fn(d, lex)
        done += len(docs)
        el = time.perf_counter() - t0
        if el >= min_s:
            return done / el


def profile(docs: list[Document], lex: Lexicon, top: int) -> str:
    pr = cProfile.Profile()
    pr.enable()
    for _ in range(3):
        for d in docs:
            extract(d, lex)
    pr.disable()
    out = io.StringIO()
    pstats.Stats(pr, stream=out).sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=200, help="synthetic documents (default 200)")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--no-profile", action="store_true")
    a = ap.parse_args(argv)
    lex = load_lexicon()
    sets = {"seeds": seed_docs(), "synth": synth_docs(a.n)}
    for name, docs in sets.items():
        if not docs:
            print(f"{name}: no documents")
            continue
        kb = sum(len(d.text.encode()) for d in docs) / len(docs) / 1024
        ents = rate(docs, _entities, lex)
        full = rate(docs, extract, lex)
        print(f"{name:6} {len(docs):4} docs, {kb:4.1f} KB avg: entities {ents:7.1f} docs/s, full extract {full:7.1f} docs/s")
    if not a.no_profile:
        print(profile(sets["seeds"] + sets["synth"][:50], lex, a.top))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
