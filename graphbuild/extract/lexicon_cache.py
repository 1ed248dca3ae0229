"""On-disk cache of parsed lexicon files: every process (each ``--jobs`` worker, each command)
otherwise parses ~200 KB of YAML and TSV again, ≈ 50 ms of its ≈ 1 s start-up.

One file per lexicon path under the user cache dir, holding that file's entries as plain
tuples (``marshal``: no code runs on load). It is used only when its key matches: the
lexicon file's bytes, the source of the code that parses and checks it (``lexicon.py``,
``ontology.py``) and the interpreter. A cache that cannot be read, written or trusted is ignored: the file is parsed
as if there were none, so the cache can only save time, never change the lexicon.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

if TYPE_CHECKING:
    from graphbuild.extract.lexicon import LexEntry

_FORMAT = b"lexicon-cache 1"


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir("graphbuild", appauthor=False)) / "lexicon"


@functools.lru_cache(maxsize=1)
def _parser_digest() -> bytes:
    import graphbuild.extract.lexicon as lexicon_module
    import graphbuild.ontology as ontology_module  # the labels and categories a file is checked against

    digest = hashlib.sha256()
    for module in (lexicon_module, ontology_module):
        digest.update(Path(module.__file__).read_bytes())
    return digest.digest()


def cached_entries(path: Path, parse: Callable[[Path], list[LexEntry]]) -> list[LexEntry]:
    """``parse(path)``, or the same entries read back from the cache."""
    from graphbuild.extract.lexicon import LexEntry

    try:
        content = path.read_bytes()
    except OSError:
        return parse(path)  # the parser reports the unreadable file
    key = hashlib.sha256(b"\0".join((_FORMAT, sys.implementation.cache_tag.encode(), _parser_digest(),
                                     content))).hexdigest()
    stem = hashlib.sha256(os.fsencode(path.resolve())).hexdigest()[:16]
    where = cache_dir() / f"{stem}-{key[:32]}.marshal"
    try:
        rows = marshal.loads(where.read_bytes())
        if type(rows) is list and all(type(r) is tuple and len(r) == 6 for r in rows):
            return [LexEntry(*r) for r in rows]
    except (OSError, ValueError, EOFError, TypeError):
        pass  # none yet, or unreadable: parse and write it again
    entries = parse(path)
    _write(where, stem, entries)
    return entries


def _write(where: Path, stem: str, entries: list[LexEntry]) -> None:
    """Atomically (a temporary file renamed into place), replacing this path's older caches."""
    rows = [(e.name, e.type, e.category, e.aliases, e.country, e.located_in) for e in entries]
    try:
        data = marshal.dumps(rows)
    except ValueError:
        return  # a value marshal cannot hold (a YAML date, say): leave this file uncached
    try:
        where.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=where.parent, prefix=f".{stem}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, where)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        for old in where.parent.glob(f"{stem}-*.marshal"):
            if old != where:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only or full cache dir costs the next process a parse, nothing more
