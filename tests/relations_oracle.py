"""Entity oracle: gold entities located in the seed text, for relation-rule development.

Relation rules are developed and tested against these so their tests do not
depend on the entity extractor. ``python -m tests.relations_oracle`` scores the
relation rules on the seeds with oracle entities.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from graphbuild.extract.relations import find_relations
from graphbuild.extract.relations.common import fallback_sentences
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
            for m in re.finditer(rf"(?<!\w){re.escape(s)}(?!\w)", text):
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


def oracle_doc(doc_id: str, gold: dict[str, dict] | None = None) -> tuple[Document, list[Entity]]:
    gold = gold or load_gold()
    text = (SEEDS / f"{doc_id}.txt").read_text(encoding="utf-8")
    rec = gold[doc_id]
    doc = Document(doc_id, f"seeds/{doc_id}.txt", text, "x", published=rec.get("published"))
    return doc, oracle_entities(text, rec["entities"])


def predictions(gold: dict[str, dict] | None = None) -> list[dict]:
    gold = gold or load_gold()
    out = []
    for doc_id in sorted(gold):
        doc, ents = oracle_doc(doc_id, gold)
        rels = find_relations(doc, fallback_sentences(doc.text), ents)
        out.append({
            "doc_id": doc_id,
            "entities": [{"id": e.id, "type": e.type, "name": e.name, "aliases": e.aliases} for e in ents],
            "relations": [{"type": r.type, "head": r.head, "tail": r.tail, "date": r.date,
                           "evidence": r.evidence, **r.properties} for r in rels],
        })
    return out


def main() -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        for rec in predictions():
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    subprocess.run([sys.executable, str(REPO / "tests" / "data" / "kgscore.py"), str(GOLD), fh.name, *sys.argv[1:]],
                   check=False)


if __name__ == "__main__":
    main()
