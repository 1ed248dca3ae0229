"""Entity extraction: mentions from rules and the lexicon, clustered per document.

``find_entities(doc, sentences, lexicon)`` returns entities with document-local
ids ("e1", ...), every mention a ``Span`` into ``doc.text``. The extractors run
in order of reliability and claim tokens as they go (see ``context``).
"""

from __future__ import annotations

from graphbuild.extract.entities import (
    acronyms,
    apposed,
    appositions,
    bare_offices,
    bloc_markets,
    bracketed_seats,
    brand_glosses,
    brand_lists,
    class_closed,
    class_units,
    classed,
    coded_brands,
    codes,
    comma_units,
    company_and,
    coref,
    counted,
    described_events,
    described_firms,
    events,
    explained,
    facilities,
    firm_persons,
    forum_bodies,
    headline_names,
    inn,
    kind_substances,
    lexical,
    line_variants,
    listed_items,
    locations,
    lower_deals,
    name_ends,
    norse_forms,
    not_products,
    org_acronyms,
    organizations,
    permit_names,
    persons,
    platforms,
    products,
    regional_chapters,
    regulations,
    rosters,
    set_off_names,
    site_town_names,
    site_towns,
    standards,
    table_people,
    table_products,
    tickers,
    title_units,
    titled_deals,
    unit_owners,
    verbed,
)
from graphbuild.extract.entities.cluster import cluster
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import tokenize
from graphbuild.extract.lexicon import Lexicon, load_lexicon
from graphbuild.types import Document, Entity, Sentence

__all__ = ["find_entities"]


def find_entities(doc: Document, sentences: list[Sentence] | None = None, lexicon: Lexicon | None = None) -> list[Entity]:
    """All entities of ``doc`` (``sentences`` are accepted for interface symmetry; tokens carry the breaks)."""
    lex = lexicon if lexicon is not None else load_lexicon()
    ctx = Ctx(tokenize(doc.text), lex)
    lexical.find(ctx)
    acronyms.find(ctx)
    table_products.find(ctx)
    persons.find(ctx)
    table_people.find(ctx)  # "| Sekretaris Jenderal | Teguh Ramadhan | PT X |": the name column of a table
    set_off_names.find(ctx)  # "Pemiliknya, X Y,", "Direktur Utama Z yang baru, X Y,": a name between commas
    appositions.find(ctx)
    organizations.find(ctx)
    regional_chapters.find(ctx)  # "UDD PMI Kota Bandung", "PMI Provinsi Jawa Barat": a regional chapter
    bracketed_seats.find(ctx)  # "Pemerintah Kabupaten (Pemkab) Lombok Tengah": a body's short form before its seat
    company_and.find(ctx)  # "the Company and B Co., Ltd. signed": the partner's name starts after 'and'
    company_and.pt_and_foreign(ctx)  # "PT A dan B AG": two companies, not one name across "dan"
    norse_forms.find(ctx)  # "Nordhavn Nutrition AS": a Nordic legal form, not Amerika Serikat
    comma_units.find(ctx)  # "Direktorat Pengawasan Keamanan, Mutu, dan Ekspor Impor Obat": fields listed in a name
    title_units.find(ctx)  # "Direktur Pengawasan X BPOM": the directorate the title names
    described_firms.find(ctx)
    platforms.find(ctx)  # "lokapasar, antara lain A dan B": marketplaces named as examples
    rosters.find(ctx)
    events.find(ctx)
    described_events.find(ctx)  # "CPHI South East Asia 2025, a three-day … exhibition": a trade show by its brand
    facilities.find(ctx)
    regulations.find(ctx)
    standards.registration_classes(ctx)  # "izin edar AKL", "(AKD)": a permit's class, no brand
    standards.find(ctx)  # "PIC/S GMP", "SNI 3556:2016": a standard by its issuer or its number
    titled_deals.find(ctx)
    lower_deals.find(ctx)
    site_towns.find(ctx)  # "X Distribution Center Kupang", "X Biotech Plant Y": a site's name past its head
    name_ends.find(ctx)  # "Perjanjian X Garuda–Mitra Y", "… Farmasi se-Jawa Barat": names past the cue run's end
    classed.find(ctx)
    brand_lists.find(ctx)  # "produk … antara lain A dan B": the brands a product word lists
    class_closed.find(ctx)  # "including the A, B and C brands", "flagship brands, A and B,"
    explained.find(ctx)
    brand_lists.fields(ctx)  # "- **Produk utama:** A (parasetamol), B, C": the values of a factsheet's product field
    verbed.find(ctx)
    codes.find(ctx)
    products.find(ctx)
    inn.find(ctx)
    permit_names.find(ctx)  # "izin edar Sirup Markisa Kembang Sari, …": a long local brand after its permit
    apposed.find(ctx)
    counted.find(ctx)
    listed_items.find(ctx)  # "- Kardiora (siRNA …)" in a list of brands
    coded_brands.find(ctx)  # "Diabetra XR", "Tussilin DMP Sirup": a trade name with its release or formula code
    line_variants.find(ctx)  # "Serat Ayu Body Serum …": an item named after a product line of the text
    headline_names.find(ctx)  # "Yusran Mappasessu Langsung Tancap Gas": a headline person cut to the body's name
    acronyms.find(ctx, late=True)
    tickers.find(ctx)
    tickers.listed_as(ctx)  # "… di BEI dengan kode saham PHFI": unbracketed, the sentence's company
    coref.find(ctx)
    org_acronyms.find(ctx)
    locations.find(ctx)
    coref.find(ctx)
    class_units.find(ctx)  # "X merupakan Unit Pelaksana Teknis Badan POM": a kind of unit, not one
    bloc_markets.find(ctx)  # "kawasan ASEAN", "ASEAN markets": a bloc as a market, no body acting
    forum_bodies.find(ctx)  # "keanggotaan A dalam X Forum": a forum with members is a body, not an event
    bare_offices.find(ctx)  # "Dinas Kesehatan kabupaten/kota": no one office; "Dinas Kesehatan" after one named in full
    firm_persons.find(ctx)  # "Managing Director Sarvodaya Chemicals, X": a company the text names, read as a person
    ents = unit_owners.name_owners(doc.text, cluster(ctx))  # "Satresnarkoba Polres X": the unit with its owner
    ents = bracketed_seats.short_aliases(ents)  # "BP Batam" beside "Badan Pengusahaan (BP) Batam"
    ents = site_town_names.add(doc.text, ents)  # "Pabrik X Karawang, Jawa Barat": the town its name closes with
    ents = not_products.drop(doc.text, ents)  # not "Triwulan", "Halal", "SGLT2 inhibitor": no product
    ents = kind_substances.drop_untyped(doc.text, ents)  # not "insulin" beside "insulin glargine": its kind
    return brand_glosses.drop(doc.text, ents)  # not "ondansetron" in "Ondavera (ondansetron injeksi)": a brand's gloss
