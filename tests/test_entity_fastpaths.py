"""Entity-stage fast paths give what the code they replaced gave: the initial test led by its dot, the lower-cased
lexicon name test with its early exit and memoised forms."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.extract.entities import tokens
from graphbuild.extract.entities.lexical import _lowered
from graphbuild.extract.entities.tokens import tokenize

_OLD_INITIAL = re.compile(r"[A-Z]\.(?<=[a-z] [A-Z]\.)(?= [A-Z][a-z])")

_BITS = st.lists(st.sampled_from(["a", "Z", "K", ".", " ", "  ", "\n", "Penny", "K.", "Lukito", "vitamin", "C.", "Selain",
                                  "x", "é", "É", "-", ","]), max_size=14).map("".join)


@settings(max_examples=4000, deadline=None)
@given(st.one_of(_BITS, st.text(max_size=30)))
def test_initial_search_finds_what_the_capital_led_search_found(text: str) -> None:
    assert (tokens._INITIAL.search(text) is None) == (_OLD_INITIAL.search(text) is None)


def _old_lowered(words: list[str], surfaces: tuple[str, ...]) -> bool:
    forms = [s.split() for s in surfaces if len(s.split()) == len(words)]
    return bool(forms) and all(
        any(w[:1].islower() and f[:1].isupper() for w, f in zip(words, form, strict=True)) for form in forms
    )


_WORDS = st.sampled_from(["Badan", "badan", "POM", "pom", "Obat", "obat", "dan", "Dan", "Kimia", "Farma", "farma", "holding",
                          "BUMN", "e-Katalog", "x"])


@settings(max_examples=3000, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=5), st.lists(st.lists(_WORDS, min_size=1, max_size=5).map(" ".join), max_size=5))
def test_lowered_matches_the_plain_test(words: list[str], surfaces: list[str]) -> None:
    t = tokenize(" ".join(words))
    assert t.words == words
    assert _lowered(t, 0, len(words), tuple(surfaces)) == _old_lowered(words, tuple(surfaces))
