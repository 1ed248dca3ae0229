"""Facilities: named sites ("Kalbe Business Innovation Center", "Pabrik Cikarang")."""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.scan import nameish, proper_tokens, run_backward, run_forward
from graphbuild.extract.entities.tokens import is_cap


def find(ctx: Ctx) -> None:
    t = ctx.t
    c = t.cue
    n = len(t)
    for j in t.where(c.facility_suffix):
        w = t.words[j]
        if j and is_cap(w) and ctx.owner[j] < 0 and not t.masked[j]:
            i = run_backward(ctx, j)
            if i < j and proper_tokens(ctx, i, j) >= 1:
                ctx.add(i, j + 1, "Facility", None, "cue")
    for k in t.where(c.facility_prefix):
        if k >= n - 1:
            break
        if ctx.owner[k] < 0 and not t.masked[k] and nameish(ctx, k + 1):
            if t.newline_before[k + 1]:
                continue
            e = run_forward(ctx, k + 1, comma_list=False, max_tokens=6, cue_start=k)
            # the name must be proper ("Pabrik Cikarang"), not a description ("Fasilitas Produksi Obat")
            if proper_tokens(ctx, k + 1, e) >= 1 and ctx.owner[k + 1] < 0:
                ctx.add(k, e, "Facility", None, "cue")
