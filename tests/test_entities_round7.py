"""Round-7 entity rules, on sentences written for this file (other names than the dev7 set).

Generic product classes ("bahan kimia obat", "tablet tambah darah") are no products; the brand
named after a described class is one.
"""

from __future__ import annotations

from tests.test_entities_round4 import ents, of_type


def test_generic_product_classes_are_no_products() -> None:
    got = ents("Petugas menyita jamu yang dicampur bahan kimia obat dan tablet tambah darah tanpa izin edar.")
    assert not {"bahan kimia obat", "tablet tambah darah"} & of_type(got, "Product")


def test_brand_after_a_described_class_is_a_product() -> None:
    got = ents("Perusahaan itu memasarkan sirup pereda batuk Tussilin Junior dan tablet penambah energi Vitara.")
    assert {"Tussilin Junior", "Vitara"} <= of_type(got, "Product")


def test_maker_after_a_class_word_is_no_product() -> None:
    got = ents("Ia membeli obat flu buatan Sumber Waras di apotek.")
    assert "Sumber Waras" not in of_type(got, "Product")
    got = ents("Vaksin meningitis meningokokus konjugat ACWY ditujukan bagi jemaah haji.")
    assert "ACWY" not in of_type(got, "Product")


def test_quoted_brands_after_a_brand_cue_are_products() -> None:
    got = ents('Petugas menyita krim pemutih bermerek "Kulit Salju Jepang" dan "Malam Ayu Cream", '
               'serta jamu "Pegal Linu Cap Kuda Emas" tanpa izin edar.')
    assert {"Kulit Salju Jepang", "Malam Ayu Cream", "Pegal Linu Cap Kuda Emas"} <= of_type(got, "Product")


def test_quoted_title_after_other_words_stays_out() -> None:
    got = ents('Seminar bertema "Masa Depan Industri Farmasi" digelar di Jakarta.')
    assert not of_type(got, "Product")


def test_brand_cue_takes_the_code_after_the_name() -> None:
    got = ents("Perusahaan memperkenalkan vaksin bermerek Pneumo XT-20 tahun ini.")
    assert "Pneumo XT-20" in of_type(got, "Product")


def test_title_in_a_hospital_or_street_name_is_no_person() -> None:
    got = ents("Rumah Sakit Umum Pusat (RSUP) Dr. Kariadi menandatangani nota kesepahaman. "
               "Kantor itu berada di Jalan Dr. Sutomo, Surabaya.")
    assert not {"Kariadi", "Sutomo"} & of_type(got, "Person")


def test_title_before_a_person_after_an_organisation_still_names_one() -> None:
    got = ents("Menurut Direktur RSUD Sehat Sentosa, Dr. Budi Santoso, layanan itu baru.")
    assert "Budi Santoso" in of_type(got, "Person")


def test_agreement_name_starts_after_a_headline_verb_or_preposition() -> None:
    got = ents("Kimia Sehat dan PT Obat Jaya Teken MoU Produksi Vaksin\n\n"
               "Melalui MoU ini, kedua pihak bekerja sama. Under the Supply and Distribution Agreement, "
               "the partner will sell the drug.")
    agreements = of_type(got, "Agreement")
    assert "Supply and Distribution Agreement" in agreements
    assert not any(a.startswith(("Melalui", "Under", "PT Obat")) or "Teken" in a for a in agreements)


def test_office_named_with_province_short_and_long_is_one() -> None:
    got = ents("Polda Jawa Timur menggerebek gudang obat ilegal. Kapolda Jatim mengatakan Polda Jatim "
               "bekerja sama dengan Balai Besar POM di Surabaya.")
    orgs = of_type(got, "Organization")
    assert len([o for o in orgs if o.startswith("Polda")]) == 1


def test_offices_of_two_provinces_stay_two() -> None:
    got = ents("Polda Jatim dan Polda Jawa Barat menggelar operasi bersama.")
    assert len([o for o in of_type(got, "Organization") if o.startswith("Polda")]) == 2


