"""The state's plan documents, typed Regulation: a plan named with its period ("RPJMN 2025–2029"), a named
formulary ("Formularium Nasional") and a plan head before its topic ("Strategi Nasional Penanggulangan Tuberkulosis").

Split from :mod:`.regulations` (numbered laws and agreements) to keep each module short.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.scan import run_forward
from graphbuild.extract.entities.tokens import is_acronym, is_cap

YEAR = re.compile(r"^(?:19|20)\d\d$")  # a year word (shared by the regulation rules)


def _is_year_word(w: str) -> bool:
    return len(w) == 4 and w.isdigit()


# plans named before whose region or body: "RPJMD NTB 2025–2029", "Renstra BPOM 2020–2024"
_PLAN_WORDS = frozenset({"RPJMD", "RPJMN", "RPJPD", "RPJPN", "RKPD", "RKP", "Renstra"})


def year_range_plans(ctx: Ctx) -> None:
    """"RPJMN 2025–2029", "Renstra 2020-2024": a plan named with its period; "RPJMD NTB 2025–2029", "RPJMD Sleman
    2025–2030": a region's plan, not the region."""
    t = ctx.t
    n = len(t.words)
    for k in [k - 1 for k in t.where_word(_is_year_word, str.isdigit) if k and k + 2 < n]:
        w = t.words[k]
        named = k > 0 and t.words[k - 1] in _PLAN_WORDS and is_cap(w) and ctx.owner[k - 1] < 0 and not t.masked[k - 1]
        if not (named or is_acronym(w) or (is_cap(w) and w.lower().startswith("renstra"))):
            continue
        a, dash, b = t.words[k + 1 : k + 4]
        if YEAR.match(a) and dash in ("-", "–", "—", "/") and YEAR.match(b):
            if ctx.owner[k] >= 0 and ctx.spans[ctx.owner[k]] != (k, k + 1):
                continue
            ctx.add(k - 1 if named else k, k + 4, "Regulation", "plan", "cue")  # "RPJMD NTB 2025–2029": the region's plan, not the region


_FORMULARY = frozenset({"Formularium"})


def formularies(ctx: Ctx) -> None:
    """"Formularium Fitofarmaka", "Formularium Nasional (Fornas)": a named list of medicines the state covers
    (as "Formularium Nasional" in the lexicon)."""
    t = ctx.t
    for k in t.where(_FORMULARY):
        if k + 1 >= len(t.words) or ctx.owner[k] >= 0 or t.masked[k] or not is_cap(t.words[k + 1]) or t.newline_before[k + 1]:
            continue
        e = k + 2
        while e < len(t.words) and e - k < 4 and is_cap(t.words[e]) and ctx.owner[e] < 0 and not t.newline_before[e]:
            e += 1  # "Formularium Obat Herbal Nasional"
        ctx.add(k, e, "Regulation", "policy", "cue")


# "Strategi Nasional …", "Rencana Aksi (Nasional) …", "Rencana Induk …", "Peta Jalan …", "Cetak Biru …": the state's plan
# documents, typed Regulation by the annotated stories (9 of 10, the tenth a joint action plan signed as an agreement)
_PLAN_HEADS = {"Strategi": ("Nasional",), "Rencana": ("Aksi", "Induk"), "Peta": ("Jalan",), "Cetak": ("Biru",)}
_PLAN_SCOPES = frozenset({"Nasional", "Daerah", "Bersama"})  # "Rencana Aksi Nasional …"
_PLAN_LINKS = frozenset({"dan", "untuk", "bagi", "&"})


def policy_plans(ctx: Ctx) -> None:
    """A plan head before at least two capitalised topic words, with the plan's period when it follows
    ("Peta Jalan Pengembangan Industri Fraksionasi Plasma 2025–2030"); a headline's title case is no topic
    ("Peta Jalan Fraksionasi Plasma Disepakati": the run stops at the verb)."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(frozenset(_PLAN_HEADS)):
        b = k + 2
        if b + 1 >= n or t.words[k + 1] not in _PLAN_HEADS[t.words[k]] or max(ctx.owner[k:b]) >= 0 or t.masked[k]:
            continue
        if t.words[b] in _PLAN_SCOPES and is_cap(t.words[b + 1]):
            b += 1
        if t.newline_before[b] or not is_cap(t.words[b]) or ctx.owner[b] >= 0:
            continue
        e = run_forward(ctx, b, comma_list=False, max_tokens=8, connectors=_PLAN_LINKS, digits=False, cue_start=k)
        if e - b < 2:
            continue
        if e + 2 < n and YEAR.match(t.words[e]) and t.words[e + 1] in ("-", "\u2013", "\u2014") and YEAR.match(t.words[e + 2]):
            e += 3  # "… 2025–2029": its period is part of its name
        ctx.add(k, e, "Regulation", "plan", "cue")
