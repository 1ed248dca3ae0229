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


def test_counterparty_after_two_signers_partners_with_both_and_signs_the_deal_named_next() -> None:
    text = ("Universitas Lembah Hijau dan RSUD Cempaka menandatangani nota kesepahaman (MoU) dengan perusahaan "
            "asal Korea Selatan, Hanbit Cell Co., Ltd., untuk riset terapi sel. "
            "Penandatanganan Memorandum of Understanding on Joint Cell Research tersebut berlangsung di Bandung.")
    got = run(text, [("Organization", "Universitas Lembah Hijau", "academic"), ("Organization", "RSUD Cempaka", "academic"),
                     ("Organization", "Hanbit Cell Co., Ltd.", "company"), ("Location", "Korea Selatan", "country"),
                     ("Agreement", "Memorandum of Understanding on Joint Cell Research"), ("Location", "Bandung", "city")])
    for org in ("Universitas Lembah Hijau", "RSUD Cempaka"):
        assert ("PARTNERS_WITH", org, "Hanbit Cell Co., Ltd.") in got or ("PARTNERS_WITH", "Hanbit Cell Co., Ltd.", org) in got
    assert ("SIGNED", "Hanbit Cell Co., Ltd.", "Memorandum of Understanding on Joint Cell Research") in got


def test_both_parties_are_not_the_joint_venture_they_set_up() -> None:
    text = ("PT Surya Medika Tbk bersama perusahaan Jepang, Kanto Yakuhin, membangun pabrik baru. Pabrik itu dijalankan "
            "perusahaan patungan PT Surya Kanto Farma. "
            "Dalam Joint Venture Agreement yang ditandatangani kedua pihak pada Mei 2025, Surya Medika memegang 60 persen.")
    got = run(text, [("Organization", "PT Surya Medika Tbk", "company", "Surya Medika"),
                     ("Organization", "Kanto Yakuhin", "company"), ("Organization", "PT Surya Kanto Farma", "company"),
                     ("Agreement", "Joint Venture Agreement")])
    signed = {h for t, h, _ in _of(got, "SIGNED")}
    assert signed == {"PT Surya Medika Tbk", "Kanto Yakuhin"}


def test_english_gloss_of_an_indonesian_deal_is_an_agreement() -> None:
    from graphbuild.extract.entities import find_entities
    from graphbuild.types import Document

    text = ("Direksi menyebut perjanjian pengembangan bersama (joint development agreement) telah diteken pekan lalu. "
            "Perusahaan itu juga menjual saham (sekitar lima persen) kepada investor.")
    ents = find_entities(Document("t", "t.txt", text, "x"))
    names = {e.name for e in ents if e.type == "Agreement"}
    assert names == {"joint development agreement"}


def test_passive_signing_with_the_signers_right_after_the_verb() -> None:
    text = ("Perjanjian Jual Beli Aset ditandatangani Mitra Sehat Lestari dan pemilik lama, PT Anggrek Bumi Investindo, "
            "pada 2 Maret 2026.")
    got = run(text, [("Agreement", "Perjanjian Jual Beli Aset"), ("Organization", "PT Mitra Sehat Lestari", "company",
                                                                   "Mitra Sehat Lestari"),
                     ("Organization", "PT Anggrek Bumi Investindo", "company")])
    assert {h for _, h, _ in _of(got, "SIGNED")} == {"PT Mitra Sehat Lestari", "PT Anggrek Bumi Investindo"}


def test_no_signer_when_the_agreement_is_only_discussed() -> None:
    text = "Perjanjian Jual Beli Aset dibahas Mitra Sehat Lestari dalam rapat direksi."
    got = run(text, [("Agreement", "Perjanjian Jual Beli Aset"), ("Organization", "Mitra Sehat Lestari", "company")])
    assert not _of(got, "SIGNED")


def test_sale_and_purchase_agreement_name_runs_through_jual_beli() -> None:
    from graphbuild.extract.entities import find_entities
    from graphbuild.types import Document

    text = "Manajemen menyebut Perjanjian Jual Beli Saham Bersyarat diteken pekan lalu di Jakarta."
    ents = find_entities(Document("t", "t.txt", text, "x"))
    assert "Perjanjian Jual Beli Saham Bersyarat" in {e.name for e in ents if e.type == "Agreement"}


