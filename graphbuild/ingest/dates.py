"""Date expressions in Indonesian (and English) news text → ISO strings.

Shared by ``ingest`` (the published date) and ``extract`` (relation dates), so it
is regex-only and linear: every pattern is anchored on digits or month words
with bounded repetition (the patterns live in :mod:`.date_patterns`), which keeps a
50 MB text or a 1 MB line fast.
``dateparser`` is only a last resort in :func:`parse_date` for one short string
(it is slow; never call it per sentence).

ISO precision follows the text: ``YYYY-MM-DD`` for full dates, ``YYYY-MM`` for
"November 2025", ``YYYY`` for "tahun 2025" / "pada 2014".
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
import re._parser as sre_parse  # a pattern's widest match, read off its parse tree
from bisect import bisect_left
from collections.abc import Callable

from graphbuild.ingest.date_patterns import (
    AFTER,
    BARE_YEAR,
    BEFORE,
    DIGIT,
    DM_PAREN,
    DM_WORD,
    DMY_NUM,
    DMY_WORD,
    ISO,
    MDY_WORD,
    MONTHS,
    MY_WORD,
    YEAR_ANCHOR,
    YEAR_NOUN,
    YEAR_PREP,
)

log = logging.getLogger(__name__)

MIN_YEAR = 1900
MAX_YEAR = 2100



def _month(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    return MONTHS.get(token.lower().rstrip("."))


def _iso(year: int, month: int | None, day: int | None) -> str | None:
    """ISO string at the given precision, or None for an impossible date."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        return _dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _full(m: re.Match[str], year: int | None = None) -> str | None:
    y = year if year is not None else int(m.group("y"))
    mon = _month(m.group("m"))
    day = int(m.group("d"))
    if mon is None:
        return None
    iso = _iso(y, mon, day)
    if iso is None and m.re is DMY_NUM and day <= 12 < mon:  # US month-first "01/28/2020"
        iso = _iso(y, day, mon)
    return iso


_YEAR_HEADS = ("19", "20", "21")  # how every ``YEAR_ANCHOR`` match starts
_SHORT_TEXT = 100_000  # texts up to this long find their year candidates with ``str.find``


def _year_starts(text: str) -> list[int]:
    """Where ``_YEAR_ANCHOR.finditer(text)`` matches start. A news text names few years: finding "19", "20" and
    "21" with ``str.find`` (C-speed) and checking the two digits after each costs a tenth of the regex's scan,
    which tries its class at every character. Taken left to right without overlap, as ``finditer`` does."""
    if len(text) > _SHORT_TEXT:  # a text full of numbers would loop in Python for each: the regex stays linear
        return [m.start() for m in YEAR_ANCHOR.finditer(text)]
    heads: list[int] = []
    for head in _YEAR_HEADS:
        at = text.find(head)
        while at != -1:
            heads.append(at)
            at = text.find(head, at + 1)
    heads.sort()
    out: list[int] = []
    last = 0
    for at in heads:
        if at >= last and len(digits := text[at + 2 : at + 4]) == 2 and digits.isdecimal():  # "\d": decimal digits
            out.append(at)
            last = at + 4
    return out


def _year_windows(text: str) -> list[tuple[int, int, int]]:
    """Merged ``[start, end)`` windows around every 4-digit year candidate, each with where its first year starts."""
    windows: list[tuple[int, int, int]] = []
    for at in _year_starts(text):
        start, end = max(0, at - BEFORE), min(len(text), at + 4 + AFTER)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end, windows[-1][2])
        else:
            windows.append((start, end, at))
    return windows


def _month_year(m: re.Match[str]) -> str | None:
    return _iso(int(m.group("y")), _month(m.group("m")), None)


def _year_only(m: re.Match[str]) -> str | None:
    return _iso(int(m.group("y")), None, None)


