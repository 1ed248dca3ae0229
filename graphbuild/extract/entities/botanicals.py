"""Plants named in a product's composition are no products.

"ekstrak daun insulin (Smallanthus sonchifolius)", "ekstrak rimpang temulawak": a word the lexicon knows as a
substance ("insulin") names a plant after a plant part, and the capitalised genus of a Latin binomial is no
brand. Herbal product lists in releases give both for every item.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx

PLANT_PARTS = frozenset({"daun", "akar", "rimpang", "batang", "biji", "buah", "bunga", "herba", "umbi", "getah",
                         "leaf", "leaves", "root", "rhizome", "bark", "seed", "seeds", "fruit", "flower"})
# a species epithet: "sonchifolius", "xanthorrhiza", "niruri", "officinale", "paniculata"
EPITHET = re.compile(r"^[a-z]{4,}(?:us|um|ii|ae|is|ensis|oides|ata|ica|ina|ana|ale|iza|uri|osa)$")


def binomial(words: list[str], j: int) -> bool:
    """Whether the capitalised word at ``j`` opens a Latin binomial ("Smallanthus sonchifolius")."""
    return j + 1 < len(words) and bool(EPITHET.match(words[j + 1])) and words[j][:1].isupper() and words[j][1:].islower()


def find(ctx: Ctx) -> None:
    t = ctx.t
    for m, x in enumerate(ctx.mentions):
        if x is None or x.type != "Product":
            continue
        a, b = ctx.spans[m]
        if b - a == 1 and ((a > 0 and t.lower[a - 1] in PLANT_PARTS and x.text[:1].islower()) or binomial(t.words, a)):
            ctx.drop(m)
