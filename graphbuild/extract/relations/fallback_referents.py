"""The company, product or site a fallback sentence speaks of without naming it, for :mod:`.fallback`.

"Perseroan juga mendistribusikan …" (the release's company, or the one the story names most), "Produk tersebut akan
dipasarkan oleh X" (the brand named last; "ketiga produk tersebut": the three), "Fasilitas seluas 4,5 hektare itu
telah mengantongi sertifikat CPOB" (the company whose site it is). A fallback side the sentence names nothing for is
filled by :func:`referent`; ``groups`` asks it too. Split out of ``fallback`` to keep it short.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphbuild.extract.relations import cues
from graphbuild.extract.relations import fallback_sides as side
from graphbuild.extract.relations.cert_referents import PLANT as _PLANT
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.discourse import defined_firm, leading_firm
from graphbuild.extract.relations.litsearch import literal_search
from graphbuild.extract.relations.operators import subject_before
from graphbuild.extract.relations.referents import how_many
from graphbuild.extract.relations.site_antecedents import site_owner
from graphbuild.types import Entity

Pred = Callable[[Entity], bool]

# "Perseroan juga mendistribusikan …", "the company markets …": the company the text speaks of
COMPANY_ANAPHOR = re.compile(r"\b(?:perseroan|emiten|perusahaan\s+(?:ini|tersebut|itu)|the\s+company|pihaknya)\b", re.I)
# "Produk tersebut akan dipasarkan oleh X", "the drug": the product named last
PRODUCT_ANAPHOR = re.compile(r"\b(?:produk|obat|vaksin|suplemen|sirup|tablet|kapsul|krim|salep|jamu|kosmetik|serum|biosimilar"
                             # not "lini sirup milik perusahaan tersebut": the company is the one referred to
                             r"|the\s+(?:product|drug|vaccine))(?:\s+(?!(?:milik|perusahaan|perseroan|produksi|buatan)\b)\w+){0,2}?"
                             r"\s+(?:tersebut|itu|ini)\b|\bthe\s+(?:product|drug|vaccine)\b", re.I)
_SITE_ANAPHOR = cues.SITE_ANAPHOR  # "Fasilitas seluas 4,5 hektare itu telah mengantongi sertifikat CPOB": the company's site
watch(COMPANY_ANAPHOR)
watch(PRODUCT_ANAPHOR)
watch(_SITE_ANAPHOR)
# their searches tried only where a leading word starts (as ``fallback._SEARCH``): common words pass ``v.may``
_COMPANY_ANAPHOR_SEARCH = literal_search(COMPANY_ANAPHOR)
_SITE_ANAPHOR_SEARCH = literal_search(_SITE_ANAPHOR)
_PRODUCT_ANAPHOR_SEARCH = literal_search(PRODUCT_ANAPHOR)


def _named_site(ctx: Context, v: View, pos: int) -> Entity | None:
    """The production site the sentence before (or this one, before ``pos``) names last, told as a company's own
    ("X Plant, fasilitas milik Y"): what "fasilitas itu" stands for, not its owner alone."""
    run = {r.tail for r in ctx.typed("OPERATES")}
    for e in ctx.recent(v.index, ("Facility",), pos=pos, back=1, limit=1):
        if e.id in run or _PLANT.search(e.name):
            return e
    # "Fasilitas bernama Pabrik X itu …" paragraphs before: the one production site the story has named so far
    named = {m.ent.id: m.ent for w in ctx.views[: v.index] for m in w.mentions
             if m.type == "Facility" and (m.ent.id in run or _PLANT.search(m.ent.name))}
    return next(iter(named.values())) if len(named) == 1 else None


def referent(ctx: Context, v: View, pred: Pred) -> list[Entity]:
    """The company or product a sentence speaks of without naming it, when it names none of that kind."""
    if pred in (side.company, side.developer) and v.may(COMPANY_ANAPHOR) and (m := _COMPANY_ANAPHOR_SEARCH(v.masked)):
        if m.group().lower() in ("perseroan", "the company") and (d := defined_firm(ctx)) is not None:
            return [d]  # a release's defined term, however many companies it named since
        if m.group().lower() == "perseroan" and (d := leading_firm(ctx)) is not None:
            return [d]  # "perseroan" is the listed company the story is about: the one it names most
        got = [e for e in ctx.recent(v.index, ("Organization",), pos=m.start(), back=3, limit=4) if side.company(e)]
        if pred is side.developer:  # "… distributor PT X Distribusi. Perusahaan tersebut juga mengembangkan P": not X
            got = [e for e in got if not cues.SELLER_NAME.search(e.name)]
        first = subject_before(ctx, v) if got and not any(x.type == "Organization" for x in v.mentions) else None
        if first is None or first not in got:  # "A, anak usaha B. … perusahaan tersebut": A
            first = next((e for e in got if e.category == "company"), got[0] if got else None)  # not the stock exchange
        return [first] if first is not None else []
    if pred is side.holder and v.may(_SITE_ANAPHOR) and (m := _SITE_ANAPHOR_SEARCH(v.masked)):
        owner = site_owner(ctx, v, m.start())
        if (site := _named_site(ctx, v, m.start())) is not None:
            return [site]  # "X Plant, fasilitas milik Y di Z. Sertifikat CPOB fasilitas itu …": the plant named, not Y
        if owner is not None:
            return [owner]  # "pabrik milik PT A … (B and C named) … fasilitas itu": A's plant
        return [e for e in ctx.recent(v.index, ("Organization",), pos=m.start(), back=5, limit=4) if side.company(e)][:1]
    if pred is side.product and v.may(PRODUCT_ANAPHOR) and (m := _PRODUCT_ANAPHOR_SEARCH(v.masked)):
        # a brand, not a substance named in passing ("mengandung merkuri dan hidrokuinon")
        # ("kedua produk tersebut": the two named last)
        n = how_many(v, m)
        got = [e for e in ctx.recent(v.index, ("Product",), pos=m.start(), back=2, limit=4) if e.name[:1].isupper()][:n]
        if 1 < n > len(got):  # "ketiga produk tersebut" a paragraph after the list: the n brands named last
            far = [e for e in ctx.recent(v.index, ("Product",), pos=m.start(), back=8, limit=2 * n) if e.name[:1].isupper()]
            got = far[:n] if len(far) >= n else got
        return got
    return []