def test_english_possessive_title_before_the_name() -> None:
    text = "The deal was signed by Meditra's Chief Executive Officer Laila Ramadhani and witnessed by Omar Farouk."
    got = run(text, [("Organization", "PT Meditra Biosains", "company", "Meditra"), ("Person", "Laila Ramadhani"),
                     ("Person", "Omar Farouk")])
    assert _of(got, "HOLDS_POSITION") == {("HOLDS_POSITION", "Laila Ramadhani", "PT Meditra Biosains")}


def test_police_rank_with_a_dot_does_not_end_the_sentence() -> None:
    text = ("Direktur Reserse Narkoba Polda Riau Kombes Pol. Hendra Saputra menjelaskan barang bukti disita. "
            "Kasat Reskrim AKBP. Yudi Pranata hadir.")
    got = run(text, [("Organization", "Polda Riau", "government"), ("Person", "Hendra Saputra"),
                     ("Person", "Yudi Pranata")])
    assert ("HOLDS_POSITION", "Hendra Saputra", "Polda Riau") in got
    assert not any(h == "Yudi Pranata" for _, h, _ in _of(got, "HOLDS_POSITION"))


_FORUM = [("Event", "Forum Farmasi Nusantara 2026"), ("Organization", "Badan Obat Lestari", "regulator"),
          ("Person", "Rahma Putri"), ("Person", "Kenta Sato"), ("Person", "Min Ji-ho"),
          ("Organization", "Korea Drug Agency", "regulator"), ("Organization", "Laos FDA", "regulator"),
          ("Location", "Korea Selatan", "country")]


def test_event_told_by_its_bare_kind_opened_by_and_attended_by_envoys() -> None:
    text = ("Badan Obat Lestari menggelar Forum Farmasi Nusantara 2026 di Medan. "
            "Forum dibuka oleh Kepala Badan Obat Lestari, Rahma Putri. "
            "Acara dihadiri 300 peserta, termasuk perwakilan Korea Drug Agency Korea Selatan dan Laos FDA.")
    got = _of(run(text, _FORUM), "ATTENDED")
    assert ("ATTENDED", "Rahma Putri", "Forum Farmasi Nusantara 2026") in got
    assert ("ATTENDED", "Korea Drug Agency", "Forum Farmasi Nusantara 2026") in got
    assert ("ATTENDED", "Laos FDA", "Forum Farmasi Nusantara 2026") in got
    assert ("ATTENDED", "Badan Obat Lestari", "Forum Farmasi Nusantara 2026") not in got


def test_speakers_listed_in_the_sentence_after_a_roll_call_and_a_panelist() -> None:
    text = ("Badan Obat Lestari menggelar Forum Farmasi Nusantara 2026 di Medan. "
            "Sejumlah narasumber dari luar negeri hadir secara langsung. "
            "Mereka antara lain Kenta Sato dari Jepang serta Min Ji-ho dari Korea Drug Agency. "
            "Kepala Badan Obat Lestari Rahma Putri, yang turut menjadi panelis, meminta dukungan industri.")
    got = _of(run(text, _FORUM + [("Location", "Jepang", "country")]), "ATTENDED")
    assert {h for _, h, _ in got} == {"Kenta Sato", "Min Ji-ho", "Rahma Putri"}


def test_opening_the_meeting_by_its_kind_and_no_attendance_without_a_cue() -> None:
    text = ("Badan Obat Lestari menjadi tuan rumah Forum Farmasi Nusantara 2026 di Medan. "
            "Rahma Putri saat membuka pertemuan pada Selasa mengatakan harmonisasi perlu dipercepat. "
            "Kenta Sato mengatakan pertemuan berikutnya digelar di Tokyo.")
    got = _of(run(text, _FORUM + [("Location", "Tokyo", "city")]), "ATTENDED")
    assert got == {("ATTENDED", "Rahma Putri", "Forum Farmasi Nusantara 2026")}


def test_membership_in_a_relative_clause_and_of_the_company_not_its_site() -> None:
    text = ("Malaysia, yang telah menjadi anggota PIC/S dan ICH, berbagi pengalaman. "
            "PT Borneo Farma Lestari was founded in 1990. It runs a plant in Banjarbaru and is a member of "
            "the Indonesian Pharmaceutical Association.")
    got = _of(run(text, [("Location", "Malaysia", "country"), ("Organization", "PIC/S", "international"),
                         ("Organization", "ICH", "international"), ("Organization", "PT Borneo Farma Lestari", "company"),
                         ("Location", "Banjarbaru", "city"),
                         ("Organization", "Indonesian Pharmaceutical Association", "association")]), "MEMBER_OF")
    assert got == {("MEMBER_OF", "Malaysia", "PIC/S"), ("MEMBER_OF", "Malaysia", "ICH"),
                   ("MEMBER_OF", "PT Borneo Farma Lestari", "Indonesian Pharmaceutical Association")}


