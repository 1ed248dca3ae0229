"""Products named as a counted group: "BPOM mencabut izin edar tiga produk sirup produksi PT X.
Ketiga produk tersebut adalah A, B, dan C."

Why: releases about recalls, approvals and raids count the products first, list them in the next
sentence (or its bullets), and then speak of "produk-produk tersebut" or "ketiga obat itu". The
sentences that say what happened to the products name none of them, so no family can link them.
Here a list sentence opened by a count ("Ketiga produk tersebut adalah …", "The three products
are …") defines a group. The few sentences before it, which count the products or speak of them,
and later sentences that refer back to the group get, for every member, the product relations their cue
words state (the fallback's rules: APPROVED, REGISTERED_WITH, MARKETS, DEVELOPS, REVOKED). This
runs before the fallback, so a counted sentence no longer links its company to a contaminant
named beside the count ("… setelah ditemukan cemaran etilen glikol").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from graphbuild.extract.relations import fallback, fallback_referents, fallback_sides
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.cues import negated
from graphbuild.extract.relations.litsearch import literal_search
from graphbuild.types import Entity

_ORD = r"ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)"
_NUM = r"(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|\d{1,3})"
_EN_NUM = r"(?:two|three|four|five|six|seven|eight|nine|ten)"
_NOUN = r"(?:produk|obat|vaksin|sirup|kosmetik|suplemen|jamu|merek|sediaan|biosimilar|obat\s+(?:tradisional|generik))"
_EN_NOUN = r"(?:products|drugs|medicines|vaccines|brands|syrups|cosmetics|supplements|biosimilars|generics)"

# the list sentence: "Ketiga produk tersebut adalah", "Tiga obat itu yakni:", "The three products are"
# (``\W*+``: every branch opens with a word character, so giving back a non-word one never helps; the plain
# ``\W*`` retried every branch after each character of a masked name opening the sentence)
_INTRO = re.compile(
    rf"^\W*+(?:(?:{_ORD}|{_NUM})\s+(?:[\w-]+\s+){{0,2}}?{_NOUN}|{_NOUN}-{_NOUN}"
    rf"|(?:the|these)\s+(?:(?:first|initial|next|new)\s+)?(?:{_EN_NUM}\s+)?(?:[\w-]+\s+)?{_EN_NOUN})\b[^\u2588.]{{0,40}}?"
    r"\b(?:adalah|ialah|yaitu|yakni|meliputi|antara\s+lain|di\s+antaranya|terdiri\s+(?:atas|dari)|are|were|include)\b\s*:?\s*",
    re.I,
)
# the sentence before it counts what the list names: "izin edar tiga produk sirup obat batuk"
_COUNT = re.compile(rf"\b(?:{_NUM}|sejumlah|beberapa|{_EN_NUM}|several)\s+(?:[\w-]+\s+){{0,2}}?(?:{_NOUN}|{_EN_NOUN})\b", re.I)
# a later sentence speaks of the group: "ketiga produk tersebut", "produk-produk itu", "the three drugs"
_BACK = re.compile(
    rf"\b(?:{_ORD}\s+(?:[\w-]+\s+){{0,2}}?{_NOUN}|{_NOUN}-{_NOUN}|{_NOUN}\s+(?:tersebut|itu)"
    rf"|(?:the|these)\s+(?:{_EN_NUM}\s+)?{_EN_NOUN})\b",
    re.I,
)
for _p in (_INTRO, _COUNT, _BACK):
    watch(_p)
_back_search = literal_search(_BACK)
_ONE = re.compile(rf"{_NOUN}\s+(?:tersebut|itu)", re.I)  # a singular reference ("produk itu"), not "ketiga produk itu"  # tried only where its leading words start ("kedua", "ketiga" …)

_RULES = tuple(r for r in fallback.RULES if r.many is fallback_sides.product)
_BULLET = re.compile(r"\W*(?:\d{1,2}[.)]|[-*\u2022])?\s*")
_AHEAD = 8  # sentences after the list that may still speak of the group
_BEHIND = 4  # sentences before it: "… tujuh produk … . Seluruh produk tersebut diproduksi oleh X. Ketujuh produk itu adalah …"


@dataclass
class _Group:
    at: int  # index of the list sentence
    members: list[Entity]


def find(ctx: Context) -> None:
    for g in _groups(ctx):
        for v in _behind(ctx, g.at):  # the count, and what is said of it before the list
            if any(m.type == "Product" and m.ent not in g.members and m.ent.name[:1].isupper() for m in v.mentions):
                break
            for cue, search in ((_COUNT, _COUNT.search), (_BACK, _back_search)):
                if v.may(cue) and (m := search(v.masked)):
                    _link(ctx, v, g, m.span())
                    break
        singled = False
        for v in ctx.views[g.at + 1 : g.at + 1 + _AHEAD]:
            if any(m.type == "Product" and m.ent not in g.members and m.ent.name[:1].isupper() for m in v.mentions):
                break  # other brands named: later references are theirs (not a substance named in passing)
            named = {m.ent.id for m in v.mentions if m.type == "Product"}
            singled = singled or 0 < sum(e.id in named for e in g.members) < len(g.members)
            if v.may(_BACK) and (m := _back_search(v.masked)):
                if singled and _ONE.fullmatch(m.group(0)):
                    break  # "Khusus untuk C, BPOM mencabut … produk tersebut. Produk itu …": the member singled out
                _link(ctx, v, g, m.span())


def _behind(ctx: Context, at: int) -> list[View]:
    """The ``_BEHIND`` sentences before the list sentence, nearest first; a list in between (its items and the line
    that opens it with a colon) does not count: "… sirup obat produksi PT X. Sanksinya berupa: 1. … 2. … Ketujuh
    produk itu adalah …"."""
    out: list[View] = []
    told = 0
    for v in reversed(ctx.views[max(0, at - 3 * _BEHIND) : at]):
        out.append(v)
        if not (_ITEM.match(v.text) or v.text.rstrip().endswith(":")):
            told += 1
            if told == _BEHIND:
                break
    return out


