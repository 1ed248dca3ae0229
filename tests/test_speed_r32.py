"""Round 32's speed gates must not hide what the rules read.

Why: each change below skips work (a substring test before a pattern is compiled, a word test run once per
distinct word, a search stopped early); a gate that hid a match would drop a relation or a product silently.
Each test puts the match where the gate could hide it (odd casing, a letter ``re`` folds, a repeated word).
"""

from __future__ import annotations

import re

from graphbuild.extract import extract, load_lexicon
from graphbuild.extract.entities.coref import _cut_short
from graphbuild.extract.relations import prefilter
from graphbuild.extract.relations.common import Context
from graphbuild.extract.relations.plant_places import _may_hold
from graphbuild.extract.relations.town_named_sites import _named_after
from graphbuild.extract.sentences import split_sentences
from graphbuild.types import Document, Entity


def test_the_town_name_gate_never_hides_a_case_folded_match() -> None:
    names = ["Kendal Oncology Plant", "KENDAL ONCOLOGY PLANT", "Pabrik kendal Biologics", "\u212aendal Plant",
             "\u0130stanbul Biologics Plant", "Cikarang \u0130lk Plant", "C\u0131karang Plant", "Ba\u017fel Plant",
             "Plant Karawang-Timur", "Jakarta Selatan Hub", "Caf\u00e9 Lyon Plant", "\u03a3ite Lyon Plant"]
    towns = ["Kendal", "kendal", "Istanbul", "Cikarang", "Basel", "Karawang", "Jakarta Selatan", "Lyon", "Café Lyon",
             "Bandung", "Tangerang"]
    hits = 0
    for name in names:
        for n in towns:
            if re.search(rf"(?<!\w){re.escape(n)}(?!\w)", name, re.I):
                hits += 1
                assert _may_hold(name, n), (name, n)
    assert hits >= 10
    assert not _may_hold("Kendal Oncology Plant", "Bandung")  # the gate does skip a town not in the name


def test_a_site_named_after_its_town_is_still_found() -> None:
    site = Entity(id="e1", type="Facility", name="Sidoarjo Distribution Center")
    town = Entity(id="e2", type="Location", name="Sidoarjo", aliases=["Kabupaten Sidoarjo"])
    assert _named_after(site, town)
    assert not _named_after(site, town, opening=False)
    assert not _named_after(Entity(id="e3", type="Facility", name="Pabrik Gresik"), town)


def test_the_cut_short_search_reads_every_longer_form() -> None:
    words = ["PT", "Cendana", "Medika", "Utama", "Tbk"]
    org = type("X", (), {"type": "Organization"})()
    cands = [("Cendana", "Medika", "Utama", "Tbk"), ("Cendana", "Medika", "Utama"), ("Cendana", "Medika"), ("Cendana",)]
    assert _cut_short(words, 1, 3, org, cands)  # a longer known form over the short name
    assert _cut_short(words, 1, 3, org, cands[1:])
    assert not _cut_short(words, 1, 3, org, cands[2:])  # no form longer than the name
    assert not _cut_short(words, 1, 4, org, [("Cendana", "Medika", "Lestari", "Tbk"), ("Cendana",)])


def test_a_model_code_is_read_wherever_its_word_recurs() -> None:
    text = ("Perusahaan meluncurkan oksimeter PulseMate OX-1 dan strip GlukoStrip K1 pada Senin. "
            "Strip GlukoStrip K1 dijual di apotek; PulseMate OX-1 dipakai di klinik.")
    ents = extract(Document(id="d", source="t", text=text, sha256="0"), load_lexicon()).entities
    names = {e.name for e in ents if e.type == "Product"} | {a for e in ents if e.type == "Product" for a in e.aliases}
    assert {"PulseMate OX-1", "GlukoStrip K1"} <= names


def _context(text: str) -> Context:
    doc = Document(id="d", source="t", text=text, sha256="0")
    return Context(doc, split_sentences(text), extract(doc, load_lexicon()).entities)


def test_the_where_index_gives_the_sentences_each_pattern_may_match() -> None:
    text = ("PT Arunika Biofarma menandatangani nota kesepahaman dengan Hanbit Co. di Jakarta. Direktur Utama PT Arunika "
            "Biofarma, Sinta Wulandari, mengatakan kerja sama itu mencakup vaksin. Kalimat tanpa nama. "
            "BPOM menerbitkan izin edar untuk Respivan pada 2024. Pabrik PT Arunika Biofarma berada di Cikarang.")
    watched = list(prefilter.cue_filter().bits) + [re.compile(r"never watched")]
    for odd in (" The \u0131nspection of the plant in Cikarang ended.", ""):  # a text the filter cannot read: all may
        ctx = _context(text + odd)
        for every in (False, True):
            views = ctx.views if every else ctx.busy
            for p in watched:
                assert ctx.where(p, every=every) == [v for v in views if v.may(p)], p.pattern
        assert all(ctx.where(p) for p in watched) == bool(odd)
    ctx.busy = ctx.busy[1:]  # (the readable text) a rule replacing the list: the index follows it
    for p in watched:
        assert ctx.where(p) == [v for v in ctx.busy if v.may(p)]