def test_no_membership_for_a_place_in_another_clause() -> None:
    text = "Pabrik dibangun di Banjarbaru, yang dihadiri anggota DPRD Kalimantan Selatan."
    got = run(text, [("Location", "Banjarbaru", "city"), ("Organization", "DPRD Kalimantan Selatan", "government")])
    assert not _of(got, "MEMBER_OF")


def test_partnership_noun_with_both_sides_and_a_party_joining_the_deal() -> None:
    text = ("PT Sinar Medika merupakan perusahaan hasil kerja sama Andalas Farma dengan Daehan Chem asal Korea Selatan. "
            "Badan Obat Lestari menandatangani nota kesepahaman dengan Universitas Tanjungpura. "
            "Kerja sama tersebut juga melibatkan RSUD Soedarso sebagai rumah sakit pendidikan.")
    got = _of(run(text, [("Organization", "PT Sinar Medika", "company"), ("Organization", "Andalas Farma", "company"),
                         ("Organization", "Daehan Chem", "company"), ("Location", "Korea Selatan", "country"),
                         ("Organization", "Badan Obat Lestari", "regulator"),
                         ("Organization", "Universitas Tanjungpura", "academic"),
                         ("Organization", "RSUD Soedarso", "academic")]), "PARTNERS_WITH")
    pairs = {frozenset((h, t)) for _, h, t in got}
    assert frozenset(("Andalas Farma", "Daehan Chem")) in pairs
    assert frozenset(("Universitas Tanjungpura", "RSUD Soedarso")) in pairs
    assert frozenset(("Badan Obat Lestari", "RSUD Soedarso")) in pairs
    assert not any("PT Sinar Medika" in p for p in pairs)


def test_the_company_partners_and_a_bare_kerja_sama_mention_does_not() -> None:
    text = ("PT Jamu Rimba Raya Tbk memproduksi 40 jenis jamu di Wonogiri. "
            "Menurut Sulastri, perusahaan juga bekerja sama dengan Universitas Jenderal Soedirman dalam budidaya. "
            "Kerja sama Universitas Jenderal Soedirman terus berjalan.")
    got = _of(run(text, [("Organization", "PT Jamu Rimba Raya Tbk", "company"), ("Location", "Wonogiri", "city"),
                         ("Person", "Sulastri"), ("Organization", "Universitas Jenderal Soedirman", "academic")]),
              "PARTNERS_WITH")
    assert got == {("PARTNERS_WITH", "PT Jamu Rimba Raya Tbk", "Universitas Jenderal Soedirman")}


def test_event_at_a_venue_is_held_in_its_city_and_co_hosts_organize() -> None:
    text = ("Asosiasi Farmasi Riau (AFR) bersama Ikatan Apoteker Sumatra (IAS) menyelenggarakan Pekan Obat Sumatra 2026 "
            "di Pekanbaru Convention Hall, Pekanbaru, Rabu (4/3). "
            "Menteri Lina juga menghadiri Dialog Obat Herbal 2026 yang digelar oleh Dinas Kesehatan Riau dan "
            "Balai Riset Jamu (BRJ) di Dumai.")
    got = run(text, [("Organization", "Asosiasi Farmasi Riau", "association", "AFR"),
                     ("Organization", "Ikatan Apoteker Sumatra", "association", "IAS"),
                     ("Event", "Pekan Obat Sumatra 2026"), ("Facility", "Pekanbaru Convention Hall"),
                     ("Location", "Pekanbaru", "city"), ("Event", "Dialog Obat Herbal 2026"),
                     ("Organization", "Dinas Kesehatan Riau", "government"),
                     ("Organization", "Balai Riset Jamu", "government", "BRJ"), ("Location", "Dumai", "city"),
                     ("Person", "Lina")])
    assert ("HELD_IN", "Pekan Obat Sumatra 2026", "Pekanbaru") in got
    assert ("HELD_IN", "Dialog Obat Herbal 2026", "Dumai") in got
    assert {h for _, h, t in _of(got, "ORGANIZED") if t == "Pekan Obat Sumatra 2026"} == {
        "Asosiasi Farmasi Riau", "Ikatan Apoteker Sumatra"}


