"""COVERS: the products a named deal is for.

"X Agreement for/untuk memasarkan P (dan Q)", "covering the insulin glargine biosimilar HS-Glargine and its
… HS-Lispro" (the brand stands for the ingredient it is described with), "Under the X Agreement, A holds
rights to market the biosimilar" (the product named in the sentence before). A deal "for Pegfilgrastim
Biosimilar" covers the brand the document names for that substance, not the substance. "Melalui kesepakatan ini,
A akan memproduksi P" covers P when the document names one agreement (:func:`by_anaphora`, moved from :mod:`.agreements`).
The product lists a deal names are read in :mod:`.covers_lists`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.covers_counted import counted_brands
from graphbuild.extract.relations.covers_lists import BRANDED, goods, listed
from graphbuild.extract.relations.makers_joint import product_list
from graphbuild.extract.units import STRENGTH
from graphbuild.types import Entity

_FOR_PRODUCT = re.compile(r"\b(?:untuk|for|atas|terkait|covering|of|memasarkan|mendistribusikan|produk|product|memasok|menyuplai|"
                          r"supply|supplies|memproduksi|manufacture|products|commerciali[sz]e|mengomersialkan|mencakup|meliputi|covers)\b", re.I)


def covered(ctx: Context, v: View, ag: M) -> list[M]:
    """Emit COVERS for agreement ``ag`` in ``v``; returns the products named with it."""
    products = _named_after(v, ag) or _made_under(v, ag)
    branded = branded_substances(ctx) if products else set()
    for p in products:
        if p.ent.id not in branded and coverable(v, p):  # "… Agreement for Pegfilgrastim Biosimilar": the brand named elsewhere
            ctx.emit("COVERS", ag.ent, p.ent, v, 0.8)
    said = None if products or not v.may(_PRODUCT_ANAPHOR) else _PRODUCT_ANAPHOR.search(v.masked, ag.end)
    told = product_before(ctx, v, 2) if said else None
    if told is not None:  # "Under the X Agreement, A holds exclusive rights to market the biosimilar": the one named before
        ctx.emit("COVERS", ag.ent, told, v, 0.6)
    return products


def product_before(ctx: Context, v: View, back: int) -> Entity | None:
    """The product "the vaccine" / "vaksin tersebut" stands for: the (first brand) named in the latest of the ``back``
    sentences before that names one."""
    for w in reversed(ctx.views[max(0, v.index - back) : v.index]):
        told = [m.ent for m in w.mentions if m.type == "Product"]
        if told:  # the brand, not the substance it is described by ("the ranibizumab biosimilar Lorvex")
            branded = branded_substances(ctx)
            return next((e for e in told if e.id not in branded and e.name[:1].isupper()), told[0])
    return None


def product_anaphor(v: View, pos: int) -> re.Match[str] | None:
    """ "vaksin tersebut", "the vaccine" after ``pos``."""
    return _PRODUCT_ANAPHOR.search(v.masked, pos) if v.may(_PRODUCT_ANAPHOR) else None


def named_within(ctx: Context) -> None:
    """"Perjanjian Kerja Sama Uji Klinik ImunoSambi": a deal named for a brand the document names covers it; so does
    "MoU Pengembangan Bahan Baku Obat Parasetamol dan Amoksisilin" the substances it is named for (any case)."""
    brands = [e for e in ctx.entities if e.type == "Product" and len(e.name) >= (4 if e.name[:1].isupper() else 5)]
    if not brands:
        return
    done: set[str] = set()
    for v in ctx.busy:
        for ag in (m for m in v.mentions if m.type == "Agreement" and m.ent.id not in done):
            done.add(ag.ent.id)  # (each deal once, at its first mention: the evidence the relation keeps)
            low = ag.ent.name.lower()
            # "Perjanjian Lisensi … Insulin Glargine" told to cover the brand Glarindo: the substance is the brand's kind
            branded = any(ctx.by_id[r.tail].name[:1].isupper() for r in ctx.has("COVERS", head=ag.ent))
            for p in brands:
                if branded and p.name[:1].islower():
                    continue
                for name in _with_bare(p.name, *p.aliases):
                    if name.lower() in low and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", ag.ent.name,
                                                         0 if p.name[:1].isupper() else re.I):
                        ctx.emit("COVERS", ag.ent, p, v, 0.7)
                        break


# "Glucovita Kapsul 500 mg" in a deal named "… Uji Klinik Fase III Glucovita": the brand without its form and strength
_FORM_SIZE = re.compile(rf"(?:\s+(?:kapsul|tablet|kaplet|capsules?|tablets?))?(?:\s+{STRENGTH})?$", re.I)


def _with_bare(*names: str) -> list[str]:
    bare = [b for n in names if (b := _FORM_SIZE.sub("", n)) != n and len(b) >= 4]
    return [*names, *bare]


def coverable(v: View, p: M) -> bool:
    """Not a class of products ("for Insulin Biosimilars") nor a maker's possessive taken for a product ("Hanbit's")."""
    return not (p.ent.name.endswith(("'s", "\u2019s")) or _CLASS_AFTER.match(v.text, p.end))


