"""Token flags for lines whose capitals say nothing about names, for ``tokenize``.

Headlines capitalise every word, furniture lines ("BACA JUGA: …") and title-case quotations (talk
titles, themes) hold capitalised words that are no entity; the extractors skip masked tokens and
read headline tokens with care.
"""

from __future__ import annotations

from itertools import compress
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from graphbuild.extract.entities.tokens import Tokens

_QUOTES = frozenset({"“", '"'})
_HEADLINE_LINES = 3  # headlines sit in the first few non-empty lines


_BULLETS = frozenset({"-", "*", "\u2022", "\u2013"})


def headlines(t: Tokens) -> list[bool]:
    """Flag Title Case lines among the first few lines: headlines capitalise every word, so
    capitalisation there says nothing about where a name starts or ends."""
    n = len(t.words)
    flags = [False] * n
    lines = 0
    i = 0
    while i < n and lines < _HEADLINE_LINES:
        j = i + 1
        while j < n and not t.newline_before[j]:
            j += 1
        lines += 1
        alpha = [w for w in t.words[i:j] if w[0].isalpha() and len(w) >= 4]
        if len(alpha) >= 3 and sum(1 for w in alpha if w[0].isupper()) >= 0.75 * len(alpha) and t.words[j - 1] != "." \
                and t.words[i] not in _BULLETS:  # "- PT Sinar Obat Jaya": a list item in a short text, not a headline
            for k in range(i, j):
                flags[k] = True
        i = j
    return flags


def _whole_prefix(line: str, prefixes: tuple[str, ...]) -> bool:
    """"Follow us" is furniture, "Following approval, ..." is a sentence: the prefix must end a word."""
    return any(
        line.startswith(p) and (len(line) == len(p) or not p[-1].isalnum() or not line[len(p)].isalnum()) for p in prefixes
    )


def mask(t: Tokens, furniture: tuple[str, ...]) -> list[bool]:
    """Mask furniture lines ("BACA JUGA: ...") and title-case quotations (talk titles, themes)."""
    n = len(t.words)
    masked = [False] * n
    text = t.text
    # only line starts and quote marks can begin a masked run: visit just those tokens
    cands = sorted({0, *compress(range(n), t.newline_before), *t.where(_QUOTES)}) if n else []
    i = 0
    for c in cands:
        if c < i:
            continue
        i = c
        if i == 0 or t.newline_before[i]:
            line_end = text.find("\n", t.starts[i])
            line = text[t.starts[i] : line_end if line_end >= 0 else len(text)]
            if line.startswith(furniture) and _whole_prefix(line, furniture):
                j = i
                while j < n and (j == i or not t.newline_before[j]):
                    masked[j] = True
                    j += 1
                i = j
                continue
        # a straight quote glued to the previous word closes a quotation; it never opens one
        opener = t.words[i] == "“" or (t.words[i] == '"' and (i == 0 or t.starts[i] == 0 or text[t.starts[i] - 1].isspace()))
        if opener:
            j = i + 1
            while j < n and t.words[j] not in ("”", '"') and j - i < 40 and not t.newline_before[j]:
                j += 1
            if j < n and t.words[j] in ("”", '"') and not t.newline_before[j]:
                inner = [w for w in t.words[i + 1 : j] if w[0].isalpha()]
                if inner and sum(1 for w in inner if w[0].isupper()) >= 0.6 * len(inner):
                    for k in range(i, j + 1):
                        masked[k] = True
                    i = j + 1
                    continue
        i += 1
    return masked
