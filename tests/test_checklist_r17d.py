"""Round 17 (r17d) relation checklist: urged revocations, places beside partners, the drug regulator's certificates
and plants told by one word of their name (tests/data/checklist/r17d.tsv, the format of the other checklists)."""

from __future__ import annotations

import pytest

from tests import test_checklist_relations as base


@pytest.mark.parametrize(("sentence", "expect"), base.cases("r17d"))
def test_checklist_r17d(sentence: str, expect: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    base.test_checklist_relations(sentence, expect, lexicon)
