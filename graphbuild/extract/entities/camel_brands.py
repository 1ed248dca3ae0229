"""A coined camel-case brand after the lower-case description of its class: "serum anti bisa ular polivalen
VenoGuard", "imunoglobulin antitetanus TetaGlob", "sekretom sel punca mesenkimal MesenKure", "vaksin tetanus-difteri
Galenika, TdVax".

Why: the description can run longer than ``products._described`` reads (it stops after three words), and the class
word may be one no product cue lists (serum, imunoglobulin, sekretom). A word with a capital inside it ("Veno|Guard")
is coined, so after such a description it is the brand; an ordinary capitalised word there is not read.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx

_CLASS = frozenset({"produk", "obat", "vaksin", "serum", "antiserum", "imunoglobulin", "antibodi", "sekretom", "insulin",
                    "konsentrat", "biosimilar", "suplemen", "sediaan", "antitoksin", "vaccine", "drug", "antibody",
                    "immunoglobulin", "antivenom"})
_CAMEL = re.compile(r"^[A-Z][a-z]+[A-Z][a-z]{2,}(?:-[A-Z0-9]+)?$")  # "VenoGuard", "TdVax", "TyVac-C"
_STOPS = frozenset({"yang", "dari", "di", "ke", "oleh", "dan", "atau", "serta", "untuk", "pada", "dengan", "milik",
                    "produksi", "buatan", "and", "or", "the", "of", "by", "from", "for", "with", "ini", "itu", "tersebut"})
_REACH = 6


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for k in t.where(_CLASS, lower=True):
        j = k + 1
        while j < n and j - k <= _REACH and not t.newline_before[j]:
            w = t.words[j]
            if w[:1].islower() and w.replace("-", "").isalpha() and w not in _STOPS:
                j += 1
            elif w[:1].isupper() and j + 2 < n and t.words[j + 1] == "," and j > k + 1 and _CAMEL.match(t.words[j + 2]):
                j += 2  # "vaksin tetanus-difteri Galenika, TdVax": the maker's short name, then the brand
            else:
                break
        if j >= n or t.newline_before[j] or not _CAMEL.match(t.words[j]):
            continue
        if ctx.owner[j] >= 0 or t.masked[j] or ctx.lexicon.lookup(t.words[j]) is not None:
            continue
        if j + 1 < n and t.words[j + 1][:1].isupper() and not t.newline_before[j + 1]:
            continue  # a longer name goes on: left to the rules that read whole names
        ctx.add(j, j + 1, "Product", None, "cue")
