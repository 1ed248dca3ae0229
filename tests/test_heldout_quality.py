"""Extraction quality floors on articles the rules were not written from.

`holdout2/` was annotated independently after the rules were written and never used for
tuning (it is our honest estimate of quality on unseen articles); `holdout/`, `dev/`,
`dev2/` (eight articles from varied outlets, annotated before the extractor was run on them)
and `dev3/` (6 articles, annotated independently; 0.868/0.475 before it was used) were used
for error analysis. The floors sit a little under the measured figures so a rule change that
trades generalisation for seed scores fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.evaluate import evaluate

DATA = Path(__file__).resolve().parent / "data"

CASES = [
    # gold, folder, entity F1 floor, relation F1 floor   (measured before q7: 0.933/0.739, 0.977/0.864, 1.0/1.0,
    # 0.937/0.927, 0.981/0.887, 0.874/0.671, 0.897/0.684; measured after it: see each line)
    ("holdout2_gold.jsonl", "holdout2", 0.92, 0.84),  # 0.946/0.862
    ("holdout_gold.jsonl", "holdout", 0.95, 0.90),  # 0.977/0.922
    ("dev_gold.jsonl", "dev", 0.95, 0.90),  # 1.0/1.0
    ("dev2_gold.jsonl", "dev2", 0.93, 0.95),  # 0.952/0.970
    ("dev3_gold.jsonl", "dev3", 0.96, 0.91),  # 0.985/0.932
    ("dev4_gold.jsonl", "dev4", 0.89, 0.81),  # 0.913/0.831
    ("dev5_gold.jsonl", "dev5", 0.89, 0.83),  # 0.872/0.557 before it was used; 0.910/0.854
]


@pytest.mark.parametrize(("gold", "folder", "ent_floor", "rel_floor"), CASES)
def test_quality_floor(gold: str, folder: str, ent_floor: float, rel_floor: float) -> None:
    result = evaluate(DATA / gold, [DATA / folder])
    assert not result.failures, result.failures
    ent, rel = result.result["ent"]["f1"], result.result["rel"]["f1"]
    assert ent >= ent_floor, f"{folder}: entity F1 {ent} < {ent_floor}"
    assert rel >= rel_floor, f"{folder}: relation F1 {rel} < {rel_floor}"
