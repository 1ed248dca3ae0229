"""Lexicon matches as mentions: the most reliable source, so it runs first."""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    c = t.cue
    for h in ctx.lexicon.match(t.text):
        i = t.index_at(h.start)
        j = t.index_at(h.end)
        if i >= len(t) or t.starts[i] != h.start or t.ends[j - 1] != h.end:
            continue  # the hit does not sit on token boundaries
        e = h.entry
        if j - i >= 3 and t.words[i] in c.role_words and t.words[i + 1] in _ROMAN:
            # "Deputi I BPOM" is a title followed by its organisation, not a unit name
            rest = ctx.lexicon.lookup(t.span_text(i + 2, j))
            if rest is not None:
                ctx.add(i + 2, j, rest.type, rest.category, "lexicon", canonical=rest.name)
            continue
        if e.type == "Location" and j - i == 1 and t.words[i] in c.generic:
            continue
        category = e.category
        if e.type == "Location" and j < len(t) and t.words[j] in c.compass and not t.newline_before[j]:
            j += 1  # "Jakarta Timur": a district of a known city
            category = "district"
            ctx.add(i, j, "Location", category, "lexicon")
            continue
        ctx.add(i, j, e.type, category, "lexicon", canonical=e.name)
