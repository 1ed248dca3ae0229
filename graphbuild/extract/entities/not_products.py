"""Product nodes that name no product: a quarter ("Triwulan III"), a certificate or a registration class ("Halal",
"OHT", "PPUK"), a help line ("Contact Center HALO BPOM"), the man a solution is named after ("Ringer laktat"), a
drug class told by its target ("SGLT2 inhibitor", "penghambat DPP-4").

Why: capitalised words and acronyms beside product words look like brands to the brand rules, and no gold ever
makes these words a Product on their own (they are Regulations, or nothing). Dropped after clustering, as
``kind_substances`` drops a bare kind.
"""

from __future__ import annotations

import re

from graphbuild.types import Entity

# never a product on its own: quarters, certificates and registration classes, regulator acronyms, a help line's head
_NEVER = frozenset({"triwulan", "kuartal", "semester", "halal", "contact", "oht", "ppuk", "pom", "nie", "eua", "cpob",
                    "cdob", "cpotb", "cpkb", "fitofarmaka", "ringer"})


def _class_only(name: str, text: str) -> bool:
    """Whether every use of ``name`` in ``text`` is a drug class: "SGLT2 inhibitor", "penghambat SGLT2"."""
    uses = [m for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    if not uses:
        return False
    for m in uses:
        after, before = text[m.end() : m.end() + 14], text[max(0, m.start() - 14) : m.start()]
        if not (re.match(r"[\s-]+inhibitors?\b", after, re.I) or re.search(r"\b(?:penghambat|inhibitor)\s+$", before, re.I)):
            return False
    return True


def drop(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` less the Product nodes whose every name is one of the words above or a drug class."""
    out = []
    for e in entities:
        if e.type == "Product":
            names = (e.name, *e.aliases)
            if all(n.lower() in _NEVER for n in names) or ("inhibitor" in text and all(_class_only(n, text) for n in names)):
                continue
        out.append(e)
    return out
