"""A substance's Greek-letter qualifier is part of its name: "darbepoetin alfa", "interferon beta", "Efepoetin alfa";
so is its salt or hydrate: "amoksisilin trihidrat", "sildenafil sitrat", "natrium diklofenak", "kalium klavulanat".

Why: international nonproprietary names of biologics end in a separate word ("alfa", "beta", "pegol") that
tells variants apart; a product mention that stops before it names another substance (and the gold
writes it whole).
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.types import Mention

_QUALIFIERS = frozenset({"alfa", "alpha", "beta", "gamma", "delta", "lambda", "pegol", "zeta", "omega"})
# Salts and hydrates written after the substance (raw-material lists, approvals): the annotated stories keep them in
# the name. Not "HCl"/"hidroklorida": those they write both ways ("efedrin HCl" is efedrin, "ambroksol HCl" not).
_SALTS_AFTER = frozenset({"trihidrat", "trihydrate", "dihidrat", "dihydrate", "monohidrat", "monohydrate", "sitrat",
                          "citrate", "maleat", "maleate", "besilat", "besylate", "fumarat", "fumarate", "bisulfat",
                          "bisulfate", "mesilat", "mesylate", "tartrat", "tartrate", "suksinat", "succinate", "natrium",
                          "sodium", "kalsium", "calcium"})
# Cations written before it, Indonesian style ("natrium diklofenak", "kalium klavulanat")
_SALTS_BEFORE = frozenset({"natrium", "kalium"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    for k in t.where(_QUALIFIERS):
        if k == 0 or t.newline_before[k] or ctx.owner[k] >= 0 or t.masked[k]:
            continue
        m = ctx.owner[k - 1]
        x = ctx.mentions[m] if m >= 0 else None
        if x is None or x.type != "Product" or ctx.spans[m][1] != k:
            continue
        i, _ = ctx.spans[m]
        ctx.add(i, k + 1, "Product", x.category, x.source)  # (the lexicon name, if any, named the bare substance)
    _salts(ctx)


def _salts(ctx: Ctx) -> None:
    """"amoksisilin trihidrat", "tenofovir disoproxil fumarate", "natrium diklofenak": a lower-case substance with
    its salt, one product."""
    t = ctx.t
    n = len(t.words)
    salted: dict[str, set[int]] = {}  # the bare substance -> its salted mentions
    for k in t.where(_SALTS_AFTER | _SALTS_BEFORE):
        if ctx.owner[k] >= 0 or t.masked[k]:
            continue
        w = t.words[k]
        if w in _SALTS_AFTER and k and not t.newline_before[k]:
            b = k - 2 if k >= 2 and t.words[k - 1] == "disoproxil" and ctx.owner[k - 1] < 0 else k - 1
            m = ctx.owner[b]
            x = ctx.mentions[m] if m >= 0 else None
            if x is not None and x.type == "Product" and ctx.spans[m][1] == b + 1 and x.text[:1].islower():
                _salted(salted, x, ctx.add(ctx.spans[m][0], k + 1, "Product", x.category, x.source))
                continue
        if w in _SALTS_BEFORE and k + 1 < n and not t.newline_before[k + 1]:
            m = ctx.owner[k + 1]
            x = ctx.mentions[m] if m >= 0 else None
            if x is not None and x.type == "Product" and ctx.spans[m][0] == k + 1 and x.text[:1].islower():
                _salted(salted, x, ctx.add(k, ctx.spans[m][1], "Product", x.category, x.source))
    # "… memproduksi amoksisilin trihidrat … registrasi BBO amoksisilin": the bare substance is the salt named before
    for base, ms in salted.items():
        if len({ctx.mentions[m].text.lower() for m in ms if ctx.mentions[m] is not None}) != 1:  # type: ignore[union-attr]
            continue  # two salts of one substance: the bare name is neither
        first = min(ms)
        for m, x in enumerate(ctx.mentions):
            if x is not None and x.type == "Product" and (x.canonical or x.text).lower() == base:
                ctx.link(first, m)


def _salted(salted: dict[str, set[int]], bare: Mention, idx: int) -> None:
    if idx >= 0:
        salted.setdefault((bare.canonical or bare.text).lower(), set()).add(idx)
