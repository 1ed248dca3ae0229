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
as extra spellings of ASCII letters ("ı", "ſ"), get no filtering at all.
"""

from __future__ import annotations

import functools
import operator
import re
import re._parser as sre_parse  # the parse tree ``re`` itself compiles from
from collections.abc import Iterable, Sequence

import ahocorasick

from graphbuild.extract.relations import cues

__all__ = ["MASK", "CueFilter", "cue_filter", "literal_keys", "literal_prefixes", "literal_sets", "watch"]

MASK = "\u2588"  # what mention characters become in a sentence's masked text

_MAX_PREFIXES = 400  # beyond this a pattern is simply never filtered
_MAX_MASKS = 4096  # bound of ``CueFilter.absent``'s memo
# a pattern's second set of literals is used when its shortest literal is at least this long: "a", "di"
# or "ke" are in nearly every sentence (five times the automaton's hits for a few skipped sentences)
_SECOND_MIN = 3
_ODD_CASE = frozenset("\u0131\u017f")  # dotless i, long s: IGNORECASE matches them as "i", "s"
_ZERO_WIDTH = (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT)
_RUN = (sre_parse.LITERAL, *_ZERO_WIDTH)  # what a literal run reads through
_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, getattr(sre_parse, "POSSESSIVE_REPEAT", None))


def _odd_case(text: str) -> bool:
    """Whether ``text`` holds one of ``_ODD_CASE`` (one C-speed search each, not a set test per character)."""
    return any(c in text for c in _ODD_CASE)


@functools.cache  # the same few character codes, thousands of times while the filter is built
def _char(code: int) -> str | None:
    """The lower-cased character a literal stands for, or None when IGNORECASE could match it with a
    character that lower-casing does not map to it: only ASCII and caseless characters qualify (the
    text-side exceptions for ASCII, "ı" and "ſ", switch the filter off in ``scan``)."""
    c = chr(code)
    if c == MASK:  # only the masked text holds it, never the text that is scanned
        return None
    if c.isascii():
        return c.lower()
    return c if c.lower() == c == c.upper() else None


def _items(items: Sequence[tuple]) -> list[tuple]:
    """A parsed sequence as a list: a ``SubPattern``'s own list (iterating one calls its Python
    ``__getitem__`` per item: ≈110,000 calls while the filter is built)."""
    return items.data if isinstance(items, sre_parse.SubPattern) else list(items)


def _seq(items: Sequence[tuple], prefixes: set[str]) -> tuple[set[str], bool]:
    """Extend ``prefixes`` along a parsed sequence; returns (prefixes, whether all of it was literal)."""
    cur = prefixes
    items = _items(items)
    n = len(items)
    i = -1
    while i + 1 < n:
        i += 1
        op, av = items[i]
        if op in _ZERO_WIDTH:
            continue
        if op is sre_parse.LITERAL:  # a run of literals extends the prefixes once (a set per letter was most of it)
            run = ""
            j = i
            while j < n and items[j][0] in _RUN:
                if items[j][0] is sre_parse.LITERAL:
                    ch = _char(items[j][1])
                    if ch is None:
                        return ({p + run for p in cur} if run else cur), False
                    run += ch
                j += 1
            cur = {p + run for p in cur}
            i = j - 1
            continue
        if op is sre_parse.IN:
            chars = [_char(a) for o, a in av if o is sre_parse.LITERAL]
            if len(chars) != len(av) or None in chars or len(cur) * len(chars) > _MAX_PREFIXES:
                return cur, False
            cur = {p + ch for p in cur for ch in chars}  # type: ignore[operator]
            continue
        if op is sre_parse.SUBPATTERN:
            cur, done = _seq(av[-1], cur)
            if not done:
                return cur, False
            continue
        if op is sre_parse.BRANCH:
            out: set[str] = set()
            complete = True
            for alt in av[1]:
                got, done = _seq(alt, cur)
                out |= got
                complete = complete and done
            if len(out) > _MAX_PREFIXES:
                return cur, False
            cur = out
            if not complete:
                return cur, False
            continue
        if op in _REPEATS and av[0] >= 1:
            got, done = _seq(av[2], cur)  # the first repetition is certain
            if len(got) > _MAX_PREFIXES:
                return cur, False
            return got, False
        if op in _REPEATS:  # an optional part: a match either starts with it (one repetition) or skips it
            taken, _ = _seq(av[2], cur)
            skipped, _ = _seq(items[i + 1 :], cur)
            out = taken | skipped
            return (cur, False) if len(out) > _MAX_PREFIXES else (out, False)
        return cur, False  # anything else (classes, any char) ends the literal prefix
    return cur, True


_PREFIXES: dict[int, tuple[re.Pattern[str], frozenset[str] | None]] = {}  # id -> (pattern, its prefixes)


def literal_prefixes(pattern: re.Pattern[str], parsed: Sequence[tuple] | None = None) -> frozenset[str] | None:
    """Lower-case strings one of which starts every match of ``pattern``; None when there is no such set.
    ``parsed``: its parse tree, when the caller has it (parsing is most of building the filter).
    Memoised per pattern: the filter and the searches below ask for the same patterns."""
    hit = _PREFIXES.get(id(pattern))
    if hit is not None and hit[0] is pattern:
        return hit[1]
    got, _ = _seq(sre_parse.parse(pattern.pattern, pattern.flags) if parsed is None else parsed, {""})
    kept: list[str] = []  # "visit" covers "visited": keep the shortest of nested prefixes
    for s in sorted(got) if got and "" not in got else ():
        if not kept or not s.startswith(kept[-1]):
            kept.append(s)
    out = frozenset(kept) if kept else None
    _PREFIXES[id(pattern)] = (pattern, out)
    return out


def _factors(items: Sequence[tuple], out: list[frozenset[str]]) -> None:
    """Append to ``out`` sets of lower-case literals such that every match of the parsed sequence
    contains one literal of each set: its runs of literal characters, and those of its
    mandatory groups, repeats and branches (one set per branch: its alternatives' best)."""
    run = ""
    for op, av in _items(items):
        if op is sre_parse.LITERAL and (ch := _char(av)) is not None:
            run += ch
            continue
        if op in _ZERO_WIDTH:
            continue  # consumes nothing: the literal run goes on
        if run:
            out.append(frozenset({run}))
        run = ""
        if op is sre_parse.SUBPATTERN:
            _factors(av[-1], out)
        elif op in _REPEATS and av[0] >= 1:
            _factors(av[2], out)
        elif op is sre_parse.BRANCH:
            either: set[str] = set()
            for alt in av[1]:
                sets: list[frozenset[str]] = []
                _factors(alt, sets)
                starts, _ = _seq(alt, {""})
                if "" not in starts:
                    sets.append(frozenset(starts))
                if not sets:
                    break
                either |= _best(sets)
            else:
                if len(either) <= _MAX_PREFIXES:
                    out.append(frozenset(either))
    if run:
        out.append(frozenset({run}))


def _selectivity(s: frozenset[str]) -> tuple[int, int]:
    """How selective a set of literals is: longest shortest literal, then fewest literals."""
    return min(map(len, s)), -len(s)


def _best(sets: list[frozenset[str]]) -> frozenset[str]:
    """The most selective set."""
    return max(sets, key=_selectivity)


def _minimal(literals: Iterable[str]) -> frozenset[str]:
    """Drop every literal that contains another one (wherever it occurs, so does the shorter)."""
    kept: list[str] = []
    for s in sorted(literals, key=len):
        if not any(k in s for k in kept):
            kept.append(s)
    return frozenset(kept)


def literal_sets(pattern: re.Pattern[str]) -> list[frozenset[str]]:
    """Sets of lower-case literals such that every match of ``pattern`` contains one literal of each
    (its literal prefixes, and the runs, groups and branches every match goes through), the most
    selective first; empty when there is none."""
    sets: list[frozenset[str]] = []
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    _factors(parsed, sets)
    prefixes = literal_prefixes(pattern, parsed)
    if prefixes is not None:
        sets.append(prefixes)
    ranked = sorted((s for s in sets if s and "" not in s), key=_selectivity, reverse=True)  # stable: ties keep their order
    return list(dict.fromkeys(map(_minimal, ranked)))


def literal_keys(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case literals one of which every match of ``pattern`` contains (its literal prefixes,
    or a more selective set from inside it: "berada"/"naungan" rather than "di" for
    "(?:berada di bawah|di bawah naungan)"); None when there is no such set."""
    sets = literal_sets(pattern)
    return sets[0] if sets else None


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

    def absent(self, mask: int) -> frozenset[int]:
        """The ids of the filtered patterns that cannot match where ``mask`` was scanned: ``View.may`` is then one
        set test (no big-integer AND, no dict call). Memoised per mask, boundedly: sentences share few masks."""
        got = self._absent.get(mask)
        if got is None:
            if len(self._absent) >= _MAX_MASKS:
                self._absent.clear()
            ids = self._ids
            present = []
            m = mask & self._filtered
            while m:  # one step per set bit (about 15 in a sentence), not one per pattern
                low = m & -m
                present.append(ids[low.bit_length() - 1])
                m ^= low
            got = self._absent[mask] = self._all_ids.difference(present)
        return got

    def _mask(self, hits: int) -> int:
        """The patterns that may match, from the OR of a text's literal owners: bit k where the text
        holds a literal of each of pattern k's sets."""
        return hits & (hits >> self._width | self._one_set) | self.always

    def scan(self, text: str) -> int:
        """Bit mask of the filtered patterns that may match somewhere in ``text`` (and ``always``)."""
        low = text.lower()
        if len(low) != len(text) or _odd_case(text) or not self.bits:
            return self.everything
        if not len(self._automaton):
            return self.always
        return self._mask(functools.reduce(operator.or_, map(_VALUE, self._automaton.iter(low)), 0))

    def scan_spans(self, text: str, spans: Sequence[tuple[int, int]]) -> list[int]:
        """``scan(text[a:b])`` for every ``(a, b)`` of ``spans``, lower-casing ``text`` once. Each span's
        hits are OR-ed in C (a Python loop over the hits was most of building a document's views); the
        automaton is given the slice, not the text and bounds: it copies the whole text it is given."""
        low = text.lower()
        if len(low) != len(text) or _odd_case(text) or not self.bits:
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

