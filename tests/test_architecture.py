"""The layout's promises, checked: data flows one way and only store/ imports drivers."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parent.parent / "graphbuild"


def test_import_contracts_hold(repo_root: Path) -> None:
    exe = shutil.which("lint-imports")
    if exe is None:
        pytest.fail("lint-imports (import-linter) is not installed; pip install '.[test]'")
    proc = subprocess.run([exe], cwd=repo_root, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_modules_stay_small() -> None:
    """One module per stage implementation, each under ~300 lines (data files excluded)."""
    big = {str(p.relative_to(PKG)): n for p in PKG.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > 400}
    assert not big, f"modules over 400 lines, split them: {big}"


def test_no_module_constant_is_assigned_twice() -> None:
    """A rule table or pattern defined twice in one module silently replaces the first (a moved rule's
    ``_SESSION`` once shadowed another rule's in ``event_speakers``): every module-level constant is bound once."""
    twice = []
    for p in PKG.rglob("*.py"):
        seen: dict[str, int] = {}
        for node in ast.parse(p.read_text(encoding="utf-8")).body:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            for t in targets:
                if isinstance(t, ast.Name) and t.id.lstrip("_")[:1].isupper() and t.id.lstrip("_").upper() == t.id.lstrip("_"):
                    if t.id in seen:
                        twice.append(f"{p.relative_to(PKG)}:{seen[t.id]} and :{node.lineno} bind {t.id}")
                    seen[t.id] = node.lineno
    assert not twice, twice


def test_no_print_in_library_code() -> None:
    offenders = []
    for p in PKG.rglob("*.py"):
        if "cli" in p.parts:
            continue
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
                offenders.append(f"{p.relative_to(PKG)}:{node.lineno}")
    assert not offenders, offenders


def test_cli_help_lists_every_command() -> None:
    proc = subprocess.run([sys.executable, "-m", "graphbuild", "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    for cmd in ("load", "extract", "evaluate", "query", "queries", "stats", "remove", "server", "analyze", "viz",
                "export"):
        assert cmd in proc.stdout


def test_every_data_file_is_package_data(repo_root: Path) -> None:
    """An installed graphbuild must carry every data file the source tree uses (lexicons, gazetteer, Cypher)."""
    import configparser
    from fnmatch import fnmatch

    cfg = configparser.ConfigParser()
    cfg.read(repo_root / "setup.cfg")
    globs = [g.strip() for g in cfg["options.package_data"]["graphbuild"].split("\n") if g.strip()]
    missing = []
    for p in PKG.rglob("*"):
        if p.is_dir() or p.suffix in (".py", ".pyc") or "__pycache__" in p.parts:
            continue
        rel = p.relative_to(PKG).as_posix()
        if not any(fnmatch(rel, g) and rel.count("/") == g.count("/") for g in globs):
            missing.append(rel)
    assert not missing, f"not in setup.cfg [options.package_data]: {missing}"
