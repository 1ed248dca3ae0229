"""clean(): decoding, HTML, mojibake, furniture, bylines, metadata, failures, speed — on real files."""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest

from graphbuild import ingest
from graphbuild.errors import EmptyDocumentError, InputError
from graphbuild.types import Document

ARTICLE = (
    "BPOM Cabut Izin Edar Sirup Obat Batuk Milik PT Contoh Farma\n"
    "\n"
    "Jakarta, 12 Maret 2024\n"
    "\n"
    "Badan Pengawas Obat dan Makanan (BPOM) mencabut izin edar sirup obat batuk yang diproduksi oleh "
    "PT Contoh Farma di Bandung. Kepala BPOM menyampaikan bahwa keputusan ini diambil untuk melindungi "
    "masyarakat dari produk yang tidak memenuhi syarat.\n"
    "Baca Juga: BPOM Perketat Pengawasan Obat Sirup\n"
    "Langkah ini juga sejalan dengan program pengawasan yang dimulai pada tahun 2022.\n"
    "Dibaca 1.532 kali\n"
    "Penulis: Dewi Anggraini\n"
    "Editor: Rudi Hartono, Sari Wulandari\n"
    "Bagikan:\n"
    "Share: Facebook Twitter WhatsApp\n"
    "Email: humas@contoh.go.id\n"
    "Telepon: (022) 1234567\n"
    "Call Center 1500-533\n"
    "Leave a Reply\n"
    "Komentar pembaca yang tidak relevan dengan artikel ini.\n"
)


def _write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _one(path: Path) -> Document:
    docs = ingest.read_documents(path)
    assert len(docs) == 1
    return docs[0]


def test_own_article_metadata_and_furniture(tmp_path: Path) -> None:
    doc = _one(_write(tmp_path, "berita-01.txt", ARTICLE))
    assert doc.id == "berita-01"
    assert doc.title == "BPOM Cabut Izin Edar Sirup Obat Batuk Milik PT Contoh Farma"
    assert doc.published == "2024-03-12"
    assert doc.authors == ["Dewi Anggraini", "Rudi Hartono", "Sari Wulandari"]
    assert doc.language == "id"
    for gone in ("Baca Juga", "Dibaca", "Penulis", "Editor", "Bagikan", "Share", "humas@", "1234567",
                 "1500-533", "Leave a Reply", "Komentar pembaca"):
        assert gone not in doc.text, gone
    assert doc.text.endswith("dimulai pada tahun 2022.")
    assert "PT Contoh Farma di Bandung." in doc.text


def test_content_mentioning_contact_words_is_kept(tmp_path: Path) -> None:
    text = (
        "Email palsu mengatasnamakan BPOM beredar sejak 2023 dan menyasar pelaku usaha.\n"
        "Telepon seluler kini dipakai untuk memeriksa nomor izin edar produk.\n"
        "Oleh karena itu masyarakat diminta waspada.\n"
    )
    doc = _one(_write(tmp_path, "a.txt", text))
    assert doc.text == text.strip()
    assert doc.authors == []


def test_html_main_text_without_script_and_style(tmp_path: Path) -> None:
    html = """<!DOCTYPE html><html><head>
    <title>Kalbe Resmikan Pabrik Baru | Portal Berita</title>
    <link rel="canonical" href="https://berita.example/kalbe-pabrik">
    <meta property="article:published_time" content="2025-11-06T09:00:00+07:00">
    <style>body { color: red } .iklan { display: none }</style>
    <script>var tracker = "JANGAN_MUNCUL"; function f() { return 1; }</script>
    </head><body>
    <nav><a href="/">Beranda</a> <a href="/b">Berita</a></nav>
    <article><h1>Kalbe Resmikan Pabrik Baru</h1>
    <p>PT Kalbe Farma Tbk meresmikan fasilitas produksi baru di Cikarang yang telah mendapatkan sertifikat
    CPOB dari Badan POM. Fasilitas ini akan memproduksi obat biologi untuk pasar dalam negeri.</p>
    <script>document.write("SKRIP_DALAM_ARTIKEL")</script>
    <p>Direktur Utama perusahaan mengatakan bahwa investasi ini merupakan bagian dari strategi jangka
    panjang untuk memperkuat kemandirian industri farmasi nasional di Indonesia.</p>
    </article><footer>Hak Cipta 2025 Portal Berita</footer></body></html>"""
    doc = _one(_write(tmp_path, "kalbe.html", html))
    assert doc.title == "Kalbe Resmikan Pabrik Baru"
    assert doc.url == "https://berita.example/kalbe-pabrik"
    assert doc.published == "2025-11-06"
    assert "PT Kalbe Farma Tbk meresmikan fasilitas produksi baru" in doc.text
    assert "kemandirian industri farmasi nasional" in doc.text
    for gone in ("JANGAN_MUNCUL", "SKRIP_DALAM_ARTIKEL", "color: red", "function f"):
        assert gone not in doc.text


