"""Round 31's speed gates and memos must not hide what the rules read.

Why: each change below skips work (a prefilter gate, a narrower word test, a memo kept across coref's two passes);
a gate that hid a cue, or a memo that went stale, would drop a relation or a short name silently. Each test puts
the cue where the gate could hide it (odd casing, a second pass) and checks the rule still sees it.
"""

from __future__ import annotations

from graphbuild.extract import extract, load_lexicon
from graphbuild.extract.entities import event_ordinals
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import tokenize
from graphbuild.extract.relations import licensor_products, prefilter
from graphbuild.extract.relations.common import Context
from graphbuild.extract.relations.site_owners import bare
from graphbuild.extract.sentences import split_sentences
from graphbuild.types import Document


def test_the_granting_verb_search_is_prefiltered_and_keeps_every_sentence_holding_one() -> None:
    grants = licensor_products._GRANTS
    assert grants in prefilter.cue_filter().bits  # filtered: the gate skips sentences without its words
    text = ("PT Arunika Biofarma dan Hanbit Co. meneken perjanjian lisensi. Under the agreement, Hanbit GRANTS Arunika "
            "exclusive rights. Hanbit Memberikan hak eksklusif kepada Arunika. Kalimat lain tanpa kata itu.")
    doc = Document(id="d", source="t", text=text, sha256="0")
    ctx = Context(doc, split_sentences(text), extract(doc, load_lexicon()).entities)
    every = {i for i, v in enumerate(ctx.views) if grants.search(v.masked)}
    assert {v.index for v in ctx.where(grants, every=True) if grants.search(v.masked)} == every
    assert len(every) == 2


def test_the_ordinal_word_test_lets_every_english_ordinal_through() -> None:
    for w in ("1st", "2nd", "3rd", "41st", "12th", "100th"):
        assert event_ordinals._EN_ORDINAL.match(w) and event_ordinals._ORDINAL_END(w)
    t = tokenize("The 41st Meeting of the ASEAN Pharmaceutical Product Working Group opened today.")
    assert t.where_word(event_ordinals._EN_ORDINAL.match, event_ordinals._ORDINAL_END) == [1]


def test_a_fused_short_name_is_read_in_both_coref_passes() -> None:
    text = ("PT Nusantara Biologi Utama Tbk meneken kerja sama dengan PT Kalbe Farma Tbk. Presiden Direktur Nusabio, "
            "Budi Santoso, mengatakan Nusabio akan memproduksi vaksin itu di Bandung.")
    doc = Document(id="d", source="t", text=text, sha256="0")
    lex = load_lexicon()
    first = extract(doc, lex)
    again = extract(doc, lex)  # the memo lives on one document's Ctx: a second document starts afresh
    names = {e.name: e for e in first.entities}
    firm = names["PT Nusantara Biologi Utama Tbk"]
    assert "Nusabio" in firm.aliases and len(firm.mentions) >= 3
    assert [(e.name, e.aliases) for e in again.entities] == [(e.name, e.aliases) for e in first.entities]
    ctx = Ctx(tokenize(text), lex)
    assert ctx.fused_words is None and not ctx.fused_cores


def test_bare_names_are_memoised_by_value() -> None:
    assert bare("PT Bio Farma (Persero)") == "Bio Farma"
    assert bare("PT. Kalbe Farma, Tbk.") == "Kalbe Farma"
    assert bare("Bio Farma") == "Bio Farma"