def test_plant_named_after_its_place_is_a_facility() -> None:
    got = ents("Perusahaan memproduksi bahan baku di Plant Pulogadung. “Kapasitas Plant Pulogadung kami naikkan,” katanya. "
               "Obat itu dibuat di Pabrik Cikupa, Kabupaten Tangerang.")
    assert {"Plant Pulogadung", "Pabrik Cikupa"} <= of_type(got, "Facility")
    assert not any(f.startswith("Kapasitas") for f in of_type(got, "Facility"))
    assert "Kabupaten Tangerang" in of_type(got, "Location")


def test_place_after_a_plain_word_stays_a_place() -> None:
    got = ents("Distributor itu membuka gudang di Cikupa tahun ini.")
    assert "Cikupa" in of_type(got, "Location")
    assert not of_type(got, "Facility")


def test_faculty_is_named_with_its_university_which_stays_an_entity() -> None:
    got = ents("Riset itu dilakukan bersama Fakultas Kedokteran, Kesehatan Masyarakat, dan Keperawatan "
               "Universitas Gadjah Mada sejak 2019.")
    orgs = of_type(got, "Organization")
    assert "Fakultas Kedokteran, Kesehatan Masyarakat, dan Keperawatan Universitas Gadjah Mada" in orgs
    assert "Universitas Gadjah Mada" in orgs


def test_agency_unit_keeps_its_parent_apart() -> None:
    got = ents("Deputi Bidang Penindakan BPOM memimpin operasi itu.")
    assert "Deputi Bidang Penindakan" in of_type(got, "Organization")


def test_company_named_short_is_the_company_not_a_lexicon_name_it_ends_in() -> None:
    got = ents("Sertifikat Halal untuk Vaksin Produksi Sinar Husada Biofarma\n\n"
               "BPJPH menyerahkan sertifikat kepada PT Sinar Husada Biofarma. Selain itu, produk Sinar Husada "
               "yang lain juga halal.")
    assert of_type(got, "Organization") >= {"PT Sinar Husada Biofarma"}
    assert "Sinar Husada Biofarma" in got["PT Sinar Husada Biofarma"][1]
    assert not any("Bio Farma" in o for o in of_type(got, "Organization"))
    assert not of_type(got, "Product")


def test_kind_of_institution_before_the_one_meant_is_no_entity() -> None:
    got = ents("Audit dilakukan oleh Lembaga Pemeriksa Halal (LPH) LPPOM MUI. LPH itu bekerja cepat.")
    assert not any(o.startswith("Lembaga Pemeriksa") for o in of_type(got, "Organization"))
    assert "LPH" not in {a for _, (_, al) in got.items() for a in al}
    got = ents("Pemerintah menunjuk Lembaga Pemeriksa Halal (LPH) baru tahun ini.")
    assert "Lembaga Pemeriksa Halal" in of_type(got, "Organization")


def test_foreign_company_with_legal_tail_is_an_organisation_not_a_person() -> None:
    got = ents("The plant was built with Hanra Biopharm Co., Ltd. of Busan. "
               "Lee Min-su, Chief Executive Officer of Hanra Biopharm, said the deal was signed.")
    assert not {"Hanra Biopharm"} & of_type(got, "Person")
    assert any(o.startswith("Hanra Biopharm") for o in of_type(got, "Organization"))


def test_possessive_is_not_part_of_a_name() -> None:
    got = ents("It is a priority of the Ministry of Trade's export agenda, he said.")
    assert "Ministry of Trade" in of_type(got, "Organization")


def test_name_with_its_strength_is_a_product() -> None:
    got = ents("The plant makes two generics: Gemcitabine Nusantara 200 mg and Cisplatin Nusantara 50 mg/mL.")
    assert {"Gemcitabine Nusantara 200 mg", "Cisplatin Nusantara 50 mg/mL"} <= of_type(got, "Product")


def test_an_amount_at_a_sentence_start_is_no_product() -> None:
    got = ents("Sebanyak 500 mg bahan itu disita petugas.")
    assert not of_type(got, "Product")


