"""The whole extract + resolve path on the seed articles, scored with kgscore."""

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphbuild.extract import find_entities, load_lexicon, split_sentences
from graphbuild.ontology import CATEGORIES, ENTITY_LABELS
from graphbuild.resolve import Resolver
from graphbuild.types import Document, Extraction

KGSCORE = Path(__file__).resolve().parent / "data" / "kgscore.py"


def _docs(seeds_dir: Path) -> list[Document]:
    from graphbuild.ingest import read_documents

    return [d for p in sorted(seeds_dir.glob("*.txt")) for d in read_documents(p)]


def test_seed_entity_f1(seeds_dir: Path, gold_file: Path, tmp_path: Path) -> None:
    lex = load_lexicon()
    resolver = Resolver(lex)
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for doc in _docs(seeds_dir):
            ex = Extraction(doc, find_entities(doc, split_sentences(doc.text), lex))
            fh.write(json.dumps(resolver.resolve(ex).to_json(), ensure_ascii=False) + "\n")
    out = subprocess.run([sys.executable, str(KGSCORE), str(gold_file), str(pred), "--json"], capture_output=True, text=True, check=True)
    result = json.loads(out.stdout)
    assert result["ent"]["f1"] >= 0.95, out.stdout


def _check_shape(doc: Document) -> None:
    for e in find_entities(doc, None, load_lexicon()):
        assert e.type in ENTITY_LABELS
        if e.type in CATEGORIES:
            assert e.category in CATEGORIES[e.type]
        else:
            assert e.category is None
        assert e.mentions and e.name
        for m in e.mentions:
            assert doc.text[m.start : m.end] == m.text


_ALPHABET = st.sampled_from(list("aAbBkKpPtT .,()\n\"“”-–/:") + ["BPOM ", "Kepala ", "PT ", "Prof. ", "dr. ", "Tbk ", "di ", "dan ", "(", ")", "Forum ", "Indonesia ", "Kalbe "])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_no_text_crashes_and_offsets_hold(text: str) -> None:
    _check_shape(Document(id="h", source="h", text=text, sha256="0"))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_unicode_does_not_crash(text: str) -> None:
    _check_shape(Document(id="h", source="h", text=text, sha256="0"))


def test_seed_shapes(seeds_dir: Path) -> None:
    for doc in _docs(seeds_dir):
        _check_shape(doc)
