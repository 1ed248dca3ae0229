"""Entities + sentences → typed relations with evidence, date and confidence.

``find_relations`` runs one rule family per module in a fixed order: positions
first (the title holders it learns let "Kepala BPOM" stand for a person in the
later rules), then visits, locations, corporate (before regulatory: a certificate
goes to the subsidiary named with it), agreements (before regulatory: a licensee's
one product is what its registration is about), regulatory, partnerships and events,
then the sentence-level fallback and what needs every family's findings (``same_maker``). Each family reads the shared :class:`~.common.Context` and emits
through it, so the ontology check and the date lookup happen in one place.
"""

from __future__ import annotations

import logging
import re

from graphbuild.extract.relations import (
    addresses,
    agreements,
    brand_lines,
    child_places,
    corporate,
    distribution_deals,
    events,
    fallback,
    former_posts,
    government_posts,
    groups,
    kin_partners,
    kind_nouns,
    locations,
    named_plant_seats,
    own_congress,
    ownership,
    partnerships,
    pending_reviews,
    positions,
    regulatory,
    same_maker,
    seat_borders,
    seat_refs,
    seats,
    shareholders,
    sites,
    story_signers,
    town_named_sites,
    unit_parents,
    venture_names,
    ventures,
    visited_sites,
    visits,
)
from graphbuild.extract.relations.common import Context
from graphbuild.extract.relations.cues import SELLER_NAME
from graphbuild.extract.sentences import split_sentences
from graphbuild.ontology import SYMMETRIC
from graphbuild.types import Document, Entity, Relation, Sentence

log = logging.getLogger(__name__)

FAMILIES = (positions, visits, locations, child_places, addresses, seat_refs, seats, corporate, ownership, shareholders, ventures, agreements,
            regulatory, pending_reviews, sites, named_plant_seats, partnerships, events, own_congress, groups, fallback, story_signers, same_maker, brand_lines,
            distribution_deals, visited_sites, town_named_sites, unit_parents, government_posts, former_posts)  # a past post last: no rule reads it as held now


def find_relations(doc: Document, sentences: list[Sentence], entities: list[Entity],
                   lexicon: object | None = None) -> list[Relation]:
    """All relations stated in ``doc``, one per (type, head, tail), strongest evidence kept."""
    ctx = Context(doc, sentences or split_sentences(doc.text), entities)
    for family in FAMILIES:
        family.find(ctx)
    kept = kind_nouns.drop_kinds(dedupe(ctx.relations), ctx.by_id)  # not "pabrik insulin": a kind, no product
    kept = venture_names.drop(kept, ctx.by_id)  # not "Hanbit -> PT Hanbit Sinar Biologika": a parent and its venture
    kept = kin_partners.drop(kept)  # not a unit and its agency, a company and its holding
    return [r for r in kept if not _seller_made(r, ctx.by_id) and not _regulator_loses(r, ctx.by_id)
            and not _seller_runs_plant(r, ctx.by_id) and not seat_borders.crosses(r, ctx.by_id)]


def _seller_made(r: Relation, by_id: dict[str, Entity]) -> bool:
    """A firm named as a distributor ("PT X Distribusi") sells what it carries; no annotated story has it make a
    product, while the rules that read a launch's subject or a sentence's one company took it for the maker."""
    head = by_id.get(r.head) if r.type == "DEVELOPS" else None
    return head is not None and SELLER_NAME.search(head.name) is not None


def _seller_runs_plant(r: Relation, by_id: dict[str, Entity]) -> bool:
    """A firm named as a distributor runs depots, not plants: no gold has "PT X Distribusi" operate a "… Plant" or
    "Pabrik …" (0 of 18 OPERATES from such firms), while the sentence fallback took the one firm named beside a plant
    ("… and markets its products through its subsidiary PT X Distribusi") for its operator."""
    if r.type != "OPERATES" or r.confidence > 0.5:
        return False  # (a stated operator stays: "- Dikelola oleh: PT X Logistik" under a plant's heading)
    head, tail = by_id.get(r.head), by_id.get(r.tail)
    return head is not None and tail is not None and SELLER_NAME.search(head.name) is not None \
        and _PLANT.search(tail.name) is not None and SELLER_NAME.search(tail.name) is None


_PLANT = re.compile(r"\b(?:Plant|Pabrik|Factory|Bioplant)\b")


def _regulator_loses(r: Relation, by_id: dict[str, Entity]) -> bool:
    """A revocation whose holder is a regulator: the body that inspected or recommended it ("pencabutan dilakukan
    berdasarkan rekomendasi BBPOM di Makassar"), never one that loses a licence."""
    tail = by_id.get(r.tail) if r.type == "REVOKED" else None
    return tail is not None and tail.type == "Organization" and tail.category == "regulator"


def dedupe(relations: list[Relation]) -> list[Relation]:
    """Keep one relation per (type, head, tail) — either order for symmetric types."""
    best: dict[tuple[str, str, str], Relation] = {}
    order: list[tuple[str, str, str]] = []
    for r in relations:
        ends = sorted((r.head, r.tail)) if r.type in SYMMETRIC else [r.head, r.tail]
        key = (r.type, ends[0], ends[1])
        old = best.get(key)
        if old is None:
            order.append(key)
            best[key] = r
        elif r.confidence > old.confidence:
            if not r.date:
                r.date = old.date
            best[key] = r
    return [best[k] for k in order]


__all__ = ["find_relations", "dedupe"]
