"""The story's company as one side of a pair: "the Company and Hokusei Foods Co., Ltd. signed …", "Perseroan dan
Rheinberg Pharma GmbH menandatangani …".

Why: a legal form ("Co., Ltd.", "GmbH") makes the organisation rules read back over capitalised words, and the
capitalised short reference "Company" / "Perseroan" before "and/dan" is taken into the partner's name. The short
reference is the story's own company (coreference links it), so the partner's name starts after the conjunction.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

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
