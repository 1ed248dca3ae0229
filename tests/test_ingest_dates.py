"""dates.find_dates / parse_date and the published-date heuristics."""

from __future__ import annotations

import time

import pytest

from graphbuild.ingest import find_dates, parse_date
from graphbuild.ingest.metadata import guess_published, guess_title


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Osaka, 7 Oktober 2022", "2022-10-07"),
        ("Kamis 6 November 2025", "2025-11-06"),
        ("28-01-2020", "2020-01-28"),
        ("28/01/2020", "2020-01-28"),
        ("3 Februari 2026", "2026-02-03"),
        ("1 Mei 2024", "2024-05-01"),
        ("17 Agustus 1945", "1945-08-17"),
        ("5 Nop 2019", "2019-11-05"),
        ("5 Des. 2019", "2019-12-05"),
        ("12 Agu 2020", "2020-08-12"),
        ("November 6, 2025", "2025-11-06"),
        ("2025-11-06T10:00:00+07:00", "2025-11-06"),
        ("Kamis, 6 November 2025 10:00 WIB", "2025-11-06"),
        ("November 2025", "2025-11"),
        ("Pebruari 2021", "2021-02"),
        ("tahun 2025", "2025"),
        ("2025", "2025"),
        ("31 Februari 2020", None),
        ("tidak ada tanggal", None),
        ("", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_parse_date_day_month_needs_default_year() -> None:
    assert parse_date("Selasa (28/01)") is None
    assert parse_date("Selasa (28/01)", default_year=2020) == "2020-01-28"
    assert parse_date("6 Oktober", default_year=2022) == "2022-10-06"


def test_find_dates_spans_and_precision() -> None:
    text = ("Acara dibuka pada 3 Februari 2026 dan ditutup 4 Februari 2026. Rencana tahun 2026 disusun "
            "setelah evaluasi pada 2025; RPJMN 2025–2029 tetap acuan. Sertifikat terbit di tahun 2014, "
            "November 2025, 28/01/2020.")
    found = find_dates(text)
    assert [(text[s:e], iso) for s, e, iso in found] == [
        ("3 Februari 2026", "2026-02-03"),
        ("4 Februari 2026", "2026-02-04"),
        ("tahun 2026", "2026"),
        ("2025", "2025"),
        ("tahun 2014", "2014"),
        ("November 2025", "2025-11"),
        ("28/01/2020", "2020-01-28"),
    ]


def test_find_dates_with_default_year_adds_day_month() -> None:
    text = "Forum digelar Kamis (6/10) di Osaka."
    assert find_dates(text) == []
    [(s, e, iso)] = find_dates(text, default_year=2022)
    assert (text[s:e], iso) == ("(6/10)", "2022-10-06")


def test_numbers_that_are_not_dates() -> None:
    assert find_dates("Harga Rp 1.000.2020 dan kode 12-34-5678 serta 99/99/2020") == []


def test_us_month_first_numeric_date() -> None:
    assert parse_date("01/28/2020") == "2020-01-28"


def test_published_prefers_top_dateline_then_earliest() -> None:
    top = "Judul Berita Farmasi\nJakarta, 10 Januari 2024\nPada 2 Januari 2024 BPOM mengumumkan."
    assert guess_published(top) == "2024-01-10"
    deep = "Paragraf pertama tanpa tanggal.\n" * 10 + "Ditutup 4 Februari 2026, dibuka 3 Februari 2026."
    assert guess_published(deep) == "2026-02-03"
    assert guess_published("Kalbe meraih sertifikat CPOB di tahun 2014.") is None


def test_guess_title_rules() -> None:
    assert guess_title("Kalbe Resmikan Pabrik – Portal Sehat\nIsi.") == "Kalbe Resmikan Pabrik"
    assert guess_title("Kalbe meresmikan pabrik baru di Cikarang.\nIsi.") is None
    assert guess_title("Hanya satu baris judul") is None
    assert guess_title("Osaka, 7 Oktober 2022\nIsi.") is None


def test_find_dates_is_fast_on_long_text() -> None:
    text = "Pada 6 November 2025 BPOM dan Kalbe Farma bertemu di Jakarta tahun 2025. " * 20_000  # ~1.5 MB
    start = time.perf_counter()
    found = find_dates(text)
    assert time.perf_counter() - start < 10
    assert len(found) == 40_000


@pytest.mark.parametrize("text", [
    "Jakarta, Kamis 6 NOVEMBER 2025 - BPOM", "pada 28-01-2020 dan Tanggal 3 Maret 2021", "Sejak Januari 2024, (28/01)",
    "On March 5, 2025 the Agency", "tahun 2023 lalu, 14 Agustus 2023", "Selasa (7/10/2022) pukul 10.00 WIB, 1 Mei 2019",
])
def test_the_lower_cased_twins_of_the_date_patterns_match_as_the_case_insensitive_ones(text: str) -> None:
    """ASCII text is searched lower-cased with case-sensitive copies of the patterns: the same spans and groups."""
    from graphbuild.ingest import dates

    pairs = [(p, c) for (p, *_), (c, *_) in zip(dates._LED, dates._LED_ASCII, strict=True)]
    for p, c in [*pairs, (dates.DM_WORD, dates._DM_WORD_ASCII)]:
        assert [(m.span(), m.groups()) for m in c.finditer(text.lower())] == [
            (m.span(), tuple(g.lower() if g else g for g in m.groups())) for m in p.finditer(text)], p.pattern
