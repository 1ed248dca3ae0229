"""Which cue patterns can match in a sentence, from one Aho-Corasick pass over it.

Why: every relation family scans every sentence with IGNORECASE cue regexes
(about 5 µs each on a news sentence, dozens per sentence) and nearly all of
them find nothing. Each cue starts with one of a few literal words ("kunjungan",
"visit", "dihadiri", ...). Those literals are read off the compiled pattern
itself (its parse tree), never listed by hand, so the prefilter cannot fall out
of step with a cue's vocabulary: every match holds one literal of each of a
pattern's literal sets (the words it begins with, and the words of the groups and
branches it must go through), and a pattern is skipped when the sentence lacks
every literal of one of its two most selective sets.

It is conservative by construction: literals are searched in the lower-cased
sentence without word boundaries, so a hit only means "may match". Texts where
lower-casing is not one-to-one, or that hold the characters IGNORECASE treats
as extra spellings of ASCII letters ("ı", "ſ"), get no filtering at all. The literals are read in
``cue_literals``; this module keeps the automaton over them and the patterns it watches.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterable, Sequence

import ahocorasick

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.cue_literals import (
    MASK,
    literal_keys,
    literal_prefixes,
    literal_sets,
    odd_case,
)

__all__ = ["MASK", "CueFilter", "cue_filter", "literal_keys", "literal_prefixes", "literal_sets", "watch"]

_MAX_MASKS = 4096  # bound of ``CueFilter.absent``'s memo
# a pattern's second set of literals is used when its shortest literal is at least this long: "a", "di"
# or "ke" are in nearly every sentence (five times the automaton's hits for a few skipped sentences)
_SECOND_MIN = 3


class CueFilter:
    """One automaton over literals of a fixed set of patterns: the two most selective of each
    pattern's ``literal_sets``, both required (one alone let "’s … arm" through every sentence
    holding "farmasi")."""

    def __init__(self, patterns: Iterable[re.Pattern[str]]) -> None:
        owners: dict[str, int] = {}
        self.bits: dict[re.Pattern[str], int] = {}
        self.patterns = list(patterns)  # kept alive: ``by_id`` is keyed by their ids
        # pattern k owns bit k for a literal of its first set, bit n + k for one of its second set
        n = self._width = len(self.patterns)
        self._one_set = 0  # the patterns read off one set: their bit k alone says they may match
        for k, p in enumerate(dict.fromkeys(self.patterns)):
            sets = literal_sets(p)[:2]
            if not sets:
                continue  # never filtered: ``may`` is always true for it
            if len(sets) == 2 and min(map(len, sets[1])) < _SECOND_MIN:
                sets.pop()
            self.bits[p] = 1 << k
            if len(sets) == 1:
                self._one_set |= 1 << k
            for j, literals in enumerate(sets):
                for s in literals:
                    owners[s] = owners.get(s, 0) | 1 << (j * n + k)
        # what rules look up, per sentence and pattern: a compiled pattern hashes its whole code on
        # every dict lookup (it caches no hash), an id does not
        self.by_id: dict[int, int] = {id(p): self.bits[p] for p in self.patterns if p in self.bits}
        # set in every mask, owned by no pattern: ``mask & table.get(id(p), -1)`` is non-zero for a
        # pattern the filter leaves out, whatever the text holds (``View.may`` tests one AND, no None)
        self.always = 1 << n
        self._automaton = ahocorasick.Automaton()
        for s, mask in owners.items():
            self._automaton.add_word(s, mask)
        if owners:
            self._automaton.make_automaton()
        self.everything = -1  # the mask of a text that cannot be filtered
        # ``absent``: bit k -> id of pattern k, every filtered id, and the sets already worked out per mask
        self._ids = [0] * n
        for p, bit in self.bits.items():
            self._ids[bit.bit_length() - 1] = id(p)
        self._filtered = functools.reduce(operator.or_, self.bits.values(), 0)
        self._all_ids = frozenset(self.by_id)
        self._absent: dict[int, frozenset[int]] = {}
        self._present: dict[int, tuple[int, ...]] = {}  # the complement, as ``absent`` works it out: ``Context.where``

    def absent(self, mask: int) -> frozenset[int]:
        """The ids of the filtered patterns that cannot match where ``mask`` was scanned: ``View.may`` is then one
        set test (no big-integer AND, no dict call). Memoised per mask, boundedly: sentences share few masks."""
        got = self._absent.get(mask)
        if got is None:
            if len(self._absent) >= _MAX_MASKS:
                self._absent.clear()
                self._present.clear()
            ids = self._ids
            present = []
            m = mask & self._filtered
            while m:  # one step per set bit (about 15 in a sentence), not one per pattern
                low = m & -m
                present.append(ids[low.bit_length() - 1])
                m ^= low
            got = self._absent[mask] = self._all_ids.difference(present)
            self._present[mask] = tuple(present)
        return got

    def present(self, mask: int) -> tuple[int, ...]:
        """The ids of the filtered patterns that may match where ``mask`` was scanned (what ``absent`` leaves out)."""
        got = self._present.get(mask)
        if got is None:
            self._absent.pop(mask, None)  # the two memos are filled and cleared together: this never drops one
            self.absent(mask)
            got = self._present[mask]
        return got

    def _mask(self, hits: int) -> int:
        """The patterns that may match, from the OR of a text's literal owners: bit k where the text
        holds a literal of each of pattern k's sets."""
        return hits & (hits >> self._width | self._one_set) | self.always

    def scan(self, text: str) -> int:
        """Bit mask of the filtered patterns that may match somewhere in ``text`` (and ``always``)."""
        low = text.lower()
        if len(low) != len(text) or odd_case(text) or not self.bits:
            return self.everything
        if not len(self._automaton):
            return self.always
        return self._mask(functools.reduce(operator.or_, map(_VALUE, self._automaton.iter(low)), 0))

    def scan_spans(self, text: str, spans: Sequence[tuple[int, int]]) -> list[int]:
        """``scan(text[a:b])`` for every ``(a, b)`` of ``spans``, lower-casing ``text`` once. Each span's
        hits are OR-ed in C (a Python loop over the hits was most of building a document's views); the
        automaton is given the slice, not the text and bounds: it copies the whole text it is given."""
        low = text.lower()
        if len(low) != len(text) or odd_case(text) or not self.bits:
            return [self.everything] * len(spans)
        if not len(self._automaton):
            return [self.always] * len(spans)
        find, either, width, one_set, always = self._automaton.iter, operator.or_, self._width, self._one_set, self.always
        hits = [functools.reduce(either, map(_VALUE, find(low[a:b])), 0) for a, b in spans]
        return [h & (h >> width | one_set) | always for h in hits]


_VALUE = operator.itemgetter(1)  # an automaton hit is (end, value): the value is the owners' bits


# Patterns the prefilter knows: every cue of ``cues`` plus those a family module registers
# with ``watch``; built into one automaton on first use.
_WATCHED: list[re.Pattern[str]] = [p for p in vars(cues).values() if isinstance(p, re.Pattern)]
_FILTER: CueFilter | None = None


def watch(*patterns: re.Pattern[str]) -> None:
    """Let the prefilter skip ``patterns`` in sentences that lack their leading words
    (only for searches over a sentence's text, masked text, or slices of them)."""
    global _FILTER
    _WATCHED.extend(patterns)
    _FILTER = None


def cue_filter() -> CueFilter:
    global _FILTER
    if _FILTER is None:
        # a literal MASK could match in the masked text without being in the text that is scanned
        _FILTER = CueFilter(p for p in _WATCHED if MASK not in p.pattern)
    return _FILTER

