"""Makers, sellers and sites told of something the sentence only points back to (DEVELOPS, MARKETS, OPERATES).

Why: news names the products (or the plant) in one sentence and who makes, sells or runs them in the
next, with a collective pronoun or a counted noun as subject ("Keduanya diproduksi oleh X", "Kedua produk
yang diproduksi PT X itu", "Vaksin itu dikembangkan A bersama B", "The plant is operated by Y"), with a
brand ("Distribusi produk B … ditangani PT Y"), a possessive ("Its hepatitis B vaccine, P, …"), a trace
("P masuk ke X melalui PBF Y") or an agentless passive ("Dari plasma tersebut akan diproduksi A, B").
The name-based rules in ``makers`` / ``operators`` see no product, site or maker next to the verb there,
so the referent is read back here; ``corporate`` calls :func:`find` once per sentence. The pointed-back site and
what is made there are read in ``collective_sites``.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.collective_sites import (
    RUN_BY_FRONT,
    SITE_RUN_BY,
    WILL_BE_MADE,
    first_org,
    made_there,
    site_fronted,
    site_run_by,
)
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.contents import without_contents
from graphbuild.extract.relations.counted_pronouns import counted_list
from graphbuild.extract.relations.cuegroup import RuleTable
from graphbuild.extract.relations.cues import in_brackets
from graphbuild.extract.relations.makers import regulator_like, spoken_of, topic
from graphbuild.extract.relations.makers_joint import AND, SELLER_ROLE
from graphbuild.extract.relations.referents import antecedents
from graphbuild.types import Entity

# the collective subject and how many it counts
_COUNTED = (r"(?:(?P<two>keduanya|kedua\s+(?:produk|obat|vaksin|sediaan|merek)|both(?:\s+(?:products|drugs|vaccines))?"
            r"|the\s+two\s+(?:products|drugs|vaccines))"
            r"|(?P<three>ketiganya|ketiga\s+(?:produk|obat|vaksin|sediaan|merek)|all\s+three(?:\s+(?:products|drugs))?"
            r"|the\s+three\s+(?:products|drugs|vaccines))"
            # "Vaksin itu dikembangkan PT X bersama Y", "The drug is manufactured by X": the product named last
            # "Sirup tersebut diproduksi PT X", "Krim itu dibuat oleh CV Y", "The syrup is made by X": a form word as well
            # "Kandidat vaksin tersebut dikembangkan oleh X", "The vaccine candidate is developed by X": a product still in trials
            r"|(?P<one>(?:(?:kandidat|calon)\s+)?(?:produk|obat|vaksin|alat(?:\s+kesehatan)?|perangkat|sediaan|terapi|suplemen|jamu"
            r"|sirup|tablet|kaplet|kapsul|krim|salep|serum|losion|sabun|kosmetik|barang)\s+(?:(?:baru|kandidat)\s+)?"
            # "Produk berbasis ekstrak daun sambiloto dan kulit kayu manis itu": what it is based on, before the pointer
            r"(?:(?:berbasis|berbahan(?:\s+dasar)?|berisi)\s+(?:[a-z][\w-]*\s+){1,8}?)?(?:tersebut|itu|ini)"
            r"|(?:the|this)\s+(?:candidate\s+)?(?:product|drug|vaccine|device|therapy|medicine|syrup|tablet|capsule|cream|ointment|serum"
            r"|lotion)(?:\s+candidate)?))")
AUX = (r"(?:(?:juga|telah|sudah|selama\s+ini|sebelumnya|kini|nantinya|rencananya|kelak|are|were|have\s+been|also|both|is|was"
        r"|will\s+be|akan)\s+)*")
MADE = r"(?:diproduksi|dibuat|dikembangkan|diracik|manufactured|produced|made|developed)"
SOLD = r"(?:dipasarkan|didistribusikan|diedarkan|dijual|disalurkan|dipasok|marketed|distributed|sold|supplied|commerciali[sz]ed)"
# "Keduanya diproduksi oleh X", "Keduanya dipasarkan melalui apotek … oleh X" (the subject opens the sentence)
_PRONOUN_VERB = re.compile(
    rf"^[\s\"\u201c(]*(?:(?:[A-Za-z]+\s+){{0,3}}[A-Za-z]+\s*,\s*)?{_COUNTED}(?:\s+(?:tersebut|itu|ini))?\s+{AUX}"
    rf"(?:(?P<made>{MADE})|(?P<sold>{SOLD}))\s+"
    # (a route, not a second clause: "diproduksi di Sleman, sedangkan distribusinya ditangani oleh Y" is no making by Y)
    r"(?:(?P<route>(?:melalui|lewat|through|via|di|ke|in|to|across)\s+(?:(?!\b(?:sedangkan|sementara|while|whereas)\b)[^.;:]){0,120}?\s)?"
    r"(?:oleh|by)\s+"
    # "Alat tersebut diproduksi di fasilitas X": made at X's plant
    r"|(?:di|at|in)\s+(?:the\s+)?(?:fasilitas|pabrik|plant|facility|factory)(?:\s+(?:produksi|milik|of))?\s+)?"
    # "dikembangkan oleh perusahaan rintisan alat kesehatan PT X": a described maker
    r"(?:(?:the\s+)?(?:company['\u2019]s\s+)?(?:perusahaan|produsen|distributor|pedagang\s+besar\s+farmasi)(?:\s+[a-z]+){0,3}?"
    # "oleh perusahaan bioteknologi Inggris, Y": its country, then its name
    r"(?:\s+(?:asal\s+)?\u2588+\s*,)?\s+)?"
    r"(?:PT\.?\s+)?$",
    re.I,
)
# "Kedua produk yang diproduksi PT X itu …": the maker inside the subject's relative clause
_PRONOUN_WHICH = re.compile(
    rf"^[\s\"\u201c(]*(?:(?:[A-Za-z]+\s+){{0,3}}[A-Za-z]+\s*,\s*)?{_COUNTED}\s+(?:yang|which\s+are|that\s+are)\s+{AUX}"
    rf"(?:(?P<made>{MADE})|(?P<sold>{SOLD}))\s+(?:(?:oleh|by)\s+)?(?:PT\.?\s+)?$",
    re.I,
)
watch(_PRONOUN_VERB)
watch(_PRONOUN_WHICH)

# "Satu produk lain, kapsul P, masih dalam proses registrasi": one more of the range the sentences before gave a maker
_ONE_MORE = re.compile(r"^[\s\"\u201c(]*(?:(?:satu|sebuah|dua|tiga)\s+produk\s+lain(?:nya)?|(?:one|another)\s+(?:other\s+)?product)"
                       r"\s*,\s*(?:[a-z][\w-]*\s+){0,2}$", re.I)
# "P (teriparatide), a second product from Hanul's portfolio": the portfolio's owner makes P
_FROM_PORTFOLIO = re.compile(r"^(?:\s*\([^()]*\))?\s*,\s*(?:an?|the)\s+(?:(?:second|third|new|further|other)\s+)?product\s+"
                             r"(?:from|of|in)\s+(?:PT\.?\s+)?$", re.I)
watch(_ONE_MORE, _FROM_PORTFOLIO)

_PRODUCT = ("Product",)

# "Distribusi produk Herbalesta … akan ditangani PT Y", "Distribution of Zenvita products will be handled by Y":
# Y sells the brand and every product the text names under it
_BRAND_SOLD = re.compile(
    r"\b(?:distribusi|pemasaran|penjualan|distribution|marketing|sales)\s+(?:(?:seluruh|semua|of|all)\s+)?(?:produk\s+|products?\s+)?$",
    re.I,
)
_HANDLED = re.compile(
    r"^\s+(?:products?\s+)?(?:(?:ke|di|to|in|across|throughout)\s+[^.;:]{0,60}?\s)?(?:(?:nantinya|rencananya|akan|juga|kini|selama\s+ini|saat\s+ini|telah|sudah|will|be|is|are|currently|also|has\s+been)\s+)*"
    r"(?:ditangani|dilakukan|dijalankan|dipegang|handled|carried\s+out|managed)\s+(?:(?:oleh|by)\s+)?(?:PT\.?\s+)?$",
    re.I,
)
watch(_BRAND_SOLD)

# "Its recombinant hepatitis B vaccine, Hepagen-B, received …": a sentence opened by the possessive of the company spoken of
_ITS_OPENS = re.compile(
    r"^[\s\"\u201c(]*(?:its|their|the\s+company['\u2019]s)\s+(?:(?:[\w-]+|\u2588+)\s+){0,5}?"
    r"(?:vaccines?|drugs?|products?|biosimilars?|therap(?:y|ies)|treatments?|medicines?|brands?|devices?|syrups?|tablets?)"
    r"\s*,\s*$",
    re.I,
)
watch(_ITS_OPENS)

# "Batukrin masuk ke Sanggau melalui PBF PT Y", "P beredar lewat distributor Y": the wholesaler that brought it in sells it
_CAME_THROUGH = re.compile(
    r"^\s+(?:(?:\d+\s*ml|[\w-]+)\s+)?(?:(?:juga|diduga|ternyata)\s+)?(?:masuk|beredar|disalurkan|didistribusikan|dipasok|diedarkan)\s+"
    r"(?:(?:ke|di)\s+[^.;:]{0,50}?\s)?(?:melalui|lewat|via)\s+(?P<dist>(?:distributor|pedagang\s+besar\s+farmasi|PBF)\s+(?:\(PBF\)\s+)?)?"
    r"(?:resmi\s+)?(?:PT\.?\s+)?$",
    re.I,
)
watch(_CAME_THROUGH)

# "Nationwide distribution will be handled by PT Y" (no product named): Y sells what the one marketer named so far sells
_DIST_ONLY = re.compile(
    r"\b(?:(?:nationwide|national|domestic|local)\s+)?(?:distribution|marketing|(?:distribusi|pemasaran)(?:\s+(?:dan|serta)\s+(?:distribusi|pemasaran))?"
    r"(?:\s+(?:nasional|di\s+dalam\s+negeri))?)\s+"
    # "Distribusi vaksin ke rumah sakit dan klinik akan ditangani Y": the class word and where it goes may come between
    r"(?:(?:of\s+the\s+)?(?:vaksin|obat|produk|vaccines?|products?|medicines?|drugs?)\s+(?:(?:tersebut|itu|ini)\s+)?)?"
    # "Pemasaran kedua produk di dalam negeri akan ditangani oleh Y": the counted products named before
    r"(?:(?:of\s+)?(?P<count>(?:kedua|ketiga)\s+(?:produk|obat|vaksin|sediaan)|keduanya|ketiganya"
    r"|(?:both|the\s+two|the\s+three|all\s+three)\s+(?:products|drugs|vaccines))\s+(?:(?:tersebut|itu|ini)\s+)?"
    r"(?:(?:di\s+dalam\s+negeri|di\s+Indonesia|in\s+Indonesia|domestically)\s+)?)?"
    r"(?:(?:ke|to|across|throughout)\s+[^.;:\u2588]{0,50}?\s)?"
    r"(?:(?:in|di)\s+(?:seluruh\s+)?\u2588+\s+)?(?:(?:will|would|akan|is|be|nantinya|juga)\s+)*(?:handled|carried\s+out|managed|ditangani|dilakukan"
    r"|dijalankan)\s+(?:(?:by|oleh)\s+|(?<=ditangani\s))"
    # "oleh mitra distribusi PT Y", "by its distribution partner PT Y"
    r"(?:(?:its\s+|the\s+)?(?:mitra\s+distribusi|distributor|distribution\s+partner|pedagang\s+besar\s+farmasi)\s+)?"
    # "… akan ditangani anak usaha perseroan, PT Y": the seller's role before its name
    r"(?:anak\s+(?:usaha|perusahaan)(?:nya|\s+perseroan)?,?\s+)?(?:PT\.?\s+)?$",
    re.I,
)
watch(_DIST_ONLY)


def _came_through(ctx: Context, v: View) -> None:
    """MARKETS from the wholesaler a product came through ("P beredar melalui distributor PT X", "P masuk lewat PBF X")."""
    for p in v.mentions:
        org = v.next_mention(p) if p.type == "Product" else None
        while org is not None and org.type == "Location":
            org = v.next_mention(org)
        if org is None or org.type != "Organization" or (m := _CAME_THROUGH.match(v.masked[p.end : org.start])) is None:
            continue
        if m.group("dist") or re.match(r"(?:PBF|Distributor)\b", org.text):  # a wholesaler, not a courier
            ctx.emit("MARKETS", org.ent, p.ent, v, 0.6)


def find(ctx: Context, v: View) -> None:
    """Run per sentence from ``corporate``: the collective product subject and the pointed-back site."""
    if v.index:
        _RULES.run(ctx, v)


def _listed(ctx: Context, index: int, limit: int) -> list[Entity]:
    """The last ``limit`` products named in sentence ``index``, leaving out those in brackets: "Kedua produk itu
    adalah A 60 ml (parasetamol), serta B (guaifenesin dan bromheksin). Keduanya …" are A and B."""
    if index < 0:
        return []
    v = ctx.views[index]
    out: list[Entity] = []
    for m in reversed(v.mentions):
        if m.type == "Product" and m.role is None and m.ent not in out \
                and not in_brackets(v.text, m.start):
            out.append(m.ent)
    brands = [e for e in out if e.name[:1].isupper()]  # not the class of "kapsul vitamin D3 Solvita 1000 IU"
    out = brands if len(brands) >= limit else out
    return out[:limit] if len(out) >= limit else ctx.recent(index, _PRODUCT, back=1, limit=limit)