def test_html_byline_box_gives_the_authors(tmp_path: Path) -> None:
    """A byline in the page's markup (which the main-text detector drops) still names the authors."""
    body = ("<p>JAKARTA - Badan Pengawas Obat dan Makanan mencabut izin edar dua merek kosmetik karena mengandung "
            "merkuri. Produk tersebut dibuat oleh PT Cantik Abadi Kosmetika di Tangerang.</p>"
            "<p>Kepala BPOM meminta masyarakat memeriksa nomor izin edar sebelum membeli kosmetik.</p>")
    boxed = f'<html><body><article><h1>BPOM Cabut Izin</h1><div class="byline">Penulis: Dewi Lestari | Editor: Andi Saputra</div>{body}</article></body></html>'
    assert _one(_write(tmp_path, "a.html", boxed)).authors == ["Dewi Lestari", "Andi Saputra"]
    named = f'<html><body><article><h1>BPOM Cabut Izin</h1><span itemprop="author">Sari Wulandari</span>{body}</article></body></html>'
    assert _one(_write(tmp_path, "b.html", named)).authors == ["Sari Wulandari"]
    meta = f'<html><head><meta name="author" content="Redaksi Farmasi"></head><body><article><div class="author">Penulis: X Y</div>{body}</article></body></html>'
    assert _one(_write(tmp_path, "c.html", meta)).authors == ["Redaksi Farmasi"]  # the head's author wins
    plain = f"<html><body><article><h1>BPOM Cabut Izin</h1>{body}</article></body></html>"
    assert _one(_write(tmp_path, "d.html", plain)).authors == []


@pytest.mark.parametrize(("line", "authors", "published"), [
    ("Oleh: Rina Sari | 07 Des 2026 10:15 WIB", ["Rina Sari"], "2026-12-07"),
    ("Oleh: Rina Sari | Senin, 7/12/2026 | 10:15 WIB", ["Rina Sari"], "2026-12-07"),
    ("Penulis: Bayu Nugroho · 12 September 2026", ["Bayu Nugroho"], "2026-09-12"),
    ("Penulis: Rina Sari - detikHealth", ["Rina Sari"], "2026-03-02"),
    ("Reporter: Fajar Nugroho | Editor: Siti Nur-Aini dan Budi", ["Fajar Nugroho", "Siti Nur-Aini", "Budi"], "2026-03-02"),
])
def test_byline_with_a_stamp_gives_names_and_the_date(tmp_path: Path, line: str, authors: list[str],
                                                      published: str) -> None:
    """A byline's date or outlet after a bar, bullet or spaced dash is no author; its date is the article's
    (the body's own dates, here a later event on 2 March, come second)."""
    text = (f"BPOM Sita Kosmetik Ilegal\n{line}\n\nBBPOM di Surabaya menyita kosmetik ilegal senilai Rp1 miliar. "
            "Pemusnahan dijadwalkan pada 2 Maret 2026 di kantor balai.\n")
    doc = _one(_write(tmp_path, "a.txt", text))
    assert doc.authors == authors
    assert doc.published == published
    assert "Oleh" not in doc.text and "Penulis" not in doc.text and "detikHealth" not in doc.text


def test_tag_lists_are_furniture(tmp_path: Path) -> None:
    """A page's tag or keyword list names things outside any sentence; a sentence about tags stays."""
    text = ("BPOM Sita Kosmetik Ilegal\n\nBBPOM di Surabaya menyita kosmetik ilegal dari gudang CV Ayu Jelita.\n"
            "Tags: BPOM, kosmetik ilegal, RSSA, Surabaya\n*Topik: Pengawasan*\nKata kunci: kosmetik, merkuri\n"
            "Tag produk yang disita mencantumkan nomor notifikasi palsu.\n")
    doc = _one(_write(tmp_path, "a.txt", text))
    assert "RSSA" not in doc.text and "Topik" not in doc.text and "Kata kunci" not in doc.text
    assert "Tag produk yang disita" in doc.text


