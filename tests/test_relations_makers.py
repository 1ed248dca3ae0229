"""Product, maker and site relations, on sentences written for this file (other names than the test sets).

A site named after its company is run by it ("Pabrik Ekstrak Sekar Wangi Tawangmangu": PT Jamu Sekar
Wangi), and so is a site named right before an organisation ("Laboratorium Sel Punca (LSP) UNAIR").
"""

from __future__ import annotations

from tests.test_relations_round4 import _of, run


def test_site_named_after_its_company_is_operated_by_it() -> None:
    text = ("PT Jamu Sekar Wangi meresmikan Pabrik Ekstrak Sekar Wangi Tawangmangu pekan lalu. "
            "Sertifikat diserahkan di Laboratorium Uji Mutu KLB kepada PT Kencana Lestari Bersama (KLB).")
    got = run(text, [("Organization", "PT Jamu Sekar Wangi", "company"),
                     ("Facility", "Pabrik Ekstrak Sekar Wangi Tawangmangu"),
                     ("Facility", "Laboratorium Uji Mutu KLB"),
                     ("Organization", "PT Kencana Lestari Bersama", "company", "KLB")])
    assert ("OPERATES", "PT Jamu Sekar Wangi", "Pabrik Ekstrak Sekar Wangi Tawangmangu") in got
    assert ("OPERATES", "PT Kencana Lestari Bersama", "Laboratorium Uji Mutu KLB") in got


def test_common_company_words_do_not_tie_a_site_to_a_company() -> None:
    text = "PT Sehat Farma Indonesia menyewa lahan di dekat Pabrik Farma Indonesia Cikande."
    got = run(text, [("Organization", "PT Sehat Farma Indonesia", "company"),
                     ("Facility", "Pabrik Farma Indonesia Cikande")])
    assert not _of(got, "OPERATES")


def test_site_named_right_before_its_organisation() -> None:
    text = "Delegasi meninjau Laboratorium Sel Punca (LSP) Universitas Airlangga yang berada di Surabaya."
    got = run(text, [("Facility", "Laboratorium Sel Punca", None, "LSP"),
                     ("Organization", "Universitas Airlangga", "academic"), ("Location", "Surabaya", "city")])
    assert ("OPERATES", "Universitas Airlangga", "Laboratorium Sel Punca") in got


def test_site_before_a_regulator_is_not_the_regulators() -> None:
    text = "Pabrik Cikande Raya BPOM periksa pekan lalu."
    got = run(text, [("Facility", "Pabrik Cikande Raya"), ("Organization", "BPOM", "regulator")])
    assert not _of(got, "OPERATES")


def test_brand_owner_and_codeveloper_develop_the_product() -> None:
    text = ("Selama ini PT Herba Nusa dikenal sebagai pemilik merek Tolakin dan Sehatmu. "
            "PT Vaksindo memproduksi vaksin Rotavax yang dikembangkan bersama Kyoto Biologics dari Jepang.")
    got = run(text, [("Organization", "PT Herba Nusa", "company"), ("Product", "Tolakin"), ("Product", "Sehatmu"),
                     ("Organization", "PT Vaksindo", "company"), ("Product", "Rotavax"),
                     ("Organization", "Kyoto Biologics", "company"), ("Location", "Jepang", "country")])
    assert {("DEVELOPS", "PT Herba Nusa", "Tolakin"), ("DEVELOPS", "PT Herba Nusa", "Sehatmu"),
            ("DEVELOPS", "PT Vaksindo", "Rotavax"), ("DEVELOPS", "Kyoto Biologics", "Rotavax")} <= got


def test_its_portfolio_is_the_company_spoken_of() -> None:
    text = ("Lumina Health is listed in Singapore. Lumina Health owns PT Sinar Obat, a wholly owned subsidiary. "
            "Its product portfolio includes Flexa, Tussinex and Vitara.")
    got = run(text, [("Organization", "Lumina Health", "company"), ("Organization", "PT Sinar Obat", "company"),
                     ("Product", "Flexa"), ("Product", "Tussinex"), ("Product", "Vitara")])
    assert {("DEVELOPS", "Lumina Health", p) for p in ("Flexa", "Tussinex", "Vitara")} <= got
    assert not any(r[1] == "PT Sinar Obat" for r in _of(got, "DEVELOPS"))


def test_andalan_products_of_the_company() -> None:
    text = ("PT Jamu Sari Rasa berbasis di Klaten. Dua produk andalannya, jamu Pegalinu dan Kunirsari, dijual nasional.")
    got = run(text, [("Organization", "PT Jamu Sari Rasa", "company"), ("Location", "Klaten", "city"),
                     ("Product", "Pegalinu"), ("Product", "Kunirsari")])
    assert {("DEVELOPS", "PT Jamu Sari Rasa", "Pegalinu"), ("DEVELOPS", "PT Jamu Sari Rasa", "Kunirsari")} <= got


def test_a_regulators_list_of_products_is_no_portfolio() -> None:
    text = "BPOM menarik tiga produk. Produknya antara lain Flexa dan Vitara."
    got = run(text, [("Organization", "BPOM", "regulator"), ("Product", "Flexa"), ("Product", "Vitara")])
    assert not _of(got, "DEVELOPS")


def test_apposition_and_venue_place_an_organisation() -> None:
    text = ("Bahan baku dibeli dari CV Kimia Jaya, pemasok bahan kimia di Bekasi, yang tidak berizin. "
            "Uji klinik dilaksanakan di Rumah Sakit Harapan Kita, Jakarta Barat, mulai Mei.")
    got = run(text, [("Organization", "CV Kimia Jaya", "company"), ("Location", "Bekasi", "city"),
                     ("Organization", "Rumah Sakit Harapan Kita", "academic"), ("Location", "Jakarta Barat", "city")])
    assert {("LOCATED_IN", "CV Kimia Jaya", "Bekasi"), ("LOCATED_IN", "Rumah Sakit Harapan Kita", "Jakarta Barat")} <= got