def _products(ctx: Context, v: View) -> None:
    org = first_org(v)
    if org is None or regulator_like(org.ent):
        return
    head = v.masked[: org.start]
    m = _PRONOUN_VERB.match(head) or _PRONOUN_WHICH.match(head)
    if m is None or any(x.type == "Product" and x.start < org.start for x in v.mentions):
        return  # a product named before the maker: the name-based rules read that sentence
    if m.group("one"):
        got = antecedents(ctx, v, m)
    else:  # the bullets or table rows of exactly that many brands before, else the sentence before
        many = 3 if m.group("three") else 2
        got = counted_list(ctx, v, many, reach=8) or _listed(ctx, v.index - 1, many)
    rtype = "DEVELOPS" if m.group("made") else "MARKETS"
    makers = [org.ent]
    nxt = v.next_mention(org)
    if nxt is not None and nxt.type == "Organization" and _UNIT_NAME.match(org.ent.name) \
            and _UNIT_PARENT.fullmatch(v.gap((org.gloss or org).end, nxt.start)):
        org, nxt = nxt, v.next_mention(nxt)  # (the faculty develops it, its university is where: the partner comes next)
    if nxt is not None and nxt.type == "Location" and _CO_DESCRIBED.match(v.masked[org.end : nxt.start]):
        nxt = v.next_mention(nxt)  # "bersama perusahaan bioteknologi asal Belgia, Y": the partner after its seat
        nxt = nxt if nxt is not None and re.fullmatch(r"\s*,\s*(?:PT\.?\s+)?", v.masked[v.prev_mention(nxt).end : nxt.start]) else None
    if rtype == "DEVELOPS" and nxt is not None and nxt.type == "Organization" and (
            AND.match(v.masked[org.end : nxt.start]) or _CO_DESCRIBED.match(v.masked[org.end : nxt.start])):
        makers.append(nxt.ent)  # "dikembangkan PT X bersama FK Unpad": both develop it
    for p in got:
        for mk in makers:
            ctx.emit(rtype, mk, p, v, 0.65)
    last = org if len(makers) == 1 else nxt
    while last is not None and (then := v.after(last.end, ("Organization",))):  # "…, dan dipasarkan oleh Y"
        m2 = _AND_VERB.match(v.masked[last.end : then[0].start])
        if m2 is None:
            break
        for p in got:
            ctx.emit("DEVELOPS" if m2.group("made") else "MARKETS", then[0].ent, p, v, 0.6)
        last = then[0]


