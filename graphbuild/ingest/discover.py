"""Input discovery: files and folders → the input files, sorted and de-duplicated.

Walking is our own (not ``rglob``) so that a symbolic link that points back to
an ancestor folder is *reported* instead of looping or silently skipped, and
so unreadable folders or broken links become per-entry failures rather than
aborting the run. A path the user named that does not exist is a typo and
fails the whole command (``InputError``).
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Sequence
from pathlib import Path

from graphbuild.errors import InputError
from graphbuild.ingest.reader import SUPPORTED_SUFFIXES
from graphbuild.types import Failure

log = logging.getLogger(__name__)

_DirKey = tuple[int, int]


def _failure(path: Path | str, reason: str) -> Failure:
    return Failure(path=str(path), reason=reason, stage="ingest")


def discover(paths: Sequence[str | Path]) -> tuple[list[Path], list[Failure]]:
    """Input files under ``paths``: named files of any extension, supported files inside folders.

    Hidden entries inside folders are skipped; the same file reached twice
    (named twice, or via a folder and a link) is listed once.
    """
    files: list[Path] = []
    failures: list[Failure] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            reason = "broken symbolic link" if path.is_symlink() else "no such file or folder"
            raise InputError(str(path), f"{reason}; check the path")
        try:
            st = path.stat()
        except OSError as err:
            failures.append(_failure(path, f"cannot access ({err.strerror or err})"))
            continue
        if stat.S_ISDIR(st.st_mode):
            _walk(path, [(st.st_dev, st.st_ino)], set(), files, failures)
        elif stat.S_ISREG(st.st_mode):
            files.append(path)
        else:
            failures.append(_failure(path, "not a regular file (device, pipe or socket); skipped"))
    return _unique_sorted(files), failures


def _walk(folder: Path, ancestors: list[_DirKey], visited: set[_DirKey], files: list[Path],
          failures: list[Failure]) -> None:
    visited.add(ancestors[-1])
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as err:
        failures.append(_failure(folder, f"cannot list folder ({err.strerror or err}); skipped"))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            st = os.stat(entry.path)  # follows links
        except OSError as err:
            if entry.is_symlink():
                looped = getattr(err, "errno", None) == errno.ELOOP
                failures.append(_failure(path, "symbolic link loop; skipped" if looped
                                         else "broken symbolic link; skipped"))
            else:
                failures.append(_failure(path, f"cannot access ({err.strerror or err}); skipped"))
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                failures.append(_failure(path, "symbolic link loop (points back to an enclosing folder); skipped"))
            elif key in visited:
                log.debug("%s: folder already walked via another path", path)
            else:
                _walk(path, [*ancestors, key], visited, files, failures)
        elif stat.S_ISREG(st.st_mode):
            if path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            if not os.access(entry.path, os.R_OK):
                failures.append(_failure(path, "not readable (permission denied); skipped"))
                continue
            files.append(path)


def _unique_sorted(files: list[Path]) -> list[Path]:
    seen: set[str] = set()
    out: list[Path] = []
    for path in sorted(files, key=str):
        try:
            key = os.path.realpath(path)
        except OSError:
            key = str(path)
        if key not in seen:
            seen.add(key)
            out.append(path)
    return out
