"""The literals every match of a cue pattern holds, read off its parse tree, for :mod:`.prefilter`.

``literal_prefixes``: the lower-case strings one of which starts every match; ``literal_sets``: sets of them one
literal of each of which every match contains (its runs of literal characters, and those of the groups, repeats and
branches it must go through), the most selective first. Read off the parse tree ``re`` itself compiles from, never
listed by hand, so the prefilter cannot fall out of step with a cue's vocabulary. Split out of ``prefilter`` (which
keeps the automaton over them and the registry of watched patterns) to keep it short.
"""

from __future__ import annotations

import functools
import re
import re._parser as sre_parse  # the parse tree ``re`` itself compiles from
from collections.abc import Iterable, Sequence

MASK = "\u2588"  # what mention characters become in a sentence's masked text

_MAX_PREFIXES = 400  # beyond this a pattern is simply never filtered
_ODD_CASE = frozenset("\u0131\u017f")  # dotless i, long s: IGNORECASE matches them as "i", "s"
_ZERO_WIDTH = (sre_parse.AT, sre_parse.ASSERT, sre_parse.ASSERT_NOT)
_RUN = (sre_parse.LITERAL, *_ZERO_WIDTH)  # what a literal run reads through
_REPEATS = (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, getattr(sre_parse, "POSSESSIVE_REPEAT", None))


def odd_case(text: str) -> bool:
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