# (pattern, priority, convert, group of the expression, whether every match starts where a run of
# digits starts) for the year windows, in this order
_WINDOWED: tuple[tuple[re.Pattern[str], int, Callable[[re.Match[str]], str | None], str | int, bool], ...] = (
    (DMY_WORD, 0, _full, 0, True),  # \b then a digit
    (MDY_WORD, 0, _full, 0, False),
    (DMY_NUM, 0, _full, 0, True),  # a digit after (?<![\d/.-])
    (ISO, 0, _full, 0, True),  # likewise
    (MY_WORD, 1, _month_year, 0, False),
    (YEAR_NOUN, 2, _year_only, 0, False),
    (YEAR_PREP, 2, _year_only, "y", False),
)


def _cased(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without IGNORECASE, for a lower-cased ASCII text: the same matches there (its source is
    all lower case), and ``re`` can then skip a month alternative on its first letter."""
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE) if pattern.flags & re.IGNORECASE else pattern


_DM_WORD_ASCII = _cased(DM_WORD)

_DIGIT_RUN = re.compile(r"\d\d*")  # "\d+", opening with a class: ``re`` skips to a digit in C (half the cost)
_RUN_START = re.compile(r"(?<!\d)\d")  # the same starts, read from inside a window (the look-behind sees before it)
# The patterns a window is searched for at every position (not only at digit runs) all end with a year
# written after a space, so a match ends at one of the window's years (each starts a run of digits, where
# ``YEAR_ANCHOR`` finds it) and starts at most its lead (its widest match less the year) before that year.
_LEADS = {p: sre_parse.parse(p.pattern, p.flags).getwidth()[1] - 4 for p, _, _, _, at_runs in _WINDOWED if not at_runs}
# _WINDOWED with each year-ended pattern's lead (0 for the others), for case-insensitive / lower-cased ASCII text
_LED = tuple((p, *rest, _LEADS.get(p, 0)) for p, *rest in _WINDOWED)
_LED_ASCII = tuple((_cased(p), *rest) for p, *rest in _LED)


def _at_runs(pattern: re.Pattern[str], text: str, runs: list[int], start: int, end: int) -> list[re.Match[str]]:
    """``list(pattern.finditer(text, start, end))`` for a pattern whose every match starts where a run
    of digits starts (``runs``: those starts): tried there only, instead of at every position, which
    gives the same left-to-right, non-overlapping matches."""
    out: list[re.Match[str]] = []
    last = start
    for at in runs[bisect_left(runs, start) :]:
        if at >= end:
            break
        if at >= last and (m := pattern.match(text, at, end)) is not None:
            out.append(m)
            last = m.end()
    return out


def find_dates(text: str, *, default_year: int | None = None) -> list[tuple[int, int, str]]:
    """Every date expression in ``text`` as ``(start, end, iso)``, in text order.

    Overlaps are resolved in favour of the most precise expression ("6 November
    2025" is one full date, not also "November 2025"). Day-month expressions
    without a year ("(28/01)", "6 November") are only returned when
    ``default_year`` is given.
    """
    if not DIGIT.search(text):
        return []
    found: list[tuple[int, int, str, int]] = []  # start, end, iso, priority
    # Only the surroundings of 4-digit years can hold a dated expression: scanning those
    # windows instead of the whole text keeps a 50 MB input fast.
    runs = [m.start() for m in _DIGIT_RUN.finditer(text)] if default_year is not None else None
    # An ASCII text is searched lower-cased with case-sensitive twins of the patterns (same offsets and
    # matches): under IGNORECASE ``re`` tries every month alternative at every position.
    ascii_text = text.isascii()
    scan, windowed, dm_word = (text.lower(), _LED_ASCII, _DM_WORD_ASCII) if ascii_text else (text, _LED, DM_WORD)
    for start, end, first in _year_windows(text):
        at = runs if runs is not None else [m.start() for m in _RUN_START.finditer(text, start, end)]
        for pattern, priority, convert, group, at_runs, lead in windowed:
            # (a year-ended match starts no more than its pattern's lead before the window's first year)
            for m in _at_runs(pattern, scan, at, start, end) if at_runs else pattern.finditer(scan, max(start, first - lead), end):
                iso = convert(m)
                if iso or priority == 0:  # an impossible full date ("31 Februari 2020") still blocks "Februari 2020"
                    found.append((m.start(group), m.end(group), iso or "", priority))
    if default_year is not None:
        for m in (*DM_PAREN.finditer(text), *_at_runs(dm_word, scan, runs, 0, len(text))):  # "(" is a fast start
            iso = _full(m, default_year)
            if iso:
                found.append((m.start(), m.end(), iso, 3))

    return [(start, end, iso) for start, end, iso in _resolve_overlaps(found) if iso]


_DAY_FIRST = re.compile(r"\d{1,2}[ \t\xa0]")
_RANGE_FROM = re.compile(r"(?<!\d)(\d{1,2})[ \t\xa0]?[-\u2013\u2014][ \t\xa0]?$")  # "20–" before "22 Mei 2026"


def range_start(text: str, start: int, end: int, iso: str) -> tuple[int, int, str]:
    """"Pameran yang berlangsung 20–22 Mei 2026": what happened over a day range is dated by the day it
    starts (a fact's date; a published-date guess keeps the range's last day, when the story was written)."""
    if len(iso) != 10 or not _DAY_FIRST.match(text, start, end):
        return start, end, iso
    m = _RANGE_FROM.search(text, max(0, start - 6), start)
    if m is None or not 1 <= int(m.group(1)) < int(iso[8:]):
        return start, end, iso
    return m.start(1), end, f"{iso[:8]}{int(m.group(1)):02d}"


def _resolve_overlaps(found: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str]]:
    """Keep the highest-priority (then leftmost) of overlapping candidates.

    Candidates are short, so overlaps are local: split them into clusters of
    transitively overlapping spans and choose inside each — O(n log n) overall.
    """
    found.sort(key=lambda t: (t[0], t[3]))
    taken: list[tuple[int, int, str]] = []
    cluster: list[tuple[int, int, str, int]] = []
    cluster_end = -1
    for cand in [*found, (1 << 62, 1 << 62, "", 0)]:  # sentinel flushes the last cluster
        if cluster and cand[0] >= cluster_end:
            chosen: list[tuple[int, int]] = []
            for start, end, iso, _prio in sorted(cluster, key=lambda t: (t[3], t[0])):
                if all(end <= s or e <= start for s, e in chosen):
                    chosen.append((start, end))
                    taken.append((start, end, iso))
            cluster = []
        cluster.append(cand)
        cluster_end = max(cluster_end, cand[1]) if len(cluster) > 1 else cand[1]
    taken.sort()
    return taken


def parse_date(text: str, *, default_year: int | None = None) -> str | None:
    """The date that one short string (a dateline, a JSON ``published`` field) names.

    The most precise expression wins ("Kamis, 6 November 2025 10:00 WIB" →
    ``2025-11-06``); a bare year ("2025") gives ``"2025"``. Returns None when
    nothing date-like is found.
    """
    if not text or not text.strip():
        return None
    m = BARE_YEAR.match(text)
    if m:
        return _iso(int(m.group("y")), None, None)
    dates = find_dates(text, default_year=default_year)
    if dates:
        return max(dates, key=lambda t: (len(t[2]), -t[0]))[2]
    if len(text) <= 64 and any(c.isdigit() for c in text):
        return _dateparser_fallback(text)
    return None


def _dateparser_fallback(text: str) -> str | None:
    """Slow, forgiving parse of one short string; absolute dates only."""
    try:
        import dateparser

        parsed = dateparser.parse(
            text,
            languages=["id", "en"],
            settings={"PARSERS": ["timestamp", "custom-formats", "absolute-time"], "DATE_ORDER": "DMY",
                      "REQUIRE_PARTS": ["day", "month", "year"]},
        )
    except Exception:  # noqa: BLE001 - a third-party parser must never break ingestion
        log.debug("dateparser failed on %r", text, exc_info=True)
        return None
    if parsed is None:
        return None
    return _iso(parsed.year, parsed.month, parsed.day)