_CLASS_AFTER = re.compile(r"\s+(?:biosimilars|generics|products|vaccines)\b", re.I)
_PRODUCT_ANAPHOR = re.compile(r"\b(?:the|this)\s+(?:biosimilar|product|vaccine|drug|medicine)\b"
                              r"|\b(?:produk|vaksin|obat|biosimilar)\s+(?:tersebut|ini|itu)\b", re.I)
watch(_PRODUCT_ANAPHOR)


def _named_after(v: View, ag: M) -> list[M]:
    for m in v.after(ag.end):
        if m.type == "Agreement":
            return []
        if m.type == "Product":
            if m.start - ag.end <= 160 and _FOR_PRODUCT.search(v.masked[ag.end : m.start]):
                return goods(v, m)
            return []
    return []


# "The first products are P and Q, under a X Agreement", "P dan Q diproduksi berdasarkan X": the list right before
_UNDER = re.compile(r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:are|were|is|will\s+be)\s+(?:made|produced|manufactured|marketed|supplied)\s+)?"
                    r"(?:under|pursuant\s+to|berdasarkan|melalui|dalam\s+kerangka)\s+(?:an?|the|its|their)?\s*$", re.I)


def _made_under(v: View, ag: M) -> list[M]:
    last = v.prev_mention(ag)
    if last is None or last.type != "Product" or not _UNDER.match(v.masked[last.end : ag.start]):
        return []
    got = [last]
    while (prev := v.prev_mention(got[0])) is not None and prev.type == "Product" and cues.LIST_SEP.match(v.gap(prev.end, got[0].start)):
        got.insert(0, prev)
    return got


def branded_substances(ctx: Context) -> set[str]:
    """Substances the document names a brand for ("pegfilgrastim biosimilar Pegzena"): a deal covers the brand.
    Read once per document (kept on the context)."""
    known = getattr(ctx, "_branded", None)
    if known is not None:
        return known  # type: ignore[no-any-return]
    out: set[str] = set()
    ctx._branded = out  # type: ignore[attr-defined]
    names = [n.lower() for e in ctx.entities if e.type == "Product" for n in (e.name, *e.aliases)]
    for e in ctx.entities:  # "insulin" beside "insulin glargine" (a brand's name or alias): the kind, not a product covered
        if e.type == "Product" and e.name.islower() and any(n.startswith(e.name + " ") for n in names):
            out.add(e.id)
    for v in ctx.busy:
        for m in v.mentions:
            if m.type != "Product":
                continue
            nxt = v.next_mention(m)
            if nxt is None or nxt.type != "Product":
                continue
            if m.ent.name[:1].islower() and nxt.ent.name[:1].isupper() and BRANDED.fullmatch(v.gap(m.end, nxt.start)):
                out.add(m.ent.id)
            elif m.ent.name[:1].isupper() and nxt.ent.name[:1].islower() and (
                    _BIOSIMILAR_OF.fullmatch(v.masked[m.end : nxt.start])  # "Pegzena, Zenara's biosimilar of pegfilgrastim"
                    or (_APPOSED_KIND.fullmatch(v.masked[m.end : nxt.start])
                        or m.ent.name.endswith(("'s", "\u2019s")) and not v.gap(m.end, nxt.start).strip())
                    and _KIND_AFTER.match(v.text, nxt.end)):
                out.add(nxt.ent.id)  # "SGB-D60, a denosumab biosimilar"
    return out


