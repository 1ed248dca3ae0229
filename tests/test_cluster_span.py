"""cluster builds entity spans by filling Span's slots directly: they must be Spans like the constructor's."""

from __future__ import annotations

import dataclasses

import pytest

from graphbuild.extract.entities.cluster import _span
from graphbuild.types import Span


def test_span_fields_are_what_cluster_fills() -> None:
    assert [f.name for f in dataclasses.fields(Span)] == ["start", "end", "text"]
    assert not hasattr(Span, "__post_init__")


def test_span_factory_equals_constructor() -> None:
    a, b = _span(3, 7, "Kalbe"), Span(3, 7, "Kalbe")
    assert type(a) is Span and a == b and hash(a) == hash(b) and repr(a) == repr(b)
    assert dataclasses.asdict(a) == dataclasses.asdict(b)
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.start = 4  # type: ignore[misc]
