"""Recall patterns from how press releases state facts (issue 3), on sentences written for this file.

Each pattern was first missed on the dev2 articles; the sentences here use other companies,
regulators, places and people, and each positive has a negative it could be confused with.
"""

from __future__ import annotations

from tests.test_relations_rules import rels, run

BPOM = ("Organization", "Badan Pengawas Obat dan Makanan", ["BPOM", "Badan POM"])
NUSA = ("Organization", "PT Nusa Vaksindo")
SINAR = ("Organization", "PT Sinar Farma")


def test_licensor_after_dilisensikan_dari_and_licensed_from() -> None:
    text = ("PT Nusa Vaksindo meresmikan lini produksi baru di Bandung. "
            "Vaksin Hepavac dikembangkan dari teknologi yang dilisensikan dari Serum Institute of India. "
            "PT Medika Raya memproduksi insulin dengan teknologi yang dilisensikan dari Gan & Lee Pharmaceuticals.")
    got = run(text, [NUSA, ("Location", "Bandung"), ("Product", "Hepavac"),
                     ("Organization", "Serum Institute of India"), ("Organization", "PT Medika Raya"),
                     ("Product", "insulin"), ("Organization", "Gan & Lee Pharmaceuticals")])
    assert ("LICENSED", "Serum Institute of India", "PT Nusa Vaksindo") in got
    assert ("LICENSED", "Gan & Lee Pharmaceuticals", "PT Medika Raya") in got


def test_in_licensing_agreement_with_a_foreign_partner() -> None:
    text = ("PT Sinar Farma today announced an exclusive in-licensing agreement with Helios Pharma AG, a Basel-based "
            "company, for the commercialization of Zorvex in Indonesia.")
    got = run(text, [SINAR, ("Organization", "Helios Pharma AG"), ("Location", "Basel"), ("Product", "Zorvex"),
                     ("Location", "Indonesia")])
    assert {("LICENSED", "Helios Pharma AG", "PT Sinar Farma"),
            ("MARKETS", "PT Sinar Farma", "Zorvex"), ("LOCATED_IN", "Helios Pharma AG", "Basel")} <= got
    assert got & {("PARTNERS_WITH", "Helios Pharma AG", "PT Sinar Farma"), ("PARTNERS_WITH", "PT Sinar Farma", "Helios Pharma AG")}


def test_a_licence_with_no_named_licensor_is_not_a_licensing_deal() -> None:
    text = "PT Sinar Farma memperpanjang lisensi produk tersebut hingga 2030. Lisensi praktik apoteker juga diperbarui."
    assert not {r for r in run(text, [SINAR]) if r[0] == "LICENSED"}


def test_roll_call_sentences_list_attendees() -> None:
    text = ("Ikatan Apoteker Indonesia menggelar Forum Kefarmasian Nasional 2024 di Surabaya. "
            "Hadir sebagai narasumber, Direktur PT Andalas Biotek, Rudi Salim; serta Kepala Dinas Kesehatan Jawa Timur, "
            "Dewi Lestari. Turut hadir Ketua Gabungan Pengusaha Jamu, Nur Aini.")
    got = rels(text, [("Organization", "Ikatan Apoteker Indonesia"), ("Event", "Forum Kefarmasian Nasional 2024"),
                      ("Location", "Surabaya"), ("Organization", "PT Andalas Biotek"), ("Person", "Rudi Salim"),
                      ("Organization", "Dinas Kesehatan Jawa Timur"), ("Person", "Dewi Lestari"),
                      ("Organization", "Gabungan Pengusaha Jamu"), ("Person", "Nur Aini")])
    att = {(h, r.properties.get("role")) for r, h, t in got if r.type == "ATTENDED"}
    assert att == {("Rudi Salim", "narasumber"), ("Dewi Lestari", "narasumber"), ("Nur Aini", None)}


def test_no_roll_call_without_an_event() -> None:
    text = "Hadir sebagai narasumber, Direktur PT Andalas Biotek, Rudi Salim."
    got = run(text, [("Organization", "PT Andalas Biotek"), ("Person", "Rudi Salim")])
    assert not {r for r in got if r[0] == "ATTENDED"}


def test_origin_appositions_and_headquarters() -> None:
    text = ("PT Medika Raya bermitra dengan Genexine Inc., perusahaan bioteknologi asal Seongnam, Korea Selatan. "
            "Headquartered in Surabaya, PT Andalas Biotek employs 900 people. "
            "Strain itu berasal dari Doherty Institute (DI), Melbourne, Australia.")
    got = run(text, [("Organization", "PT Medika Raya"), ("Organization", "Genexine Inc."), ("Location", "Seongnam"),
                     ("Location", "Korea Selatan"), ("Location", "Surabaya"), ("Organization", "PT Andalas Biotek"),
                     ("Organization", "Doherty Institute", ["DI"]), ("Location", "Melbourne"), ("Location", "Australia")])
    assert {("LOCATED_IN", "Genexine Inc.", "Seongnam"), ("LOCATED_IN", "PT Andalas Biotek", "Surabaya"),
            ("LOCATED_IN", "Doherty Institute", "Melbourne")} <= got