def test_ranking_apposition_and_office_venue_place_nothing() -> None:
    text = ("PT Obat Raya, produsen generik terbesar di Jawa Timur, menambah lini. "
            "NIE diserahkan di Kantor BPOM, Jakarta.")
    got = run(text, [("Organization", "PT Obat Raya", "company"), ("Location", "Jawa Timur", "province"),
                     ("Organization", "Kantor BPOM", "regulator"), ("Location", "Jakarta", "city")])
    assert not _of(got, "LOCATED_IN")


def test_origin_city_and_country_before_the_firm_and_foreign_firm_from_a_city() -> None:
    text = ("PT Biomedika bekerja sama dengan perusahaan bioteknologi asal Shenzhen, Tiongkok, Kangda Biotech. "
            "Teknologinya dilisensikan dari perusahaan bioteknologi Korea Selatan, Hanbit Cell. "
            "Vaksin itu dikembangkan bersama Osaka Biologics dari Osaka.")
    got = run(text, [("Organization", "PT Biomedika", "company"), ("Location", "Shenzhen", "city"),
                     ("Location", "Tiongkok", "country"), ("Organization", "Kangda Biotech", "company"),
                     ("Location", "Korea Selatan", "country"), ("Organization", "Hanbit Cell", "company"),
                     ("Organization", "Osaka Biologics", "company"), ("Location", "Osaka", "city")])
    assert {("LOCATED_IN", "Kangda Biotech", "Shenzhen"), ("LOCATED_IN", "Hanbit Cell", "Korea Selatan"),
            ("LOCATED_IN", "Osaka Biologics", "Osaka")} <= got


def test_indonesian_company_from_a_city_is_travelling() -> None:
    text = "Tim PT Biomedika dari Surabaya tiba di Jakarta."
    got = run(text, [("Organization", "PT Biomedika", "company"), ("Location", "Surabaya", "city"),
                     ("Location", "Jakarta", "city")])
    assert ("LOCATED_IN", "PT Biomedika", "Surabaya") not in got


def test_the_plant_and_the_company_go_back_to_the_subject_not_the_partner_named_last() -> None:
    text = ("PT Kimia Farma Tbk melepas saham anak usahanya, PT Farma Lestari (FL). "
            "FL didirikan pada 2015 sebagai perusahaan patungan antara Kimia Farma dan Lestari Chem. "
            "Perusahaan ini mengoperasikan pabrik bahan baku pertama di Indonesia yang berlokasi di Kawasan Industri Mitra. "
            "Pabrik tersebut memproduksi bahan aktif seperti parasetamol dan telah mengantongi sertifikat CPOB dari BPOM.")
    got = run(text, [("Organization", "PT Kimia Farma Tbk", "company", "Kimia Farma"),
                     ("Organization", "PT Farma Lestari", "company", "FL"),
                     ("Organization", "Lestari Chem", "company"), ("Location", "Indonesia", "country"),
                     ("Location", "Kawasan Industri Mitra", "area"), ("Product", "parasetamol"),
                     ("Regulation", "CPOB", "standard"), ("Organization", "BPOM", "regulator")])
    assert {("DEVELOPS", "PT Farma Lestari", "parasetamol"), ("CERTIFIED", "BPOM", "PT Farma Lestari"),
            ("LOCATED_IN", "PT Farma Lestari", "Kawasan Industri Mitra")} <= got
    assert not any(r[1] in ("Lestari Chem", "Indonesia") for r in got if r[0] in ("DEVELOPS", "CERTIFIED", "LOCATED_IN"))


def test_both_plants_hold_the_certificates() -> None:
    text = ("The products are made at the Cibinong Plant and the Sentul Plant. "
            "Both plants already hold GMP certificates from the Indonesian FDA.")
    got = run(text, [("Facility", "Cibinong Plant"), ("Facility", "Sentul Plant"), ("Regulation", "GMP", "standard"),
                     ("Organization", "Indonesian FDA", "regulator")])
    assert {("CERTIFIED", "Indonesian FDA", "Cibinong Plant"), ("CERTIFIED", "Indonesian FDA", "Sentul Plant")} <= got


def test_product_anaphors_name_the_brand_and_both_products() -> None:
    text = ("PT Medisana meluncurkan Glucora, tablet metformin generik untuk diabetes. "
            "Produk tersebut telah mengantongi NIE dari BPOM. "
            "Perseroan juga mengembangkan Lipora dan Cardiona. "
            "Kedua produk itu masih dalam proses registrasi di BPOM.")
    got = run(text, [("Organization", "PT Medisana", "company"), ("Product", "Glucora"), ("Product", "metformin"),
                     ("Organization", "BPOM", "regulator"), ("Product", "Lipora"), ("Product", "Cardiona")])
    assert ("APPROVED", "BPOM", "Glucora") in got
    assert ("APPROVED", "BPOM", "metformin") not in got
    assert {("REGISTERED_WITH", "Lipora", "BPOM"), ("REGISTERED_WITH", "Cardiona", "BPOM")} <= got


def test_cancelled_permit_of_the_product_not_of_what_it_contains() -> None:
    text = ("Salah satu merek, Jamu Kuat Perkasa, sebelumnya terdaftar di BPOM. "
            "Setelah ditemukan mengandung sildenafil, BPOM membatalkan izin edar produk tersebut.")
    got = run(text, [("Product", "Jamu Kuat Perkasa"), ("Organization", "BPOM", "regulator"), ("Product", "sildenafil")])
    assert _of(got, "REVOKED") == {("REVOKED", "BPOM", "Jamu Kuat Perkasa")}


