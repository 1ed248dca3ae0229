"""A regional bloc named as a market or region is no organisation: "kawasan ASEAN", "pasar ASEAN", "ASEAN markets".

Why: "memasarkan vaksin di Indonesia dan kawasan ASEAN" says where a product is sold, like a place; the bloc acts in
nothing there (ONTOLOGY: an organisation is a body that acts), and as an entity it drew wrong PARTNERS_WITH and was
a wrong Organization in stories about exports. The bloc stays an entity where it acts ("Sekretariat ASEAN", "ASEAN
menyepakati …").
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

_BLOCS = frozenset({"ASEAN", "APEC"})
_REGION_BEFORE = frozenset({"kawasan", "pasar", "wilayah", "regional", "region"})
_REGION_AFTER = frozenset({"market", "markets", "region", "regional"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    for k in t.where(_BLOCS):
        m = ctx.owner[k]
        if m < 0 or ctx.spans[m] != (k, k + 1) or ctx.type_at(k) != "Organization":
            continue
        before = t.lower[k - 1] if k else ""
        after = t.lower[k + 1] if k + 1 < len(t.words) else ""
        if before in _REGION_BEFORE or after in _REGION_AFTER:
            ctx.drop(m)
