"""Partners listed one per bullet after a partnership sentence ending in a colon (markdown press releases)."""

from __future__ import annotations

from graphbuild.extract import extract
from graphbuild.ingest import clean
from graphbuild.types import RawRecord

TEXT = """# PT Cipta Medika Raya Perluas Kemitraan Riset

PT Cipta Medika Raya menjalin kerja sama dengan sejumlah lembaga, yaitu:

- Universitas Indonesia
- RSUP Dr. Sardjito
- Institut Teknologi Bandung

Kerja sama tersebut mencakup riset vaksin. Produk unggulan perseroan antara lain:

- Fluvira
"""


def test_bulleted_partners(lexicon) -> None:  # type: ignore[no-untyped-def]
    rec = RawRecord(id="b", source="b.md", sha256="x", kind="md", data=TEXT.encode())
    ex = extract(clean(rec), lexicon)
    names = {e.id: e.name for e in ex.entities}
    got = {(names[r.head], names[r.tail]) for r in ex.relations if r.type == "PARTNERS_WITH"}
    assert got == {("PT Cipta Medika Raya", "Universitas Indonesia"), ("PT Cipta Medika Raya", "RSUP Dr. Sardjito"),
                   ("PT Cipta Medika Raya", "Institut Teknologi Bandung")}
