"""Several cue patterns asked about a sentence at once.

Why: families asked the prefilter about each of their cues in every sentence (``View.cues`` /
``View.may``: ≈1,400 calls a document), and in most sentences none of them can match. A rule block
that reads a sentence only through such cues can skip it after one test: are all of their ids among
the view's ``_no`` (the watched patterns that cannot match there)? A subset test of a few ids is
cheaper than an AND of two wide prefilter bit masks, and needs no bit table read per filter.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graphbuild.extract.relations.common import View

__all__ = ["CueGroup", "RuleTable"]

_MAX_RUNS = 4096  # bound of ``RuleTable._runs`` (the prefilter's ``absent`` memo has the same)


class CueGroup:
    """Patterns whose prefilter verdicts are read together. A pattern the filter leaves out is never in
    ``View._no``, so it (and any group holding it) always may."""

    __slots__ = ("patterns", "_ids", "_each")

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        self.patterns = patterns
        self._each = tuple(map(id, patterns))  # the patterns live as long as the group: their ids stay theirs
        self._ids = frozenset(self._each)

    def may(self, v: View) -> bool:
        """``any(v.may(p) for p in patterns)`` in one test: False only when none of them can match in ``v``."""
        return not self._ids <= v._no

    def may_each(self, v: View) -> list[bool]:
        """``[v.may(p) for p in patterns]`` in one call (a rule table asks all its cues per sentence)."""
        no = v._no
        return [k not in no for k in self._each]


class RuleTable(CueGroup):
    """Rows of ``(rule, cue, cue, …)`` run in order on a sentence, each only where one of its own cues may match.

    Why: a family's per-sentence block of rules read as one prefilter test for the block and one subset
    test per rule, instead of a ``may`` call inside every rule (or a hand-numbered ``may_each`` list).
    """

    __slots__ = ("_rows", "_runs")

    def __init__(self, *rows: tuple[Any, ...]) -> None:
        super().__init__(*dict.fromkeys(p for row in rows for p in row[1:]))  # each cue once, in first-use order
        self._rows: tuple[tuple[Callable[[Any, View], None], frozenset[int]], ...] = tuple(
            (row[0], frozenset(map(id, row[1:]))) for row in rows)
        # the rules that may run, per ``View._no``: sentences share few of them (``CueFilter.absent`` makes one
        # per prefilter mask), and a frozenset keeps its hash, so a sentence costs one look-up, not a test per row
        self._runs: dict[frozenset[int], tuple[Callable[[Any, View], None], ...]] = {}

    def run(self, ctx: Any, v: View) -> None:
        """Each row's rule on ``v``, in order, where one of its cues may match."""
        no = v._no
        rules = self._runs.get(no)
        if rules is None:
            if len(self._runs) >= _MAX_RUNS:
                self._runs.clear()
            rules = self._runs[no] = tuple(rule for rule, ids in self._rows if not ids <= no)
        for rule in rules:
            rule(ctx, v)