def test_menkes_shorthand_stands_for_the_minister_named_in_full() -> None:
    text = ("Menteri Kesehatan Sari Wulandari melakukan kunjungan kerja ke Jepang. "
            "Menkes juga menghadiri Forum Obat Asia 2026 di Osaka. "
            "Menkes meninjau fasilitas produksi Naniwa Pharma di Sakai, Osaka.")
    got = run(text, [("Person", "Sari Wulandari"), ("Location", "Jepang", "country"), ("Event", "Forum Obat Asia 2026"),
                     ("Location", "Osaka", "city"), ("Organization", "Naniwa Pharma", "company"),
                     ("Location", "Sakai", "city")])
    assert ("ATTENDED", "Sari Wulandari", "Forum Obat Asia 2026") in got
    assert ("VISITED", "Sari Wulandari", "Naniwa Pharma") in got
    assert ("VISITED", "Sari Wulandari", "Osaka") not in got  # "di Sakai, Osaka" places the plant


def test_no_shorthand_without_a_minister_named_in_full() -> None:
    text = "Menkes meninjau fasilitas produksi Naniwa Pharma. Wakil Menteri Kesehatan Dodi Hartono hadir."
    got = run(text, [("Organization", "Naniwa Pharma", "company"), ("Person", "Dodi Hartono")])
    assert not _of(got, "VISITED")


def test_title_over_a_faculty_goes_to_the_university_named_after_it() -> None:
    text = "Sementara itu, Guru Besar Fakultas Kedokteran Universitas Andalas, Rina Marlina, membahas uji klinik."
    got = run(text, [("Organization", "Fakultas Kedokteran", "academic"),
                     ("Organization", "Universitas Andalas", "academic"), ("Person", "Rina Marlina")])
    assert _of(got, "HOLDS_POSITION") == {("HOLDS_POSITION", "Rina Marlina", "Universitas Andalas")}


def test_baptismal_initials_lead_a_name_after_a_comma_but_not_a_known_acronym() -> None:
    from graphbuild.extract.entities import find_entities
    from graphbuild.types import Document

    text = ("Nota itu diteken oleh Direktur Utama PT Medisa Farma, FX Harsono, di Jakarta. "
            "Kerja sama diumumkan pekan lalu, RI Jepang sepakat.")
    people = {e.name for e in find_entities(Document("t", "t.txt", text, "x")) if e.type == "Person"}
    assert "FX Harsono" in people
    assert not any(n.startswith("RI ") for n in people)


def test_regional_police_written_short_and_long_is_one_body() -> None:
    from graphbuild.extract.entities import find_entities
    from graphbuild.types import Document

    text = ("Balai Besar POM di Makassar bersama Polda Sulsel menggerebek gudang jamu. "
            "Kepolisian Daerah Sulawesi Selatan menetapkan dua tersangka, kata Polda Sulawesi Selatan. "
            "Polda Jateng tidak terlibat.")
    orgs = [e for e in find_entities(Document("t", "t.txt", text, "x")) if e.type == "Organization"]
    sulsel = [e for e in orgs if "Sulsel" in (e.name, *e.aliases) or "Sulawesi Selatan" in e.name]
    assert len(sulsel) == 1
    assert not any("Jateng" in (e.name, *e.aliases) for e in sulsel)


def test_speaker_from_a_body_with_a_title_between_and_a_panel_that_features_a_person() -> None:
    text = ("Asosiasi Farmasi Riau menyelenggarakan Pekan Obat Sumatra 2026 di Pekanbaru. "
            "Narasumber dari Kementerian Perdagangan, Direktur Ekspor Produk Industri, Budi Laksono, memaparkan data. "
            "Sesi diskusi panel juga menghadirkan Ketua Ikatan Apoteker Riau, apt. Siti Aminah, M.Farm. "
            "Diskusi itu menghadirkan obat herbal baru.")
    got = run(text, [("Organization", "Asosiasi Farmasi Riau", "association"), ("Event", "Pekan Obat Sumatra 2026"),
                     ("Location", "Pekanbaru", "city"), ("Organization", "Kementerian Perdagangan", "government"),
                     ("Person", "Budi Laksono"), ("Organization", "Ikatan Apoteker Riau", "association"),
                     ("Person", "Siti Aminah")])
    assert ("HOLDS_POSITION", "Budi Laksono", "Kementerian Perdagangan") in got
    assert {h for _, h, _ in _of(got, "ATTENDED")} == {"Budi Laksono", "Siti Aminah"}


