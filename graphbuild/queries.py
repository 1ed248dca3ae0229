"""The saved-query library: the analyst questions in ``cypher/queries/*.cypher``.

Each file is plain Neo4j Cypher (so it can be pasted into Neo4j Browser) with a
comment header the CLI reads::

    // name: visits
    // description: Who visited whom or where, and when.
    // param: since (date string, e.g. 2025-01-01) default null

A ``param`` without ``default`` is required. Parameter values given on the
command line are typed by what the header says the parameter is (a date stays a
string even when it looks like ``2025``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphbuild.config import StoreConfig
from graphbuild.errors import QueryError
from graphbuild.types import QueryResult

_PACKAGE_DIR = Path(__file__).resolve().parent
# Installed: graphbuild/cypher (a symlink to the top-level cypher/ in the repo, shipped as package data).
QUERY_DIRS: tuple[Path, ...] = (
    _PACKAGE_DIR / "cypher" / "queries",
    _PACKAGE_DIR.parent / "cypher" / "queries",
)

_HEADER = re.compile(r"^\s*//\s*(name|description|param)\s*:\s*(.*?)\s*$", re.IGNORECASE)
_PARAM = re.compile(r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*(?:\((?P<desc>.*)\))?\s*(?:default\s+(?P<default>.+))?$")
_EXAMPLE = re.compile(r"\be\.g\.\s*(.+)$")
_INT = re.compile(r"^[+-]?\d+$")
_FLOAT = re.compile(r"^[+-]?(\d+\.\d*|\.\d+|\d+(\.\d*)?[eE][+-]?\d+)$")


@dataclass(frozen=True, slots=True)
class QueryParam:
    name: str
    description: str = ""
    default: Any = None
    required: bool = False
    example: str | None = None  # the "e.g." value from the header, as written

    @property
    def kind(self) -> str:
        """``int``, ``float``, ``bool``, ``list`` or ``str``: how command-line values are typed."""
        d = self.description.lower()
        for word, kind in (("integer", "int"), ("int ", "int"), ("number", "float"), ("float", "float"),
                           ("bool", "bool"), ("list", "list")):
            if d.startswith(word) or f" {word}" in f" {d}":
                return kind
        return "str"


@dataclass(frozen=True, slots=True)
class SavedQuery:
    name: str
    description: str
    params: list[QueryParam] = field(default_factory=list)
    text: str = ""
    path: Path | None = None

    def param(self, name: str) -> QueryParam | None:
        return next((p for p in self.params if p.name == name), None)

    def example_params(self) -> dict[str, Any]:
        """Every parameter set to its header example (defaults where there is none)."""
        out: dict[str, Any] = {}
        for p in self.params:
            out[p.name] = typed_value(p.example, p.kind) if p.example is not None else p.default
        return out


def query_dir() -> Path:
    """The first existing saved-query folder (installed package data, then the repo)."""
    for d in QUERY_DIRS:
        if d.is_dir():
            return d
    raise QueryError(f"no saved-query folder found (looked in {', '.join(str(d) for d in QUERY_DIRS)}); "
                     "reinstall graphbuild or run from the repository")


def parse_query_file(path: Path) -> SavedQuery:
    """Read one ``.cypher`` file and its header."""
    text = path.read_text(encoding="utf-8")
    name, description, params = path.stem, "", []
    for line in text.splitlines():
        m = _HEADER.match(line)
        if m is None:
            if line.strip() and not line.strip().startswith("//"):
                break  # header ends at the first Cypher line
            continue
        key, value = m.group(1).lower(), m.group(2)
        if key == "name":
            name = value
        elif key == "description":
            description = value
        else:
            params.append(_parse_param(value, path))
    return SavedQuery(name=name, description=description, params=params, text=text, path=path)


def _parse_param(value: str, path: Path) -> QueryParam:
    m = _PARAM.match(value)
    if m is None:
        raise QueryError(f"{path}: cannot read parameter header {value!r}; "
                         "write it as `// param: NAME (description, e.g. EXAMPLE) default VALUE`")
    desc = (m.group("desc") or "").strip()
    ex = _EXAMPLE.search(desc)
    example = ex.group(1).strip() if ex else None
    param = QueryParam(m.group("name"), desc, None, True, example)
    raw_default = m.group("default")
    if raw_default is None:
        return param
    return QueryParam(param.name, desc, typed_value(raw_default.strip(), param.kind), False, example)


def list_queries() -> list[SavedQuery]:
    """Every saved query, sorted by name."""
    return sorted((parse_query_file(p) for p in query_dir().glob("*.cypher")), key=lambda q: q.name)


def get_query(name: str) -> SavedQuery:
    """The saved query called ``name`` (file stem or header name)."""
    queries = list_queries()
    for q in queries:
        if name in (q.name, q.path.stem if q.path else None):
            return q
    known = ", ".join(q.name for q in queries)
    raise QueryError(f"no saved query named {name!r}; known: {known} (see `graphbuild queries`)")


def typed_value(raw: str, kind: str | None = None) -> Any:
    """A command-line string as a Cypher parameter value.

    ``null`` is always None. With ``kind`` (from a saved query header) the value
    is converted to that type; without it ints, floats, booleans and JSON
    lists/objects are recognised and anything else stays a string.
    """
    s = raw.strip()
    if s.lower() in {"null", "none"}:
        return None
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "'\"":
        return s[1:-1]
    if kind == "str":
        return raw
    if kind in (None, "list") and s[:1] in "[{":
        try:
            return json.loads(s)
        except json.JSONDecodeError as err:
            raise QueryError(f"cannot read {raw!r} as JSON ({err}); quote it to pass a string") from err
    if kind == "list":
        return [part.strip() for part in s.split(",") if part.strip()]
    if kind in (None, "bool") and s.lower() in {"true", "false"}:
        return s.lower() == "true"
    if kind in (None, "int", "float") and _INT.match(s):
        return float(s) if kind == "float" else int(s)
    if kind in (None, "float", "int") and _FLOAT.match(s):
        return float(s)
    if kind in ("int", "float", "bool"):
        raise QueryError(f"{raw!r} is not a valid {kind} value")
    return raw


def parse_params(pairs: list[str] | tuple[str, ...], saved: SavedQuery | None = None) -> dict[str, Any]:
    """Turn ``["k=v", ...]`` into query parameters.

    With a saved query: values are typed by its header, defaults fill the gaps,
    and unknown or missing required parameters are errors (naming what to pass).
    """
    given: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise QueryError(f"parameter {pair!r} must look like NAME=VALUE, e.g. since=2025-01-01")
        given[key] = value
    if saved is None:
        return {k: typed_value(v) for k, v in given.items()}
    unknown = sorted(set(given) - {p.name for p in saved.params})
    if unknown:
        accepted = ", ".join(p.name for p in saved.params) or "none"
        raise QueryError(f"query {saved.name!r} has no parameter {', '.join(unknown)}; it accepts: {accepted}")
    out: dict[str, Any] = {}
    missing: list[str] = []
    for p in saved.params:
        if p.name in given:
            out[p.name] = typed_value(given[p.name], p.kind)
        elif p.required:
            missing.append(f"--param {p.name}={p.example or '...'}")
        else:
            out[p.name] = p.default
    if missing:
        raise QueryError(f"query {saved.name!r} needs {' '.join(missing)}")
    return out


def run_query(
    config: StoreConfig,
    cypher: str | None = None,
    *,
    name: str | None = None,
    params: list[str] | tuple[str, ...] = (),
    write: bool = False,
) -> QueryResult:
    """Run ad-hoc Cypher or the saved query ``name`` (with ``k=v`` params) on the configured store."""
    from graphbuild.store import open_store  # lazy: listing queries needs no driver

    if (cypher is None) == (name is None):
        raise QueryError("give either a Cypher query or --name of a saved query (see `graphbuild queries`)")
    saved = get_query(name) if name is not None else None
    text = saved.text if saved is not None else str(cypher)
    values = parse_params(params, saved)
    with open_store(config) as store:
        return store.query(text, values, write=write)
