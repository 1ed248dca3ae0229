"""The on-disk lexicon cache gives exactly the parsed entries, and is ignored when it cannot help."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graphbuild.extract import lexicon, lexicon_cache
from graphbuild.extract.lexicon import LexEntry, Lexicon


def _parse(p: Path) -> list[LexEntry]:
    return lexicon._read_tsv(p) if p.suffix == ".tsv" else lexicon._read_yaml(p)


def _not_parsed(p: Path) -> list[LexEntry]:
    raise AssertionError(f"{p} parsed again: its cache was not used")


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    where = tmp_path / "cache"
    monkeypatch.setattr(lexicon_cache, "cache_dir", lambda: where)
    return where


def test_shipped_lexicon_cold_and_warm_equals_the_parsed_one(cache: Path) -> None:
    files = lexicon.shipped_files()
    parsed = [e for p in files for e in _parse(p)]
    cold = Lexicon.from_files(files)
    assert len(list(cache.glob("*.marshal"))) == len(files)
    warm = Lexicon.from_files(files)
    assert [e for p in files for e in lexicon_cache.cached_entries(p, _not_parsed)] == parsed
    assert cold.entries == warm.entries == Lexicon(parsed).entries
    assert cold._by_key == warm._by_key


def test_a_user_lexicon_is_read_again_when_it_changes(cache: Path, tmp_path: Path) -> None:
    user = tmp_path / "mine.yaml"
    user.write_text("- {name: PT Contoh Farma, type: Organization, aliases: [Contoh]}\n", encoding="utf-8")
    lex = Lexicon.from_files([*lexicon.shipped_files(), user])
    assert lex.lookup("Contoh") is not None
    user.write_text("- {name: PT Lain Farma, type: Organization}\n", encoding="utf-8")
    lex = Lexicon.from_files([*lexicon.shipped_files(), user])
    assert lex.lookup("Contoh") is None and lex.lookup("PT Lain Farma") is not None
    assert lexicon_cache.cached_entries(user, _parse) == _parse(user)


def test_a_corrupt_or_unwritable_cache_is_ignored(cache: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    gaz = lexicon.DATA_DIR / "gazetteer.tsv"
    want = _parse(gaz)
    assert lexicon_cache.cached_entries(gaz, _parse) == want
    assert lexicon_cache.cached_entries(gaz, _not_parsed) == want
    for bad in (b"", b"\x00garbage", marshal.dumps([("too", "short")])):
        for f in cache.glob("*.marshal"):
            f.write_bytes(bad)
        assert lexicon_cache.cached_entries(gaz, _parse) == want
    blocked = tmp_path / "a-file"
    blocked.write_text("not a directory")
    monkeypatch.setattr(lexicon_cache, "cache_dir", lambda: blocked / "lexicon")
    assert lexicon_cache.cached_entries(gaz, _parse) == want


def test_a_value_marshal_cannot_hold_leaves_the_file_uncached(cache: Path, tmp_path: Path) -> None:
    user = tmp_path / "dated.yaml"
    user.write_text("- {name: Contoh, type: Organization, country: 2024-01-01}\n", encoding="utf-8")
    assert lexicon_cache.cached_entries(user, _parse) == _parse(user)
    assert not list(cache.glob("*.marshal"))


_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1, max_size=12)
_opt = st.none() | _text


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(_text, st.sampled_from(["Organization", "Product", "Location"]), _opt,
                          st.lists(_text, max_size=3), _opt, _opt), min_size=1, max_size=8))
def test_random_yaml_lexicons_round_trip(cache: Path, tmp_path: Path, rows: list[tuple]) -> None:
    user = tmp_path / "random.yaml"
    user.write_text(yaml.safe_dump([{"name": n, "type": t, "category": c, "aliases": a, "country": co,
                                     "located_in": li} for n, t, c, a, co, li in rows], allow_unicode=True),
                    encoding="utf-8")
    want = _parse(user)
    assert lexicon_cache.cached_entries(user, _parse) == want  # cold: parsed and written
    assert lexicon_cache.cached_entries(user, _not_parsed) == want  # warm: read back
