"""The extractor's version moves with its rules, so a load re-extracts documents an older rule set read.

A user's ``--lexicon``/``--aliases`` files count too: a row added there must reach stored documents.

Rounds 27–31 changed the rules without bumping the hand-kept number, and a reload then reported those files
"unchanged" and kept the older facts; the version now carries a digest of the package's code and data.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

import graphbuild.extract as extract_pkg
from graphbuild import pipeline
from graphbuild.config import StoreConfig
from graphbuild.extract import EXTRACTOR_VERSION, RULES_VERSION, _rules_digest


def test_version_is_round_and_digest() -> None:
    assert re.fullmatch(rf"{re.escape(RULES_VERSION)}\+[0-9a-f]{{12}}", EXTRACTOR_VERSION)
    assert EXTRACTOR_VERSION.endswith(_rules_digest())


def _copy(tmp_path: Path) -> Path:
    root = Path(extract_pkg.__file__).parent
    out = tmp_path / "extract"
    shutil.copytree(root, out, ignore=shutil.ignore_patterns("__pycache__"))
    return out


def test_digest_moves_with_a_rule_or_a_lexicon_row(tmp_path: Path) -> None:
    copy = _copy(tmp_path)
    same = _rules_digest(copy)
    assert same == _rules_digest()  # where the package lies does not matter, only what it holds
    (copy / "__pycache__").mkdir()
    (copy / "__pycache__" / "x.cpython-311.pyc").write_bytes(b"\0")
    assert _rules_digest(copy) == same  # byte-code caches are no rule
    cues = copy / "data" / "cues.yaml"
    cues.write_text(cues.read_text(encoding="utf-8") + "\n# a user's note\n", encoding="utf-8")
    changed = _rules_digest(copy)
    assert changed != same
    rule = next(p for p in sorted(copy.rglob("*.py")) if p.name != "__init__.py")
    rule.write_text(rule.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert _rules_digest(copy) not in (same, changed)


def test_reload_after_new_rules_reextracts(store_config: StoreConfig, seeds_dir: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    first = pipeline.load([seeds_dir], store_config)
    assert len(first.loaded) == 5
    assert len(pipeline.load([seeds_dir], store_config).unchanged) == 5  # same rules: nothing to do
    monkeypatch.setattr(extract_pkg, "EXTRACTOR_VERSION", f"{RULES_VERSION}+{'0' * 12}")
    again = pipeline.load([seeds_dir], store_config)
    assert sorted(again.loaded) == sorted(first.loaded) and again.unchanged == []


LEXICON_ROW = "- name: Gerakan Ketahanan Kesehatan Nasional\n  type: Program\n  aliases: [ketahanan kesehatan nasional]\n"


def test_load_version_carries_the_users_files(tmp_path: Path) -> None:
    """A user's lexicon or alias file changes what a document yields, so it is part of the stored version."""
    assert pipeline.load_version() == EXTRACTOR_VERSION
    lex = tmp_path / "mine.yaml"
    lex.write_text(LEXICON_ROW, encoding="utf-8")
    with_lex = pipeline.load_version([lex])
    assert with_lex.startswith(EXTRACTOR_VERSION + "+user.") and with_lex != EXTRACTOR_VERSION
    moved = tmp_path / "elsewhere" / "theirs.yaml"
    moved.parent.mkdir()
    shutil.copy(lex, moved)
    assert pipeline.load_version([moved]) == with_lex  # the contents count, not the name or place
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("merge: []\n", encoding="utf-8")
    assert pipeline.load_version([lex], aliases) not in (with_lex, pipeline.load_version([], aliases))
    # the same bytes as a lexicon or as an alias file are different inputs
    assert pipeline.load_version([aliases]) != pipeline.load_version([], aliases)
    lex.write_text(LEXICON_ROW + "- name: Contoh Farma\n  type: Organization\n", encoding="utf-8")
    assert pipeline.load_version([lex]) != with_lex


def test_missing_user_file_stops_before_the_store(store_config: StoreConfig, seeds_dir: Path, tmp_path: Path) -> None:
    from graphbuild.errors import ConfigError

    assert len(pipeline.load([seeds_dir], store_config).loaded) == 5
    with pytest.raises(ConfigError, match=r"lexicon file .*nowhere\.yaml"):
        pipeline.load([seeds_dir], store_config, lexicon_files=[tmp_path / "nowhere.yaml"], force=True)
    assert len(pipeline.load([seeds_dir], store_config).unchanged) == 5  # what was loaded is untouched


def test_reload_after_a_new_lexicon_row_reextracts(store_config: StoreConfig, seeds_dir: Path, tmp_path: Path) -> None:
    lex = tmp_path / "mine.yaml"
    lex.write_text("- name: Contoh Farma\n  type: Organization\n", encoding="utf-8")
    assert len(pipeline.load([seeds_dir], store_config, lexicon_files=[lex]).loaded) == 5
    assert len(pipeline.load([seeds_dir], store_config, lexicon_files=[lex]).unchanged) == 5
    lex.write_text(lex.read_text(encoding="utf-8") + LEXICON_ROW, encoding="utf-8")
    again = pipeline.load([seeds_dir], store_config, lexicon_files=[lex])
    assert len(again.loaded) == 5 and again.unchanged == []
    from graphbuild.store import open_store

    with open_store(store_config) as store:
        found = store.query("MATCH (p:Program {name: $n}) RETURN count(p) AS n",  # type: ignore[attr-defined]
                            {"n": "Gerakan Ketahanan Kesehatan Nasional"})
    assert found.rows == [[1]]  # the new row's entity is in the graph, not only the version
