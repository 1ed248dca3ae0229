"""A bare substance word that only names the kind when the story names its type: "insulin" beside
"insulin glargine" or "insulin aspart".

Why: a story about a glargine biosimilar says "pabrik insulin", "pasar insulin" and "insulin glargine"; readers
(and every annotated story of this kind) take the typed insulin (or its brand) as the product and the bare word
as the category it belongs to, so a second node "insulin" is a spurious product. A story that never names
a type ("distribusi insulin dan vaksin") keeps the bare word as its product.
"""

from __future__ import annotations

import re

from graphbuild.types import Entity

# a bare kind and the words after it that name its type (INN stems in Indonesian and English spelling)
_TYPED = {
    "insulin": re.compile(r"\binsulin\s+(?:glargin|aspart|degludec|lispro|detemir|glulisin|isofan|NPH\b|human\b|"
                          r"manusia\b|analog|rekombinan\b|recombinant\b)", re.IGNORECASE),
}


def drop_untyped(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` less a bare kind's Product node when ``text`` names a type of that kind and a node
    carries that typed name (as its name or an alias)."""
    typed = {kind for kind, rx in _TYPED.items() if kind in text.lower() and rx.search(text)}
    if not typed:
        return entities
    names = [n.lower() for e in entities if e.type == "Product" for n in (e.name, *e.aliases)]
    typed = {kind for kind in typed if any(n.startswith(kind + " ") for n in names)}
    if not typed:  # the typed one is no node of its own: the bare word is how the product is named
        return entities
    return [e for e in entities if not (e.type == "Product" and e.name.lower() in typed
                                        and all(a.lower() in typed for a in e.aliases))]