# "bersama perusahaan bioteknologi asal Belgia, Y", "together with the Belgian biotech company Y": a co-maker described first
# ("bersama mitranya asal Korea Selatan, Y": its partner, described by its country)
# ("bersama mitra industri PT Y", "together with its industry partner, Y": the partner's role alone)
_CO_DESCRIBED = re.compile(r"^\s*,?\s*(?:bersama(?:\s+dengan)?|together\s+with)\s+(?:the\s+|its\s+)?(?:(?:perusahaan|company|firm|mitra(?:nya)?"
                           r"|partner)(?:\s+[a-z]+){0,2}"
                           r"\s+(?:asal|dari|from)\s+(?:\u2588+\s*,\s*(?:PT\.?\s+)?)?$|(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,2}(?:company|firm)\s+$"
                           r"|(?:mitra|industry\s+partner)(?:\s+(?:industri|swasta|produksi))?(?:nya)?\s*,?\s+(?:PT\.?\s+)?$)")
# "Fakultas X (FK-X) Universitas Y bersama …": a faculty's or a unit's university named after it is its address
_UNIT_PARENT = re.compile(r"\)?\s*(?:\([^()]{1,30}\)\s*)?,?\s*")
_UNIT_NAME = re.compile(r"(?:Fakultas|Sekolah|Pusat\s+(?:Riset|Studi|Penelitian|Kajian)|Laboratorium|Faculty|School)\b")


