"""Check Cypher text with Neo4j's own parser (``@neo4j-cypher/language-support``).

The store never needs Node; only tests do. FalkorDB accepts a looser dialect
than Neo4j, so anything we ship as "Neo4j Cypher" (the schema, the saved
queries, the exported script) is checked here against Neo4j's grammar.

Set up once with ``npm ci --prefix tests/cypher_parser``. Outside CI a missing
parser skips the calling test; with ``CI=true`` it fails it, so CI cannot go
green without actually parsing.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

PARSER_DIR = Path(__file__).resolve().parent / "cypher_parser"
CHECK_SCRIPT = PARSER_DIR / "check.mjs"
INSTALL_HINT = "run `npm ci --prefix tests/cypher_parser` (needs Node >= 18.18)"


def _in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def parser_missing_reason() -> str | None:
    """Why the parser cannot run here, or None when it can."""
    if shutil.which("node") is None:
        return f"node is not installed; install Node.js and {INSTALL_HINT}"
    if not (PARSER_DIR / "node_modules" / "@neo4j-cypher" / "language-support").is_dir():
        return f"Neo4j's Cypher parser is not installed: {INSTALL_HINT}"
    return None


def require_parser() -> None:
    """Skip the calling test if the parser is missing, or fail it when running in CI."""
    reason = parser_missing_reason()
    if reason is None:
        return
    if _in_ci():
        pytest.fail(f"CI=true but {reason}", pytrace=False)
    pytest.skip(reason)


def diagnostics(statements: list[str]) -> list[list[dict[str, object]]]:
    """Per statement, the parser's error diagnostics (one ``node`` run for all)."""
    require_parser()
    if not statements:
        return []
    proc = subprocess.run(
        ["node", str(CHECK_SCRIPT)],
        input=json.dumps(statements),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"Cypher parser check failed (exit {proc.returncode}): {proc.stderr.strip()[-2000:]}")
    result = json.loads(proc.stdout)
    if len(result) != len(statements):
        raise RuntimeError(f"parser returned {len(result)} results for {len(statements)} statements")
    return result


def syntax_errors(statements: list[str]) -> list[str]:
    """Every error Neo4j's parser reports, as ``"#<i> line:col message | <statement start>"``.

    An empty list means every statement is valid Neo4j Cypher.
    """
    out: list[str] = []
    for i, (stmt, diags) in enumerate(zip(statements, diagnostics(statements), strict=True)):
        head = " ".join(stmt.split())[:80]
        for d in diags:
            out.append(f"#{i} {d['line']}:{d['column']} {d['message']} | {head}")
    return out


_LINE_COMMENT = re.compile(r"//[^\n]*")


def strip_comments(text: str) -> str:
    """Remove ``//`` line comments that are not inside a string literal."""
    out: list[str] = []
    i, n = 0, len(text)
    quote: str | None = None
    while i < n:
        c = text[i]
        if quote:
            out.append(c)
            if c == "\\" and i + 1 < n:
                out.append(text[i + 1])
                i += 2
                continue
            if c == quote:
                quote = None
        elif c in "'\"`":
            quote = c
            out.append(c)
        elif text.startswith("//", i):
            m = _LINE_COMMENT.match(text, i)
            assert m is not None
            i = m.end()
            continue
        else:
            out.append(c)
        i += 1
    return "".join(out)


def split_statements(text: str) -> list[str]:
    """The statements of a ``.cypher`` file: comments stripped, split on ``;`` outside strings."""
    body = strip_comments(text)
    parts: list[str] = []
    buf: list[str] = []
    quote: str | None = None
    i = 0
    while i < len(body):
        c = body[i]
        if quote:
            buf.append(c)
            if c == "\\" and i + 1 < len(body):
                buf.append(body[i + 1])
                i += 2
                continue
            if c == quote:
                quote = None
        elif c in "'\"`":
            quote = c
            buf.append(c)
        elif c == ";":
            parts.append("".join(buf))
            buf = []
        else:
            buf.append(c)
        i += 1
    parts.append("".join(buf))
    return [p.strip() for p in parts if p.strip()]
