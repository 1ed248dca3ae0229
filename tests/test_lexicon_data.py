"""The shipped lexicon data: every entry is valid ontology, no surface form is ambiguous, key facts hold."""

from __future__ import annotations

import csv
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
import yaml

from graphbuild.ontology import CATEGORIES, ENTITY_LABELS

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "graphbuild" / "extract" / "data"
NOT_LEXICONS = {"cues.yaml", "relation_cues.yaml"}
KEYS = {"name", "type", "category", "aliases", "country", "located_in"}


def lexicon_files() -> list[Path]:
    return sorted(p for p in DATA.glob("*.yaml") if p.name not in NOT_LEXICONS)


def load_entries() -> list[tuple[str, dict]]:
    out: list[tuple[str, dict]] = []
    for path in lexicon_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, list), f"{path.name}: top level must be a list"
        out += [(path.name, e) for e in data]
    return out


def common_words() -> set[str]:
    lines = (DATA / "common_words_id.txt").read_text(encoding="utf-8").splitlines()
    return {w.strip().casefold() for w in lines if w.strip() and not w.startswith("#")}


def load_gazetteer(path: Path = DATA / "gazetteer.tsv") -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))


def forms(e: dict) -> list[str]:
    return [e["name"], *e.get("aliases", [])]


def case_sensitive(form: str) -> bool:
    """All-caps forms of <= 5 letters match case-sensitively (the lexicon contract), so "KAN" is safe."""
    letters = [c for c in form if c.isalpha()]
    return form.isupper() and len(letters) <= 5


@pytest.fixture(scope="module")
def entries() -> list[tuple[str, dict]]:
    return load_entries()


@pytest.fixture(scope="module")
def gazetteer() -> list[dict[str, str]]:
    return load_gazetteer()


def test_expected_files_exist() -> None:
    names = {p.name for p in lexicon_files()}
    for required in ("organizations_id.yaml", "companies.yaml", "international.yaml", "regulations.yaml",
                     "programs.yaml", "products.yaml"):
        assert required in names


def test_every_entry_is_valid_ontology(entries: list[tuple[str, dict]]) -> None:
    for fname, e in entries:
        where = f"{fname}: {e!r}"
        assert isinstance(e, dict) and set(e) <= KEYS, where
        assert isinstance(e.get("name"), str) and e["name"].strip() == e["name"] and e["name"], where
        assert e.get("type") in ENTITY_LABELS and e["type"] not in ("Person", "Location"), where
        if e["type"] in CATEGORIES:
            assert e.get("category") in CATEGORIES[e["type"]], where
        else:
            assert "category" not in e, where
        aliases = e.get("aliases", [])
        assert isinstance(aliases, list), where
        for a in aliases:
            # A comma-split flow list would leave a fragment; every alias is a clean, non-empty string.
            assert isinstance(a, str) and a.strip() == a and len(a) >= 2, where
        for key in ("country", "located_in"):
            assert key not in e or (isinstance(e[key], str) and e[key]), where


def test_no_surface_form_points_at_two_entities(entries: list[tuple[str, dict]]) -> None:
    owners: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for _, e in entries:
        for f in forms(e):
            owners[f.casefold()].add((e["type"], e["name"]))
    clashes = {f: o for f, o in owners.items() if len(o) > 1}
    assert not clashes, clashes


def test_no_form_is_a_common_word(entries: list[tuple[str, dict]], gazetteer: list[dict[str, str]]) -> None:
    common = common_words()
    bad = [f for _, e in entries for f in forms(e) if f.casefold() in common and not case_sensitive(f)]
    for row in gazetteer:
        row_forms = [row["name"], *filter(None, row["aliases"].split("|"))]
        bad += [f for f in row_forms if f.casefold() in common and not case_sensitive(f)]
    assert not bad, bad
    assert {"dan", "kota", "sehat", "obat", "bina", "batu"} <= common


def test_yaml_forms_do_not_collide_with_places(entries: list[tuple[str, dict]],
                                               gazetteer: list[dict[str, str]]) -> None:
    places = {f.casefold() for r in gazetteer for f in [r["name"], *filter(None, r["aliases"].split("|"))]}
    clashes = [(e["name"], f) for _, e in entries for f in forms(e) if f.casefold() in places]
    assert not clashes, clashes