def test_no_place_for_a_person_or_a_list_of_cities() -> None:
    text = "Rudi Salim, warga asal Surabaya, bekerja di PT Andalas Biotek, Jakarta, Bandung dan Medan."
    got = run(text, [("Person", "Rudi Salim"), ("Location", "Surabaya"), ("Organization", "PT Andalas Biotek"),
                     ("Location", "Jakarta"), ("Location", "Bandung"), ("Location", "Medan")])
    assert not {r for r in got if r[0] == "LOCATED_IN" and r[1] in ("Rudi Salim", "PT Andalas Biotek")}


def test_own_subsidiary_by_anaphora() -> None:
    text = ("PT Kimia Sehat Tbk memperluas jaringan. Melalui anak usahanya, PT Kimia Sehat Distribusi, perseroan "
            "menambah 12 gudang. Distribusi dilakukan oleh anak usaha perseroan, PT Sehat Logistik.")
    got = run(text, [("Organization", "PT Kimia Sehat Tbk"), ("Organization", "PT Kimia Sehat Distribusi"),
                     ("Organization", "PT Sehat Logistik")])
    assert {("SUBSIDIARY_OF", "PT Kimia Sehat Distribusi", "PT Kimia Sehat Tbk"),
            ("SUBSIDIARY_OF", "PT Sehat Logistik", "PT Kimia Sehat Tbk")} <= got
    assert run("Anak usahanya berkembang pesat tahun ini.", [("Organization", "PT Kimia Sehat Tbk")]) == set()


def test_approval_by_coordinated_regulators_of_the_subject_product() -> None:
    text = ("Zorvex, a topical cream, was developed by Helios Pharma AG and was approved by the U.S. Food and Drug "
            "Administration (FDA) in 2022 and by the European Medicines Agency (EMA) in 2023. "
            "Tablet Migrafen disetujui BPOM dan dipasarkan oleh PT Sinar Farma.")
    got = run(text, [("Product", "Zorvex"), ("Organization", "Helios Pharma AG"),
                     ("Organization", "U.S. Food and Drug Administration", ["FDA"]),
                     ("Organization", "European Medicines Agency", ["EMA"]), BPOM, ("Product", "Migrafen"), SINAR])
    approved = {(h, t) for r, h, t in got if r == "APPROVED"}
    assert approved == {("U.S. Food and Drug Administration", "Zorvex"), ("European Medicines Agency", "Zorvex"),
                        ("Badan Pengawas Obat dan Makanan", "Migrafen")}
    assert ("DEVELOPS", "Helios Pharma AG", "Zorvex") in got


def test_registration_of_the_product_named_before() -> None:
    text = ("PT Sinar Farma akan memasarkan Zorvex di Indonesia. Saat ini produk tersebut dalam proses registrasi di "
            "BPOM. PT Nusa Vaksindo juga mengajukan prakualifikasi vaksin Hepavac ke World Health Organization (WHO).")
    got = run(text, [SINAR, ("Product", "Zorvex"), ("Location", "Indonesia"), BPOM, NUSA, ("Product", "Hepavac"),
                     ("Organization", "World Health Organization", ["WHO"])])
    assert {("REGISTERED_WITH", "Zorvex", "Badan Pengawas Obat dan Makanan"),
            ("REGISTERED_WITH", "Hepavac", "World Health Organization")} <= got
    assert not {r for r in run("Perusahaan tersebut sedang mengurus registrasi di BPOM.", [BPOM])
                if r[0] == "REGISTERED_WITH"}


def test_makers_by_both_parties_plant_owner_and_contents() -> None:
    text = ("PT Nusa Vaksindo dan PT Sinar Farma menandatangani nota kesepahaman di Jakarta. Kedua pihak sepakat "
            "mengembangkan obat kombinasi yang mengandung rifampisin dan isoniazid. Pabrik Delta milik PT Medika Raya "
            "di Cikarang saat ini memproduksi bahan aktif seperti atorvastatin.")
    ents = [NUSA, SINAR, ("Location", "Jakarta"), ("Product", "rifampisin"), ("Product", "isoniazid"),
            ("Facility", "Pabrik Delta"), ("Organization", "PT Medika Raya"), ("Location", "Cikarang"),
            ("Product", "atorvastatin")]
    got = run(text, ents)
    assert {("DEVELOPS", o, p) for o in ("PT Nusa Vaksindo", "PT Sinar Farma") for p in ("rifampisin", "isoniazid")} <= got
    assert ("DEVELOPS", "PT Medika Raya", "atorvastatin") in got
    assert ("PARTNERS_WITH", "PT Nusa Vaksindo", "PT Sinar Farma") in got
    no = run("PT Nusa Vaksindo dan PT Sinar Farma bertemu. Kedua pihak sepakat mengembangkan kerja sama riset.", ents)
    assert not {r for r in no if r[0] == "DEVELOPS"}


