"""Round-4 relation patterns, each on sentences written for this file (other names than the dev3 set).

Titles with units after a name, postings "untuk <place>", ownership phrasings, where an
organisation is ("asal", possessives, "Headquartered in", "pabriknya di"), certificate
lists, co-organisers, signing told in two sentences, partners after their origin, and a
visiting party named "rombongan".
"""

from __future__ import annotations

from graphbuild.extract.relations import find_relations
from graphbuild.extract.sentences import split_sentences
from graphbuild.types import Document
from tests.relations_oracle import oracle_entities


def run(text: str, ents: list[tuple[str, ...]]) -> set[tuple[str, str, str]]:
    """Relations over oracle entities: (type, name[, category[, alias|alias]])."""
    gold = [{"type": e[0], "name": e[1], "category": e[2] if len(e) > 2 and e[2] else None,
             "aliases": e[3].split("|") if len(e) > 3 else []} for e in ents]
    entities = oracle_entities(text, gold)
    names = {e.id: e.name for e in entities}
    doc = Document("t", "t.txt", text, "x")
    return {(r.type, names[r.head], names[r.tail]) for r in find_relations(doc, split_sentences(text), entities)}


def _of(got: set[tuple[str, str, str]], rtype: str) -> set[tuple[str, str, str]]:
    return {r for r in got if r[0] == rtype}


def test_title_with_unit_after_the_name_and_the_unit_parent() -> None:
    text = ("Pembicara antara lain Hiroshi Tanaka, Direktur Office of Global Affairs di Osaka Medical Agency (OMA) Jepang; "
            "serta Mark Stevens, Head of Regional Sales at Lumina Pharma.")
    got = run(text, [("Person", "Hiroshi Tanaka"), ("Organization", "Office of Global Affairs"),
                     ("Organization", "Osaka Medical Agency", "regulator", "OMA"), ("Location", "Jepang", "country"),
                     ("Person", "Mark Stevens"), ("Organization", "Lumina Pharma", "company")])
    assert {("HOLDS_POSITION", "Hiroshi Tanaka", "Office of Global Affairs"),
            ("HOLDS_POSITION", "Hiroshi Tanaka", "Osaka Medical Agency"),
            ("HOLDS_POSITION", "Mark Stevens", "Lumina Pharma")} <= got
    assert ("LOCATED_IN", "Osaka Medical Agency", "Jepang") in got


def test_posting_untuk_a_place_and_long_english_titles() -> None:
    text = ("Acara disaksikan Duta Besar Jepang untuk Indonesia, Kenji Sato. "
            "Perwakilan UNICEF untuk Indonesia, Maria Lopez, hadir. "
            "It was attended by the Director General of Health Services of the Ministry of Health, Arif Budiman.")
    got = run(text, [("Location", "Jepang", "country"), ("Location", "Indonesia", "country"), ("Person", "Kenji Sato"),
                     ("Organization", "UNICEF", "international"), ("Person", "Maria Lopez"),
                     ("Organization", "Ministry of Health", "government"), ("Person", "Arif Budiman")])
    assert _of(got, "HOLDS_POSITION") == {("HOLDS_POSITION", "Kenji Sato", "Jepang"),
                                         ("HOLDS_POSITION", "Maria Lopez", "UNICEF"),
                                         ("HOLDS_POSITION", "Arif Budiman", "Ministry of Health")}