_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-*\u2022\u2013])\s")  # a bulleted or numbered list item


def _groups(ctx: Context) -> list[_Group]:
    out = []
    for v in ctx.where(_INTRO, every=True):
        if (intro := _INTRO.match(v.masked)) is None:
            continue
        # a brand glossed by its substance may be filed under the substance's name: its mention tells
        members = _brands(m.ent for m in v.after(intro.end(), ("Product",)) if m.text[:1].isupper())
        if not members and v.masked.rstrip().endswith(":"):
            for w in ctx.views[v.index + 1 : v.index + 13]:  # bullets: "1. A", "- B"
                first = w.mentions[0] if w.mentions else None
                if first is None or first.type != "Product" or not _BULLET.fullmatch(w.masked[: first.start]):
                    break
                members.extend(e for e in _brands([first.ent]) if e not in members)
        if len(members) >= 2:
            out.append(_Group(v.index, members))
    return out


def _brands(ents: object) -> list[Entity]:
    """Named products, not the substances a list sentence may mention in passing."""
    out: list[Entity] = []
    for e in ents:  # type: ignore[attr-defined]
        if (e.name[:1].isupper() or any(a[:1].isupper() for a in e.aliases)) and e not in out:
            out.append(e)
    return out


# "Dua dari tiga produk tersebut, yakni A dan B", "salah satu dari ketiga obat itu", "two of the three drugs": a part
_PART_OF_GROUP = re.compile(r"\b(?:salah\s+satu|sebagian(?:\s+besar)?|separuh|satu|dua|tiga|empat|lima|\d{1,2}|one|two|three|"
                            r"four|some|most|none)\s+(?:dari|di\s+antara|antara|of)\s+(?:[\w-]+\s+)?$", re.I)


def _link(ctx: Context, v: View, g: _Group, span: tuple[int, int]) -> None:
    """The product relations ``v`` states of the group it refers to at ``span``."""
    if _PART_OF_GROUP.search(v.masked, max(0, span[0] - 40), span[0]):
        return  # "Dua dari tiga produk tersebut …": only some of the group, named in the sentence
    # the group's own noun ("produk") is no cue: it is what the sentence is about
    masked = v.masked[: span[0]] + " " * (span[1] - span[0]) + v.masked[span[1] :]
    ents: list[Entity] = []
    for m in v.mentions:
        if m.role is None and m.ent not in ents and m.type != "Product":
            ents.append(m.ent)
    for rule in _RULES:
        if not v.may(rule.cue) or (said := fallback._SEARCH[id(rule.cue)](masked)) is None:
            continue
        if negated(masked, said.start()) or (rule.unless is not None and rule.unless.search(masked)):
            continue
        ones = [e for e in ents if rule.one(e)] or fallback_referents.referent(ctx, v, rule.one)
        if len(ones) != 1:
            continue
        for p in g.members:
            head, tail = (ones[0], p) if rule.one_is_head else (p, ones[0])
            ctx.emit(rule.rtype, head, tail, v, 0.5)
