"""Rule tests on Indonesian sentences written for these tests, with a small lexicon
file written to tmp_path (the shipped lexicon is exercised by test_extract_seeds)."""

from pathlib import Path

import pytest

from graphbuild.extract.entities import find_entities
from graphbuild.extract.lexicon import Lexicon
from graphbuild.types import Document

LEX_YAML = """
- name: Badan Pengawas Obat dan Makanan
  type: Organization
  category: regulator
  aliases: [BPOM, Badan POM, BPOM RI]
- name: Kementerian Kesehatan
  type: Organization
  category: government
  aliases: [Kemenkes]
- name: CPOB
  type: Regulation
  category: standard
  aliases: [Cara Pembuatan Obat yang Baik]
- name: insulin
  type: Product
- name: U.S. Food and Drug Administration
  type: Organization
  category: regulator
  aliases: [FDA, Food and Drug Administration]
"""
GAZ = (
    "name\ttype\tcategory\tcountry\taliases\nIndonesia\tLocation\tcountry\t\t\nSurabaya\tLocation\tcity\tIndonesia\t\n"
    "Jepang\tLocation\tcountry\t\tJapan\nBandung\tLocation\tcity\tIndonesia\t\nMyanmar\tLocation\tcountry\t\t\n"
)


@pytest.fixture(scope="module")
def lex(tmp_path_factory: pytest.TempPathFactory) -> Lexicon:
    d: Path = tmp_path_factory.mktemp("lex")
    (d / "orgs.yaml").write_text(LEX_YAML, encoding="utf-8")
    (d / "gazetteer.tsv").write_text(GAZ, encoding="utf-8")
    return Lexicon.from_files([d / "orgs.yaml", d / "gazetteer.tsv"])


def ents(text: str, lex: Lexicon) -> dict[str, tuple[str, list[str]]]:
    doc = Document(id="t", source="t", text=text, sha256="0")
    out = {}
    for e in find_entities(doc, None, lex):
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
        out[e.name] = (e.type, e.aliases)
    return out


def test_role_org_comma_name(lex: Lexicon) -> None:
    got = ents("Direktur Utama PT Sinar Husada Farma Tbk, Andreas Gunawan mengatakan pabrik baru siap.", lex)
    assert got["Andreas Gunawan"][0] == "Person"
    assert got["PT Sinar Husada Farma Tbk"][0] == "Organization"
    assert len(got) == 2


def test_honorifics_and_degrees_are_stripped(lex: Lexicon) -> None:
    doc = Document(id="t", source="t", text="Acara dibuka oleh Prof. Dr. apt. Rina Sari, M.Si., Ph.D. di Bandung.", sha256="0")
    people = [e for e in find_entities(doc, None, lex) if e.type == "Person"]
    assert [p.name for p in people] == ["Rina Sari"]
    assert people[0].degrees == ["M.Si.", "Ph.D."]


def test_role_then_unit_then_name_without_comma(lex: Lexicon) -> None:
    got = ents("Sekretaris Jenderal Kementerian Kesehatan Budi Santoso Wijaya menyampaikan arahan.", lex)
    assert got["Budi Santoso Wijaya"][0] == "Person"
    assert got["Kementerian Kesehatan"][0] == "Organization"


def test_short_reference_joins_the_full_person(lex: Lexicon) -> None:
    got = ents("Kepala BPOM, Maya Lestari Putri meninjau pabrik. \"Kami puas,\" kata Maya.", lex)
    assert got["Maya Lestari Putri"] == ("Person", ["Maya"])


def test_acronym_definition_binds_alias(lex: Lexicon) -> None:
    got = ents("Asosiasi Produsen Alat Kesehatan Indonesia (ASPAKI) bertemu dengan BPOM. ASPAKI mendukung.", lex)
    assert got["Asosiasi Produsen Alat Kesehatan Indonesia"] == ("Organization", ["ASPAKI"])
    assert got["Badan Pengawas Obat dan Makanan"][0] == "Organization"


def test_reverse_acronym_definition_and_standard(lex: Lexicon) -> None:
    got = ents("Pabrik itu lulus CPKB (Cara Pembuatan Kosmetik yang Baik) tahun lalu.", lex)
    assert got["Cara Pembuatan Kosmetik yang Baik"] == ("Regulation", ["CPKB"])


