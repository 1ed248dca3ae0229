"""The gates' set form (``CueFilter.absent``, ``View._no``, ``Context.where``) says what the prefilter's bit masks say.

Why: ``View.may``, ``CueGroup`` and ``RuleTable`` test ids against ``View._no`` instead of AND-ing masks;
a set that fell out of step with the masks would skip a rule where its cue can match.
"""

from __future__ import annotations

import re

from graphbuild.extract import extract, load_lexicon
from graphbuild.extract.relations import common, prefilter  # noqa: F401 - registers every family's patterns
from graphbuild.extract.relations.common import Context
from graphbuild.extract.relations.cuegroup import CueGroup
from graphbuild.extract.sentences import split_sentences
from graphbuild.types import Document

SENTENCES = ("PT Kalbe Farma Tbk menandatangani nota kesepahaman dengan BPOM di Jakarta pada 6 November 2025.",
             "Kepala BPOM Taruna Ikrar mengunjungi pabrik PT Bio Farma di Bandung.",
             "Sebuah kalimat biasa tanpa kata kunci.", "Xyz qqq.", "kunjungan kerja ke pabrik")


def test_absent_ids_are_the_zero_bits_of_the_mask() -> None:
    f = prefilter.cue_filter()
    for text in SENTENCES:
        mask = f.scan(text)
        assert f.absent(mask) == frozenset(k for k, b in f.by_id.items() if not mask & b)
    assert f.absent(f.everything) == frozenset()


def test_may_cues_and_groups_agree_with_the_bit_masks() -> None:
    f = prefilter.cue_filter()
    watched = list(dict.fromkeys(prefilter._WATCHED))
    never = re.compile(r"\w+\s+\w+")  # no literal: never filtered
    for text in SENTENCES:
        mask = f.scan(text)
        v = common.View(0, None, text, text, [], _cues=mask, _bits=f.by_id)  # type: ignore[arg-type]
        for p in [*watched, never]:
            assert v.may(p) == (mask & f.by_id.get(id(p), -1) != 0)
            if not v.may(p):
                assert next(v.cues(p), None) is None
        for group in (CueGroup(*watched[:5]), CueGroup(*watched[5:9], never), CueGroup()):
            assert group.may(v) == any(v.may(p) for p in group.patterns)
            assert group.may_each(v) == [v.may(p) for p in group.patterns]


def test_where_lists_the_busy_views_where_a_pattern_may_match() -> None:
    text = " ".join(SENTENCES)
    doc = Document(id="d", source="t", text=text, sha256="0")
    ex = extract(doc, load_lexicon())
    ctx = Context(doc, split_sentences(text), ex.entities)
    watched = list(dict.fromkeys(prefilter._WATCHED))[:40]
    for p in watched:
        assert ctx.where(p) == [v for v in ctx.busy if v.may(p)]
    assert ctx.where(*watched[:6]) == [v for v in ctx.busy if any(v.may(p) for p in watched[:6])]
