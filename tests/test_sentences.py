import time

import pytest

from graphbuild.extract.sentences import split_sentences


def texts(s: str) -> list[str]:
    return [x.text for x in split_sentences(s)]


@pytest.mark.parametrize(
    "text",
    [
        "Kepala BPOM Prof. dr. Taruna Ikrar, M.Biomed., Ph.D. hadir di sana.",
        "Presiden Komisaris PT. Kalbe Farma Tbk. Vidjongtius hadir.",
        "Drs. Budi, S.Farm., M.Sc., Apt. datang dengan H. Ahmad.",
        "Surat No. 12 dll. dikirim a.n. Kepala Balai di Jl. Percetakan Negara.",
        "Menurut A. Rahman, angka naik 3.5 persen.",
        "Ia terdiam... Lalu pergi.",
        "Irjen Pol. (Purn.) Agus Salim hadir bersama Mayjen TNI (Purn.) Bambang Sutrisno.",
        "Hadir pula Brigjen TNI (Ret.) Hendra Saputra.",
    ],
)
def test_no_split_inside_abbreviations(text: str) -> None:
    assert texts(text) == [text]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Kimia Farma menggandeng PT Sinar Medika Tbk. Sinar Medika merupakan anak usahanya.", "Kimia Farma menggandeng PT Sinar Medika Tbk."),
        ("Nusa Bio adalah anak usaha PT Nusa Investama Tbk. Produk itu dipasarkan mulai 2025.", "Nusa Bio adalah anak usaha PT Nusa Investama Tbk."),
    ],
)
def test_listed_company_suffix_can_end_a_sentence(text: str, first: str) -> None:
    assert texts(text)[0] == first


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Hadir Kepala Balai, Dra. apt. Sri Lestari, M.Kes. Ia menyatakan siap mendampingi pelaku usaha.",
         "Hadir Kepala Balai, Dra. apt. Sri Lestari, M.Kes."),
        ("Sambutan disampaikan Ir. Gunadi Setiawan, MBA. Dalam sambutannya, Gunadi memaparkan rencana ekspor.",
         "Sambutan disampaikan Ir. Gunadi Setiawan, MBA."),
        ("Bahan baku dipasok Qingdao Meiran Biotech Co., Ltd. Perusahaan tersebut memproduksi heparin.",
         "Bahan baku dipasok Qingdao Meiran Biotech Co., Ltd."),
        ("The licence went to Bergamo Vaccines S.p.A. Under the agreement, Bergamo supplies the antigen.",
         "The licence went to Bergamo Vaccines S.p.A."),
    ],
)
def test_degree_or_legal_form_before_a_clause_opener_ends_the_sentence(text: str, first: str) -> None:
    """A person's last degree or a foreign legal form closes the sentence when the next word opens a clause;
    before a name or a title it does not ("Presiden Komisaris PT. Kalbe Farma Tbk. Vidjongtius hadir")."""
    assert texts(text)[0] == first and len(texts(text)) == 2


def test_splits_at_sentence_end_and_newline() -> None:
    got = texts('BPOM hadir. "Kami senang," katanya! Apa? Ya\nBaris dua')
    assert got == ["BPOM hadir.", '"Kami senang," katanya!', "Apa?", "Ya", "Baris dua"]


def test_offsets_point_into_text() -> None:
    text = "  Satu.  Dua kali.\n\nTiga "
    for s in split_sentences(text):
        assert text[s.start : s.end] == s.text
    assert texts(text) == ["Satu.", "Dua kali.", "Tiga"]


def test_linear_time_on_one_megabyte() -> None:
    text = "Kepala BPOM Prof. dr. Taruna Ikrar, M.Biomed. hadir di Jakarta. " * 16000
    t0 = time.perf_counter()
    out = split_sentences(text)
    assert time.perf_counter() - t0 < 5
    assert len(out) == 16000