def test_ownership_phrasings() -> None:
    text = ("Nordika merupakan perusahaan milik Arctic Capital Fund (ACF). "
            "SCT, lanjutnya, merupakan anak usaha PT Harapan Medika Investama. "
            "Medifa merupakan anak usaha Kimia Nusa, yang bersama PT Indomedik Tbk merupakan anak perusahaan PT Bio Nusa.")
    got = run(text, [("Organization", "Nordika", "company"), ("Organization", "Arctic Capital Fund", "company", "ACF"),
                     ("Organization", "SCT", "company"), ("Organization", "PT Harapan Medika Investama", "company"),
                     ("Organization", "Medifa", "company"), ("Organization", "Kimia Nusa", "company"),
                     ("Organization", "PT Indomedik Tbk", "company"), ("Organization", "PT Bio Nusa", "company")])
    assert {("SUBSIDIARY_OF", "Nordika", "Arctic Capital Fund"), ("SUBSIDIARY_OF", "SCT", "PT Harapan Medika Investama"),
            ("SUBSIDIARY_OF", "Medifa", "Kimia Nusa"), ("SUBSIDIARY_OF", "PT Indomedik Tbk", "PT Bio Nusa"),
            ("SUBSIDIARY_OF", "Kimia Nusa", "PT Bio Nusa")} <= got
    assert ("SUBSIDIARY_OF", "Medifa", "PT Bio Nusa") not in got


def test_a_product_owned_by_a_company_is_no_subsidiary() -> None:
    text = "Merek Sehatku kini menjadi merek milik PT Herba Jaya, kata Direktur PT Sari Alam."
    got = run(text, [("Product", "Sehatku"), ("Organization", "PT Herba Jaya", "company"),
                     ("Organization", "PT Sari Alam", "company")])
    assert not _of(got, "SUBSIDIARY_OF")


def test_a_site_certified_for_making_products_is_its_operators() -> None:
    text = ("Rombongan meninjau Pabrik Biologi Cimanggis, fasilitas produksi milik PT Nusa Biofarma yang memperoleh "
            "sertifikat CPOB dari BPOM untuk produksi filgrastim dan somatropin. "
            "Pabrik tersebut juga memperoleh sertifikat untuk lini produksi injeksi, di antaranya teriparatida.")
    got = run(text, [("Facility", "Pabrik Biologi Cimanggis"), ("Organization", "PT Nusa Biofarma", "company"),
                     ("Regulation", "CPOB", "standard"), ("Organization", "BPOM", "regulator"),
                     ("Product", "filgrastim"), ("Product", "somatropin"), ("Product", "teriparatida")])
    assert {("DEVELOPS", "PT Nusa Biofarma", p) for p in ("filgrastim", "somatropin", "teriparatida")} <= got
    assert not any(r[1] == "BPOM" for r in _of(got, "DEVELOPS"))


def test_production_for_a_product_without_a_site_names_no_maker() -> None:
    text = "BPOM menerbitkan pedoman baru untuk produksi filgrastim di Indonesia."
    got = run(text, [("Organization", "BPOM", "regulator"), ("Product", "filgrastim"), ("Location", "Indonesia", "country")])
    assert not _of(got, "DEVELOPS")


def test_approval_by_a_possessed_regulator_and_registration_phrasings() -> None:
    text = ("Glucora was approved by Japan's Pharmaceuticals Agency in 2023. "
            "The marketing authorization dossier for Lipora has been submitted to the Indonesian FDA. "
            "Selain Cardiona, PT Medisana juga menyiapkan registrasi vaksin influenza Fluvara ke BPOM.")
    got = run(text, [("Product", "Glucora"), ("Organization", "Pharmaceuticals Agency", "regulator"),
                     ("Product", "Lipora"), ("Organization", "Indonesian FDA", "regulator"), ("Product", "Cardiona"),
                     ("Organization", "PT Medisana", "company"), ("Product", "vaksin influenza"), ("Product", "Fluvara"),
                     ("Organization", "BPOM", "regulator")])
    assert {("APPROVED", "Pharmaceuticals Agency", "Glucora"), ("REGISTERED_WITH", "Lipora", "Indonesian FDA"),
            ("REGISTERED_WITH", "Fluvara", "BPOM")} <= got
    assert ("REGISTERED_WITH", "Cardiona", "BPOM") not in got


def test_maker_after_a_dosage_form_and_substance_and_the_official_distributor() -> None:
    text = ("BPOM memerintahkan penarikan obat Lambucid kapsul 40 mg (esomeprazol) yang diproduksi oleh PT Sinar Farma. "
            "Distributor resmi produk tersebut, PT Mitra Niaga Medika, diminta menarik sisa stok.")
    got = run(text, [("Organization", "BPOM", "regulator"), ("Product", "Lambucid"), ("Product", "esomeprazol"),
                     ("Organization", "PT Sinar Farma", "company"), ("Organization", "PT Mitra Niaga Medika", "company")])
    assert {("DEVELOPS", "PT Sinar Farma", "Lambucid"), ("MARKETS", "PT Mitra Niaga Medika", "Lambucid")} <= got


def test_products_losing_permits_in_a_sanction_on_a_company_are_its_own() -> None:
    text = ("BPOM menjatuhkan sanksi administratif kepada PT Sirup Sehat, industri farmasi di Kabupaten Serang. "
            "Sanksi tersebut berupa pencabutan izin edar dua produk, yaitu Batukin Sirup dan Demamol Sirup.")
    got = run(text, [("Organization", "BPOM", "regulator"), ("Organization", "PT Sirup Sehat", "company"),
                     ("Location", "Kabupaten Serang", "city"), ("Product", "Batukin Sirup"), ("Product", "Demamol Sirup")])
    assert {("DEVELOPS", "PT Sirup Sehat", "Batukin Sirup"), ("DEVELOPS", "PT Sirup Sehat", "Demamol Sirup")} <= got