def test_delegation_of_a_body_visits_and_the_received_guest_visits_the_site() -> None:
    text = ("Forum akan dilanjutkan dengan kunjungan lapangan delegasi Korea Drug Agency ke fasilitas produksi "
            "PT Sumber Sehat di Kudus. "
            "Sebelumnya, Andi menerima kunjungan Duta Besar Jepang untuk Indonesia, Kenta Sato, di Pabrik Cikande.")
    got = run(text, [("Organization", "Korea Drug Agency", "regulator"), ("Organization", "PT Sumber Sehat", "company"),
                     ("Location", "Kudus", "city"), ("Person", "Andi"), ("Location", "Jepang", "country"),
                     ("Location", "Indonesia", "country"), ("Person", "Kenta Sato"), ("Facility", "Pabrik Cikande")])
    visits = _of(got, "VISITED")
    assert ("VISITED", "Korea Drug Agency", "PT Sumber Sehat") in visits
    assert ("VISITED", "Kenta Sato", "Pabrik Cikande") in visits
    assert ("VISITED", "Andi", "Pabrik Cikande") not in visits


def test_the_party_of_the_visit_is_received_by_the_host() -> None:
    text = ("Menteri Kesehatan Sari Wulandari meninjau fasilitas produksi Naniwa Pharma di Sakai. "
            "Rombongan diterima oleh CEO Naniwa Pharma, Hiro Tanaka.")
    got = run(text, [("Person", "Sari Wulandari"), ("Organization", "Naniwa Pharma", "company"),
                     ("Location", "Sakai", "city"), ("Person", "Hiro Tanaka")])
    assert ("MET_WITH", "Sari Wulandari", "Hiro Tanaka") in got


def test_the_next_session_elsewhere_is_not_where_the_event_was_held() -> None:
    text = ("Forum Farmasi Nusantara 2026 berlangsung di Medan. "
            "Forum Farmasi Nusantara berikutnya direncanakan berlangsung di Manado pada 2027.")
    got = run(text, [("Event", "Forum Farmasi Nusantara 2026", None, "Forum Farmasi Nusantara"),
                     ("Location", "Medan", "city"), ("Location", "Manado", "city")])
    assert _of(got, "HELD_IN") == {("HELD_IN", "Forum Farmasi Nusantara 2026", "Medan")}


def test_a_brokerage_named_sekuritas_is_an_organisation_with_its_analyst() -> None:
    from graphbuild.extract.entities import find_entities
    from graphbuild.types import Document

    text = "Analis BRI Danareksa Sekuritas, Dewi Lestari, menilai langkah perusahaan cukup strategis."
    ents = find_entities(Document("t", "t.txt", text, "x"))
    assert ("Organization", "BRI Danareksa Sekuritas") in {(e.type, e.name) for e in ents}
    assert ("Person", "Dewi Lestari") in {(e.type, e.name) for e in ents}


def test_title_body_acronym_country_then_the_name_without_a_comma() -> None:
    from graphbuild.extract import extract
    from graphbuild.types import Document

    text = ("Sejumlah narasumber tampil, di antaranya Direktur National Pharmaceutical Regulatory Agency (NPRA) "
            "Malaysia Azlina Ramli yang memaparkan pengalaman reliance.")
    out = extract(Document("t", "t.txt", text, "x"))
    names = {e.id: e.name for e in out.entities}
    assert "Azlina Ramli" in names.values()
    got = {(r.type, names[r.head], names[r.tail]) for r in out.relations}
    assert ("HOLDS_POSITION", "Azlina Ramli", "National Pharmaceutical Regulatory Agency") in got
    assert ("LOCATED_IN", "National Pharmaceutical Regulatory Agency", "Malaysia") in got


def test_co_hosts_listed_across_a_seat() -> None:
    text = ("Forum Farmasi Nusantara 2026 berlangsung di Medan. "
            "Forum yang diselenggarakan Badan Obat Lestari bersama Kedutaan Besar Korea di Indonesia dan "
            "Korea Health Agency (KHA) itu dihadiri 300 peserta.")
    got = run(text, [("Event", "Forum Farmasi Nusantara 2026"), ("Location", "Medan", "city"),
                     ("Organization", "Badan Obat Lestari", "regulator"),
                     ("Organization", "Kedutaan Besar Korea", "government"), ("Location", "Indonesia", "country"),
                     ("Organization", "Korea Health Agency", "government", "KHA")])
    assert {h for _, h, _ in _of(got, "ORGANIZED")} == {"Badan Obat Lestari", "Kedutaan Besar Korea",
                                                         "Korea Health Agency"}


