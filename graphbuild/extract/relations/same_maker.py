"""Products told to come "from the same maker": "Dua produk lain dari produsen yang sama, yakni A dan B".

Why: a recall notice names the maker once ("produk tersebut diproduksi oleh PT X") and then lists
further products "dari produsen yang sama" / "from the same manufacturer" without naming it again;
they are that maker's products too. Runs after every other family, so the maker is known: the one
company a sentence before this one was found to make something.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import (
    co_makers,
    counted_sellers,
    deal_fields,
    distribution_arms,
    distributor_refs,
    licensor_products,
    made_at_site,
    more_products,
    name_brands,
    reliance,
)
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.contents import not_contents
from graphbuild.extract.relations.litsearch import literal_search

_SAME = re.compile(r"\b(?:dari|buatan|produksi|milik|oleh)\s+(?:produsen|pabrikan|perusahaan|industri\s+farmasi|pabrik)"
                   r"\s+yang\s+sama\b|\b(?:from|by|of)\s+the\s+same\s+(?:manufacturer|maker|producer|company|firm)\b", re.I)
watch(_SAME)
_same = literal_search(_SAME)  # tried only where its leading words start
_BACK = 20  # sentences searched back for the maker (the nearest one that names one is taken)


def find(ctx: Context) -> None:
    for v in ctx.where(_SAME, every=True):
        if _same(v.masked):
            _same_maker(ctx, v)
    name_brands.find(ctx)  # "Velora Dewy Glow Serum" of PT Velora Cantika Indonesia: a brand named after its maker
    distributor_refs.late(ctx)  # "Distributor produk tersebut, PT A": once every product has its maker
    distributor_refs.ranges(ctx)  # "Produk-produk X didistribusikan oleh PT A": what X makes
    distributor_refs.handed(ctx)  # "Pemasaran akan dilakukan melalui PT A": the story's approved product
    distribution_arms.find(ctx)  # "Distribusi vaksin dipegang PT A, anak usaha X": the products told so far
    counted_sellers.find(ctx)  # "X akan menyalurkan keempat produk tersebut": the four listed further up
    co_makers.find(ctx)  # "dikembangkan A bersama peneliti B": B too, whichever rule found A
    more_products.find(ctx)  # "Tiga produk lain, termasuk injeksi ondansetron P, …": the maker of those before
    made_at_site.find(ctx)  # "P diproduksi di X Plant": the plant's operator, once every plant has one
    deal_fields.find(ctx)  # "- Pemberi lisensi: A", "- Penerima lisensi: B", "- Produk: P": one deal's fields
    licensor_products.find(ctx)  # "A grants B rights to commercialise P and Q": the licensor's products
    reliance.find(ctx)  # "Diimpor dan dipasarkan oleh X" in a product's bullet; "persetujuan yang lebih dulu diberikan EMA"


def _same_maker(ctx: Context, v: View) -> None:
    products = not_contents(v, [m for m in v.mentions if m.type == "Product"])
    brands = [m for m in products if m.text[:1].isupper()] or products  # not "(parasetamol 100 mg/ml)" beside a brand
    if not brands:
        return
    made = ctx.has("DEVELOPS")
    for w in ctx.views[max(0, v.index - _BACK) : v.index][::-1]:
        if w.evidence is None:
            continue
        heads = {r.head for r in made if r.evidence == w.evidence}
        if len(heads) > 1:
            return  # two makers named before: which one is "the same" is not told
        if heads:
            maker = ctx.by_id[heads.pop()]
            for m in brands:
                ctx.emit("DEVELOPS", maker, m.ent, v, 0.6)
            return