def test_ownership_phrasings() -> None:
    text = ("PT Arta Medika adalah bagian dari grup Sentosa Holdings. "
            "Nusa Farma sendiri berada di bawah PT Jaya Sehat (Persero) selaku induk holding. "
            "PT Mitra Husada juga memiliki dua anak usaha, yaitu PT Mitra Herbal yang membuat jamu dan PT Mitra Lab. "
            "Produk dikirim oleh PT Kirana Logistik (KL), the logistics subsidiary of Kirana Group.")
    got = run(text, [("Organization", "PT Arta Medika", "company"), ("Organization", "Sentosa Holdings", "company"),
                     ("Organization", "Nusa Farma", "company"), ("Organization", "PT Jaya Sehat (Persero)", "company"),
                     ("Organization", "PT Mitra Husada", "company"), ("Organization", "PT Mitra Herbal", "company"),
                     ("Organization", "PT Mitra Lab", "company"), ("Organization", "PT Kirana Logistik", "company", "KL"),
                     ("Organization", "Kirana Group", "company")])
    assert _of(got, "SUBSIDIARY_OF") == {
        ("SUBSIDIARY_OF", "PT Arta Medika", "Sentosa Holdings"),
        ("SUBSIDIARY_OF", "Nusa Farma", "PT Jaya Sehat (Persero)"),
        ("SUBSIDIARY_OF", "PT Mitra Herbal", "PT Mitra Husada"),
        ("SUBSIDIARY_OF", "PT Mitra Lab", "PT Mitra Husada"),
        ("SUBSIDIARY_OF", "PT Kirana Logistik", "Kirana Group"),
    }


def test_a_unit_under_a_ministry_is_not_a_subsidiary() -> None:
    text = "Direktorat Gizi berada di bawah Kementerian Kesehatan sejak 2020."
    got = run(text, [("Organization", "Direktorat Gizi", "government"), ("Organization", "Kementerian Kesehatan", "government")])
    assert not _of(got, "SUBSIDIARY_OF")


def test_where_an_organisation_is() -> None:
    text = ("PT Sehat Abadi bermitra dengan perusahaan asal Korea Selatan, Hanmi Bio. "
            "Headquartered in Osaka, Shionova Ltd. makes antibiotics. "
            "PT Maju Farma akan memproduksi obat itu di pabriknya di Cikarang, Jawa Barat. "
            "Hadir pula perwakilan Food Safety Agency (FSA) Thailand.")
    got = run(text, [("Organization", "PT Sehat Abadi", "company"), ("Location", "Korea Selatan", "country"),
                     ("Organization", "Hanmi Bio", "company"), ("Location", "Osaka", "city"),
                     ("Organization", "Shionova Ltd.", "company"), ("Organization", "PT Maju Farma", "company"),
                     ("Location", "Cikarang", "city"), ("Location", "Jawa Barat", "province"),
                     ("Organization", "Food Safety Agency", "regulator", "FSA"), ("Location", "Thailand", "country")])
    assert {("LOCATED_IN", "Hanmi Bio", "Korea Selatan"), ("LOCATED_IN", "Shionova Ltd.", "Osaka"),
            ("LOCATED_IN", "PT Maju Farma", "Cikarang"), ("LOCATED_IN", "Food Safety Agency", "Thailand")} <= got
    assert ("LOCATED_IN", "PT Sehat Abadi", "Korea Selatan") not in got


def test_place_chains_and_peer_regencies() -> None:
    text = ("Pabrik berada di Desa Sukamaju, Kecamatan Cibungbulang, Kabupaten Bogor. "
            "Pengawasan diperketat di Kabupaten Kudus, Kabupaten Pati, dan Kabupaten Jepara.")
    got = run(text, [("Location", "Sukamaju", "area"), ("Location", "Kecamatan Cibungbulang", "district"),
                     ("Location", "Kabupaten Bogor", "district"), ("Location", "Kabupaten Kudus", "district"),
                     ("Location", "Kabupaten Pati", "district"), ("Location", "Kabupaten Jepara", "district")])
    assert _of(got, "LOCATED_IN") == {("LOCATED_IN", "Sukamaju", "Kecamatan Cibungbulang"),
                                     ("LOCATED_IN", "Kecamatan Cibungbulang", "Kabupaten Bogor")}


