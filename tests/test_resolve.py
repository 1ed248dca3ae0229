from pathlib import Path

import pytest

from graphbuild.errors import ConfigError
from graphbuild.extract.lexicon import LexEntry, Lexicon
from graphbuild.resolve import Resolver, strip_name
from graphbuild.types import Document, Entity, Extraction, Relation, Span

LEX = Lexicon(
    [
        LexEntry("Badan Pengawas Obat dan Makanan", "Organization", "regulator", ("BPOM", "Badan POM", "BPOM RI")),
        LexEntry("Kalbe Farma", "Organization", "company", ("PT Kalbe Farma Tbk", "Kalbe")),
    ]
)


def ex(*entities: Entity, relations: tuple[Relation, ...] = ()) -> Extraction:
    return Extraction(Document(id="d", source="d", text="x" * 100, sha256="0"), list(entities), list(relations))


def test_lexicon_aliases_share_one_id() -> None:
    r = Resolver(LEX)
    for name in ("BPOM", "Badan POM", "BPOM RI", "Badan Pengawas Obat dan Makanan"):
        out = r.resolve(ex(Entity("e1", "Organization", name, category="regulator")))
        assert out.resolved
        assert out.entities[0].id == "organization:badan-pengawas-obat-dan-makanan"
        assert out.entities[0].name == "Badan Pengawas Obat dan Makanan"


def test_legal_forms_and_honorifics_are_dropped_from_keys() -> None:
    r = Resolver(Lexicon([]))
    assert r.resolve(ex(Entity("e1", "Organization", "PT Sinar Husada Tbk"))).entities[0].id == "organization:sinar-husada"
    assert strip_name("Prof. dr. Taruna Ikrar, M.Biomed., Ph.D.", "Person") == "Taruna Ikrar"


def test_entities_with_same_id_merge_and_relations_are_rewritten() -> None:
    a = Entity("e1", "Organization", "PT Kalbe Farma Tbk", [], "company", [Span(0, 3, "xxx")])
    b = Entity("e2", "Organization", "Kalbe", [], "company", [Span(10, 15, "xxxxx")])
    p = Entity("e3", "Person", "Vidjongtius", [], None, [Span(20, 25, "xxxxx")])
    rel = Relation("HOLDS_POSITION", "e3", "e2", "ev", 0.8)
    out = Resolver(LEX).resolve(ex(a, b, p, relations=(rel,)))
    ids = [e.id for e in out.entities]
    assert ids == ["organization:kalbe-farma", "person:vidjongtius"]
    assert len(out.entities[0].mentions) == 2
    assert out.relations[0].tail == "organization:kalbe-farma"
    assert out.relations[0].head == "person:vidjongtius"


def test_ids_do_not_depend_on_document_order() -> None:
    r = Resolver(LEX)
    e1 = Entity("e1", "Organization", "Kalbe")
    e2 = Entity("e1", "Organization", "PT Kalbe Farma Tbk")
    first = [r.resolve(ex(e)).entities[0].id for e in (e1, e2)]
    second = [r.resolve(ex(e)).entities[0].id for e in (e2, e1)]
    assert first == second[::-1]


def test_alias_file_merge_and_split(tmp_path: Path) -> None:
    f = tmp_path / "aliases.yaml"
    f.write_text(
        "merge:\n  - name: Kalbe Group\n    into: organization:kalbe-farma\n"
        "  - id: person:taruna\n    into: person:taruna-ikrar\nsplit:\n  - Badan POM\n",
        encoding="utf-8",
    )
    r = Resolver(LEX, f)
    assert r.resolve(ex(Entity("e1", "Organization", "Kalbe Group"))).entities[0].id == "organization:kalbe-farma"
    assert r.resolve(ex(Entity("e1", "Person", "Prof Taruna"))).entities[0].id == "person:taruna-ikrar"
    assert r.resolve(ex(Entity("e1", "Organization", "Badan POM"))).entities[0].id == "organization:badan-pom"


