"""Round-5 relation patterns, each on sentences written for this file (other names than the dev5 set).

A bare event kind opening a sentence ("Kongres yang digelar …") is the event named earlier, however
many sentences back when the article names only one; "Sejumlah narasumber hadir, antara lain …"
lists attendees; whoever gives a welcome speech ("dalam sambutannya") attended.
"""

from __future__ import annotations

from tests.test_relations_round4 import _of, run

_FILLER = "Cuaca cerah sepanjang hari. " * 8  # pushes the event past the usual anaphora window


def test_bare_event_kind_opening_a_sentence_refers_to_the_only_event() -> None:
    text = ("Kongres Apoteker Nusantara 2027 dibuka di Makassar. " + _FILLER +
            "Kongres yang diselenggarakan Ikatan Apoteker Nusantara bersama Universitas Hasanuddin itu diikuti 900 peserta.")
    got = run(text, [("Event", "Kongres Apoteker Nusantara 2027"), ("Location", "Makassar", "city"),
                     ("Organization", "Ikatan Apoteker Nusantara", "association"),
                     ("Organization", "Universitas Hasanuddin", "academic")])
    assert {("ORGANIZED", "Ikatan Apoteker Nusantara", "Kongres Apoteker Nusantara 2027"),
            ("ORGANIZED", "Universitas Hasanuddin", "Kongres Apoteker Nusantara 2027")} <= got


def test_bare_event_kind_is_no_anaphor_when_two_events_are_named() -> None:
    # two events of the kind the sentence opens with: no guess (round 10: one of that kind is the one meant)
    text = ("Kongres Apoteker Nusantara 2027 dan Kongres Obat Herbal 2027 digelar bulan ini. " + _FILLER +
            "Kongres yang diselenggarakan Ikatan Apoteker Nusantara itu diikuti 900 peserta.")
    got = run(text, [("Event", "Kongres Apoteker Nusantara 2027"), ("Event", "Kongres Obat Herbal 2027"),
                     ("Organization", "Ikatan Apoteker Nusantara", "association")])
    assert not _of(got, "ORGANIZED")


def test_bare_event_kind_picks_the_one_event_of_that_kind() -> None:
    text = ("Kongres Apoteker Nusantara 2027 dan Forum Obat Herbal 2027 digelar bulan ini. " + _FILLER +
            "Kongres yang diselenggarakan Ikatan Apoteker Nusantara itu diikuti 900 peserta.")
    got = run(text, [("Event", "Kongres Apoteker Nusantara 2027"), ("Event", "Forum Obat Herbal 2027"),
                     ("Organization", "Ikatan Apoteker Nusantara", "association")])
    assert ("ORGANIZED", "Ikatan Apoteker Nusantara", "Kongres Apoteker Nusantara 2027") in got
    assert ("ORGANIZED", "Ikatan Apoteker Nusantara", "Forum Obat Herbal 2027") not in got


def test_sejumlah_narasumber_hadir_lists_attendees() -> None:
    text = ("Seminar Farmakovigilans Nasional digelar di Bandung. "
            "Sejumlah narasumber hadir, antara lain Direktur Standardisasi Obat Kemenkes, Lestari Wulan, "
            "serta dosen Institut Teknologi Bandung, Arif Pramono.")
    got = run(text, [("Event", "Seminar Farmakovigilans Nasional"), ("Location", "Bandung", "city"),
                     ("Organization", "Kemenkes", "government"), ("Person", "Lestari Wulan"),
                     ("Organization", "Institut Teknologi Bandung", "academic"), ("Person", "Arif Pramono")])
    assert {("ATTENDED", "Lestari Wulan", "Seminar Farmakovigilans Nasional"),
            ("ATTENDED", "Arif Pramono", "Seminar Farmakovigilans Nasional")} <= _of(got, "ATTENDED")
    assert not {r for r in _of(got, "ATTENDED") if r[1] in ("Kemenkes", "Institut Teknologi Bandung")}


def test_welcome_speech_means_attended() -> None:
    text = ("Pameran Alat Kesehatan Jakarta 2027 resmi dimulai. "
            "\"Kami ingin industri lokal tumbuh,\" kata Budi Santoso dalam sambutannya. "
            "Gubernur Jawa Barat, Dedi Kurnia, turut memberikan sambutan pembuka. "
            "At the fair, the minister Jane Doe gave the opening remarks.")
    got = run(text, [("Event", "Pameran Alat Kesehatan Jakarta 2027"), ("Person", "Budi Santoso"),
                     ("Location", "Jawa Barat", "province"), ("Person", "Dedi Kurnia"), ("Person", "Jane Doe")])
    assert {("ATTENDED", "Budi Santoso", "Pameran Alat Kesehatan Jakarta 2027"),
            ("ATTENDED", "Dedi Kurnia", "Pameran Alat Kesehatan Jakarta 2027"),
            ("ATTENDED", "Jane Doe", "Pameran Alat Kesehatan Jakarta 2027")} <= got


def test_speech_without_any_event_or_far_from_the_name_is_not_attendance() -> None:
    text = ("Budi Santoso menjabat sejak 2020. "
            "\"Kami ingin industri lokal tumbuh,\" kata Budi Santoso dalam sambutannya. "
            "Rina Ayu, yang kemudian menjelaskan panjang lebar soal anggaran tahun depan, memberikan sambutan.")
    got = run(text, [("Person", "Budi Santoso"), ("Person", "Rina Ayu")])
    assert not _of(got, "ATTENDED")


def test_envoy_of_ri_holds_a_post_for_indonesia() -> None:
    text = ("Kerja sama itu disaksikan Duta Besar RI untuk Mesir, Lukman Hakim, di Kairo. "
            "Indonesia mengirim 20 peneliti. Duta Besar Mesir untuk Indonesia, Omar Farid, juga hadir.")
    got = run(text, [("Location", "Mesir", "country"), ("Person", "Lukman Hakim"), ("Location", "Kairo", "city"),
                     ("Location", "Indonesia", "country"), ("Person", "Omar Farid")])
    assert ("HOLDS_POSITION", "Lukman Hakim", "Indonesia") in got
    assert ("HOLDS_POSITION", "Lukman Hakim", "Mesir") not in got
    assert ("HOLDS_POSITION", "Omar Farid", "Mesir") in got
    assert ("HOLDS_POSITION", "Omar Farid", "Indonesia") not in got


def test_registration_list_after_the_regulator_and_selain_sets_a_product_apart() -> None:
    text = ("Selain Ranivisa, ada dua produk lain yang sedang dalam proses registrasi di BPOM, "
            "antara lain biosimilar aflibercept dan biosimilar ustekinumab.")
    got = run(text, [("Product", "Ranivisa"), ("Organization", "BPOM", "regulator"),
                     ("Product", "aflibercept"), ("Product", "ustekinumab")])
    assert _of(got, "REGISTERED_WITH") == {("REGISTERED_WITH", "aflibercept", "BPOM"),
                                           ("REGISTERED_WITH", "ustekinumab", "BPOM")}


def test_product_before_registration_still_counts_without_selain() -> None:
    text = "Ranivisa kini dalam proses registrasi di BPOM."
    got = run(text, [("Product", "Ranivisa"), ("Organization", "BPOM", "regulator")])
    assert ("REGISTERED_WITH", "Ranivisa", "BPOM") in got