def test_countries_and_places_referenced_by_entries_exist(entries: list[tuple[str, dict]],
                                                          gazetteer: list[dict[str, str]]) -> None:
    names = {r["name"] for r in gazetteer}
    countries = {r["name"] for r in gazetteer if r["category"] == "country"}
    for fname, e in entries:
        if "country" in e:
            assert e["country"] in countries, f"{fname}: {e['name']} country {e['country']!r}"
        if "located_in" in e:
            assert e["located_in"] in names, f"{fname}: {e['name']} located_in {e['located_in']!r}"


def test_gazetteer_rows_are_well_formed(gazetteer: list[dict[str, str]]) -> None:
    assert list(gazetteer[0]) == ["name", "type", "category", "country", "aliases"]
    assert 1000 < len(gazetteer) < 20000
    countries = {r["name"] for r in gazetteer if r["category"] == "country"}
    seen: dict[str, str] = {}
    for r in gazetteer:
        assert r["type"] == "Location" and r["category"] in CATEGORIES["Location"], r
        assert len(r["name"]) >= 3, r
        if r["category"] == "country":
            assert r["country"] == "", r
        elif r["country"]:
            assert r["country"] in countries, r
        for f in [r["name"], *filter(None, r["aliases"].split("|"))]:
            assert seen.setdefault(f.casefold(), r["name"]) == r["name"], (f, seen[f.casefold()], r["name"])
    assert (DATA / "gazetteer.tsv").stat().st_size < 3_000_000


def test_gazetteer_excludes_ordinary_words(gazetteer: list[dict[str, str]]) -> None:
    names = {r["name"] for r in gazetteer}
    for word in ("Dan", "Kota", "Bandar", "Batu", "Negara", "Tanjung", "Lima", "Male", "Nice", "Reading", "Baku"):
        assert word not in names


def test_key_facts(entries: list[tuple[str, dict]], gazetteer: list[dict[str, str]]) -> None:
    rows = {r["name"]: r for r in gazetteer}
    assert "China" in rows["Tiongkok"]["aliases"].split("|")
    assert "Japan" in rows["Jepang"]["aliases"].split("|")
    assert rows["Shijiazhuang"]["country"] == "Tiongkok"
    assert rows["Osaka"]["country"] == "Jepang"
    assert rows["Cikarang"]["country"] == "Indonesia"
    assert rows["Jakarta"]["category"] == "city"
    assert rows["DKI Jakarta"]["category"] == "province"
    assert rows["Jakarta Timur"]["country"] == "Indonesia"
    assert "Jatim" in rows["Jawa Timur"]["aliases"].split("|")
    assert rows["Hebei"]["country"] == "Tiongkok"
    by_name = {e["name"]: e for _, e in entries}
    bpom = by_name["Badan Pengawas Obat dan Makanan"]
    assert {"BPOM", "Badan POM", "BPOM RI"} <= set(bpom["aliases"]) and bpom["category"] == "regulator"
    assert "Kalbe" in by_name["PT Kalbe Farma Tbk"]["aliases"]
    assert "Regenic" in by_name["PT Bifarma Adiluhung"]["aliases"]
    assert "Hebei MPA" in by_name["Hebei Medical Products Administration"]["aliases"]
    assert "Cara Pembuatan Obat yang Baik" in by_name["CPOB"]["aliases"]
    assert "PICS" in by_name["PIC/S"]["aliases"]
    assert "Kemenkes" in by_name["Kementerian Kesehatan"]["aliases"]
    assert by_name["SatuSehat"]["type"] == "Program"
    assert by_name["eritropoietin"]["type"] == "Product"
    assert len([e for _, e in entries if e["type"] == "Product"]) >= 250


def test_build_script_reproduces_committed_gazetteer(tmp_path: Path) -> None:
    out = tmp_path / "gazetteer.tsv"
    subprocess.run([sys.executable, str(REPO / "scripts" / "build_gazetteer.py"), "--output", str(out)],
                   check=True, capture_output=True, timeout=120)
    assert out.read_text(encoding="utf-8") == (DATA / "gazetteer.tsv").read_text(encoding="utf-8")


def test_cue_lists_name_each_word_once() -> None:
    """A repeated cue is a merge leftover: harmless today, but it hides which list really owns the word."""
    cues = yaml.safe_load((DATA / "cues.yaml").read_text(encoding="utf-8"))
    for key, words in cues.items():
        if isinstance(words, list):
            seen = [str(w) for w in words]
            dupes = sorted({w for w in seen if seen.count(w) > 1})
            assert not dupes, f"cues.yaml {key}: repeated {dupes}"