def test_pair_that_built_a_partnership_and_coordination_with_a_unit_and_its_parent() -> None:
    text = ("Ia menyebut Badan Obat Lestari dan Korea Drug Agency telah menjalin kerja sama regulatori sejak 2024. "
            "Karena ditemukan dugaan pidana, Badan Obat Lestari berkoordinasi dengan Direktorat Reserse Narkoba "
            "Polda Riau untuk penyidikan. Badan Obat Lestari dan Polda Riau menyita 300 botol.")
    got = _of(run(text, [("Organization", "Badan Obat Lestari", "regulator"),
                         ("Organization", "Korea Drug Agency", "regulator"),
                         ("Organization", "Direktorat Reserse Narkoba", "government"),
                         ("Organization", "Polda Riau", "government")]), "PARTNERS_WITH")
    pairs = {frozenset((h, t)) for _, h, t in got}
    # the unit and its parent are both partners (seed gold: Kalbe with "Direktorat Pengawasan Produksi Obat BPOM")
    assert pairs == {frozenset(("Badan Obat Lestari", "Korea Drug Agency")), frozenset(("Badan Obat Lestari", "Polda Riau")),
                     frozenset(("Badan Obat Lestari", "Direktorat Reserse Narkoba"))}


def test_licensor_described_with_its_country_before_the_name() -> None:
    text = ("Direktur PT Sel Nusantara, Dr. Maya Sari, menjelaskan perusahaannya memakai teknologi yang dilisensikan "
            "dari perusahaan bioteknologi Singapura, Lion Cell Pte Ltd.")
    got = run(text, [("Organization", "PT Sel Nusantara", "company"), ("Person", "Maya Sari"),
                     ("Location", "Singapura", "country"), ("Organization", "Lion Cell Pte Ltd", "company")])
    assert ("LICENSED", "Lion Cell Pte Ltd", "PT Sel Nusantara") in got


def test_its_director_is_the_companys_and_operations_is_no_name() -> None:
    from graphbuild.extract import extract
    from graphbuild.types import Document

    text = ("PT Lestari Obat Tbk owns PT Lestari Distribusi, a wholly owned subsidiary. PT Lestari Obat Tbk operates "
            "two plants. Its Director of Operations, Maria Ulfa, oversees both plants.")
    out = extract(Document("t", "t.txt", text, "x"))
    names = {e.id: e.name for e in out.entities}
    assert "Operations" not in names.values()
    got = {(r.type, names[r.head], names[r.tail]) for r in out.relations}
    assert ("HOLDS_POSITION", "Maria Ulfa", "PT Lestari Obat Tbk") in got


def test_bodies_that_sent_representatives_past_a_relative_clause() -> None:
    text = ("Badan Obat Lestari menggelar Forum Farmasi Nusantara 2026 di Medan. "
            "Kegiatan forum ini dihadiri 250 peserta yang terdiri dari apoteker, perwakilan Asosiasi Farmasi Riau, "
            "serta Ikatan Apoteker Sumatra. Kegiatan ini juga dihadiri warga yang datang dari Korea Drug Agency.")
    got = _of(run(text, _FORUM + [("Location", "Medan", "city"),
                                  ("Organization", "Asosiasi Farmasi Riau", "association"),
                                  ("Organization", "Ikatan Apoteker Sumatra", "association")]), "ATTENDED")
    assert {h for _, h, _ in got} == {"Asosiasi Farmasi Riau", "Ikatan Apoteker Sumatra"}


def test_korea_alone_is_south_korea_and_a_long_titled_counterpart_is_met() -> None:
    from graphbuild.extract import extract
    from graphbuild.types import Document

    text = ("Menteri Kesehatan Sari Wulandari melakukan kunjungan kerja ke Korea Selatan. Menkes bertemu dengan Menteri "
            "Keamanan Pangan dan Obat Korea atau Ministry of Food and Drug Safety (MFDS), Lee Sang-woo, di Cheongju. "
            "Lee Sang-woo menyampaikan bahwa Korea siap berbagi pengalaman sebagai anggota PIC/S.")
    out = extract(Document("t", "t.txt", text, "x"))
    names = {e.id: e.name for e in out.entities}
    assert not any(e.name == "Korea" and e.type != "Location" for e in out.entities)
    got = {(r.type, names[r.head], names[r.tail]) for r in out.relations}
    assert ("MET_WITH", "Sari Wulandari", "Lee Sang-woo") in got or ("MET_WITH", "Lee Sang-woo", "Sari Wulandari") in got
    assert ("MEMBER_OF", "Korea Selatan", "PIC/S") in got


