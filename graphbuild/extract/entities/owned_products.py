"""A product named in apposition to "its product": "Produk pertamanya, Gamaheal Gel, yakni …",
"salah satu produknya, Sekar Arum Asam Urat, mengandung …", "produk barunya, Nirmala Teh Daun Kelor, yang …",
"Produk lain milik perusahaan, X, saat ini …".

Why: Indonesian news introduces a company's product by a possessed "produk" phrase and then the name between
commas. Nothing else marks the name (no dosage form, no "merek"), so without this reading it is missed or, after
"milik perusahaan", taken for the company. Only a possessed phrase counts (a "-nya" word, "milik", "kami"), the
name is one to five capitalised words closed by a comma or a bracket, and it is read only where no other rule
found anything in it.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_cap

_HEADS = frozenset({"produk", "produknya"})
_OWNED = frozenset({"milik", "kami", "kita"})
_CLOSE = frozenset({",", "("})
_FIRM_FORMS = frozenset({"PT", "CV", "UD", "Tbk", "Koperasi"})  # "Untuk memasarkan produknya, PT X, …": the firm


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for k in t.where(_HEADS, lower=True):
        c = k + 1
        while c < n and c - k <= 3 and t.words[c].isalpha() and t.words[c].islower() and not t.newline_before[c]:
            c += 1
        if c >= n - 2 or t.words[c] != "," or t.newline_before[c + 1]:
            continue
        phrase = [t.lower[i] for i in range(k, c)]
        if not any(w.endswith("nya") or w in _OWNED for w in phrase):
            continue
        j = c + 1
        e = j
        while e < n and e - j < 5 and is_cap(t.words[e]) and not t.newline_before[e] and t.words[e] not in t.cue.dates:
            e += 1
        if e == j or e >= n or t.words[e] not in _CLOSE or t.words[j].rstrip(".") in _FIRM_FORMS \
                or any(t.words[i] in t.cue.institutional for i in range(j, e)):
            continue
        o = ctx.owner[j]
        if o >= 0 and ctx.type_at(j) == "Organization" and ctx.spans[o] == (j, e) and "milik" in phrase:
            ctx.drop(o)  # "Produk lain milik perusahaan, X,": the product, not the company
        if ctx.free(j, e):
            ctx.add(j, e, "Product", None, "cue")
