"""The date a sentence states for its fact, as ISO ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

News states dates in a few fixed shapes ("Kamis 6 November 2025", "Kamis (6/10)"
with the year left to the dateline, "pada tahun 2025", "November 2025"). The
relation gets the first one its sentence states; dates inside entity names
("RPJMN 2025–2029") are not dates of the fact.
"""

from __future__ import annotations

import re

try:  # the ingest stage's date reader, when present, so the whole tool reads dates one way
    from graphbuild.ingest.dates import find_dates as _ingest_find_dates
    from graphbuild.ingest.dates import range_start
except ImportError:  # pragma: no cover - ingest without dates support
    _ingest_find_dates = None

MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "january": 1, "februari": 2, "feb": 2, "pebruari": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3, "april": 4, "apr": 4, "mei": 5, "may": 5, "juni": 6, "jun": 6,
    "june": 6, "juli": 7, "jul": 7, "july": 7, "agustus": 8, "agu": 8, "agt": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11, "desember": 12, "des": 12, "dec": 12, "december": 12,
}
_MON = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>\d\d)-(?P<d>\d\d)\b")),
    ("dmy", re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MON})\.?\s+(?P<y>{_YEAR})\b", re.I)),
    ("mdy", re.compile(rf"\b(?P<mon>{_MON})\.?\s+(?P<d>\d{{1,2}}),\s*(?P<y>{_YEAR})\b", re.I)),
    ("num", re.compile(rf"\b(?P<d>\d{{1,2}})[-/.](?P<m>\d{{1,2}})[-/.](?P<y>{_YEAR})\b")),
    ("paren", re.compile(r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})\)")),
    ("dm", re.compile(rf"\b(?P<d>\d{{1,2}})\s+(?P<mon>{_MON})\b(?!\.?\s+\d)", re.I)),
    ("my", re.compile(rf"\b(?P<mon>{_MON})\.?\s+(?P<y>{_YEAR})\b", re.I)),
    ("year", re.compile(rf"\b(?:tahun|pada|sejak|di\s+tahun|in|since|during|akhir|awal)\s+(?P<y>{_YEAR})\b(?!\s*[-\u2013/])",
                        re.I)),
]


def _valid(y: int, m: int, d: int | None = None) -> bool:
    return 1 <= m <= 12 and (d is None or 1 <= d <= 31) and 1900 <= y <= 2100


def find_sentence_dates(text: str, year: int | None = None) -> list[tuple[int, int, str]]:
    """All ``(start, end, iso)`` dates in ``text``; day-month forms take ``year``."""
    found: list[tuple[int, int, str]] = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            if any(not (m.end() <= a or m.start() >= b) for a, b, _ in found):
                continue
            g = m.groupdict()
            mon = MONTHS.get(g["mon"].lower().rstrip(".")) if g.get("mon") else int(g["m"]) if g.get("m") else None
            y = int(g["y"]) if g.get("y") else year
            if y is None:
                continue
            d = int(g["d"]) if g.get("d") else None
            if kind == "year":
                iso = f"{y:04d}"
            elif mon is None or not _valid(y, mon, d):
                continue
            elif d is None:
                iso = f"{y:04d}-{mon:02d}"
            else:
                iso = f"{y:04d}-{mon:02d}-{d:02d}"
            found.append((m.start(), m.end(), iso))
    found.sort()
    return found


def sentence_date(text: str, year: int | None = None, exclude: list[tuple[int, int]] | None = None) -> str | None:
    """The first date ``text`` states outside the ``exclude`` spans, or None."""
    if _ingest_find_dates is not None:
        found = _ingest_find_dates(text, default_year=year)
    else:
        found = find_sentence_dates(text, year)
    for st, en, iso in found:
        if exclude and any(not (en <= a or st >= b) for a, b in exclude):
            continue
        return range_start(text, st, en, iso)[2] if _ingest_find_dates is not None else iso
    return None
