"""discover() and read_raw(): folders, links, hidden files, JSON/JSONL records and their failures."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from graphbuild import ingest
from graphbuild.errors import InputError

TEXT = "Kepala BPOM meninjau fasilitas produksi obat di Cikarang pada 3 Februari 2026."


def _tree(root: Path) -> Path:
    (root / "a" / "b").mkdir(parents=True)
    (root / "a" / "b" / "dua.txt").write_text(TEXT)
    (root / "a" / "satu.md").write_text(TEXT)
    (root / "tiga.html").write_text(f"<html><body><p>{TEXT}</p></body></html>")
    (root / "empat.json").write_text(json.dumps({"id": "e4", "text": TEXT}))
    (root / "lima.jsonl").write_text(json.dumps({"text": TEXT}) + "\n")
    (root / "gambar.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (root / "catatan.docx").write_bytes(b"PK\x03\x04")
    (root / ".tersembunyi.txt").write_text(TEXT)
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text(TEXT)
    return root


def test_walks_supported_files_sorted_skipping_hidden(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    files, failures = ingest.discover([root])
    assert failures == []
    assert [p.relative_to(root).as_posix() for p in files] == [
        "a/b/dua.txt", "a/satu.md", "empat.json", "lima.jsonl", "tiga.html",
    ]


def test_explicit_file_of_other_extension_is_taken(tmp_path: Path) -> None:
    path = tmp_path / "berita.dat"
    path.write_text(TEXT)
    files, failures = ingest.discover([path])
    assert files == [path] and failures == []
    [record] = ingest.read_raw(path)
    assert record.kind == "txt" and record.id == "berita"
    assert ingest.clean(record).published == "2026-02-03"


def test_missing_path_fails_whole_command(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        ingest.discover([tmp_path / "tidak-ada"])


def test_symlink_loop_terminates_and_is_reported(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    os.symlink(root, root / "a" / "b" / "kembali")  # b/kembali -> root: a cycle
    os.symlink(root / "a" / "putar1", root / "a" / "putar2")  # link loop between two names
    os.symlink(root / "a" / "putar2", root / "a" / "putar1")
    os.symlink(root / "tidak-ada.txt", root / "rusak.txt")
    files, failures = ingest.discover([root])
    assert len(files) == 5
    reasons = {Path(f.path).name: f.reason for f in failures}
    assert "loop" in reasons["kembali"]
    assert "loop" in reasons["putar1"] and "loop" in reasons["putar2"]
    assert "broken" in reasons["rusak.txt"]
    assert all(f.stage == "ingest" for f in failures)


def test_same_document_twice_is_listed_once(tmp_path: Path) -> None:
    root = _tree(tmp_path)
    one = root / "a" / "satu.md"
    os.symlink(root / "a", root / "alias-a")  # the same folder via a second name
    files, _ = ingest.discover([one, root, str(one)])
    assert sum(1 for p in files if p.name == "satu.md") == 1
    assert sum(1 for p in files if p.name == "dua.txt") == 1


def test_same_content_twice_gives_same_hash(tmp_path: Path) -> None:
    (tmp_path / "x1.txt").write_text(TEXT)
    (tmp_path / "x2.txt").write_text(TEXT)
    [r1] = ingest.read_raw(tmp_path / "x1.txt")
    [r2] = ingest.read_raw(tmp_path / "x2.txt")
    assert r1.sha256 == r2.sha256 and r1.id != r2.id


def test_jsonl_bad_lines_reported_good_records_kept(tmp_path: Path) -> None:
    path = tmp_path / "kumpulan.jsonl"
    lines = [
        json.dumps({"id": "d1", "text": TEXT, "title": "Judul Satu", "url": "https://x.id/1",
                    "published": "2026-02-03T10:00:00+07:00"}),
        "",
        "{bukan json",
        json.dumps({"id": "d4", "title": "tanpa teks"}),
        json.dumps({"text": "Badan POM menerbitkan sertifikat CPOB untuk fasilitas baru di Bandung."}),
        json.dumps(["bukan", "objek"]),
    ]
    path.write_text("\n".join(lines) + "\n")
    records, failures = ingest.read_raw_with_errors(path)
    assert [r.id for r in records] == ["d1", "kumpulan-5"]
    assert [f.reason.split(":")[0] for f in failures] == ["line 3", "line 4", "line 6"]
    assert "not JSON" in failures[0].reason
    assert "'text'" in failures[1].reason and failures[1].doc_id == "d4"
    assert all(f.path == str(path) and f.stage == "ingest" for f in failures)
    docs = ingest.read_documents(path)
    assert [d.id for d in docs] == ["d1", "kumpulan-5"]
    assert len(docs.failures) == 3
    first = docs[0]
    assert (first.title, first.url, first.published) == ("Judul Satu", "https://x.id/1", "2026-02-03")
    assert first.source == f"{path}#1"
    assert ingest.read_raw(path) == records  # strict variant logs the bad ones, keeps the good


def test_jsonl_without_any_good_record_raises_in_strict_variant(tmp_path: Path) -> None:
    path = tmp_path / "rusak.jsonl"
    path.write_text("{x\n[1]\n")
    records, failures = ingest.read_raw_with_errors(path)
    assert records == [] and len(failures) == 2
    with pytest.raises(InputError, match="rusak.jsonl"):
        ingest.read_raw(path)


def test_json_list_and_object(tmp_path: Path) -> None:
    lst = tmp_path / "daftar.json"
    lst.write_text(json.dumps([{"id": 7, "text": TEXT}, {"text": TEXT}, {"id": "x"}]))
    records, failures = ingest.read_raw_with_errors(lst)
    assert [r.id for r in records] == ["7", "daftar-2"]
    assert failures[0].reason.startswith("record 3:")
    obj = tmp_path / "satu.json"
    obj.write_text(json.dumps({"text": TEXT, "authors": ["Ani"]}))
    [doc] = ingest.read_documents(obj)
    assert doc.id == "satu-1" and doc.authors == ["Ani"]


def test_json_record_hash_ignores_key_order(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "z", "text": "Isi berita BPOM.", "title": "T"}\n')
    (tmp_path / "b.jsonl").write_text('{"title": "T", "text": "Isi berita BPOM.", "id": "z"}\n')
    assert ingest.read_raw(tmp_path / "a.jsonl")[0].sha256 == ingest.read_raw(tmp_path / "b.jsonl")[0].sha256


def test_broken_json_file_raises_naming_file(tmp_path: Path) -> None:
    path = tmp_path / "rusak.json"
    path.write_text('{"text": "a",')
    with pytest.raises(InputError, match="rusak.json.*not valid JSON"):
        ingest.read_raw(path)


def test_json_record_with_html_text(tmp_path: Path) -> None:
    path = tmp_path / "web.jsonl"
    html = "<html><body><p>Kepala BPOM meninjau pabrik di Cikarang.</p><script>x()</script></body></html>"
    path.write_text(json.dumps({"id": "w", "text": html}) + "\n")
    [doc] = ingest.read_documents(path)
    assert doc.text == "Kepala BPOM meninjau pabrik di Cikarang."


def test_json_record_text_under_other_names_and_epoch_dates(tmp_path: Path) -> None:
    """Scrapers write the article as 'content' or 'body' and the date as a Unix timestamp; 'text' wins."""
    path = tmp_path / "scrape.jsonl"
    rows = [
        {"id": "c", "content": TEXT, "date": 1765100000},
        {"id": "b", "body": TEXT, "published": 1765100000000},  # milliseconds, as JavaScript writes them
        {"id": "t", "text": TEXT, "content": "Isi lain yang bukan artikelnya.", "published": "2026-02-03"},
        {"id": "n", "content": 42},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    docs = ingest.read_documents(path)
    assert [(d.id, d.published) for d in docs] == [("c", "2025-12-07"), ("b", "2025-12-07"), ("t", "2026-02-03")]
    assert docs[2].text.startswith(TEXT[:20]) and "bukan artikelnya" not in docs[2].text
    [bad] = docs.failures
    assert bad.doc_id == "n" and "'content'" in bad.reason
