"""Regex searches tried only where a match can start.

Why: a cue pattern is a long IGNORECASE alternation, and ``re`` tries it at every position of a
sentence (about 4 µs a sentence); ``v.may()`` cannot skip sentences that hold a common cue word
("untuk", "akan", "Kepala"). Every match starts with one of the literals ``literal_prefixes`` reads
off the pattern's parse tree, so one automaton pass per sentence finds where those occur, and the
pattern is matched there, in order: what ``search`` / ``finditer`` return, as the tests check for
every watched pattern. Texts where lower-casing moves offsets or that hold "ı"/"ſ" are searched whole.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Callable, Iterator
from itertools import starmap

import ahocorasick

from graphbuild.extract.relations.prefilter import literal_prefixes, odd_case

__all__ = ["literal_finditer", "literal_search", "prefix_search"]


@functools.cache
def _starts_of(keys: frozenset[str]) -> Callable[[str], list[int] | None]:
    """Where in a text one of ``keys`` starts (its lower-cased offsets; None when lower-casing moves
    offsets, or the text holds a letter IGNORECASE reads as another: "ı", "ſ"); shared by the patterns
    with the same leading literals, memoised per text."""
    automaton = ahocorasick.Automaton()
    for s in keys:
        automaton.add_word(s, len(s) - 1)  # a hit is (end, len - 1): its start is their difference
    automaton.make_automaton()
    find, sub = automaton.iter, operator.sub

    @functools.lru_cache(maxsize=256)
    def starts(text: str) -> list[int] | None:
        low = _lowered(text)
        if low is None:
            return None
        return sorted(set(starmap(sub, find(low))))  # in C: a set comprehension over the hits cost 0.8 %

    return starts


@functools.lru_cache(maxsize=256)  # one sentence is searched for many key sets
def _lowered(text: str) -> str | None:
    """``text`` lower-cased, or None when that moves offsets or the text holds "ı"/"ſ"."""
    low = text.lower()
    return None if len(low) != len(text) or odd_case(text) else low


def prefix_search(pattern: re.Pattern[str]) -> Callable[[str, int], re.Match[str] | None]:
    """``pattern.search(text[:end])`` for a pattern anchored at the end, asked for many ``end`` of one
    sentence (a title before each name): a search tries every position of the prefix, while a match
    can only start where one of the pattern's leading literals does. Those starts are found once per
    text (one automaton pass), and the pattern is tried there in order, which is what ``search`` returns."""
    keys = literal_prefixes(pattern)
    if keys is None:
        return functools.lru_cache(maxsize=512)(lambda text, end: pattern.search(text[:end]))
    starts = _starts_of(keys)

    @functools.lru_cache(maxsize=512)
    def search(text: str, end: int) -> re.Match[str] | None:
        at = starts(text)
        head = text[:end]
        if at is None:
            return pattern.search(head)
        for p in at:
            if p >= end:
                break
            if (m := pattern.match(head, p)) is not None:
                return m
        return None

    return search


def literal_search(pattern: re.Pattern[str]) -> Callable[[str], re.Match[str] | None]:
    """``pattern.search`` for a long IGNORECASE alternation that ``v.may`` lets through on common words
    ("akan", "untuk"): the pattern is tried only where one of its leading literals starts, in order."""
    keys = literal_prefixes(pattern)
    if keys is None:
        return pattern.search
    starts = _starts_of(keys)

    def search(text: str) -> re.Match[str] | None:
        at = starts(text)
        if at is None:
            return pattern.search(text)
        for p in at:
            if (m := pattern.match(text, p)) is not None:
                return m
        return None

    return search


_FINDERS: dict[int, tuple[re.Pattern[str], Callable[[str], list[int] | None] | None]] = {}


def literal_finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only where one of the pattern's leading literals starts: every
    match of such a pattern is non-empty, so each next match is the first one from the previous end."""
    got = _FINDERS.get(id(pattern))
    if got is None or got[0] is not pattern:
        keys = literal_prefixes(pattern)
        got = _FINDERS[id(pattern)] = (pattern, None if keys is None else _starts_of(keys))
    at = None if got[1] is None else got[1](text)
    return pattern.finditer(text) if at is None else _matches_at(pattern, text, at)


def _matches_at(pattern: re.Pattern[str], text: str, at: list[int]) -> Iterator[re.Match[str]]:
    last = 0
    for p in at:
        if p >= last and (m := pattern.match(text, p)) is not None:
            yield m
            last = m.end()
