"""Several cue patterns asked about a sentence at once.

Why: families asked the prefilter about each of their cues in every sentence (``View.cues`` /
``View.may``: ≈1,400 calls a document), and in most sentences none of them can match. A rule block
that reads a sentence only through such cues can skip it after one test of the union of their bits.
"""

from __future__ import annotations

import functools
import operator
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graphbuild.extract.relations.common import View

__all__ = ["CueGroup"]


class CueGroup:
    """Patterns whose prefilter bits are read together (bits worked out once per filter)."""

    __slots__ = ("patterns", "_for")

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        self.patterns = patterns
        self._for: tuple[dict[int, int], int, tuple[int | None, ...]] | None = None  # (bit table, union, each bit)

    def _bits(self, table: dict[int, int]) -> tuple[dict[int, int], int, tuple[int | None, ...]]:
        got = self._for
        if got is None or got[0] is not table:
            own = [table.get(id(p)) for p in self.patterns]  # None: a pattern the filter leaves out
            union = -1 if None in own else functools.reduce(operator.or_, own, 0)  # type: ignore[arg-type]
            got = self._for = (table, union, tuple(own))
        return got

    def may(self, v: View) -> bool:
        """``any(v.may(p) for p in patterns)`` in one test: False only when none of them can match in ``v``."""
        union = self._bits(v._bits)[1]
        return union == -1 or bool(v._cues & union)  # -1: a pattern that is never filtered always may

    def may_each(self, v: View) -> list[bool]:
        """``[v.may(p) for p in patterns]`` in one call (a rule table asks all its cues per sentence)."""
        here = v._cues
        return [b is None or bool(here & b) for b in self._bits(v._bits)[2]]
