"""General Indonesian/English relation patterns, each on sentences written for this file.

Every pattern here was first seen failing on an unseen article; the sentences
below use other companies, regulators, cities and people, so a rule that only
memorised that article fails them. Negatives sit next to the positives they
could be confused with.
"""

from __future__ import annotations

from tests.test_relations_rules import rels, run

BPOM = ("Organization", "Badan Pengawas Obat dan Makanan", ["BPOM", "Badan POM"])


def test_approval_issuer_is_the_subject_not_the_developer() -> None:
    text = ("Badan Pengawas Obat dan Makanan (BPOM) menerbitkan izin edar untuk vaksin Zetavax yang dikembangkan "
            "oleh PT Nusa Vaksindo. Obat Karsinex telah mendapat izin edar dari BPOM. "
            "Tablet Migrafen disetujui Badan POM pada Mei 2023.")
    got = run(text, [BPOM, ("Product", "Zetavax"), ("Organization", "PT Nusa Vaksindo"), ("Product", "Karsinex"),
                     ("Product", "Migrafen")])
    approved = {r for r in got if r[0] == "APPROVED"}
    assert approved == {("APPROVED", "Badan Pengawas Obat dan Makanan", p) for p in ("Zetavax", "Karsinex", "Migrafen")}
    assert ("DEVELOPS", "PT Nusa Vaksindo", "Zetavax") in got


def test_revocation_of_products_made_by_a_list_of_companies() -> None:
    text = ("Balai Besar POM mencabut izin edar jamu pegal linu yang diproduksi oleh PT Sari Alam dan CV Jaya Herbal. "
            "Balai Besar POM juga membekukan sertifikat CPOB untuk pabrik milik kedua perusahaan tersebut. "
            "PT Cahaya Obat dijatuhi sanksi oleh Balai Besar POM.")
    ents = [("Organization", "Balai Besar POM"), ("Organization", "PT Sari Alam"), ("Organization", "CV Jaya Herbal"),
            ("Organization", "PT Cahaya Obat"), ("Regulation", "CPOB")]
    got = {(r.type, h, t): r.properties for r, h, t in rels(text, ents)}
    assert {k for k in got if k[0] == "REVOKED"} == {
        ("REVOKED", "Balai Besar POM", "PT Sari Alam"), ("REVOKED", "Balai Besar POM", "CV Jaya Herbal"),
        ("REVOKED", "Balai Besar POM", "PT Cahaya Obat")}
    assert got[("REVOKED", "Balai Besar POM", "PT Sari Alam")]["what"] == "izin edar"


def test_certificate_for_the_site_named_in_the_previous_sentence() -> None:
    text = ("Gubernur Sumatera Barat meninjau pabrik PT Andalas Biotek di Padang. "
            "Fasilitas tersebut telah menerima sertifikat CPOB dari Badan POM pada 2020.")
    got = rels(text, [BPOM, ("Organization", "PT Andalas Biotek"), ("Location", "Padang"), ("Regulation", "CPOB")])
    cert = [(r, h, t) for r, h, t in got if r.type == "CERTIFIED"]
    assert [(h, t) for _, h, t in cert] == [("Badan Pengawas Obat dan Makanan", "PT Andalas Biotek")]
    assert cert[0][0].properties == {"standard": "CPOB"} and cert[0][0].date == "2020"


def test_no_certificate_without_a_certifier_or_a_holder() -> None:
    text = "Sertifikat CPOB penting bagi industri. Fasilitas tersebut sedang dibangun oleh PT Andalas Biotek."
    got = run(text, [("Organization", "PT Andalas Biotek"), ("Regulation", "CPOB")])
    assert not {r for r in got if r[0] == "CERTIFIED"}


def test_inspection_visit_to_a_production_site() -> None:
    text = ("Sri Wulandari melakukan peninjauan ke pabrik obat generik PT Sinar Farma di Cikarang. "
            "Sri Wulandari meninjau harga obat di pasar.")
    got = run(text, [("Person", "Sri Wulandari"), ("Organization", "PT Sinar Farma"), ("Location", "Cikarang")])
    assert ("VISITED", "Sri Wulandari", "PT Sinar Farma") in got
    assert ("LOCATED_IN", "PT Sinar Farma", "Cikarang") in got


