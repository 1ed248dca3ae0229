"""Cypher-script export: a replayable ``.cypher`` file for Neo4j (cypher-shell, Browser).

Each statement is ``UNWIND [<literal maps>] AS row MERGE/CREATE ...`` — parameterised
by ``row`` but with the rows inlined, so the script needs no ``:param`` support and
runs anywhere Neo4j Cypher does. The schema (``cypher/schema.cypher``) comes first
so the MERGEs use the unique-id indexes.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from graphbuild.errors import InputError
from graphbuild.export import target_file
from graphbuild.export.statements import write_statements
from graphbuild.store.base import Store
from graphbuild.types import GraphSnapshot

DEFAULT_NAME = "graph.cypher"
SCHEMA_FILES = (
    Path(__file__).resolve().parent.parent / "cypher" / "schema.cypher",
    Path(__file__).resolve().parent.parent.parent / "cypher" / "schema.cypher",
)
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _string(s: str) -> str:
    out = []
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif ord(ch) < 0x20:  # Neo4j reads \uXXXX; FalkorDB keeps it verbatim (rare: other C0 controls)
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def _key(k: str) -> str:
    return k if _IDENT.match(k) else "`" + k.replace("`", "``") + "`"


def cypher_literal(value: Any) -> str:
    """``value`` as a Cypher literal (strings escaped; NaN/infinity have none and become null)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else "null"
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_key(str(k))}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple | set):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    return _string(str(value))


def schema_statements() -> list[str]:
    """The Neo4j schema statements of ``cypher/schema.cypher`` (empty if not shipped)."""
    for path in SCHEMA_FILES:
        if path.is_file():
            text = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                             if not line.lstrip().startswith("//"))
            return [s.strip() for s in text.split(";") if s.strip()]
    return []


def render(snapshot: GraphSnapshot, *, include_schema: bool = True) -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines = [
        f"// graphbuild export {stamp}: {len(snapshot.nodes)} nodes, {len(snapshot.edges)} relationships",
        "// Replay into an empty Neo4j database: cypher-shell -d neo4j -f graph.cypher",
        "",
    ]
    if include_schema:
        lines += [f"{s};" for s in schema_statements()] + [""]
    for text, rows in write_statements(snapshot):
        literal = "[\n  " + ",\n  ".join(cypher_literal(r) for r in rows) + "\n]"
        lines.append(text.replace("$rows", literal, 1) + ";")
    return "\n".join(lines) + "\n"


def write(snapshot: GraphSnapshot, dest: Path) -> list[Path]:
    path = target_file(dest, DEFAULT_NAME)
    path.write_text(render(snapshot), encoding="utf-8")
    return [path]


_SCHEMA_STMT = re.compile(r"^\s*CREATE\s+(CONSTRAINT|INDEX|FULLTEXT|RANGE|TEXT)\b", re.IGNORECASE)


def read_statements(path: str | Path) -> list[str]:
    """The statements of a script written by :func:`write` (every newline in a literal is escaped,
    so a line ending in ``;`` always ends a statement)."""
    text = Path(path).read_text(encoding="utf-8")
    out: list[str] = []
    buf: list[str] = []
    for line in text.split("\n"):  # not splitlines(): U+2028 etc. may sit raw inside literals
        if not buf and (not line.strip() or line.lstrip().startswith("//")):
            continue
        buf.append(line)
        if line.rstrip().endswith(";"):
            out.append("\n".join(buf).rstrip()[:-1])
            buf = []
    if buf:
        raise InputError(str(path), "the script ends in the middle of a statement (truncated export?)")
    return out


def import_cypher(store: Store, path: str | Path) -> int:
    """Replay a Cypher export into ``store`` (the store's own schema replaces the Neo4j schema lines)."""
    store.ensure_schema()
    n = 0
    for stmt in read_statements(path):
        if _SCHEMA_STMT.match(stmt):
            continue
        store.query(stmt, write=True)
        n += 1
    return n
