"""Round-4 entity rules, on sentences written for this file (other names than the dev3 set).

Regional offices and their seats, organisation lists and branches, Roman numerals and
product codes, persons introduced by appositions and long titles, agreements, events,
places written without their admin word, and one body written short and long.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.extract import extract
from graphbuild.extract.entities import find_entities
from graphbuild.extract.lexicon import Lexicon
from graphbuild.types import Document

LEX_YAML = """
- {name: Badan Pengawas Obat dan Makanan, type: Organization, category: regulator, aliases: [BPOM, Badan POM]}
- {name: Balai Besar Pengawas Obat dan Makanan, type: Organization, category: regulator,
   aliases: [Balai Besar POM, BBPOM]}
- {name: Kementerian Perdagangan, type: Organization, category: government, aliases: [Indonesian Ministry of Trade]}
- {name: PT Nusa Farma Tbk, type: Organization, category: company, aliases: [Nusa Farma]}
- {name: PT Nusa Farma Distribusi, type: Organization, category: company, aliases: [Nusa Farma Distribusi]}
"""
GAZ = (
    "name\ttype\tcategory\tcountry\taliases\n"
    "Indonesia\tLocation\tcountry\t\t\nMedan\tLocation\tcity\tIndonesia\t\nJakarta\tLocation\tcity\tIndonesia\t\n"
    "Jawa Timur\tLocation\tprovince\tIndonesia\tJatim|East Java\nJepang\tLocation\tcountry\t\tJapan\n"
    "Tokyo\tLocation\tcity\tJepang\t\n"
)


@pytest.fixture(scope="module")
def lex(tmp_path_factory: pytest.TempPathFactory) -> Lexicon:
    d: Path = tmp_path_factory.mktemp("lex4")
    (d / "orgs.yaml").write_text(LEX_YAML, encoding="utf-8")
    (d / "gazetteer.tsv").write_text(GAZ, encoding="utf-8")
    return Lexicon.from_files([d / "orgs.yaml", d / "gazetteer.tsv"])


def ents(text: str, lex: Lexicon | None = None) -> dict[str, tuple[str, list[str]]]:
    doc = Document(id="t", source="t", text=text, sha256="0")
    found = find_entities(doc, None, lex) if lex is not None else extract(doc).entities
    return {e.name: (e.type, e.aliases) for e in found}


def of_type(got: dict[str, tuple[str, list[str]]], type_: str) -> set[str]:
    return {n for n, (t, _) in got.items() if t == type_}


def test_regional_office_every_form_one_name_and_the_person_after_its_seat(lex: Lexicon) -> None:
    got = ents("Balai Besar Pengawas Obat dan Makanan di Medan memeriksa 40 apotek. "
               "Kepala BBPOM di Medan Rina Kartika menyampaikan hasilnya.", lex)
    assert got["Balai Besar POM di Medan"][0] == "Organization"
    assert "BBPOM di Medan" in got["Balai Besar POM di Medan"][1]
    assert of_type(got, "Person") == {"Rina Kartika"}


def test_headline_office_without_di_is_the_same_office(lex: Lexicon) -> None:
    got = ents("BBPOM Medan Sita Obat Ilegal\n\nBalai Besar POM di Medan menyita 2.000 tablet.", lex)
    assert of_type(got, "Organization") == {"Balai Besar POM di Medan"}


def test_two_governments_joined_by_dan_are_two_organisations(lex: Lexicon) -> None:
    got = ents("BPOM bekerja sama dengan Pemerintah Kota Malang dan Pemerintah Kabupaten Sleman.", lex)
    assert {"Pemerintah Kota Malang", "Pemerintah Kabupaten Sleman"} <= of_type(got, "Organization")
    # a name with "dan" inside stays whole
    assert "Badan Pengawas Obat dan Makanan" in ents("Badan Pengawas Obat dan Makanan hadir.", lex)


def test_branch_is_not_part_of_the_company_name(lex: Lexicon) -> None:
    got = ents("Sertifikat diterima PT Sinar Obat Nusantara Cabang Makassar pada Senin.", lex)
    assert "PT Sinar Obat Nusantara" in of_type(got, "Organization")
    assert not any("Cabang" in n for n in got)


def test_distinct_lexicon_companies_sharing_words_stay_apart(lex: Lexicon) -> None:
    got = ents("PT Nusa Farma Distribusi merupakan anak perusahaan PT Nusa Farma Tbk.", lex)
    assert {"PT Nusa Farma Distribusi", "PT Nusa Farma Tbk"} <= of_type(got, "Organization")


def test_roman_numerals_are_not_products_but_product_codes_are(lex: Lexicon) -> None:
    got = ents("Izin edar diberikan setelah uji klinik fase III, dan peluncuran obat baru ditargetkan semester II-2027. "
               "BPOM menyetujui vaksin rabies inaktif Rab-VX untuk anak.", lex)
    assert of_type(got, "Product") == {"Rab-VX"}
    got = ents("BPOM menyetujui obat kanker payudara HER2-positif tersebut.", lex)
    assert not of_type(got, "Product")


def test_name_then_title_list_items(lex: Lexicon) -> None:
    got = ents("Pembicara antara lain Hiroshi Tanaka, Direktur Riset di Osaka University; Chen Wei, "
               "Wakil Direktur Shanghai Drug Center; serta Lee Seung-ho, Head of Quality at Hanbit Co.", lex)
    assert {"Hiroshi Tanaka", "Chen Wei", "Lee Seung-ho"} <= of_type(got, "Person")
    # a place or institution before the comma is not a name
    got = ents("Bahan Baku, Direktur Registrasi BPOM menjelaskan prosesnya.", lex)
    assert not of_type(got, "Person")


def test_long_english_titles_then_the_name(lex: Lexicon) -> None:
    got = ents("The event was opened by the Director General of Health Services of the Ministry of Health, "
               "Arif Budiman, and the Counsellor for health at the Embassy of Japan in Jakarta, Kenji Sato.", lex)
    assert {"Arif Budiman", "Kenji Sato"} <= of_type(got, "Person")
    assert "Embassy of Japan in Jakarta" in of_type(got, "Organization")
    assert not any(n in got for n in ("Services", "Health Services"))


def test_unit_words_after_of_are_not_a_person(lex: Lexicon) -> None:
    got = ents("Kunjungan dipimpin Direktur Office of Regional Cooperation di BPOM.", lex)
    assert not of_type(got, "Person")


def test_name_right_after_an_acronym_and_after_a_posting(lex: Lexicon) -> None:
    got = ents("Ketua Umum Ikatan Dokter Nusantara (IDN) Bagus Wiranata, yang hadir sebagai panelis, setuju. "
               "Perwakilan UNICEF untuk Indonesia, Maria Lopez, menyambut baik.", lex)
    assert {"Bagus Wiranata", "Maria Lopez"} <= of_type(got, "Person")


def test_agreement_and_event_names(lex: Lexicon) -> None:
    got = ents("Kedua lembaga menandatangani Memorandum of Cooperation in the Field of Food Safety. "
               "The deal was signed at the Japan–Indonesia Health Partnering Day in Tokyo.", lex)
    assert "Memorandum of Cooperation in the Field of Food Safety" in of_type(got, "Agreement")
    assert "Japan–Indonesia Health Partnering Day" in of_type(got, "Event")


def test_following_is_not_site_furniture(lex: Lexicon) -> None:
    got = ents("Intro.\nFollowing approval, the drug will be sold by PT Sinar Sehat Medika across Indonesia.", lex)
    assert "PT Sinar Sehat Medika" in of_type(got, "Organization")
    got = ents("Intro.\nFollow PT Sinar Sehat Medika on social media", lex)
    assert "PT Sinar Sehat Medika" not in got


def test_nationality_word_only_qualifies_the_ministry(lex: Lexicon) -> None:
    got = ents("Officials of the Indonesian Ministry of Trade attended. The Ministry of Trade will report.", lex)
    trade = {n: a for n, (t, a) in got.items() if t == "Organization" and "Trade" in " ".join([n, *a])}
    assert list(trade) == ["Kementerian Perdagangan"]
    assert set(trade["Kementerian Perdagangan"]) == {"Indonesian Ministry of Trade", "Ministry of Trade"}


def test_regional_government_short_and_long_is_one_body(lex: Lexicon) -> None:
    got = ents("Pemerintah Provinsi Jawa Timur menyambut baik. Pemprov Jatim juga menyiapkan anggaran.", lex)
    orgs = {n: a for n, (t, a) in got.items() if t == "Organization"}
    assert orgs == {"Pemerintah Provinsi Jawa Timur": ["Pemprov Jatim"]}


def test_bare_regency_and_kecamatan_with_the_shipped_gazetteer() -> None:
    got = ents("Apotek di Pacitan dan Bandung diperiksa. Pabrik itu di Desa Sukamaju, Kecamatan Cibungbulang.")
    assert got["Kabupaten Pacitan"] == ("Location", ["Pacitan"])
    assert got["Bandung"][0] == "Location"  # a city of that name exists: no Kabupaten Bandung
    assert got["Kecamatan Cibungbulang"][0] == "Location"


def test_a_name_described_as_the_company_research_centre_is_a_facility(lex: Lexicon) -> None:
    got = ents("Trials will be run by Sinar Institute of Cell Therapy (SICT), the company's research centre in Sentul.", lex)
    assert got["Sinar Institute of Cell Therapy"] == ("Facility", ["SICT"])
    got = ents("PT Samudra Sehat Tbk, resmi mengoperasikan pabrik baru di Karawang.", lex)
    assert got["PT Samudra Sehat Tbk"][0] == "Organization"


def test_programme_led_by_a_place_and_a_brand_name_of_a_product() -> None:
    got = ents("Pemprov akan memadukan kerja sama ini dengan program Jatim Sehat Sejahtera. "
               "BPOM menyetujui dapagliflozin, obat diabetes yang dipasarkan dengan merek Forxiga. "
               "Bupati meresmikan program Jatim.")
    assert got["Jatim Sehat Sejahtera"][0] == "Program"
    assert "Jatim" not in of_type(got, "Program")  # a place alone is not a programme
    assert got["Forxiga"] == ("Product", ["dapagliflozin"])  # the one coined brand names it, its substance an alias (round 19)


def test_last_person_of_a_semicolon_list_without_a_title(lex: Lexicon) -> None:
    got = ents("Narasumber antara lain Chen Wei, Direktur Shanghai Drug Center; Ana Costa, Head of Quality at Lumina Pharma; "
               "serta Sarah Jones dari kantor regional WHO di Manila.", lex)
    assert {"Chen Wei", "Ana Costa", "Sarah Jones"} <= of_type(got, "Person")
    got = ents("Produk dikirim ke Jawa; serta Pulau Seribu dari gudang utama.", lex)
    assert not of_type(got, "Person")
