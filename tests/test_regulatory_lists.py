"""Lists the relation checklist's one-line TSV cannot hold: an approval or a launch whose products
follow as bullets or numbered items (full extractor, invented companies and products)."""

from __future__ import annotations

import pytest

from tests.test_checklist_relations import _has, _triples

CASES = [
    ("PT Wijaya Husada Farma meluncurkan tiga produk baru di Jakarta, Senin (2/6). Produk-produk tersebut adalah:\n\n"
     "- Batukor, sirup obat batuk untuk anak;\n- Vitaprima, suplemen vitamin C 1000 mg;\n- Glukotrol, obat diabetes.\n",
     ["DEVELOPS|Wijaya Husada Farma|Batukor", "DEVELOPS|Wijaya Husada Farma|Vitaprima",
      "DEVELOPS|Wijaya Husada Farma|Glukotrol"]),
    ("PT Sinar Distribusi Medika ditunjuk sebagai distributor untuk produk berikut:\n\n* Cardiflo 10 mg\n* Lumatrex 5 mg\n",
     ["MARKETS|Sinar Distribusi Medika|Cardiflo 10 mg", "MARKETS|Sinar Distribusi Medika|Lumatrex 5 mg"]),
    ("Badan POM pada Senin menyerahkan Nomor Izin Edar (NIE) untuk tiga obat kanker baru di Jakarta. "
     "Ketiga produk tersebut adalah:\n\n1. Onkavir (pertuzumab), biosimilar untuk kanker payudara;\n"
     "2. Pulmora (tiotropium), obat PPOK;\n",
     ["APPROVED|Badan Pengawas Obat dan Makanan|Onkavir", "APPROVED|Badan Pengawas Obat dan Makanan|Pulmora"]),
    ("BPOM menyampaikan daftar produk yang ditarik dari peredaran:\n\n1. Batukor sirup\n2. Vitaprima tablet\n",
     ["!APPROVED", "!DEVELOPS", "!MARKETS"]),
]


@pytest.mark.parametrize(("text", "expect"), CASES, ids=[c[0][:40] for c in CASES])
def test_bulleted_lists(text: str, expect: list[str], lexicon) -> None:  # type: ignore[no-untyped-def]
    got = _triples(text, lexicon)
    for item in expect:
        negative = item.startswith("!")
        kind, *ends = item.lstrip("!").split("|")
        assert _has(got, kind, *ends) != negative, f"{item} in {sorted((t, min(h), min(tl)) for t, h, tl in got)}"