def test_speaker_says_their_body_cooperates() -> None:
    text = ("Direktur Utama PT Andalas Biotek, Rudi Hartono, mengatakan pihaknya bekerja sama dengan "
            "Universitas Andalas untuk riset vaksin. Rudi Hartono mengatakan Universitas Andalas bermitra dengan "
            "banyak pihak.")
    got = run(text, [("Organization", "PT Andalas Biotek"), ("Person", "Rudi Hartono"),
                     ("Organization", "Universitas Andalas")])
    assert {r for r in got if r[0] == "PARTNERS_WITH"} == {("PARTNERS_WITH", "PT Andalas Biotek", "Universitas Andalas")}


def test_signing_with_a_counterparty_licence_and_marketing() -> None:
    text = ("PT Sinar Farma menandatangani Perjanjian Lisensi Eksklusif dengan Nordic Biologics asal Denmark "
            "untuk memasarkan insulin Glarix di Indonesia. "
            "Nordic Biologics memberikan hak eksklusif kepada PT Sinar Farma untuk mendistribusikan Glarix. "
            "Glarix saat ini dalam proses registrasi di Badan POM. "
            "Sebelumnya, kedua perusahaan juga telah berkolaborasi dalam riset di Aarhus.")
    ents = [("Organization", "PT Sinar Farma"), ("Agreement", "Perjanjian Lisensi Eksklusif"),
            ("Organization", "Nordic Biologics"), ("Location", "Denmark"), ("Product", "Glarix"),
            ("Location", "Indonesia"), BPOM, ("Location", "Aarhus")]
    got = run(text, ents)
    for key in [("SIGNED", "PT Sinar Farma", "Perjanjian Lisensi Eksklusif"),
                ("SIGNED", "Nordic Biologics", "Perjanjian Lisensi Eksklusif"),
                ("COVERS", "Perjanjian Lisensi Eksklusif", "Glarix"),
                ("LICENSED", "Nordic Biologics", "PT Sinar Farma"), ("MARKETS", "PT Sinar Farma", "Glarix"),
                ("LOCATED_IN", "Nordic Biologics", "Denmark"),
                ("REGISTERED_WITH", "Glarix", "Badan Pengawas Obat dan Makanan")]:
        assert key in got, key
    partners = {r for r in got if r[0] == "PARTNERS_WITH"}
    assert partners == {("PARTNERS_WITH", "PT Sinar Farma", "Nordic Biologics")} or partners == {
        ("PARTNERS_WITH", "Nordic Biologics", "PT Sinar Farma")}
    assert not {r for r in got if r[0] == "MARKETS" and r[1] == "Nordic Biologics"}


def test_memorandum_signed_by_two_officials_makes_their_bodies_partners() -> None:
    text = ("Nota kesepahaman ditandatangani oleh Kepala HSA Tan Wei Ming dan Direktur Jenderal NPRA, "
            "Aziz Rahman, di Kuala Lumpur. Kementerian Kesehatan dan Kedutaan Besar Jepang menandatangani "
            "nota kesepahaman tentang riset obat.")
    ents = [("Organization", "HSA"), ("Person", "Tan Wei Ming"), ("Organization", "NPRA"), ("Person", "Aziz Rahman"),
            ("Location", "Kuala Lumpur"), ("Organization", "Kementerian Kesehatan"),
            ("Organization", "Kedutaan Besar Jepang")]
    got = run(text, ents)
    assert ("HOLDS_POSITION", "Aziz Rahman", "NPRA") in got
    assert {r for r in got if r[0] == "PARTNERS_WITH"} == {
        ("PARTNERS_WITH", "HSA", "NPRA"), ("PARTNERS_WITH", "Kementerian Kesehatan", "Kedutaan Besar Jepang")}


