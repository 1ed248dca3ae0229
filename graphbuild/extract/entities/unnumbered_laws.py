"""Regulations named without "Nomor … Tahun …": ISO standards ("ISO 22716", "ISO/IEC 17025", "ISO 9001:2015"), a
regulation cited by its own code ("POJK No. 15/POJK.04/2020"), an act named by its topic ("Undang-Undang Perlindungan
Konsumen", "UU Cipta Kerja") and a regulation named by its issuer and topic ("Peraturan BPOM tentang Tata Laksana
Reliance dalam Registrasi Obat"). Split from :mod:`.regulations`, which reads the numbered ones first.
"""

from __future__ import annotations

import re
from operator import methodcaller

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.plans import YEAR
from graphbuild.extract.entities.scan import run_forward
from graphbuild.extract.entities.tokens import is_cap

_ISO = frozenset({"ISO", "ISO/IEC", "ISO/TS", "IEC"})
_ISO_NUMBER = re.compile(r"^\d{3,5}(?:-\d{1,2})?$")
# "15/POJK.04/2020", "7/PERMEN/2024": a number, the code's own letters, a year
_CODE_NUMBER = re.compile(r"^\d{1,4}/[A-Z][\w.-]*/(?:19|20)\d\d$")
_NUMBER_WORDS = frozenset({"No", "Nomor", "Number", "No."})
_ACTS = frozenset({"Undang-Undang", "UU"})
_ISSUED = ("Peraturan", "Keputusan")  # "Peraturan BPOM tentang …", "Keputusan Kepala BPOM tentang …"
_ABOUT = frozenset({"tentang", "mengenai"})
_TOPIC_LINKS = frozenset({"dan", "dalam", "untuk", "bagi", "serta", "di", "pada", "atas"})


def find(ctx: Ctx) -> None:
    _iso(ctx)
    _coded(ctx)
    _acts(ctx)
    _issued_on(ctx)


def _iso(ctx: Ctx) -> None:
    """"ISO 22716", "ISO/IEC 17025", "ISO 9001:2015" (the edition's year kept): a standard by its number."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(_ISO):
        if k + 1 >= n or not _ISO_NUMBER.match(t.words[k + 1]) or ctx.owner[k] >= 0 or ctx.owner[k + 1] >= 0 or t.masked[k]:
            continue
        e = k + 2
        if e + 1 < n and t.words[e] == ":" and YEAR.match(t.words[e + 1]):
            e += 2
        ctx.add(k, e, "Regulation", "standard", "cue")


def _coded(ctx: Ctx) -> None:
    """"POJK No. 15/POJK.04/2020": an acronym, its number word and a number that repeats the acronym."""
    t = ctx.t
    for k in t.where_word(lambda w: _CODE_NUMBER.match(w) is not None, methodcaller("__contains__", "/")):
        s = k - 1
        if s > 0 and t.words[s] == ".":
            s -= 1
        if s < 1 or t.words[s] not in _NUMBER_WORDS:
            continue
        head = s - 1
        code = t.words[k].split("/")[1].split(".")[0]
        if t.words[head] != code or ctx.owner[head] >= 0 or t.masked[head] or ctx.owner[k] >= 0:
            continue
        ctx.add(head, k + 1, "Regulation", "law", "cue")


def _acts(ctx: Ctx) -> None:
    """"Undang-Undang Perlindungan Konsumen", "UU Cipta Kerja": an act named by one to three topic words."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(_ACTS):
        if k + 1 >= n or ctx.owner[k] >= 0 or ctx.owner[k + 1] >= 0 or t.masked[k] or t.newline_before[k + 1]:
            continue
        if t.words[k + 1] in _NUMBER_WORDS or not is_cap(t.words[k + 1]) or t.cue.verb_like(t.words[k + 1]):
            continue
        e = k + 1
        while e < n and e - k <= 3 and is_cap(t.words[e]) and ctx.owner[e] < 0 and not t.newline_before[e] \
                and t.words[e] not in _NUMBER_WORDS and not t.cue.verb_like(t.words[e]):
            e += 1
        if e < n and t.words[e] in _NUMBER_WORDS:
            continue  # "UU Kesehatan Nomor …": the numbered rule's
        ctx.add(k, e, "Regulation", "law", "cue")


def _issued_on(ctx: Ctx) -> None:
    """"Peraturan BPOM tentang Tata Laksana Reliance dalam Registrasi Obat": an issuer's regulation by its topic."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(frozenset(_ISSUED)):
        if ctx.owner[k] >= 0 or t.masked[k] or k + 3 >= n:
            continue
        a = next((x for x in range(k + 1, min(n - 1, k + 6)) if t.words[x] in _ABOUT), -1)
        if a < 0 or not is_cap(t.words[a + 1]) or t.newline_before[a + 1] or ctx.owner[a + 1] >= 0:
            continue
        issuer = [ctx.owner[x] for x in range(k + 1, a)]
        if not issuer or min(issuer) < 0 or any(ctx.type_at(x) != "Organization" for x in range(k + 1, a)):
            continue  # the words between name the issuing body, and only it
        e = run_forward(ctx, a + 1, comma_list=False, max_tokens=10, connectors=_TOPIC_LINKS, digits=False)
        ctx.add(k, e, "Regulation", "law", "cue")