def test_certificates_handed_through_a_regional_office_to_a_list() -> None:
    text = ("Badan POM melalui Balai Besar POM di Medan menyerahkan sertifikat CDOB kepada 10 PBF. "
            "PBF yang menerima sertifikat antara lain PT Alfa Medika Cabang Medan, PT Beta Niaga, dan PT Gama Distribusi.")
    got = run(text, [("Organization", "Badan POM", "regulator"), ("Organization", "Balai Besar POM di Medan", "regulator"),
                     ("Regulation", "CDOB", "standard"), ("Organization", "PT Alfa Medika", "company"),
                     ("Location", "Medan", "city"), ("Organization", "PT Beta Niaga", "company"),
                     ("Organization", "PT Gama Distribusi", "company")])
    assert _of(got, "CERTIFIED") == {("CERTIFIED", "Badan POM", "PT Alfa Medika"),
                                    ("CERTIFIED", "Badan POM", "PT Beta Niaga"),
                                    ("CERTIFIED", "Badan POM", "PT Gama Distribusi")}
    assert ("PART_OF", "Balai Besar POM di Medan", "Badan POM") in got


def test_co_organisers() -> None:
    text = ("Seminar Gizi Nasional yang diselenggarakan Dinas Kesehatan Kota Medan bersama Universitas Sumatera Utara "
            "berlangsung meriah. The Asia Vaccine Summit, organised by the Vaccine Alliance together with the Ministry "
            "of Health, closed on Friday.")
    got = run(text, [("Event", "Seminar Gizi Nasional"), ("Organization", "Dinas Kesehatan Kota Medan", "government"),
                     ("Organization", "Universitas Sumatera Utara", "academic"), ("Event", "Asia Vaccine Summit"),
                     ("Organization", "Vaccine Alliance", "international"),
                     ("Organization", "Ministry of Health", "government")])
    assert _of(got, "ORGANIZED") == {("ORGANIZED", "Dinas Kesehatan Kota Medan", "Seminar Gizi Nasional"),
                                    ("ORGANIZED", "Universitas Sumatera Utara", "Seminar Gizi Nasional"),
                                    ("ORGANIZED", "Vaccine Alliance", "Asia Vaccine Summit"),
                                    ("ORGANIZED", "Ministry of Health", "Asia Vaccine Summit")}


def test_signing_told_in_two_sentences_and_the_deal_anaphora() -> None:
    text = ("PT Andalan Farma meneken perjanjian lisensi dengan perusahaan asal Jepang, Kobe Pharma. "
            "Penandatanganan Exclusive Supply Agreement tersebut berlangsung di Jakarta. "
            "Melalui kesepakatan ini, PT Andalan Farma akan memproduksi edoxaban dan dabigatran.")
    got = run(text, [("Organization", "PT Andalan Farma", "company"), ("Location", "Jepang", "country"),
                     ("Organization", "Kobe Pharma", "company"), ("Agreement", "Exclusive Supply Agreement"),
                     ("Location", "Jakarta", "city"), ("Product", "edoxaban"), ("Product", "dabigatran")])
    assert {("SIGNED", "PT Andalan Farma", "Exclusive Supply Agreement"),
            ("SIGNED", "Kobe Pharma", "Exclusive Supply Agreement"),
            ("COVERS", "Exclusive Supply Agreement", "edoxaban"),
            ("COVERS", "Exclusive Supply Agreement", "dabigatran")} <= got
    assert ("LOCATED_IN", "Kobe Pharma", "Jepang") in got


def test_english_agreement_with_a_possessive_country() -> None:
    text = "PT Sinar Medika entered into a Supply Agreement with Japan's Kobe Pharma for edoxaban."
    got = run(text, [("Organization", "PT Sinar Medika", "company"), ("Agreement", "Supply Agreement"),
                     ("Organization", "Kobe Pharma", "company"), ("Product", "edoxaban")])
    assert {("SIGNED", "PT Sinar Medika", "Supply Agreement"), ("SIGNED", "Kobe Pharma", "Supply Agreement")} <= got


def test_partners_after_their_origin_and_not_the_place_in_a_name() -> None:
    text = ("Kalindo tengah mendaftarkan dua produk hasil kerja sama dengan mitra asal Jepang, Nagoya Seiyaku, di BPOM.\n\n"
            "Andalan Gandeng Kobe Pharma Jepang")
    got = run(text, [("Organization", "Kalindo", "company"), ("Location", "Jepang", "country"),
                     ("Organization", "Nagoya Seiyaku", "company"), ("Organization", "BPOM", "regulator"),
                     ("Organization", "Andalan", "company"), ("Organization", "Kobe Pharma", "company")])
    assert ("PARTNERS_WITH", "Kalindo", "Nagoya Seiyaku") in got
    assert ("PARTNERS_WITH", "Andalan", "Kobe Pharma") in got
    assert not any(r[0] == "PARTNERS_WITH" and "Jepang" in r for r in got)


