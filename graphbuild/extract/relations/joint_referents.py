"""DEVELOPS of a product told by reference and made together: "Produk tersebut dikembangkan bersama B".

Why: a story names a product and its company in one sentence ("CBI mengungkapkan biosimilar trastuzumab
bernama Trastunes …") and says in the next that it was developed together with a partner, naming neither
the product nor the first maker: "Produk tersebut dikembangkan bersama perusahaan Korea Selatan, B", "Vaksin
itu dikembangkan bersama mitra industri, PT B", "Produk ini dikembangkan bersama Pusat Studi X (X-BRC)
Universitas Y". Both develop it: B (a research unit, not the university named after it as its address), and
the product's maker found before, else the company the sentence before opens with. "oleh" after the verb is
read in ``collectives``; a partner named without a verb of making ("diuji bersama B") is no maker.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.collectives import AUX
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.discourse import topic
from graphbuild.extract.relations.referents import antecedents
from graphbuild.types import Entity

# the sentence opens with the product by reference, a verb of making, then "bersama" and a short description of B
CUE = re.compile(
    r"^[\s\"\u201c(]*(?:(?:[A-Za-z]+\s+){0,3}[A-Za-z]+\s*,\s*)?"
    r"(?P<ana>(?:(?:kandidat|calon)\s+)?(?:produk|obat|vaksin|terapi|suplemen|jamu|fitofarmaka|sediaan|formula|biosimilar"
    r"|alat(?:\s+kesehatan)?|perangkat|kit)\s+(?:(?:baru|kandidat|herbal|uji)\s+)?(?:tersebut|itu|ini))\s+"
    rf"{AUX}(?:awalnya\s+|semula\s+)?(?:dikembangkan|diproduksi|dibuat|diformulasikan|diracik|dirancang)\s+"
    r"(?:secara\s+\w+\s+)?bersama(?:-sama)?(?:\s+dengan)?\s+"
    # "perusahaan Korea Selatan, ", "mitra industri, ", "mitranya asal Jepang, ", "tim peneliti "
    r"(?:(?:perusahaan|produsen|mitra(?:nya)?|lembaga|institusi|tim(?:\s+peneliti)?|peneliti|para\s+peneliti)"
    r"(?:\s+(?!(?:yang|dan|serta|untuk|di)\b)[\w\u2588-]+){0,3}?\s*,?\s+)?(?:dari\s+)?(?:PT\.?\s+)?$",
    re.I,
)
watch(CUE)
CUES = (CUE,)
_ORG = ("Organization",)
# who is no co-maker: a regulator overseeing the work, a ministry, the press (a state research body, "government", is one)
_NOT_PARTNER_MAKERS = ("regulator", "ministry", "media", "association", "international")
# "Pusat Studi Biofarmaka Tropika (Trop BRC) IPB University": a research unit named with its parent after it
_UNIT = re.compile(r"(?:Pusat\s+(?:Riset|Studi|Penelitian|Kajian)|Laboratorium|Research\s+Cent(?:er|re))\b")
_PARENT_GAP = re.compile(r"\)?\s*(?:\([^()]{1,30}\)\s*)?,?\s*")


def find(ctx: Context, v: View) -> None:
    """Run per sentence from ``corporate``: B and the product's first maker develop what the sentence points back to."""
    first = next(iter(v.after(0, _ORG)), None)
    if first is None or not v.index or first.role is not None:
        return
    c = CUE.match(v.masked[: first.start])
    if c is None or any(m.type == "Product" for m in v.before(first.start)):
        return
    partners = _partners(v, first)
    if not partners:
        return
    products = antecedents(ctx, v, c, reach=2)
    for p in products:
        firms = [ctx.by_id[r.head] for r in ctx.typed("DEVELOPS") if r.tail == p.id and r.head in ctx.by_id]
        if not firms:
            lead = topic(ctx, v.index, back=1)  # "CBI juga mengungkapkan biosimilar … Trastunes …": its subject
            firms = [lead] if lead is not None and lead.category == "company" else []
        for e in {e.id: e for e in (*firms, *partners)}.values():
            ctx.emit("DEVELOPS", e, p, v, 0.6)


def _partners(v: View, first: M) -> list[Entity]:
    """B and those listed with it, less a unit's parent named as its address and any regulator."""
    group = v.chain(first, _ORG)
    kept = [m for i, m in enumerate(group) if not (i and _UNIT.match(group[i - 1].ent.name)
                                                   and _PARENT_GAP.fullmatch(v.gap((group[i - 1].gloss or group[i - 1]).end, m.start)))]
    return [m.ent for m in kept if m.role is None and m.ent.category not in _NOT_PARTNER_MAKERS]
