"""The vocabulary of date expressions: month words (Indonesian and English spellings) and the regexes for each
written form ("6 November 2025", "November 6, 2025", "28/01/2020", "2025-11-06", "November 2025", "tahun 2025",
"pada 2014", "(28/01)", "6 November"), with the year-window sizes they are written to fit.

Split out of :mod:`.dates` (which converts matches to ISO strings and scans the text) to keep each module short;
the patterns are unchanged, so :mod:`.dates` finds exactly what it found before.
"""

from __future__ import annotations

import re

# month word (lower case, without a trailing dot) -> month number
MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    (
        "januari jan january",
        "februari pebruari feb february",
        "maret mar march",
        "april apr",
        "mei may",
        "juni jun june",
        "juli jul july",
        "agustus agu agt ags aug august",
        "september sep sept",
        "oktober okt oct october",
        "november nopember nov nop",
        "desember des dec december",
    ),
    start=1,
):
    for _name in _names.split():
        MONTHS[_name] = _num

# Month words as a prefix tree: a flat 40-way alternation is 4x slower on long texts.
_MONTH_RE = (
    r"(?=[adfjmnops])(?:jan(?:uari|uary)?|feb(?:ruari|ruary)?|pebruari|mar(?:et|ch)?|apr(?:il)?|mei|may"
    r"|ju(?:ni|ne|n|li|ly|l)|ag(?:ustus|u|t|s)|aug(?:ust)?|sep(?:tember|t)?|o(?:kt|ct)(?:ober)?"
    r"|no[vp](?:ember)?|de[sc](?:ember)?)"
)
_FULL_MONTH_RE = (
    r"(?=[adfjmnops])(?:januari|january|februari|february|pebruari|maret|march|april|mei|may|juni|june|juli"
    r"|july|agustus|august|september|oktober|october|november|nopember|desember|december)"
)
_YEAR = r"(?P<y>(?:19|20|21)\d\d)"
_SP = r"[ \t\xa0]{1,3}"  # bounded: keeps every match short, so year-anchored windows can find it

_FLAGS = re.IGNORECASE
# "6 November 2025", "6 Nov. 2025", "6th of November, 2025"
DMY_WORD = re.compile(rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?{_SP}(?:of{_SP})?(?P<m>{_MONTH_RE})\.?,?{_SP}{_YEAR}\b", _FLAGS)
# "November 6, 2025"
MDY_WORD = re.compile(rf"\b(?P<m>{_MONTH_RE})\.?{_SP}(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?{_SP}{_YEAR}\b", _FLAGS)
# "28-01-2020", "28/01/2020", "28.01.2020" (day first, as written in Indonesia)
DMY_NUM = re.compile(rf"(?<![\d/.-])(?P<d>[0-3]?\d)(?P<sep>[-/.])(?P<m>[0-3]?\d)(?P=sep){_YEAR}(?![\d/-])")
# "2025-11-06" (also the date part of an ISO timestamp)
ISO = re.compile(r"(?<![\d/.-])(?P<y>(?:19|20|21)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)")
# "November 2025"
MY_WORD = re.compile(rf"\b(?P<m>{_MONTH_RE})\.?{_SP}{_YEAR}\b", _FLAGS)
# "tahun 2025", "th. 2025": the cue word belongs to the expression
YEAR_NOUN = re.compile(rf"\b(?:tahun|thn\.?|th\.){_SP}{_YEAR}\b(?![-–/]\d)", _FLAGS)
# "pada 2014", "sejak 2019", "in 2014": only the year is the date expression
YEAR_PREP = re.compile(
    rf"\b(?:pada|sejak|hingga|sampai|awal|akhir|pertengahan|in|since|until|by){_SP}{_YEAR}\b(?![-–/]\d)", _FLAGS
)
# Day and month without a year (needs a default year): "(28/01)", "Kamis (6/10)", "6 November"
DM_PAREN = re.compile(r"\((?P<d>[0-3]?\d)/(?P<m>[01]?\d)\)")
DM_WORD = re.compile(rf"\b(?P<d>[0-3]?\d){_SP}(?P<m>{_FULL_MONTH_RE})\b(?!\.?,?[ \t\xa0]*\d)", _FLAGS)
# Every pattern above that contains a year matches within this many characters before / after it.
YEAR_ANCHOR = re.compile(r"(?:19|20|21)\d\d")
BEFORE = 48
AFTER = 12
BARE_YEAR = re.compile(rf"^\s*{_YEAR}\s*$")
DIGIT = re.compile(r"\d")  # every pattern above needs one: most sentences have none and cost nothing
