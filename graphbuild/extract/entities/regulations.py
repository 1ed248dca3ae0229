"""Regulations (numbered laws, plans with year ranges) and named agreements."""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.scan import run_backward, run_forward
from graphbuild.extract.entities.tokens import is_acronym, is_cap

_YEAR = re.compile(r"^(19|20)\d\d$")
_NUMBER_WORDS = frozenset({"Nomor", "No", "Nomer", "No."})
_LAW = ("Undang", "UU", "Peraturan", "Perpres", "Permenkes", "Perban", "PP")
_AGREEMENT_CONNECTORS = frozenset({"and", "of", "for", "the", "on", "&", "dan", "tentang"})


def find(ctx: Ctx) -> None:
    _year_range_plans(ctx)
    _numbered(ctx)
    _agreements(ctx)


def _year_range_plans(ctx: Ctx) -> None:
    """"RPJMN 2025–2029", "Renstra 2020-2024": a plan named with its period."""
    t = ctx.t
    n = len(t)
    for k in range(n - 3):
        w = t.words[k]
        if not (is_acronym(w) or (is_cap(w) and w.lower().startswith("renstra"))):
            continue
        a, dash, b = t.words[k + 1 : k + 4]
        if _YEAR.match(a) and dash in ("-", "–", "—", "/") and _YEAR.match(b):
            if ctx.owner[k] >= 0 and ctx.spans[ctx.owner[k]] != (k, k + 1):
                continue
            ctx.add(k, k + 4, "Regulation", "plan", "cue")


def _numbered(ctx: Ctx) -> None:
    """"Peraturan BPOM Nomor 7 Tahun 2024", "Undang-Undang Nomor 17 Tahun 2023"."""
    t = ctx.t
    n = len(t)
    c = t.cue
    for k in range(n):
        if not t.words[k][0].isupper():
            continue
        L = t.match_phrase(k, c.regulation_prefix)
        if not L:
            continue
        e = k + L
        while e < n and e - k < 12 and t.words[e] not in _NUMBER_WORDS and (is_cap(t.words[e]) or t.words[e] == "dan"):
            e += 1
        if e >= n or t.words[e] not in _NUMBER_WORDS:
            continue
        e += 1
        if e < n and t.words[e] == ".":
            e += 1
        if e >= n or not t.words[e][0].isdigit():
            continue
        e += 1
        if e + 1 < n and t.words[e] == "Tahun" and _YEAR.match(t.words[e + 1]):
            e += 2
        cat = "law" if t.words[k].startswith(_LAW) else "policy"
        ctx.add(k, e, "Regulation", cat, "cue")


def _agreements(ctx: Ctx) -> None:
    t = ctx.t
    c = t.cue
    n = len(t)
    for j in range(1, n):
        if t.words[j] in c.agreement_suffix and is_cap(t.words[j]) and ctx.owner[j] < 0 and not t.masked[j]:
            i = run_backward(ctx, j)
            if i < j:
                ctx.add(i, j + 1, "Agreement", None, "cue")
    for k in range(n - 1):
        if not t.words[k][0].isupper():
            continue
        L = t.match_phrase(k, c.agreement_prefix)
        if L and k + L < n and is_cap(t.words[k + L]) and not t.newline_before[k + L] and ctx.owner[k] < 0:
            e = run_forward(ctx, k + L, comma_list=False, connectors=_AGREEMENT_CONNECTORS, max_tokens=10)
            ctx.add(k, e, "Agreement", None, "cue")