def test_agreement_between_two_countries_makes_them_partners() -> None:
    text = ("The deal follows the Comprehensive Economic Partnership Agreement between Indonesia and the "
            "United Arab Emirates, which entered into force in 2023. The Agreement was discussed in Jakarta.")
    got = run(text, [("Agreement", "Comprehensive Economic Partnership Agreement"), ("Location", "Indonesia", "country"),
                     ("Location", "United Arab Emirates", "country"), ("Location", "Jakarta", "city")])
    assert _of(got, "PARTNERS_WITH") == {("PARTNERS_WITH", "Indonesia", "United Arab Emirates")}


def test_pair_agreeing_to_widen_cooperation_and_a_given_name_that_is_also_a_site() -> None:
    from graphbuild.extract import extract
    from graphbuild.types import Document

    text = ("Dalam pertemuan itu, Badan Obat Lestari dan Pharmaceuticals and Medical Devices Agency (PMDA) sepakat "
            "memperluas kerja sama di bidang inspeksi. Ketua Umum Gabungan Perusahaan Farmasi Indonesia (GP Farmasi), "
            "Tirto Koesnadi, meminta skema reliance dibuka untuk industri lokal.")
    out = extract(Document("t", "t.txt", text, "x"))
    names = {e.id: e.name for e in out.entities}
    got = {(r.type, names[r.head], names[r.tail]) for r in out.relations}
    assert any(t == "PARTNERS_WITH" and {h, x} == {"Badan Obat Lestari", "Pharmaceuticals and Medical Devices Agency"}
               for t, h, x in got)
    assert ("HOLDS_POSITION", "Tirto Koesnadi", "Gabungan Perusahaan Farmasi Indonesia") in got


def test_a_partner_bodys_country_after_its_acronym_is_not_a_partner() -> None:
    text = ("Sebelumnya Badan Obat Lestari telah menjalin kerja sama serupa dengan Korea Drug Agency (KDA) "
            "Korea Selatan dan Laos FDA.")
    got = _of(run(text, [("Organization", "Badan Obat Lestari", "regulator"),
                         ("Organization", "Korea Drug Agency", "regulator", "KDA"),
                         ("Location", "Korea Selatan", "country"), ("Organization", "Laos FDA", "regulator")]),
              "PARTNERS_WITH")
    assert {t for _, _, t in got} == {"Korea Drug Agency", "Laos FDA"}


def test_licensing_agreement_with_a_foreign_company_licenses_the_local_one() -> None:
    text = ("PT Sentosa Vaksin Tbk has entered into an exclusive licensing agreement with Kanto Biologics Co. "
            "PT Sentosa Vaksin Tbk also signed a supply deal with PT Mega Distribusi.")
    got = run(text, [("Organization", "PT Sentosa Vaksin Tbk", "company"), ("Organization", "Kanto Biologics Co.", "company"),
                     ("Organization", "PT Mega Distribusi", "company")])
    assert _of(got, "LICENSED") == {("LICENSED", "Kanto Biologics Co.", "PT Sentosa Vaksin Tbk")}


def test_currently_cooperating_with_a_described_foreign_company() -> None:
    text = ("Andalas Farma saat ini bekerja sama dengan perusahaan asal Korea Selatan, Daehan Chem, untuk memproduksi "
            "bahan baku obat. Saat pandemi, Laos FDA bekerja sama dengan WHO.")
    got = _of(run(text, [("Organization", "Andalas Farma", "company"), ("Location", "Korea Selatan", "country"),
                         ("Organization", "Daehan Chem", "company"), ("Organization", "Laos FDA", "regulator"),
                         ("Organization", "WHO", "international")]), "PARTNERS_WITH")
    assert {frozenset((h, t)) for _, h, t in got} == {frozenset(("Andalas Farma", "Daehan Chem")),
                                                      frozenset(("Laos FDA", "WHO"))}


