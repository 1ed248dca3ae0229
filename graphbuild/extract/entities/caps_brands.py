"""A brand written in capitals with its strength and dosage form: "EUA untuk TPOXX 200 mg kapsul (tecovirimat)",
"ZOLGEN 5 mg tablet". Capitals usually make an acronym of a body (left alone by :func:`.brands.strengths`), but
no body is written with a strength followed by a dosage form or a bracketed substance, so the word is the brand.
"""

from __future__ import annotations

from graphbuild.extract.entities.brands import NUMBER, UNITS
from graphbuild.extract.entities.context import Ctx

_FORMS = frozenset({"kapsul", "tablet", "kaplet", "sirup", "injeksi", "vial", "ampul", "krim", "salep", "capsules", "capsule",
                    "tablets", "injection", "syrup", "cream", "ointment", "sachet", "drops"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for k in t.where(UNITS, lower=True):
        num, s = k - 1, k - 2
        if s < 0 or not NUMBER.match(t.words[num]) or t.newline_before[num] or t.newline_before[k]:
            continue
        w = t.words[s]
        if not (w.isupper() and w.isalpha() and len(w) >= 4) or ctx.owner[s] >= 0 or t.masked[s] or t.newline_before[num]:
            continue  # (four letters at least: "IU", "ASI" and the like are no brands)
        after = k + 1
        if after < n and not t.newline_before[after] and (t.lower[after] in _FORMS or t.words[after] == "("):
            ctx.add(s, k + 1, "Product", None, "cue")
