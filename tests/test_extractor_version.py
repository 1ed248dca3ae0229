"""The extractor's version moves with its rules, so a load re-extracts documents an older rule set read.

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
