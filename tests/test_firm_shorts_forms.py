"""``firm_shorts.form_starts`` finds exactly the places the look-ahead scan it replaced found."""

from __future__ import annotations

import re
from re import _parser as sre_parse  # type: ignore[attr-defined]

from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.extract.entities.firm_shorts import _FOREIGN_FORM, _FORM_OPEN, form_starts

_FORM_AT = re.compile(f"(?=(?:{_FOREIGN_FORM.pattern}))")  # the old scan: a look-ahead at every position


def _old(text: str) -> list[int]:
    return [m.start() for m in _FORM_AT.finditer(text)]


def _firsts(seq: list) -> set[str]:  # type: ignore[type-arg]
    """The characters a parsed sequence can start with (literals, branches and classes of literals only)."""
    op, av = seq[0]
    if op is sre_parse.LITERAL:
        return {chr(av)}
    if op is sre_parse.BRANCH:
        return set().union(*(_firsts(alt) for alt in av[1]))
    if op is sre_parse.IN:
        assert all(o is sre_parse.LITERAL for o, _ in av)
        return {chr(v) for _, v in av}
    if op is sre_parse.SUBPATTERN:
        return _firsts(av[-1])
    raise AssertionError(f"a form opening with {op} needs _FORM_OPEN widened")


def test_every_form_opens_with_a_listed_capital() -> None:
    """The capitals ``_FORM_OPEN`` is led by cover the first letter of every alternative of the forms."""
    forms = _FOREIGN_FORM.pattern[len(r",?\s+"):]
    firsts = _firsts(list(sre_parse.parse(forms)))
    lead = _FORM_OPEN.pattern[1 : _FORM_OPEN.pattern.index("]")]
    assert len(firsts) > 5
    assert firsts <= set(lead)


_PIECES = ["S.A.", "SA", "Sarl", "S.R.L", "S.p.A", "SpA", "LLC", "Inc", "Ltd", "Co.", "Corp", "GmbH", "AG", "AB", "N.V", "NV",
           "BV", "A/S", "ApS", "Oy", "Oyj", "Pty", "JSC", "PJSC", "Pte", "K.K", "Sdn", "Bhd", "Berhad", "A.S", "A.Ş", "SAS",
           "Maghreb", "Phyto", "x", "S", "A", ",", ", ", " ", "  ", "\n", "\t", "\u00a0", "\x1c", ".", "é", "_", "1", "-"]


@settings(max_examples=4000, deadline=None)
@given(st.one_of(st.lists(st.sampled_from(_PIECES), max_size=16).map("".join), st.text(max_size=40)))
def test_form_starts_matches_lookahead_scan(text: str) -> None:
    assert form_starts(text) == _old(text)


def test_form_starts_on_sentences() -> None:
    for text in ("Maghreb Phyto SARL, Farmacéutica Orbis S.A. dan X Ilac A.S. ,  \n Co., Ltd.", "Borneo Sdn Bhd", " AG",
                 "AG", ",  Inc", "X,\t\u00a0GmbH-", "X  Oyj."):
        assert form_starts(text) == _old(text)
