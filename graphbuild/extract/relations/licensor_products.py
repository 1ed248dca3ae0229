"""DEVELOPS for the products a licence covers: the licensor's own products.

Why: "Under the agreement, A grants B exclusive rights to register, manufacture and commercialise two
biosimilars: P and Q", "PT B memperoleh lisensi dari A untuk memproduksi P": the licence's products are
the licensor's; the story seldom says again who developed them. Runs after every other family, so the
licence (LICENSED A -> B), its signers (SIGNED) and its products (COVERS agreement -> P) are known. A
product some other company was found to develop, or a licence of a regulator or research body, is
left alone; so is a licensor who signed no covering agreement, and a product the licence's own sentence does not name.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.makers import regulator_like

_RIGHTS = re.compile(r"\b(?:rights?|hak)\b", re.I)
_DISTRIBUTION = re.compile(r"\b(?:distribu\w*|pemasaran|marketing)\b", re.I)  # (a licence and supply deal: the licensor supplies what it makes)


def find(ctx: Context) -> None:
    licences = ctx.typed("LICENSED")
    if not licences:
        return
    covers = ctx.typed("COVERS")
    if not covers:
        return
    signed: dict[str, set[str]] = {}  # agreement id -> signer ids
    for r in ctx.typed("SIGNED"):
        signed.setdefault(r.tail, set()).add(r.head)
    products: dict[str, list[str]] = {}  # agreement id -> covered product ids
    for r in covers:
        if ctx.by_id[r.tail].type == "Product":
            products.setdefault(r.head, []).append(r.tail)
    makers: dict[str, set[str]] = {}  # product id -> companies already found to develop it
    for r in ctx.typed("DEVELOPS"):
        if ctx.by_id[r.head].category in (None, "company"):  # not a hospital read off "once P is launched"
            makers.setdefault(r.tail, set()).add(r.head)
    grants: set[int] | None = None  # the sentences with a granting verb, found once (not once per licence and deal)
    for lic in licences:
        a = ctx.by_id[lic.head]
        if a.type != "Organization" or regulator_like(a) or a.category not in (None, "company"):
            continue
        for agr, heads in signed.items():
            if lic.head not in heads or lic.tail not in heads:
                continue  # both sides of the licence signed the agreement that covers the products
            resold = _DISTRIBUTION.search(ctx.by_id[agr].name) is not None  # a distributor's deal, unless it licenses making
            # the licence's sentence, or one where the licensor grants the licensee rights ("Under the agreement,
            # Hanbit grants Arunika exclusive rights to register, import and commercialize P", the licensee often by a short
            # name the entities leave out) after the deal was told
            if grants is None:
                grants = {v.index for v in ctx.where(_GRANTS, every=True) if _GRANTS.search(v.masked)}  # (prefiltered)
            for i, ev in enumerate(ctx.views):
                if ev.evidence != lic.evidence and not (i in grants and _names(ev, lic.head)):
                    continue
                if not _RIGHTS.search(ev.text) or resold and not _MADE_UNDER.search(ev.masked):
                    continue  # "grants B exclusive rights to register, manufacture and commercialise P"
                named = {m.ent.id for m in ev.mentions if m.type == "Product"}
                for p in products.get(agr, ()):
                    if makers.get(p, set()) - {lic.head, lic.tail}:
                        continue  # another company's product, told as such
                    if p in named and ctx.by_id[p].name[:1].isupper():  # a brand the sentence names, not "insulin"
                        ctx.emit("DEVELOPS", a, ctx.by_id[p], ev, 0.55)


# "… rights to register, manufacture under license and commercialize two of its flagship products"
_MADE_UNDER = re.compile(r"\b(?:manufactur\w*|produce|memproduksi|its\s+(?:[\w-]+\s+){0,2}products?|produk(?:-produk)?nya)\b", re.I)
_GRANTS = re.compile(r"\b(?:grants?|granted|memberikan)\b", re.I)
watch(_GRANTS)  # searched in every sentence of a document with a licence: only those holding one of its words


def _names(v: View, *ids: str) -> bool:
    got = {m.ent.id for m in v.mentions}
    return all(i in got for i in ids)