def test_a_regulators_own_revocation_names_no_maker() -> None:
    text = "BPOM mencabut izin edar Batukin Sirup dan Demamol Sirup."
    got = run(text, [("Organization", "BPOM", "regulator"), ("Product", "Batukin Sirup"), ("Product", "Demamol Sirup")])
    assert not _of(got, "DEVELOPS")


def test_company_with_products_including_brands() -> None:
    text = ("PT Medisana is partnering with Seoul Pharma. Headquartered in Seoul, Seoul Pharma is a leading company "
            "with products in 40 countries, including the botulinum toxin Toxira.")
    got = run(text, [("Organization", "PT Medisana", "company"), ("Organization", "Seoul Pharma", "company"),
                     ("Location", "Seoul", "city"), ("Product", "botulinum toxin"), ("Product", "Toxira")])
    assert ("DEVELOPS", "Seoul Pharma", "Toxira") in got
    assert ("DEVELOPS", "Seoul Pharma", "botulinum toxin") not in got
    assert not any(r[1] == "PT Medisana" for r in _of(got, "DEVELOPS"))


def test_the_company_owns_a_named_subsidiary() -> None:
    text = ("PT Lestari Medika Tbk is listed in Jakarta. Lestari Medika is a subsidiary of Nordic Holdings. "
            "The Company owns PT Sinar Obat (Sinob), a wholly owned subsidiary engaged in generics.")
    got = run(text, [("Organization", "PT Lestari Medika Tbk", "company", "Lestari Medika"),
                     ("Location", "Jakarta", "city"), ("Organization", "Nordic Holdings", "company"),
                     ("Organization", "PT Sinar Obat", "company")])
    assert ("SUBSIDIARY_OF", "PT Sinar Obat", "PT Lestari Medika Tbk") in got
    assert ("SUBSIDIARY_OF", "PT Sinar Obat", "Nordic Holdings") not in got


def test_short_name_without_nusantara_and_a_bare_company_receiving_a_certificate() -> None:
    text = ("SOHO mengambil alih PT Herbal Sari Nusantara, produsen jamu di Klaten. "
            "Herbal Sari sendiri mengoperasikan Pabrik Jamu Cawas di Kecamatan Cawas. "
            "Pada Januari lalu, perusahaan juga menerima sertifikat halal dari BPJPH untuk 23 varian produknya.")
    got = run(text, [("Organization", "SOHO", "company"),
                     ("Organization", "PT Herbal Sari Nusantara", "company", "Herbal Sari"),
                     ("Location", "Klaten", "city"), ("Facility", "Pabrik Jamu Cawas"),
                     ("Location", "Kecamatan Cawas", "district"), ("Organization", "BPJPH", "government")])
    assert {("OPERATES", "PT Herbal Sari Nusantara", "Pabrik Jamu Cawas"),
            ("CERTIFIED", "BPJPH", "PT Herbal Sari Nusantara")} <= got
    assert ("CERTIFIED", "BPJPH", "Pabrik Jamu Cawas") not in got


def test_company_of_a_country_after_its_acronym() -> None:
    text = "Lestari is controlled by Andes Laboratories, Inc. (Andelab) of the Philippines."
    got = run(text, [("Organization", "Lestari", "company"), ("Organization", "Andes Laboratories", "company"),
                     ("Organization", "Andelab", "company"), ("Location", "Philippines", "country")])
    assert ("LOCATED_IN", "Andelab", "Philippines") in got


def test_emergency_use_approval_for_the_product_of_a_relative_clause() -> None:
    text = ("Di pabrik itu, PT Vaksindo memproduksi vaksin Covaxa yang dikembangkan bersama Kyoto Biologics dari Kyoto "
            "dan mendapat izin penggunaan darurat (EUA) BPOM pada 2022.")
    got = run(text, [("Organization", "PT Vaksindo", "company"), ("Product", "Covaxa"),
                     ("Organization", "Kyoto Biologics", "company"), ("Location", "Kyoto", "city"),
                     ("Organization", "BPOM", "regulator")])
    assert ("APPROVED", "BPOM", "Covaxa") in got


def test_a_company_receiving_something_else_is_no_approval_of_a_product() -> None:
    text = "PT Vaksindo memproduksi vaksin Covaxa dan mendapat penghargaan dari Kyoto Biologics."
    got = run(text, [("Organization", "PT Vaksindo", "company"), ("Product", "Covaxa"),
                     ("Organization", "Kyoto Biologics", "company")])
    assert not _of(got, "APPROVED")


def test_unnamed_plant_of_a_company_makes_products_and_holds_the_certificate() -> None:
    text = ("Pabrik bahan baku milik PT Farma Lestari di Kawasan Industri Mitra saat ini memproduksi atorvastatin. "
            "PT Farma Lestari merupakan perusahaan patungan antara PT Induk Farma dan Lestari Chem. "
            "\u201cPermintaan terus naik.\u201d "
            "Direktur Utama PT Induk Farma, Budi Santoso, mengatakan permintaan meningkat. "
            "Menurut Budi, fasilitas tersebut telah mengantongi sertifikat CPOB dari BPOM sejak 2018.")
    got = run(text, [("Organization", "PT Farma Lestari", "company"), ("Location", "Kawasan Industri Mitra", "area"),
                     ("Product", "atorvastatin"), ("Organization", "PT Induk Farma", "company"),
                     ("Organization", "Lestari Chem", "company"), ("Person", "Budi Santoso", None, "Budi"),
                     ("Regulation", "CPOB", "standard"), ("Organization", "BPOM", "regulator")])
    assert {("DEVELOPS", "PT Farma Lestari", "atorvastatin"), ("CERTIFIED", "BPOM", "PT Farma Lestari")} <= got


