"""Makers told by a noun apposed to the name ("Produsen P, PT A", "P's maker, PT A", "Vaksin buatan PT A, P",
"P, which A manufactures"), and the owner of the plant a sentence opens with ("Pabrik BBO milik A di …").

Split out of ``makers_joint`` to keep it short; ``product_makers`` and ``makers`` call these.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.discourse import regulator_like

# "Produsen P, PT A, …", "P's maker, PT A": the maker apposed to a maker noun; "Vaksin buatan PT A, P, …": the product apposed
_MAKER_OF = re.compile(r"\b(?:produsen|pembuat|pengembang|(?:maker|manufacturer|developer)\s+of)\s+(?:(?:obat|vaksin|produk|the)\s+)?$", re.I)
_MAKERS_NOUN = re.compile(r"\s*['\u2019]s\s+(?:maker|manufacturer|developer)\s*,\s*(?:PT\.?\s+)?", re.I)
_OBJ_VERB = re.compile(r"\s+(?:(?:also|now|will|has|have)\s+)*(?:(?:manufactures|produces|develops|developed|makes|made|manufactured|produced)"
                       r"|(?P<m>markets|sells|distributes|marketed|sold|distributed))\b", re.I)
_MADE_BY_END = re.compile(r"\b(?:buatan|besutan|keluaran|produksi|made\s+by)\s+$", re.I)


def named_maker(ctx: Context, v: View, p: M, prev: M | None, nxt: M | None) -> bool:
    """The maker told by a maker noun apposed to its name, or the product apposed to "buatan A"."""
    if nxt is not None and nxt.type == "Organization" and not regulator_like(nxt.ent) and (
            (re.fullmatch(r"\s*,\s*", v.masked[p.end : nxt.start]) and _MAKER_OF.search(v.masked[: p.start]))
            or _MAKERS_NOUN.fullmatch(v.masked[p.end : nxt.start])):
        ctx.emit("DEVELOPS", nxt.ent, p.ent, v, 0.7)
        return True
    if nxt is not None and nxt.type == "Organization" and not regulator_like(nxt.ent) \
            and re.fullmatch(r"\s*,?\s*(?:which|that)\s+(?:PT\.?\s+)?", v.masked[p.end : nxt.start]) \
            and (verb := _OBJ_VERB.match(v.masked, nxt.end)) is not None:
        ctx.emit("MARKETS" if verb.group("m") else "DEVELOPS", nxt.ent, p.ent, v, 0.65)  # "P, which A manufactures"
        return True
    if prev is not None and prev.type == "Organization" and not regulator_like(prev.ent) \
            and re.fullmatch(r"\s*,\s*", v.masked[prev.end : p.start]) and _MADE_BY_END.search(v.masked[: prev.start]):
        ctx.emit("DEVELOPS", prev.ent, p.ent, v, 0.7)
        return True
    return False


_SITE_OPENS = re.compile(r"\W*(?:pabrik|fasilitas|plant|facility)\b", re.I)


def site_owner(ctx: Context, v: View, start: int) -> M | None:
    """The organisation owning the plant a sentence opens with ("Pabrik BBO milik A di …")."""
    ms = v.before(start)[::-1]
    if not ms or (ms[0].type != "Facility" and not _SITE_OPENS.match(v.masked)):
        return None  # "Pabrik BBO milik KFSP di …": an unnamed plant opens the sentence just as well
    for m in ms[1:] if ms[0].type == "Facility" else ms:
        if m.type == "Organization" and re.search(r"\b(?:milik|owned\s+by|of)\s+(?:PT\.?\s+)?$", v.masked[: m.start], re.I):
            return m
    return None