def test_origin_and_containment_places() -> None:
    text = ("Helix Biotech asal Korea Selatan dan Universitas Kyoto dari Jepang hadir. "
            "Pabrik baru berdiri di Garut, Jawa Barat. Vaksin dikirim ke Jakarta, Bandung dan Surabaya. "
            "PT Sinar Farma dari Jakarta tiba.")
    ents = [("Organization", "Helix Biotech"), ("Location", "Korea Selatan"), ("Organization", "Universitas Kyoto"),
            ("Location", "Jepang"), ("Location", "Garut"), ("Location", "Jawa Barat"), ("Location", "Jakarta"),
            ("Location", "Bandung"), ("Location", "Surabaya"), ("Organization", "PT Sinar Farma")]
    got = run(text, ents)
    assert {r for r in got if r[0] == "LOCATED_IN"} == {
        ("LOCATED_IN", "Helix Biotech", "Korea Selatan"), ("LOCATED_IN", "Universitas Kyoto", "Jepang"),
        ("LOCATED_IN", "Garut", "Jawa Barat")}


def test_unit_title_then_parent_then_name_and_speaker_role() -> None:
    text = ("Forum Regulator Obat Asia digelar di Manila. Pada kesempatan tersebut, Deputi Bidang Penindakan BPOM, "
            "Andi Saputra, menjadi narasumber. Kepala Balai, Dewi Lestari, hadir sebagai tamu.")
    ents = [("Event", "Forum Regulator Obat Asia"), ("Location", "Manila"),
            ("Organization", "Deputi Bidang Penindakan"), ("Organization", "BPOM"), ("Person", "Andi Saputra"),
            ("Person", "Dewi Lestari")]
    got = rels(text, ents)
    found = {(r.type, h, t): r.properties for r, h, t in got}
    assert found[("HOLDS_POSITION", "Andi Saputra", "BPOM")]["title"] == "Deputi Bidang Penindakan"
    assert found[("ATTENDED", "Andi Saputra", "Forum Regulator Obat Asia")]["role"] == "narasumber"
    assert ("ATTENDED", "Dewi Lestari", "Forum Regulator Obat Asia") not in found


def test_organizer_list_stops_before_later_names_and_member_states_do_not_attend() -> None:
    text = ("Seminar Farmasi Nusantara diselenggarakan oleh Ikatan Apoteker Indonesia dan dihadiri oleh "
            "perwakilan negara anggota WHO.")
    got = run(text, [("Event", "Seminar Farmasi Nusantara"), ("Organization", "Ikatan Apoteker Indonesia"),
                     ("Organization", "WHO")])
    assert got == {("ORGANIZED", "Ikatan Apoteker Indonesia", "Seminar Farmasi Nusantara")}


def test_membership_stated_once_for_two_countries() -> None:
    text = ("Malaysia menjadi anggota ICH sejak 2019, sedangkan Singapura bergabung pada 2021. "
            "Filipina menjadi anggota ICH, sementara Vietnam bergabung dengan ASEAN.")
    got = run(text, [("Location", "Malaysia"), ("Organization", "ICH"), ("Location", "Singapura"),
                     ("Location", "Filipina"), ("Location", "Vietnam"), ("Organization", "ASEAN")])
    members = {r for r in got if r[0] == "MEMBER_OF"}
    assert ("MEMBER_OF", "Singapura", "ICH") in members and ("MEMBER_OF", "Malaysia", "ICH") in members
    assert ("MEMBER_OF", "Vietnam", "ICH") not in members


def test_handing_over_a_certificate_and_an_unnamed_deal_with_a_counterparty() -> None:
    text = ("Balai Besar POM di Semarang menyerahkan sertifikat CPOB kepada PT Jamu Sidomukti. "
            "Sinergen Biotech dari Tiongkok menandatangani perjanjian dengan PT Jamu Sidomukti. "
            "PT Jamu Sidomukti menandatangani surat pernyataan.")
    got = run(text, [("Organization", "Balai Besar POM di Semarang"), ("Organization", "PT Jamu Sidomukti"),
                     ("Regulation", "CPOB"), ("Organization", "Sinergen Biotech"), ("Location", "Tiongkok")])
    assert got == {("CERTIFIED", "Balai Besar POM di Semarang", "PT Jamu Sidomukti"),
                   ("LOCATED_IN", "Sinergen Biotech", "Tiongkok"),
                   ("PARTNERS_WITH", "Sinergen Biotech", "PT Jamu Sidomukti")}


