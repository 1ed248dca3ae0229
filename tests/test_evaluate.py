"""``graphbuild evaluate`` scores exactly like tests/data/kgscore.py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from graphbuild.cli import cli
from graphbuild.errors import EvaluationError
from graphbuild.evaluate import evaluate, load_jsonl, norm, score, summarize
from tests.relations_oracle import predictions

KGSCORE = Path(__file__).resolve().parent / "data" / "kgscore.py"


def kgscore(gold: Path, pred: Path, *opts: str) -> str:
    proc = subprocess.run([sys.executable, str(KGSCORE), str(gold), str(pred), *opts],
                          capture_output=True, text=True, timeout=60, check=True)
    return proc.stdout


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize("opts", [(), ("--show",), ("--json",), ("--show", "--json")])
def test_same_output_as_kgscore_for_the_same_predictions(tmp_path: Path, gold_file: Path, opts: tuple) -> None:
    preds = predictions()
    # make it imperfect so misses, wrong items and per-type lines all show
    preds[0]["relations"] = preds[0]["relations"][2:] + [{"type": "VISITED", "head": "e1", "tail": "e2"}]
    preds[1]["entities"].append({"id": "x", "type": "Person", "name": "Nobody"})
    pred = write_jsonl(tmp_path / "pred.jsonl", preds)
    res = CliRunner().invoke(cli, ["evaluate", str(gold_file), "--predictions", str(pred), *opts])
    assert res.exit_code == 0, res.output
    assert res.output == kgscore(gold_file, pred, *opts)


def test_pipeline_on_seeds_matches_kgscore_on_extract_output(tmp_path: Path, gold_file: Path,
                                                            seeds_dir: Path) -> None:
    out = tmp_path / "pred.jsonl"
    ext = CliRunner().invoke(cli, ["extract", str(seeds_dir), "-o", str(out)])
    assert ext.exit_code == 0, ext.output
    res = CliRunner().invoke(cli, ["evaluate", str(gold_file), str(seeds_dir), "--show"])
    assert res.exit_code == 0, res.output
    assert res.output == kgscore(gold_file, out, "--show")
    assert json.loads(CliRunner().invoke(cli, ["evaluate", str(gold_file), str(seeds_dir), "--json"]).output)[
        "rel"]["f1"] >= 0.85


def _gold(rels: list[dict], ents: list[dict] | None = None) -> dict:
    ents = ents or [{"type": "Person", "name": "Ani Lestari", "aliases": ["Ani"]},
                    {"type": "Person", "name": "Joko Susilo"},
                    {"type": "Organization", "name": "PT Sinar Medika Tbk", "aliases": ["Sinar Medika"]},
                    {"type": "Organization", "name": "Lembaga X", "optional": True}]
    return {"d": {"doc": "d.txt", "entities": ents, "relations": rels}}


def _pred(rels: list[tuple[str, str, str]], ents: list[dict] | None = None) -> dict:
    ents = ents or [{"id": "a", "type": "Person", "name": "Prof. dr. Ani Lestari, M.Kes."},
                    {"id": "j", "type": "Person", "name": "Joko Susilo"},
                    {"id": "s", "type": "Organization", "name": "Sinar Medika", "aliases": []}]
    return {"d": {"doc_id": "d", "entities": ents,
                  "relations": [{"type": t, "head": h, "tail": tl} for t, h, tl in rels]}}


def test_symmetric_types_match_either_way_and_others_do_not() -> None:
    gold = _gold([{"type": "MET_WITH", "head": "Ani Lestari", "tail": "Joko Susilo"},
                  {"type": "HOLDS_POSITION", "head": "Joko Susilo", "tail": "PT Sinar Medika Tbk"}])
    counts, _ = score(gold, _pred([("MET_WITH", "j", "a"), ("HOLDS_POSITION", "s", "j")]))
    assert counts[("rel", "MET_WITH")] == {"tp": 1, "fp": 0, "fn": 0}
    assert counts[("rel", "HOLDS_POSITION")] == {"tp": 0, "fp": 1, "fn": 1}


def test_optional_items_are_neither_missed_nor_wrong() -> None:
    gold = _gold([{"type": "VISITED", "head": "Ani", "tail": "Sinar Medika", "optional": True},
                  {"type": "MET_WITH", "head": "Ani", "tail": "Joko Susilo", "optional": True}])
    counts, show = score(gold, _pred([("VISITED", "a", "s")]))
    res = summarize(counts)
    assert res["rel"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "fp": 0, "fn": 0}
    assert not [s for s in show if "relation" in s]
    assert res["ent"]["tp"] == 3 and res["ent"]["fn"] == 0  # "Lembaga X" is optional


def test_duplicate_relations_count_once_duplicate_entities_are_wrong() -> None:
    gold = _gold([{"type": "MET_WITH", "head": "Ani", "tail": "Joko Susilo"}])
    ents = [{"id": "a", "type": "Person", "name": "Ani Lestari"}, {"id": "a2", "type": "Person", "name": "Ani"},
            {"id": "j", "type": "Person", "name": "Joko Susilo"}]
    counts, show = score(gold, _pred([("MET_WITH", "a", "j"), ("MET_WITH", "a", "j"), ("MET_WITH", "j", "a")], ents))
    assert counts[("rel", "MET_WITH")] == {"tp": 1, "fp": 1, "fn": 0}  # j->a is a different key, so it is wrong
    assert counts[("ent", "Person")] == {"tp": 2, "fp": 1, "fn": 0}
    assert any("wrong entity    Person: Ani" in s for s in show)


def test_normalisation_drops_titles_degrees_and_legal_forms() -> None:
    assert norm("Prof. dr. Taruna Ikrar, M.Biomed., Ph.D.") == "taruna ikrar"
    assert norm("PT Kalbe Farma Tbk") == "kalbe farma"
    assert norm("Federation of Pharmaceutical Manufacturers’ Association") == norm(
        "Federation of Pharmaceutical Manufacturers' Association")


def test_unreadable_gold_is_an_evaluation_error(tmp_path: Path) -> None:
    bad = tmp_path / "gold.jsonl"
    bad.write_text('{"doc": "a.txt"}\nnot json\n', encoding="utf-8")
    with pytest.raises(EvaluationError, match="gold.jsonl:2"):
        load_jsonl(bad)
    with pytest.raises(EvaluationError, match="cannot read"):
        evaluate(tmp_path / "missing.jsonl", predictions=bad)
    res = CliRunner().invoke(cli, ["evaluate", str(bad), "--predictions", str(bad)])
    assert res.exit_code != 0