def test_unit_name_with_comma_list_and_event(lex: Lexicon) -> None:
    text = (
        "Direktorat Registrasi Obat, Narkotika dan Psikotropika menyelenggarakan Seminar Nasional Keamanan Pangan "
        "di Surabaya, Senin (3/2)."
    )
    got = ents(text, lex)
    assert got["Direktorat Registrasi Obat, Narkotika dan Psikotropika"][0] == "Organization"
    assert got["Seminar Nasional Keamanan Pangan"][0] == "Event"
    assert got["Surabaya"][0] == "Location"


def test_unknown_acronyms_in_organisation_lists(lex: Lexicon) -> None:
    got = ents("Forum ini diprakarsai oleh Kementerian Kesehatan, APTFI dan ASPAKI, serta mitra seperti KOTRA.", lex)
    for name in ("APTFI", "ASPAKI", "KOTRA"):
        assert got[name][0] == "Organization", name


def test_defined_non_entity_acronym_is_not_an_organisation(lex: Lexicon) -> None:
    got = ents("Indonesia memproduksi Bahan Baku Obat (BBO) bersama mitra. Produksi BBO naik.", lex)
    assert "BBO" not in got and "Bahan Baku Obat" not in got


def test_program_product_agreement_plan(lex: Lexicon) -> None:
    text = (
        "Pemerintah meluncurkan aplikasi layanan kesehatan (SehatKu). BPOM menerbitkan izin edar vaksin IndoVac. "
        "Kedua pihak menandatangani Technology Transfer Agreement. Target RPJMN 2025–2029 tercapai. "
        "Produksi insulin naik."
    )
    got = ents(text, lex)
    assert got["SehatKu"][0] == "Program"
    assert got["IndoVac"][0] == "Product"
    assert got["Technology Transfer Agreement"][0] == "Agreement"
    assert got["RPJMN 2025–2029"][0] == "Regulation"
    assert got["insulin"][0] == "Product"


def test_facility_and_locations(lex: Lexicon) -> None:
    got = ents("Menteri meresmikan Biofarma Vaccine Plant di kawasan Cibitung dan mengunjungi Bandung.", lex)
    assert got["Biofarma Vaccine Plant"][0] == "Facility"
    assert got["Cibitung"][0] == "Location"
    assert got["Bandung"][0] == "Location"


@pytest.mark.parametrize(
    "text",
    [
        "Industri farmasi dan masyarakat mendukung pemerintah.",
        "Kepala UPT dan para Inspektur hadir dalam rapat koordinasi.",
        "Pertemuan ini dihadiri oleh Kepala Balai dan Kepala Dinas.",
        "BACA JUGA: Gabungan Perusahaan Farmasi Dukung Program Baru",
        "Inspektur CPOB pusat dan daerah berdiskusi tentang Industri Farmasi.",
    ],
)
def test_generic_nouns_and_unnamed_roles_are_not_entities(lex: Lexicon, text: str) -> None:
    got = ents(text, lex)
    assert all(t not in ("Person", "Organization", "Event", "Facility") for t, _ in got.values()), got


# --- rules that generalise to unseen articles ------------------------------------------------


def test_headline_title_case_does_not_glue_names(lex: Lexicon) -> None:
    text = (
        "Kemenkes Luncurkan Aplikasi Sehat Bersama Mitra Industri\n\n"
        "Kalbe dan Pfizer Teken Kesepakatan Distribusi Obat Jantung\n\n"
        "Kementerian Kesehatan meluncurkan aplikasi baru. PT Kalbe Farma Tbk menandatangani kesepakatan "
        "distribusi dengan Pfizer di Surabaya."
    )
    got = ents(text, lex)
    assert not [n for n in got if "Luncurkan" in n or "Teken" in n]
    assert not [n for n, (ty, _) in got.items() if ty == "Agreement"]
    assert got["Kementerian Kesehatan"][0] == "Organization"


def test_cue_led_name_stops_at_a_verb(lex: Lexicon) -> None:
    got = ents("Menurut laporan, Badan Karantina Indonesia Tetapkan Aturan Baru bagi importir.", lex)
    assert "Badan Karantina Indonesia" in got
    assert not [n for n in got if "Tetapkan" in n]


def test_english_name_continues_after_of(lex: Lexicon) -> None:
    got = ents("Universitas Airlangga bermitra dengan Imperial College of Science dalam riset vaksin.", lex)
    assert got["Imperial College of Science"][0] == "Organization"
    assert "Imperial College" not in got