def test_second_organiser_of_an_event_is_not_located_at_the_venue() -> None:
    text = "Menkes menghadiri forum yang digelar oleh KBRI Tokyo dan Japan Health Institute (JHI) di Osaka."
    got = run(text, [("Organization", "KBRI Tokyo", "government"),
                     ("Organization", "Japan Health Institute", "government", "JHI"), ("Location", "Osaka", "city")])
    assert ("LOCATED_IN", "Japan Health Institute", "Osaka") not in got


def test_its_two_plants_are_the_sites_named_next() -> None:
    text = ("PT Lestari Medika Tbk announced today that its two manufacturing plants in Bekasi Regency have received "
            "halal certificates from BPJPH. The certification covers products made at the Cibitung Plant and the "
            "Cikarang Plant.")
    got = run(text, [("Organization", "PT Lestari Medika Tbk", "company"), ("Location", "Bekasi Regency", "city"),
                     ("Organization", "BPJPH", "government"), ("Facility", "Cibitung Plant"),
                     ("Facility", "Cikarang Plant")])
    for site in ("Cibitung Plant", "Cikarang Plant"):
        assert {("OPERATES", "PT Lestari Medika Tbk", site), ("LOCATED_IN", site, "Bekasi Regency"),
                ("CERTIFIED", "BPJPH", site)} <= got


def test_a_count_that_does_not_fit_names_no_sites() -> None:
    text = ("PT Lestari Medika Tbk said its three plants run at full capacity. "
            "Visitors toured the Cibitung Plant and the Cikarang Plant.")
    got = run(text, [("Organization", "PT Lestari Medika Tbk", "company"), ("Facility", "Cibitung Plant"),
                     ("Facility", "Cikarang Plant")])
    assert not _of(got, "OPERATES")


def test_its_new_facility_is_the_one_site_named_next() -> None:
    text = ("PT Jamu Wangi menerima sertifikat CPOTB dari Badan POM untuk fasilitas ekstraksi barunya di Kecamatan Tawangmangu. "
            "Sertifikat diserahkan kepada Direktur Utama PT Jamu Wangi di Pabrik Ekstrak Wangi Tawangmangu.")
    got = run(text, [("Organization", "PT Jamu Wangi", "company"), ("Regulation", "CPOTB", "standard"),
                     ("Organization", "Badan POM", "regulator"), ("Location", "Kecamatan Tawangmangu", "district"),
                     ("Facility", "Pabrik Ekstrak Wangi Tawangmangu")])
    assert {("OPERATES", "PT Jamu Wangi", "Pabrik Ekstrak Wangi Tawangmangu"),
            ("LOCATED_IN", "Pabrik Ekstrak Wangi Tawangmangu", "Kecamatan Tawangmangu"),
            ("CERTIFIED", "Badan POM", "Pabrik Ekstrak Wangi Tawangmangu")} <= got
    assert not any(r[1] == "Badan POM" for r in _of(got, "OPERATES"))


def test_new_plant_named_next_and_a_site_before_its_owner_located() -> None:
    text = ("PT Sinar Steril resmi mengoperasikan pabrik injeksi steril baru di Kawasan Industri Suryacipta, Karawang. "
            "Pabrik yang diberi nama Steril Karawang Plant itu mulai berproduksi. "
            "Delegasi meninjau Laboratorium Uji Terpadu (LUT) Universitas Airlangga yang berada di kompleks kampus Mulyorejo, Surabaya.")
    got = run(text, [("Organization", "PT Sinar Steril", "company"), ("Location", "Suryacipta", "area"),
                     ("Location", "Karawang", "city"), ("Facility", "Steril Karawang Plant"),
                     ("Facility", "Laboratorium Uji Terpadu", None, "LUT"),
                     ("Organization", "Universitas Airlangga", "academic"), ("Location", "Mulyorejo", "area"),
                     ("Location", "Surabaya", "city")])
    assert {("LOCATED_IN", "Steril Karawang Plant", "Suryacipta"),
            ("LOCATED_IN", "Laboratorium Uji Terpadu", "Mulyorejo")} <= got
    assert ("LOCATED_IN", "Universitas Airlangga", "Mulyorejo") not in got


def test_approval_for_a_product_class_named_after() -> None:
    text = "BPOM menerbitkan persetujuan uji klinik untuk produk terapi sel CAR-T bernama Celvora-21 yang dikembangkan PT Sel Nusantara."
    got = run(text, [("Organization", "BPOM", "regulator"), ("Product", "CAR-T"), ("Product", "Celvora-21"),
                     ("Organization", "PT Sel Nusantara", "company")])
    assert {("APPROVED", "BPOM", "Celvora-21"), ("DEVELOPS", "PT Sel Nusantara", "Celvora-21")} <= got


def test_both_products_approved_abroad_and_registering_here() -> None:
    text = ("PT Medisana akan memproduksi dua obat, yakni edoxaban dan dabigatran. "
            "Versi generik edoxaban dan dabigatran buatan Hetera telah mendapat persetujuan dari US Drug Agency (USDA). "
            "PT Medisana menargetkan proses registrasi kedua produk di BPOM rampung tahun depan.")
    got = run(text, [("Organization", "PT Medisana", "company"), ("Product", "edoxaban"), ("Product", "dabigatran"),
                     ("Organization", "Hetera", "company"), ("Organization", "Drug Agency", "regulator", "USDA"),
                     ("Organization", "BPOM", "regulator")])
    assert {("APPROVED", "Drug Agency", "edoxaban"), ("APPROVED", "Drug Agency", "dabigatran"),
            ("REGISTERED_WITH", "edoxaban", "BPOM"), ("REGISTERED_WITH", "dabigatran", "BPOM")} <= got


