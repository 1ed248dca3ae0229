"""Extraction quality floors on annotated articles.

Every set was annotated by someone who never read the extractor. In round 9 seven new sets of six
articles were written (holdout9 … holdout15). `holdout13/`, `holdout14/` and `holdout15/` were written
after the round's rules and scored once at its end: 0.922/0.685, 0.934/0.723 and 0.925/0.705
(entity/relation F1) with the code at the start of round 9, 0.933/0.729, 0.952/0.761 and 0.965/0.847
at its end. `holdout10/` and `holdout12/`
were scored only as totals while the rules were written — nobody read their misses: 0.919/0.713 and
0.939/0.689 at the start, 0.936/0.742 and 0.949/0.740 at the end. holdout9 and holdout11
(0.941/0.663 and 0.907/0.674 at first scoring) were then used for error analysis, as were the older
sets (holdout6 and holdout8 were round 8's honest pair). The floors sit a little under the measured
figures so a rule change that trades generalisation for one set's score fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.evaluate import evaluate

DATA = Path(__file__).resolve().parent / "data"

CASES = [
    # gold, folder, entity F1 floor, relation F1 floor   (measured at the end of round 9 in the comments)
    ("holdout15_gold.jsonl", "holdout15", 0.94, 0.82),  # 0.965/0.847 (0.925/0.705 at the start of round 9; fresh)
    ("holdout14_gold.jsonl", "holdout14", 0.93, 0.73),  # 0.952/0.761 (0.934/0.723 at the start of round 9; fresh)
    ("holdout13_gold.jsonl", "holdout13", 0.91, 0.70),  # 0.933/0.729 (0.922/0.685 at the start of round 9; fresh)
    ("holdout10_gold.jsonl", "holdout10", 0.91, 0.71),  # 0.936/0.742 (0.919/0.713 at the start of round 9; honest)
    ("holdout12_gold.jsonl", "holdout12", 0.92, 0.71),  # 0.949/0.740 (0.939/0.689 at the start of round 9; honest)
    ("holdout9_gold.jsonl", "holdout9", 0.96, 0.90),  # 0.989/0.932 (0.941/0.663 at first scoring)
    ("holdout11_gold.jsonl", "holdout11", 0.94, 0.84),  # 0.968/0.865 (0.907/0.674 at first scoring)
    ("holdout6_gold.jsonl", "holdout6", 0.96, 0.84),  # 0.980/0.873 (0.896/0.539 at the start of round 8)
    ("holdout8_gold.jsonl", "holdout8", 0.91, 0.89),  # 0.939/0.925 (0.849/0.457 at the start of round 8)
    ("holdout2_gold.jsonl", "holdout2", 0.98, 0.94),  # 1.000/0.966
    ("holdout_gold.jsonl", "holdout", 0.97, 0.96),  # 0.993/0.982
    ("dev_gold.jsonl", "dev", 0.98, 0.98),  # 1.0/1.0
    ("dev2_gold.jsonl", "dev2", 0.97, 0.96),  # 0.991/0.989
    ("dev3_gold.jsonl", "dev3", 0.97, 0.97),  # 0.994/0.992
    ("dev4_gold.jsonl", "dev4", 0.95, 0.93),  # 0.974/0.953
    ("dev5_gold.jsonl", "dev5", 0.96, 0.94),  # 0.985/0.961
    ("dev7_gold.jsonl", "dev7", 0.97, 0.93),  # 0.989/0.957
]


@pytest.mark.parametrize(("gold", "folder", "ent_floor", "rel_floor"), CASES)
def test_quality_floor(gold: str, folder: str, ent_floor: float, rel_floor: float) -> None:
    result = evaluate(DATA / gold, [DATA / folder])
    assert not result.failures, result.failures
    ent, rel = result.result["ent"]["f1"], result.result["rel"]["f1"]
    assert ent >= ent_floor, f"{folder}: entity F1 {ent} < {ent_floor}"
    assert rel >= rel_floor, f"{folder}: relation F1 {rel} < {rel_floor}"
