"""The graph model of ``ONTOLOGY.md`` as data.

This is the only whitelist of labels and relationship types: the store
interpolates nothing into Cypher that is not in these tables, so document text
can never become a label, a type or a query fragment.
"""

from __future__ import annotations

import re
import unicodedata

ONTOLOGY_VERSION = "v1"

ENTITY_LABELS: tuple[str, ...] = (
    "Organization",
    "Person",
    "Location",
    "Facility",
    "Product",
    "Regulation",
    "Agreement",
    "Event",
    "Program",
)

CATEGORIES: dict[str, tuple[str, ...]] = {
    "Organization": ("regulator", "government", "company", "academic", "association", "international", "media", "other"),
    "Location": ("country", "province", "city", "district", "area"),
    "Regulation": ("standard", "law", "policy", "plan"),
}

# type -> (allowed head labels, allowed tail labels, extra property names)
RELATION_TYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "VISITED": (("Person", "Organization"), ("Organization", "Facility", "Location"), ()),
    "CERTIFIED": (("Organization",), ("Organization", "Facility"), ("standard",)),
    "LICENSED": (("Organization",), ("Organization",), ("product",)),
    "APPROVED": (("Organization",), ("Product",), ()),
    "REVOKED": (("Organization",), ("Organization", "Facility", "Product"), ("what",)),
    "REGISTERED_WITH": (("Product",), ("Organization",), ("status",)),
    "SUBSIDIARY_OF": (("Organization",), ("Organization",), ()),
    "PART_OF": (("Organization",), ("Organization",), ()),
    "OPERATES": (("Organization",), ("Facility",), ()),
    "HOLDS_POSITION": (("Person",), ("Organization", "Location"), ("title",)),
    "LOCATED_IN": (("Organization", "Facility", "Location", "Event"), ("Location",), ()),
    "PARTNERS_WITH": (("Organization", "Location"), ("Organization", "Location"), ("topic",)),
    "SIGNED": (("Organization",), ("Agreement",), ()),
    "COVERS": (("Agreement",), ("Product",), ()),
    "ORGANIZED": (("Organization",), ("Event",), ()),
    "ATTENDED": (("Person", "Organization"), ("Event",), ("role",)),
    "HELD_IN": (("Event",), ("Location",), ()),
    "MET_WITH": (("Person",), ("Person",), ()),
    "MEMBER_OF": (("Organization", "Location"), ("Organization",), ()),
    "DEVELOPS": (("Organization",), ("Product",), ()),
    "MARKETS": (("Organization",), ("Product",), ()),
}

SYMMETRIC: frozenset[str] = frozenset({"PARTNERS_WITH", "MET_WITH"})

# Properties every relationship carries (besides the type's extras).
RELATION_BASE_PROPERTIES: tuple[str, ...] = ("evidence", "doc_id", "confidence", "date")

PROVENANCE_LABEL = "Document"
MENTIONED_IN = "MENTIONED_IN"
ENTITY_LABEL = "Entity"

ALL_RELATIONSHIP_TYPES: tuple[str, ...] = (*RELATION_TYPES, MENTIONED_IN)
ALL_NODE_LABELS: tuple[str, ...] = (ENTITY_LABEL, *ENTITY_LABELS, PROVENANCE_LABEL)

_ID_RE = re.compile(r"[^a-z0-9]+")


def check_label(label: str) -> str:
    """Return ``label`` if it is an ontology label, else raise ``ValueError``."""
    if label not in ALL_NODE_LABELS:
        raise ValueError(f"not an ontology label: {label!r}")
    return label


def check_relationship_type(rel_type: str) -> str:
    if rel_type not in ALL_RELATIONSHIP_TYPES:
        raise ValueError(f"not an ontology relationship type: {rel_type!r}")
    return rel_type


# every (type, head label, tail label) the ontology admits, either order for symmetric types: extraction asks per emit
ALLOWED: frozenset[tuple[str, str, str]] = frozenset(
    (t, h, tl) for t, (heads, tails, _) in RELATION_TYPES.items() for h in heads for tl in tails
) | frozenset((t, h, tl) for t in SYMMETRIC for h in RELATION_TYPES[t][1] for tl in RELATION_TYPES[t][0])


def relation_allowed(rel_type: str, head_label: str, tail_label: str) -> bool:
    """Whether the ontology admits ``head -[rel_type]-> tail``."""
    return (rel_type, head_label, tail_label) in ALLOWED


# ASCII letters and digits lower-cased, every other ASCII character a space (``str.translate`` table)
_SLUG_ASCII = {i: chr(i).lower() if chr(i).isalnum() else " " for i in range(128)}


def slugify(text: str) -> str:
    """ASCII slug used in entity ids: ``"Badan POM RI" -> "badan-pom-ri"``."""
    if text.isascii():  # the usual name: NFKD changes nothing, so the slug is its letter-digit runs joined by "-"
        return "-".join(text.translate(_SLUG_ASCII).split()) or "x"
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    slug = _ID_RE.sub("-", text).strip("-")
    return slug or "x"


def entity_id(label: str, key: str) -> str:
    """Stable entity id ``<label lower>:<slug>``, e.g. ``organization:kalbe-farma``."""
    check_label(label)
    return f"{label.lower()}:{slugify(key)}"