def test_x_based_company_after_a_legal_form_or_a_quoted_short_name() -> None:
    text = ('Lumina Therapeutics AB, a Stockholm-based dermatology company, and PT Sinar Obat ("Sinar"), '
            'a Jakarta-based manufacturer, signed the deal.')
    got = run(text, [("Organization", "Lumina Therapeutics", "company"), ("Location", "Stockholm", "city"),
                     ("Organization", "PT Sinar Obat", "company", "Sinar"), ("Location", "Jakarta", "city")])
    assert {("LOCATED_IN", "Lumina Therapeutics", "Stockholm"), ("LOCATED_IN", "PT Sinar Obat", "Jakarta")} <= got


def test_majority_stake_makes_a_subsidiary_and_a_minority_one_does_not() -> None:
    text = ("Dalam perjanjian itu, PT Arta Farma menguasai 51 persen saham PT Arta Kimia, sedangkan Lakshmi Labs "
            "memegang 49 persen saham PT Arta Kimia. Melalui anak usahanya, PT Soho Nusa, perseroan mengambil alih "
            "70% saham PT Rempah Jaya.")
    got = run(text, [("Organization", "PT Arta Farma", "company"), ("Organization", "PT Arta Kimia", "company"),
                     ("Organization", "Lakshmi Labs", "company"), ("Organization", "PT Soho Nusa", "company"),
                     ("Organization", "PT Rempah Jaya", "company")])
    assert {("SUBSIDIARY_OF", "PT Arta Kimia", "PT Arta Farma"), ("SUBSIDIARY_OF", "PT Rempah Jaya", "PT Soho Nusa")} <= got
    assert ("SUBSIDIARY_OF", "PT Arta Kimia", "Lakshmi Labs") not in got


def test_the_company_after_an_adverbial_opener_previously_developed() -> None:
    text = ("Sebagai informasi, PT Vaksin Nusa merupakan produsen vaksin swasta pertama di Indonesia. "
            "Perusahaan ini sebelumnya mengembangkan Vaksin Garuda bersama Universitas Airlangga.")
    got = run(text, [("Organization", "PT Vaksin Nusa", "company"), ("Location", "Indonesia", "country"),
                     ("Product", "Vaksin Garuda"), ("Organization", "Universitas Airlangga", "academic")])
    assert ("DEVELOPS", "PT Vaksin Nusa", "Vaksin Garuda") in got


def test_agency_of_a_ministry_is_part_of_it() -> None:
    text = ("The plants received certificates from the Drug Registration Agency (Badan Registrasi Obat, BRO) "
            "of the Ministry of Health. The Minister of Health of the Ministry of Health spoke.")
    got = run(text, [("Organization", "Drug Registration Agency", "government", "Badan Registrasi Obat|BRO"),
                     ("Organization", "Ministry of Health", "government")])
    assert _of(got, "PART_OF") == {("PART_OF", "Drug Registration Agency", "Ministry of Health")}


def test_product_as_the_result_of_a_companys_development() -> None:
    text = ("Vaksin Nusavax merupakan hasil pengembangan PT Bio Nusa. "
            "Obat herbal Tensira, hasil riset bersama Universitas Padjadjaran, kini dijual luas.")
    got = run(text, [("Product", "Nusavax"), ("Organization", "PT Bio Nusa", "company"), ("Product", "Tensira"),
                     ("Organization", "Universitas Padjadjaran", "academic")])
    assert {("DEVELOPS", "PT Bio Nusa", "Nusavax"), ("DEVELOPS", "Universitas Padjadjaran", "Tensira")} <= got


def test_product_of_a_company_and_made_at_its_plant() -> None:
    text = ("Lipora merupakan produk PT Sinar Obat. Cardiona diproduksi di pabrik PT Medisana di Semarang. "
            "Vitara, produk impor yang didistribusikan PT Niaga Obat, ditarik.")
    got = run(text, [("Product", "Lipora"), ("Organization", "PT Sinar Obat", "company"), ("Product", "Cardiona"),
                     ("Organization", "PT Medisana", "company"), ("Location", "Semarang", "city"),
                     ("Product", "Vitara"), ("Organization", "PT Niaga Obat", "company")])
    assert {("DEVELOPS", "PT Sinar Obat", "Lipora"), ("DEVELOPS", "PT Medisana", "Cardiona")} <= got
    assert ("DEVELOPS", "PT Niaga Obat", "Vitara") not in got


def test_parent_phrasings_read_in_the_right_direction() -> None:
    ents = [("Organization", "PT Sinar Obat", "company"), ("Organization", "PT Induk Sehat", "company")]
    for text in ("PT Induk Sehat merupakan induk usaha PT Sinar Obat.",
                 "PT Sinar Obat dan induk usahanya, PT Induk Sehat, hadir.",
                 "PT Induk Sehat, the parent company of PT Sinar Obat, said."):
        assert _of(run(text, ents), "SUBSIDIARY_OF") == {("SUBSIDIARY_OF", "PT Sinar Obat", "PT Induk Sehat")}, text


def test_certificate_for_a_named_plant_and_a_plant_owned_before_its_site() -> None:
    text = ("PT Sinar Obat meraih sertifikat CPOB dari BPOM untuk Pabrik Cikande. "
            "Pabrik Cikande milik PT Sinar Obat berlokasi di Serang.")
    got = run(text, [("Organization", "PT Sinar Obat", "company"), ("Organization", "BPOM", "regulator"),
                     ("Regulation", "CPOB", "standard"), ("Facility", "Pabrik Cikande"), ("Location", "Serang", "city")])
    assert {("CERTIFIED", "BPOM", "PT Sinar Obat"), ("CERTIFIED", "BPOM", "Pabrik Cikande"),
            ("LOCATED_IN", "Pabrik Cikande", "Serang")} <= got
    assert ("LOCATED_IN", "PT Sinar Obat", "Serang") not in got


