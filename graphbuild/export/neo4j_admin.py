"""neo4j-admin CSV export: header + data files per label and relationship type, plus ``import.sh``.

``neo4j-admin database import full`` is the fast way to build a large Neo4j
database offline. Column types are inferred from the values (``count:long``,
``confidence:double``, ``aliases:string[]``...). Arrays use ``;`` as delimiter;
neo4j-admin has no escape for the delimiter inside an element, so if any element
contains ``;`` the whole export switches to the ASCII unit separator (and
``import.sh`` says so). Fields are CSV-quoted (``""`` for a quote) and may span
lines, hence ``--multiline-fields=true``.
"""

from __future__ import annotations

import csv
import json
import logging
import shlex
from collections import defaultdict
from pathlib import Path
from typing import Any

from graphbuild.ontology import ENTITY_LABEL, check_label, check_relationship_type
from graphbuild.types import GraphSnapshot

log = logging.getLogger(__name__)

DEFAULT_NAME = "neo4j-import"
ARRAY_DELIMITER = ";"
FALLBACK_DELIMITER = "\x1f"


def _scalar_type(v: Any) -> str:
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int):
        return "long"
    if isinstance(v, float):
        return "double"
    return "string"


def column_type(values: list[Any]) -> str:
    """The neo4j-admin type for a property given all its non-null values."""
    kinds: set[str] = set()
    is_array = False
    for v in values:
        if isinstance(v, list | tuple):
            is_array = True
            kinds.update(_scalar_type(x) for x in v if x is not None)
        elif isinstance(v, dict):
            kinds.add("string")  # maps have no neo4j-admin type: stored as JSON text
        else:
            kinds.add(_scalar_type(v))
    if kinds == {"long", "double"}:
        kinds = {"double"}
    base = kinds.pop() if len(kinds) == 1 else "string"
    return f"{base}[]" if is_array else base


def _text(v: Any, kind: str) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dict):
        return json.dumps(v, ensure_ascii=False)
    if kind == "string" and not isinstance(v, str):
        return json.dumps(v, ensure_ascii=False) if isinstance(v, list | tuple) else str(v)
    return str(v)


def _cell(v: Any, kind: str, delim: str) -> str:
    if v is None:
        return ""
    if kind.endswith("[]"):
        items = v if isinstance(v, list | tuple) else [v]
        return delim.join(_text(x, kind[:-2]) for x in items if x is not None)
    return _text(v, kind)


def _choose_delimiter(snapshot: GraphSnapshot) -> str:
    for item in [*(n.properties for n in snapshot.nodes), *(e.properties for e in snapshot.edges)]:
        for v in item.values():
            if isinstance(v, list | tuple) and any(isinstance(x, str) and ARRAY_DELIMITER in x for x in v):
                log.warning("an array element contains %r; using the unit separator as array delimiter",
                            ARRAY_DELIMITER)
                return FALLBACK_DELIMITER
    return ARRAY_DELIMITER


def _write_pair(folder: Path, stem: str, header: list[str], rows: list[list[str]]) -> tuple[Path, Path]:
    head, data = folder / f"{stem}.header.csv", folder / f"{stem}.csv"
    for path, content in ((head, [header]), (data, rows)):
        with path.open("w", encoding="utf-8", newline="") as f:
            csv.writer(f, lineterminator="\n").writerows(content)
    return head, data


def _props_columns(records: list[dict[str, Any]], skip: set[str]) -> list[tuple[str, str]]:
    values: dict[str, list[Any]] = defaultdict(list)
    for props in records:
        for k, v in props.items():
            if k not in skip and v is not None:
                values[k].append(v)
    return [(k, column_type(values[k])) for k in sorted(values)]


def write(snapshot: GraphSnapshot, dest: Path) -> list[Path]:
    """Write the CSV files and ``import.sh`` into the folder ``dest``."""
    dest.mkdir(parents=True, exist_ok=True)
    delim = _choose_delimiter(snapshot)
    written: list[Path] = []
    node_args: list[str] = []
    rel_args: list[str] = []
    groups: dict[str, list[Any]] = defaultdict(list)
    for n in snapshot.nodes:
        labels = [check_label(lab) for lab in n.labels]
        main = next((lab for lab in sorted(labels) if lab != ENTITY_LABEL), labels[0] if labels else "")
        groups[main].append(n)
    for main in sorted(groups):
        nodes = groups[main]
        cols = _props_columns([n.properties for n in nodes], {"id"})
        header = ["id:ID", *(f"{k}:{t}" for k, t in cols), ":LABEL"]
        rows = [[n.id, *(_cell(n.properties.get(k), t, delim) for k, t in cols), delim.join(sorted(n.labels))]
                for n in nodes]
        pair = _write_pair(dest, f"nodes_{main}", header, rows)
        written += pair
        node_args.append(f"--nodes={pair[0].name},{pair[1].name}")
    edges: dict[str, list[Any]] = defaultdict(list)
    for e in snapshot.edges:
        edges[check_relationship_type(e.type)].append(e)
    for rel_type in sorted(edges):
        cols = _props_columns([e.properties for e in edges[rel_type]], set())
        header = [":START_ID", ":END_ID", ":TYPE", *(f"{k}:{t}" for k, t in cols)]
        rows = [[e.source, e.target, rel_type, *(_cell(e.properties.get(k), t, delim) for k, t in cols)]
                for e in edges[rel_type]]
        pair = _write_pair(dest, f"rels_{rel_type}", header, rows)
        written += pair
        rel_args.append(f"--relationships={pair[0].name},{pair[1].name}")
    script = dest / "import.sh"
    script.write_text(import_script(node_args + rel_args, delim), encoding="utf-8")
    script.chmod(0o755)
    return [*written, script]


def import_command(args: list[str], delim: str = ARRAY_DELIMITER, database: str = "neo4j") -> str:
    """The ``neo4j-admin database import full`` command line for these file arguments."""
    delim_arg = "--array-delimiter=$'\\x1f'" if delim == FALLBACK_DELIMITER else f"--array-delimiter={shlex.quote(delim)}"
    parts = ["neo4j-admin database import full", "--id-type=string", delim_arg, "--multiline-fields=true",
             *args, database]
    return " \\\n  ".join(parts)


def import_script(args: list[str], delim: str) -> str:
    return (
        "#!/usr/bin/env bash\n"
        "# Build a Neo4j database from this graphbuild export (the database must not exist or be empty,\n"
        "# and Neo4j must be stopped):   bash import.sh [DATABASE]   (default: neo4j)\n"
        "# Then start Neo4j and apply the schema: cypher-shell -f cypher/schema.cypher\n"
        "set -euo pipefail\n"
        'cd "$(dirname "$0")"\n'
        + import_command(args, delim, '"${1:-neo4j}"') + "\n"
    )