def test_brand_explained_by_an_indefinite_class_phrase_is_a_product() -> None:
    got = ents("The plant will also make Onkotrast, a trastuzumab biosimilar for breast cancer, from next year.")
    assert "Onkotrast" in of_type(got, "Product")


def test_person_explained_by_a_job_phrase_is_no_product() -> None:
    got = ents("The agency hired Rizal, a drug analyst from Jakarta.")
    assert "Rizal" not in of_type(got, "Product")


def test_person_with_a_leading_initial_after_a_regional_role() -> None:
    got = ents("The plant was opened by the Regent of Kendal, H. Rizky Pratama, and by Bupati Batang, "
               "M. Adi Nugroho, on Monday.")
    assert {"Rizky Pratama", "M. Adi Nugroho"} <= of_type(got, "Person")


def test_lower_case_drs_is_an_honorific() -> None:
    got = ents("Sertifikat diserahkan kepada Direktur Utama PT Obat Sentosa, drs. Agus Wibowo, Apt. Menurut Siti, produk itu halal.")
    assert "Agus Wibowo" in of_type(got, "Person")


def test_foreign_institute_named_in_its_language_is_an_organisation() -> None:
    got = ents("Teknologi itu dilisensikan oleh Instituto Vital Sul, Brasil, pada 2021.")
    assert "Instituto Vital Sul" in of_type(got, "Organization")
    assert "Brasil" in of_type(got, "Location")


def test_named_laboratory_is_a_facility() -> None:
    got = ents("Sel itu diolah di Laboratorium Terapi Sel Mandiri di Kota Bogor.")
    assert "Laboratorium Terapi Sel Mandiri" in of_type(got, "Facility")
    assert not any(o.startswith("Laboratorium") for o in of_type(got, "Organization"))


def test_brand_explained_as_a_gel_is_a_product() -> None:
    got = ents("Kerja sama itu meliputi uji klinik OsteoRegen, gel sel punca untuk pasien lutut.")
    assert "OsteoRegen" in of_type(got, "Product")


def test_device_after_its_kind_is_a_product() -> None:
    got = ents("Perusahaan menyiapkan termometer digital SuhuTepat yang sudah memperoleh izin edar.")
    assert "SuhuTepat" in of_type(got, "Product")


def test_known_name_written_in_lower_case_is_a_description() -> None:
    got = ents("Indofarma merupakan anggota holding BUMN farmasi yang dipimpin Bio Farma.")
    assert not any("Holding" in o for o in of_type(got, "Organization"))
    got = ents("Strategi Holding BUMN Farmasi diumumkan kemarin.")
    assert "Holding BUMN Farmasi" in of_type(got, "Organization")


def test_national_formulary_is_a_regulation() -> None:
    got = ents("Obat itu sudah masuk Formularium Nasional (Fornas) sejak tahun lalu.")
    assert "Formularium Nasional" in of_type(got, "Regulation")
    assert not of_type(got, "Program")


def test_kind_of_medicine_with_an_acronym_is_no_organisation() -> None:
    got = ents("Produsen jamu dan obat herbal asli Indonesia (OHAI), PT Jamu Sehat Lestari, menerima sertifikat.")
    assert of_type(got, "Organization") == {"PT Jamu Sehat Lestari"}
    got = ents("Riset Obat Herbal Asli Indonesia (OHAI) terus berkembang.")
    assert not of_type(got, "Organization")


def test_service_line_is_no_facility() -> None:
    got = ents("Masyarakat dapat menghubungi Contact Center HALO BPOM atau Call Center Kemenkes.")
    assert not of_type(got, "Facility")
    got = ents("Perusahaan membangun Nusa Riset Innovation Center di Bekasi.")
    assert "Nusa Riset Innovation Center" in of_type(got, "Facility")


