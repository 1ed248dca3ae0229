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


def _extracted(text: str, lexicon) -> list[tuple[str, set[str]]]:  # type: ignore[no-untyped-def]
    """(type, keys of its name and aliases) for every extracted entity."""
    rec = RawRecord(id="c", source="c.txt", sha256="x", kind="txt", data=text.encode())
    ex = extract(clean(rec), lexicon)
    return [(e.type, {norm(n) for n in (e.name, *e.aliases)}) for e in ex.entities]


def _entities(text: str, lexicon) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(type, key) for every name and alias of every extracted entity."""
    return {(t, k) for t, keys in _extracted(text, lexicon) for k in keys}


@pytest.mark.parametrize(("sentence", "expect"), cases("entities", "entities3", "r18c_entities", "r18e_entities",
                                                     "r18f_entities", "r19b_entities", "r19c_entities", "r19a_entities", "r19g_entities", "r19i_entities", "r19h_entities",
                                                     "r20d_entities", "r20a_entities", "r20h_entities", "r20i_entities", "r20k_entities",
                                                     "r21d_entities", "r21i_entities", "r22d_entities", "r22c_entities",
                                                     "r22g_entities", "r23e_entities", "r23i_entities", "r23m_entities", "r24c_entities", "r24g_entities", "r24n_entities", "r25g_entities", "r25m_entities", "r25u_entities", "r25t_entities", "r26b_entities", "r26h_entities", "r26n_entities", "r26r_entities", "r28z_entities", "r28f_entities", "r29z_entities", "r29f_entities", "r29e_entities", "r30d_entities", "r30e_entities", "r30a_entities", "r30b_entities", "r31z_entities", "r32z_entities", "r31b_entities", "r31d_entities", "r31c_entities", "r31e_entities", "r31a_entities", "r32b_entities", "r32a_entities", "r33b_entities", "r33a_entities", "r33c_entities", "r34z_entities", "r34b_entities", "r35a_entities", "r35c_entities"))
def test_checklist_entities(sentence: str, expect: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    ents = _extracted(sentence, lexicon)
    got = {(t, k) for t, keys in ents for k in keys}
    for item in expect.split(";"):
        if item.lstrip("!").startswith("="):  # "=Location|Kecamatan Waru|Waru": both names are one entity ("!=": two)
            kind, *names = item.lstrip("!")[1:].split("|")
            one = any(t == kind and {norm(x) for x in names} <= keys for t, keys in ents)
            assert one != item.startswith("!"), f"{item} in {ents}"
            continue
        negative = item.startswith("!")
        kind, *name = item.lstrip("!").split("|")
        found = any(t == kind and (not name or k == norm(name[0])) for t, k in got)
        assert found != negative, f"{item} in {sorted(got)}"
