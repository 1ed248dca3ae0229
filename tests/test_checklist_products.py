"""CheckList for products and who makes, sells, approves or certifies them (full extractor, no oracle).

Why: rules written from annotated articles barely transfer; these sentences were written fresh, many
phrasings per fact (passive "di-", apposition, lists, English releases, short references), with
invented companies and brands, so a fix has to cover the phrasing class. Negatives: generic classes,
acronyms, bylines, hypotheticals, refusals. Expectations: ``REL:HEAD>TAIL`` and ``P:NAME`` must be
extracted; a leading ``!`` means must not (``*`` matches anything).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from graphbuild.errors import EmptyDocumentError
from graphbuild.extract import extract, load_lexicon
from graphbuild.ingest import clean
from graphbuild.types import RawRecord

TSV = Path(__file__).parent / "data" / "checklist" / "products.tsv"
# sentences the extractor does not read yet (kept so the gap stays visible)
KNOWN_GAPS: frozenset[int] = frozenset({35, 73, 119, 146, 162, 182, 200, 211, 228, 241, 253})


_ALIAS = {"bpom": "badan pengawas obat dan makanan"}


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).casefold()
    s = re.sub(r"[^\w\s]", " ", s)
    s = " ".join(w for w in s.split() if w not in ("pt", "tbk"))
    return _ALIAS.get(s, s)


def _forms(name: str) -> set[str]:
    """A name and, for "Metforin 500 mg", the brand without its strength (the scorer's gold alias)."""
    return {_norm(name), _norm(re.sub(r"\s+\d+(?:[.,]\d+)?\s*(?:mg|mcg|g|ml|iu)\S*$", "", name, flags=re.I))}


def _cases() -> list[tuple[int, str, list[str]]]:
    out = []
    for n, line in enumerate(TSV.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            want, text = line.split("\t", 1)
            out.append((n, text, [w.strip() for w in want.split(";") if w.strip()]))
    return out


@cache
def _lex():  # noqa: ANN202
    return load_lexicon()


def extracted(text: str) -> tuple[list[set[str]], set[tuple[str, frozenset[str], frozenset[str]]]]:
    """Product name sets and relations (type, head names, tail names) of a text."""
    rec = RawRecord(id="c", source="c.txt", sha256="x", kind="txt", data=text.encode())
    try:
        doc = clean(rec)
    except EmptyDocumentError:  # a bare byline is site furniture: nothing to extract
        return [], set()
    ex = extract(doc, _lex())
    names = {e.id: frozenset(_forms(e.name).union(*(_forms(a) for a in e.aliases))) for e in ex.entities}
    prods = [set(names[e.id]) for e in ex.entities if e.type == "Product"]
    return prods, {(r.type, names[r.head], names[r.tail]) for r in ex.relations}


def failures(text: str, wants: list[str]) -> list[str]:
    prods, rels = extracted(text)
    bad = []
    for w in wants:
        neg = w.startswith("!")
        body = w.lstrip("!")
        kind, _, arg = body.partition(":")
        if kind == "P":
            hit = any(arg == "*" or _norm(arg) in p for p in prods)
        else:
            head, _, tail = arg.partition(">")
            hit = any(t == kind and (head == "*" or _norm(head) in h) and (tail == "*" or _norm(tail) in tl)
                      for t, h, tl in rels)
        if hit == neg:
            bad.append(w)
    return bad


@pytest.mark.parametrize(("line", "text", "wants"), _cases(), ids=[f"L{c[0]}" for c in _cases()])
def test_checklist(line: int, text: str, wants: list[str]) -> None:
    if line in KNOWN_GAPS:
        pytest.xfail("known gap")
    assert failures(text, wants) == []


if __name__ == "__main__":  # python -m tests.test_checklist_products: a pass count and what fails
    ok = 0
    for line, text, wants in _cases():
        bad = failures(text, wants)
        ok += not bad
        if bad or "-v" in sys.argv:
            prods, rels = extracted(text)
            print(f"L{line} FAIL {bad}\n   {text}\n   P={[sorted(p)[0] for p in prods]}")
            for t, h, tl in sorted(rels, key=str):
                print(f"   R {t} {sorted(h)[0]} -> {sorted(tl)[0]}")
    print(f"{ok}/{len(_cases())} pass")
