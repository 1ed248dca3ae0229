"""Analyst alias file: corrections the rules cannot know.

Format (YAML)::

    merge:                      # these become one entity
      - name: Kalbe Group       # a surface form (any type) ...
        into: organization:kalbe-farma        # ... or an id, merged into this id
      - id: person:prof-taruna
        into: person:taruna-ikrar
    split:                      # surface forms that must NOT take a lexicon entry's id
      - BPOM Kota               # keeps its own id, built from its own name

``merge`` entries need ``into`` plus ``id`` or ``name``; ``name`` matches an
entity's name or alias after normalisation. ``split`` is a list of surface forms.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from graphbuild.errors import ConfigError
from graphbuild.extract.lexicon import YAML_LOADER, normalize


@dataclass(frozen=True)
class AliasRules:
    merge_ids: dict[str, str] = field(default_factory=dict)  # id -> id
    merge_names: dict[str, str] = field(default_factory=dict)  # normalised surface -> id
    split: frozenset[str] = frozenset()  # normalised surfaces

    @classmethod
    def load(cls, path: Path | None) -> AliasRules:
        if path is None:
            return cls()
        try:
            data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=YAML_LOADER) or {}
        except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read alias file {path}: {exc}; fix it or leave out --aliases") from exc
        if not isinstance(data, dict):
            raise ConfigError(f"alias file {path} must be a mapping with 'merge' and/or 'split' lists")
        ids: dict[str, str] = {}
        names: dict[str, str] = {}
        for i, rec in enumerate(data.get("merge") or []):
            if not isinstance(rec, dict) or not rec.get("into") or not (rec.get("id") or rec.get("name")):
                raise ConfigError(f"alias file {path}: merge entry {i + 1} needs 'into' and 'id' or 'name'")
            if rec.get("id"):
                ids[str(rec["id"])] = str(rec["into"])
            if rec.get("name"):
                names[normalize(str(rec["name"]))] = str(rec["into"])
        split = data.get("split") or []
        if not isinstance(split, list):
            raise ConfigError(f"alias file {path}: 'split' must be a list of surface forms")
        return cls(ids, names, frozenset(normalize(str(s)) for s in split))