_APPOSED_KIND = re.compile(r"\s*,\s*(?:(?:a|an|the|its|[\w\u2588-]+['\u2019]s)\s+)?", re.I)
_KIND_AFTER = re.compile(r"\s+(?:biosimilar|generic|generik)\b", re.I)
_BIOSIMILAR_OF = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:[\w\u2588'\u2019-]+\s+){0,3}?(?:biosimilar|generic|generik)\s+"
                            r"(?:of\s+|to\s+|dari\s+)?", re.I)


_BULLET = re.compile(r"^\s*(?:[-*\u2022]|\d{1,2}[.)])\s+")
_NOT_INCLUDED = re.compile(r"\b(?:tidak|tak|bukan|belum|not|excludes?|kecuali|except)\b", re.I)


def bulleted(ctx: Context, v: View) -> list[Entity]:
    """"Melalui MoU ini, ketiga pihak sepakat berkolaborasi dalam beberapa bidang:" and a bulleted list after: the brand
    each bullet names (a product, not the substance or class it is described by)."""
    if not v.text.rstrip().endswith(":") or _NOT_INCLUDED.search(v.masked):
        return []
    out: list[Entity] = []
    branded = branded_substances(ctx)
    for w in ctx.views[v.index + 1 : v.index + 10]:
        if _BULLET.match(w.text) is None:
            break
        first = next((m for m in w.mentions if m.type == "Product" and m.ent.name[:1].isupper() and m.ent.id not in branded), None)
        if first is not None and not cues.negated(w.masked, first.start):
            out.append(first.ent)
    return out


# "Melalui kesepakatan ini, ...": the one agreement the document names
DEAL_ANAPHOR = re.compile(r"\b(?:kesepakatan|perjanjian|kerja\s*sama|agreement|deal|MoU|nota\s+kesepahaman)(?:\s+(?:tiga|dua|empat)\s+pihak)?"
                          r"\s+(?:ini|tersebut|itu|yang\s+sama)\b"
                          r"|\bthe\s+same\s+(?:agreement|deal)\b"
                          r"|^\W*(?:dokumen|naskah)(?:\s+(?:kerja\s*sama|perjanjian|kesepakatan|tersebut|itu|ini))*\s+$"  # "Dokumen diteken oleh …"
                          r"|(?:^|,)\s*(?:perjanjian|kesepakatan|nota\s+kesepahaman)\s+$"  # "…, perjanjian diteken oleh" (before the verb)
                          r"|\b(?:this|the)\s+(?:[a-z]+-(?:year|month)\s+)?(?:agreement|deal|MoU|memorandum(?:\s+of\s+understanding)?)\b"  # "The MoU was signed by …"
                          r"|\b(?:ruang\s+lingkup|cakupan)(?:nya)?(?=\s+(?:mencakup|meliputi)\b)"  # "Ruang lingkupnya mencakup …"
                          # "Ketiga produk yang dicakup perjanjian adalah P, Q, serta R", "The products covered by the agreement are"
                          r"|\b(?:dicakup|tercakup\s+dalam|diatur\s+dalam|covered\s+by|included\s+in)\s+(?:oleh\s+)?(?:the\s+)?"
                          r"(?:perjanjian|kesepakatan|kerja\s*sama|agreement|deal|MoU|nota\s+kesepahaman|kontrak|contract)(?:\s+(?:ini|tersebut|itu))?\b"
                          # "The collaboration initially covers three brands: A, B and C", "Kemitraan tersebut mencakup A"
                          r"|\b(?:the|this)\s+(?:collaboration|partnership|cooperation)\b(?=\s+(?:\w+\s+)?(?:covers|includes|will\s+cover)\b)"
                          r"|\b(?:kolaborasi|kemitraan)\s+(?:ini|tersebut|itu)\b(?=\s+(?:\w+\s+)?(?:mencakup|meliputi)\b)", re.I)
