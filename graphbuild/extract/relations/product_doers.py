"""Who did a product's work that was done with a partner, when the clause names the product, not the firm (PARTNERS_WITH,
for :mod:`.cooperation`).

News tells a trial or a study by its product and leaves the firm to the sentences before: "Uji klinik komparatif X
dilaksanakan bekerja sama dengan Fakultas Kedokteran B serta RSUP C", "The comparative clinical study for X will be
conducted in collaboration with B". The firm spoken of lately may be the licensor or a distributor; the one that
works on the product here is its maker that also markets it (a licensor develops it abroad and sells nothing here).
"""

from __future__ import annotations

from graphbuild.extract.relations.common import Context, View
from graphbuild.extract.relations.discourse import defined_firm
from graphbuild.types import Entity


def product_doer(ctx: Context, v: View, pos: int, partner: Entity) -> Entity | None:
    """The one maker (developer, and seller where two develop it) of the product named last before ``pos``."""
    product = next((m for m in v.before(pos) if m.type == "Product"), None)
    if product is None:
        return None
    makers = {r.head: None for r in ctx.has("DEVELOPS") if r.tail == product.ent.id and r.head != partner.id}
    if len(makers) > 1:
        sellers = {r.head for r in ctx.has("MARKETS") if r.tail == product.ent.id}
        makers = {h: None for h in makers if h in sellers}  # (a seller alone may be its distributor: no maker)
    if not makers and (own := defined_firm(ctx)) is not None and own is not partner:
        return own  # its maker not read yet: the company a release defines as "the Company" / "Perseroan"
    if len(makers) != 1:
        return None
    firm = ctx.by_id.get(next(iter(makers)))
    return firm if firm is not None and firm.type == "Organization" else None
