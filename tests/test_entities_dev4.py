"""Entity and relation rules from the dev4 error analysis, on sentences written for this file
(other names than the dev4 articles): brands that carry their dosage form, brands coordinated
after "merek", police ranks, an office's seat before its head's name, revocations that go on
about a sanction named before, and "menjadi tuan rumah" as ORGANIZED."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphbuild.extract.entities import find_entities
from graphbuild.extract.lexicon import Lexicon
from graphbuild.types import Document
from tests.test_relations_rules import run

LEX_YAML = """
- name: Badan Pengawas Obat dan Makanan
  type: Organization
  category: regulator
  aliases: [BPOM, Badan POM]
- name: Balai Besar Pengawas Obat dan Makanan
  type: Organization
  category: regulator
  aliases: [Balai Besar POM, BBPOM]
"""
GAZ = ("name\ttype\tcategory\tcountry\taliases\nIndonesia\tLocation\tcountry\t\t\n"
       "Palembang\tLocation\tcity\tIndonesia\t\nJakarta Selatan\tLocation\tcity\tIndonesia\t\n"
       "Jakarta\tLocation\tcity\tIndonesia\t\n")


@pytest.fixture(scope="module")
def lex(tmp_path_factory: pytest.TempPathFactory) -> Lexicon:
    d: Path = tmp_path_factory.mktemp("lex4")
    (d / "orgs.yaml").write_text(LEX_YAML, encoding="utf-8")
    (d / "gazetteer.tsv").write_text(GAZ, encoding="utf-8")
    return Lexicon.from_files([d / "orgs.yaml", d / "gazetteer.tsv"])


def ents(text: str, lex: Lexicon) -> dict[str, str]:
    doc = Document(id="t", source="t", text=text, sha256="0")
    return {e.name: e.type for e in find_entities(doc, None, lex)}


def test_brand_with_its_form_in_a_list(lex: Lexicon) -> None:
    got = ents("Petugas menarik tiga produk, yaitu Batukin Sirup, Demanol Anak Tablet, dan Gatalin Salep dari apotek.", lex)
    assert got.get("Batukin Sirup") == "Product"
    assert got.get("Demanol Anak Tablet") == "Product"
    assert got.get("Gatalin Salep") == "Product"


def test_form_word_alone_or_opening_a_sentence_is_no_brand(lex: Lexicon) -> None:
    got = ents("Sirup Obat Batuk kini diawasi ketat. Warga diminta membeli sirup di apotek resmi.", lex)
    assert not [n for n, t in got.items() if t == "Product"]


def test_jamu_and_pil_brands_mid_sentence(lex: Lexicon) -> None:
    got = ents("Petugas juga menemukan Jamu Kuat Lelaki Perkasa dan Pil Macan Kuning yang mengandung BKO.", lex)
    assert got.get("Jamu Kuat Lelaki Perkasa") == "Product"
    assert got.get("Pil Macan Kuning") == "Product"
    assert "Jamu" not in ents("Jamu Gendong Nusantara tumbuh pesat tahun ini.", lex)


def test_brands_coordinated_after_merek(lex: Lexicon) -> None:
    got = ents("Perusahaan itu dikenal sebagai pemilik merek Vitafort dan Nutri Kids Plus di pasar lokal.", lex)
    assert got.get("Vitafort") == "Product"
    assert got.get("Nutri Kids Plus") == "Product"


def test_police_rank_ends_the_unit_name(lex: Lexicon) -> None:
    got = ents("Direktur Reserse Narkoba Polda Sumsel Kombes Pol Hendra Gunawan menyebut dua orang ditahan.", lex)
    assert got.get("Hendra Gunawan") == "Person"
    assert not [n for n in got if "Kombes" in n]


def test_office_seat_then_the_heads_name(lex: Lexicon) -> None:
    got = ents("Kepala BBPOM di Palembang Rini Kartika mengatakan sampel sedang diuji.", lex)
    assert got.get("Rini Kartika") == "Person"
    assert got.get("Balai Besar POM di Palembang") == "Organization"
    got = ents("Kepala BBPOM di Jakarta Selatan mengatakan sampel sedang diuji.", lex)  # a two-word seat stays whole
    assert got.get("Balai Besar POM di Jakarta Selatan") == "Organization"


def test_revocation_sentence_about_an_earlier_sanction() -> None:
    text = ("BPOM menjatuhkan sanksi kepada PT Sehat Abadi Farma di Bekasi. "
            "Sanksi tersebut berupa pencabutan izin edar dua produk, yaitu Batukin Sirup dan Gatalin Salep.")
    got = run(text, [("Organization", "BPOM"), ("Organization", "PT Sehat Abadi Farma"), ("Location", "Bekasi"),
                     ("Product", "Batukin Sirup"), ("Product", "Gatalin Salep")])
    revoked = {r for r in got if r[0] == "REVOKED"}
    assert ("REVOKED", "BPOM", "Batukin Sirup") in revoked
    assert ("REVOKED", "BPOM", "Gatalin Salep") in revoked


def test_no_revocation_without_an_earlier_regulator() -> None:
    text = "Sanksi tersebut berupa pencabutan izin edar dua produk, yaitu Batukin Sirup dan Gatalin Salep."
    got = run(text, [("Product", "Batukin Sirup"), ("Product", "Gatalin Salep")])
    assert not {r for r in got if r[0] == "REVOKED"}


def test_host_of_a_meeting_organizes_it() -> None:
    text = "Kementerian Kesehatan menjadi tuan rumah Forum Regulator Alat Kesehatan Asia 2026 di Bali."
    got = run(text, [("Organization", "Kementerian Kesehatan"), ("Event", "Forum Regulator Alat Kesehatan Asia 2026"),
                     ("Location", "Bali")])
    assert ("ORGANIZED", "Kementerian Kesehatan", "Forum Regulator Alat Kesehatan Asia 2026") in got
    text = "Kementerian Kesehatan menjadi tuan rumah yang baik bagi para tamu dari Bali."
    got = run(text, [("Organization", "Kementerian Kesehatan"), ("Location", "Bali")])
    assert not {r for r in got if r[0] == "ORGANIZED"}
