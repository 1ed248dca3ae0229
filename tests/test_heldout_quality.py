"""Extraction quality floors on annotated articles.

Every set was annotated by someone who never read the extractor. `holdout6/` and `holdout8/`
(six articles each, added in round 8) were scored only as totals while the rules were
written — nobody read their misses — so they are the honest estimate for unseen articles:
0.896/0.539 and 0.849/0.457 (entity/relation F1) with the code at the start of round 8,
0.952/0.691 and 0.893/0.579 at its end. The other sets were used for error analysis after a
first scoring (dev3 0.868/0.475, dev4 0.840/0.566, dev5 0.872/0.557, dev7 0.815/0.490 then).
The floors sit a little under the measured figures so a rule change that trades generalisation
for one set's score fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.evaluate import evaluate

DATA = Path(__file__).resolve().parent / "data"

CASES = [
    # gold, folder, entity F1 floor, relation F1 floor   (measured at the end of round 8 in the comments)
    ("holdout6_gold.jsonl", "holdout6", 0.93, 0.66),  # 0.952/0.691 (0.896/0.539 at the start of round 8)
    ("holdout8_gold.jsonl", "holdout8", 0.87, 0.55),  # 0.893/0.579 (0.849/0.457 at the start of round 8)
    ("holdout2_gold.jsonl", "holdout2", 0.98, 0.92),  # 1.000/0.944
    ("holdout_gold.jsonl", "holdout", 0.97, 0.95),  # 0.993/0.978
    ("dev_gold.jsonl", "dev", 0.98, 0.98),  # 1.0/1.0
    ("dev2_gold.jsonl", "dev2", 0.97, 0.96),  # 0.991/0.985
    ("dev3_gold.jsonl", "dev3", 0.97, 0.96),  # 0.994/0.981
    ("dev4_gold.jsonl", "dev4", 0.95, 0.92),  # 0.974/0.943
    ("dev5_gold.jsonl", "dev5", 0.96, 0.93),  # 0.985/0.956
    ("dev7_gold.jsonl", "dev7", 0.97, 0.84),  # 0.989/0.862
]


@pytest.mark.parametrize(("gold", "folder", "ent_floor", "rel_floor"), CASES)
def test_quality_floor(gold: str, folder: str, ent_floor: float, rel_floor: float) -> None:
    result = evaluate(DATA / gold, [DATA / folder])
    assert not result.failures, result.failures
    ent, rel = result.result["ent"]["f1"], result.result["rel"]["f1"]
    assert ent >= ent_floor, f"{folder}: entity F1 {ent} < {ent_floor}"
    assert rel >= rel_floor, f"{folder}: relation F1 {rel} < {rel_floor}"
