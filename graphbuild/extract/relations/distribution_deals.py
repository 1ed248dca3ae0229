"""MARKETS from a distribution agreement: the distributor that signed it sells what it covers.

Why: a release says "A signed an Exclusive Distribution Agreement with B" and, in a later sentence, what the agreement
covers ("Ketiga produk yang dicakup perjanjian adalah P, Q dan R", "Under the agreement, B will hold exclusive rights to
import and distribute two A products: P and Q"). The sentence rules read COVERS and SIGNED; the selling is told by the
kind of agreement. Once the document is read, the party of a distribution agreement that is not the maker of its
products sells each product it covers:
- among the signers, those that neither develop nor make a covered product; of several, the one whose name says it
  distributes or trades ("… Distributors Ltd", "PT … Distribusi Farma", "… Trading LLC");
- when no such signer is named, the distributing or trading partner of a signer (the maker signed, the partner is
  named as its counterpart).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context
from graphbuild.types import Entity

_DIST_DEAL = re.compile(r"\bdistribut|\bdistribusi\b", re.I)
_SELLER_NAME = re.compile(r"\b(?:distributors?|distribution|distribusi|distrindo|distribusindo|trading|niaga)\b", re.I)


def find(ctx: Context) -> None:
    for ag in [e for e in ctx.entities if e.type == "Agreement" and _DIST_DEAL.search(e.name)]:
        prods = [p for r in ctx.has("COVERS") if r.head == ag.id and (p := ctx.by_id.get(r.tail)) is not None
                 and p.name[:1].isupper()]
        if not prods:
            continue
        ids = {p.id for p in prods}
        makers = {r.head for r in ctx.typed("DEVELOPS", "MANUFACTURES") if r.tail in ids}
        signers = {r.head for r in ctx.has("SIGNED", tail=ag)}
        seller = _seller(ctx, signers, makers)
        if seller is None:
            continue
        for p in prods:
            if ctx.has("MARKETS", head=seller, tail=p):
                continue
            v, m = next(((w, m) for w in ctx.views for m in w.mentions if m.ent is p), (None, None))
            if v is not None and m is not None and m.text[:1].isupper():  # (a brand, not a substance written small)
                ctx.emit("MARKETS", seller, p, v, 0.55)


def _seller(ctx: Context, signers: set[str], makers: set[str]) -> Entity | None:
    """The one party that distributes: a signer that makes none of the products, else a signer's trading partner."""
    cands = [e for i in signers - makers if (e := ctx.by_id.get(i)) is not None and e.type == "Organization"]
    named = [e for e in cands if _SELLER_NAME.search(e.name)]
    if len(named) == 1:
        return named[0]
    if len(cands) == 1 and not named and signers & makers:
        return cands[0]
    if cands or not signers & makers:
        return None
    partners = {r.tail if r.head in signers else r.head for r in ctx.typed("PARTNERS_WITH")
                if (r.head in signers) != (r.tail in signers)}
    named = [e for i in partners - makers if (e := ctx.by_id.get(i)) is not None and e.type == "Organization"
             and _SELLER_NAME.search(e.name)]
    return named[0] if len(named) == 1 else None
