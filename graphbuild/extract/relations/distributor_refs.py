"""MARKETS from a distributor named for products told before: "Distributor produk tersebut, PT A, menyatakan …",
"perusahaan tersebut menunjuk PT A sebagai distributor nasional", "Produk-produk X didistribusikan oleh PT A",
"Produk-produk dari pabrik tersebut nantinya dipasarkan oleh anak usaha X, PT A".

Why: recall and approval news names the maker's products first and the distributor later, by reference; the
products meant are the maker's (those it DEVELOPS in the document), or the ones "produk tersebut" points to.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.counted_pronouns import listed_before
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.extract.relations.referents import PRODUCT_ANAPHOR, antecedents
from graphbuild.types import Entity

# "Distributor produk tersebut, PT A,": the distributor apposed to the anaphor
_DIST_OF = re.compile(r"^\W*(?:distributor|pemasar|PBF|pedagang\s+besar\s+farmasi)\s+(?:resmi\s+)?(?:produk|obat|sirup|vaksin)"
                      r"(?:-produk)?\s+(?:tersebut|itu|ini)\s*,\s*$", re.I)
# "menunjuk PT A sebagai distributor (nasional|tunggal|resmi)": A is named as the appointer's distributor
_APPOINTS = re.compile(r"\b(?:menunjuk|menggandeng|appointed|appoints|named)\s+$", re.I)
_AS_DIST = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:sebagai|as)\s+(?:(?:the|its|an?)\s+)?(?:(?:sole|exclusive|official|national)\s+)*"
                      r"(?:distributor|pemasar)\b", re.I)
_CUE = re.compile(r"distributor|pemasar|\bPBF\b|pedagang\s+besar", re.I)
watch(_CUE)
CUE = _CUE  # what ``find`` and ``late`` read first (``corporate`` gates on it)
# "Produk-produk X didistribusikan oleh", "Seluruh produk dari pabrik tersebut akan dipasarkan oleh anak usaha X,",
# "All of the Company's products are distributed by": a maker's whole range (named, the plant's or the company's)
_RANGE_BY = re.compile(
    r"^(?:[^,.;:\u2588]{3,60},\s*)?\W*(?:(?:seluruh|semua)\s+produk(?:-produk)?|produk-produk|all\s+(?:of\s+)?(?:the\s+company['\u2019]s\s+|the\s+|its\s+)?products"
    # "Sampai pabrik beroperasi, produk akan diimpor dan dipasarkan oleh X", "Ketiga produk itu …": the products told before
    r"|(?:(?:kedua|ketiga|keempat|kelima)\s+)?produk(?:\s+(?:tersebut|itu|ini))?(?=\s+(?:akan|nantinya|kelak|juga|kini|selanjutnya|di[a-z]{4,}\b)))"
    r"(?P<of>\s+(?:(?:dari|buatan|keluaran|milik|of|from)\s+)?(?:(?:pabrik|fasilitas)(?:\s+produksi)?\s+(?:tersebut|itu|ini)"
    r"|(?:the\s+)?(?:plant|facility)|perseroan|perusahaan(?:\s+(?:tersebut|itu|ini))?|the\s+company['\u2019]?s?|\u2588+)|\s+di\s+atas|\s+above)?"
    r"\s+(?:(?:tersebut|itu|ini|nantinya|akan|kelak|juga|selanjutnya|kini|will|be|are|is)\s+)*"
    r"(?:(?:diimpor|imported)\s+(?:dan|serta|and)\s+)?(?:dipasarkan|didistribusikan|dijual|marketed|distributed|sold)\s+"
    # "… dipasarkan di dalam negeri / secara nasional / nationwide oleh X": where or how, then the seller
    r"(?:(?:(?:di|ke|in|to|across|throughout)\s+(?:seluruh\s+|dalam\s+)?\w+|secara\s+\w+|nationwide|locally)\s+)?(?:oleh|by|melalui|lewat|through)\s+"
    r"(?:(?:anak\s+(?:usaha|perusahaan)|subsidiary|its\s+subsidiary)(?:\s+\u2588+)?(?:\s+lainnya)?\s*,\s*|(?:PBF|distributor)\s+)?(?:PT\.?\s+)?$",
    re.I)
_RANGE_CUE = re.compile(r"\b(?:dipasarkan|didistribusikan|dijual|marketed|distributed|sold)\s+(?:[\w-]+\s+){0,3}?(?:oleh|by|melalui|lewat|through)\b",
                        re.I)
watch(_RANGE_CUE)
_MOST = 6  # a maker's range told by reference, not a catalogue
# "Pemasaran akan dilakukan melalui anak usaha X, PT A", "Distribusi vaksin ke faskes akan ditangani PT A",
# "X will market the product through its wholly owned subsidiary, PT A", "menunjuk PT A sebagai distributor resmi":
# the distributor of the product the story is about (told before, not named in the sentence)
_HANDLED = re.compile(
    r"(?:(?<!pengawasan\s)(?<!pemantauan\s)(?<!evaluasi\s)(?<!audit\s)\b(?:pemasaran|distribusi|pendistribusian|penjualan)(?:nya)?\b[^.;:\u2588]{0,70}?\b(?:akan\s+|juga\s+|nantinya\s+)*"
    r"(?:dilakukan|ditangani|dijalankan|dikelola)\s+(?:(?:oleh|melalui|lewat)\s+)?"
    r"|\bwill\s+(?:market|distribute|commerciali[sz]e|sell)\s+(?:the|this|its)\s+(?:product|vaccine|drug|medicine|therapy)"
    r"(?:\s+in\s+[A-Z]\w+)?\s+(?:through|via|with)\s+"
    r"|\b(?:marketing|distribution|sales|commerciali[sz]ation)(?:\s+of\s+(?:the|these|this|its|all)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:products?|batch(?:es)?|lots?|vaccines?|drugs?|medicines?|stock))?"  # "Distribution of the affected batches is handled by"
    r"(?:\s+in\s+[A-Z]\w+)?\s+(?:will\s+be|is\s+to\s+be|is|are)\s+"
    r"(?:handled|carried\s+out|managed|done)\s+(?:by|through)\s+"
    r"|\b(?:menunjuk|appointed|appoints)\s+)"
    r"(?:(?:its\s+|the\s+company['\u2019]s\s+)?(?:wholly[-\s]owned\s+|PBF\s+)?(?:anak\s+(?:usaha|perusahaan)|subsidiary|distributor)"
    r"(?:\s+\u2588+\s*,|\s*,|nya\s*,?)\s*)?(?:PT\.?\s+)?$", re.I)
_HANDLED_CUE = re.compile(r"dilakukan|ditangani|dijalankan|dikelola|\bwill\s+(?:market|distribute|commerciali|sell)|"
                          r"\b(?:handled|carried\s+out|managed)\s+by|menunjuk|appoint", re.I)
watch(_HANDLED_CUE)
_RANGE_WORD = re.compile(r"\b(?:seluruh|semua|all|produk-produk|lain(?:nya)?|other)\b", re.I)  # a whole range: not the one product


def _made_by(ctx: Context, maker: Entity) -> list[Entity]:
    ids = list(dict.fromkeys(r.tail for r in ctx.has("DEVELOPS", head=maker) if r.tail in ctx.by_id))
    got = [ctx.by_id[i] for i in ids]
    brands = [p for p in got if p.name[:1].isupper()] or got  # "sirup parasetamol produksi A" describes A's brands
    return brands if len(brands) <= _MOST else []


def find(ctx: Context, v: View) -> None:
    if not v.may(_CUE) or not _CUE.search(v.masked):
        return
    orgs = [m for m in v.mentions if m.type == "Organization" and m.role is None]
    for org in orgs:
        if _APPOINTS.search(v.masked[max(0, org.start - 20) : org.start]) and _AS_DIST.match(v.masked[org.end :]):
            before = [m for m in v.before(org.start, ("Organization",)) if m.role is None]
            appointer = before[0].ent if before else next(
                (ctx.by_id[r.head] for r in reversed(ctx.typed("DEVELOPS")) if r.head in ctx.by_id), None)
            if appointer is None or appointer is org.ent:
                continue
            for p in _made_by(ctx, appointer):
                ctx.emit("MARKETS", org.ent, p, v, 0.6)


def late(ctx: Context) -> None:
    """"Distributor produk tersebut, PT A, …": run last, when the products counted and listed earlier have their
    maker. The products meant are that maker's (the one maker of the document's products, or of the product the
    anaphor points to)."""
    for v in ctx.where(_CUE, every=True):
        if not _CUE.search(v.masked):
            continue
        org = next((m for m in v.mentions if m.type == "Organization" and m.role is None), None)
        if org is None or not _DIST_OF.match(v.masked[: org.start]):
            continue
        made = [r for r in ctx.typed("DEVELOPS") if r.head in ctx.by_id and r.tail in ctx.by_id]
        makers = list(dict.fromkeys(r.head for r in made))
        if len(makers) != 1:
            ana = PRODUCT_ANAPHOR.search(v.masked[: org.start])
            told = {p.id for p in antecedents(ctx, v, ana)} if ana is not None else set()
            makers = list(dict.fromkeys(r.head for r in made if r.tail in told))
        if len(makers) == 1 and makers[0] != org.ent.id:
            for p in _made_by(ctx, ctx.by_id[makers[0]]):
                ctx.emit("MARKETS", org.ent, p, v, 0.6)


def ranges(ctx: Context) -> None:
    """"Produk-produk X didistribusikan oleh PT A": A sells what X makes (X named, else the one maker of the
    document's products); run last, as :func:`late`."""
    for v in ctx.where(_RANGE_CUE, every=True):
        for org in (m for m in v.mentions if m.type == "Organization" and m.role is None):
            m = _RANGE_BY.match(v.masked[: org.start])
            if m is None:
                continue
            named = [o for o in v.mentions if o.type == "Organization" and m.group("of") and m.start("of") <= o.start < m.end("of")]
            if m.group("of") and m.group("of").strip().lower() in ("di atas", "above"):  # "Seluruh produk di atas": the list before
                for p in listed_before(ctx, v):
                    ctx.emit("MARKETS", org.ent, p, v, 0.6)
                break
            if named:
                makers = [named[0].ent.id]
            else:
                makers = list(dict.fromkeys(r.head for r in ctx.typed("DEVELOPS") if r.head in ctx.by_id and r.tail in ctx.by_id))
            if len(makers) == 1 and makers[0] != org.ent.id:
                for p in _made_by(ctx, ctx.by_id[makers[0]]):
                    ctx.emit("MARKETS", org.ent, p, v, 0.6)
            break


def handed(ctx: Context) -> None:
    """"Pemasaran akan dilakukan melalui anak usaha X, PT A", "Distribusi vaksin … akan ditangani PT A": A sells the
    story's one approved product when the sentence names no product; run last, as :func:`late`."""
    approved = list(dict.fromkeys(r.tail for r in ctx.typed("APPROVED") if r.tail in ctx.by_id
                                  and ctx.by_id[r.tail].type == "Product"))
    if len(approved) != 1:
        return
    product = ctx.by_id[approved[0]]
    for v in ctx.where(_HANDLED_CUE, every=True):
        if any(m.type == "Product" for m in v.mentions) or not _HANDLED_CUE.search(v.masked):
            continue
        for org in (m for m in v.mentions if m.type == "Organization" and m.role is None):
            cue = _HANDLED.search(v.masked[max(0, org.start - 160) : org.start])
            if cue is not None and not regulator_like(org.ent) and not _RANGE_WORD.search(cue.group()) and (
                    not _APPOINTS.search(cue.group()) or _AS_DIST.match(v.masked[org.end :])):
                if not ctx.has("DEVELOPS", head=org.ent, tail=product):
                    ctx.emit("MARKETS", org.ent, product, v, 0.6)
                break
