"""A local office glossed by its short name before its region: "Dinas Pendidikan (Disdik) Kota Tasikmalaya",
"Pemerintah Kabupaten (Pemkab) Lombok Tengah", "Dinas Penanaman Modal dan PTSP (DPMPTSP) Provinsi Jawa Tengah".

Why: the bracket ends the lexicon's and the cue rules' reading of the name, so the office came out bare ("Dinas
Pendidikan") beside a place; but the region is part of the office's name (the Dinas of that city, the government of
that regency), and the bare office is no body the text speaks of. Only office heads of local government take it:
"BPOM (Badan POM) Jawa Barat" is a body acting in a place.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx

_LEVELS = frozenset({"Provinsi", "Kota", "Kabupaten"})
_OFFICES = frozenset({"Dinas", "Badan", "Kantor", "Inspektorat", "Sekretariat", "Satuan", "Bagian"})  # a local office's head word
# the short forms every region's government or health office takes: no one office ("Pemkab Bantul" is another one)
_GENERIC = frozenset({"Pemkab", "Pemkot", "Pemprov", "Pemda", "Dinkes", "Diskes"})
_HEALTH = frozenset({"Dinkes", "Diskes"})
_SHORT = re.compile(r"[A-Z][A-Za-z]{1,11}")  # "Disdik", "DPMPTSP", "Pemkab"


def find(ctx: Ctx) -> None:
    t = ctx.t
    w = t.words
    n = len(w)
    for k in range(2, n - 3):
        if w[k] != "(" or w[k + 2] != ")" or not _SHORT.fullmatch(w[k + 1]) or t.newline_before[k + 3]:
            continue
        if w[k + 1] in _HEALTH:
            continue  # "Dinas Kesehatan (Dinkes) Kota Makassar": read with "Dinkes Kota X" in :mod:`.organizations`
        p = k + 3
        loc = ctx.owner[p + 1] if w[p] in _LEVELS and p + 1 < n else ctx.owner[p]
        if loc < 0 or ctx.mentions[loc] is None or ctx.mentions[loc].type != "Location":  # type: ignore[union-attr]
            continue
        q, e = ctx.spans[loc]
        if q not in (p, p + 1):
            continue
        if w[k - 2] == "Pemerintah" and w[k - 1] in _LEVELS:  # "Pemerintah Kabupaten (Pemkab) Lombok Tengah"
            a, m = k - 2, ctx.owner[k - 1]
            if m >= 0 and ctx.spans[m][0] < a:
                continue
            name = f"Pemerintah {w[k - 1]} {t.span_text(q, e).removeprefix(w[k - 1] + ' ')}"
        else:  # "Dinas Pendidikan (Disdik) Kota Tasikmalaya": the office's own name, then the level of its region
            m = ctx.owner[k - 1]
            x = ctx.mentions[m] if m >= 0 else None
            if x is None or x.type != "Organization" or ctx.spans[m][1] != k or w[p] not in _LEVELS:
                continue
            a = ctx.spans[m][0]
            if w[a] not in _OFFICES:
                continue
            name = f"{t.span_text(a, k)} {t.span_text(p, e)}"
        kept = [(ctx.spans[i], ctx.mentions[i]) for i in (m, loc) if i >= 0]
        for i in (m, loc):
            if i >= 0:
                ctx.drop(i)
        if ctx.add(a, e, "Organization", "government", "cue", name) < 0:  # (a masked token): both stay
            for (i, j), y in kept:
                ctx.add(i, j, y.type, y.category, y.source, y.canonical)  # type: ignore[union-attr]
        elif w[k + 1] not in _GENERIC and _one_region(w, k + 1, p, e):
            ctx.defined[w[k + 1]] = ("Organization", "government", name)  # "Kepala Disdik Kota Tasikmalaya"
        else:
            ctx.defined.pop(w[k + 1], None)  # ("Pemkab", "DPMD Kabupaten Banjar" beside it: other offices)
            if w[k + 1] not in _GENERIC:
                _other_regions(ctx, w[k + 1])


def _other_regions(ctx: Ctx, short: str) -> None:
    """"DPMD Kabupaten Banjar" after "Dinas … (DPMD) Provinsi Kalimantan Selatan": the short form before another
    region is that region's office."""
    w = ctx.t.words
    for j, x in enumerate(w[:-2]):
        loc = ctx.owner[j + 2] if x == short and w[j + 1] in _LEVELS else -1
        if loc < 0 or ctx.mentions[loc] is None or ctx.mentions[loc].type != "Location" or (  # type: ignore[union-attr]
                ctx.spans[loc][0] not in (j + 1, j + 2)):
            continue
        own = ctx.owner[j]  # (the short form read alone, as the acronym it was defined as)
        if (own >= 0 and ctx.spans[own] != (j, j + 1)) or ctx.owner[j + 1] not in (-1, loc):
            continue
        kept = [(ctx.spans[i], ctx.mentions[i]) for i in (own, loc) if i >= 0]
        for i in (own, loc):
            if i >= 0:
                ctx.drop(i)
        if ctx.add(j, ctx.spans[loc][1], "Organization", "government", "cue") < 0:
            for (a, b), y in kept:
                ctx.add(a, b, y.type, y.category, y.source, y.canonical)  # type: ignore[union-attr]


def _one_region(w: list[str], s: int, p: int, e: int) -> bool:
    """Whether the short form at ``s`` names one office in the text: never written with another region ("DPMD
    Provinsi Kalimantan Selatan", then "DPMD Kabupaten Banjar": two offices)."""
    region = w[p:e]
    return all(w[j + 1 : j + 1 + len(region)] == region for j, x in enumerate(w[:-1]) if x == w[s] and j != s and w[j + 1] in _LEVELS)