# "…, dan dipasarkan oleh Y melalui …": a second verb of the same subject
# "…, sementara pemasarannya di dalam negeri dipegang Y": the selling told by its noun with the subject's "-nya"
_AND_VERB = re.compile(
    rf"\.?[^.;:]{{0,80}}?,?\s+(?:(?:dan|serta|and)\s+{AUX}(?:(?P<made>{MADE})|(?P<sold>{SOLD}))\s+"
    rf"(?:(?:di|in)\s+[^.;:]{{0,40}}?\s)?(?:oleh|by)\s+"
    r"|(?:sementara|sedangkan|adapun|while)\s+(?:(?:pemasaran|distribusi|penjualan)nya|their\s+(?:marketing|distribution|sales))"
    r"(?:\s+(?:di\s+dalam\s+negeri|di\s+Indonesia|in\s+Indonesia))?\s+(?:(?:akan|nantinya|juga|kini|will\s+be|is|are)\s+)*"
    r"(?:dipegang|ditangani|dilakukan|dijalankan|handled|managed|carried\s+out)\s+(?:(?:oleh|by)\s+)?)"
    rf"{SELLER_ROLE}(?:PT\.?\s+)?$",
    re.I,
)


def _one_more(ctx: Context, v: View) -> None:
    p = next((m for m in v.mentions if m.type == "Product"), None)
    if p is None:
        return
    org = v.next_mention(p)
    if (org is not None and org.type == "Organization" and _FROM_PORTFOLIO.match(v.masked[(p.gloss or p).end : org.start])
            and v.masked.startswith(("'s", "\u2019s"), org.end) and re.match(r"['\u2019]s\s+portfolio\b", v.masked[org.end :])):
        ctx.emit("DEVELOPS", org.ent, p.ent, v, 0.6)
        return
    if _ONE_MORE.match(v.masked[: p.start]):
        makers = {r.head for r in ctx.typed("DEVELOPS")[-6:] if ctx.by_id.get(r.tail) is not None
                  and any(m.ent.id == r.tail for i in range(max(0, v.index - 2), v.index) for m in ctx.views[i].mentions)}
        if len(makers) == 1:
            ctx.emit("DEVELOPS", ctx.by_id[next(iter(makers))], p.ent, v, 0.6)


