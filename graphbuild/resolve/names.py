"""The normalised canonical name an entity's corpus id is built from.

Order of preference: the lexicon's canonical name (so "BPOM", "Badan POM" and
"Badan Pengawas Obat dan Makanan" share one id), else the entity's fullest name
(already the long form of an acronym definition), stripped of honorifics,
degrees and legal forms ("PT Kalbe Farma Tbk" and "Kalbe Farma" -> kalbe-farma).
"""

from __future__ import annotations

import functools
import re

from graphbuild.extract.lexicon import LexEntry, Lexicon
from graphbuild.types import Entity

_LEGAL = re.compile(r"^(?:PT\.?|CV\.?)\s+|\s*,?\s*(?:Tbk\.?|\(Persero\)|Persero|Ltd\.?|Inc\.?|Co\.|Corp\.?|LLC|PLC|GmbH)$")
_HONORIFIC = re.compile(r"^(?:(?:Prof|Dr|dr|Drs|Dra|Ir|H|Hj|Apt|apt|drg|drh|Mr|Mrs|Ms|Bapak|Ibu|Pak|Bu|Ny|Tn|Sdri?)\.?\s+)+")
_DEGREES = re.compile(r"(?:,\s*[A-Z][A-Za-z]{0,5}\.(?:\s?[A-Za-z]{1,6}\.?)*)+$")
_SPACE = re.compile(r"\s+")


@functools.lru_cache(maxsize=8192)
def strip_name(name: str, type_: str) -> str:
    """``name`` without honorifics/degrees (persons) or legal forms (organisations); memoised: the
    same names recur across documents, and the legal-form regex is tried at every position."""
    s = _SPACE.sub(" ", name).strip()
    if type_ == "Person":
        s = _HONORIFIC.sub("", s)
        s = _DEGREES.sub("", s)
    elif type_ == "Organization":
        prev = None
        while prev != s:
            prev = s
            s = _LEGAL.sub("", s).strip()
    return s or name


def lexicon_entry(entity: Entity, lexicon: Lexicon) -> LexEntry | None:
    """The lexicon entry matching the entity's name or one of its aliases (same type)."""
    for surface in (entity.name, *entity.aliases):
        e = lexicon.lookup(surface, entity.type)
        if e is not None:
            return e
        if entity.type == "Organization":
            e = lexicon.lookup(strip_name(surface, "Organization"), entity.type)
            if e is not None:
                return e
    return None


def canonical_name(entity: Entity, lexicon: Lexicon) -> tuple[str, LexEntry | None]:
    e = lexicon_entry(entity, lexicon)
    if e is not None:
        return e.name, e
    return strip_name(entity.name, entity.type), None


def brand_name(entity: Entity, lexicon: Lexicon) -> str | None:
    """The brand of a product that a document names together with its substance ("ceftriaxone Triaxon",
    "Envlo (enavogliflozin)"): the brand, not the substance, must give the id, or every brand of one
    substance in the corpus would become one node. None unless the entity has both a lexicon substance
    (a lower-case entry) and a capitalised surface the lexicon does not know (not an acronym such as
    "EPO", not a salt form such as "Metformin HCl")."""
    if entity.type != "Product":
        return None
    entry = lexicon_entry(entity, lexicon)
    if entry is None or not entry.name[:1].islower():
        return None
    for surface in (entity.name, *entity.aliases):
        if not surface[:1].isupper() or surface.isupper() or not any(c.islower() for c in surface):
            continue
        first = surface.split()[0]
        if lexicon.lookup(surface) is None and lexicon.lookup(first, "Product") is None:
            return surface
    return None
