"""A company named in full, then without its last word: "PT Nusantara Biosains Medika" … "Nusantara Biosains",
"PT Sinar Obat Farma" … "PT Sinar Obat".

Why: ``coref`` drops only known tails (kind words, places, words of good omen) to find a company's short name; news
shortens "PT A B C" to "A B" whatever C is. The clipped form (two words at least, with and without "PT") becomes a
form of the company only when the full name came first in the text and no other organisation of the document shares
it or opens with it (a subsidiary "PT Kimia Farma Apotek" beside "PT Kimia Farma Tbk" keeps the two apart).
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

_FIRM = frozenset({"PT", "PT.", "CV"})
_SKIP = frozenset({"Tbk", "Persero", "(", ")", ".", ","})


def add_forms(ctx: Ctx, forms: dict[tuple[str, ...], set[int]]) -> None:
    """Add the clipped forms of each PT/CV company named with three words or more to ``forms``."""
    t = ctx.t
    cores: dict[int, tuple[str, ...]] = {}
    for m, x in enumerate(ctx.mentions):
        if x is not None and x.type == "Organization":
            a, b = ctx.spans[m]
            cores[m] = tuple(w for w in t.words[a:b] if w not in _SKIP and w not in _FIRM)
    for m, core in cores.items():
        a, _ = ctx.spans[m]
        if t.words[a] not in _FIRM or len(core) < 3 or not all(w[:1].isupper() and w.isalpha() for w in core):
            continue
        short = core[:-1]
        if short in forms or any(o != m and c[: len(short)] == short and c != core for o, c in cores.items()):
            continue  # another body is so named, or named with these words first
        forms[short].add(m)
        forms[(t.words[a], *short)].add(m)
