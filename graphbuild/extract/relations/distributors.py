"""Distributors told by an anaphor or with an example: "Distributor tersebut akan memasarkan P",
"A menjadi distributor resmi sejumlah produk B, termasuk P", "A mendistribusikan 600 obat ke …, termasuk P".

Why: a release names the distributor once, as the object of "menggandeng" / "menunjuk" / "teams up
with", and the next sentence says what it sells through "distributor tersebut" / "the distributor".
The company meant is the last one the sentence before named. A distributor's range is often told by
its maker and one example ("termasuk P"), or with "perusahaannya" / "Perusahaan … itu" as the subject.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.discourse import regulator_like, story_firms
from graphbuild.extract.relations.makers_joint import product_list, products_listed
from graphbuild.types import Entity

_THE_DIST = re.compile(
    r"^[\s\"\u201c(]*(?:(?:[A-Za-z]+\s+){0,3}[A-Za-z]+\s*,\s*)?"
    r"(?:(?:distributor|PBF|pedagang\s+besar\s+farmasi|perusahaan\s+distribusi)\s+(?:tersebut|itu|ini)"
    r"|the\s+(?:distributor|wholesaler))\s+"
    r"(?:(?:akan|juga|kini|telah|sudah|selanjutnya|will|also|now|has|have|then)\s+)*"
    r"(?:memasarkan|mendistribusikan|menyalurkan|mengedarkan|menjual|market|markets|distribute|distributes|sell|sells)\s+"
    r"(?:(?:produk|obat|tablet|kapsul|sirup|vaksin|krim|the|its)\s+)?$",
    re.I,
)
watch(_THE_DIST)
THE_DIST = _THE_DIST  # what ``the_distributor`` reads (``corporate`` gates on it)


def the_distributor(ctx: Context, v: View) -> None:
    """MARKETS from the company the sentence before named last to the products "Distributor tersebut" sells."""
    if not v.index or not v.may(_THE_DIST):
        return
    first = next((m for m in v.mentions if m.type == "Product"), None)
    if first is None or not _THE_DIST.match(v.masked[: first.start]):
        return
    prev = [m for m in ctx.views[v.index - 1].mentions if m.type == "Organization" and m.role is None
            and m.ent.category == "company" and not regulator_like(m.ent)]
    if not prev:
        return
    for p in products_listed(v, first):
        ctx.emit("MARKETS", prev[-1].ent, p.ent, v, 0.6)


# "menjadi distributor resmi (sejumlah produk B)", "ditunjuk sebagai distributor tunggal P", "mendistribusikan 600 obat"
_RANGE = re.compile(
    r"\b(?:(?P<role>(?:(?:sole|exclusive|official|main|national)\s+)*(?:distributor|pemasar|agen)\s+"
    r"(?:(?:resmi|tunggal|eksklusif|utama|nasional|sole|exclusive|official|main|national)\s+)*"
    r"(?:(?:for|of|bagi|untuk|dari)\s+)?)|(?:mendistribusikan|menyalurkan|memasarkan|distributes|supplies)\s+)",
    re.I,
)
# between the role and its product: a few describing words, maybe the region first ("distributor wilayah timur untuk
# vaksin hepatitis B P"), a disease letter ending the class phrase
_ROLE_GAP = re.compile(r"(?:(?:wilayah|area|kawasan|regional|region)\s+(?:[a-z]+\s+){1,2}(?:untuk|bagi|for)\s+)?"
                       r"(?:[a-z][\w-]*\s+){0,3}(?:(?<=[a-z] )[A-Z]\s+)?")
# the role's copula before it ("menjadi", "sebagai", "is the"): the distributor word is said of the subject
_ROLE_LEAD = re.compile(r"\b(?:menjadi|sebagai|selaku|as|is|became|becomes)\s+(?:(?:the|an?|satu-satunya|salah\s+satu)\s+)?$", re.I)
watch(_RANGE)
RANGE = _RANGE  # ``corporate`` gates on it
_APPOINTED = re.compile(r"(?:\s*\([^()]*\))?\s*,?\s*(?:(?:kini|juga|telah|resmi|akan|sudah|saat\s+ini|now|also|has\s+been|have\s+been"
                        r"|will\s+be|was|is|serves|acts|ditunjuk|diangkat|dipercaya|appointed|named)\s+)*$", re.I)
# "perusahaannya", "Perusahaan distributor yang berkantor di Tangerang itu", "the company": who is meant by the anaphor
_ANAPHOR = re.compile(r"\b(?:(?P<own>perusahaannya)|perusahaan\s+(?:[^.;]{0,80}?\s)?(?:ini|tersebut|itu)|perseroan|the\s+company"
                      r"|anak\s+(?:usaha|perusahaan)\s+(?:ini|tersebut|itu)|(?:the|this)\s+subsidiary)"
                      r"(?:\s+(?:kini|juga|telah|resmi|akan|sudah|saat\s+ini|now|also|has\s+been|will\s+be|was|is|serves|acts"
                      r"|ditunjuk|diangkat|dipercaya|appointed|named))*\s*$", re.I)
_MAKER_PRODUCTS = re.compile(r"(?:(?:sejumlah|beberapa|seluruh|semua|berbagai|several|all|a\s+number\s+of|the)\s+)?"
                             r"(?:produk|obat|products|medicines|drugs)(?:\s+(?:milik|buatan|produksi|of|made\s+by|from))?\s+(?:PT\.?\s+)?$", re.I)
_EXAMPLE = re.compile(r"\b(?:termasuk|antara\s+lain|di\s+antaranya|seperti|including|such\s+as|notably)\s+"
                      r"(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,4}$", re.I)
_EXAMPLE_WORD = re.compile(r"\b(?:termasuk|antara\s+lain|di\s+antaranya|seperti|including|such\s+as|notably)\b", re.I)
watch(_EXAMPLE_WORD)
_NOT_SOLD = re.compile(r"\b(?:tidak|tak|bukan|belum|no\s+longer|not|never|berhenti|mencari|seeking|looking\s+for)\b"
                       r"(?:\s+\w+){0,2}\s*$", re.I)


def distributor_range(ctx: Context, v: View) -> None:
    """MARKETS from a distributor to the products it is said to carry ("termasuk P"); DEVELOPS from their maker."""
    if not v.may(_RANGE):
        return  # (``corporate`` calls it only where a product is named)
    example = v.may(_EXAMPLE_WORD)
    for c in v.cues(_RANGE):
        role = c.group("role")
        after = v.after(c.end())
        first = after[0] if after else None
        if role and first is not None and first.type == "Product" and _ROLE_GAP.fullmatch(v.masked, c.end(), first.start):
            prod: M | None = first  # "ditunjuk sebagai distributor tunggal P"
        elif not example:
            continue  # no product right after the role, and no "termasuk P" in the sentence
        else:
            prod = None
        start = c.start()
        if role:
            lead = _ROLE_LEAD.search(v.masked, max(0, start - 40), start)
            if lead is None:
                continue
            start = lead.start()
        maker: M | None = None
        if prod is None:
            if role and first is not None and first.type == "Organization" and _MAKER_PRODUCTS.fullmatch(
                    v.masked[c.end() : first.start]):
                maker, after = first, v.after(first.end)
            end = v.masked.find(";", c.end())
            stop = min(x for x in (end, v.masked.find(". ", c.end()), len(v.masked)) if x >= 0)
            prod = next((m for m in after if m.type == "Product" and m.end <= stop
                         and _EXAMPLE.search(v.masked, max(0, m.start - 60), m.start)), None)
        if prod is None or prod.start - c.end() > 220 or any(
                m.type in ("Organization", "Product", "Person") for m in v.mentions
                if c.end() <= m.start < prod.start and m is not maker):
            continue
        if _NOT_SOLD.search(v.masked, max(0, start - 30), start) or (seller := _subject(ctx, v, start)) is None:
            continue
        for p in product_list(v, prod):
            ctx.emit("MARKETS", seller, p.ent, v, 0.65)
            if maker is not None and maker.ent is not seller and not regulator_like(maker.ent):
                ctx.emit("DEVELOPS", maker.ent, p.ent, v, 0.65)


def _subject(ctx: Context, v: View, start: int) -> Entity | None:
    """The company named (or meant by "perusahaannya" / "Perusahaan … itu") right before the cue."""
    before = next(iter(v.before(start)), None)
    if before is not None and before.type == "Organization" and before.role is None and before.start not in v.role_orgs \
            and _APPOINTED.fullmatch(v.masked[before.end : start]):
        return None if regulator_like(before.ent) else before.ent
    ana = _ANAPHOR.search(v.masked, max(0, start - 140), start)
    if ana is None:
        return None
    firms = [m.ent for m in v.before(ana.start(), ("Organization",)) if m.role is None and m.ent.category == "company"
             and not regulator_like(m.ent)]
    if not firms and ana.group()[:9].lower() == "perseroan":  # the listed company the release is about
        listed = [e for e in story_firms(ctx) if re.search(r"\bTbk\b", e.name) and not regulator_like(e)]
        if len(listed) == 1:
            return listed[0]
    if not firms and v.index:
        # the sentence before: its subject, the first company it names ("A, anak usaha B. Perusahaan … itu …": A)
        firms = [m.ent for m in ctx.views[v.index - 1].mentions if m.type == "Organization" and m.role is None
                 and m.ent.category == "company" and not regulator_like(m.ent)]
    return firms[0] if firms else None


# "mendistribusikan tiga produk andalan A, yakni P, Q dan R", "to market and distribute two A products in B: P …":
# the seller's object is the maker's range, then the products; what the seller sells are the products after the maker
_RANGE_OF = re.compile(r"\s*(?:(?:dua|tiga|empat|lima|enam|\d+|sejumlah|beberapa|seluruh|semua|berbagai|two|three|four|five|six"
                       r"|several|all)\s+)?(?:(?:produk|obat)(?:\s+(?:generik|herbal|resep|bebas|tradisional))?"
                       # "mendistribusikan obat generik produksi PT A, antara lain …": the kind, then the maker
                       r"\s+(?:(?:andalan|unggulan|utama|milik|buatan|produksi|keluaran)\s+)?)?"
                       r"(?:PT\.?\s+)?$", re.I)
_RANGE_THEN = re.compile(r"(?:'s|\u2019s)?\s*(?:(?:flagship|leading|key|herbal|generic)\s+)?(?:products?|medicines|brands)?"
                         r"(?:\s+(?:di|ke|in|to|untuk|for)\s+\u2588+(?:\s*(?:,|dan|serta|and)\s*\u2588+)*)?"
                         r"\s*(?:,\s*(?:yakni|yaitu|antara\s+lain|di\s+antaranya|termasuk|namely|including)|:|\s+(?:yakni|yaitu"
                         r"|antara\s+lain|namely))\s*(?:(?:[a-z][\w-]*|\([^()\u2588]*\))\s+){0,6}$")


def maker_range(v: View, end: int, after: list[M]) -> list[M] | None:
    """The mentions from the first product of "<n> produk andalan A, yakni P …" after a selling verb (None if not so)."""
    org = after[0] if after else None
    if org is None or org.type != "Organization" or not _RANGE_OF.fullmatch(v.masked[end : org.start]):
        return None
    first = next((m for m in after[1:] if m.type == "Product"), None)
    if first is None or not _RANGE_THEN.fullmatch(v.masked[org.end : first.start]):
        return None
    if not re.search(r"\b(?:produk|obat|products?|medicines|brands)\b", v.masked[end : first.start], re.I):
        return None  # "mendistribusikan A, yakni …": no range said
    ranged = [m for m in after if m.start >= first.start]
    # "antara lain sirup parasetamol Paramed Anak": the substance right before a brand only describes it
    return [m for m in ranged if not (m.type == "Product" and m.text[:1].islower() and (n := v.next_mention(m)) is not None
                                      and n.type == "Product" and n.text[:1].isupper() and not v.masked[m.end : n.start].strip())]


# "Produk-produk berikut diproduksi oleh A dan didistribusikan oleh B:": B, named with the passive seller verb
_SOLD_BY_HEAD = re.compile(r"\b(?:didistribusikan|dipasarkan|disalurkan|diedarkan|distributed|marketed|sold)\s+"
                           r"(?:(?:di|in)\s+\u2588+\s+)?(?:oleh|by)\s+(?:PT\.?\s+)?$", re.I)


_RANGE_OWNER = re.compile(r"\b(?:milik|buatan|produksi|keluaran|andalan|unggulan)\s+(?:PT\.?\s+)?$", re.I)


def range_maker(v: View, end: int, after: list[M]) -> M | None:
    """The maker whose range a seller carries ("mendistribusikan obat generik produksi A, antara lain P"): A."""
    org = after[0] if after else None
    if org is None or org.type != "Organization" or regulator_like(org.ent) or not _RANGE_OWNER.search(v.masked[end : org.start]):
        return None
    return org


def seller_of_list(v: View) -> Entity | None:
    """The company a list's head names as the one that distributes the items ("… dan didistribusikan oleh B:")."""
    for m in v.mentions:
        if m.type == "Organization" and m.role is None and _SOLD_BY_HEAD.search(v.masked, max(0, m.start - 60), m.start) \
                and not regulator_like(m.ent):
            return m.ent
    return None
