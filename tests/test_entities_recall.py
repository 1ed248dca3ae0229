"""Entity rules behind the relation-recall work (issue 3), on sentences written for this file."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.extract.lexicon import Lexicon
from tests.test_entities_rules import GAZ, LEX_YAML, ents

SUBSIDIARIES = """
- name: PT Kimia Sehat Tbk
  type: Organization
  category: company
  aliases: [Kimia Sehat]
- name: PT Kimia Sehat Sungai Biologi
  type: Organization
  category: company
  aliases: [KSSB]
"""


@pytest.fixture(scope="module")
def lex(tmp_path_factory: pytest.TempPathFactory) -> Lexicon:
    d: Path = tmp_path_factory.mktemp("lex")
    (d / "orgs.yaml").write_text(LEX_YAML + SUBSIDIARIES, encoding="utf-8")
    (d / "gazetteer.tsv").write_text(GAZ + "Singapura\tLocation\tcountry\t\tSingapore\n", encoding="utf-8")
    return Lexicon.from_files([d / "orgs.yaml", d / "gazetteer.tsv"])


def test_a_known_parent_does_not_absorb_a_known_subsidiary(lex: Lexicon) -> None:
    got = ents("PT Kimia Sehat Tbk memperluas usaha melalui PT Kimia Sehat Sungai Biologi (KSSB). "
               "Kimia Sehat menargetkan KSSB tumbuh.", lex)
    assert got["PT Kimia Sehat Tbk"] == ("Organization", ["Kimia Sehat"])
    assert got["PT Kimia Sehat Sungai Biologi"] == ("Organization", ["KSSB"])


def test_company_named_without_its_kind_or_country_tail(lex: Lexicon) -> None:
    got = ents("PT Andalas Biotek Indonesia menandatangani kerja sama dengan Hanuri Pharmaceutical Co., Ltd. "
               "Setelah itu Andalas akan memproduksi obat yang dipasok Hanuri.", lex)
    assert "Andalas" in got["PT Andalas Biotek Indonesia"][1]
    assert "Hanuri" in got["Hanuri Pharmaceutical Co., Ltd"][1]
    # a single word that is only a name's first word stays out when it starts another name
    assert "Bio" not in ents("PT Bio Farma (Persero) bermitra dengan Bio Nusantara Lab.", lex)


def test_brand_before_a_dosage_form_is_a_product(lex: Lexicon) -> None:
    got = ents("PT Sinar Farma will market Zorvex cream in Indonesia. Penggunaan tablet terus meningkat.", lex)
    assert got["Zorvex"][0] == "Product"
    assert not any(t == "Product" and n.lower() == "tablet" for n, (t, _) in got.items())


def test_a_class_acronym_is_not_a_product(lex: Lexicon) -> None:
    got = ents("Envira merupakan obat golongan SGLT2 inhibitor yang telah mendapat persetujuan dari BPOM.", lex)
    assert "SGLT2" not in got


def test_titled_name_right_after_an_acronym_gloss(lex: Lexicon) -> None:
    got = ents("Kepala Badan Pengawas Obat dan Makanan (BPOM) Rina Susanti meninjau pabrik di Surabaya.", lex)
    assert got["Rina Susanti"][0] == "Person"


def test_no_name_across_a_line_break_after_a_degree(lex: Lexicon) -> None:
    got = ents("Kepala Balai POM di Surabaya, Dra. Neni Hartati, Apt.\nPabrik tersebut sudah diperiksa.", lex)
    assert got["Neni Hartati"][0] == "Person"
    assert "Pabrik" not in got


def test_a_two_word_prefix_is_the_same_person_and_analysts_are_named(lex: Lexicon) -> None:
    got = ents("Deputi I BPOM, Dra. Siti Aminah Rahayu, M.Sc., membuka acara. \"Kami siap,\" kata Siti Aminah. "
               "Analis PT Mandiri Sekuritas, Dimas Prakoso, menilai prospeknya baik.", lex)
    assert got["Siti Aminah Rahayu"] == ("Person", ["Siti Aminah"])
    assert got["Dimas Prakoso"][0] == "Person"


def test_first_two_words_of_a_long_name_and_no_currency_places(lex: Lexicon) -> None:
    got = ents("Wali Kota Surabaya, Emil Elestianto Dardak, hadir. Dalam kesempatan itu, Emil Elestianto "
               "bertemu dengan Rina Susanti. Penjualan turun dari Rp 9,9 triliun menjadi Rp 9,2 triliun.", lex)
    assert got["Emil Elestianto Dardak"] == ("Person", ["Emil Elestianto"])
    assert "Rp" not in got


def test_english_release_names_events_and_foreign_regulators(lex: Lexicon) -> None:
    got = ents("Maria Santos, President Director of PT Sinar Farma, opened Indonesia Health Expo 2025. "
               "PT Sinar Farma and Hanuri Pvt. Ltd. signed the deal with the CEO of Genexine Inc., Neyla Kim. "
               "Zorvex is under registration at the Food and Drug Administration Myanmar, not at the FDA.", lex)
    assert got["Maria Santos"][0] == "Person"
    assert got["Neyla Kim"][0] == "Person"
    assert got["Indonesia Health Expo 2025"][0] == "Event"
    assert got["Food and Drug Administration Myanmar"][0] == "Organization"
    assert got["U.S. Food and Drug Administration"] == ("Organization", ["FDA"])
    assert "Ltd. signed" not in " ".join(got)


def test_officials_of_foreign_regulators_and_arrangements(lex: Lexicon) -> None:
    got = ents("Rina Susanti bertemu dengan Head of the Therapeutic Goods Administration (TGA), Tony Lawler. Hadir pula "
               "Kepala Health Sciences Authority (HSA) Singapura, Raymond Chua. Keduanya menandatangani Arrangement on "
               "Regulatory Cooperation.", lex)
    assert got["Tony Lawler"][0] == got["Raymond Chua"][0] == "Person"
    assert got["Arrangement on Regulatory Cooperation"][0] == "Agreement"