def test_meetings_with_envoys_and_companions() -> None:
    text = ("Gubernur Jawa Timur, Sri Wahyuni, menerima kunjungan Duta Besar Jepang untuk Indonesia, Kenji Tanaka, "
            "di Surabaya. Rudi Salim bertemu dengan Ani Susanti dan Direktur PT Medika Raya, Dr. Budi Hartono. "
            "Nur Aini bertemu dengan Ani Susanti; sementara itu Dewi Lestari berada di Bandung.")
    people = [("Person", n) for n in ("Sri Wahyuni", "Kenji Tanaka", "Rudi Salim", "Ani Susanti", "Budi Hartono",
                                      "Nur Aini", "Dewi Lestari")]
    got = run(text, [("Location", "Jawa Timur"), ("Location", "Jepang"), ("Location", "Indonesia"),
                     ("Location", "Surabaya"), ("Organization", "PT Medika Raya"), ("Location", "Bandung"), *people])
    met = {frozenset((h, t)) for r, h, t in got if r == "MET_WITH"}
    assert met == {frozenset(p) for p in (("Sri Wahyuni", "Kenji Tanaka"), ("Rudi Salim", "Ani Susanti"),
                                          ("Rudi Salim", "Budi Hartono"), ("Nur Aini", "Ani Susanti"))}
    assert ("HOLDS_POSITION", "Kenji Tanaka", "Jepang") in got


def test_plants_certified_visited_and_operated() -> None:
    text = ("Menteri Sari Dewi meninjau Pabrik Vaksin Delta milik PT Nusa Vaksindo di Cikarang. "
            "Kepala Balai Besar POM di Bandung, Dewi Lestari, mendampingi. "
            "Pabrik tersebut telah memperoleh sertifikat CPOB dari BPOM. PT Sinar Farma will market the product. "
            "Packaging takes place at the Sinar Farma Cikarang Plant, while Helios ships from its Basel Biologics Center.")
    got = run(text, [("Person", "Sari Dewi"), ("Facility", "Pabrik Vaksin Delta"), NUSA, ("Location", "Cikarang"),
                     ("Organization", "Balai Besar POM di Bandung"), ("Person", "Dewi Lestari"), ("Regulation", "CPOB"),
                     BPOM, ("Organization", "Sinar Farma", ["PT Sinar Farma"]), ("Facility", "Sinar Farma Cikarang Plant"),
                     ("Organization", "Helios"), ("Facility", "Basel Biologics Center")])
    assert {("VISITED", "Sari Dewi", "Pabrik Vaksin Delta"), ("VISITED", "Sari Dewi", "PT Nusa Vaksindo"),
            ("LOCATED_IN", "Pabrik Vaksin Delta", "Cikarang"),
            ("CERTIFIED", "Badan Pengawas Obat dan Makanan", "Pabrik Vaksin Delta"),
            ("PART_OF", "Balai Besar POM di Bandung", "Badan Pengawas Obat dan Makanan"),
            ("OPERATES", "Sinar Farma", "Sinar Farma Cikarang Plant"),
            ("OPERATES", "Helios", "Basel Biologics Center")} <= got
    assert ("CERTIFIED", "Badan Pengawas Obat dan Makanan", "PT Nusa Vaksindo") not in got


def test_event_place_is_not_the_organisers() -> None:
    text = ("Menteri Sari Dewi menghadiri Temu Bisnis Farmasi 2025 yang digelar oleh Dinas Kesehatan Jawa Timur di "
            "Surabaya. Ikatan Apoteker Indonesia menyelenggarakan Forum Apoteker 2025 di Grand City Convention Center, "
            "Surabaya.")
    got = run(text, [("Person", "Sari Dewi"), ("Event", "Temu Bisnis Farmasi 2025"),
                     ("Organization", "Dinas Kesehatan Jawa Timur"), ("Location", "Surabaya"),
                     ("Organization", "Ikatan Apoteker Indonesia"), ("Event", "Forum Apoteker 2025"),
                     ("Location", "Grand City Convention Center")])
    assert {("HELD_IN", "Temu Bisnis Farmasi 2025", "Surabaya"), ("HELD_IN", "Forum Apoteker 2025", "Surabaya"),
            ("HELD_IN", "Forum Apoteker 2025", "Grand City Convention Center")} <= got
    assert ("LOCATED_IN", "Dinas Kesehatan Jawa Timur", "Surabaya") not in got


