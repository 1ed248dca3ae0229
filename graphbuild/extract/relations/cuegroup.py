"""Several cue patterns asked about a sentence at once.

Why: families asked the prefilter about each of their cues in every sentence (``View.cues`` /
``View.may``: ≈1,400 calls a document), and in most sentences none of them can match. A rule block
that reads a sentence only through such cues can skip it after one test of the union of their bits.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from graphbuild.extract.relations.common import View

__all__ = ["CueGroup", "RuleTable"]


class CueGroup:
    """Patterns whose prefilter bits are read together (bits worked out once per filter)."""

    __slots__ = ("patterns", "_table", "_union", "_each")

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        self.patterns = patterns
        self._table: dict[int, int] | None = None  # the bit table ``_union`` and ``_each`` were read from
        self._union = -1
        self._each: tuple[int, ...] = ()

    def _read(self, table: dict[int, int]) -> None:
        # -1: a pattern the filter leaves out, which always may (every mask holds the filter's ``always`` bit)
        self._each = tuple(table.get(id(p), -1) for p in self.patterns)
        self._union = functools.reduce(operator.or_, self._each, 0)
        self._table = table

    def may(self, v: View) -> bool:
        """``any(v.may(p) for p in patterns)`` in one test: False only when none of them can match in ``v``."""
        if self._table is not v._bits:  # the filter was rebuilt (or first use): read the bits again
            self._read(v._bits)
        return v._cues & self._union != 0

    def may_each(self, v: View) -> list[bool]:
        """``[v.may(p) for p in patterns]`` in one call (a rule table asks all its cues per sentence)."""
        if self._table is not v._bits:
            self._read(v._bits)
        here = v._cues
        return [here & b != 0 for b in self._each]


class RuleTable(CueGroup):
    """Rows of ``(rule, cue, cue, …)`` run in order on a sentence, each only where one of its own cues may match.

    Why: a family's per-sentence block of rules read as one prefilter test for the block and one AND per rule,
    instead of a ``may`` call inside every rule (or a hand-numbered ``may_each`` list beside the rules).
    """

    __slots__ = ("_rows", "_masks")

    def __init__(self, *rows: tuple[Any, ...]) -> None:
        super().__init__(*dict.fromkeys(p for row in rows for p in row[1:]))  # each cue once, in first-use order
        self._rows = rows
        self._masks: tuple[tuple[Callable[[Any, View], None], int], ...] = ()

    def _read(self, table: dict[int, int]) -> None:
        super()._read(table)
        self._masks = tuple((row[0], functools.reduce(operator.or_, (table.get(id(p), -1) for p in row[1:]), 0))
                            for row in self._rows)

    def run(self, ctx: Any, v: View) -> None:
        """Each row's rule on ``v``, in order, where one of its cues may match."""
        if self._table is not v._bits:
            self._read(v._bits)
        here = v._cues
        if here & self._union == 0:
            return
        for rule, mask in self._masks:
            if here & mask:
                rule(ctx, v)
