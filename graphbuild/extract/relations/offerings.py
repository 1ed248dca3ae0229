"""What a company's range is said to include and who sells it (DEVELOPS, MARKETS).

"Its product portfolio includes A, B", "Dua produk andalannya, X dan Y" (the company spoken of),
"sertifikat CPOB … untuk produksi P" (the site's operator), "The products will be distributed
nationwide by X", "Distributor resmi produk tersebut, PT X". Split out of ``makers`` (which keeps
the maker phrasings around a product or a develop/market verb); ``corporate`` runs both in one pass. The
makers and sellers told by a pronoun ("its treatment", "buatannya", "memasarkannya") are in ``pronoun_makers``.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.cuegroup import RuleTable
from graphbuild.extract.relations.discourse import story_firms
from graphbuild.extract.relations.distributors import seller_of_list
from graphbuild.extract.relations.makers import (
    FILLER,
    ORG,
    SELLER_ROLE,
    main_firm,
    plant_operator,
    products_listed,
    regulator_like,
    spoken_of,
    topic,
)
from graphbuild.extract.relations.pronoun_makers import (
    ITS_BEFORE,
    ITS_OWN,
    ITS_VERB,
    MADE_HERE,
    its_own,
    object_pronoun,
)
from graphbuild.extract.relations.referents import PRODUCT_ANAPHOR, antecedents
from graphbuild.extract.relations.registration import bullets
from graphbuild.extract.relations.subsidiary_refs import release_firm
from graphbuild.types import Entity

# "Its product portfolio includes A, B", "Dua produk andalannya, X dan Y", "merek unggulan perseroan, Z":
# the company spoken of makes what its range is said to include
_PORTFOLIO = re.compile(
    r"\b(?:(?:its|their|the\s+company['\u2019]s)\s+(?:[\w-]+\s+){0,2}?(?:portfolio|brands)\s+"
    r"(?:includes?|including|comprises|spans|such\s+as)"
    r"|(?:portofolio\s+produk|produk(?:-produk)?|merek(?:-merek)?)\s+(?:andalan|unggulan)"
    r"(?:nya|\s+(?:perseroan|perusahaan)(?:\s+(?:ini|tersebut))?)"
    r"|portofolio\s+produk(?:nya|\s+(?:perseroan|perusahaan)(?:\s+(?:ini|tersebut))?)\s+(?:meliputi|mencakup|antara\s+lain)"
    r"|with\s+(?:[\w-]+\s+){0,2}?products\b[^.;\u2588]{0,40}?\s(?:including|such\s+as))\b",
    re.I,
)
_PORTFOLIO_GAP = re.compile(r"[\s,:]*(?:(?:meliputi|mencakup|antara\s+lain|di\s+antaranya|termasuk|yakni|yaitu|adalah|seperti"
                            r"|the|[a-z][\w-]*)\s+){0,4}")
# "Produk andalan PT A adalah P", "Produk unggulan Borneo Herbal, yakni P": the company named after the word
_FLAGSHIP_OF = re.compile(r"\b(?:produk|merek|obat|vaksin)\s+(?:andalan|unggulan|utama)\s+(?:PT\.?\s+)?(?=\u2588)", re.I)
# "Produk unggulan UD A, P, telah …", "Produk andalan Selbio, Glarsela, merupakan …": a bare apposition names it too
# (a bracketed ticker or town may follow the company: "PT A Tbk (IDX: AAA), P", "CV A (Karanganyar), jamu P")
_IS_NAMED = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:,\s*(?:[a-z][\w-]*\s+){0,2}?"
                       r"|,?\s*(?:adalah|ialah|yakni|yaitu|merupakan)\s+(?:(?:[a-z][\w-]*)\s+){0,3}?)", re.I)
# "Produk perdana yang keluar dari lini produksi baru adalah P": the first or flagship product of the company spoken of
_FIRST_PRODUCT = re.compile(r"^\W*(?:[\w\s]{0,25},\s*)?produk\s+(?:perdana|pertama|andalan|unggulan|utama)"
                            r"(?:nya)?(?:\s+yang\s+[^.;\u2588]{0,60}?)?\s+(?:adalah|ialah|yakni|yaitu)\s+"
                            r"(?:[a-z][\w-]*\s+){0,3}?$", re.I)
watch(_PORTFOLIO, _FLAGSHIP_OF, _FIRST_PRODUCT)


def portfolio(ctx: Context, v: View) -> None:
    first = v.mentions[0] if v.may(_FIRST_PRODUCT) else None
    if first is not None and first.type == "Product" and _FIRST_PRODUCT.match(v.masked[: first.start]) and v.index:
        owner = main_firm(ctx, v.index - 1)
        if owner is not None and not regulator_like(owner):
            ctx.emit("DEVELOPS", owner, first.ent, v, 0.6)
    for c in v.cues(_FLAGSHIP_OF):
        org = next(iter(v.after(c.end())), None)
        firm = org.ent if org is not None and org.type == "Organization" else (
            _firm_ending(ctx, org.text) if org is not None and org.type == "Product" else None)
        first = next(iter(v.after(org.end, ("Product",))), None) if firm is not None and org.start == c.end() else None  # type: ignore[union-attr]
        if first is not None and _IS_NAMED.fullmatch(v.masked[org.end : first.start]):  # type: ignore[union-attr]
            for p in products_listed(v, first):
                ctx.emit("DEVELOPS", firm, p.ent, v, 0.65)  # type: ignore[arg-type]
    for c in v.cues(_PORTFOLIO):
        first = next(iter(v.after(c.end(), ("Product",))), None)
        if first is None or first.start - c.end() > 60 or not _PORTFOLIO_GAP.fullmatch(v.masked[c.end() : first.start]):
            continue
        subj = next((m for m in v.before(c.start(), ORG)  # "A memperoleh izin edar dari BPOM untuk produk unggulannya": A's
                     if m.role is None and m.start not in v.role_orgs and not regulator_like(m.ent)), None)
        owner = subj.ent if subj is not None and c.start() - subj.end <= 120 else (
            topic(ctx, v.index, back=2) or spoken_of(ctx, v, c.start()))  # "its": the subject just before
        if owner is not None:
            chain = products_listed(v, first)
            for p, q in zip(chain, [*chain[1:], None], strict=True):
                if q is None or v.gap(p.end, q.start).strip():  # "the botulinum toxin Nabota": the brand, not its class
                    ctx.emit("DEVELOPS", owner, p.ent, v, 0.65)


def _firm_ending(ctx: Context, short: str):  # type: ignore[no-untyped-def]
    """"produk unggulan Puspa Nirmala, P": a company's short name taken for a product; the one company whose
    full name ends with it ("PT Jamu Puspa Nirmala"), None if no or several."""
    tail = " " + short.lower()
    firms = [e for e in ctx.entities if e.type == "Organization" and (" " + e.name.lower()).endswith(tail)]
    return firms[0] if len(firms) == 1 else None


# "sertifikat CPOB … untuk produksi insulin glargine", "for the production of P": the site's operator makes P
_FOR_MAKING = re.compile(r"\b(?:untuk|guna|for)\s+(?:the\s+)?(?:lini\s+)?(?:produksi|memproduksi|pembuatan"
                         r"|production\s+(?:lines?\s+)?of|manufactur(?:e|ing)\s+of)\s+", re.I)
watch(_FOR_MAKING)


def made_at(ctx: Context, v: View) -> None:
    for c in v.cues(_FOR_MAKING):
        first = next(iter(v.after(c.end(), ("Product",))), None)
        if first is None or first.start - c.end() > 60 or not FILLER.match(v.masked[c.end() : first.start]):
            continue
        owners = [ctx.by_id[r.head] for m in v.before(c.start(), ("Facility",))
                  for r in ctx.has("OPERATES") if r.tail == m.ent.id and r.head in ctx.by_id][:1]
        if not owners and cues.SITE_ANAPHOR.search(v.masked[: c.start()]) and ctx.typed("OPERATES"):
            owners = [o for o in (plant_operator(ctx, v),) if o is not None]
        for owner in owners:
            if not regulator_like(owner):
                for p in v.chain(first, ("Product",)):
                    ctx.emit("DEVELOPS", owner, p.ent, v, 0.65)


# "The products will be distributed nationwide by X", "Produk-produk tersebut akan dipasarkan oleh X"
_THESE_SOLD = re.compile(
    r"\b(?:(?:the|these|this|both|all(?:\s+(?:three|four|five))?)\s+(?:products?|medicines?|drugs?|vaccines?)|(?:produk-produk|obat-obatan|produk|obat|vaksin)\s+"
    r"(?:tersebut|itu|ini))\s+(?:(?:will|would|are|were|be|is|akan|juga|also)\s+)*"
    # "Produk itu diproduksi di pabrik A di X, dan didistribusikan secara nasional oleh B": made by one, sold by another
    r"(?:(?:di[a-z]{4,}|[a-z]{3,}ed)\b[^.;]{0,120}?,?\s+(?:dan|serta|and)\s+(?:(?:will|be|is|are|akan|juga|also)\s+)*)?"
    r"(?:distributed|marketed|sold|dipasarkan|didistribusikan|dijual|disalurkan)\s+(?:\w+\s+|secara\s+\w+\s+)?(?:(?:di|ke|in|to|across|throughout)\s+(?:seluruh\s+)?(?:\u2588+|\w+)\s+)?"
    rf"(?:by|oleh|melalui|through)\s+(?:the\s+)?{SELLER_ROLE}(?:PT\.?\s+)?$",  # "by the group's distribution arm, X"
    re.I,
)
watch(_THESE_SOLD)


def sold_by(ctx: Context, v: View) -> None:
    """"The products will be distributed nationwide by X", "Vaksin tersebut akan didistribusikan di Indonesia oleh X":
    X sells every product of the sentence before."""
    if not v.may(_THESE_SOLD):
        return  # no such cue in the sentence: spare a window search per organisation
    for org in v.mentions:
        if org.type != "Organization" or not _THESE_SOLD.search(v.masked[max(0, org.start - 240) : org.start]):
            continue
        prev = ctx.views[v.index - 1] if v.index else None
        products = {m.ent.id: m.ent for m in (prev.mentions if prev else []) if m.type == "Product"}
        brands = [p for p in products.values() if any(n[:1].isupper() for n in (p.name, *p.aliases))]  # not "(omeprazol)"
        for p in brands or products.values():
            ctx.emit("MARKETS", org.ent, p, v, 0.65)
        return


# "Distributor resmi produk tersebut, PT X", "distributor resmi Gastrazol, PT X": who sells it
_DISTRIBUTOR = re.compile(r"\b(?:distributor|pemasar|official\s+distributor)(?:\s+resmi)?\s+(?:of\s+)?(?:the\s+)?", re.I)
watch(_DISTRIBUTOR)


def distributor(ctx: Context, v: View) -> None:
    for c in v.cues(_DISTRIBUTOR):
        ana = PRODUCT_ANAPHOR.match(v.masked, c.end())
        first = v.after(c.end())[:1]
        if ana is not None:
            products, tail = antecedents(ctx, v, ana), ana.end()
        elif first and first[0].type == "Product" and first[0].start == c.end():
            products, tail = [first[0].ent], first[0].end
        else:
            continue
        org = next(iter(v.after(tail)), None)
        if org is not None and org.type == "Organization" and re.fullmatch(r"\s*,\s*(?:PT\.?\s+)?", v.masked[tail : org.start]):
            for q in products:
                ctx.emit("MARKETS", org.ent, q, v, 0.7)


# "melalui PT X selaku pemegang izin edar", "atas nama pendaftar PT X", "X, the marketing authorisation holder": the seller
_HOLDER = re.compile(r"\b(?:pemegang\s+(?:izin\s+edar|NIE|nomor\s+izin\s+edar)(?:nya)?|marketing\s+authori[sz]ation\s+holder"
                     r"|atas\s+nama\s+(?:pendaftar|pemegang\s+izin\s+edar))\b", re.I)
_HOLDER_AS = re.compile(r"\b(?:(?:(?:tercatat|terdaftar|bertindak|ditetapkan|is\s+listed|acts)\s+)?(?:selaku|sebagai|as)\s+(?:the\s+)?|the\s+)$", re.I)
# "pemegang izin edarnya adalah PT X", "the marketing authorisation holder is X": the holder named after
_HOLDER_IS = re.compile(r"(?:\s+\u2588+)?\s*(?:adalah|ialah|yakni|yaitu|is|:)\s*(?:PT\.?\s+)?", re.I)
watch(_HOLDER)


def permit_holder(ctx: Context, v: View) -> None:
    for c in v.cues(_HOLDER):
        if c.group()[:4].lower() == "atas":
            org = next(iter(v.after(c.end(), ORG)), None)
            org = org if org is not None and re.fullmatch(r"\s*(?:PT\.?\s+)?", v.masked[c.end() : org.start]) else None
        elif (after := next(iter(v.after(c.end(), ORG)), None)) is not None and _HOLDER_IS.fullmatch(v.masked[c.end() : after.start]):
            org = after
        else:
            role = _HOLDER_AS.search(v.masked, 0, c.start())  # "selaku / as the / , the" before the holder noun
            org = next(iter(v.before(role.start(), ORG)), None) if role is not None else None
            gap = v.masked[org.end : role.start()] if org is not None and role is not None else "x"
            org = org if re.fullmatch(r"\s*,?\s*", gap) and ("," in gap or not role.group().lower().startswith("the")) \
                else None
        if org is None or regulator_like(org.ent):
            continue
        products = [m.ent for m in v.mentions if m.type == "Product" and m.ent.name[:1].isupper()]
        ana = PRODUCT_ANAPHOR.search(v.masked)
        for p in products or (antecedents(ctx, v, ana) if ana is not None else []) or _subject_before(ctx, v):
            ctx.emit("MARKETS", org.ent, p, v, 0.65)


def _subject_before(ctx: Context, v: View) -> list[Entity]:
    """The brand the sentences just before open on ("Rotajaya merupakan vaksin … . Jayamulia tercatat sebagai
    pemegang izin edar"): what a holder is told of when its sentence names no product."""
    for w in ctx.views[max(0, v.index - 3) : v.index][::-1]:
        first = next((m for m in w.mentions if m.type != "Location"), None)
        if first is not None and first.type == "Product" and first.text[:1].isupper() and first.start <= 40:
            return [first.ent]
    return []


# "Produksi komersial dimulai bulan ini dengan tiga obat: A, B, dan C", "Commercial production starts with A and B"
_STARTS_WITH = re.compile(r"\b(?:(?:commercial\s+)?production\s+(?:starts|started|begins|began|will\s+(?:start|begin))"
                          r"|produksi\s+(?:komersial\s+)?(?:dimulai|diawali|akan\s+dimulai))\b[^.;\u2588]{0,60}?"
                          r"\b(?:with|dengan)\b[^.;\u2588]{0,60}?(?::|\b(?:yakni|yaitu|namely|including))?\s*$", re.I)
_PRODUCTION = re.compile(r"\b(?:production\s+(?:starts|started|begins|began|will)|produksi\s+(?:komersial\s+)?"
                         r"(?:dimulai|diawali|akan))\b", re.I)
watch(_PRODUCTION)


def production_starts(ctx: Context, v: View) -> None:
    for c in v.cues(_PRODUCTION):
        first = next(iter(v.after(c.end(), ("Product",))), None)
        if first is None or not _STARTS_WITH.search(v.masked[: first.start]):
            continue
        owner = topic(ctx, v.index, back=2) or plant_operator(ctx, v)
        if owner is not None and not regulator_like(owner):
            for p in products_listed(v, first):
                ctx.emit("DEVELOPS", owner, p.ent, v, 0.6)


# each per-sentence rule with the cues it reads, in running order: a rule does nothing where none of its own may match
_RULES = RuleTable((portfolio, _FIRST_PRODUCT, _FLAGSHIP_OF, _PORTFOLIO), (made_at, _FOR_MAKING), (distributor, _DISTRIBUTOR),
                   (sold_by, _THESE_SOLD), (its_own, MADE_HERE, ITS_BEFORE, ITS_OWN), (permit_holder, _HOLDER),
                   (object_pronoun, ITS_VERB), (production_starts, _PRODUCTION))
CUES = _RULES.patterns  # what ``per_sentence`` reads (``corporate`` gates on them)


def per_sentence(ctx: Context, v: View) -> None:
    """``portfolio`` … ``production_starts`` in that order, each only where one of its cues may match (one
    prefilter test for all: most sentences hold none, and eight calls each asking about its own cues added up)."""
    _RULES.run(ctx, v)


# "PT X meluncurkan tiga produk baru. Produk-produk tersebut adalah:" / "… distributor untuk produk berikut:" + bullets
_LIST_HEAD = re.compile(r":\W*$")
# the list's maker told by reference in the head line: "Di pabrik X, perseroan akan memproduksi:", "Perseroan saat
# ini memproduksi dan memasarkan, antara lain:", "The Company currently manufactures and markets the following:"
_HEAD_VERB = (r"(?:memproduksi|mengembangkan|membuat|memasarkan|mendistribusikan|menjual|produce|manufacture|market"
              r"|develop|distribute|sell)\w*")
_FIRM_HEAD = re.compile(
    r"\b(?:perseroan|perusahaan\s+(?:ini|tersebut|itu)|the\s+company)\s+"
    r"(?:(?:akan|juga|kini|saat\s+ini|sekarang|selama\s+ini|telah|sudah|will|also|now|currently|today)\s+)*"
    rf"{_HEAD_VERB}(?:\s*(?:,|dan|serta|and|&)\s*{_HEAD_VERB})*\s*,?\s*"
    r"(?:(?:antara\s+lain|di\s*antaranya|sebagai\s+berikut|(?:produk(?:-produk)?\s+)?berikut(?:\s+ini)?"
    r"|the\s+following(?:\s+products)?|including|among\s+others)\s*)?:",
    re.I)
# "memproduksi dan memasarkan" / "manufactures and markets": the maker of the list sells it too
_MAKES_AND_SELLS = re.compile(
    r"\b(?:memproduksi|mengembangkan|membuat|produces?|manufactures?|develops?|makes)\s*(?:,|dan|serta|and|&)\s*"
    r"(?:memasarkan|mendistribusikan|menjual|markets?|distributes?|sells?)\b", re.I)


def bulleted(ctx: Context) -> None:
    for i, v in enumerate(ctx.views):
        if ":" not in v.masked or not _LIST_HEAD.search(v.masked) or not (items := bullets(ctx, i + 1)):  # (no colon: no search)
            continue
        named = any(m.type == "Organization" for m in v.mentions)
        ref = _FIRM_HEAD.search(v.masked) if not named else None  # "Di pabrik X, perseroan akan memproduksi:"
        src = v if named or ref else ctx.views[i - 1] if i else None
        if src is None:
            continue
        rtype = "DEVELOPS" if cues.DEVELOP.search(src.masked) else "MARKETS" if cues.MARKET.search(src.masked) else None
        org = next((m.ent for m in src.mentions if m.type == "Organization" and m.role is None
                    and m.start not in src.role_orgs and not regulator_like(m.ent)), None)
        if rtype is not None and ref is not None:  # the release's defined company, else the one named most lately
            firms = [e for e in story_firms(ctx, indonesian=True) if not regulator_like(e)
                     and not (rtype == "DEVELOPS" and cues.SELLER_NAME.search(e.name))]  # a distributor makes nothing
            org = (release_firm(ctx, firms=firms) if ref.group().lower().startswith(("perseroan", "the")) else max(
                firms, key=lambda e: len(e.mentions), default=None))  # "Perseroan": the release's company; else the story's
        if rtype is not None and org is not None:
            seller = seller_of_list(src) if rtype == "DEVELOPS" else None  # "… dan didistribusikan oleh B:"
            sells = rtype == "DEVELOPS" and _MAKES_AND_SELLS.search(src.masked) is not None
            for w, m in items:
                ctx.emit(rtype, org, m.ent, w, 0.6)
                if sells:
                    ctx.emit("MARKETS", org, m.ent, w, 0.6)
                if seller is not None and seller is not org:
                    ctx.emit("MARKETS", seller, m.ent, w, 0.6)