def test_qualified_acronym_is_not_the_bare_lexicon_entry(lex: Lexicon) -> None:
    got = ents(
        "BPOM bertemu Food and Drug Administration of Myanmar (Myanmar FDA) di Surabaya. "
        "Myanmar FDA menyambut baik kerja sama tersebut.",
        lex,
    )
    assert got["Food and Drug Administration of Myanmar"] == ("Organization", ["Myanmar FDA"])
    assert "U.S. Food and Drug Administration" not in got


def test_person_after_role_stops_before_next_role(lex: Lexicon) -> None:
    got = ents("Acara dihadiri Menteri Perindustrian Agus Gumiwang dan Menteri Perdagangan Budi Santoso.", lex)
    assert got["Agus Gumiwang"][0] == "Person"
    assert got["Budi Santoso"][0] == "Person"


def test_site_word_as_surname_after_role_comma(lex: Lexicon) -> None:
    got = ents("Presiden Direktur Hanmi Pharmaceutical, Jaehyun Park, hadir di Surabaya.", lex)
    assert got["Jaehyun Park"][0] == "Person"
    assert not [n for n, (ty, _) in got.items() if ty == "Facility"]


def test_middle_initial_stays_in_the_name(lex: Lexicon) -> None:
    got = ents("Kepala Dinas Kesehatan Surabaya Nanik S. Sukristina meninjau puskesmas. Ia minum vitamin C. Selain itu, Nanik hadir.", lex)
    assert got["Nanik S. Sukristina"] == ("Person", ["Nanik"])


def test_inn_stem_makes_a_lowercase_substance(lex: Lexicon) -> None:
    got = ents("PT Sinar Farma akan memasarkan obat vonoprazan dan omeprazole pada April mendatang. Vonoprazan sudah terdaftar.", lex)
    assert got["vonoprazan"][0] == "Product"
    assert got["omeprazole"][0] == "Product"
    assert "April" not in got


def test_short_company_name_shared_by_two_companies(lex: Lexicon) -> None:
    got = ents(
        "Hanmi Pharmaceutical (Hanmi) menggandeng Kalbe. Sebelumnya Hanmi mendirikan PT Hanmi Nusantara di Bandung.", lex
    )
    assert got["Hanmi Pharmaceutical"] == ("Organization", ["Hanmi"])
    assert got["PT Hanmi Nusantara"] == ("Organization", [])


def test_two_companies_joined_by_dan_stay_apart(lex: Lexicon) -> None:
    got = ents("BPOM memeriksa PT Afi Farma dan PT Samco Farma di Surabaya.", lex)
    assert got["PT Afi Farma"] == ("Organization", [])
    assert got["PT Samco Farma"] == ("Organization", [])


def test_agreement_topic_runs_through_tentang_but_not_di_place(lex: Lexicon) -> None:
    got = ents(
        "BPOM dan Kemenkes menandatangani Nota Kesepahaman tentang Pertukaran Informasi di Bidang Obat "
        "Tradisional di Surabaya, Jumat.",
        lex,
    )
    assert got["Nota Kesepahaman tentang Pertukaran Informasi di Bidang Obat Tradisional"][0] == "Agreement"
    assert got["Surabaya"][0] == "Location"


def test_numbered_session_is_one_event(lex: Lexicon) -> None:
    got = ents(
        "Delegasi hadir pada pertemuan ASEAN Cosmetic Committee (ACC) ke-40 di Bandung. "
        "Pertemuan ACC ke-40 dibuka oleh BPOM.",
        lex,
    )
    name = "ASEAN Cosmetic Committee (ACC) ke-40"
    assert got[name] == ("Event", ["Pertemuan ACC ke-40"])


def test_unit_name_ends_before_its_parent_organisation(lex: Lexicon) -> None:
    got = ents("Direktorat Registrasi Obat BPOM menerbitkan pedoman baru.", lex)
    assert got["Direktorat Registrasi Obat"][0] == "Organization"
    assert got["Badan Pengawas Obat dan Makanan"][0] == "Organization"


# --- round 3: general patterns, each on sentences unlike the held-out articles -------------------

LEX3_YAML = LEX_YAML + """
- name: Balai Besar Pengawas Obat dan Makanan
  type: Organization
  category: regulator
  aliases: [Balai Besar POM, BBPOM, Balai Besar Pengawas Obat dan Makanan (BBPOM)]
- name: PT Sentosa Farma Tbk
  type: Organization
  category: company
  aliases: [Sentosa Farma]
"""
GAZ3 = GAZ + "Medan\tLocation\tcity\tIndonesia\t\nSemarang\tLocation\tcity\tIndonesia\t\n"