def test_english_maker_revocation_subsidiary_and_operated_site() -> None:
    ents = [("Organization", "PT Sinar Obat", "company"), ("Product", "Lipora"), ("Product", "Cardiona"),
            ("Organization", "BPOM", "regulator"), ("Facility", "Cikande Plant"),
            ("Organization", "Nordic Pharma", "company"), ("Location", "Serang", "city")]
    text = ("Lipora is manufactured by Nordic Pharma. BPOM has revoked the marketing authorization of Cardiona. "
            "Nordic Pharma is a wholly owned subsidiary of PT Sinar Obat. "
            "The Cikande Plant, operated by PT Sinar Obat, is located in Serang.")
    got = run(text, ents)
    assert {("DEVELOPS", "Nordic Pharma", "Lipora"), ("REVOKED", "BPOM", "Cardiona"),
            ("SUBSIDIARY_OF", "Nordic Pharma", "PT Sinar Obat"), ("LOCATED_IN", "Cikande Plant", "Serang")} <= got
    assert not _of(got, "MARKETS")  # "marketing authorization" is a permit, not marketing
    assert ("LOCATED_IN", "PT Sinar Obat", "Serang") not in got


def test_coordinated_products_of_a_company() -> None:
    got = run("Lipora dan Cardiona merupakan produk PT Sinar Obat.",
              [("Organization", "PT Sinar Obat", "company"), ("Product", "Lipora"), ("Product", "Cardiona")])
    assert {("DEVELOPS", "PT Sinar Obat", "Lipora"), ("DEVELOPS", "PT Sinar Obat", "Cardiona")} <= got


def test_late_operator_producer_apposition_and_issued_permit() -> None:
    ents = [("Organization", "PT Sinar Obat", "company"), ("Product", "Lipora"), ("Organization", "BPOM", "regulator"),
            ("Facility", "Pabrik Cikande"), ("Location", "Serang", "city"), ("Location", "Banten", "province")]
    text = ("Pabrik Cikande yang terletak di Serang, Banten, dioperasikan oleh PT Sinar Obat. "
            "PT Sinar Obat, produsen Lipora, berkantor pusat di Serang. Izin edar Lipora diterbitkan BPOM pada 2024.")
    got = run(text, ents)
    assert {("OPERATES", "PT Sinar Obat", "Pabrik Cikande"), ("DEVELOPS", "PT Sinar Obat", "Lipora"),
            ("LOCATED_IN", "PT Sinar Obat", "Serang"), ("APPROVED", "BPOM", "Lipora")} <= got
    assert ("LOCATED_IN", "Lipora", "Serang") not in got


def test_maker_before_the_seat_it_is_given() -> None:
    got = run("Nordic Pharma, headquartered in Uppsala, Sweden, develops Lipora.",
              [("Organization", "Nordic Pharma", "company"), ("Product", "Lipora"), ("Location", "Sweden", "country"),
               ("Location", "Uppsala", "city")])
    assert ("DEVELOPS", "Nordic Pharma", "Lipora") in got


def test_revocation_by_a_bare_agent_and_not_by_the_sanctioned_company() -> None:
    ents = [("Organization", "PT Sinar Obat", "company"), ("Product", "Lipora"), ("Organization", "BPOM", "regulator"),
            ("Regulation", "CPOB", "standard")]
    got = run("Sertifikat CPOB PT Sinar Obat dibekukan BPOM. Lipora ditarik setelah izin edarnya dicabut BPOM. "
              "Selain itu, PT Sinar Obat dijatuhi sanksi pencabutan izin edar Lipora.", ents)
    assert {("REVOKED", "BPOM", "PT Sinar Obat"), ("REVOKED", "BPOM", "Lipora")} <= got
    assert not any(r[1] == "PT Sinar Obat" for r in _of(got, "REVOKED"))


def test_more_indonesian_maker_and_seller_phrasings() -> None:
    ents = [("Organization", "PT Sinar Obat", "company"), ("Product", "Lipora"), ("Product", "Cardiona"),
            ("Product", "Vitara"), ("Organization", "PT Niaga Medika", "company")]
    got = run("PT Sinar Obat meluncurkan produk terbarunya, Lipora. Vitara keluaran PT Sinar Obat kini tersedia. "
              "Lipora dan Cardiona akan dipasarkan oleh PT Niaga Medika.", ents)
    assert {("DEVELOPS", "PT Sinar Obat", "Lipora"), ("DEVELOPS", "PT Sinar Obat", "Vitara"),
            ("MARKETS", "PT Niaga Medika", "Lipora"), ("MARKETS", "PT Niaga Medika", "Cardiona")} <= got
    assert ("DEVELOPS", "PT Niaga Medika", "Lipora") not in got


def test_company_with_a_plant_somewhere_is_there() -> None:
    got = run("PT Sinar Obat memiliki pabrik di Cikarang. Nordic Pharma operates a manufacturing plant in Uppsala.",
              [("Organization", "PT Sinar Obat", "company"), ("Location", "Cikarang", "city"),
               ("Organization", "Nordic Pharma", "company"), ("Location", "Uppsala", "city")])
    assert {("LOCATED_IN", "PT Sinar Obat", "Cikarang"), ("LOCATED_IN", "Nordic Pharma", "Uppsala")} <= got


