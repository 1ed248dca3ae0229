"""Relation checklists: the full extractor on sentences written for them.

Each line of tests/data/checklist/{people,places,sites,partners,events,regulatory,discourse,english,deals,offices,releases,police,lists}.tsv
states one fact the way Indonesian news or press releases phrase it (active/passive, apposition, speech
tags, lists, English): people and positions; places and group structure; facilities and OPERATES;
partnerships, agreements and licences; events, attendance and meetings; certification, approval,
registration, makers and sellers; facts told across sentences (counted product groups, a unit beside its
parent); English press-release phrasing; who signs a deal told by reference or with apposed parties, and
what it covers. The expected relations must come out of the whole pipeline, not from oracle entities, and
the negatives must not. ``cases`` is shared with the entity checklist; a
written "\\n" is a line break; the ``lexicon`` fixture is in conftest.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphbuild.evaluate import norm
from graphbuild.extract import extract
from graphbuild.ingest import clean
from graphbuild.ontology import SYMMETRIC
from graphbuild.types import RawRecord

CHECKLISTS = Path(__file__).parent / "data" / "checklist"


def cases(*names: str) -> list:  # type: ignore[type-arg]
    """``sentence<TAB>expect[<TAB>xfail: reason]`` lines of the named TSV files."""
    rows = []
    for name in names:
        for line in (CHECKLISTS / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                sentence, expect, *gap = line.split("\t")
                sentence = sentence.replace("\\n", "\n")  # a written "\n" is a line break (bullet lists)
                marks = [pytest.mark.xfail(reason=gap[0].removeprefix("xfail:").strip(), strict=True)] if gap else []
                rows.append(pytest.param(sentence, expect, marks=marks, id=f"{name}:{sentence[:60]}"))
    return rows


def _triples(text: str, lexicon) -> set[tuple[str, frozenset[str], frozenset[str]]]:  # type: ignore[no-untyped-def]
    rec = RawRecord(id="c", source="c.txt", sha256="x", kind="txt", data=text.encode())
    ex = extract(clean(rec), lexicon)
    names = {e.id: frozenset({_key(e.name)} | {_key(a) for a in e.aliases}) for e in ex.entities}
    return {(r.type, names[r.head], names[r.tail]) for r in ex.relations}


def _key(name: str) -> str:
    """Scorer normalisation, less a trailing year: an event matches with or without its edition."""
    return re.sub(r" (19|20)\d\d$", "", norm(name))


def _has(got: set, kind: str, head: str | None = None, tail: str | None = None) -> bool:
    """Whether a relation of `kind` joins `head` and `tail` (any end left out matches anything)."""
    want = (_key(head) if head else None, _key(tail) if tail else None)
    for t, h, tl in got:
        if t != kind:
            continue
        ends = [(h, tl), (tl, h)] if kind in SYMMETRIC else [(h, tl)]
        if any((want[0] is None or want[0] in a) and (want[1] is None or want[1] in b) for a, b in ends):
            return True
    return False


@pytest.mark.parametrize(("sentence", "expect"), cases("people", "people2", "places", "sites", "partners", "events",
                                                     "regulatory", "regulatory2", "discourse", "english", "corporate", "deals",
                                                     "offices", "releases", "police", "lists", "people3", "r18a", "r18b", "r18c", "r18f",
                                                     "groups18", "r18e", "r19b", "r19c", "r19a", "r19f", "r19e", "r19d", "r19i", "r19h", "r19j", "r20c", "r20a", "r20b", "r20e", "r20f", "r20j", "r20g", "r20k", "r21b", "r21c", "r21l", "r21e", "r21a", "r21h", "r21f", "r21j", "r21g", "r21k", "r22d", "r22b", "r22a", "r22e", "r22f", "r22h", "r22i", "r23c", "r23b", "r23d", "r23a", "r23h", "r23g", "r23f", "r23j", "r23k", "r23l", "r24f", "r24c", "r24a", "r24h", "r24e", "r24b", "r24d", "r24k", "r24i", "r24l", "r24j", "r24m", "r24r", "r24p", "r24q", "r24t", "r25d", "r25e", "r25b", "r25a", "r25c", "r25f", "r25h", "r25j", "r25i", "r25l", "r25m", "r25k", "r25p", "r25q", "r25r", "r25s", "r25o", "r25n", "r25t", "r26c", "r26g", "r26b", "r26e", "r26f", "r26d", "r26j", "r26i", "r26k", "r26l", "r26n", "r26m", "r26q", "r27z", "r27f", "r28z", "r28a", "r28b", "r28c", "r28d", "r28e", "r29z", "r29c", "r29a", "r29b", "r29d", "r29f", "r29e", "r30z", "r30c", "r30d", "r30e", "r30a", "r30b", "r31z", "r31b", "r31d", "r31c", "r31e", "r31a", "r32b", "r32c", "r32a", "r33z", "r33b", "r33a", "r33d", "r33c", "r34z", "r34c", "r34d", "r34b", "r34a", "r35a", "r35z", "r35c", "r35b"))
def test_checklist_relations(sentence: str, expect: str, lexicon) -> None:  # type: ignore[no-untyped-def]
    got = _triples(sentence, lexicon)
    for item in expect.split(";"):
        negative = item.startswith("!")
        kind, *ends = item.lstrip("!").split("|")
        found = _has(got, kind, *ends)
        assert found != negative, f"{item} in {sorted((t, min(h), min(tl)) for t, h, tl in got)}"
