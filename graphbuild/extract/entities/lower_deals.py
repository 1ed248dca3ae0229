"""A memorandum written in lower case before its capitalised topic: "menandatangani nota kesepahaman (MoU) tentang
Pengembangan dan Uji Klinik Fitofarmaka Berbasis Sambiloto", "Nota kesepahaman (MoU) tentang Pengembangan …
ditandatangani oleh …". The topic after "tentang/mengenai" is the name (as with "Nota Kesepahaman tentang X",
read in :mod:`.regulations`); the short form in brackets is set aside. Named as "Nota Kesepahaman tentang X".
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.regulations import _agreement_end as agreement_end
from graphbuild.extract.entities.tokens import is_cap

_NOTA = frozenset({"nota"})
_ABOUT = frozenset({"tentang", "mengenai"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for k in t.where(_NOTA, lower=True):
        if k + 3 >= n or t.lower[k + 1] != "kesepahaman" or t.words[k + 1] == "Kesepahaman" or ctx.owner[k] >= 0:
            continue  # "Nota Kesepahaman …" in capitals is read with the other agreement names
        s = k + 2
        close = next((x for x in range(s + 1, min(n, s + 10)) if t.words[x] == ")"), -1) if t.words[s] == "(" else -1
        about = close + 1 if close > 0 else s
        if about + 1 >= n or t.lower[about] not in _ABOUT or not is_cap(t.words[about + 1]) or t.newline_before[about + 1]:
            continue
        e = agreement_end(ctx, about + 1, k)
        if e > about + 1:
            ctx.add(k, e, "Agreement", None, "cue", canonical=f"Nota Kesepahaman {t.lower[about]} {t.span_text(about + 1, e)}")
