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
    # gold, folder, entity F1 floor, relation F1 floor   (measured after round 7 in the trailing comments)
    # after merging round 10 (q10) with round 7 + fallback relations (main): entity/relation F1 measured
    ("holdout2_gold.jsonl", "holdout2", 0.98, 0.83),  # 0.941/0.840 before round 7; merged 1.000/0.851
    ("holdout_gold.jsonl", "holdout", 0.97, 0.90),  # 0.977/0.912 before round 7; merged 0.993/0.922
    ("dev_gold.jsonl", "dev", 0.98, 0.98),  # 1.0/1.0
    ("dev2_gold.jsonl", "dev2", 0.96, 0.93),  # 0.937/0.931 before round 7; merged 0.982/0.951
    ("dev3_gold.jsonl", "dev3", 0.97, 0.94),  # 0.985/0.936 before round 7; merged 0.994/0.961
    ("dev4_gold.jsonl", "dev4", 0.95, 0.83),  # 0.898/0.806 before round 7; merged 0.970/0.857
    ("dev5_gold.jsonl", "dev5", 0.96, 0.77),  # 0.872/0.557 before it was used; merged 0.985/0.798
    ("dev7_gold.jsonl", "dev7", 0.97, 0.67),  # 0.815/0.490 before it was used; merged 0.989/0.697
]


@pytest.mark.parametrize(("gold", "folder", "ent_floor", "rel_floor"), CASES)
def test_quality_floor(gold: str, folder: str, ent_floor: float, rel_floor: float) -> None:
    result = evaluate(DATA / gold, [DATA / folder])
    assert not result.failures, result.failures
    ent, rel = result.result["ent"]["f1"], result.result["rel"]["f1"]
    assert ent >= ent_floor, f"{folder}: entity F1 {ent} < {ent_floor}"
    assert rel >= rel_floor, f"{folder}: relation F1 {rel} < {rel_floor}"
