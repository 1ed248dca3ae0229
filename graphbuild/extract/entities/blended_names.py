"""A short name blended from the first letters of the long name's words: "NusaBio" for PT Nusa Bioteknika Indonesia,
"KalGen" for PT Kalimantan Genetika, "BioNusa" for PT Bio Nusantara Farma. Press releases define it in quotes after
the long name ('PT Nusa Bioteknika Indonesia ("NusaBio" or "the Company")'); each capitalised part of the short
name must open one word of the long name, in order and without a gap.
"""

from __future__ import annotations

import re

_PARTS = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])")


def blended(short: str, words: list[str]) -> bool:
    """Whether ``short`` joins the openings of consecutive ``words`` ("NusaBio" ~ "Nusa Bioteknika")."""
    parts = _PARTS.findall(short)
    if len(parts) < 2 or "".join(parts) != short:
        return False
    low = [w.casefold() for w in words]
    for i in range(len(low) - len(parts) + 1):
        if all(low[i + k].startswith(p.casefold()) and len(p) >= 2 for k, p in enumerate(parts)):
            return True
    return False


def fused(short: str, words: list[str] | tuple[str, ...]) -> bool:
    """Whether one capitalised word with no inner capital fuses the openings of two or three consecutive ``words``
    ("Nusabio" ~ "Nusantara Biologi", "Grafarma" ~ "Graha Farmasindo", "Selbio" ~ "Selaras Bioteknologi").

    Why: Indonesian firms coin such names and the news writes them lower-case after the first letter, so the
    capitals ``blended`` splits on are missing; each piece must be three letters or more to keep chance fits out.
    """
    if len(short) < 5 or not short.isalpha() or not short[0].isupper() or not short[1:].islower():
        return False
    low = short.casefold()
    head = low[:3]
    if not any(w[:3].casefold() == head for w in words[:-1]):
        return False  # (most words fit no name: its first piece must open one of them)
    cores = [w.casefold() for w in words if w.isalpha()]
    return any(cores[i].startswith(head) and _fits(low, cores, i, 0) for i in range(len(cores) - 1))


def _fits(rest: str, cores: list[str], i: int, used: int) -> bool:
    if not rest:
        return used >= 2
    if i >= len(cores) or used == 3:
        return False
    w = cores[i]
    return any(rest.startswith(w[:k]) and _fits(rest[k:], cores, i + 1, used + 1)
               for k in range(min(len(w), len(rest)), 2, -1))
