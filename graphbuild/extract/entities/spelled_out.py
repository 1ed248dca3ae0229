"""An organisation named with its kind spelled out and with the kind's acronym is one organisation.

Indonesian news writes "Rumah Sakit Umum Daerah Dr. Soetomo" in one sentence and "RSUD Dr. Soetomo" in
the next (or "Rumah Sakit Umum Daerah (RSUD) Dr. Soetomo" once), "Balai Besar POM di Surabaya" and
"BBPOM di Surabaya": the leading words' initials (an upper-case word counting whole) spell the other
name's first word and the rest of both names is the same. Nothing is listed: the initials decide.
"""

from __future__ import annotations

from graphbuild.extract.entities.merges import UF, Typed
from graphbuild.extract.lexicon import normalize

_SMALL = frozenset({"dan", "di", "&", "and", "of", "the"})


def _initials(words: list[str]) -> str:
    """"Rumah Sakit Umum Daerah" -> "RSUD", "Balai Besar POM" -> "BBPOM" (small joining words skipped)."""
    out = []
    for w in words:
        if w.lower() in _SMALL:
            continue
        if not w[:1].isupper():
            return ""
        out.append(w if w.isupper() else w[0])
    return "".join(out)


def merge_spelled_out(of: Typed, uf: UF) -> None:
    """Union "ACR Tail" with "Long Form Words Tail" where the long form's initials spell ACR."""
    short: dict[tuple[str, str], list[int]] = {}
    longs: list[tuple[int, list[str]]] = []
    for i, x in of.get("Organization", ()):
        words = [w for w in x.text.split() if not (w[0] == "(" and w[-1] == ")")]  # "Daerah (RSUD) Dr."
        if len(words) < 2:
            continue
        head = words[0]
        if 2 <= len(head) <= 7 and head.isalpha() and head.isupper():
            short.setdefault((head, normalize(" ".join(words[1:]))), []).append(i)
        elif len(words) >= 3:
            longs.append((i, words))
    if not short:
        return
    for i, words in longs:
        for cut in range(2, len(words)):
            acr = _initials(words[:cut])
            if not acr:
                break
            hits = short.get((acr, normalize(" ".join(words[cut:]))))
            if hits:
                for j in hits:
                    uf.union(i, j)
                break
