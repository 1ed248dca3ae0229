"""Round-7 relation patterns (people, meetings, agreements), on sentences written for this file.

Names and places here are made up or differ from the annotated sets: each test checks that the
rule follows the wording, with a negative where the cue is missing.
"""

from __future__ import annotations

from tests.test_relations_round4 import _of, run


def test_licence_given_to_a_licensee_named_after_what_is_licensed() -> None:
    text = ("Perusahaan itu memakai teknologi dari mitra asal Jerman, Rheinmed GmbH, yang memberikan lisensi "
            "produksi eritropoietin alfa kepada Satria Biologi.")
    got = run(text, [("Organization", "Rheinmed GmbH", "company"), ("Organization", "PT Satria Biologi", "company",
                                                                      "Satria Biologi"),
                     ("Location", "Jerman", "country"), ("Product", "eritropoietin alfa")])
    assert ("LICENSED", "Rheinmed GmbH", "PT Satria Biologi") in got
    assert _of(got, "PARTNERS_WITH")


def test_english_grants_the_licensee_a_licence() -> None:
    text = "Under the deal, Norvika grants Sentosa Bio an exclusive licence to manufacture the vaccine in Indonesia."
    got = run(text, [("Organization", "Norvika", "company"), ("Organization", "Sentosa Bio", "company"),
                     ("Location", "Indonesia", "country")])
    assert ("LICENSED", "Norvika", "Sentosa Bio") in got


def test_no_licence_when_the_licence_goes_nowhere_named() -> None:
    text = "Norvika and Sentosa Bio said a licence may follow next year."
    got = run(text, [("Organization", "Norvika", "company"), ("Organization", "Sentosa Bio", "company")])
    assert not _of(got, "LICENSED")
