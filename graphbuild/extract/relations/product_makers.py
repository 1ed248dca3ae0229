"""DEVELOPS and MARKETS read around a product mention: "P diproduksi oleh A", "P (produsen: CV X)",
"Zenova Pharma's P", "P, obat PPOK yang diimpor dan dipasarkan oleh X", "A dan B akan dipasarkan oleh X".

Split out of ``makers`` (which keeps the rules read from a develop/market verb, :func:`makers.maker`, and the
discourse helpers) to keep each module short; ``corporate.find`` calls :func:`made_by` per product mention in
the same pass as before, so the rule order is unchanged. The apposed-maker phrasings it falls back to are in
``makers_apposed``, the joint helpers in ``makers_joint``, the named-maker ones in ``maker_nouns``.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.contents import apposed_mix
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.extract.relations.item_owners import bullet_maker
from graphbuild.extract.relations.litsearch import prefix_search
from graphbuild.extract.relations.maker_nouns import named_maker
from graphbuild.extract.relations.makers_apposed import CO, FIRM, apposed_maker
from graphbuild.extract.relations.makers_joint import (
    OURS,
    SELLER_ROLE,
    made_through_noun,
    maker_after,
    products_listed,
    role_named,
    speaker_company,
    then_sold,
)
from graphbuild.extract.units import STRENGTH

_BY = re.compile(r"^\s*(?:(?:biosimilar|vaccine|drug|generic|tablets?|injection|kit)\s*)?,?\s*(?:yang\s+)?"
                 r"(?:(?:is|are|was|were|has\s+been|have\s+been|telah|sudah|juga)\s+)?"
                 r"(?:(?:dikembangkan|diproduksi|dibuat|diracik|diformulasikan|dihasilkan|developed|manufactured|produced|made"
                 r"|formulated|co-developed)\s+"
                 rf"(?:\w+\s+)?(?:oleh|by)|{CO}|(?:dikembangkan|diproduksi|dibuat|diracik|buatan|produksi|besutan|keluaran|karya"
                 rf"|milik|racikan))\s+{FIRM}(?:PT\.?\s+)?$",
                 re.I)
_SOLD_BY = re.compile(  # "P (tiotropium), obat PPOK yang diimpor dan dipasarkan oleh X"
    r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:[\w-]+\s+){1,4}?(?=yang\b))?(?:yang\s+)?"
    r"(?:(?:akan|will|be|is|are|to|juga|also|rencananya|direncanakan|nantinya|kelak|ke\s+depan|selanjutnya|kini)\s+){0,3}(?:(?:diimpor|imported)\s+(?:dan|and)\s+)?(?:dipasarkan|didistribusikan|disalurkan|diedarkan|diimpor|marketed"
    r"|distributed|sold|commerciali[sz]ed|imported)\s+(?:(?:\w+|(?:in|di)\s+\u2588+)\s+){0,2}?(?:oleh|by|through|melalui|via)\s+"
    rf"{SELLER_ROLE}(?:PT\.?\s+)?$",  # "will be commercialized in Indonesia by X", "oleh pedagang besar farmasi (PBF) X"
    re.I,
)
# "distribusi P akan dilakukan oleh X": who distributes, said with a noun
_TRADE_NOUN = re.compile(r"\b(?:distribusi|pemasaran|penjualan|pendistribusian|penyaluran|pengedaran|distribution|marketing"
                         r"|commerciali[sz]ation)\s+(?:of\s+)?(?:(?:the\s+)?(?:obat|vaksin|produk|sirup|tablet|kapsul|krim|salep|alat|drug|vaccine)\s+)?$",
                         re.I)
# "kapsul 20 mg (": a dosage form and strength, then the substance in brackets
_FORM_GLOSS = re.compile(r"\s+(?:(?:tablet|kapsul|sirup|injeksi|salep|krim|capsules?|tablets?|syrup|injection)\s+)?"
                         rf"(?:{STRENGTH}\s+)?\(", re.I)
_DONE_BY = re.compile(r"^\s+(?:(?:in|di)\s+\u2588+\s+)?(?:(?:akan|juga|will|be)\s+)*(?:dilakukan|dijalankan|ditangani|handled|carried\s+out)\s+"
                      r"(?:(?:oleh|by)\s+)?(?:PT\.?\s+)?$", re.I)  # "ditangani PT X": no "oleh" needed
_GLOSS_BY = re.compile(r"\s*\([^()]*\)")  # a bracketed gloss between a brand and "milik X" / "buatan X"
_FROM_CO = re.compile(r"^\s*(?:[\d.,]+\s*(?:mg|ml|g)\S*\s+)?dari\s+$", re.I)
# "Zenova Pharma's Cardiolix", "HDI's dengue rapid test, HusaTest": the possessive, a short class phrase, the name
_OWNERS = re.compile(r"(?:'s|\u2019s)\s+(?:(?:new|latest|flagship|first|own|leading)\s+)?(?:[a-z-]+\s+){0,2}(?:[a-z-]+\s*,\s*)?",
                     re.I)
# "jamu P (produsen: CV X)", "krim Q (manufacturer: PT Y)": the maker in a bracket right after the product
_MAKER_GLOSS = re.compile(r"\s*\(\s*(?:produsen|pabrikan|pembuat|manufacturer|maker|(?:diproduksi|dibuat|produced|made)\s+(?:oleh|by)|"
                          r"buatan|produksi)\s*:?\s*(?:PT\.?\s+)?", re.I)


def made_by(ctx: Context, v: View, p: M) -> None:
    if set_apart_before(v.masked, p.start):
        return  # "Selain P, produk X yang …": P is set apart, the comma ends the adverbial
    if apposed_mix(v, p):
        return  # "Hipertal, kombinasi amlodipin dan valsartan yang dikembangkan X": the substances describe the brand
    if v.glosses and v.masked.startswith(" (", p.end):
        g = next((g for g in v.glosses if g.start > p.end), None)
        if g is not None and g.type == "Organization" and _MAKER_GLOSS.fullmatch(v.text, p.end, g.start) and not regulator_like(g.ent):
            ctx.emit("DEVELOPS", g.ent, p.ent, v, 0.7)
            return
    if "\n" in v.text[: p.start + 1] or v.text[:3].lstrip()[:1] in "-*\u2022\u2013\u2014123456789":
        if bullet_maker(ctx, v, p):
            return  # "- **P (zat)** – obat kanker hati dari PT X"
    nxt = v.next_mention(p)
    inner = None
    if nxt is not None and nxt.type == "Product" and _FORM_GLOSS.fullmatch(v.masked[p.end : nxt.start]) \
            and v.masked.startswith(")", nxt.end):
        inner, nxt = nxt, v.next_mention(nxt)  # "Gastrazol kapsul 20 mg (omeprazol) yang diproduksi oleh X"
        if nxt is not None and nxt.type == "Organization" and _BY.match(v.masked[inner.end + 1 : nxt.start]):
            for q in (p, inner):
                ctx.emit("DEVELOPS", nxt.ent, q.ent, v, 0.7)
        return
    if nxt is not None and nxt.type == "Organization" and (gl := _GLOSS_BY.match(v.masked, p.end, nxt.start)) \
            and _BY.match(v.masked[gl.end() : nxt.start]) and not regulator_like(nxt.ent):
        ctx.emit("DEVELOPS", nxt.ent, p.ent, v, 0.7)  # "Zenvira (insulin aspart biosimilar) milik X": the brand's maker
        return
    if v.masked.startswith((" (", "** ("), p.end) and (org := _bracket_maker(v, p)) is not None:
        ctx.emit("DEVELOPS", org.ent, p.ent, v, 0.7)  # "P (vaksin konjugat 13-valen, dikembangkan X)", "P (biosimilar Q milik X)"
        return
    if nxt is not None and nxt.type == "Organization" and _BY.match(v.masked[p.end : nxt.start]):
        ctx.emit("DEVELOPS", nxt.ent, p.ent, v, 0.75)
        for co in _co_agents(v, nxt):  # "dikembangkan oleh A dan B", "co-developed by A and B": every agent listed
            ctx.emit("DEVELOPS", co.ent, p.ent, v, 0.7)
        then_sold(ctx, v, p, nxt, _SOLD_BY)
        return
    if OURS.match(v.masked[p.end :]) and (org := speaker_company(ctx, v, p, regulator_like)) is not None:
        ctx.emit("DEVELOPS", org, p.ent, v, 0.6)  # "Hepavax kami kembangkan sejak 2020, kata Dirut PT X"
        return
    if nxt is not None and nxt.type == "Organization" and nxt.text.startswith("PT") and _FROM_CO.match(
            v.masked[p.end : nxt.start]) and not regulator_like(nxt.ent):
        ctx.emit("DEVELOPS", nxt.ent, p.ent, v, 0.6)  # "tablet tambah darah Anemix dari PT X"
        return
    prev = v.prev_mention(p)
    if named_maker(ctx, v, p, prev, nxt):
        return
    if prev is not None and prev.type == "Organization" and _OWNERS.fullmatch(v.masked[prev.end : p.start]) \
            and not regulator_like(prev.ent):
        ctx.emit("DEVELOPS", prev.ent, p.ent, v, 0.65)  # "Zenova Pharma's Cardiolix", "Lumina's new vaccine Lumivax"
    if nxt is not None and nxt.type == "Product" and not (prev is not None and prev.type == "Product"
                                                       and cues.LIST_SEP.match(v.gap(prev.end, p.start))):
        chain = products_listed(v, p)  # "A dan B akan dipasarkan oleh X": every product listed
        # "insulin glargine Glarvia produksi X": the substance right before a brand names its kind, not a second product
        chain = [q for q, r in zip(chain, [*chain[1:], None], strict=True) if r is None or not q.text[:1].islower()
                 or not r.text[:1].isupper() or not _KIND_GAP.fullmatch(v.masked, q.end, r.start)]
        org = v.next_mention(chain[-1])
        while org is not None and org.type == "Location":  # "… dipasarkan di Indonesia oleh X"
            org = v.next_mention(org)
        if len(chain) > 1 and org is not None and org.type == "Organization" and org.start - chain[-1].end <= 100:
            gap = v.masked[chain[-1].end : org.start]
            rtype = "DEVELOPS" if _BY.match(gap) else "MARKETS" if _SOLD_BY.match(gap) else None
            seller = role_named(v, org) if rtype == "MARKETS" else org  # "oleh anak usaha A lainnya, PT B": B
            for q in chain if rtype else ():
                if not apposed_mix(v, q):  # "Hipertal, kombinasi amlodipin dan valsartan yang dikembangkan X": Hipertal only
                    ctx.emit(rtype, seller.ent, q.ent, v, 0.7)
    seller = nxt
    while seller is not None and seller.type == "Location":  # "is sold in Indonesia by X"
        seller = v.next_mention(seller)
    if seller is not None and seller.type == "Organization" and (
            _SOLD_BY.match(v.masked[p.end : seller.start])
            or (_TRADE_NOUN.search(v.masked[: p.start]) and _DONE_BY.match(v.masked[p.end : seller.start]))):
        seller = role_named(v, seller)
        ctx.emit("MARKETS", seller.ent, p.ent, v, 0.75)
        maker_after(ctx, v, p, seller)
        return
    if nxt is not None and nxt.type == "Organization" and made_through_noun(ctx, v, p, nxt):
        return
    apposed_maker(ctx, v, p, _SOLD_BY)


# between a substance and the brand it names the kind of: nothing, or a lower-case word or two ("insulin glargin Glarnus")
_KIND_GAP = re.compile(r"\s*(?:[a-z]+\s+){0,2}")
_AND_AGENT = re.compile(r"\.?(?:\s*\([^()]*\))?\s*(?:,\s*)?(?:(?:dan|serta|and|,)\s+)(?:PT\.?\s+)?")
_ITS_VERB = re.compile(r"\.?\s+(?:(?:me|ber|di)[a-z]{3,}|(?:is|was|will|has|had|then|lalu|kemudian|akan|telah)\b)", re.I)


def _co_agents(v: View, first: M) -> list[M]:
    """The companies listed after the passive's first agent ("oleh A, B dan C"), none opening a clause of its own."""
    out: list[M] = []
    last = first
    while (nxt := v.next_mention(last)) is not None and nxt.type == "Organization" and nxt.start not in v.role_orgs \
            and _AND_AGENT.fullmatch(v.masked[last.end : nxt.start]) and not regulator_like(nxt.ent) and nxt.ent is not first.ent:
        if _ITS_VERB.match(v.masked[nxt.end :]):
            break  # "diproduksi oleh A dan B memasarkannya": B opens a clause of its own
        out.append(nxt)
        last = nxt
    return out


