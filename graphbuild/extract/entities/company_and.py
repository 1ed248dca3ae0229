"""The story's company as one side of a pair: "the Company and Hokusei Foods Co., Ltd. signed …", "Perseroan dan
Rheinberg Pharma GmbH menandatangani …".

Why: a legal form ("Co., Ltd.", "GmbH") makes the organisation rules read back over capitalised words, and the
capitalised short reference "Company" / "Perseroan" before "and/dan" is taken into the partner's name. The short
reference is the story's own company (coreference links it), so the partner's name starts after the conjunction.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.org_suffixes import LEGAL_TAIL

_SELF = frozenset({"Company", "Perseroan", "Perusahaan", "Group", "Grup", "Issuer", "Emiten"})
_AND = frozenset({"and", "dan", "&", "serta", "with", "dengan", "bersama"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    words = t.words
    for k in t.where(_SELF):
        m = ctx.owner[k]
        if m < 0 or k + 2 >= len(words) or words[k + 1] not in _AND or ctx.owner[k + 1] != m:
            continue
        a, b = ctx.spans[m]
        x = ctx.mentions[m]
        if a != k or x is None or x.type != "Organization" or x.source == "lexicon" or b - (k + 2) < 1:
            continue
        if k > 0 and words[k - 1] not in ("the", "The") and not (t.newline_before[k] or k == 0 or words[k - 1] in ".,;("):
            continue
        ctx.drop(m)
        if ctx.add(k + 2, b, "Organization", x.category, x.source) < 0:
            ctx.mentions[m] = x  # the partner's name could not be taken alone: leave the run as it was
            ctx.owner[a:b] = [m] * (b - a)


def pt_and_foreign(ctx: Ctx) -> None:
    """"PT Nusamedika Alkes Prima dan Kessler Medizintechnik AG": an Indonesian company and a foreign one (its legal
    form after it) read as one name across "dan"; split them at the conjunction (the foreign name takes its form)."""
    t = ctx.t
    words = t.words
    n = len(words)
    for k in t.where(frozenset({"dan", "and", "&"})):
        m = ctx.owner[k]
        if m < 0:
            continue
        a, b = ctx.spans[m]
        x = ctx.mentions[m]
        if x is None or x.type != "Organization" or x.source == "lexicon" or words[a] != "PT" or k - a < 3 or b - k < 2:
            continue
        if any(w in _AND for w in words[a:k]) or any(w in _AND for w in words[k + 1 : b]) or not words[k + 1][:1].isupper():
            continue
        e = b
        while e < n and (words[e] in LEGAL_TAIL or (words[e] in (".", ",") and e + 1 < n and words[e + 1] in LEGAL_TAIL)) \
                and (ctx.owner[e] < 0 or ctx.owner[e] == m):
            e += 1
        if not any(w in LEGAL_TAIL for w in words[k + 1 : e]):
            continue
        ctx.drop(m)
        if ctx.add(a, k, "Organization", "company", x.source) < 0:
            ctx.mentions[m] = x
            ctx.owner[a:b] = [m] * (b - a)
            continue
        ctx.add(k + 1, e, "Organization", "company", x.source)
