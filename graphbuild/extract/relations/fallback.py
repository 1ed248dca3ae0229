"""Sentences for when the caller gives none: lines cut at full stops, abbreviations kept whole.

Why a module of its own: the relation rules never need it once the splitter ran, and
``common`` stays small enough to read in one sitting.
"""

from __future__ import annotations

import re

from graphbuild.types import Sentence

_ABBREV = re.compile(r"(?:\b(?:Prof|Dr|dr|drg|Ir|Drs|Dra|apt|Apt|H|Hj|St|No|Jl|Mr|Mrs|Ms|Sdr|Tbk|vs|dll|dkk|[A-Z])\.)$")


def fallback_sentences(text: str) -> list[Sentence]:
    """Line- and full-stop-based sentences, for when no splitter output is given."""
    out: list[Sentence] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in re.finditer(r"(?<=[.!?])[\"\u201d']?\s+(?=[A-Z\u201c\"(])", line.group()):
            cut = line.start() + m.start()
            if _ABBREV.search(text[start:cut]):
                continue
            _add(out, text, start, cut)
            start = line.start() + m.end()
        _add(out, text, start, line.end())
    return out


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, text[start:end]))
