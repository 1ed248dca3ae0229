"""Entity rules for sites and products, on sentences written for this file (other names than the test sets).

"Laboratorium X" is a site (Facility), not an organisation; a site named in a headline without its
place ("Pabrik Antibiotik") is the one longer site of the document that starts with that name.
"""

from __future__ import annotations

from tests.test_entities_round4 import ents, of_type


def test_laboratorium_names_a_facility() -> None:
    got = ents("Sel diolah di Laboratorium Terapi Sel Mandiri di Kota Malang, Jawa Timur.")
    assert "Laboratorium Terapi Sel Mandiri" in of_type(got, "Facility")
    assert "Laboratorium Terapi Sel Mandiri" not in of_type(got, "Organization")


def test_short_site_name_is_the_longer_site() -> None:
    got = ents("Menkes Tinjau Pabrik Antibiotik Medikon\n\n"
               "Menteri Kesehatan meninjau Pabrik Antibiotik Medikon Cibitung milik PT Medikon Prima di Bekasi.")
    sites = {n: a for n, (t, a) in got.items() if t == "Facility"}
    assert len(sites) == 1


def test_plant_called_by_its_place_is_a_facility() -> None:
    got = ents("Perseroan juga mengoperasikan Plant Cimahi di Kota Cimahi, Jawa Barat.")
    assert "Plant Cimahi" in of_type(got, "Facility")


def test_place_after_plant_with_more_name_is_left_alone() -> None:
    got = ents("Wisatawan mengunjungi Pabrik Bandung Raya Sentosa di Kabupaten Bandung.")
    assert "Pabrik Bandung" not in of_type(got, "Facility")


def test_unknown_words_in_a_list_of_products_are_products() -> None:
    got = ents("Produk perseroan meliputi Kalmor, Panadol, Bodrex dan Hemavit.")
    assert {"Kalmor", "Hemavit"} <= of_type(got, "Product")


def test_a_list_with_one_product_only_adds_nothing() -> None:
    got = ents("Kunjungan ke Panadol, Kalmor dan Hemavit.")
    assert "Kalmor" not in of_type(got, "Product")


def test_brand_glossed_with_its_substance_is_one_product() -> None:
    got = ents("Perseroan tengah mengembangkan dua produk lainnya, yakni Dapagro (dapagliflozin) dan Empagro (empagliflozin).")
    products = {n: a for n, (t, a) in got.items() if t == "Product"}
    assert any("Dapagro" in [n, *a] and "dapagliflozin" in [n, *a] for n, a in products.items())
    assert any("Empagro" in [n, *a] for n, a in products.items())


def test_capitalised_word_after_a_product_class_is_the_brand() -> None:
    got = ents("The company sells the antibiotic ceftriaxone Ceftrix and other generics.")
    # the brand is found; after its substance it joins the substance's node (as in "Ceftrix (ceftriaxone)")
    assert any(t == "Product" and "Ceftrix" in [n, *a] for n, (t, a) in got.items())


def test_place_or_company_after_a_product_is_no_brand() -> None:
    got = ents("Permintaan vaksin rotavirus Jakarta meningkat.")
    assert "Jakarta" not in of_type(got, "Product")


def test_company_named_later_without_nusantara() -> None:
    got = ents("SOHO mengambil alih PT Herbal Sari Nusantara. Herbal Sari memiliki pabrik di Klaten.")
    assert "Herbal Sari" in got.get("PT Herbal Sari Nusantara", ("", []))[1]


def test_university_in_a_city_is_named_without_the_city() -> None:
    got = ents("Studies will be conducted together with Universitas Airlangga in Surabaya.")
    assert "Universitas Airlangga" in of_type(got, "Organization")
    assert "Surabaya" in of_type(got, "Location")


def test_embassy_keeps_its_seat_in_the_name() -> None:
    got = ents("Kim Min-jun of the Embassy of the Republic of Korea in Jakarta attended.")
    assert any(n.endswith("in Jakarta") for n in of_type(got, "Organization"))


def test_plant_named_by_a_common_nouns_acronym_is_no_site() -> None:
    got = ents("Perseroan memproduksi bahan baku obat (BBO). Pabrik BBO milik perseroan berada di Cikarang.")
    assert "Pabrik BBO" not in of_type(got, "Facility")


def test_name_given_to_a_product_is_a_product() -> None:
    got = ents("Vaksin yang akan dikembangkan diberi nama kerja Menivax-BT. "
               "BPOM menyetujui uji klinik produk terapi sel bernama Celvora-21 yang dikembangkan PT Sel Nusantara.")
    assert {"Menivax-BT", "Celvora-21"} <= of_type(got, "Product")


def test_name_given_to_a_plant_is_no_product() -> None:
    got = ents("Pabrik yang diberi nama Sterilis Karawang itu mulai berproduksi obat injeksi.")
    assert "Sterilis" not in of_type(got, "Product")


def test_place_before_based_is_a_location() -> None:
    got = ents("Lumina Therapeutics AB, a Stockholm-based dermatology company, signed the deal. It is well-based.")
    assert "Stockholm" in of_type(got, "Location")


def test_establishment_names_a_body() -> None:
    got = ents("Our insulin is already approved by the Qatar Drug Establishment and other regulators.")
    assert "Qatar Drug Establishment" in of_type(got, "Organization")


def test_short_company_name_opening_with_a_province_is_the_company() -> None:
    got = ents("Pharos memakai teknologi dari Jiangsu Hengli Pharmaceutical Co., Ltd. "
               "Fasilitas milik Jiangsu Hengli di Nanjing telah memperoleh sertifikat GMP.")
    company = next(n for n, (t, a) in got.items() if t == "Organization" and n.startswith("Jiangsu Hengli"))
    assert "Jiangsu Hengli" in got[company][1]
    assert "Jiangsu" not in of_type(got, "Location")


def test_jamu_with_two_descriptive_words_before_its_name() -> None:
    got = ents("Dua produk andalannya, jamu pegal linu Kuatku dan minuman herbal lainnya, dijual nasional.")
    assert "Kuatku" in of_type(got, "Product")


def test_two_lowercase_words_before_a_sentence_word_make_no_product() -> None:
    got = ents("Petugas menyita jamu tanpa izin Kamis lalu dan obat keras lainnya.")
    assert "Kamis" not in of_type(got, "Product")


def test_drink_brand_after_minuman_herbal() -> None:
    got = ents("Produk lainnya, minuman herbal Kunir Asam Segar, dijual nasional.")
    assert "Kunir Asam Segar" in of_type(got, "Product")
