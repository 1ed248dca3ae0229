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
