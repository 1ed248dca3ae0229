"""A maker told with products left unnamed, the products named in the next sentence: "… penarikan tiga bets sirup
obat batuk produksi PT A. Produk yang ditarik adalah P …, serta Q …", "PT A memproduksi dua varian krim pemutih.
Produk tersebut adalah P dan Q".

Why: news stories count or describe a maker's goods first ("tiga bets sirup … produksi PT A") and list the brands in
the sentence after, pointing back at them ("Produk yang ditarik adalah", "Kedua produk itu adalah"). Each rule that
reads one sentence sees the maker without products and the products without a maker. Only the sentence right after
or the one after it (past a sentence naming no brand) is read, the list must open with a pointer back (the intro of :mod:`.revoked_lists`), the lead must not be a plan or
a denial, and a product another company is already said to make keeps its maker.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.extract.relations.makers_joint import product_list
from graphbuild.extract.relations.revoked_lists import NAMED, THOSE, product_rows

# "tiga bets sirup obat batuk produksi PT A", "produk kosmetik buatan CV B", "obat yang diproduksi oleh PT C"
_MADE_BY = re.compile(r"\b(?:produk|obat|sirup|jamu|kosmetik|krim|tablet|kapsul|vaksin|suplemen|bets|batch)\b[^.;:\u2588]{0,60}?"
                      r"\b(?:produksi|buatan|besutan|keluaran|(?:yang\s+)?(?:diproduksi|dibuat|dikembangkan)\s+oleh|"
                      r"(?:made|manufactured|produced)\s+by)\s+[*_]*$", re.I)
# "PT A memproduksi dua varian krim pemutih", "CV B juga membuat jamu pegal linu": the maker as subject, goods unnamed
_MAKES = re.compile(r"^\s+(?:(?:juga|telah|sudah|kini|saat\s+ini|selama\s+ini|also|now)\s+)*"
                    r"(?:memproduksi|membuat|meracik|mengembangkan|produces|manufactures|makes)\s+(?:[\w-]+\s+){0,6}?"
                    r"(?:produk|obat|sirup|jamu|kosmetik|krim|tablet|kapsul|vaksin|suplemen|varian|products?|drugs?)\b", re.I)
_LEAD = re.compile(r"produksi|buatan|besutan|keluaran|diproduksi|dibuat|dikembangkan|made|manufactured|produced|"
                   r"memproduksi|membuat|meracik|mengembangkan|produces|manufactures|makes", re.I)
watch(_LEAD)
# a plan, a denial or a doubt before the maker's verb: "PT A berencana memproduksi …", "tidak memproduksi", "diduga"
_NOT_SO = re.compile(r"\b(?:akan|berencana|rencana|hendak|ingin|tidak|tak|bukan|belum|membantah|menyangkal|diduga|disebut|"
                     r"mengaku|palsu|dipalsukan|mencatut|will|plans?|not|denied|fake|counterfeit|allegedly)\b", re.I)
_FIRMS = ("Organization",)
# the pointers back of :mod:`.revoked_lists`, and a seizure's: "Produk yang disita adalah …"
_SEIZED = re.compile(r"\b(?:disita|diamankan|seized)\b", re.I)


def _points_back(w: View, intro: re.Match[str]) -> bool:
    lo = max(0, intro.start() - 25)
    return bool(THOSE.search(w.masked, lo, intro.end()) or _SEIZED.search(w.masked, lo, intro.end()))


def find(ctx: Context) -> None:
    for v in ctx.where(_LEAD):
        if v.index + 1 >= len(ctx.views) or any(m.type == "Product" and m.text[:1].isupper() for m in v.mentions):
            continue  # a brand named here: the sentence rules read it (not "cemaran etilen glikol")
        maker = _maker(v)
        for w in ctx.views[v.index + 1 : v.index + 3] if maker is not None else ():
            if any(m.type == "Organization" and m.ent.category == "company" and m.ent is not maker.ent for m in w.mentions):
                break  # another company named between: the list may be its
            if not w.mentions and (intro := NAMED.search(w.masked)) is not None and w.masked.rstrip().endswith(":") \
                    and _points_back(w, intro):
                for x, p in product_rows(ctx, w.index + 1):  # "Produk yang ditarik adalah:" and a table or bullets
                    _made(ctx, maker, p, x)
                break
            if any(m.type == "Product" and m.text[:1].isupper() for m in w.mentions):
                _named_next(ctx, w, maker)  # (a sentence naming only substances, "cemaran etilen glikol", is passed)
                break


def _maker(v: View) -> M | None:
    """The company ``v`` says makes goods it leaves unnamed, or None."""
    for m in v.mentions:
        if m.type not in _FIRMS or m.role is not None or m.ent.category != "company" or regulator_like(m.ent):
            continue
        head = v.masked[max(0, m.start - 110) : m.start]
        if (made := _MADE_BY.search(head)) is not None and not _NOT_SO.search(head[: made.start()][-40:]):
            return m
        if (says := _MAKES.match(v.masked, m.end)) is not None and m is v.mentions[0] \
                and not _NOT_SO.search(v.masked[m.end : says.end()]):
            return m
    return None


def _named_next(ctx: Context, w: View, maker: M) -> None:
    """The products ``w`` lists after a pointer back ("Produk yang ditarik adalah", "Produk tersebut adalah")."""
    first = next((m for m in w.mentions if m.type == "Product"), None)
    if first is None or any(m.type == "Organization" and m.start < first.start for m in w.mentions):
        return  # "Dari PT B, produk yang ditarik adalah …": another company's
    intro = NAMED.search(w.masked, max(0, first.start - 120), first.start)
    if intro is None or intro.start() > 40 or not _points_back(w, intro):
        return
    for p in product_list(w, first):  # "A dan krim B", "A 60 ml (…) dengan nomor bets X dan Y, serta B"
        _made(ctx, maker, p, w)


def _made(ctx: Context, maker: M, p: M, w: View) -> None:
    """A brand (not a substance) no other company is said to make."""
    if p.text[:1].isupper() and all(r.head == maker.ent.id for r in ctx.has("DEVELOPS", tail=p.ent)):
        ctx.emit("DEVELOPS", maker.ent, p.ent, w, 0.6)


