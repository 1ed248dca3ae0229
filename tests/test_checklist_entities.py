"""Checklist for Organization and Person entities: the full extractor on sentences written for it.

Each line of tests/data/checklist/entities.tsv names organisations and people the way Indonesian
news, siaran pers and English press releases do (legal forms, acronym glosses, government units,
honorifics and degrees, speech tags, no-comma title chains); the expected entities must come out
of the whole pipeline, and the negatives (bylines, job titles alone, generic bodies, products,
places) must not.
"""

from __future__ import annotations

import pytest

from graphbuild.evaluate import norm
from graphbuild.extract import extract
from graphbuild.ingest import clean
from graphbuild.types import RawRecord
from tests.test_checklist_relations import cases


def _entities(text: str, lexicon) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(type, key) for every name and alias of every extracted entity."""
    rec = RawRecord(id="c", source="c.txt", sha256="x", kind="txt", data=text.encode())
    ex = extract(clean(rec), lexicon)
    return {(e.type, norm(n)) for e in ex.entities for n in (e.name, *e.aliases)}


@pytest.mark.parametrize(("sentence", "expect"), cases("entities", "entities3", "r18c_entities", "r18e_entities",
                                                     "r18f_entities", "r19b_entities", "r19c_entities", "r19a_entities", "r19g_entities", "r19i_entities", "r19h_entities", "r20a_entities"))
def test_checklist_entities(sentence: str, expect: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    got = _entities(sentence, lexicon)
    for item in expect.split(";"):
        negative = item.startswith("!")
        kind, *name = item.lstrip("!").split("|")
        found = any(t == kind and (not name or k == norm(name[0])) for t, k in got)
        assert found != negative, f"{item} in {sorted(got)}"