@pytest.fixture(scope="module")
def lex3(tmp_path_factory: pytest.TempPathFactory) -> Lexicon:
    d: Path = tmp_path_factory.mktemp("lex3")
    (d / "orgs.yaml").write_text(LEX3_YAML, encoding="utf-8")
    (d / "gazetteer.tsv").write_text(GAZ3, encoding="utf-8")
    return Lexicon.from_files([d / "orgs.yaml", d / "gazetteer.tsv"])


def test_police_rank_is_a_title_not_a_name(lex: Lexicon) -> None:
    got = ents("Kepala Subdit Narkoba, AKBP Hendra Saputra, S.I.K., menyebut dua tersangka ditahan.", lex)
    assert got["Hendra Saputra"][0] == "Person"
    assert not any("AKBP" in k for k in got)


def test_foreign_company_with_chained_legal_forms(lex: Lexicon) -> None:
    got = ents("Lisensi diperoleh dari perusahaan asal Taiwan, Formosa Biologics Co., Ltd., pada 2022.", lex)
    assert got["Formosa Biologics Co., Ltd"][0] == "Organization"


def test_english_chief_title_then_name(lex: Lexicon) -> None:
    got = ents("Chief Executive Officer Osaka Lifesciences, Lee Min-jun, hadir secara daring.", lex)
    assert got["Lee Min-jun"][0] == "Person"
    assert got["Osaka Lifesciences"][0] == "Organization"
    assert not any(v[0] == "Person" and "Officer" in k for k, v in got.items())


def test_glued_closing_quote_does_not_mask_the_speaker(lex: Lexicon) -> None:
    text = (
        '"We are proud of this launch," said Dr. Meera Iyer, Chief Operating Officer of the group.\n\n'
        '"Patients will benefit," said Tomas Berg, head of sales.'
    )
    got = ents(text, lex)
    assert got["Meera Iyer"][0] == "Person"
    assert got["Tomas Berg"][0] == "Person"


def test_regional_office_keeps_its_seat(lex3: Lexicon) -> None:
    got = ents("Petugas Balai Besar POM di Medan memeriksa gudang distributor.", lex3)
    assert got["Balai Besar POM di Medan"][0] == "Organization"
    got = ents("Balai Besar Pengawas Obat dan Makanan (BBPOM) di Semarang menyita obat ilegal.", lex3)
    # every way of writing the office gets the short canonical name; the long form stays an alias
    assert got["Balai Besar POM di Semarang"][0] == "Organization"
    assert "Balai Besar Pengawas Obat dan Makanan (BBPOM) di Semarang" in got["Balai Besar POM di Semarang"][1]


def test_hospital_name_drops_the_trailing_city(lex3: Lexicon) -> None:
    got = ents("Uji klinik dilakukan di Rumah Sakit Jantung Harapan Medan sejak Maret.", lex3)
    assert "Rumah Sakit Jantung Harapan" in got
    assert got["Medan"][0] == "Location"


def test_brand_explained_by_its_class_is_a_product(lex: Lexicon) -> None:
    got = ents("PT Cipta Husada meluncurkan Glukora, tablet metformin lepas lambat untuk pasien diabetes.", lex)
    assert got["Glukora"][0] == "Product"
    got = ents("The deal covers Ostevia, Medivo's biosimilar of denosumab, in five markets.", lex)
    assert got["Ostevia"][0] == "Product"


def test_nominalised_verb_is_not_part_of_a_site(lex: Lexicon) -> None:
    got = ents('"Peresmian Cakra Bekasi Plant menandai babak baru," ujar Rina.', lex)
    assert "Cakra Bekasi Plant" in got


def test_subsidiary_with_longer_pt_name_stays_apart(lex3: Lexicon) -> None:
    text = (
        "PT Sentosa Farma Tbk menunjuk PT Sentosa Farma Distribusi sebagai distributor. "
        "Sentosa Farma menyebut kerja sama ini strategis."
    )
    got = ents(text, lex3)
    assert got["PT Sentosa Farma Tbk"][0] == "Organization"
    assert got["PT Sentosa Farma Distribusi"][0] == "Organization"


def test_stock_exchange_is_an_organisation_not_a_place() -> None:
    from graphbuild.extract.lexicon import load_lexicon

    got = ents("Saham emiten farmasi itu naik 2 persen di Bursa Efek Indonesia pada Kamis.", load_lexicon())
    assert got["Bursa Efek Indonesia"][0] == "Organization"


