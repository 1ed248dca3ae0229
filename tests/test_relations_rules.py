"""Relation rules on sentences written for these tests (names not in the seeds).

Entities are given, as the entity stage would give them, so each test checks
one rule family: positives from the cue, negatives where the cue is missing or
the role has no name.
"""

from __future__ import annotations

from graphbuild.extract.relations import find_relations
from graphbuild.extract.sentences import split_sentences
from graphbuild.types import Document, Relation
from tests.relations_oracle import oracle_entities


def run(text: str, ents: list[tuple[str, str, list[str]] | tuple[str, str]], published: str | None = None,
        ) -> set[tuple[str, str, str]]:
    return {(r.type, h, t) for r, h, t in rels(text, ents, published)}


def rels(text: str, ents: list, published: str | None = None) -> list[tuple[Relation, str, str]]:
    gold = [{"type": e[0], "name": e[1], "aliases": e[2] if len(e) > 2 else []} for e in ents]
    entities = oracle_entities(text, gold)
    names = {e.id: e.name for e in entities}
    doc = Document("t", "t.txt", text, "x", published=published)
    return [(r, names[r.head], names[r.tail]) for r in find_relations(doc, split_sentences(text), entities)]


def test_title_before_and_after_the_name() -> None:
    text = ("Direktur Utama PT Sehat Sentosa Farma, Budi Hartono, mengatakan perusahaan siap. "
            "Menurut Andi Wijaya, Kepala Dinas Kesehatan Bali, stok cukup.")
    got = rels(text, [("Organization", "PT Sehat Sentosa Farma"), ("Person", "Budi Hartono"),
                      ("Person", "Andi Wijaya"), ("Organization", "Dinas Kesehatan Bali")])
    found = {(r.type, h, t, r.properties.get("title")) for r, h, t in got}
    assert ("HOLDS_POSITION", "Budi Hartono", "PT Sehat Sentosa Farma", "Direktur Utama") in found
    assert ("HOLDS_POSITION", "Andi Wijaya", "Dinas Kesehatan Bali", "Kepala") in found


def test_no_position_without_a_title_or_a_name() -> None:
    text = "Budi Hartono datang ke kantor PT Sehat Sentosa Farma. Kepala Balai mengatakan stok aman."
    assert run(text, [("Organization", "PT Sehat Sentosa Farma"), ("Person", "Budi Hartono")]) == set()


def test_visit_list_with_places_and_role_reference() -> None:
    text = ("Kepala BPOM, Rina Susanti mengatakan pengawasan diperketat. "
            "Kepala BPOM melakukan kunjungan ke PT Nusantara Biofarma di Bandung dan Pabrik Vaksin Delta di Semarang.")
    got = run(text, [("Organization", "BPOM"), ("Person", "Rina Susanti"), ("Organization", "PT Nusantara Biofarma"),
                     ("Location", "Bandung"), ("Facility", "Pabrik Vaksin Delta"), ("Location", "Semarang")])
    assert got == {
        ("HOLDS_POSITION", "Rina Susanti", "BPOM"),
        ("VISITED", "Rina Susanti", "PT Nusantara Biofarma"),
        ("VISITED", "Rina Susanti", "Pabrik Vaksin Delta"),
        ("LOCATED_IN", "PT Nusantara Biofarma", "Bandung"),
        ("LOCATED_IN", "Pabrik Vaksin Delta", "Semarang"),
    }


def test_visit_to_city_and_country() -> None:
    text = "Kunjungan Menteri Sari Dewi ke Busan, Korea Selatan, membuka peluang baru."
    got = run(text, [("Person", "Sari Dewi"), ("Location", "Busan"), ("Location", "Korea Selatan")])
    assert got == {("VISITED", "Sari Dewi", "Busan"), ("LOCATED_IN", "Busan", "Korea Selatan")}


def test_no_visit_without_a_destination() -> None:
    text = "Kunjungan wisatawan ke pantai meningkat, kata Sari Dewi di Bali."
    assert not {r for r in run(text, [("Person", "Sari Dewi"), ("Location", "Bali")]) if r[0] == "VISITED"}


def test_partnerships_and_topic() -> None:
    text = ("PT Medika Raya bekerja sama dengan Universitas Gadjah Mada di bidang riset vaksin. "
            "Kerja sama antara Korea Selatan dan Indonesia terus tumbuh. PT Medika Raya menilai kerja sama itu penting.")
    got = rels(text, [("Organization", "PT Medika Raya"), ("Organization", "Universitas Gadjah Mada"),
                      ("Location", "Korea Selatan"), ("Location", "Indonesia")])
    found = {(r.type, h, t) for r, h, t in got}
    assert found == {("PARTNERS_WITH", "PT Medika Raya", "Universitas Gadjah Mada"),
                     ("PARTNERS_WITH", "Korea Selatan", "Indonesia")}
    topic = [r.properties.get("topic") for r, h, _ in got if h == "PT Medika Raya"]
    assert topic == ["riset vaksin"]