def _brand_sold(ctx: Context, v: View) -> None:
    for b in v.mentions:
        if b.type != "Product" or not _BRAND_SOLD.search(v.masked[max(0, b.start - 40) : b.start]):
            continue
        org = v.next_mention(b)
        while org is not None and org.type == "Location":  # "Distribusi produk B di Jawa Timur ditangani oleh Y"
            org = v.next_mention(org)
        if org is None or org.type != "Organization" or not _HANDLED.match(v.masked[b.end : org.start]):
            continue
        line = [e for e in ctx.entities if e.type == "Product" and e.name.startswith(b.ent.name + " ")]
        for p in (b.ent, *line):
            ctx.emit("MARKETS", org.ent, p, v, 0.6)


def _its_opens(ctx: Context, v: View) -> None:
    p = next((m for m in v.mentions if m.type == "Product" and m.text[:1].isupper()), None)
    if p is None or not _ITS_OPENS.match(v.masked[: p.start]) or not re.match(r"\s*[,(]", v.masked[p.end :]):
        return
    if any(m.type == "Organization" for m in v.before(p.start)):
        return
    owner = topic(ctx, v.index, back=2) or spoken_of(ctx, v, 0)
    if owner is not None:
        ctx.emit("DEVELOPS", owner, p.ent, v, 0.6)


