"""Document metadata guessed from clean text: title, published date, language.

Explicit metadata (a JSON field, an HTML ``<title>``/``og:title`` or date meta)
always wins; these guesses are for plain-text scrapes, where the headline is the
first short line and the dateline sits near the top ("Osaka, 7 Oktober 2022",
"28-01-2020"). Only the first part of a long text is scanned for the cheap
guesses, so a 50 MB file costs no more than a normal article here.
"""

from __future__ import annotations

import datetime as _dt
import re

from graphbuild.ingest.dates import find_dates

_TOP_LINES = 6  # non-empty lines that count as "near the top" for a dateline
_TOP_CHARS = 1500
_TITLE_MAX_CHARS = 200
_TITLE_MAX_WORDS = 30
_LANG_SAMPLE = 200_000
_SUFFIX_STRONG = re.compile(r"\s+[|–—]\s+([^|–—]{2,60})$")  # "Judul – Sehat Negeriku", "Judul | Situs"
_SUFFIX_DOMAIN = re.compile(r"\s+[-:]\s+(\S{2,40}\.(?:com|id|co\.id|go\.id|net|org|or\.id)\S{0,20})$", re.I)
_WORD = re.compile(r"[^\W\d_]+")
# ASCII text: every character but a letter becomes a space, so ``split`` gives the runs ``_WORD`` finds
_LETTERS_ONLY = "".join(c if c.isalpha() else " " for c in map(chr, range(128)))
_ID_WORDS = frozenset(
    "yang dan di ke dari untuk dengan ini itu dalam pada adalah tidak akan juga oleh sebagai atau telah bahwa "
    "para serta kami kita mereka dapat sudah karena namun".split()
)
_EN_WORDS = frozenset(
    "the and of to in is that for with on as are was by this be it from at an which have has were".split()
)
_STOP_WORDS = _ID_WORDS | _EN_WORDS


def clean_title(title: str | None) -> str | None:
    """Whitespace-normalised title without a trailing site name ("… – Sehat Negeriku")."""
    if not title:
        return None
    title = " ".join(title.split())
    for pattern in (_SUFFIX_STRONG, _SUFFIX_DOMAIN):
        m = pattern.search(title)
        if m and len(m.group(1).split()) <= 4 and len(title[: m.start()].split()) >= 3:
            title = title[: m.start()].rstrip()
    return title or None


def guess_title(text: str) -> str | None:
    """The first line when it reads as a headline (short, no sentence-final period, more text follows)."""
    first, _, rest = text.lstrip().partition("\n")
    first = first.strip()
    if not rest.strip() or not first or len(first) > _TITLE_MAX_CHARS:
        return None
    words = first.split()
    if not 2 <= len(words) <= _TITLE_MAX_WORDS:
        return None
    if first[-1] in ".,;:" or first[0].islower():
        return None
    if find_dates(first) and len(words) <= 6:  # a dateline, not a headline
        return None
    return clean_title(first)


def _plausible(iso: str, today: _dt.date) -> bool:
    return 1950 <= int(iso[:4]) <= today.year + 1


def guess_published(text: str, *, today: _dt.date | None = None) -> str | None:
    """Publication date: a full-date dateline near the top, else the earliest full date in the text,
    else a day-month dateline ("(28/01)") completed with a year found elsewhere in the text."""
    today = today or _dt.date.today()
    top_end = _top_end(text)
    # No date expression spans a line break (nor looks across one), so the dates before a line break
    # are those of the text cut there: read the top first, and the rest only when the top has none.
    cut = text.find("\n", top_end)
    cut = len(text) if cut < 0 else cut
    dates = find_dates(text[:cut])
    full = [d for d in dates if len(d[2]) == 10 and _plausible(d[2], today)]
    for start, _end, iso in full:
        if start < top_end:
            return iso
    if cut < len(text):
        dates += [(start + cut, end + cut, iso) for start, end, iso in find_dates(text[cut:])]
        full = [d for d in dates if len(d[2]) == 10 and _plausible(d[2], today)]
    if full:
        return min(d[2] for d in full)
    years = [int(d[2][:4]) for d in dates if _plausible(d[2], today)]
    if not years:
        return None
    partial = [d for d in find_dates(text[:_TOP_CHARS * 4], default_year=years[0]) if len(d[2]) == 10]
    return partial[0][2] if partial else None


def _top_end(text: str) -> int:
    """Offset where "near the top" ends: after a few non-empty lines, at most ``_TOP_CHARS``."""
    seen = 0
    pos = 0
    limit = min(len(text), _TOP_CHARS)
    while pos < limit and seen < _TOP_LINES:
        nl = text.find("\n", pos)
        if nl == -1:
            return limit
        if text[pos:nl].strip():
            seen += 1
        pos = nl + 1
    return min(pos, limit)


def guess_language(text: str) -> str | None:
    """"id", "en" or None, from stop-word ratios in the first part of the text."""
    sample = text[:_LANG_SAMPLE]
    if sample.isascii():  # the runs of ASCII letters, lower-cased: C-speed translate and split
        words = sample.lower().translate(_LETTERS_ONLY).split()
    else:
        words = list(map(str.lower, _WORD.findall(sample)))
    if len(words) < 5:
        return None
    # one pass over every word (a filter pass per language called ``set.__contains__`` through a method
    # wrapper for each), then the two counts over the few stop words it kept
    stop = [w for w in words if w in _STOP_WORDS]
    id_hits = len([w for w in stop if w in _ID_WORDS])
    en_hits = len([w for w in stop if w in _EN_WORDS])
    if id_hits >= 2 and id_hits >= 1.5 * en_hits and id_hits / len(words) >= 0.03:
        return "id"
    if en_hits >= 2 and en_hits >= 1.5 * id_hits and en_hits / len(words) >= 0.03:
        return "en"
    return None