def test_bad_alias_file_is_a_config_error(tmp_path: Path) -> None:
    f = tmp_path / "bad.yaml"
    f.write_text("merge:\n  - name: x\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="into"):
        Resolver(LEX, f)


def test_brands_of_one_substance_keep_their_own_nodes() -> None:
    """"ceftriaxone Triaxon" and "Ceftrix (ceftriaxone)" in two releases are two products: the brand gives
    the id, and a bare mention of the substance stays the substance's node."""
    from graphbuild.extract import extract, load_lexicon
    from graphbuild.ingest import clean
    from graphbuild.types import RawRecord

    lexicon = load_lexicon()
    resolver = Resolver(lexicon)
    texts = {
        "a": "PT Sinar Medika memasarkan ceftriaxone Triaxon untuk rumah sakit di Surabaya.",
        "b": "PT Arta Farma meluncurkan Ceftrix (ceftriaxone) untuk infeksi berat.",
        "c": "Kebutuhan ceftriaxone di rumah sakit meningkat tahun ini.",
    }
    ids = {}
    for doc, text in texts.items():
        rec = RawRecord(id=doc, source=f"{doc}.txt", sha256=doc, kind="txt", data=text.encode())
        out = resolver.resolve(extract(clean(rec), lexicon))
        ids[doc] = {e.id: e for e in out.entities if e.type == "Product"}
    assert set(ids["a"]) == {"product:triaxon"} and ids["a"]["product:triaxon"].name == "Triaxon"
    assert "ceftriaxone" in ids["a"]["product:triaxon"].aliases
    assert set(ids["b"]) == {"product:ceftrix"}
    assert set(ids["c"]) == {"product:seftriakson"}


def test_acronyms_and_salt_forms_do_not_replace_the_substance_id() -> None:
    lexicon = Lexicon([LexEntry("metformin", "Product", None, ())])
    r = Resolver(lexicon)
    for alias in ("MET", "Metformin HCl"):
        out = r.resolve(ex(Entity("e1", "Product", "metformin", [alias])))
        assert out.entities[0].id == "product:metformin"


@pytest.mark.parametrize(("short", "long"), [
    ("Polda Jateng", "Kepolisian Daerah Jawa Tengah"),
    ("Polda Sulsel", "Polda Sulawesi Selatan"),
    ("Polres Gowa", "Kepolisian Resor Gowa"),
    ("Dinkes Jatim", "Dinas Kesehatan Provinsi Jawa Timur"),
    ("Dinas Kesehatan Jawa Timur", "Dinas Kesehatan Provinsi Jawa Timur"),
    ("Pemprov Jabar", "Pemerintah Provinsi Jawa Barat"),
    ("Pemkab Sukoharjo", "Pemerintah Kabupaten Sukoharjo"),
    ("Fakultas Farmasi Unhas", "Fakultas Farmasi Universitas Hasanuddin"),
    ("RSUD Dr. Moewardi", "Rumah Sakit Umum Daerah Dr. Moewardi"),
    ("BBPOM di Makassar", "Balai Besar POM di Makassar"),
])
def test_short_and_long_office_names_share_one_id_across_documents(short: str, long: str) -> None:
    """Two releases naming one body differently must give one node (the clusterer only sees one document)."""
    from graphbuild.extract.lexicon import load_lexicon
    r = Resolver(load_lexicon())
    a = r.resolve(ex(Entity("e1", "Organization", short))).entities[0]
    b = r.resolve(ex(Entity("e1", "Organization", long))).entities[0]
    assert a.id == b.id
    assert (a.name, b.name) == (short, long)  # names are kept as written; only the id is shared


@pytest.mark.parametrize(("one", "other"), [
    ("Pemkab Bogor", "Pemerintah Kota Bogor"),  # a regency and a city are two governments
    ("Pemerintah Kabupaten Bogor", "Pemkot Bogor"),
    ("Arunika Biofarma", "Arunika Bio Farma Sejahtera"),
    ("Sinar Husada Biofarma", "Bio Farma"),  # a company's last word that is another company's alias
    ("Polda Jatim", "Polda Jateng"),
    ("Provinsi Jatim", "Dinkes Jatim"),  # (a name that is only the province word and a place: no crash either)
])
def test_different_bodies_keep_their_own_ids(one: str, other: str) -> None:
    from graphbuild.extract.lexicon import load_lexicon
    r = Resolver(load_lexicon())
    a = r.resolve(ex(Entity("e1", "Organization", one))).entities[0]
    b = r.resolve(ex(Entity("e1", "Organization", other))).entities[0]
    assert a.id != b.id


def _unit_doc(unit: str, parent: str) -> Extraction:
    u = Entity("e1", "Organization", unit, [], "government", [Span(0, 3, "xxx")])
    p = Entity("e2", "Organization", parent, [], "government", [Span(10, 15, "xxxxx")])
    return ex(u, p, relations=(Relation("PART_OF", "e1", "e2", "ev", 0.8),))


def test_a_unit_named_without_its_owner_takes_its_parent_into_its_id() -> None:
    """Every Polda has a "Direktorat Reserse Kriminal Khusus": two provinces' units are two nodes, while one
    province's unit written with "Polda" or "Kepolisian Daerah" is one node, in whichever order they come."""
    r = Resolver(LEX)
    jateng = r.resolve(_unit_doc("Direktorat Reserse Kriminal Khusus", "Polda Jawa Tengah"))
    riau = r.resolve(_unit_doc("Direktorat Reserse Kriminal Khusus", "Polda Riau"))
    again = Resolver(LEX).resolve(_unit_doc("Direktorat Reserse Kriminal Khusus", "Kepolisian Daerah Jawa Tengah"))
    assert jateng.entities[0].id == again.entities[0].id == \
        "organization:direktorat-reserse-kriminal-khusus-kepolisian-daerah-jawa-tengah"
    assert riau.entities[0].id != jateng.entities[0].id
    assert jateng.entities[0].name == "Direktorat Reserse Kriminal Khusus"  # only the id changes
    assert jateng.relations[0].head == jateng.entities[0].id
    assert Resolver(LEX).resolve(ex(Entity("e1", "Organization", "Direktorat Reserse Kriminal Khusus Polda Jawa Tengah"))) \
        .entities[0].id == jateng.entities[0].id  # the same unit named in full


def test_units_that_name_their_owner_or_are_national_keep_their_ids() -> None:
    r = Resolver(LEX)
    for unit, parent, want in (
        ("Dinas Kesehatan Provinsi Jawa Timur", "Pemerintah Provinsi Jawa Timur",
         "organization:dinas-kesehatan-provinsi-jawa-timur"),
        ("Deputi Bidang Penindakan", "BPOM", "organization:deputi-bidang-penindakan"),
        ("Fakultas Farmasi Kalbe Farma", "Kalbe", "organization:fakultas-farmasi-kalbe-farma"),
    ):
        assert r.resolve(_unit_doc(unit, parent)).entities[0].id == want, unit
    # a bare unit with no parent stated keeps the plain id
    assert r.resolve(ex(Entity("e1", "Organization", "Dinas Kesehatan"))).entities[0].id == "organization:dinas-kesehatan"