# a word every match of DEAL_ANAPHOR holds: the prefilter's own test for it passes on "the" and any comma, and the
# search (an IGNORECASE alternation tried at every position, ≈30 µs a sentence) then finds nothing in most sentences
DEAL_WORD = re.compile(r"kesepakatan|perjanjian|kerja|agreement|deal|mou|memorandum|nota|dokumen|naskah|ruang|cakupan|kontrak|contract|"
                       r"collaboration|partnership|cooperation|kolaborasi|kemitraan", re.I)
watch(DEAL_ANAPHOR, DEAL_WORD)


def by_anaphora(ctx: Context) -> None:
    """"Melalui kesepakatan ini, A akan memproduksi P dan Q" when the document names exactly one agreement."""
    named = [e for e in ctx.entities if e.type == "Agreement"]
    if not named:
        return
    for v in ctx.where(DEAL_WORD, every=True):  # (also "Melalui MoU ini, …:" naming no one before its bullets)
        if not ((v.mentions or v.text.rstrip().endswith(":")) and v.may(DEAL_ANAPHOR)) or any(
                m.type == "Agreement" for m in v.mentions):
            continue  # (the agreement's own name holds DEAL_WORD: tested before the slow search)
        ana = DEAL_ANAPHOR.search(v.masked)
        if ana is None or (_TAKEN_IN.match(ana.group()) and _NOT_TAKEN.search(v.masked, max(0, ana.start() - 20), ana.start())):
            continue  # "Produk lain, seperti P, tidak dicakup perjanjian tersebut"
        if len(named) > 1:  # several in the text: the one agreement named in the sentence just before
            near = {m.ent.id: m.ent for m in ctx.views[v.index - 1].mentions if m.type == "Agreement"} if v.index else {}
            if len(near) != 1:
                continue
            named = [*near.values()] + [e for e in named if e.id not in near]
        signers = {r.head for r in ctx.has("SIGNED", tail=named[0])}  # (a trade pact nobody here signs is not "kerja sama itu")
        opened = v.may(_UNDER_DEAL) and _UNDER_DEAL.match(v.masked) is not None
        if not signers and opened:
            signers = _named_with(ctx, named[0])  # "Under the terms of the agreement, A grants B …": its parties unsigned yet
        orgs = {m.ent.id for m in v.mentions if m.type == "Organization"}
        if (not signers or orgs and not orgs & signers) and not (opened and _AGREEMENT_WORD.search(ana.group())):
            continue  # the deal of other parties than the agreement's ("Melalui perjanjian itu, …" opens on the one named)
        prods = v.after(ana.end(), ("Product",))
        if prods and (v.clause_end(ana.end()) >= prods[0].start or _RIGHTS.search(v.masked[ana.end() : prods[0].start])) and (
                not cues.negated(v.masked, prods[0].start)):  # "… memberikan hak eksklusif kepada B untuk memasarkan P"
            branded = branded_substances(ctx)
            scope = _SCOPE.match(v.masked, ana.end()) or (  # "… mencakup uji klinik vaksin X serta pengembangan vaksin Y": each
                _TAKEN_IN.match(ana.group()) and _IS.match(v.masked, ana.end()))  # "yang dicakup perjanjian adalah A (…) untuk …, B"
            items = listed(v, prods[0])
            if len(longer := product_list(v, prods[0])) > len(items) and all(m.ent.name[:1].isupper() for m in longer):
                items = longer  # "… yakni jamu kunyit asam P, minuman jahe instan Q, dan obat herbal terstandar (OHT) R"
            for p in (prods if scope else _with_brand(v, items)):
                if p.ent.id not in branded and coverable(v, p) and (not scope or p.ent.name[:1].isupper()):
                    ctx.emit("COVERS", named[0], p.ent, v, 0.6)
        for p in bulleted(ctx, v) if not prods else ():  # "… dalam beberapa bidang:" and the bullets after
            ctx.emit("COVERS", named[0], p, v, 0.6)
        for p in counted_brands(ctx, v, ana.end(), branded_substances(ctx)) if not prods else ():
            ctx.emit("COVERS", named[0], p, v, 0.6)  # "… memberikan lisensi atas ketiga produk": the three named before
        if not prods and (said := product_anaphor(v, ana.end())) is not None and _RIGHTS.search(
                v.masked[ana.end() : said.start()]) and not cues.negated(v.masked, said.start()):
            told = product_before(ctx, v, 3)  # "Perjanjian itu memberi A hak untuk memasarkan vaksin tersebut"
            if told is not None:
                ctx.emit("COVERS", named[0], told, v, 0.6)