def test_one_mou_each_with_two_governments() -> None:
    text = "BPOM juga telah meneken nota kesepahaman serupa dengan Pemerintah Provinsi Bali dan Pemerintah Provinsi Riau."
    got = run(text, [("Organization", "BPOM", "regulator"), ("Organization", "Pemerintah Provinsi Bali", "government"),
                     ("Organization", "Pemerintah Provinsi Riau", "government")])
    assert _of(got, "PARTNERS_WITH") == {("PARTNERS_WITH", "BPOM", "Pemerintah Provinsi Bali"),
                                        ("PARTNERS_WITH", "BPOM", "Pemerintah Provinsi Riau")}


def test_the_visiting_party_and_places_that_only_locate_the_site() -> None:
    text = ("Menteri Budi Santoso bersama Gubernur Rudi Hartono meninjau pabrik PT Kencana Farma di Sukamaju, "
            "Kecamatan Cibungbulang, Kabupaten Bogor. Dalam kunjungan itu, rombongan meninjau Kencana Vaccine Plant.")
    got = run(text, [("Person", "Budi Santoso"), ("Person", "Rudi Hartono"),
                     ("Organization", "PT Kencana Farma", "company"), ("Location", "Sukamaju", "area"),
                     ("Location", "Kecamatan Cibungbulang", "district"), ("Location", "Kabupaten Bogor", "district"),
                     ("Facility", "Kencana Vaccine Plant")])
    assert {("VISITED", "Budi Santoso", "Kencana Vaccine Plant"), ("VISITED", "Rudi Hartono", "Kencana Vaccine Plant"),
            ("VISITED", "Budi Santoso", "PT Kencana Farma")} <= got
    assert not {r for r in _of(got, "VISITED") if r[2] in ("Kecamatan Cibungbulang", "Kabupaten Bogor")}


def test_who_distributes_and_who_signs_for_a_side() -> None:
    text = ("Distribusi Flurix akan dilakukan oleh PT Mega Niaga. Following approval, Cardiva will be distributed "
            "through PT Sentra Medika. Dari pihak Andalan, perjanjian diteken oleh Direktur Utama Sari Wulandari, "
            "sementara Kobe Pharma diwakili Executive Director Taro Yamada.")
    got = run(text, [("Product", "Flurix"), ("Organization", "PT Mega Niaga", "company"), ("Product", "Cardiva"),
                     ("Organization", "PT Sentra Medika", "company"), ("Organization", "Andalan", "company"),
                     ("Person", "Sari Wulandari"), ("Organization", "Kobe Pharma", "company"), ("Person", "Taro Yamada")])
    assert _of(got, "MARKETS") == {("MARKETS", "PT Mega Niaga", "Flurix"), ("MARKETS", "PT Sentra Medika", "Cardiva")}
    assert _of(got, "HOLDS_POSITION") == {("HOLDS_POSITION", "Sari Wulandari", "Andalan"),
                                         ("HOLDS_POSITION", "Taro Yamada", "Kobe Pharma")}


def test_a_site_named_by_apposition_is_run_by_the_company() -> None:
    text = ("PT Sinar Medika expands its pipeline. Trials will be run by Sinar Institute of Cell Therapy (SICT), "
            "the company's research centre in Sentul.")
    got = run(text, [("Organization", "PT Sinar Medika", "company"), ("Facility", "Sinar Institute of Cell Therapy", None,
                      "SICT"), ("Location", "Sentul", "city")])
    assert {("OPERATES", "PT Sinar Medika", "Sinar Institute of Cell Therapy"),
            ("LOCATED_IN", "Sinar Institute of Cell Therapy", "Sentul")} <= got