def test_ambassador_heads_the_embassy_the_text_names() -> None:
    text = ("Forum digelar bersama Kedutaan Besar Korea di Indonesia. "
            "Duta Besar Korea untuk Indonesia, Kim Min-soo, memberikan sambutan. "
            "Duta Besar India untuk Indonesia, Rajesh Kumar, hadir.")
    got = _of(run(text, [("Organization", "Kedutaan Besar Korea", "government"), ("Location", "Indonesia", "country"),
                         ("Location", "Korea", "country"), ("Person", "Kim Min-soo"), ("Location", "India", "country"),
                         ("Person", "Rajesh Kumar")]), "HOLDS_POSITION")
    assert ("HOLDS_POSITION", "Kim Min-soo", "Kedutaan Besar Korea") in got
    assert ("HOLDS_POSITION", "Rajesh Kumar", "India") in got
    assert ("HOLDS_POSITION", "Rajesh Kumar", "Kedutaan Besar Korea") not in got


def test_titled_name_in_a_sentence_about_the_company_holds_the_post_there() -> None:
    text = ("PT Lestari Obat Tbk operates two plants in Bogor. "
            "The Company's Board of Commissioners is chaired by Presiden Komisaris Hendra Wijaya. "
            "Analysts expect Presiden Direktur Budi Santoso of the regulator to speak.")
    got = _of(run(text, [("Organization", "PT Lestari Obat Tbk", "company"), ("Location", "Bogor", "city"),
                         ("Person", "Hendra Wijaya"), ("Person", "Budi Santoso")]), "HOLDS_POSITION")
    assert got == {("HOLDS_POSITION", "Hendra Wijaya", "PT Lestari Obat Tbk")}


def test_one_more_titled_speaker_right_after_a_roll_call() -> None:
    text = ("Badan Obat Lestari menggelar Forum Farmasi Nusantara 2026 di Medan. "
            "Sejumlah narasumber tampil dalam sesi pleno, di antaranya Kenta Sato dari Jepang. "
            "Perwakilan Korea Drug Agency, Min Ji-ho, menyampaikan perkembangan program reliance. "
            "Kepala Badan Obat Lestari, Rahma Putri, menyampaikan bahwa stok obat aman.")
    got = _of(run(text, _FORUM + [("Location", "Medan", "city"), ("Location", "Jepang", "country")]), "ATTENDED")
    assert {h for _, h, _ in got} == {"Kenta Sato", "Min Ji-ho"}


def test_pair_that_agrees_to_cooperate_but_not_when_a_third_party_follows() -> None:
    text = ("Andalas Farma dan Daehan Chem sepakat bekerja sama dalam riset bahan baku. "
            "Laos FDA dan Korea Drug Agency menjalin kerja sama dengan WHO.")
    got = _of(run(text, [("Organization", "Andalas Farma", "company"), ("Organization", "Daehan Chem", "company"),
                         ("Organization", "Laos FDA", "regulator"), ("Organization", "Korea Drug Agency", "regulator"),
                         ("Organization", "WHO", "international")]), "PARTNERS_WITH")
    pairs = {frozenset((h, t)) for _, h, t in got}
    assert frozenset(("Andalas Farma", "Daehan Chem")) in pairs
    assert frozenset(("Laos FDA", "Korea Drug Agency")) not in pairs
    assert frozenset(("Korea Drug Agency", "WHO")) in pairs


def test_two_companies_joined_after_a_legal_form_and_a_minister_of_a_longer_ministry() -> None:
    from graphbuild.extract import extract
    from graphbuild.types import Document

    text = ("PT Sinar Obat Tbk dan Kanto Biologics Limited meneken Exclusive Supply Agreement pekan lalu. "
            "Kementerian Investasi dan Hilirisasi/BKPM mendukung langkah itu, kata Menteri Investasi Arif Rahman.")
    out = extract(Document("t", "t.txt", text, "x"))
    names = {e.id: e.name for e in out.entities}
    assert "PT Sinar Obat Tbk" in names.values() and "Kanto Biologics Limited" in names.values()
    got = {(r.type, names[r.head], names[r.tail]) for r in out.relations}
    assert {h for t, h, _ in got if t == "SIGNED"} == {"PT Sinar Obat Tbk", "Kanto Biologics Limited"}
    assert ("HOLDS_POSITION", "Arif Rahman", "Kementerian Investasi dan Hilirisasi/BKPM") in got