def test_office_of_a_known_body_is_the_body() -> None:
    got = ents("Penyerahan dilakukan di Kantor BPOM, Jakarta. Kantor Staf Presiden juga hadir.")
    orgs = of_type(got, "Organization")
    assert "Badan Pengawas Obat dan Makanan" in orgs and not any(o.startswith("Kantor B") for o in orgs)
    assert "Kantor Staf Presiden" in orgs


def test_brokerage_is_a_company_and_the_analyst_a_person() -> None:
    got = ents("Analis Nusa Sekuritas, Dewi Lestari, menilai akuisisi itu positif.")
    assert "Nusa Sekuritas" in of_type(got, "Organization")
    assert of_type(got, "Person") == {"Dewi Lestari"}


def test_sale_and_purchase_agreement_is_one_name() -> None:
    got = ents("Perusahaan menandatangani Perjanjian Jual Beli Aset Bersyarat dengan mitra.")
    assert "Perjanjian Jual Beli Aset Bersyarat" in of_type(got, "Agreement")


def test_english_in_place_ends_an_institution_but_not_a_mission() -> None:
    got = ents("The company will work with Universitas Maju Jaya in Bandung. "
               "The Embassy of the Republic of Korea in Jakarta will help.")
    orgs = of_type(got, "Organization")
    assert "Universitas Maju Jaya" in orgs and "Bandung" in of_type(got, "Location")
    assert "Embassy of the Republic of Korea in Jakarta" in orgs


def test_numbered_regulations_in_english() -> None:
    got = ents("Under Law No. 8 of 1999 on Consumer Protection and Presidential Regulation No. 80 of 2017, "
               "the agency may act.")
    regs = of_type(got, "Regulation")
    assert {"Law No. 8 of 1999 on Consumer Protection", "Presidential Regulation No. 80 of 2017"} <= regs


def test_the_word_law_without_a_number_is_no_regulation() -> None:
    got = ents("The Law Faculty of the university hosted the seminar.")
    assert not of_type(got, "Regulation")


def test_unknown_items_in_a_list_of_known_products_are_products() -> None:
    got = ents("Its portfolio includes Vitalix, Promag, Bodrex and Tusinor.")
    assert {"Vitalix", "Tusinor"} <= of_type(got, "Product")


def test_list_with_one_known_product_adds_nothing() -> None:
    got = ents("Its partners include Vitalix, Promag and Tusinor.")
    assert not {"Vitalix", "Tusinor"} & of_type(got, "Product")


def test_unit_after_of_with_a_name_after_the_comma_is_no_person() -> None:
    got = ents("Its Director of Finance, Maya Anggraini, signed the report.")
    assert of_type(got, "Person") == {"Maya Anggraini"}


def test_company_acronym_defined_after_pt_name_is_the_company() -> None:
    got = ents("Its Director of Sales, Rina Ayu, runs the partnership with PT Anugerah Sentosa Lestari (ASL). "
               "ASL will sell the drug.")
    assert got["PT Anugerah Sentosa Lestari"] == ("Organization", ["ASL"])
    assert not of_type(got, "Event")


def test_name_glossed_in_the_other_language_with_its_acronym_is_one_body() -> None:
    got = ents("The plant was inspected by the National Drug Testing Agency (Badan Pengujian Obat Nasional, BPON) "
               "last year.")
    orgs = of_type(got, "Organization")
    assert len(orgs) == 1


def test_standard_glossed_with_another_standard_name_is_one_standard() -> None:
    got = ents("The facility received its CPOB (Indonesian Good Manufacturing Practice) certificate.")
    assert len(of_type(got, "Regulation")) == 1
    got = ents("The plant meets CPOB and GMP standards.")
    assert of_type(got, "Regulation") == {"CPOB", "GMP"}


def test_english_name_glossed_by_a_known_name_is_that_body() -> None:
    got = ents("Combiphar is a member of the Indonesian Pharmaceutical Association (GP Farmasi Indonesia).")
    assert "Indonesian Pharmaceutical Association" in got["Gabungan Perusahaan Farmasi Indonesia"][1]


