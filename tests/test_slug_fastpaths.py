"""The ASCII fast paths of ``slugify`` and ``normalize`` give exactly what the general (Unicode) path gives."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.extract.lexicon import _LEGAL, normalize
from graphbuild.ontology import slugify

_ID_RE = re.compile(r"[^a-z0-9]+")
_NON_WORD = re.compile(r"[^\w]+")


def _slugify_general(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return _ID_RE.sub("-", text).strip("-") or "x"


def _normalize_general(surface: str) -> str:
    s = unicodedata.normalize("NFKC", surface).casefold()
    return " ".join(w for w in _NON_WORD.sub(" ", s).split() if w not in _LEGAL)


_ASCII = st.text(st.characters(max_codepoint=127), max_size=40)
_WORDS = st.lists(st.sampled_from(["PT", "Tbk", "Kalbe", "Farma", "-", "_", ".", " ", "(", ")", "é", "\u0301", "ﬁ",
                                   "İ", "ß", "\t", "\x1c", "2024", "&", "CV", "co"]), max_size=12).map("".join)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(_ASCII, _WORDS, st.text(max_size=30)))
def test_slugify_matches_general_path(text: str) -> None:
    assert slugify(text) == _slugify_general(text)


@settings(max_examples=3000, deadline=None)
@given(st.one_of(_ASCII, _WORDS, st.text(max_size=30)))
def test_normalize_matches_general_path(text: str) -> None:
    assert normalize(text) == _normalize_general(text)


def test_examples() -> None:
    assert slugify("Badan POM RI") == "badan-pom-ri"
    assert slugify("--") == "x"
    assert normalize("PT Kalbe Farma Tbk.") == "kalbe farma"
    assert normalize("snake_case-Name") == "snake_case name"
