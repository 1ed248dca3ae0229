"""The cue prefilter may only skip a pattern in a sentence where the pattern cannot match.

Soundness is checked against the real patterns (every cue plus those the families
register) on real sentences and on generated ones that mix cue words with odd casing.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphbuild.extract import split_sentences
from graphbuild.extract.relations import common, litsearch, prefilter  # noqa: F401 - the package registers every family's patterns
from graphbuild.extract.relations.prefilter import CueFilter, literal_keys, literal_prefixes, literal_sets
from graphbuild.ingest import read_documents

ROOT = Path(__file__).resolve().parent.parent


def _filter() -> CueFilter:
    return prefilter.cue_filter()


def _watched() -> list[re.Pattern[str]]:
    return list(dict.fromkeys(prefilter._WATCHED))


def _sound(text: str) -> None:
    f = _filter()
    mask = f.scan(text)
    for p in _watched():
        bit = f.bits.get(p)
        if bit is not None and not mask & bit:
            assert p.search(text) is None, (p.pattern[:60], text)


def test_prefixes_are_read_from_the_pattern() -> None:
    visit = re.compile(r"\b(?:kunjungan(?:\s+kerja)?|berkunjung|visit(?:ed|s)?)\b", re.I)
    assert literal_prefixes(visit) == {"kunjungan", "berkunjung", "visit"}
    assert literal_prefixes(re.compile(r"(?:ab|cd)e[fg]\w+x")) == {"abef", "abeg", "cdef", "cdeg"}
    assert literal_prefixes(re.compile(r"\b(?:kata|ujar)\w*\b", re.I)) == {"kata", "ujar"}
    assert literal_prefixes(re.compile(r"[;:]|\byang\b")) == {";", ":", "yang"}
    assert literal_prefixes(re.compile("[\u201c;]x")) == {"\u201cx", ";x"}  # caseless non-ASCII is fine
    assert literal_prefixes(re.compile("\u03c3x", re.I)) is None  # sigma: IGNORECASE also matches final sigma
    # an optional part: a match either starts with it or with what follows it
    assert literal_prefixes(re.compile(r"(?:di\s+)?ke")) == {"di", "ke"}
    assert literal_prefixes(re.compile(r"\b(?:(?:menjadi\s+)?tuan\s+rumah|hosted)\b")) == {"menjadi", "tuan", "hosted"}
    # a start that may be empty, a class or any character cannot be filtered
    assert literal_prefixes(re.compile(r"(?:di\s+)?\w")) is None
    assert literal_prefixes(re.compile(r"^\s*dan")) is None
    assert literal_prefixes(re.compile(r"[^x]abc")) is None


def test_keys_are_the_most_selective_literals_every_match_contains() -> None:
    under = re.compile(r"\b(?:berada\s+di\s+bawah(?:\s+naungan)?|di\s+bawah\s+naungan)\s+", re.I)
    assert literal_keys(under) == {"berada", "naungan"}  # not "di": it is in nearly every sentence
    assert literal_keys(re.compile(r"^\W*(?:(?:turut|tampak)\s+)?hadir\b", re.I)) == {"hadir"}
    assert literal_keys(re.compile(r"\b(?:dilisensikan|lisensi(?:nya)?|licensed)\b", re.I)) == {"lisensi", "licensed"}
    assert literal_keys(re.compile(r"[;:]|\byang\b")) == {";", ":", "yang"}
    assert literal_keys(re.compile(r"^\s*(?:\w+|kata)")) is None  # an alternative without a literal


def test_a_pattern_needs_a_literal_of_each_of_its_two_best_sets() -> None:
    unit = re.compile(r"\b(?:anak|induk)\s+(?:usaha|perusahaan)\b", re.I)
    assert literal_sets(unit) == [{"usaha"}, {"anak", "induk"}]  # "perusahaan" holds "usaha"
    f = CueFilter([unit])
    assert not f.scan("Anak-anak antre di depan pabrik") & f.bits[unit]  # "anak", no "usaha"
    assert not f.scan("Kegiatan usaha berjalan") & f.bits[unit]  # "usaha", no "anak" or "induk"
    assert f.scan("induk perusahaannya") & f.bits[unit]
    di = re.compile(r"\bdi\s+bawah\b")  # a second set of short literals is left out: "di" is everywhere
    assert literal_sets(di) == [{"bawah"}, {"di"}]
    assert CueFilter([di]).scan("bawah") & CueFilter([di]).bits[di]


def test_most_cues_are_filtered() -> None:
    f = _filter()
    assert len(f.bits) >= 25  # the point of the prefilter: the cue regexes all have literal starts


def test_odd_casing_turns_the_filter_off() -> None:
    f = _filter()
    assert f.scan("Kepala BPOM melakukan kunjungan") != f.everything
    for text in ("Kunjungan İstanbul", "viſit ke pabrik", "Dıhadiri oleh"):
        assert f.scan(text) == f.everything


@pytest.mark.parametrize("folder", ["seeds", "tests/data/dev", "tests/data/holdout", "tests/data/holdout2"])
def test_sound_on_real_sentences(folder: str) -> None:
    for path in sorted((ROOT / folder).iterdir()):
        if path.suffix not in {".txt", ".md", ".html", ".json", ".jsonl"}:
            continue
        for doc in read_documents(path):
            for s in split_sentences(doc.text):
                _sound(s.text)


_WORDS = ["kunjungan", "Kerja", "sama", "dihadiri", "oleh", "Kepala", "BPOM", "menandatangani", "izin edar",
          "sertifikat", "yang", "anak usaha", "Menteri", "disetujui", "narasumber", "kata", "MoU", "licensed",
          "acara ini", "di", "pada", "Direktur Utama", "PT", "Tbk", ",", ";", "(", ")", "\u201c", "milik"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(["lower", "upper", "title", "keep"]),
                          st.sampled_from([" ", "", "  ", "-"])), max_size=12))
def test_sound_on_generated_sentences(parts: list[tuple[str, str, str]]) -> None:
    text = "".join((w if case == "keep" else getattr(w, case)()) + sep for w, case, sep in parts)
    _sound(text)


def test_one_pass_over_a_document_equals_one_pass_per_sentence() -> None:
    f = _filter()
    for path in sorted((ROOT / "seeds").iterdir()):
        for doc in read_documents(path):
            sentences = split_sentences(doc.text)
            spans = [(s.start, s.end) for s in sentences]
            assert f.scan_spans(doc.text, spans) == [f.scan(s.text) for s in sentences]


def _same(a: re.Match[str] | None, b: re.Match[str] | None) -> bool:
    return (a is None) == (b is None) and (a is None or (a.span(), a.groupdict()) == (b.span(), b.groupdict()))  # type: ignore[union-attr]


def test_prefix_search_equals_search_over_every_prefix() -> None:
    from graphbuild.extract.relations.title_patterns import TITLE_END as _TITLE_END

    fast = litsearch.prefix_search(_TITLE_END)
    for path in sorted((ROOT / "seeds").iterdir())[:20]:
        for doc in read_documents(path):
            for s in split_sentences(doc.text):
                for end in range(len(s.text) + 1):
                    assert _same(fast(s.text, end), _TITLE_END.search(s.text[:end]))
    odd = re.compile(r"(?<!\w)(?:kepala|sekjen)\s*$", re.I)  # IGNORECASE reads "ſ" as "s"
    fast = litsearch.prefix_search(odd)
    for text in ("Kepala ", "x \u017fekjen", "KEPALA BPOM", "Wakil Kepala"):
        for end in range(len(text) + 1):
            assert _same(fast(text, end), odd.search(text[:end]))


def test_literal_search_and_finditer_equal_re_for_every_watched_pattern() -> None:
    patterns = prefilter.cue_filter().patterns
    texts = ["\u017fedang akan", "AKAN", "x \u0131zin edar", ""]
    for path in sorted((ROOT / "seeds").iterdir())[:10]:
        for doc in read_documents(path):
            texts.extend(s.text for s in split_sentences(doc.text))
    for p in patterns:
        fast = litsearch.literal_search(p)
        for text in texts:
            assert _same(fast(text), p.search(text)), (p.pattern, text)
            found = [(m.span(), m.groupdict()) for m in litsearch.literal_finditer(p, text)]
            assert found == [(m.span(), m.groupdict()) for m in p.finditer(text)], (p.pattern, text)


def test_a_cue_group_skips_a_sentence_only_when_each_of_its_patterns_may_not_match() -> None:
    from graphbuild.extract.relations.cuegroup import CueGroup

    f = _filter()
    filtered = [p for p in _watched() if p in f.bits][:3]
    never = re.compile(r"\w+\s+\w+")  # no literal: never filtered
    text = "Xyz qqq."
    mask = f.scan(text)
    view = common.View(0, None, text, text, [], _cues=mask, _bits=f.by_id)  # type: ignore[arg-type]
    assert all(not view.may(p) for p in filtered)
    assert not CueGroup(*filtered).may(view)
    assert CueGroup(*filtered).may_each(view) == [False] * len(filtered)
    assert CueGroup(*filtered, never).may(view)  # one pattern always may: the group always may
    assert CueGroup(never, *filtered).may_each(view) == [True] + [False] * len(filtered)
    for group in (CueGroup(*filtered), CueGroup(never, *filtered)):
        for sentence in ("kunjungan kerja ke pabrik", "Sebuah kalimat biasa tanpa kata kunci.", "PT A dan PT B"):
            v = common.View(0, None, sentence, sentence, [], _cues=f.scan(sentence), _bits=f.by_id)  # type: ignore[arg-type]
            each = [v.may(p) for p in group.patterns]
            assert group.may_each(v) == each and group.may(v) == any(each)


def test_a_rule_table_runs_each_rule_in_order_only_where_one_of_its_own_cues_may_match() -> None:
    from graphbuild.extract.relations.cuegroup import RuleTable

    f = _filter()
    watched = [p for p in _watched() if p in f.bits]
    never = re.compile(r"\w+\s+\w+")  # no literal: never filtered, so its rule always runs
    ran: list[str] = []
    rows = [(lambda ctx, v, name=f"r{i}": ran.append(name), *watched[i * 3 : i * 3 + 3]) for i in range(len(watched) // 3)]
    rows.append((lambda ctx, v: ran.append("always"), never))
    table = RuleTable(*rows)
    for sentence in ("kunjungan kerja ke pabrik", "Sebuah kalimat biasa tanpa kata kunci.", "PT A dan PT B",
                     "ditandatangani nota kesepahaman", "Xyz qqq."):
        v = common.View(0, None, sentence, sentence, [], _cues=f.scan(sentence), _bits=f.by_id)  # type: ignore[arg-type]
        expected = [f"r{i}" for i, row in enumerate(rows[:-1]) if any(v.may(p) for p in row[1:])]
        for _ in range(2):  # worked out, then read from the table's memo of the sentence's ``_no``
            ran.clear()
            table.run(None, v)
            assert ran == [*expected, "always"]


def test_every_pattern_of_a_cue_group_is_filtered() -> None:
    """A pattern the prefilter leaves out (never ``watch``-ed) makes its group and rule table pass every sentence:
    an unwatched ``OUR_REVOKE`` ran regulatory's whole per-sentence block and ``revocations`` everywhere."""
    import gc

    from graphbuild.extract.relations.cuegroup import CueGroup

    f = _filter()
    gc.unfreeze()  # a pipeline run earlier in this process froze every live object (pipeline._init_worker): get_objects skips those
    groups = [g for g in gc.get_objects() if isinstance(g, CueGroup)]
    assert len(groups) > 20
    left_out = {p.pattern for g in groups for p in g.patterns if p not in f.bits}
    assert not left_out
