"""A company named in full, then without its last word: "PT Nusantara Biosains Medika" … "Nusantara Biosains",
"PT Sinar Obat Farma" … "PT Sinar Obat".

Why: ``coref`` drops only known tails (kind words, places, words of good omen) to find a company's short name; news
shortens "PT A B C" to "A B" whatever C is. The clipped form (two words at least, with and without "PT") becomes a
form of the company only when the full name came first in the text and no other organisation of the document shares
it or opens with it (a subsidiary "PT Kimia Farma Apotek" beside "PT Kimia Farma Tbk" keeps the two apart).
"""

from __future__ import annotations

from itertools import filterfalse

from graphbuild.extract.entities.context import Ctx

_FIRM = frozenset({"PT", "PT.", "CV"})
_DROP = _FIRM | {"Tbk", "Persero", "(", ")", ".", ","}  # what a name's core leaves out


def add_forms(ctx: Ctx, forms: dict[tuple[str, ...], set[int]]) -> None:
    """Add the clipped forms of each PT/CV company named with three words or more to ``forms``."""
    t = ctx.t
    cores: dict[int, tuple[str, ...]] = {}
    words, spans, drop = t.words, ctx.spans, _DROP.__contains__
    for m, x in enumerate(ctx.mentions):
        if x is not None and x.type == "Organization":
            a, b = spans[m]
            cores[m] = tuple(filterfalse(drop, words[a:b]))
    picked = [(m, core) for m, core in cores.items() if t.words[ctx.spans[m][0]] in _FIRM and len(core) >= 3
              and all(w[:1].isupper() and w.isalpha() for w in core)]
    if not picked:
        return
    # the distinct cores opening with each clipped form asked about (one pass, not one per company)
    sizes = {len(core) - 1 for _, core in picked}
    opening: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for c in cores.values():
        for k in sizes:
            if k <= len(c):
                opening.setdefault(c[:k], set()).add(c)
    for m, core in picked:
        short = core[:-1]
        if short in forms or len(opening[short]) > 1:
            continue  # another body is so named, or named with these words first
        forms[short].add(m)
        forms[(t.words[ctx.spans[m][0]], *short)].add(m)