def test_companion_also_visits_and_english_licence_and_origin() -> None:
    text = ("Ahmad Fauzi didampingi Direktur Utama PT Medisafe, Lina Kurnia, mengunjungi Pabrik Medisafe Karawang. "
            "Under the deal, Orion Biologics licensed its insulin to PT Medisafe. "
            "PT Medisafe signed a Supply Agreement with Orion Biologics of Finland.")
    ents = [("Person", "Ahmad Fauzi"), ("Organization", "PT Medisafe"), ("Person", "Lina Kurnia"),
            ("Facility", "Pabrik Medisafe Karawang"), ("Organization", "Orion Biologics"), ("Location", "Finland"),
            ("Agreement", "Supply Agreement")]
    got = run(text, ents)
    assert ("VISITED", "Ahmad Fauzi", "Pabrik Medisafe Karawang") in got
    assert ("VISITED", "Lina Kurnia", "Pabrik Medisafe Karawang") in got
    assert ("LICENSED", "Orion Biologics", "PT Medisafe") in got
    assert ("LOCATED_IN", "Orion Biologics", "Finland") in got


def test_work_visit_to_a_plant_permit_of_a_named_regulator_and_joint_hosts() -> None:
    text = ("Gubernur Bali, Made Arsana, melakukan kunjungan kerja ke pabrik PT Dewata Farma di Denpasar, Bali. "
            "Sirup Batuzen yang diproduksi PT Dewata Farma telah memperoleh izin edar Badan POM. "
            "Sirup Batuzen dipasarkan oleh PT Niaga Medika. "
            "IAI dan GPFI menggelar Pekan Farmasi Bali di Denpasar.")
    ents = [("Person", "Made Arsana"), ("Organization", "PT Dewata Farma"), ("Location", "Denpasar"),
            ("Location", "Bali"), ("Product", "Sirup Batuzen"), BPOM, ("Organization", "PT Niaga Medika"),
            ("Organization", "IAI"), ("Organization", "GPFI"), ("Event", "Pekan Farmasi Bali")]
    got = run(text, ents)
    assert {r for r in got if r[0] == "VISITED"} == {("VISITED", "Made Arsana", "PT Dewata Farma")}
    for key in [("LOCATED_IN", "Denpasar", "Bali"), ("APPROVED", "Badan Pengawas Obat dan Makanan", "Sirup Batuzen"),
                ("DEVELOPS", "PT Dewata Farma", "Sirup Batuzen"), ("MARKETS", "PT Niaga Medika", "Sirup Batuzen"),
                ("ORGANIZED", "IAI", "Pekan Farmasi Bali"), ("ORGANIZED", "GPFI", "Pekan Farmasi Bali")]:
        assert key in got, key
    assert ("APPROVED", "PT Dewata Farma", "Sirup Batuzen") not in got


def test_english_entered_into_an_agreement_with() -> None:
    text = "Lumen Pharma Ltd (India) entered into a Supply and License Agreement with PT Cakra Medika to market Zorvex."
    ents = [("Organization", "Lumen Pharma Ltd"), ("Location", "India"), ("Agreement", "Supply and License Agreement"),
            ("Organization", "PT Cakra Medika"), ("Product", "Zorvex")]
    got = run(text, ents)
    for key in [("SIGNED", "Lumen Pharma Ltd", "Supply and License Agreement"),
                ("SIGNED", "PT Cakra Medika", "Supply and License Agreement"),
                ("LICENSED", "Lumen Pharma Ltd", "PT Cakra Medika"), ("MARKETS", "PT Cakra Medika", "Zorvex"),
                ("LOCATED_IN", "Lumen Pharma Ltd", "India")]:
        assert key in got, key
