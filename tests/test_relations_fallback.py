"""The sentence-level fallback (``extract/relations/fallback.py``), on sentences written for this file.

A sentence with a relation's cue words and exactly one entity for one side links it with every entity
of the other side's kind; two candidates for the one side, a pending or revoking cue, or a family
that already read the sentence keep it silent.
"""

from __future__ import annotations

import pytest

from graphbuild.extract import relations
from graphbuild.extract.relations import fallback
from tests.test_relations_round4 import _of, run

BPOM = ("Organization", "Badan Pengawas Obat dan Makanan", "regulator")


def test_marketing_authorisation_held_from_the_regulator() -> None:
    text = "Tablet Glikora 5 mg kini telah mengantongi izin edar dari Badan Pengawas Obat dan Makanan sejak Mei 2025."
    got = run(text, [BPOM, ("Product", "Glikora", None)])
    assert ("APPROVED", "Badan Pengawas Obat dan Makanan", "Glikora") in got


@pytest.fixture
def alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the fallback runs: what the negatives check is that it stays silent."""
    monkeypatch.setattr(relations, "FAMILIES", (fallback,))


@pytest.mark.usefixtures("alone")
def test_pending_or_revoked_permit_is_no_approval() -> None:
    text = ("Sirup Batukin masih menunggu izin edar dari Badan Pengawas Obat dan Makanan. "
            "Badan Pengawas Obat dan Makanan mencabut izin edar sirup Demaflu.")
    got = run(text, [BPOM, ("Product", "Batukin", None), ("Product", "Demaflu", None)])
    assert not _of(got, "APPROVED")


def test_products_of_the_one_company_in_a_sentence_are_its_own() -> None:
    text = ("Selain Rinovit, produk PT Surya Medika Nusantara yang dipajang di pameran itu antara lain "
            "krim luka Lukasan dan suplemen Zinkid.")
    got = run(text, [("Organization", "PT Surya Medika Nusantara", "company"), ("Product", "Rinovit", None),
                     ("Product", "Lukasan", None), ("Product", "Zinkid", None)])
    for p in ("Rinovit", "Lukasan", "Zinkid"):
        assert ("DEVELOPS", "PT Surya Medika Nusantara", p) in got


@pytest.mark.usefixtures("alone")
def test_two_companies_leave_the_maker_open() -> None:
    text = "PT Surya Medika Nusantara dan PT Bintang Farma sama-sama memajang produk Rinovit di pameran itu."
    got = run(text, [("Organization", "PT Surya Medika Nusantara", "company"),
                     ("Organization", "PT Bintang Farma", "company"), ("Product", "Rinovit", None)])
    assert not _of(got, "DEVELOPS")


@pytest.mark.usefixtures("alone")
def test_a_brand_is_meant_rather_than_the_substance_beside_it() -> None:
    text = "Pabrik PT Surya Medika Nusantara di Cikarang kini membuat Insulatin, insulin analog kerja panjang."
    got = run(text, [("Organization", "PT Surya Medika Nusantara", "company"), ("Product", "Insulatin", None),
                     ("Product", "insulin", None)])
    assert ("DEVELOPS", "PT Surya Medika Nusantara", "Insulatin") in got
    assert ("DEVELOPS", "PT Surya Medika Nusantara", "insulin") not in got


def test_registration_in_progress() -> None:
    text = "Saat ini Zinkid masih dalam proses registrasi di Badan Pengawas Obat dan Makanan."
    got = run(text, [BPOM, ("Product", "Zinkid", None)])
    assert ("REGISTERED_WITH", "Zinkid", "Badan Pengawas Obat dan Makanan") in got


def test_speakers_of_the_one_event_in_the_sentence_attend_it() -> None:
    text = ("Dalam Simposium Nasional Farmasi Klinik 2026, Rudi Hartono dan Maria Lestari turut memaparkan "
            "hasil uji klinik terbaru.")
    got = run(text, [("Event", "Simposium Nasional Farmasi Klinik 2026", None), ("Person", "Rudi Hartono", None),
                     ("Person", "Maria Lestari", None)])
    assert ("ATTENDED", "Rudi Hartono", "Simposium Nasional Farmasi Klinik 2026") in got
    assert ("ATTENDED", "Maria Lestari", "Simposium Nasional Farmasi Klinik 2026") in got
