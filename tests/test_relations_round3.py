"""Round-3 relation patterns, each on sentences written for this file (other names than the held-out set).

Long unit titles before a name, signer lists, makers named after an apposition,
"pabrik ini memproduksi", possessive makers, and comma chains of places whose
sizes come from the gazetteer or from an admin word ("Kabupaten", "Kecamatan").
"""

from __future__ import annotations

from tests.test_relations_rules import run


def _of(got: set, rtype: str) -> set:
    return {r for r in got if r[0] == rtype}


def test_long_unit_title_and_police_rank_before_the_name() -> None:
    text = ("Direktur Pengawasan Keamanan Pangan dan Bahan Berbahaya BPOM, Dra. apt. Sinta Maharani, M.Si., membuka acara. "
            "Direktur Reserse Kriminal Khusus Polda Bali, Kombes Pol Made Wirawan, menyebut dua tersangka ditahan. "
            "Direktur Pengawasan Distribusi, Narkotika dan Prekursor BPOM, apt. Hana Lestari, hadir.")
    got = run(text, [("Organization", "BPOM"), ("Organization", "Polda Bali"), ("Person", "Sinta Maharani"),
                     ("Person", "Made Wirawan"), ("Person", "Hana Lestari")])
    assert _of(got, "HOLDS_POSITION") == {("HOLDS_POSITION", "Sinta Maharani", "BPOM"),
                                         ("HOLDS_POSITION", "Made Wirawan", "Polda Bali"),
                                         ("HOLDS_POSITION", "Hana Lestari", "BPOM")}


def test_signer_list_gives_each_name_the_org_in_its_own_title() -> None:
    text = ("Nota kesepahaman ditandatangani oleh Wakil Rektor Bidang Riset dan Inovasi kepada Masyarakat UNAIR, "
            "Prof. Dr. Sri Lestari, Ph.D., Direktur Utama PT Medika Jaya, dr. Andi Saputra, M.Kes., di Surabaya.")
    got = run(text, [("Organization", "UNAIR"), ("Organization", "PT Medika Jaya"), ("Person", "Sri Lestari"),
                     ("Person", "Andi Saputra"), ("Location", "Surabaya")])
    assert _of(got, "HOLDS_POSITION") == {("HOLDS_POSITION", "Sri Lestari", "UNAIR"),
                                         ("HOLDS_POSITION", "Andi Saputra", "PT Medika Jaya")}


def test_english_compound_titles_after_the_name() -> None:
    text = ('"We are proud," said Maria Chen, Managing Director and Chief Executive Officer of Lumina Pharma. '
            '"It is a milestone," said Budi Hartono, President Director of PT Sentosa Farma Tbk.')
    got = run(text, [("Person", "Maria Chen"), ("Organization", "Lumina Pharma"), ("Person", "Budi Hartono"),
                     ("Organization", "PT Sentosa Farma Tbk")])
    assert ("HOLDS_POSITION", "Maria Chen", "Lumina Pharma") in got
    assert ("HOLDS_POSITION", "Budi Hartono", "PT Sentosa Farma Tbk") in got


def test_maker_named_after_an_apposition_of_the_product() -> None:
    text = ("BPOM menyetujui Nefrazol, generik valsartan yang diproduksi oleh PT Sehat Abadi di Bogor. "
            "Uji klinik memakai Osteogel, gel tulang alogenik yang dikembangkan Kyoto RegenMed. "
            "Oncoral, Lumina Pharma's biosimilar of bevacizumab, was filed in May.")
    got = run(text, [("Organization", "BPOM"), ("Product", "Nefrazol"), ("Product", "valsartan"),
                     ("Organization", "PT Sehat Abadi"), ("Location", "Bogor"), ("Product", "Osteogel"),
                     ("Organization", "Kyoto RegenMed"), ("Product", "Oncoral"), ("Organization", "Lumina Pharma"),
                     ("Product", "bevacizumab")])
    assert _of(got, "DEVELOPS") == {
        ("DEVELOPS", "PT Sehat Abadi", "Nefrazol"), ("DEVELOPS", "PT Sehat Abadi", "valsartan"),
        ("DEVELOPS", "Kyoto RegenMed", "Osteogel"), ("DEVELOPS", "Lumina Pharma", "Oncoral"),
        ("DEVELOPS", "Lumina Pharma", "bevacizumab")}


def test_plant_anaphor_and_such_as_lists_and_launch_by_a_subsidiary() -> None:
    text = ("PT Biomed Nusantara mengoperasikan pabrik vaksin di Kendal. "
            "Pabrik tersebut akan memproduksi vaksin anak seperti Rotavin dan Hepavax. "
            "PT Kalista Farma Tbk (KLST), anak usaha PT Graha Holding Tbk, resmi meluncurkan Tensiva. "
            "Kalista juga tengah mengembangkan dua produk lainnya, yakni Lipora (atorvastatin) dan Glicora.")
    got = run(text, [("Organization", "PT Biomed Nusantara"), ("Location", "Kendal"), ("Product", "Rotavin"),
                     ("Product", "Hepavax"),
                     ("Organization", "PT Kalista Farma Tbk", ["KLST", "Kalista"]),
                     ("Organization", "PT Graha Holding Tbk"), ("Product", "Tensiva"), ("Product", "Lipora"),
                     ("Product", "atorvastatin"), ("Product", "Glicora")])
    dev = _of(got, "DEVELOPS")
    assert {("DEVELOPS", "PT Biomed Nusantara", "Rotavin"), ("DEVELOPS", "PT Biomed Nusantara", "Hepavax"),
            ("DEVELOPS", "PT Kalista Farma Tbk", "Tensiva"), ("DEVELOPS", "PT Kalista Farma Tbk", "Lipora"),
            ("DEVELOPS", "PT Kalista Farma Tbk", "Glicora")} <= dev
    assert not any(r[1] == "PT Graha Holding Tbk" for r in dev)


def test_place_chains_by_size_and_lists_are_not_chains() -> None:
    text = ("PT Prima Medika (PM) di Cileungsi, Kabupaten Bogor, membuka gudang. "
            "Gudang lain berada di Kecamatan Tandes, Surabaya. "
            "Pabriknya di Kawasan Industri Candi, Semarang, Jawa Tengah. "
            "Produk dikirim ke Jakarta, Medan dan Makassar.")
    got = run(text, [("Organization", "PT Prima Medika", ["PM"]), ("Location", "Cileungsi"),
                     ("Location", "Kabupaten Bogor"), ("Location", "Tandes"), ("Location", "Surabaya"),
                     ("Location", "Kawasan Industri Candi"), ("Location", "Semarang"), ("Location", "Jawa Tengah"),
                     ("Location", "Jakarta"), ("Location", "Medan"), ("Location", "Makassar")])
    loc = _of(got, "LOCATED_IN")
    assert {("LOCATED_IN", "PT Prima Medika", "Cileungsi"), ("LOCATED_IN", "Cileungsi", "Kabupaten Bogor"),
            ("LOCATED_IN", "Tandes", "Surabaya"), ("LOCATED_IN", "Kawasan Industri Candi", "Semarang"),
            ("LOCATED_IN", "Semarang", "Jawa Tengah")} <= loc
    assert not any(r[1] in ("Jakarta", "Medan") for r in loc)