_LIST_PAGE = """<html><head><title>Sentosa Vaksin Raih Izin Edar di Tiga Negara | Siaran Pers</title></head><body>
<ul class="menu"><li>Beranda</li><li>Berita</li><li>Kesehatan</li></ul>
<h1>Sentosa Vaksin Raih Izin Edar di Tiga Negara</h1>
<p><strong>JAKARTA, 3 Maret 2026</strong> &ndash; PT Sentosa Vaksin Nusantara mengumumkan bahwa vaksin tifoid konjugat
Tifovaks kini terdaftar di sejumlah negara tujuan ekspor setelah memperoleh prakualifikasi dari WHO tahun lalu.</p>
<p>Vaksin tersebut diproduksi di pabrik perusahaan di Kawasan Industri Jababeka, Cikarang, yang telah memegang sertifikat
CPOB dari Badan POM sejak 2021. Kapasitas produksi tahunan mencapai 30 juta dosis.</p>
<p>Sejak awal tahun, perusahaan mengajukan pendaftaran di negara-negara endemis tifoid:</p>
<ul>
<li>Pakistan &ndash; disetujui Drug Regulatory Authority of Pakistan (DRAP) pada Januari 2026;</li>
<li>Bangladesh &ndash; disetujui Directorate General of Drug Administration (DGDA) pada Februari 2026;</li>
<li>Nepal dan Myanmar &ndash; berkas masih dievaluasi otoritas setempat.</li>
</ul>
<p>&ldquo;Kami ingin vaksin buatan Indonesia menjangkau anak-anak yang paling membutuhkan,&rdquo; kata Direktur Utama
PT Sentosa Vaksin Nusantara, dr. Ratna Kusumawardani, MPH.</p>
<p>Perusahaan menargetkan ekspor perdana ke Pakistan pada kuartal ketiga 2026, dengan volume awal dua juta dosis.</p>
</body></html>"""


def test_html_list_under_a_lead_in_is_kept(tmp_path: Path) -> None:
    """trafilatura's default pass drops this list (the countries a vaccine is registered in); the text keeps it in
    place, after its lead-in, while a menu of one-word items stays out."""
    text = _one(_write(tmp_path, "rilis.html", _LIST_PAGE)).text
    lead = text.index("negara-negara endemis tifoid:")
    assert lead < text.index("- Pakistan – disetujui Drug Regulatory Authority of Pakistan (DRAP)") < text.index(
        "- Bangladesh –") < text.index("- Nepal dan Myanmar –") < text.index("Kami ingin vaksin")
    assert "Beranda" not in text and "Kesehatan\n" not in text


@pytest.mark.parametrize("crumb", ["Bisnis › Farmasi", "Regional > Jawa Tengah", "Beranda » Berita » Kesehatan »"])
def test_breadcrumb_is_furniture_not_the_title(tmp_path: Path, crumb: str) -> None:
    """A section trail above the headline would otherwise become the document's title."""
    text = (f"{crumb}\n\nBBPOM di Semarang Sita Obat Keras Ilegal\n\nSEMARANG - BBPOM di Semarang menyita 12.000 butir"
            " obat keras dari sebuah gudang di Kabupaten Demak. Kadar zat aktif > 50 mg per tablet.\n")
    doc = _one(_write(tmp_path, "a.txt", text))
    assert doc.title == "BBPOM di Semarang Sita Obat Keras Ilegal"
    assert crumb not in doc.text and "Kadar zat aktif > 50 mg per tablet." in doc.text


def test_markdown_front_matter_is_metadata_not_text(tmp_path: Path) -> None:
    """A Markdown export's YAML block gives title, date and author; its "title: …" line is no text to extract."""
    md = ("---\ntitle: \"Loka POM Bungo Gelar Edukasi Obat\"\ndate: 2026-03-04\nauthor: Sari Wulandari\ntags: [bpom, edukasi]\n---\n\n"
          "# Loka POM Bungo Gelar Edukasi Obat\n\nLoka POM di Kabupaten Bungo menggelar edukasi penggunaan obat yang aman "
          "bagi 200 pelajar di Muara Bungo, Jambi. Kegiatan ini bekerja sama dengan Dinas Pendidikan setempat.\n")
    doc = _one(_write(tmp_path, "a.md", md))
    assert (doc.title, doc.published, doc.authors) == ("Loka POM Bungo Gelar Edukasi Obat", "2026-03-04", ["Sari Wulandari"])
    assert "title:" not in doc.text and "tags:" not in doc.text
    assert doc.text.startswith("Loka POM Bungo Gelar Edukasi Obat")
    ruled = "---\nSebuah paragraf pembuka tanpa metadata.\n---\n\nLoka POM di Kabupaten Bungo menggelar edukasi obat bagi pelajar di Jambi.\n"
    assert "Sebuah paragraf pembuka" in _one(_write(tmp_path, "b.md", ruled)).text  # a rule around prose is no metadata


