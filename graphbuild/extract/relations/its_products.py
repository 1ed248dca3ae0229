"""DEVELOPS told by reference across a sentence or a possessive: the company is not named next to the product.

Why: once a company is named, news goes on with a possessive or a pronoun: "perseroan telah mendaftarkan dua
produknya, A dan B", "UD X memperoleh NIE untuk dua produknya, A dan B", "X registered two of its products, A and B"
(the sentence's company makes the products set off after "produknya" / "its products"); "The X plant holds a CPOB
certificate. It currently manufactures A and B" (English "It" opening a sentence after one that opens with a
company). ``corporate`` runs :func:`find` only where a product is named and one of :data:`CUES` is in the sentence.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.discourse import (
    NOT_MAKERS,
    main_firm,
    plant_operator,
    regulator_like,
    story_firms,
    topic,
)
from graphbuild.extract.relations.makers_joint import product_list
from graphbuild.extract.relations.ventures import venture_of
from graphbuild.types import Entity

_COUNT = (r"(?:(?:salah\s+satu|satu|dua|tiga|empat|lima|enam|\d+|beberapa|sejumlah|seluruh|semua|kedua|ketiga)\s+)?")
_KIND = r"(?:produk|obat|vaksin|merek|jamu|suplemen|kosmetik|fitofarmaka|products?|drugs?|vaccines?|brands?|medicines?)"
_NAMELY = r"(?:yaitu|yakni|antara\s+lain|di\s+antaranya|masing-masing|namely|including|i\.e\.)"
# "dua produknya, A dan B", "salah satu produknya, yakni A", "two of its products, A and B", "its two products: A, B";
# "Salah satu produk andalannya, A", "Produk unggulannya antara lain A dan B": the noun's word of praise takes the "-nya"
ITS_PRODUCTS = re.compile(
    rf"(?:\b{_COUNT}(?:(?:produk|obat|vaksin|merek|jamu|suplemen)(?:-(?:produk|obat|vaksin|merek))?"
    r"(?:\s+(?:andalan|unggulan|utama|terlaris))?)nya"
    rf"|\b(?:(?:one|two|three|four|five|several|some)\s+of\s+)?(?:its|their)\s+(?:(?:two|three|four|five|several|new|own)\s+)?"
    rf"{_KIND})"
    rf"(?:\s*(?:,|:|\s-{{1,2}}|\s\u2013)\s*(?:{_NAMELY}\s+)?|\s+{_NAMELY}\s+)"
    r"(?:(?:[a-z][\w-]*\s+){0,4})$",
    re.I,
)
# "Perseroan telah mendaftarkan …", "The company registered …": a bare noun standing for the company as the subject
_BARE = re.compile(r"\b(?:perseroan|perusahaan(?:\s+(?:tersebut|itu|ini))?|pihaknya|the\s+company|it)\b", re.I)
# "It currently manufactures A and B": an English sentence opened by "It"
IT_MAKES = re.compile(r"^[\s\"\u201c]*It\s+(?:(?:currently|now|also|still|already|mainly|primarily|today)\s+)*"
                      r"(?:(?P<make>manufactures|produces|makes|develops)|markets|sells|distributes)\b")
_IT_GAP = re.compile(r"\s+(?:(?:the|a|an|its|both|two|three|[A-Za-z0-9][\w-]*)\s+){0,5}$")
# a sentence that opens with the company (or its plant): "The X plant holds …", "X, a maker of …, said …"
_LEAD = re.compile(r"[\s\"\u201c]*(?:[A-Z\u2588][\w\u2588 .()]*,[^\u2588]{0,40}?\s[\u2014\u2013-]{1,2}\s+)?(?:(?:the|this)\s+)?", re.I)
_DATELINE = re.compile(r"[^\u2588]{0,40}?\s[\u2014\u2013-]{1,2}\s")  # "MAKASSAR, June 2, 2025 — ": a dateline's place
# only a connective before it: "Kini, ", "Selain itu, ", "In addition, "
_OPENS = re.compile(r"[\s\"\u201c]*(?:(?:kini|saat\s+ini|sejauh\s+ini|selain\s+itu|adapun|sementara\s+itu|di\s+antaranya|currently|today"
                    r"|so\s+far|in\s+addition|meanwhile)\s*,?\s*)?", re.I)
# a sentence opening with a plant told by reference: "Fasilitas tersebut akan memproduksi …", "Pabrik baru itu …"
_PLANT_SUBJECT = re.compile(r"[\s\"\u201c]*(?:fasilitas|pabrik|plant|facility)(?:\s+(?:produksi|baru|new))?\s+(?:tersebut|itu|ini)\b"
                            r"|[\s\"\u201c]*(?:the|this)\s+(?:new\s+)?(?:plant|facility)\b", re.I)
_NEG = re.compile(r"\b(?:tidak|bukan|belum|not|never)\s+(?:\w+\s+){0,2}$", re.I)
watch(ITS_PRODUCTS, IT_MAKES)
CUES = (ITS_PRODUCTS, IT_MAKES)
_ANY = CueGroup(*CUES)


def find(ctx: Context, v: View) -> None:
    if not _ANY.may(v):
        return
    may_its, may_it = _ANY.may_each(v)
    if may_its:
        _its_products(ctx, v)
    if may_it:
        _it_makes(ctx, v)


def _maker(e: Entity | None) -> Entity | None:
    return e if e is not None and e.category == "company" and e.category not in NOT_MAKERS and not regulator_like(e) else None


def _its_products(ctx: Context, v: View) -> None:
    for p in v.mentions:
        if p.type != "Product":
            continue
        c = ITS_PRODUCTS.search(v.masked, max(0, p.start - 80), p.start)
        if c is None or c.end() != p.start or _NEG.search(v.masked, max(0, c.start() - 30), c.start()):
            continue
        firm = _owner(ctx, v, c.start())
        if firm is None:
            continue
        for q in product_list(v, p):
            ctx.emit("DEVELOPS", firm, q.ent, v, 0.6)


def _owner(ctx: Context, v: View, pos: int) -> Entity | None:
    """Whose "produknya" at ``pos`` is: the sentence's one company named before it (not in a post), or the company a
    bare "perseroan" / "the company" before it stands for (the one named earlier in the sentence, else the article's)."""
    named = [m for m in v.before(pos, ("Organization",)) if m.start not in v.role_orgs and m.role is None]
    bare = [b for b in _BARE.finditer(v.masked, 0, pos) if not any(m.start <= b.start() < m.end for m in v.mentions)]
    bare = [b for b in bare if b.group().lower() != "it" or b.start() == 0 or v.masked[b.start() - 1] in " \"\u201c"]
    if named and not bare:
        firms = {id(m.ent): m.ent for m in named}
        if len(firms) == 1:
            return _maker(named[0].ent)
        first = v.mentions[0]  # more than one: the sentence's subject, when it opens the sentence
        return _maker(first.ent) if first.type == "Organization" and _LEAD.fullmatch(v.masked[: first.start]) \
            and first.role is None and first.start not in v.role_orgs else None
    if not bare:
        if named or not _OPENS.fullmatch(v.masked[:pos]):
            return None
        # "Tiga produknya, yakni A, B dan C, …" opening a sentence: the company the text goes on about; after "Fasilitas
        # tersebut akan memproduksi OHT.", the plant's: its operator, else the company the whole text names most
        if v.index and _PLANT_SUBJECT.match(ctx.views[v.index - 1].masked):
            plants = ctx.typed("OPERATES")
            firms = story_firms(ctx)
            return _maker(ctx.by_id.get(plants[-1].head) if plants else max(firms, key=lambda e: len(e.mentions), default=None))
        subject = topic(ctx, v.index, back=3)
        return _maker(venture_of(ctx, subject) if subject is not None else plant_operator(ctx, v))  # (plant_operator maps ventures itself)
    every = [m.ent for m in v.before(bare[-1].start(), ("Organization",))]
    companies = {id(e): e for e in every if _maker(e) is not None}
    if len(companies) == 1:  # "Presiden Direktur PT X, Y, mengungkapkan perseroan telah mendaftarkan dua produknya"
        return next(iter(companies.values()))
    if companies or any(m.start > bare[-1].start() for m in v.before(pos, ("Organization",))):
        return None
    return _maker(main_firm(ctx, v.index))


def _it_makes(ctx: Context, v: View) -> None:
    c = IT_MAKES.match(v.masked)
    if c is None or not v.index:
        return
    after = v.after(c.end())
    if not after or after[0].type != "Product" or not _IT_GAP.fullmatch(" " + v.masked[c.end() : after[0].start]):
        return
    prev = ctx.views[v.index - 1]
    ms = [m for m in prev.mentions if not (m.type == "Location" and m is prev.mentions[0]
                                               and not prev.masked[: m.start].strip() and _DATELINE.match(prev.masked, m.end))]
    lead: M | None = ms[0] if ms else None
    if lead is None or lead.type != "Organization" or not _LEAD.fullmatch(prev.masked[: lead.start]) or lead.role is not None:
        return  # "It" goes back to the subject of the sentence before only when that subject is a company
    firm = _maker(lead.ent)
    if firm is None:
        return
    for rtype in ("DEVELOPS",) if c.group("make") else ("MARKETS",):
        for q in product_list(v, after[0]):
            ctx.emit(rtype, firm, q.ent, v, 0.6)