def test_english_agreement_name_runs_over_its_topic(lex: Lexicon) -> None:
    got = ents("Penandatanganan Memorandum of Understanding on Vaccine Research berlangsung di Surabaya.", lex)
    assert got["Memorandum of Understanding on Vaccine Research"][0] == "Agreement"
    got = ents("Kedua pihak meneken Supply Agreement for Insulin Glargine pada Senin.", lex)
    assert "Supply Agreement" in got


def test_faculty_name_with_serial_comma_list(lex: Lexicon) -> None:
    got = ents("Penelitian dipimpin Fakultas Psikologi, Pendidikan, dan Kebidanan Universitas Merdeka di Surabaya.", lex)
    assert any(k.startswith("Fakultas Psikologi, Pendidikan, dan Kebidanan") for k in got)


def test_site_word_as_family_name_in_a_name_slot(lex: Lexicon) -> None:
    got = ents("Wakil Presiden Daehan Pharma, Park Soo-min, menandatangani dokumen itu.", lex)
    assert got["Park Soo-min"][0] == "Person"


def test_last_word_of_a_company_after_a_role_is_not_a_person(lex: Lexicon) -> None:
    got = ents("Direktur Utama PT Cahaya Medika Steriltama, Ir. Joko Widagdo, MBA, mengatakan pabrik siap.", lex)
    assert got["Joko Widagdo"][0] == "Person"
    assert got["PT Cahaya Medika Steriltama"][0] == "Organization"
    assert "Steriltama" not in got


def test_industrial_estates_are_areas(lex: Lexicon) -> None:
    got = ents("Pabrik baru itu berdiri di Kawasan Industri Candi Makmur, Semarang, sejak 2020.", lex)
    assert got["Kawasan Industri Candi Makmur"][0] == "Location"
    got = ents("Lokasinya di Kawasan Industri Surabaya Gateway Industrial Park (SGIP), Jawa Timur.", lex)
    assert got["Surabaya Gateway Industrial Park"][0] == "Location"


def test_unit_named_with_its_parents_short_name_is_one_entity() -> None:
    """"Fakultas Kedokteran Universitas Airlangga (Unair)" and later "Fakultas Kedokteran Unair": one faculty
    (the shipped lexicon knows Unair); the university stays its own entity."""
    from graphbuild.extract import load_lexicon

    text = ("Fakultas Kedokteran Universitas Airlangga (Unair) meneliti vaksin baru. "
            "Fakultas Kedokteran Unair bekerja sama dengan PT Bio Sehat Abadi.")
    got = ents(text, load_lexicon())
    faculties = [n for n in got if n.startswith("Fakultas")]
    assert faculties == ["Fakultas Kedokteran Universitas Airlangga"]
    assert "Fakultas Kedokteran Unair" in got[faculties[0]][1]
    assert "Universitas Airlangga" in got


def test_a_headline_deal_name_cut_short_is_the_deal_of_the_body() -> None:
    from graphbuild.extract import load_lexicon

    text = ("PT Sinar Husada Biopharma Signs Licensing and Technology Transfer Agreement with Daehan Biologics\n\n"
            "PT Sinar Husada Biopharma entered into a License and Technology Transfer Agreement with Daehan Biologics "
            "Co., Ltd. The Licensing and Supply Agreement with Hanbit Pharm was signed in 2024.")
    deals = {n: v for n, v in ents(text, load_lexicon()).items() if v[0] == "Agreement"}
    assert set(deals) == {"License and Technology Transfer Agreement", "Licensing and Supply Agreement"}


def test_a_product_named_with_and_without_its_size_is_one_entity(lexicon: Lexicon) -> None:
    """A recall notice's table gives "Batugen Sirup 60 mL", its list of sanctions "Batugen Sirup": one product,
    named without the size."""
    text = ("Produk yang ditarik: Batugen Sirup 60 mL (dekstrometorfan) dan Lintuss Anak Sirup 100 mL.\n"
            "BPOM mencabut izin edar Batugen Sirup dan Lintuss Anak Sirup.")
    products = {e.name: e.aliases for e in find_entities(Document(id="d", source="d", text=text, sha256="0"), None, lexicon)
                if e.type == "Product"}
    assert "Batugen Sirup 60 mL" in products["Batugen Sirup"]
