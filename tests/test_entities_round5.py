"""Round-5 entity rules, on sentences written for this file (other names than the dev5 set).

An unknown brand after "nama dagang" / "brand name" is a Product (and one node with the substance
named before it); ordinary lower-case words after the cue are not.
"""

from __future__ import annotations

from tests.test_entities_round4 import ents, of_type


def test_unknown_brand_after_nama_dagang_is_the_substance_product() -> None:
    got = ents("BPOM menyetujui biosimilar Ranibizumab dengan nama dagang Ranivisa yang diproduksi oleh PT Mata Sehat.")
    products = {n: a for n, (t, a) in got.items() if t == "Product"}
    assert any("Ranivisa" in [n, *a] for n, a in products.items())
    assert len([n for n, a in products.items() if "Ranivisa" in [n, *a] or "Ranibizumab" in [n, *a]]) == 1


def test_brand_name_in_english_is_a_product() -> None:
    got = ents("The company sells apixaban under the brand name Coaguvex in Malaysia.")
    assert any("Coaguvex" in [n, *a] for n, (t, a) in got.items() if t == "Product")


def test_lower_case_word_after_nama_dagang_is_no_product() -> None:
    got = ents("Produk itu dijual dengan nama dagang yang berbeda di tiap negara.")
    assert not of_type(got, "Product")