def test_the_facility_again_is_the_site_certified_before() -> None:
    text = ("Kepala BPOM meninjau Pabrik Antibiotik Cimahi milik PT Sinar Obat. "
            "Pabrik tersebut baru saja memperoleh sertifikat CPOB dari BPOM. "
            "Presiden Direktur PT Sinar Obat menyambut rombongan. "
            "Kami mengapresiasi investasi ini. Produk akan dipasok ke rumah sakit. Ekspor juga direncanakan. "
            "Selain itu, fasilitas tersebut juga telah memperoleh sertifikat GMP dari Saudi FDA.")
    got = run(text, [("Organization", "BPOM", "regulator"), ("Facility", "Pabrik Antibiotik Cimahi"),
                     ("Organization", "PT Sinar Obat", "company"), ("Regulation", "CPOB", "standard"),
                     ("Regulation", "GMP", "standard"), ("Organization", "Saudi FDA", "regulator")])
    assert ("CERTIFIED", "Saudi FDA", "Pabrik Antibiotik Cimahi") in got


def test_the_company_seated_somewhere_is_the_one_named_last() -> None:
    text = ("Sementara itu, Presiden Direktur Hanbit Pharm, Kim Min-jun, menyatakan Indonesia pasar strategis. "
            "Perusahaan yang bermarkas di Seoul itu berencana menambah lini produksi.")
    got = run(text, [("Organization", "Hanbit Pharm", "company"), ("Person", "Kim Min-jun"),
                     ("Location", "Indonesia", "country"), ("Location", "Seoul", "city")])
    assert ("LOCATED_IN", "Hanbit Pharm", "Seoul") in got


def test_andalan_products_belong_to_the_subject_just_before_not_the_group() -> None:
    text = ("SOHO mengakuisisi PT Jamu Sari Rasa. SOHO dikenal luas. SOHO juga aktif. "
            "Setelah akuisisi, PT Jamu Sari Rasa akan menjadi cucu usaha SOHO. "
            "Dua produk andalannya, jamu Pegalinu dan Kunirsari, dijual nasional.")
    got = run(text, [("Organization", "SOHO", "company"), ("Organization", "PT Jamu Sari Rasa", "company"),
                     ("Product", "Pegalinu"), ("Product", "Kunirsari")])
    assert ("DEVELOPS", "PT Jamu Sari Rasa", "Pegalinu") in got
    assert ("DEVELOPS", "SOHO", "Pegalinu") not in got


def test_products_listed_with_descriptive_words_share_maker_and_distributor() -> None:
    text = ("PT Jamu Sari Rasa berbasis di Klaten. Dua produk andalannya, jamu pegal linu Pegalinu dan minuman herbal "
            "Kunir Asam Segar, rencananya akan didistribusikan secara nasional oleh PT Niaga Jaya.")
    got = run(text, [("Organization", "PT Jamu Sari Rasa", "company"), ("Location", "Klaten", "city"),
                     ("Product", "Pegalinu"), ("Product", "Kunir Asam Segar"), ("Organization", "PT Niaga Jaya", "company")])
    assert {("DEVELOPS", "PT Jamu Sari Rasa", "Pegalinu"), ("DEVELOPS", "PT Jamu Sari Rasa", "Kunir Asam Segar"),
            ("MARKETS", "PT Niaga Jaya", "Pegalinu"), ("MARKETS", "PT Niaga Jaya", "Kunir Asam Segar")} <= got


def test_products_apart_by_a_purpose_are_not_one_list() -> None:
    text = "Pegalinu untuk pegal linu dan Kunir Asam Segar akan didistribusikan oleh PT Niaga Jaya."
    got = run(text, [("Product", "Pegalinu"), ("Product", "Kunir Asam Segar"), ("Organization", "PT Niaga Jaya", "company")])
    assert ("MARKETS", "PT Niaga Jaya", "Pegalinu") not in got


def test_english_release_plant_products_and_seat_of_the_company() -> None:
    text = ("PT Surya Onko Pharmaceuticals (\u201cSurya Onko\u201d), a subsidiary of PT Surya Holding, today inaugurated its new "
            "facility, the Surya Cilegon Oncology Plant. The facility received its CPOB certificate from BPOM. "
            "Production starts with two medicines: Paclitaxel Surya and Docetaxel Surya. "
            "The products will be distributed nationwide by PT Lintas Niaga. "
            "In addition, the plant will manufacture SuryaTrast under a licence from Hanbit Bio Co., Ltd. of Incheon. "
            "Surya Onko said the plant is ready. Surya Onko thanked BPOM. "
            "Headquartered in Jakarta, the Company operates two sites.")
    got = run(text, [("Organization", "PT Surya Onko Pharmaceuticals", "company", "Surya Onko"),
                     ("Organization", "PT Surya Holding", "company"), ("Facility", "Surya Cilegon Oncology Plant"),
                     ("Regulation", "CPOB", "standard"), ("Organization", "BPOM", "regulator"),
                     ("Product", "Paclitaxel Surya"), ("Product", "Docetaxel Surya"),
                     ("Organization", "PT Lintas Niaga", "company"), ("Product", "SuryaTrast"),
                     ("Organization", "Hanbit Bio Co., Ltd", "company"), ("Location", "Incheon", "city"),
                     ("Location", "Jakarta", "city")])
    assert {("OPERATES", "PT Surya Onko Pharmaceuticals", "Surya Cilegon Oncology Plant"),
            ("CERTIFIED", "BPOM", "Surya Cilegon Oncology Plant"),
            ("MARKETS", "PT Lintas Niaga", "Paclitaxel Surya"), ("MARKETS", "PT Lintas Niaga", "Docetaxel Surya"),
            ("DEVELOPS", "PT Surya Onko Pharmaceuticals", "SuryaTrast"), ("LOCATED_IN", "Hanbit Bio Co., Ltd", "Incheon"),
            ("LOCATED_IN", "PT Surya Onko Pharmaceuticals", "Jakarta")} <= got
    assert ("OPERATES", "PT Surya Holding", "Surya Cilegon Oncology Plant") not in got