def test_html_fallback_when_main_text_detector_finds_nothing(tmp_path: Path) -> None:
    html = "<html><body><div>BPOM</div><script>alert('x')</script><div>Jakarta</div></body></html>"
    doc = _one(_write(tmp_path, "kecil.htm", html))
    assert "BPOM" in doc.text and "Jakarta" in doc.text and "alert" not in doc.text


def test_html_in_txt_file_is_detected(tmp_path: Path) -> None:
    html = "<html><body><p>Kepala BPOM meninjau fasilitas produksi di Surabaya.</p><style>p{}</style></body></html>"
    doc = _one(_write(tmp_path, "halaman.txt", html))
    assert "<p>" not in doc.text and "p{}" not in doc.text
    assert "Kepala BPOM meninjau" in doc.text


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings(tmp_path: Path, encoding: str) -> None:
    text = "Kerja sama dengan Nestlé dan René Müller di Genève, Rp 5.000 ©\nBadan POM menyambut baik."
    if encoding == "cp1252":
        text += " Ia berkata “bagus” – sangat baik…"
    doc = _one(_write(tmp_path, "lama.txt", text.encode(encoding)))
    assert doc.text == text
    assert any("not UTF-8" in w for w in doc.warnings)


def test_utf8_with_stray_cp1252_bytes(tmp_path: Path) -> None:
    data = "Kepala Badan POM meninjau café di Jakarta dan berkata ".encode() + b"\x93bagus\x94" + " – sip".encode()
    doc = _one(_write(tmp_path, "campur.txt", data))
    assert doc.text == "Kepala Badan POM meninjau café di Jakarta dan berkata “bagus” – sip"


def test_mojibake_repaired(tmp_path: Path) -> None:
    text = "BadanÂ POM menyatakan â€œobat ini amanâ€\x9d kata Kepala BPOM di CafÃ© Jakarta."
    doc = _one(_write(tmp_path, "moji.txt", text))
    assert doc.text == "Badan POM menyatakan “obat ini aman” kata Kepala BPOM di Café Jakarta."


