"""Entity oracle: gold entities located in the seed text, for relation-rule development.

Relation rules are developed and tested against these so their tests do not
depend on the entity extractor. ``python -m tests.relations_oracle`` scores the
relation rules on the seeds with oracle entities; ``--gold PATH [--texts DIR]``
scores another gold set (texts default to the gold file's folder), e.g. the dev set.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from graphbuild.extract.relations import find_relations
from graphbuild.extract.sentences import split_sentences
from graphbuild.types import Document, Entity, Span

REPO = Path(__file__).resolve().parent.parent
GOLD = REPO / "tests" / "data" / "gold" / "seeds.jsonl"
SEEDS = REPO / "seeds"


def load_gold(path: Path = GOLD) -> dict[str, dict]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out[rec["doc"].removesuffix(".txt")] = rec
    return out


def oracle_entities(text: str, gold_entities: list[dict]) -> list[Entity]:
    """Every gold name/alias found in ``text`` as a mention; longest match wins."""
    ordered = sorted(range(len(gold_entities)), key=lambda i: bool(gold_entities[i].get("optional")))
    cands: list[tuple[int, int, int]] = []
    for rank, gi in enumerate(ordered):
        g = gold_entities[gi]
        for s in {g["name"], *(g.get("aliases") or [])}:
            # a substance written in lower case also counts capitalised at a sentence start ("Fexuprazan saat ini …")
            pat = re.escape(s) if not s[:1].islower() else f"[{s[0]}{s[0].upper()}]{re.escape(s[1:])}"
            for m in re.finditer(rf"(?<!\w){pat}(?!\w)", text):
                cands.append((m.start(), m.end(), rank))
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int, int]] = []
    for st, en, rank in cands:
        if all(en <= a or st >= b for a, b, _ in taken):
            taken.append((st, en, rank))
    ents: list[Entity] = []
    for rank, gi in enumerate(ordered):
        g = gold_entities[gi]
        spans = [Span(st, en, text[st:en]) for st, en, r in sorted(taken) if r == rank]
        if spans:
            ents.append(Entity(f"e{len(ents) + 1}", g["type"], g["name"], list(g.get("aliases") or []),
                               g.get("category"), spans))
    return ents


def oracle_doc(doc_id: str, gold: dict[str, dict] | None = None,
               texts: Path = SEEDS) -> tuple[Document, list[Entity]]:
    gold = gold or load_gold()
    text = (texts / f"{doc_id}.txt").read_text(encoding="utf-8")
    rec = gold[doc_id]
    doc = Document(doc_id, f"{texts.name}/{doc_id}.txt", text, "x", published=rec.get("published"))
    return doc, oracle_entities(text, rec["entities"])


def predictions(gold: dict[str, dict] | None = None, texts: Path = SEEDS) -> list[dict]:
    gold = gold or load_gold()
    out = []
    for doc_id in sorted(gold):
        doc, ents = oracle_doc(doc_id, gold, texts)
        rels = find_relations(doc, split_sentences(doc.text), ents)  # the production splitter
        out.append({
            "doc_id": doc_id,
            "entities": [{"id": e.id, "type": e.type, "name": e.name, "aliases": e.aliases} for e in ents],
            "relations": [{"type": r.type, "head": r.head, "tail": r.tail, "date": r.date,
                           "evidence": r.evidence, **r.properties} for r in rels],
        })
    return out


def main(argv: list[str] | None = None) -> None:
    args = list(sys.argv[1:] if argv is None else argv)
    gold_path, texts = GOLD, SEEDS
    if "--gold" in args:
        i = args.index("--gold")
        gold_path = Path(args[i + 1])
        texts = gold_path.parent
        del args[i : i + 2]
    if "--texts" in args:
        i = args.index("--texts")
        texts = Path(args[i + 1])
        del args[i : i + 2]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for rec in predictions(load_gold(gold_path), texts):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    subprocess.run([sys.executable, str(REPO / "tests" / "data" / "kgscore.py"), str(gold_path), fh.name, *args],
                   check=False)


if __name__ == "__main__":
    main()
