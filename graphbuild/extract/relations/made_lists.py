"""DEVELOPS from a heading over a list of the company's products: "## Produk yang diluncurkan", "**Produk yang
dikembangkan perusahaan:**", "Produk awal yang disasar antara lain:", "## Produk yang akan diproduksi lokal", and one
bullet a product under it.

Why: feature stories and releases set the products apart as a list under a heading that names no company; the
heading says they are made, launched or targeted, so they are the products of the company the story is about (the
one of the last sentences named most, else the one it names most; the joint venture a parent set up), not of a distributor or a partner named in a
bullet. A heading naming a company ("Produk PT X:") is read by the list rules that see the name.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.discourse import NOT_MAKERS, main_firm, regulator_like, story_firms
from graphbuild.extract.relations.makers_joint import product_list
from graphbuild.extract.relations.registration import bullets
from graphbuild.extract.relations.ventures import venture_of
from graphbuild.types import Entity

# the whole line: "[##] Produk [baru|awal|pertama] yang [akan] diluncurkan|dikembangkan|diproduksi [lokal|perusahaan] [antara lain]:"
CUE = re.compile(r"^\W*(?:produk|obat|bahan\s+baku(?:\s+obat)?)(?:-produk)?\s+(?:(?:baru|awal|pertama|utama|unggulan)\s+)?"
                 r"(?:yang\s+)?(?:(?:akan|segera|telah|sudah)\s+)?(?:diluncurkan|dikembangkan|diproduksi|dibuat|disasar|ditargetkan|"
                 r"dihasilkan)(?:\s+(?:lokal|perusahaan|perseroan|di\s+dalam\s+negeri|secara\s+lokal|pada\s+tahap\s+(?:awal|pertama)))*"
                 r"(?:\s+(?:antara\s+lain|di\s+antaranya|meliputi|yaitu|yakni|adalah))?\s*:?[\s*:]*$", re.I)
watch(CUE)
# "Entitas baru bernama PT X", "perusahaan patungan bernama PT X": the company a deal set up, the one that will make
_NEW_FIRM = re.compile(r"\b(?:entitas|perusahaan|usaha)\s+(?:baru|patungan)(?:\s+(?:tersebut|itu|ini))?\s*,?\s*"
                       r"(?:bernama|yang\s+diberi\s+nama|yakni|yaitu)\s+(?:PT\.?\s+)?$", re.I)
watch(_NEW_FIRM)


def _owner(ctx: Context, index: int) -> Entity | None:
    """The company the story is about: one a deal set up ("Entitas baru bernama PT X"), else of the last sentences'
    companies the one named most, else the story's."""
    for w in ctx.views[: index + 1]:
        for m in w.mentions if w.may(_NEW_FIRM) else ():
            if m.type == "Organization" and _NEW_FIRM.search(w.masked[max(0, m.start - 60) : m.start]):
                return m.ent
    firm = main_firm(ctx, index)
    if firm is None:
        told = {id(m.ent) for w in ctx.views[: index + 1] for m in w.mentions}
        firm = max((e for e in story_firms(ctx) if id(e) in told), key=lambda e: len(e.mentions), default=None)
    firm = venture_of(ctx, firm)  # a joint venture's parent named most: the venture makes them
    return firm if firm is not None and not regulator_like(firm) and firm.category not in NOT_MAKERS else None


def headed(ctx: Context) -> None:
    for v in ctx.views:
        if not v.mentions and v.may(CUE) and CUE.match(v.masked):
            _list_under(ctx, v)


def _list_under(ctx: Context, v: View) -> None:
    items = bullets(ctx, v.index + 1)
    owner = _owner(ctx, v.index) if items else None
    for w, m in items if owner is not None else ():
        for p in product_list(w, m):  # "- rifampisin dan isoniazid, …": each item may name more than one
            ctx.emit("DEVELOPS", owner, p.ent, w, 0.6)
