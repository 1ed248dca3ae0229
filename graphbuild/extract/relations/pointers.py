"""Sellers and makers of products a sentence only points back to: "B, distributor yang selama ini
memasarkan produk-produk tersebut", "menunjuk anak usahanya, B, memasarkan ketiga produk".

Split out of ``makers_joint`` to keep each module short; ``makers.maker`` calls :func:`pointed`
when no product follows its verb. A counted pointer ("ketiga produk", "the three products") takes
the latest sentence naming exactly that many products, so a pair named in between is passed over.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.discourse import regulator_like

# "memasarkan produk-produk tersebut", "distributes these products": every product of the list named last
# (any class noun doubled: "memasarkan jamu-jamu itu", "kosmetik-kosmetik tersebut")
_THESE = re.compile(r"\s*(?:(?:produk-produk|obat-obat(?:an)?|merek-merek|jamu-jamu|kosmetik-kosmetik|vaksin-vaksin"
                    r"|suplemen-suplemen|krim-krim)\s+(?:tersebut|itu|ini)|(?:these|those)\s+products"
                    # "memasarkan ketiga produk (tersebut)", "the three products": the group of that many named last
                    r"|(?:ke(?P<n>dua|tiga|empat|lima|enam)\s+(?:produk|obat|vaksin|jamu|merek|kosmetik|suplemen)|the\s+(?P<e>two|three|four|five|six)\s+"
                    r"(?:products|drugs|vaccines)))\b", re.I)
_BACK_SEP = re.compile(r"\s*(?:[a-z][\w-]*\s+)?(?:,\s*(?:(?:dan|serta|and)\s+)?|(?:dan|serta|and)\s+)(?:[a-z][\w-]*\s+){0,2}")
# "CV X, distributor yang selama ini memasarkan …": the seller before a short relative clause
_SUBJ_GAP = re.compile(r"\s*(?:,\s*(?:[a-z]+\s+){0,3}yang\s+)?(?:(?:selama\s+ini|juga|telah|sudah|kini|akan|masih|turut"
                       r"|also|will|has|have|had)\s+)*", re.I)


def pointed(ctx: Context, v: View, start: int, end: int, rtype: str) -> None:
    """"B, distributor yang selama ini memasarkan produk-produk tersebut": B sells each product of the list named last."""
    if (these := _THESE.match(v.masked, end)) is None:
        return
    subj = next(iter(v.before(start)), None)
    if subj is not None and _CHILD_OF.search(v.masked, max(0, subj.start - 40), subj.start) \
            and (named := v.prev_mention(subj)) is not None and named.type == "Organization":
        subj = named  # "menugaskan B (B), anak perusahaan A, guna mendistribusikan …": B, not its parent
    if (subj is None or subj.type != "Organization" or subj.role is not None or subj.start in v.role_orgs
            or regulator_like(subj.ent) or not (_SUBJ_GAP.fullmatch(gap := v.masked[subj.end : start]) or re.fullmatch(
                r"\s*(?:\([^()]*\))?\s*,\s*(?:[^,;.\u2588]{0,40}\u2588+\s*,\s*)?(?:(?:guna|untuk)\s+)?", gap))):
        return  # "menunjuk anak usahanya, B, memasarkan …"
    if these.group("n") or these.group("e"):
        for w, p in _group(ctx, v, start, cues.COUNT_WORDS[(these.group("n") or these.group("e")).lower()]):
            ctx.emit(rtype, subj.ent, p.ent, w, 0.6)
        return
    for i in range(v.index, max(-1, v.index - 4), -1):  # (a quote and a subheading may come between)
        w = ctx.views[i]
        ps = [m for m in w.mentions if m.type == "Product" and (i < v.index or m.end <= start)]
        if ps:
            chain = [ps[-1]]
            while (prev := w.prev_mention(chain[-1])) is not None and prev.type == "Product" and \
                    _BACK_SEP.fullmatch(w.masked[prev.end : chain[-1].start]):
                chain.append(prev)
            for p in chain:
                ctx.emit(rtype, subj.ent, p.ent, v, 0.6)
            return


_CHILD_OF = re.compile(r"\b(?:anak\s+(?:usaha|perusahaan)|(?:subsidiary|unit|affiliate)\s+of)\s+(?:PT\.?\s+)?$", re.I)


def _group(ctx: Context, v: View, start: int, many: int) -> list[tuple[View, M]]:
    """The products of the latest sentence (of the last ten) that names exactly ``many`` of them, or none."""
    for i in range(v.index, max(-1, v.index - 11), -1):
        w = ctx.views[i]
        ps = [m for m in w.mentions if m.type == "Product" and (i < v.index or m.end <= start)]
        if not ps:
            continue
        distinct = {id(m.ent): m for m in ps if m.text[:1].isupper()}  # brands, not the substances glossed beside them
        if len(distinct) == many:
            return [(w, m) for m in distinct.values()]
    return []
