"""Unknown ALL-CAPS words that the sentence uses as organisations.

"antara GPFI dengan", "METI Kansai, FPMAJ dan JETRO": an acronym no lexicon knows is an
organisation only where its context treats it as one (after "antara", "oleh", "mitra", or in a
list beside a known organisation), so "API" in "Bahan Farmasi Aktif (API)" is not. Runs after
the named-entity rules, so list neighbours are already typed.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_acronym, is_cap

_LIST_SEP = frozenset({",", "dan", "serta", "and", "&"})
_ROMAN = frozenset("IVX")  # "kuartal III", "fase II": a Roman numeral after a lower-case word counts


def find(ctx: Ctx) -> None:
    """Unknown ALL-CAPS words used as organisations ("antara GPFI dengan", "METI Kansai, FPMAJ dan JETRO")."""
    t = ctx.t
    n = len(t.words)
    c = t.cue
    cands = t.where_word(lambda w: is_acronym(w) and w not in c.not_org_acronyms and sum(ch.isalpha() for ch in w) <= 6,
                         str.isupper)
    changed = True
    while changed:
        changed = False
        for k in cands:  # the word-only tests below, done once per distinct word
            w = t.words[k]
            if (
                ctx.owner[k] >= 0
                or t.masked[k]
                or not is_acronym(w)
                or w in c.not_org_acronyms
                or w in ctx.not_entities
                or sum(ch.isalpha() for ch in w) > 6
                or sum(ch.isdigit() for ch in w) >= 4  # "bets FG2403117, FG2403118 dan …": a batch or registration code
                or (set(w) <= _ROMAN and k and t.words[k - 1][:1].islower())  # "fase III, Danapati …": an ordinal
            ):
                continue
            e = k + 1
            if e < n and is_cap(t.words[e]) and not is_acronym(t.words[e]) and not t.newline_before[e]:
                if ctx.type_at(e) == "Location" or (e + 1 >= n or t.words[e + 1] in _LIST_SEP or t.words[e + 1] == "."):
                    if ctx.owner[e] < 0 or ctx.type_at(e) == "Location":
                        e += 1
            if e < n and not (t.words[e] in _LIST_SEP or t.words[e] in (".", ")", ";") or not is_cap(t.words[e])):
                continue
            before = t.words[k - 1] if k > 0 else ""
            if _org_context(ctx, k, e, before):
                if ctx.add(k, e, "Organization", "other", "context") >= 0:
                    changed = True


def _org_context(ctx: Ctx, k: int, e: int, before: str) -> bool:
    t = ctx.t
    if before in t.cue.org_context_before or (k > 1 and " ".join(t.words[k - 2 : k]) in t.cue.org_context_before):
        return True
    # a list neighbour that is an organisation
    if before in _LIST_SEP and k >= 2 and ctx.type_at(k - 2) == "Organization":
        return True
    if before == "dan" and k >= 2 and ctx.type_at(k - 2) == "Organization":
        return True
    if e < len(t.words) and t.words[e] in _LIST_SEP and e + 1 < len(t.words) and ctx.type_at(e + 1) == "Organization":
        return True
    return False
