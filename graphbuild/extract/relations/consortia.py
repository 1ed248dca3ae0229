"""DEVELOPS for every member of a research consortium that develops a product.

Why: research news names a consortium's leader and members in one or two sentences ("UGM memimpin
konsorsium riset untuk mengembangkan kit diagnostik …. Konsorsium tersebut beranggotakan A, B,
serta C.") and its product later ("Produk yang dikembangkan diberi nama P", "The consortium's kit,
P, …"). The product names no maker beside it, yet each member develops it. Only documents that
say "konsorsium" / "consortium" are read; the product must come within a few sentences of the
membership, in a sentence that speaks of development or of the consortium.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View
from graphbuild.types import Entity

_MEMBERS = re.compile(r"\b(?:konsorsium|consortium)\b[^.;]{0,80}?\b(?:beranggotakan|terdiri\s+(?:atas|dari)|melibatkan"
                      r"|anggotanya(?:\s+(?:adalah|yaitu|meliputi))?|comprising|comprises|consists\s+of|members\s+include"
                      r"|includes|bringing\s+together|brings\s+together)\s+(?:(?:antara\s+lain|the)\s+)?$", re.I)
_LEADS = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*)?\s(?:(?:resmi|juga|akan|telah|officially|will)\s+)*(?:memimpin|mengetuai|leads|led|heads|is\s+leading)\s+"
                    r"(?:(?:sebuah|a|the)\s+)?(?:[a-z-]+\s+){0,2}?(?:konsorsium|consortium)\b", re.I)
_LED_BY = re.compile(r"\b(?:konsorsium|consortium)\b[^.;\u2588]{0,60}?\b(?:dipimpin|diketuai|led\s+by|headed\s+by)\s+(?:oleh\s+)?$",
                     re.I)
# the sentence naming the product: development or the consortium spoken of
_DEVELOPED = re.compile(r"\b(?:dikembangkan|mengembangkan|pengembangan|develop(?:s|ed|ing)?|konsorsium|consortium)\b", re.I)
_NOT_MEMBERS = ("media",)  # a regulator's lab named as a member is one
_REACH = 6


def find(ctx: Context) -> None:
    if "onsor" not in ctx.doc.text:  # "Konsorsium", "consortium": one substring test a document
        return
    members: list[Entity] = []
    last = -1
    for v in ctx.views:
        got = _members(v)
        if got:
            members.extend(e for e in got if e not in members)
            last = v.index
    if len(members) < 2:
        return
    for v in ctx.views[last : last + _REACH]:
        first = next((m for m in v.mentions if m.type == "Product" and m.text[:1].isupper()), None)
        if first is not None and _DEVELOPED.search(v.masked):
            prods = v.chain(first, ("Product",))  # "P dan Q", not what a description after P names
            for org in members:
                for p in prods:
                    ctx.emit("DEVELOPS", org, p.ent, v, 0.55)
            return


def _members(v: View) -> list[Entity]:
    """The leader ("A memimpin konsorsium", "konsorsium yang dipimpin A") and the members listed in ``v``."""
    out: list[Entity] = []
    for m in v.mentions:
        if m.type != "Organization" or m.role is not None or m.ent.category in _NOT_MEMBERS:
            continue
        if _LEADS.match(v.masked, m.end) or _LED_BY.search(v.masked, max(0, m.start - 120), m.start):
            out.append(m.ent)
        elif _MEMBERS.search(v.masked, max(0, m.start - 140), m.start):
            out.extend(x.ent for x in _chain(v, m) if x.ent.category not in _NOT_MEMBERS)
    return out


def _chain(v: View, first: M) -> list[M]:
    """``first`` and the organisations listed after it ("A, B, serta C", a gloss in brackets passed over)."""
    out = [first]
    while (nxt := v.next_mention(out[-1])) is not None and nxt.type == "Organization" and re.fullmatch(
            r"\s*(?:\([^()]*\))?\s*(?:,\s*(?:(?:dan|serta|and)\s+)?|(?:dan|serta|and)\s+)", v.masked[out[-1].end : nxt.start]):
        out.append(nxt)
    return out