def test_unknown_unit_glossed_by_an_unknown_name_stays_apart() -> None:
    got = ents("Kimia Sehat Distribusi (Kimia Sehat Group) membuka gudang baru.")
    assert "Kimia Sehat Distribusi" not in {a for _, (_, al) in got.items() for a in al}


def test_brand_code_after_its_hyphen_is_the_same_product() -> None:
    got = ents("BPOM menerbitkan izin edar vaksin Nusavax-RSV12 tahun ini. Pabrik itu juga membuat vaksin RSV12 untuk ekspor.")
    products = {n: a for n, (t, a) in got.items() if t == "Product"}
    assert any({"Nusavax-RSV12", "RSV12"} <= {n, *a} for n, a in products.items())


def test_name_after_a_glossed_body_and_its_country_without_comma() -> None:
    got = ents("Narasumber tampil, di antaranya CEO Health Sciences Authority (HSA) Singapura Kevin Tan yang memaparkan hal itu.")
    assert "Kevin Tan" in of_type(got, "Person")
    assert "Singapura" in of_type(got, "Location")


def test_consul_general_after_a_name_is_a_role() -> None:
    got = ents("The deal was witnessed by Bayu Santoso, Consul General of the Republic of Indonesia in Dubai.")
    assert "Bayu Santoso" in of_type(got, "Person")


def test_jamu_and_drink_brands_after_their_description() -> None:
    got = ents("Dua produk andalannya, jamu pegal linu Otot Kawat dan minuman herbal Jahe Merah Segar, akan diekspor.")
    assert {"Otot Kawat", "Jahe Merah Segar"} <= of_type(got, "Product")


def test_jamu_from_a_place_is_no_product() -> None:
    got = ents("Ia menjual jamu tradisional dari Solo di pasar.")
    assert not of_type(got, "Product")


def test_lower_case_name_written_as_listed_is_found() -> None:
    got = ents("Obat itu sudah tayang di e-Katalog sejak tahun lalu.")
    assert "e-Katalog" in of_type(got, "Program")


def test_short_name_in_brackets_may_end_in_the_parent_name() -> None:
    got = ents("Fakultas Farmasi dan Sains Universitas Gadjah Mada (FFS UGM) menandatangani nota. "
               "Dekan FFS UGM hadir.")
    name = "Fakultas Farmasi dan Sains Universitas Gadjah Mada"
    assert got[name][0] == "Organization" and "FFS UGM" in got[name][1]


def test_hospital_name_runs_over_its_type_acronym_to_the_namesake() -> None:
    got = ents("UGM, Rumah Sakit Umum Pusat (RSUP) Dr. Kariadi, dan PT Regenera Medika resmi menandatangani nota.")
    assert "RSUP Dr. Kariadi" in of_type(got, "Organization")
    assert "Rumah Sakit Umum Pusat (RSUP) Dr. Kariadi" in got["RSUP Dr. Kariadi"][1]
    assert not of_type(got, "Person")


def test_retired_rank_marker_is_part_of_the_title() -> None:
    got = ents("Deputi Bidang Penindakan BPOM, Irjen Pol. (Purn.) Agus Salim Nugraha, menyebut hal itu.")
    assert "Agus Salim Nugraha" in of_type(got, "Person")


def test_company_short_name_starting_with_a_province_is_the_company() -> None:
    got = ents("Teknologi itu dilisensikan dari Zhejiang Kanglu Pharmaceutical Co., Ltd. Fasilitas milik Zhejiang Kanglu "
               "di Taizhou sudah tersertifikasi. Pabrik lain ada di Zhejiang.")
    assert not {"Zhejiang Kanglu"} & of_type(got, "Location")
    orgs = [n for n, (t, a) in got.items() if t == "Organization" and "Zhejiang Kanglu" in a]
    assert orgs
    assert "Zhejiang" in of_type(got, "Location")


def test_vaccine_named_by_its_disease_is_a_class_not_a_product() -> None:
    got = ents("Vaksin meningitis adalah syarat wajib bagi jemaah haji, seperti vaksin rabies bagi petugas.")
    assert not of_type(got, "Product")