def test_signers_and_joint_ventures_not_the_outlet() -> None:
    text = ("Jakarta, Warta Farmasi - PT Nusa Vaksindo (NUSA) dan PT Sinar Farma menandatangani nota kesepahaman di "
            "Jakarta. PT Delta Bio merupakan perusahaan patungan antara PT Medika Raya dan Hanmi Co.")
    got = run(text, [("Location", "Jakarta"), ("Organization", "Warta Farmasi"), ("Organization", "PT Nusa Vaksindo",
                     ["NUSA"]), SINAR, ("Organization", "PT Delta Bio"), ("Organization", "PT Medika Raya"),
                     ("Organization", "Hanmi Co.")])
    partners = {frozenset((h, t)) for r, h, t in got if r == "PARTNERS_WITH"}
    assert frozenset(("PT Nusa Vaksindo", "PT Sinar Farma")) in partners
    assert frozenset(("PT Medika Raya", "Hanmi Co.")) in partners
    assert not any("Warta Farmasi" in p for p in partners)


def test_coordinated_makers() -> None:
    text = "PT Nusa Vaksindo dan PT Sinar Farma memproduksi obat kanker kapesitabin di Semarang."
    got = run(text, [NUSA, SINAR, ("Product", "kapesitabin"), ("Location", "Semarang")])
    assert {("DEVELOPS", "PT Nusa Vaksindo", "kapesitabin"), ("DEVELOPS", "PT Sinar Farma", "kapesitabin")} <= got
    got = run("Kepala BPOM dan PT Sinar Farma memproduksi kapesitabin.", [BPOM, SINAR, ("Product", "kapesitabin")])
    assert ("DEVELOPS", "Badan Pengawas Obat dan Makanan", "kapesitabin") not in got


def test_pronoun_subjects_meet_and_vice_ministers() -> None:
    text = ("Kepala BPOM Rina Susanti dan Wakil Menteri Kesehatan Sari Dewi mengunjungi PT Nusa Vaksindo. "
            "Keduanya disambut oleh Direktur Utama PT Nusa Vaksindo, Budi Hartono. Ia juga bertemu dengan Ani Susanti. "
            "Budi Hartono lalu memaparkan rencana ekspor. Para peserta bertemu dengan Nur Aini.")
    got = rels(text, [BPOM, ("Person", "Rina Susanti"), ("Organization", "Kementerian Kesehatan"),
                      ("Person", "Sari Dewi"), NUSA, ("Person", "Budi Hartono"), ("Person", "Ani Susanti"),
                      ("Person", "Nur Aini")])
    met = {frozenset((h, t)) for r, h, t in got if r.type == "MET_WITH"}
    assert {frozenset(("Rina Susanti", "Budi Hartono")), frozenset(("Sari Dewi", "Budi Hartono")),
            frozenset(("Budi Hartono", "Ani Susanti"))} <= met
    assert not any("Nur Aini" in p for p in met)  # "Para peserta" names nobody


def test_bilateral_meeting_with_foreign_regulators() -> None:
    text = ("Kepala BPOM, Rina Susanti, melakukan pertemuan bilateral dengan Head of the Therapeutic Goods "
            "Administration (TGA), Tony Lawler, di Canberra. Dalam pertemuan itu, Rina didampingi Deputi Bidang "
            "Pengawasan Obat BPOM, Dewi Lestari. Kedua regulator sepakat menandatangani Arrangement on Regulatory "
            "Cooperation. Hadir pula Kepala Health Sciences Authority (HSA) Singapura, Raymond Chua.")
    got = run(text, [BPOM, ("Person", "Rina Susanti", ["Rina"]),
                     ("Organization", "Therapeutic Goods Administration", ["TGA"]), ("Person", "Tony Lawler"),
                     ("Location", "Canberra"), ("Organization", "Deputi Bidang Pengawasan Obat"),
                     ("Person", "Dewi Lestari"), ("Agreement", "Arrangement on Regulatory Cooperation"),
                     ("Organization", "Health Sciences Authority", ["HSA"]), ("Location", "Singapura"),
                     ("Person", "Raymond Chua")])
    assert {("MET_WITH", "Rina Susanti", "Tony Lawler"),
            ("HOLDS_POSITION", "Tony Lawler", "Therapeutic Goods Administration"),
            ("HOLDS_POSITION", "Raymond Chua", "Health Sciences Authority"),
            ("SIGNED", "Badan Pengawas Obat dan Makanan", "Arrangement on Regulatory Cooperation"),
            ("SIGNED", "Therapeutic Goods Administration", "Arrangement on Regulatory Cooperation")} <= got
    assert ("SIGNED", "Deputi Bidang Pengawasan Obat", "Arrangement on Regulatory Cooperation") not in got
