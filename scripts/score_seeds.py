#!/usr/bin/env python3
"""Extract + resolve the seed articles and score them against the gold file.

    python scripts/score_seeds.py [--show] [--entities-only] [SEEDS_DIR GOLD]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("seeds", nargs="?", default=str(REPO / "seeds"))
    ap.add_argument("gold", nargs="?", default=str(REPO / "tests/data/gold/seeds.jsonl"))
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--entities-only", action="store_true", help="skip relation extraction")
    a = ap.parse_args()
    from graphbuild.extract import extract, find_entities, load_lexicon, split_sentences
    from graphbuild.ingest import read_documents
    from graphbuild.resolve import Resolver
    from graphbuild.types import Extraction

    lex = load_lexicon()
    resolver = Resolver(lex)
    out = Path(tempfile.mkdtemp()) / "pred.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for p in sorted(Path(a.seeds).glob("*.txt")):
            for doc in read_documents(p):
                if a.entities_only:
                    ex = Extraction(doc, find_entities(doc, split_sentences(doc.text), lex))
                else:
                    ex = extract(doc, lex)
                fh.write(json.dumps(resolver.resolve(ex).to_json(), ensure_ascii=False) + "\n")
    cmd = [sys.executable, str(REPO / "tests/data/kgscore.py"), a.gold, str(out)] + (["--show"] if a.show else [])
    return subprocess.call(cmd)


if __name__ == "__main__":
    raise SystemExit(main())
