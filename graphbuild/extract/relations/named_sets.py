"""DEVELOPS from a set of products named through its owner, and the list that names the set's members.

Why: stories name a company's products with a noun phrase that carries the owner, then list them, with no
making verb between the owner and the products: "dua produk biosimilar yang dikembangkan Jinhe, yaitu A dan B",
"Dua produk andalan PT X, sirup obat batuk A dan salep kulit B, …", "dua produk Rheinfeld lainnya, yakni …",
"lima produk sirup obat batuk milik PT X …. Kelima produk itu adalah A, B, …" (the list a sentence later),
"X's OHT range, including A and B", "two of the company's flagship phytopharmaceuticals, A and B",
"three of its products: the albumin solution A, …" (a describing phrase before each member). The owner is the
brand owner: the annotators give it DEVELOPS whoever fills the product (the contract maker is told apart).
A distributor's or a regulator's "produk" is not theirs to make, so those owners are skipped.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.discourse import NOT_MAKERS, main_firm, regulator_like
from graphbuild.extract.relations.owned_sets import count_of, later_list, products_listed
from graphbuild.types import Entity

_NOUN = r"produk|obat|vaksin|jamu|suplemen|kosmetik|merek|fitofarmaka|biosimilar"
# "produk [sirup obat batuk] milik PT X", "produk andalan X", "produk yang dikembangkan oleh X", "produk X lainnya"
_ID_SET = re.compile(
    rf"\b(?:{_NOUN})(?:-(?:{_NOUN}))?\s+"
    r"(?:(?:(?:(?!(?:yang|milik|untuk|dari|di|ke|oleh|itu|ini|tersebut|lain|lainnya)\b)[a-z][\w-]*|[A-Z]{1,2}\b|\u2588+)\s+){0,6}?"
    r"(?:milik|andalan|unggulan|besutan|buatan|keluaran|produksi|yang\s+(?:(?:telah|sudah|juga|selama\s+ini)\s+)?"
    r"(?:dikembangkan|diproduksi|dibuat|dikembangkan\s+dan\s+diproduksi)(?:\s+oleh)?)\s+(?:PT\.?\s+)?)?",
    re.I,
)  # with no owner word, the owner must stand right after the noun: "dua produk Rheinfeld lainnya"
# "X's OHT range", "its products", "the company's flagship phytopharmaceuticals"
_EN_SET = re.compile(
    r"(?:['\u2019]s?|\bits|\btheir)\s+(?:(?!(?:and|or|with|in|for|to|by|of)\b)[\w-]+\s+){0,3}?"
    r"(?:range|products|portfolio|brands|medicines|drugs|vaccines|phytopharmaceuticals|generics|biosimilars)\b",
    re.I,
)
# "PT X resmi meluncurkan tiga produk herbal terbaru …. Ketiga produk itu adalah A, B dan C": a launch counts the set
_LAUNCH = re.compile(
    r"\b(?:meluncurkan|memperkenalkan|menghadirkan|merilis|launch(?:ed|es)?|introduc(?:ed|es)|unveil(?:ed|s)?)\s+"
    r"(?P<n>dua|tiga|empat|lima|enam|tujuh|delapan|two|three|four|five|six|seven|eight|\d)\s+"
    rf"(?:[a-z][\w-]*\s+){{0,3}}?(?:{_NOUN}|products|brands|medicines|vaccines|supplements)\b",
    re.I,
)
# "Kedua obat itu nantinya diproduksi KPI", "Kedua produk merupakan hasil pengembangan X": the set told just before
_BACK_SET = re.compile(
    r"^\W*(?:(?:sementara\s+itu|adapun)\s*,?\s*)?ke(?P<n>dua|tiga|empat|lima)(?:nya|\s+(?:produk|obat|vaksin|merek|jamu)"
    r"(?:\s+(?:itu|tersebut|ini))?)\s+(?:(?:nantinya|akan|juga|kini|telah|sudah|masing-masing|sama-sama)\s+)*"
    r"(?:(?P<make>diproduksi|dikembangkan|dibuat|diracik|merupakan\s+(?:hasil\s+pengembangan|hasil\s+riset|produk|produksi|buatan))"
    r"|dipasarkan|didistribusikan|diedarkan)\s+(?:(?:oleh|secara\s+lokal\s+oleh)\s+)?(?:PT\.?\s+)?",
    re.I,
)
# "three Nusa Botanika products in Malaysia and Brunei: A, B and C", "two Hanbit-developed medicines: A and B"
_EN_COUNTED = re.compile(
    r"\b(?:two|three|four|five|six)\s+(?P<firm>\u2588+|[A-Z]\w+(?:-[A-Z]\w*)?(?:\s+[A-Z]\w+(?:-[A-Z]\w*)?){0,2}?)(?:-(?:developed|made|owned))?\s+"
    r"(?:[a-z][\w-]*\s+){0,2}?(?:products|brands|medicines|drugs|vaccines)\b"
)
watch(_ID_SET, _EN_SET, _LAUNCH, _BACK_SET, _EN_COUNTED)
CUES = (_ID_SET, _EN_SET, _LAUNCH, _BACK_SET, _EN_COUNTED)
_ANY = CueGroup(*CUES)
# between the owner (or the set's noun) and the first member: "lainnya, yakni", ", ", ": the albumin solution"
_INTRO = re.compile(
    r"(?:\s+(?:in|di)\s+\u2588+(?:\s*,\s*\u2588+)*(?:,?\s+(?:and|dan)\s+\u2588+)?)?"  # "… products in Malaysia and Brunei: A"
    r"(?:\s*\([^()\u2588]*\))?(?:\s+(?:lainnya|lain|sendiri))?\s*(?:(?:,\s*)?(?:yaitu|yakni|adalah|ialah|meliputi|antara\s+lain"
    r"|di\s+antaranya|seperti|termasuk|namely|including|such\s+as)\s*:?\s*|:\s*|,\s*)"
    r"(?:(?:the|a|an)\s+)?(?:(?!(?:dan|serta|and|yang|which|sedangkan|sementara|namun|tetapi|while|whereas|but)\b)[a-z][\w-]*\s+){0,3}",
    re.I,
)
_N = r"dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|two|three|four|five|six|seven|eight|\d{1,2}"
_COUNT = re.compile(rf"\b({_N})\s+(?:of\s+(?:the\s+company|\u2588+)?\s*)?$", re.I)
_THE_FIRM = re.compile(r"\b(?:the\s+company|perseroan)$", re.I)


def find(ctx: Context, v: View) -> None:
    ids, en, launch, back, counted = _ANY.may_each(v)
    for c in v.cues(_ID_SET) if ids else ():
        owner = next(iter(v.after(c.end())), None)
        if owner is not None and owner.start == c.end():
            if owner.type == "Organization":
                _emit(ctx, v, _maker(owner.ent), owner.end, c.start())
        elif (short := _SHORT.match(v.masked, c.end())) is not None:  # "produk Rheinfeld lainnya": a short name
            _emit(ctx, v, _maker(_short_firm(ctx, v, short.group(1))), short.end(), c.start())
    for c in v.cues(_EN_SET) if en else ():
        _emit(ctx, v, _maker(_en_owner(ctx, v, c)), c.end(), c.start())

    for c in v.cues(_EN_COUNTED) if counted else ():
        firm = next((m for m in v.mentions if m.start == c.start("firm")), None)
        owner = firm.ent if firm is not None and firm.type == "Organization" else None
        if firm is None and "\u2588" not in c.group("firm"):
            owner = _short_firm(ctx, v, c.group("firm"))
        _emit(ctx, v, _maker(owner), c.end(), c.start())
    for c in v.cues(_LAUNCH) if launch else ():
        _launched(ctx, v, c)
    if back and v.index and (c := _BACK_SET.match(v.masked)) is not None:
        _told_before(ctx, v, c)


def _told_before(ctx: Context, v: View, c: re.Match[str]) -> None:
    """The firm right after the verb makes (sells) the products of the sentence before that names exactly that many."""
    firm = next(iter(v.after(c.end())), None)
    if firm is None or firm.start != c.end() or firm.type != "Organization":
        return
    owner = _maker(firm.ent) if c.group("make") else firm.ent
    many = count_of(c.group("n"))
    if owner is None or regulator_like(owner):
        return
    for w in (ctx.views[i] for i in range(v.index - 1, max(-1, v.index - 3), -1)):
        prods = list({id(m.ent): m.ent for m in w.mentions if m.type == "Product"}.values())
        if not prods:
            continue
        if len(prods) == many:
            for p in prods:
                ctx.emit("DEVELOPS" if c.group("make") else "MARKETS", owner, p, v, 0.6)
        return


def _launched(ctx: Context, v: View, c: re.Match[str]) -> None:
    """The launching company (the sentence's subject, just before the verb) makes the counted set's members."""
    subj = next((m for m in v.mentions if m.type == "Organization" and m.role is None and m.start not in v.role_orgs), None)
    if subj is None or subj.end > c.start() or c.start() - subj.end > 40 or not _VERB_GAP.fullmatch(v.masked[subj.end : c.start()]):
        return
    owner = _maker(subj.ent)
    first = next(iter(v.after(c.end(), ("Product",))), None)
    if owner is None or (first is not None and first.start - c.end() <= 80 and _INTRO.fullmatch(v.masked[c.end() : first.start])):
        return  # listed in the sentence itself: the launch verb's own rules read it
    many = count_of(c.group("n"))
    prods = later_list(ctx, v.index, many)
    if len(prods) == many:
        for w, p in prods:
            ctx.emit("DEVELOPS", owner, p.ent, w, 0.6)


_VERB_GAP = re.compile(r"(?:\s*\([^()]*\))?\s+(?:(?:resmi|secara\s+resmi|telah|sudah|juga|kembali|baru\s+saja|officially|has|have|today|also)\s+)*",
                       re.I)

# a firm's short name that was not taken as a mention: capitalised words right after the noun / before "'s"
_SHORT = re.compile(r"((?:[A-Z][\w-]+)(?:\s+[A-Z][\w-]+){0,2})(?=\s+(?:lainnya|lain)\b|\s*(?:,|:|\(|\s+(?:yaitu|yakni)\b))")
_SHORT_BEFORE = re.compile(r"(?<![\w\u2588])((?:[A-Z][\w-]+)(?:\s+[A-Z][\w-]+){0,2})$")
_FORM = re.compile(r"^(?:PT\.?|CV)\s+")


def _short_firm(ctx: Context, v: View, words: str) -> Entity | None:
    """The one company of the story whose name (less "PT") starts with ``words``."""
    firms = [e for e in ctx.by_id.values() if e.type == "Organization"]
    exact = [e for e in firms if words in e.aliases]  # "Hanbit" said of "Hanbit Biologics Co., Ltd." (not of "PT Hanbit X")
    if len(exact) == 1:
        return exact[0]
    hits = [e for e in firms if any(_FORM.sub("", n) == words or _FORM.sub("", n).startswith(words + " ")
                                             for n in (e.name, *e.aliases))]
    return hits[0] if len(hits) == 1 else None


def _maker(e: Entity | None) -> Entity | None:
    if e is None or e.category in NOT_MAKERS or regulator_like(e) or cues.SELLER_NAME.search(e.name):
        return None
    return e


def _en_owner(ctx: Context, v: View, c: re.Match[str]) -> Entity | None:
    """Whose set "X's …", "the company's …", "its …" is: the name right before, the story's firm, the subject."""
    lead = c.group()[:1]
    if lead in "'\u2019":
        prev = next(iter(v.before(c.start())), None)
        if prev is not None and (prev.end == c.start() or (prev.end == c.start() - 1 and v.masked[prev.end] == ".")):
            return prev.ent if prev.type == "Organization" else None
        if _THE_FIRM.search(v.masked, 0, c.start()):
            return main_firm(ctx, v.index)
        short = _SHORT_BEFORE.search(v.masked, 0, c.start())
        return _short_firm(ctx, v, short.group(1)) if short is not None else None
    orgs = [m for m in v.before(c.start(), ("Organization",)) if m.role is None and m.start not in v.role_orgs]
    if not orgs:
        return None
    # "A grants B a licence to make three of its products": the grantor's (none when A is not named here); else the
    # nearest firm, the clause's subject
    grants = list(_GRANTS.finditer(v.masked, 0, c.start()))
    grant = grants[-1] if grants else None
    if grant is None:
        return orgs[0].ent
    grantor = next((m for m in orgs if m.end <= grant.start()), None)
    if grantor is None and (short := _SHORT_BEFORE.search(v.masked.rstrip(), 0, grant.start() - 1)) is not None:
        return _short_firm(ctx, v, short.group(1))
    return grantor.ent if grantor is not None else None


_GRANTS = re.compile(r"\b(?:grants?|granted|memberikan|memberi)\b", re.I)


def _emit(ctx: Context, v: View, owner: Entity | None, end: int, start: int) -> None:
    """The members listed right after ``end`` (else, for a counted set, the list a later sentence gives)."""
    if owner is None:
        return
    first = next(iter(v.after(end, ("Product",))), None)
    prods: list[tuple[View, M]] = []
    if first is not None and first.start - end <= 80 and _INTRO.fullmatch(v.masked[end : first.start]):
        prods = [(v, p) for p in _members(v, first)]
    elif (n := _COUNT.search(v.masked, max(0, start - 40), start)) is not None and (many := count_of(n.group(1))):
        prods = later_list(ctx, v.index, many)
        if len(prods) != many:
            return
    for w, p in prods:
        if p.ent is not owner:
            ctx.emit("DEVELOPS", owner, p.ent, w, 0.6)


# between members: a trailing form and a leading class phrase ("A herbal capsules, the ready-to-drink B, and the vitamin
# supplement C"), a bracket ("A (ibuprofen), B")
_NEXT = re.compile(r"(?:\s*\([^()]*\))?\s*(?:[a-z][\w-]*\s*){0,3}(?:,\s*(?:(?:and|dan|serta)\s+)?|\b(?:and|dan|serta)\s+)"
                   r"(?:(?:the|a|an)\s+)?(?:(?!(?:yang|which|untuk|for)\b)[a-z][\w-]*\s+){0,3}")


def _members(v: View, first: M) -> list[M]:
    """The set's members from ``first`` on: the longer of the usual list reading and one past class phrases."""
    out = [first]
    while (nxt := v.next_mention(out[-1])) is not None and nxt.type == "Product" and _NEXT.fullmatch(
            v.masked, out[-1].end, nxt.start):
        out.append(nxt)
    usual = products_listed(v, first)
    return out if len(out) > len(usual) else usual