def test_topic_ends_where_the_next_partner_starts() -> None:
    text = ("PT Medika Raya bekerja sama dengan Universitas Gadjah Mada untuk riset vaksin dan dengan "
            "PT Niaga Sehat sebagai distributor nasional.")
    got = rels(text, [("Organization", "PT Medika Raya"), ("Organization", "Universitas Gadjah Mada"),
                      ("Organization", "PT Niaga Sehat")])
    topics = {t: r.properties.get("topic") for r, h, t in got if r.type == "PARTNERS_WITH"}
    assert topics == {"Universitas Gadjah Mada": "riset vaksin", "PT Niaga Sehat": None}


def test_membership_and_subsidiary() -> None:
    text = ("Pemerintah menyiapkan keanggotaan Vietnam dalam Organisasi ICH. "
            "PT Alpha Medika, anak usaha PT Beta Holding, membangun pabrik baru.")
    got = run(text, [("Location", "Vietnam"), ("Organization", "Organisasi ICH"), ("Organization", "PT Alpha Medika"),
                     ("Organization", "PT Beta Holding")])
    assert got == {("MEMBER_OF", "Vietnam", "Organisasi ICH"), ("SUBSIDIARY_OF", "PT Alpha Medika", "PT Beta Holding")}


def test_certification_approval_registration_revocation() -> None:
    text = ("PT Gamma Farmasi memperoleh sertifikat CPOB dari Badan POM. "
            "Badan POM menerbitkan izin edar untuk vaksin Zetavax. "
            "Obat Helixumab saat ini dalam proses pendaftaran di Badan POM. "
            "Badan POM mencabut izin edar Tonikum Kuat milik PT Delta.")
    ents = [("Organization", "PT Gamma Farmasi"), ("Regulation", "CPOB"), ("Organization", "Badan POM"),
            ("Product", "Zetavax"), ("Product", "Helixumab"), ("Product", "Tonikum Kuat"), ("Organization", "PT Delta")]
    got = {(r.type, h, t): r.properties for r, h, t in rels(text, ents)}
    assert got[("CERTIFIED", "Badan POM", "PT Gamma Farmasi")] == {"standard": "CPOB"}
    assert ("APPROVED", "Badan POM", "Zetavax") in got
    assert got[("REGISTERED_WITH", "Helixumab", "Badan POM")] == {"status": "proses pendaftaran"}
    assert got[("REVOKED", "Badan POM", "Tonikum Kuat")] == {"what": "izin edar"}
    assert ("DEVELOPS", "PT Delta", "Tonikum Kuat") in got  # "produk milik" (ONTOLOGY.md: DEVELOPS)
    assert len(got) == 5


def test_licence_between_the_two_companies_named_before() -> None:
    text = ("Kerja sama antara PT Omega Pharma dan Helix Biotech (Korea Selatan) diperluas. "
            "Kedua perusahaan menandatangani Perjanjian Lisensi Helix pada tahun 2024 untuk memasarkan Helixumab.")
    ents = [("Organization", "PT Omega Pharma"), ("Organization", "Helix Biotech"), ("Location", "Korea Selatan"),
            ("Agreement", "Perjanjian Lisensi Helix"), ("Product", "Helixumab")]
    got = {(r.type, h, t): r for r, h, t in rels(text, ents, published="2024-05-02")}
    lic = got[("LICENSED", "Helix Biotech", "PT Omega Pharma")]
    assert lic.properties == {"product": "Helixumab"} and lic.date == "2024"
    for key in [("SIGNED", "PT Omega Pharma", "Perjanjian Lisensi Helix"),
                ("SIGNED", "Helix Biotech", "Perjanjian Lisensi Helix"),
                ("COVERS", "Perjanjian Lisensi Helix", "Helixumab"), ("MARKETS", "PT Omega Pharma", "Helixumab"),
                ("PARTNERS_WITH", "PT Omega Pharma", "Helix Biotech"), ("LOCATED_IN", "Helix Biotech", "Korea Selatan")]:
        assert key in got
    assert len(got) == 7


def test_event_organizer_place_speaker_and_date() -> None:
    text = ("Kementerian Perindustrian menyelenggarakan Pameran Farmasi Nasional di Makassar, Senin (4/3). "
            "“Kami siap,” ujar Dirjen Lucia Rizka pada Pameran Farmasi Nasional. "
            "Acara ini juga didukung oleh Universitas Hasanuddin.")
    ents = [("Organization", "Kementerian Perindustrian"), ("Event", "Pameran Farmasi Nasional"),
            ("Location", "Makassar"), ("Person", "Lucia Rizka"), ("Organization", "Universitas Hasanuddin")]
    got = {(r.type, h, t): r for r, h, t in rels(text, ents, published="2024-03-05")}
    assert got[("ORGANIZED", "Kementerian Perindustrian", "Pameran Farmasi Nasional")].date == "2024-03-04"
    assert got[("HELD_IN", "Pameran Farmasi Nasional", "Makassar")].date == "2024-03-04"
    assert got[("ATTENDED", "Lucia Rizka", "Pameran Farmasi Nasional")].date == "2024-03-05"
    assert len(got) == 3


