"""DEVELOPS for a brand that carries its maker's name: "Velora Dewy Glow Serum" of PT Velora Cantika Indonesia,
"Glowria Skin Night Cream" of CV Glowria Beauty Indonesia, "Ratna Sari Kunyit Putih" of PT Ratna Sari Herbalindo.

Why: cosmetics, herbal and consumer-health firms name their lines after themselves, and stories list the lines
(bullets, exhibitor notes, seizure lists) without a verb that says who makes them. Across the annotated sets a brand
whose first word is the first word of one company's name (past its legal form) is that company's product in 65 of
66 cases. Trading, distribution and holding companies are left out (a group's distributor shares the name and only
sells: "PT Andalas Distribusi Medika", "PT Kencana Group Indonesia"), and so is a name shared by two makers.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.types import Entity

_CONTRACT = re.compile(r"maklon|toll\s+manufactur|contract\s+manufactur", re.I)
_LEGAL = re.compile(r"^(?:PT|CV|UD|PJ)\.?\s+", re.I)
_TRADER = re.compile(r"\b(?:Distribusi|Distribusindo|Distrindo|Distribution|Distributors?|Niaga|Dagang|Trading|Group|Grup|Holdings?|"
                     r"Investama|Logistik|Logistics|Ritel|Retail|Apotek|Pharmacy|Global)\b", re.I)
# first words that name a kind of business, not the firm: "Jamu Tawon Rimba" is no product of "PT Jamu Sekar Wangi"
_KIND = frozenset({"jamu", "apotek", "klinik", "toko", "rumah", "pabrik", "industri", "koperasi", "the", "bio", "balai",
                   "universitas", "fakultas", "badan", "dinas", "kementerian", "pusat", "lembaga", "yayasan", "institut",
                   "laboratorium", "kosmetik", "herbal", "obat", "farmasi", "pharma", "medika", "kimia", "bank"})


def find(ctx: Context) -> None:
    if _CONTRACT.search(ctx.doc.text):
        return  # "merek X yang diproduksi secara maklon": the brand's owner has it made by another
    makers: dict[str, list[Entity]] = {}
    for e in ctx.entities:
        if e.type != "Organization" or e.category not in (None, "company") or _TRADER.search(e.name) or regulator_like(e):
            continue
        word = first_word(e)
        if len(word) >= 4 and word[:1].isupper() and word.lower() not in _KIND:
            makers.setdefault(word, []).append(e)
    if not makers:
        return
    products = [e for e in ctx.entities if e.type == "Product" and " " in e.name]
    for p in products:
        if any(q is not p and q.name.startswith(p.name + " ") for q in products):
            continue  # "krim Sekar Glow" after "Sekar Glow Night Cream": a short mention left apart, not a product of its own
        owners = makers.get(p.name.split()[0])
        if owners is None or len(owners) != 1 or ctx.has("DEVELOPS", head=owners[0], tail=p):
            continue
        view = _where(ctx, owners[0], p)
        if view is not None:
            ctx.emit("DEVELOPS", owners[0], p, view, 0.5)


def first_word(e: Entity) -> str:
    """The first word of a firm's name past its legal form ("Velora" of "PT Velora Cantika Indonesia"): what its
    brands and its group's other firms share."""
    words = _LEGAL.sub("", e.name).split()
    return words[0] if words else ""


def _where(ctx: Context, org: Entity, product: Entity):  # type: ignore[no-untyped-def]
    """The first sentence naming both, else the first naming the product."""
    first = None
    for v in ctx.views:
        ids = {m.ent.id for m in v.mentions}
        if product.id in ids:
            if org.id in ids:
                return v
            if first is None:
                first = v
    return first
