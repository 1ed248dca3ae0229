"""DEVELOPS of "more products" counted after a maker's first ones: "Tiga produk lain, termasuk injeksi X P, …".

Why: a story counts a company's products in one sentence ("empat produk perseroan telah mengantongi
persetujuan SFDA, di antaranya injeksi seftriakson A") and the rest in the next, naming no maker: "Tiga produk
lain, termasuk injeksi ondansetron P, masih dievaluasi", "Dua produk lainnya, yakni B dan C, …", "Two other
products, including D, …". They are the same maker's. Run late (from ``same_maker``), when whichever rule found
the first products' maker has run: the one company found making something in the two sentences before.
The brand is taken, not the substance that describes it ("injeksi ondansetron P": P).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.contents import not_contents
from graphbuild.extract.relations.cues import in_brackets
from graphbuild.extract.relations.litsearch import literal_search

# the count of more products opens the sentence, then a connective and a few kind words before the first product
CUE = re.compile(r"^[\s\"\u201c(]*(?:(?:satu|sebuah|dua|tiga|empat|lima|beberapa|sejumlah)\s+produk\s+lain(?:nya)?"
                 r"|(?:one|another|two|three|four|several)\s+(?:other\s+|more\s+)?products?)"
                 r"\s*,\s*(?:(?:termasuk|antara\s+lain|di\s+antaranya|seperti|yakni|yaitu|including|such\s+as|namely)\s+)?"
                 r"(?:[a-z][\w-]*\s+){0,3}$", re.I)
_OPENS = re.compile(r"^[\s\"\u201c(]*(?:satu|sebuah|dua|tiga|empat|lima|beberapa|sejumlah|one|another|two|three|four|several)\s", re.I)
watch(CUE, _OPENS)
_opens = literal_search(_OPENS)


def find(ctx: Context) -> None:
    for v in ctx.where(_OPENS, every=True):
        if v.index and _opens(v.masked):
            _more(ctx, v)


def _more(ctx: Context, v: View) -> None:
    ps = not_contents(v, [m for m in v.mentions if m.type == "Product"])
    first = next((m for m in v.mentions if m.type == "Product"), None)
    if first is None or not ps or not CUE.match(v.masked[: first.start]) or any(m.type == "Organization" for m in v.before(first.start)):
        return
    brands = [m for m in ps if m.text[:1].isupper() and not in_brackets(v.text, m.start)]
    if not brands:
        return
    said = {w.evidence for w in ctx.views[max(0, v.index - 2) : v.index] if w.evidence is not None}
    heads = {r.head for r in ctx.has("DEVELOPS") if r.evidence in said}
    if len(heads) != 1:
        return  # no maker, or two: whose more products these are is not told
    maker = ctx.by_id[heads.pop()]
    for m in brands:
        ctx.emit("DEVELOPS", maker, m.ent, v, 0.6)
