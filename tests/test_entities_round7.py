"""Round-7 entity rules, on sentences written for this file (other names than the dev7 set).

Generic product classes ("bahan kimia obat", "tablet tambah darah") are no products; the brand
named after a described class is one.
"""

from __future__ import annotations

from tests.test_entities_round4 import ents, of_type


def test_generic_product_classes_are_no_products() -> None:
    got = ents("Petugas menyita jamu yang dicampur bahan kimia obat dan tablet tambah darah tanpa izin edar.")
    assert not {"bahan kimia obat", "tablet tambah darah"} & of_type(got, "Product")
