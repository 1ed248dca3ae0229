"""Facilities: named sites ("Kalbe Business Innovation Center", "Pabrik Cikarang")."""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.scan import nameish, proper_tokens, run_backward, run_forward
from graphbuild.extract.entities.tokens import is_cap

# Industrial estates are areas (Location), named with an Indonesian prefix or an English head.
_ESTATE_PREFIX = (("Kawasan", "Industri"), ("Kawasan", "Ekonomi", "Khusus"), ("Kawasan", "Berikat"))
_ESTATE_HEAD = frozenset({"City", "Estate", "Park"})


def _estates(ctx: Ctx) -> None:
    """"Kawasan Industri Wijayakusuma"; "Kawasan Industri Karawang International Industrial City" names
    the estate by its own English name, so the Indonesian description is dropped."""
    t = ctx.t
    for k in t.starts_of(_ESTATE_PREFIX):
        L = t.match_phrase(k, _ESTATE_PREFIX)
        s = k + L
        if not L or s >= len(t) or t.masked[k] or ctx.owner[k] >= 0 or t.newline_before[s] or not nameish(ctx, s):
            continue
        if k and t.words[k - 1] in ("PT", "PT."):
            continue  # "PT Kawasan Industri Kendal" is the estate's operating company
        e = run_forward(ctx, s, comma_list=False, max_tokens=6, cue_start=k)
        if e <= s or proper_tokens(ctx, s, e) < 1:
            continue
        start = s if e - s >= 3 and t.words[e - 1] in _ESTATE_HEAD else k
        ctx.add(start, e, "Location", "area", "cue")


def find(ctx: Ctx) -> None:
    _estates(ctx)
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