# "Under the (terms of the) agreement, …", "Berdasarkan perjanjian tersebut, …": a sentence that opens on the deal
_UNDER_DEAL = re.compile(r"\W*(?:under|pursuant\s+to|through|berdasarkan|sesuai|melalui|lewat|dalam)\s+(?:the\s+terms\s+of\s+)?(?:the\s+|this\s+)?"
                         r"(?:[a-z]+-(?:year|month)\s+)?(?:agreement|deal|perjanjian|kesepakatan)\b", re.I)
watch(_UNDER_DEAL)
_AGREEMENT_WORD = re.compile(r"perjanjian|kesepakatan|agreement|nota", re.I)  # a deal by its kind, not "kerja sama itu"


def _named_with(ctx: Context, ag: Entity) -> set[str]:
    """The organizations a sentence naming ``ag`` names too (the parties, when no signing was read)."""
    return {m.ent.id for w in ctx.views if any(a.ent is ag for a in w.mentions)
            for m in w.mentions if m.type == "Organization"}


_TAKEN_IN = re.compile(r"dicakup|tercakup|diatur", re.I)
_NOT_TAKEN = re.compile(r"\b(?:tidak|tak|bukan|belum)\s+(?:\w+\s+)?$", re.I)
_IS = re.compile(r"\s*(?:adalah|yakni|yaitu|ialah|are|include)\b|\s*:", re.I)
_BRAND_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)?")  # "denosumab biosimilar DYB-301": the substance, a word, the brand


def _with_brand(v: View, items: list[M]) -> list[M]:
    """``items`` and the brand a lower-case substance among them qualifies ("untuk memasarkan denosumab biosimilar
    DYB-301": the brand is the product covered)."""
    out = list(items)
    for p in items:
        nxt = v.next_mention(p)
        if p.text[:1].islower() and nxt is not None and nxt.type == "Product" and nxt.text[:1].isupper() \
                and nxt not in out and _BRAND_AFTER.fullmatch(v.masked, p.end, nxt.start):
            out.append(nxt)
    return out


_SCOPE = re.compile(r"\s+(?:(?:juga|also|awalnya|initially|will)\s+)?(?:mencakup|meliputi|covers?|includes?)\b", re.I)
_RIGHTS = re.compile(r"\b(?:hak|rights?|distributor(?:ship)?|memasarkan|memproduksi|mendistribusikan|mengembangkan|pengembangan|uji\s+klinik|mencakup|"
                     r"meliputi|markets?|manufacture|development|clinical\s+trials?|"
                     r"produce|distribute|develop|commerciali[sz]e|covers?|includes?|supply|memasok|menyuplai)\b", re.I)
