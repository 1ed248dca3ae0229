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

from graphbuild.extract.relations.common import Context
from graphbuild.extract.relations.makers import regulator_like

_RIGHTS = re.compile(r"\b(?:rights?|hak)\b", re.I)
_DISTRIBUTION = re.compile(r"\b(?:distribu\w*|supply|pasokan|pemasaran|marketing)\b", re.I)


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
        makers.setdefault(r.tail, set()).add(r.head)
    for lic in licences:
        a = ctx.by_id[lic.head]
        if a.type != "Organization" or regulator_like(a) or a.category not in (None, "company"):
            continue
        for agr, heads in signed.items():
            if lic.head not in heads or lic.tail not in heads:
                continue  # both sides of the licence signed the agreement that covers the products
            ev = next((v for v in ctx.views if v.evidence == lic.evidence), None)  # the licence's sentence
            if ev is None:
                continue
            if not _RIGHTS.search(ev.text) or _DISTRIBUTION.search(ctx.by_id[agr].name):
                continue  # "grants B exclusive rights to register, manufacture and commercialise P": not a distributor's deal
            named = {m.ent.id for m in ev.mentions if m.type == "Product"}
            for p in products.get(agr, ()):
                if makers.get(p, set()) - {lic.head, lic.tail}:
                    continue  # another company's product, told as such
                if p in named and ctx.by_id[p].name[:1].isupper():  # a brand the licence's own sentence names, not "insulin"
                    ctx.emit("DEVELOPS", a, ctx.by_id[p], ev, 0.55)
