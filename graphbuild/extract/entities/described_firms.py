"""Companies named in apposition to a description: "Perusahaan bioteknologi asal Korea Selatan, Daehan Cellgen, …",
"Biotech startup Aurelis Genomics raised …".

A firm with no legal form or industry word in its name ("Daehan Cellgen") is still named as one
when the sentence first says what it is: a company noun, lower-case words and at most a place,
then the name set off by commas. Nothing else marks such names, so the description is required.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_acronym, is_cap

# nouns that describe a company (lower case; a sentence-initial capital is folded)
FIRM_NOUNS = frozenset({"perusahaan", "produsen", "raksasa", "startup", "firma", "pabrikan", "company", "firm",
                         "maker", "manufacturer", "drugmaker", "developer"})
_POINTERS = frozenset({"tersebut", "itu", "ini", "yang", "kami", "kata", "ujar"})
_ENGLISH_NOUNS = frozenset({"startup", "company", "firm", "maker", "drugmaker", "manufacturer", "developer"})
_MAX_DESC = 7  # tokens between the noun and the comma
_MAX_NAME = 4


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for k in t.where_key(str.casefold, FIRM_NOUNS):
        if t.masked[k] or ctx.owner[k] >= 0 or _after_title(t, k):
            continue  # "Direktur Utama perusahaan, Budi Santosa,": the firm's officer, not a firm
        c = _comma_after_description(ctx, k)
        if c < 0 and t.words[k] in _ENGLISH_NOUNS and k + 1 < n and not t.newline_before[k + 1]:
            # "Biotech startup Aurelis Genomics raised …": English puts the name right after the noun
            # (not "the company Budi founded": a bare "the company" is a reference, not a description)
            c = -1 if k and t.words[k - 1].casefold() == "the" else k
        if c < 0:
            continue
        s = c + 1
        e = s
        while e < n and e - s < _MAX_NAME and is_cap(t.words[e]) and ctx.owner[e] < 0 and not t.newline_before[e]:
            e += 1
        closed = e < n and (t.words[e] == "," or (c == k and (t.words[e] == "." or t.words[e].islower())))
        if e == s or not closed or all(is_acronym(w) for w in t.words[s:e]):
            continue
        if any(w in t.cue.generic or w in t.cue.institutional for w in t.words[s:e]) or t.words[e - 1] in t.cue.facility_suffix:
            continue  # "fasilitas milik perusahaan, X Bioplant,": the firm's site, not the firm
        ctx.add(s, e, "Organization", "company", "rule")


def _comma_after_description(ctx: Ctx, k: int) -> int:
    """The comma closing "perusahaan farmasi asal Korea Selatan," (-1 when the words between are not a description)."""
    t = ctx.t
    j = k + 1
    while j < len(t.words) and j - k <= _MAX_DESC and not t.newline_before[j]:
        w = t.words[j]
        if w == ",":
            return j
        if w in _POINTERS or not (w.islower() or ctx.type_at(j) == "Location"):
            return -1  # "Direktur perusahaan tersebut, Budi Santoso,": a known firm's officer, not a firm
        j += 1
    return -1


def _after_title(t, k: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a post's title ("Direktur Utama", "CEO") ends right before the company noun at ``k``."""
    return t.ends_phrase(k, t.cue.roles)