def test_organized_by_list_refers_to_the_last_event() -> None:
    text = ("Simposium Obat Herbal Nasional dihadiri 200 peserta. "
            "Diselenggarakan oleh Universitas Airlangga, PT Herba Jaya dan Asosiasi Jamu Indonesia.")
    got = run(text, [("Event", "Simposium Obat Herbal Nasional"), ("Organization", "Universitas Airlangga"),
                     ("Organization", "PT Herba Jaya"), ("Organization", "Asosiasi Jamu Indonesia")])
    assert got == {("ORGANIZED", o, "Simposium Obat Herbal Nasional")
                   for o in ("Universitas Airlangga", "PT Herba Jaya", "Asosiasi Jamu Indonesia")}


def test_meetings_but_not_between_colleagues() -> None:
    text = ("Kepala BPOM Rina Susanti bertemu dengan Menteri Kesehatan Jepang Kenji Sato di Tokyo. "
            "Rina Susanti bersama Deputi I BPOM Hendra Gunawan meninjau laboratorium.")
    got = run(text, [("Organization", "BPOM"), ("Person", "Rina Susanti"), ("Person", "Kenji Sato"),
                     ("Person", "Hendra Gunawan"), ("Location", "Tokyo")])
    assert ("MET_WITH", "Rina Susanti", "Kenji Sato") in got
    assert not {r for r in got if r[0] == "MET_WITH" and "Hendra Gunawan" in r}


def test_english_cues() -> None:
    text = ("Acme Pharma CEO John Smith said sales grew. Acme Pharma partnered with Beta Labs on oncology drugs. "
            "Beta Labs is a subsidiary of Gamma Holdings.")
    got = run(text, [("Organization", "Acme Pharma"), ("Person", "John Smith"), ("Organization", "Beta Labs"),
                     ("Organization", "Gamma Holdings")])
    assert got == {("HOLDS_POSITION", "John Smith", "Acme Pharma"), ("PARTNERS_WITH", "Acme Pharma", "Beta Labs"),
                   ("SUBSIDIARY_OF", "Beta Labs", "Gamma Holdings")}


def test_one_relation_per_triple_and_evidence_is_the_sentence() -> None:
    text = "Direktur PT Sehat Sentosa, Budi Hartono, hadir. Direktur PT Sehat Sentosa, Budi Hartono, pulang."
    got = rels(text, [("Organization", "PT Sehat Sentosa"), ("Person", "Budi Hartono")], published="2023-01-02")
    assert len(got) == 1
    r = got[0][0]
    assert r.evidence == "Direktur PT Sehat Sentosa, Budi Hartono, hadir." and r.date == "2023-01-02"
    assert 0 < r.confidence <= 1


def test_a_day_range_dates_its_facts_by_the_first_day() -> None:
    text = "Pameran Obat Nusantara 2026 yang berlangsung 20–22 Mei 2026 itu diselenggarakan oleh Kementerian Perindustrian."
    got = {(r.type, h, t): r for r, h, t in rels(text, [("Event", "Pameran Obat Nusantara 2026"),
                                                          ("Organization", "Kementerian Perindustrian")], "2026-05-23")}
    assert got[("ORGANIZED", "Kementerian Perindustrian", "Pameran Obat Nusantara 2026")].date == "2026-05-20"


def test_a_later_date_in_the_sentence_does_not_date_a_post() -> None:
    """"menargetkan … pada 2027, kata Direktur X": the post is held when the story is written, the date is a plan."""
    text = "Direktur Utama PT Sehat Sentosa Farma, Budi Hartono, menargetkan pabrik baru beroperasi pada 2027."
    got = {(r.type, h, t): r for r, h, t in rels(text, [("Organization", "PT Sehat Sentosa Farma"),
                                                          ("Person", "Budi Hartono")], "2026-03-02")}
    assert got[("HOLDS_POSITION", "Budi Hartono", "PT Sehat Sentosa Farma")].date == "2026-03-02"
    text = "Pada 2019, Direktur Utama PT Sehat Sentosa Farma, Budi Hartono, meresmikan pabrik itu."
    got = {(r.type, h, t): r for r, h, t in rels(text, [("Organization", "PT Sehat Sentosa Farma"),
                                                          ("Person", "Budi Hartono")], "2026-03-02")}
    assert got[("HOLDS_POSITION", "Budi Hartono", "PT Sehat Sentosa Farma")].date == "2019"  # an earlier date stays
