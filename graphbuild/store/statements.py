"""Cypher statements, loaded by name from ``store/cypher/<dialect>/`` (else ``common/``).

Templates hold only placeholders for labels and relationship types, and those are
filled exclusively from the ontology whitelists, backtick-quoted. Every value is a
query parameter, so no document text can ever become Cypher.

Placeholders: ``{{label}}`` / ``{{type}}`` (backtick-quoted) and ``{{label_name}}`` /
``{{type_name}}`` (the bare whitelisted word, for use inside a quoted index name).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from graphbuild.ontology import ALL_NODE_LABELS, ALL_RELATIONSHIP_TYPES, check_label, check_relationship_type

CYPHER_DIR = Path(__file__).resolve().parent / "cypher"
DIALECTS = ("neo4j", "falkordb")
_PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")


@functools.cache
def _template(name: str, dialect: str) -> str:
    if dialect not in DIALECTS:
        raise ValueError(f"unknown Cypher dialect {dialect!r}")
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise ValueError(f"bad statement name {name!r}")
    for folder in (dialect, "common"):
        path = CYPHER_DIR / folder / f"{name}.cypher"
        if path.is_file():
            lines = path.read_text(encoding="utf-8").splitlines()
            return "\n".join(ln for ln in lines if not ln.lstrip().startswith("//")).strip()
    raise ValueError(f"no Cypher statement {name!r} for {dialect}")


def placeholders(name: str, dialect: str) -> set[str]:
    """The placeholder names a template uses (``label``, ``type``, ...)."""
    return set(_PLACEHOLDER.findall(_template(name, dialect)))


def load(name: str, dialect: str, *, label: str | None = None, rel_type: str | None = None) -> str:
    """Statement ``name`` for ``dialect`` with whitelisted ``label`` / ``rel_type`` filled in."""
    values: dict[str, str] = {}
    if label is not None:
        check_label(label)
        values["label"], values["label_name"] = f"`{label}`", label
    if rel_type is not None:
        check_relationship_type(rel_type)
        values["type"], values["type_name"] = f"`{rel_type}`", rel_type

    def fill(match: re.Match[str]) -> str:
        key = match.group(1)
        if key not in values:
            raise ValueError(f"statement {name!r} needs {key!r}")
        return values[key]

    return _PLACEHOLDER.sub(fill, _template(name, dialect))


def names(dialect: str) -> list[str]:
    """Every statement name available to ``dialect``."""
    found = {p.stem for folder in (dialect, "common") for p in (CYPHER_DIR / folder).glob("*.cypher")}
    return sorted(found)


def render_all(dialect: str) -> list[str]:
    """Every statement the backend can send: each template × each whitelisted label/type."""
    out: list[str] = []
    for name in names(dialect):
        used = placeholders(name, dialect)
        labels = ALL_NODE_LABELS if used & {"label", "label_name"} else (None,)
        types = ALL_RELATIONSHIP_TYPES if used & {"type", "type_name"} else (None,)
        out.extend(load(name, dialect, label=lab, rel_type=typ) for lab in labels for typ in types)
    return out
