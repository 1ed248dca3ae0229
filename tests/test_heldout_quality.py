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
    # gold, folder, entity F1 floor, relation F1 floor   (measured after round 7 + q7 in the trailing comments;
    # round 7 alone: holdout2 0.991/0.833, holdout 0.987/0.917, dev2 0.973/0.941, dev3 0.985/0.950,
    # dev4 0.950/0.829, dev5 0.961/0.792, dev7 0.989/0.697)
    ("holdout2_gold.jsonl", "holdout2", 0.97, 0.91),  # 0.995/0.930 (round-7 entities; 0.941/0.840 before)
    ("holdout_gold.jsonl", "holdout", 0.96, 0.94),  # 0.987/0.960
    ("dev_gold.jsonl", "dev", 0.95, 0.90),  # 1.0/1.0
    ("dev2_gold.jsonl", "dev2", 0.95, 0.94),  # 0.979/0.967
    ("dev3_gold.jsonl", "dev3", 0.97, 0.95),  # 0.988/0.973
    ("dev4_gold.jsonl", "dev4", 0.94, 0.91),  # 0.964/0.934
    ("dev5_gold.jsonl", "dev5", 0.94, 0.92),  # 0.872/0.557 before it was used; measured 0.964/0.943
    ("dev7_gold.jsonl", "dev7", 0.97, 0.73),  # 0.815/0.490 before it was used; measured 0.989/0.754
]


@pytest.mark.parametrize(("gold", "folder", "ent_floor", "rel_floor"), CASES)
def test_quality_floor(gold: str, folder: str, ent_floor: float, rel_floor: float) -> None:
    result = evaluate(DATA / gold, [DATA / folder])
    assert not result.failures, result.failures
    ent, rel = result.result["ent"]["f1"], result.result["rel"]["f1"]
    assert ent >= ent_floor, f"{folder}: entity F1 {ent} < {ent_floor}"
    assert rel >= rel_floor, f"{folder}: relation F1 {rel} < {rel_floor}"