def test_output_is_nfc(tmp_path: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Kerja sama dengan perusahaan Genève dan Zürich oleh Badan POM")
    doc = _one(_write(tmp_path, "nfd.txt", decomposed))
    assert doc.text == unicodedata.normalize("NFC", decomposed)


@pytest.mark.parametrize("data", [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
                                  b"teks biasa\x00\x00\x01\x02 dengan NUL"])
def test_binary_named_txt_is_rejected_with_file_name(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path, "laporan.txt", data)
    with pytest.raises(InputError) as info:
        ingest.read_raw(path)
    assert "laporan.txt" in str(info.value)
    assert not isinstance(info.value, EmptyDocumentError)


@pytest.mark.parametrize("data", [b"", b"   \n\t\n  \r\n", "\xa0\u3000\n".encode(), b"BACA JUGA: lain\nBagikan:\n"])
def test_empty_documents(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path, "kosong.txt", data)
    records = ingest.read_raw(path)
    with pytest.raises(EmptyDocumentError) as info:
        ingest.clean(records[0])
    assert "kosong.txt" in str(info.value)


def test_unreadable_path_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder"):
        ingest.read_raw(tmp_path)


def test_english_gets_language_warning(tmp_path: Path) -> None:
    text = "The agency said that the new plant in Cikarang is one of the first to be certified by the regulator."
    doc = _one(_write(tmp_path, "en.txt", text))
    assert doc.language == "en"
    assert any("language" in w for w in doc.warnings)


def test_day_month_dateline_takes_year_from_text(tmp_path: Path) -> None:
    text = ("Surabaya - Rapat koordinasi inspeksi CPOB digelar di Surabaya, Selasa (28/01).\n"
            "Kegiatan ini merupakan lanjutan program tahun 2020 yang dijalankan oleh Badan POM.")
    assert _one(_write(tmp_path, "dm.txt", text)).published == "2020-01-28"
    no_year = "Surabaya - Rapat koordinasi inspeksi CPOB digelar di Surabaya, Selasa (28/01)."
    assert _one(_write(tmp_path, "dm2.txt", no_year)).published is None


def test_cloudflare_artefacts_removed_inline(tmp_path: Path) -> None:
    text = "Pertanyaan dapat dikirim ke [email\xa0protected] atau [email&#160;protected] oleh masyarakat."
    doc = _one(_write(tmp_path, "cf.txt", text))
    assert "protected" not in doc.text and "masyarakat" in doc.text


def test_one_megabyte_line_without_punctuation_is_fast(tmp_path: Path) -> None:
    words = ["kepala", "badan", "pom", "industri", "farmasi", "di", "yang", "Jakarta", "6", "November", "2025"]
    line = " ".join(words[i % len(words)] for i in range(200_000))[:1_000_000]
    path = _write(tmp_path, "panjang.txt", line)
    start = time.perf_counter()
    doc = _one(path)
    assert time.perf_counter() - start < 10
    assert len(doc.text) > 900_000
    assert doc.published == "2025-11-06"


def test_long_repeated_digit_and_contact_lines_are_fast(tmp_path: Path) -> None:
    data = "9" * 500_000 + "\nTelp " + "1 " * 200_000 + "\nBadan POM.\n" + "[" * 300_000
    start = time.perf_counter()
    doc = _one(_write(tmp_path, "patologis.txt", data))
    assert time.perf_counter() - start < 10
    assert "Badan POM." in doc.text


def test_five_megabyte_file(tmp_path: Path, seeds_dir: Path) -> None:
    article = (seeds_dir / "002_d1bf058be705b182.txt").read_bytes()
    path = _write(tmp_path, "besar.txt", (article + b"\n") * (5_000_000 // len(article)))
    start = time.perf_counter()
    doc = _one(path)
    assert time.perf_counter() - start < 15
    assert doc.published == "2025-11-06"


@pytest.mark.slow
def test_fifty_megabyte_file(tmp_path: Path, seeds_dir: Path) -> None:
    article = (seeds_dir / "002_d1bf058be705b182.txt").read_bytes()
    path = _write(tmp_path, "sangat-besar.txt", (article + b"\n") * (50_000_000 // len(article)))
    start = time.perf_counter()
    doc = _one(path)
    assert time.perf_counter() - start < 60
    assert len(doc.text) > 45_000_000


def test_markdown_syntax_removed(tmp_path: Path) -> None:
    text = ("# Kalbe dan CSPC Teken **Perjanjian** Lisensi\n\n"
            "Kerja sama [Kalbe Farma](https://kalbe.example) dengan CSPC diumumkan pada 6 November 2025.\n"
            "![foto](gambar.png)\n> Regulasi yang kuat bukan untuk membatasi inovasi.\n")
    doc = _one(_write(tmp_path, "catatan.md", text))
    assert doc.title == "Kalbe dan CSPC Teken Perjanjian Lisensi"
    assert "Kerja sama Kalbe Farma dengan CSPC" in doc.text
    assert "](" not in doc.text and "**" not in doc.text and "#" not in doc.text and ">" not in doc.text
    assert doc.published == "2025-11-06"


def test_html_json_ld_gives_title_date_and_authors(tmp_path: Path) -> None:
    """News sites put the article's headline, date and authors in schema.org JSON-LD (often inside @graph)."""
    ld = ('{"@context": "https://schema.org", "@graph": [{"@type": "WebPage", "name": "Beranda"}, '
          '{"@type": "NewsArticle", "headline": "BPOM Cabut Izin Edar Sirup Batuk", '
          '"datePublished": "2026-11-30T08:00:00+07:00", '
          '"author": [{"@type": "Person", "name": "Dewi Lestari"}, {"@type": "Person", "name": "Andi Saputra"}]}]}')
    body = ("<p>JAKARTA - Badan Pengawas Obat dan Makanan mencabut izin edar sirup obat batuk produksi PT Contoh "
            "Farma di Bandung pada Jumat (28/11/2026) setelah uji laboratorium.</p>")
    page = (f'<html><head><title>Berita | Kabar Farmasi</title><script type="application/ld+json">{{bad json'
            f'</script><script type="application/ld+json">{ld}</script></head><body><article>{body}</article></body></html>')
    doc = _one(_write(tmp_path, "a.html", page))
    assert (doc.title, doc.published, doc.authors) == ("BPOM Cabut Izin Edar Sirup Batuk", "2026-11-30",
                                                        ["Dewi Lestari", "Andi Saputra"])
    odd = page.replace('"author": [', '"author": "Redaksi", "x": [').replace('"headline"', '"headline": {"a": 1}, "h"')
    doc = _one(_write(tmp_path, "b.html", odd))  # odd shapes: a plain name, a headline that is no string
    assert doc.authors == ["Redaksi"] and doc.title is not None and doc.title.startswith("Berita")
