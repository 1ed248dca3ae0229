"""A bare kind of medicine ("insulin", "vaksin") is made or sold by no one as a product of its own; nor is a banned
ingredient or hazard a test found ("merkuri", "rhodamin B").

"meninjau pabrik insulin milik PT A", "Tokai Seiyaku, produsen insulin asal Osaka", "menargetkan produksi 25 juta
pen insulin per tahun", "one of the few insulin production sites": the word names what a plant or a trade makes,
not a product, so the making and selling rules, which take any Product mention after their cue, would credit the
company with it. The gold sets mark such a class word optional at most. Dropped once, after every family ran (the
rules that read the DEVELOPS found so far, as :mod:`.distributor_refs`, still see them). A named brand or a
substance with its type ("insulin glargine", "vaksin polio") is kept.
"""

from __future__ import annotations

from graphbuild.types import Entity, Relation

# the class words, lower-case, in Indonesian and English
KINDS = frozenset({"insulin", "vaksin", "vaccine", "vaccines", "obat", "medicine", "medicines", "drug", "drugs",
                   "antibiotik", "antibiotic", "antibiotics", "biosimilar", "biosimilars", "obat generik", "generik",
                   "generics", "jamu", "suplemen", "supplement", "supplements", "kosmetik", "cosmetics",
                   "bahan baku obat", "obat tradisional", "herbal"})
_MADE_OR_SOLD = frozenset({"DEVELOPS", "MARKETS"})
# Banned ingredients and food hazards a test finds in a product ("krim … mengandung merkuri dan hidrokinon",
# "takjil positif rhodamin B"): what was found, never what the firm makes or sells (no gold relates them)
HAZARDS = frozenset({"merkuri", "mercury", "raksa", "hidrokuinon", "hidrokinon", "hydroquinone", "rhodamin b",
                     "rhodamine b", "formalin", "formaldehida", "formaldehyde", "boraks", "borax", "metanil yellow"})


def drop_kinds(relations: list[Relation], by_id: dict[str, Entity]) -> list[Relation]:
    """``relations`` less the DEVELOPS / MARKETS whose product is only a kind of medicine."""
    return [r for r in relations if r.type not in _MADE_OR_SOLD or (t := by_id.get(r.tail)) is None
            or not _bare(t)]


def _bare(e: Entity) -> bool:
    """Whether every name of ``e`` is a kind word (not "insulin" also told as "human insulin")."""
    names = [n.strip().lower() for n in (e.name, *e.aliases)]
    return all(n in KINDS for n in names) or all(n in HAZARDS for n in names)
