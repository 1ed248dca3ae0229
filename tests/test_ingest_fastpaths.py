"""Ingest's fast paths give what the regexes and splits they stand in for give.

Why: the year candidates (``str.find``), the junk check (a byte delete) and the furniture's untouched lines
(``isprintable``) skip work only where the slow form would change nothing; a drift would change offsets.
"""

from __future__ import annotations

import random

from graphbuild.ingest import dates, decode, furniture


def test_year_starts_are_the_year_regex_matches() -> None:
    rng = random.Random(7)
    alphabet = "1290 a.\u0661\u0662\u0966"  # Arabic-Indic and Devanagari digits are decimal digits to ``\d``
    for _ in range(20_000):
        text = "".join(rng.choice("12090" if rng.random() < 0.8 else alphabet) for _ in range(rng.randint(0, 14)))
        assert dates._year_starts(text) == [m.start() for m in dates.YEAR_ANCHOR.finditer(text)], text


def test_ascii_junk_check_agrees_with_the_junk_regex() -> None:
    for code in range(128):
        text = f"ab{chr(code)}cd"
        assert decode._has_ascii_junk(text) == bool(decode._JUNK.search(text)), code


def test_furniture_keeps_lines_it_would_rebuild_unchanged() -> None:
    rng = random.Random(3)
    pieces = [" ", "  ", "a", "Kata", "\t", "\xa0", "\u2009", "\u3000", "\x1c", "\x85", "."]
    for _ in range(5_000):
        raw = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert furniture.strip_furniture(f"Judul berita\n{raw}\nIsi berita.")[0] == furniture.strip_furniture(
            "Judul berita\n" + " ".join(raw.split()) + "\nIsi berita.")[0], repr(raw)
