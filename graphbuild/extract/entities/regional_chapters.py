"""A regional chapter of a national association or society, named by its short name and region: "PMI Provinsi
Jawa Barat" (the level of the region written out), and a chapter's unit before it: "UDD PMI Kota Bandung".

Why: the lexicon reads the national body ("PMI") and the place ("Kota Bandung") apart, but the chapter is a body
of its own (its head holds a post there, it is certified or visited), and the region is part of its name, no
place the text speaks of. Only associations and other non-state bodies form chapters this way: a regulator or
firm before a place is that body acting there ("BPOM Jawa Barat" is left to the office rules). Without the level
word or the unit ("PD IAI Riau", "GP Jamu Jawa Timur") the corpus reads body and place apart.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

_LEVELS = frozenset({"Provinsi", "Kota", "Kabupaten"})
_UNITS = frozenset({"UDD", "UTD"})  # a chapter's service unit before it (blood donor and transfusion units)
_KINDS = frozenset({"association", "other"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for m in range(len(ctx.mentions)):
        x = ctx.mentions[m]
        if x is None or x.type != "Organization" or x.source != "lexicon" or x.category not in _KINDS:
            continue
        a, b = ctx.spans[m]
        if b - a > 2 or not t.words[a].isupper() or b >= n or t.newline_before[b]:
            continue  # the short name only: "Palang Merah Indonesia Jawa Barat" is not how chapters are written
        p = b + 1 if t.words[b] in _LEVELS else b
        loc = ctx.owner[p] if p < n else -1
        if loc < 0 or ctx.type_at(p) != "Location" or ctx.spans[loc][0] not in (b, p) or t.newline_before[p]:
            continue
        p, e = ctx.spans[loc]
        y = ctx.mentions[loc]
        s = a - 1 if a > 0 and t.words[a - 1] in _UNITS and ctx.owner[a - 1] < 0 and not t.newline_before[a] else a
        if s == a and t.words[p] not in _LEVELS:
            continue  # "PD IAI Riau", "GP Jamu Jawa Timur": the board of the body in a region, read as body and place
        ctx.drop(loc)
        ctx.drop(m)
        if ctx.add(s, e, "Organization", x.category, "cue") < 0 and y is not None:  # (a masked token): both stay
            ctx.add(a, b, x.type, x.category, x.source, x.canonical)
            ctx.add(p, e, y.type, y.category, y.source, y.canonical)