def _distribution(ctx: Context, v: View) -> None:
    org = first_org(v)
    if org is None or regulator_like(org.ent) or any(m.type == "Product" for m in v.mentions) or (d := _DIST_ONLY.search(v.masked[: org.start])) is None:
        return
    if d.group("count"):
        n = 3 if re.match(r"(?:ketiga|the\s+three|all)", d.group("count"), re.I) else 2
        for p in without_contents(ctx, counted_back(ctx, v.index, n)):  # not what a brand combines ("kombinasi A dan B")
            ctx.emit("MARKETS", org.ent, p, v, 0.6)
        return
    sold = [r for r in ctx.typed("MARKETS") if r.head != org.ent.id]
    if not sold:  # no seller named yet: the one product the sentence before speaks of
        named = ctx.recent(v.index - 1, _PRODUCT, back=2, limit=2)  # (a quote or a figure may come between)
        if len(named) == 1:
            ctx.emit("MARKETS", org.ent, named[0], v, 0.55)
        return
    if len({r.head for r in sold}) != 1 or len(sold) > 4:
        return  # several sellers named: whose range is meant is not said
    for p in without_contents(ctx, [ctx.by_id[r.tail] for r in sold]):
        ctx.emit("MARKETS", org.ent, p, v, 0.55)


def counted_back(ctx: Context, index: int, n: int) -> list[Entity]:
    """The ``n`` products "kedua produk" counts: those of the nearest of the three sentences before naming that many."""
    for i in range(index - 1, max(-1, index - 4), -1):  # (a quote may come between)
        got = [e for e in _listed(ctx, i, n) if any(m.ent is e for m in ctx.views[i].mentions)]
        if len(got) == n:
            return got
    return []


# each rule ``find`` runs, in order, with the cues it reads: one prefilter test spares a sentence holding none of them
_RULES = RuleTable((_products, _PRONOUN_VERB, _PRONOUN_WHICH), (site_run_by, SITE_RUN_BY), (site_fronted, RUN_BY_FRONT),
                   (_one_more, _ONE_MORE, _FROM_PORTFOLIO), (_brand_sold, _BRAND_SOLD), (_its_opens, _ITS_OPENS),
                   (made_there, WILL_BE_MADE), (_distribution, _DIST_ONLY), (_came_through, _CAME_THROUGH))
CUES = _RULES.patterns  # what ``find`` reads (``corporate`` gates on them)