# "P (vaksin pneumokokus konjugat, dikembangkan PT X)", "P (biosimilar pegfilgrastim milik X)", "P (an oral antiviral
# developed by X)": a short description in the bracket after the product, then its maker, then the bracket closes
_BRACKET_BY = re.compile(r"\**\s*\([^()]{0,80}?(?:,\s*|\s+)(?:yang\s+|which\s+(?:is|was)\s+|(?:is|was)\s+)?(?:(?:telah\s+|sudah\s+)?"
                         r"(?:dikembangkan|diproduksi|dibuat|diracik|developed|manufactured|produced|made|owned)\s+(?:(?:oleh|by)\s+)?"
                         r"|(?:milik|buatan|produksi|besutan|keluaran|karya|racikan|kembangan)\s+)(?:PT\.?\s+)?", re.I)
_CLOSES = re.compile(r"\.?\s*(?:\([^()]*\)\s*)?[);,]")


def _bracket_maker(v: View, p: M) -> M | None:
    # a name inside the bracket is the view's gloss, not one of its mentions
    org = min((m for m in (*v.after(p.end, ("Organization",), p.end + 140), *(v.glosses or ()))
               if m.type == "Organization" and p.end < m.start <= p.end + 140), key=lambda m: m.start, default=None)
    if org is None or org.role is not None or regulator_like(org.ent) or not _CLOSES.match(v.masked, org.end) \
            or not _BRACKET_BY.fullmatch(v.masked, p.end, org.start):
        return None
    return org


# "Selain P, …" and "Selain A dan B, …": what is set apart (the names before are masked)
_SET_APART = re.compile(r"\b(?:selain|besides|apart\s+from|other\s+than)\s+(?:\u2588+\s*(?:,|dan|serta|and)\s+){0,3}$",
                        re.I)
set_apart_before = prefix_search(_SET_APART)  # tried only where one of its leading words starts
