"""One tokenisation of the document shared by every extractor.

Extractors work on token indices rather than re-scanning the text with many
regexes, which is what keeps extraction within a few milliseconds per article.
A token is a word (letters/digits with inner ``-/&'’.``) or one punctuation mark.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from graphbuild.extract.entities.cues import Cues, cues

_TOKEN = re.compile(r"[^\W_][\w’'\-/&]*(?:\.[^\W_][\w’'\-/&]*)*|[^\w\s]")


def is_cap(t: str) -> bool:
    return t[:1].isupper()


def is_acronym(t: str) -> bool:
    """ALL-CAPS word of 2+ letters, possibly with digits or a slash ("PIC/S"; not "G2", "BGSi")."""
    if len(t) < 2 or not t.isupper():
        return False
    return (t[0].isalpha() and t[1].isalpha()) or sum(1 for c in t if c.isalpha()) >= 2


_PHRASE_INDEX: dict[int, tuple[tuple[tuple[str, ...], ...], dict[str, list[tuple[str, ...]]]]] = {}


def _phrase_index(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases grouped by first word, longest first; built once per phrase list."""
    hit = _PHRASE_INDEX.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    index: dict[str, list[tuple[str, ...]]] = {}
    for ph in sorted(phrases, key=len, reverse=True):
        index.setdefault(ph[0], []).append(ph)
    _PHRASE_INDEX[id(phrases)] = (phrases, index)
    return index


@dataclass
class Tokens:
    text: str
    starts: list[int]
    ends: list[int]
    words: list[str]
    newline_before: list[bool]
    masked: list[bool] = field(default_factory=list)  # inside furniture lines or title-case quotes
    cue: Cues = field(default_factory=cues)

    def __len__(self) -> int:
        return len(self.words)

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.starts[i] : self.ends[j - 1]]

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def joined(self, i: int, j: int) -> bool:
        """Whether tokens i..j-1 sit on one line (names never cross a line break)."""
        return not any(self.newline_before[k] for k in range(i + 1, j))

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def match_phrase(self, i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
        """Length of the longest phrase (token tuple) starting at token i, 0 if none."""
        cands = _phrase_index(phrases).get(self.words[i]) if i < len(self.words) else None
        for ph in cands or ():
            n = len(ph)
            if tuple(self.words[i : i + n]) == ph and self.joined(i, i + n):
                return n
        return 0


def tokenize(text: str, furniture: tuple[str, ...] = ()) -> Tokens:
    starts: list[int] = []
    ends: list[int] = []
    words: list[str] = []
    nl: list[bool] = []
    prev = 0
    next_nl = text.find("\n")
    for m in _TOKEN.finditer(text):
        s = m.start()
        starts.append(s)
        ends.append(m.end())
        words.append(m.group())
        if 0 <= next_nl < s:
            nl.append(next_nl >= prev)
            next_nl = text.find("\n", s)
        else:
            nl.append(False)
        prev = m.end()
    toks = Tokens(text, starts, ends, words, nl)
    toks.masked = _mask(toks, furniture or toks.cue.furniture_prefixes)
    return toks


def _mask(t: Tokens, furniture: tuple[str, ...]) -> list[bool]:
    """Mask furniture lines ("BACA JUGA: ...") and title-case quotations (talk titles, themes)."""
    n = len(t.words)
    masked = [False] * n
    text = t.text
    i = 0
    while i < n:
        if i == 0 or t.newline_before[i]:
            line_end = text.find("\n", t.starts[i])
            line = text[t.starts[i] : line_end if line_end >= 0 else len(text)]
            if line.startswith(furniture):
                j = i
                while j < n and (j == i or not t.newline_before[j]):
                    masked[j] = True
                    j += 1
                i = j
                continue
        if t.words[i] in ("“", '"'):
            j = i + 1
            while j < n and t.words[j] not in ("”", '"') and j - i < 40 and not t.newline_before[j]:
                j += 1
            if j < n and t.words[j] in ("”", '"'):
                inner = [w for w in t.words[i + 1 : j] if w[0].isalpha()]
                if inner and sum(1 for w in inner if w[0].isupper()) >= 0.6 * len(inner):
                    for k in range(i, j + 1):
                        masked[k] = True
                    i = j + 1
                    continue
        i += 1
    return masked
