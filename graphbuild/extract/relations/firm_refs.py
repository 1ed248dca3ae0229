"""DEVELOPS / MARKETS whose company is told by reference, not by name.

Why: after naming a company once, news and releases go on with a bare "perusahaan" / "perseroan" /
"the Company" ("Selain P, perusahaan juga mengembangkan Q", "produk lain milik perusahaan, yaitu P dan
Q", "the Company's biosimilar insulin, P"); the name-based rules in ``makers`` see no company next to
the verb there. A product set apart with "selain P" before the maker's verb is the maker's too.
``corporate`` calls :func:`find` once per sentence; each rule returns at once without its cue words.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.discourse import main_firm, regulator_like, topic
from graphbuild.extract.relations.makers import FILLER, WIDE_LIST
from graphbuild.extract.relations.makers_joint import _introduced, product_list
from graphbuild.extract.relations.owner_appos import recent_firm
from graphbuild.extract.relations.subsidiary_refs import release_firm
from graphbuild.types import Entity

_ADV = r"(?:(?:juga|pun|kini|saat\s+ini|telah|sudah|akan|tengah|sedang|masih|also|now|currently|will|has|is)\s+)*"
# "…, perusahaan juga mengembangkan P", "Saat ini perusahaan memproduksi P": the bare noun as the subject
_BARE = re.compile(
    rf"\b(?:perusahaan|perseroan|the\s+company)\s+{_ADV}"
    r"(?:(?P<make>mengembangkan|memproduksi|membuat|develops|manufactures|produces|makes)"
    r"|memasarkan|mendistribusikan|menjual|markets|sells|distributes)\b"
    # "Perseroan memproduksi dan memasarkan …": a second, selling verb after the making one
    r"(?:\s+(?:dan|serta|and)\s+(?P<sell>memasarkan|mendistribusikan|menjual|markets|sells|distributes)\b)?",
    re.I,
)
# what may come right before the bare noun: the sentence's start, a comma, "bahwa", "kini", "Selain itu"
_BARE_LEAD = re.compile(r"(?:^[\s\"\u201c]*|[,;:]\s*|\b(?:bahwa|that|kini|saat\s+ini|selain\s+itu|sementara\s+itu|meanwhile"
                        r"|besides)\s+)$", re.I)
# "produk lain milik perusahaan, yaitu", "Dua produk milik perusahaan tersebut,", "the Company's biosimilar insulin,"
_OWNED = re.compile(
    r"(?:\b(?:produk|obat|vaksin|fitofarmaka|jamu|suplemen|kosmetik|products?|drugs?|vaccines?|medicines?)\s+"
    r"(?:(?:lain(?:nya)?|lainnya|other)\s+)?(?:(?:milik|buatan|produksi|keluaran|of)\s+)?"  # "Beberapa produk perusahaan, seperti"
    # "Tiga fitofarmaka milik PT X, yaitu": the named owner (masked) as well as the bare noun
    r"(?:(?P<firm>(?:perusahaan|perseroan)(?:\s+(?:ini|tersebut|itu))?|the\s+company)|(?P<named>(?:PT\.?\s+)?\u2588+))"
    r"|\b(?P<its>the\s+company['\u2019]s)\s+(?:[a-z][\w-]*\s+){0,3}?(?:[a-z][\w-]*\s*,\s*)?)"  # "biosimilar insulin, P"
    r"\s*,?\s*(?:(?:yaitu|yakni|seperti|antara\s+lain|di\s+antaranya|termasuk|adalah|including|namely|such\s+as)\s+"
    # "seluruh produk Perseroan, antara lain obat antidiabetes P": the brand's kind and use after the list word
    r"(?:(?:obat|krim|sirup|vaksin|tablet|kapsul|salep|suplemen|jamu)\s+(?:[a-z][\w-]*\s+)?)?)?$",
    re.I,
)
# "P, a … vaccine, as well as the rotavirus vaccine Q", "P, jamu … kapsul, serta sirup herbal Q": the list goes on after an apposition
_AS_WELL = re.compile(r"\b(?:as\s+well\s+as|serta|dan\s+juga|and\s+also)\s+(?:(?:the|its|a|an)\s+)?", re.I)
_DESCRIBED = re.compile(r"(?:[a-z][\w'\u2019-]*\s+){0,4}")
# "PT A juga memperoleh sertifikat halal dari BPJPH untuk produk minyak kayu putih P dan balsem Q": the holder makes them
_HOLDS = re.compile(r"\b(?:memperoleh|mendapatkan|mendapat|mengantongi|menerima|meraih|obtained|received|secured)\s+"
                    r"(?:(?:its|the|a)\s+)?(?:sertifikat|sertifikasi|izin\s+edar|NIE|certificate|certification"
                    r"|marketing\s+authori[sz]ation)\b", re.I)
_FOR_PRODUCT = re.compile(r"\s(?:untuk|for|atas)\s+(?:(?:the|its)\s+)?(?:produk|products?)\s+(?:[a-z][\w-]*\s+){0,4}$", re.I)
_HOLDER_GAP = re.compile(r"(?:\s*\([^()]*\))?\s*,?\s*(?:(?:juga|kini|telah|sudah|resmi|pun|also|has|have|had|recently)\s+)*", re.I)
_MADE_ELSEWHERE = re.compile(r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:yang\s+)?(?:buatan|produksi|milik|dari|made\s+by|produced\s+by"
                             r"|manufactured\s+by|diproduksi|dikembangkan|developed\s+by|of)\b", re.I)
# "A bekerja sama dengan B dalam pengembangan bahan baku, termasuk P": both develop P
_CO_DEVELOP = re.compile(r"\b(?:bekerja\s+sama|berkolaborasi|bermitra|work(?:s|ing)?\s+with|collaborat(?:e|es|ing)\s+with"
                         r"|partner(?:s|ing)?\s+with)\s+(?:dengan\s+)?(?:PT\.?\s+)?", re.I)
_DEV_NOUN = re.compile(r"(?:\s*\([^()]*\))?\s+(?:dalam|untuk|guna|on|in|for)\s+(?:the\s+)?(?:pengembangan|mengembangkan|development\s+of"
                       r"|developing|riset\s+dan\s+pengembangan)\s+", re.I)
# "Kyoritsu's insulin glargine brand, Kyoglar": a company's short name (not tagged itself) owning the brand after it
_SHORT_OWNER = re.compile(r"\b(?P<name>[A-Z][\w-]{2,})['\u2019]s\s+(?:(?:new|latest|flagship|own|first)\s+)?(?:[a-z\u2588][\w\u2588-]*\s+){0,3}?"
                          r"(?:brand|biosimilar|vaccine|drug|product|medicine|therapy)\s*,?\s*$")
# "TYPHOCON, Tessaro's typhoid conjugate vaccine", "Teriva (teriparatide), a second product from Hanul's portfolio"
_SHORT_OWNER_AFTER = re.compile(r"\)?(?:\s*\([^()]*\))*\s*,\s*(?:an?\s+(?:(?:second|third|new|further)\s+)?(?:product|drug|vaccine)\s+"
                                r"(?:from|in)\s+)?(?P<name>[A-Z][\w-]{2,})['\u2019]s\s+(?:[a-z][\w-]*\s+){0,4}?"
                                r"(?:brand|biosimilar|vaccine|drug|product|medicine|therapy|portfolio|pipeline)\b")
_SET_APART = re.compile(r"\b(?:selain|besides|apart\s+from|in\s+addition\s+to)\s+$", re.I)
_POSSESSIVE_S = re.compile(r"['\u2019]s\s")  # what both short-name patterns hold: a cheap literal for the prefilter
# "P yang diproduksi di pabrik perusahaan di Cimahi", "P, … produced at the Company's Karawang plant": the company's own
OWN_PLANT = re.compile(
    r"\b(?:(?:diproduksi|dibuat|diracik|produced|manufactured|made)\s+(?:di|at|in)"
    r"|(?:(?<=merupakan\s)|(?<=adalah\s)|(?<=hasil\s))produksi)\s+"  # "merupakan produksi pabrik …" (led by its noun)
    r"(?:(?:salah\s+satu|one\s+of)\s+)?"
    r"(?:(?:pabrik|fasilitas)(?:\s+produksi)?(?:\s+milik)?\s+(?:perusahaan|perseroan)\b(?!\s+(?:lain|mitra|lokal|farmasi))"
    r"|the\s+company['\u2019]s\s+(?:[^\s.,;]+\s+){0,2}?(?:plants?|facility|facilities|factory|site)\b)", re.I)
watch(_BARE, _OWNED, _SET_APART, _AS_WELL, _HOLDS, _CO_DEVELOP, _POSSESSIVE_S, OWN_PLANT)
CUES = (_BARE, _OWNED, _SET_APART, _AS_WELL, _HOLDS, _CO_DEVELOP, _POSSESSIVE_S, OWN_PLANT)  # ``corporate`` gates on them too
_ANY = CueGroup(*CUES)


def find(ctx: Context, v: View) -> None:
    if not _ANY.may(v):
        return  # most sentences hold none of the cue words (``corporate`` calls it only where a product is named)
    rules = (_bare, _owned, _set_apart, _apposed_more, _holder, _co_develop, _short_owner, own_plant)  # in CUES order
    for rule, may in zip(rules, _ANY.may_each(v), strict=True):
        if may:
            rule(ctx, v)


def own_plant(ctx: Context, v: View) -> None:
    """The product named just before "diproduksi di pabrik perusahaan" is the company's: the one the text
    names most lately ("the Company's": the release's Indonesian company)."""
    for c in v.cues(OWN_PLANT):
        p = next(iter(v.before(c.start())), None)
        if p is None and v.index and _ALL_OF.match(v.masked):  # "Seluruh obat merupakan produksi pabrik perusahaan"
            prods = [m for m in ctx.views[v.index - 1].mentions if m.type == "Product" and m.text[:1].isupper()]
            w = ctx.views[v.index - 1]
        elif p is None or p.type != "Product" or c.start() - p.end > 60 or re.search(
                r"[.;]|\b(?:dan|and|serta|tersebut|itu|ini)\b", v.masked[p.end : c.start()]):  # "Insulin tersebut": a pointer
            continue
        else:
            prev = v.prev_mention(p)
            if prev is not None and prev.type == "Product" and re.fullmatch(r"\s*\(", v.masked[prev.end : p.start]):
                p = prev  # "Glimepra XR (glimepiride …), … produced at": the brand, not its gloss
            prods, w = [p], v
        if c.group().lower().startswith(("produced", "manufactured", "made")) and "company" in c.group().lower():
            firm = release_firm(ctx)  # who the release is by
        else:
            firm = main_firm(ctx, v.index)
        if firm is not None and not regulator_like(firm):
            for q in prods:
                ctx.emit("DEVELOPS", firm, q.ent, w, 0.6)


# a sentence about every product named before: "Seluruh obat (tersebut)", "Semua produk itu", "All the products"
_ALL_OF = re.compile(r"\W*(?:seluruh|semua|all(?:\s+the)?|all\s+of\s+the)\s+(?:produk|obat|vaksin|jamu|products|drugs|medicines)\b",
                     re.I)


def _bare(ctx: Context, v: View) -> None:
    for c in v.cues(_BARE):
        if not _BARE_LEAD.search(v.masked, max(0, c.start() - 20), c.start()):
            continue
        rtypes = ("DEVELOPS", "MARKETS") if c.group("sell") else ("DEVELOPS",) if c.group("make") else ("MARKETS",)
        after = v.after(c.end())
        if not after or after[0].type != "Product" or not (FILLER.match(gap := v.masked[c.end() : after[0].start])
                                                            or WIDE_LIST.match(gap)):
            continue
        firm = _firm(ctx, v, c.start())
        if rtypes == ("MARKETS",) and v.index and not re.search(r"\w", v.masked[: c.start()]):
            # "A has appointed B, a … distributor. The company will market P": B, the company set up last
            firm = _introduced(ctx.views[v.index - 1], topic(ctx, v.index, back=1)) or firm
        if firm is None:
            continue
        for rtype in rtypes:
            for p in (*product_list(v, after[0]), *_apart(v, c.start())):
                ctx.emit(rtype, firm, p.ent, v, 0.6)


def _firm(ctx: Context, v: View, pos: int) -> Entity | None:
    """Who the bare noun at ``pos`` is: a company named earlier in the sentence (the speaker's), else the
    company the article names most lately."""
    named = [m.ent for m in v.before(pos, ("Organization",)) if m.ent.category == "company" and not regulator_like(m.ent)]
    if named:
        return named[0] if len({id(e) for e in named}) == 1 else None
    most = main_firm(ctx, v.index)
    subject = topic(ctx, v.index, back=1)  # "A formed a venture with B and C. The company produces P": A, unless named less
    return subject if subject is not None and most is not None and len(subject.mentions) >= len(most.mentions) else most


def _owned(ctx: Context, v: View) -> None:
    for p in v.mentions:
        if p.type != "Product":
            continue
        m = _OWNED.search(v.masked, max(0, p.start - 90), p.start)
        if m is None or m.end() != p.start:
            continue
        if m.group("named"):
            owner = next((o for o in v.mentions if o.type == "Organization" and o.start <= m.end("named") - 1 < o.end), None)
            firm = owner.ent if owner is not None else None
        elif m.group("its") or re.match(r"perseroan|the\s+company", m.group("firm") or "", re.I):
            firm = release_firm(ctx)  # who the release is by
        else:  # a bare "perusahaan": the company named most lately ("CV A … Produk lain milik perusahaan, P")
            firm = recent_firm(ctx, v, m.start())
        if firm is None or regulator_like(firm):
            continue
        nxt = v.next_mention(p)
        if p.text[:1].islower() and nxt is not None and nxt.type == "Product" and nxt.text[:1].isupper() \
                and re.fullmatch(r"\s*,\s*", v.masked[p.end : nxt.start]):
            p = nxt  # "the Company's biosimilar insulin, P": the brand, not its substance
        elif p.text[:1].islower() and (prv := v.prev_mention(p)) is not None and prv.type == "Product" \
                and prv.text[:1].isupper() and re.fullmatch(r"\s*(?:\([^()]*\)\s*)?,\s*", v.masked[prv.end : m.start()]):
            p = prv  # "P (adalimumab), the Company's adalimumab biosimilar": the brand apposed before
        for q in product_list(v, p):
            ctx.emit("DEVELOPS", firm, q.ent, v, 0.6)
        return


def _set_apart(ctx: Context, v: View) -> None:
    """"Selain P, A juga memproduksi Q": when A makes Q, A makes P too."""
    for p in v.mentions:
        if p.type == "Product" and _SET_APART.search(v.masked, max(0, p.start - 16), p.start):
            break
    else:
        return
    group = _apart(v, p.end + 1, first=p)
    comma = v.masked.find(",", group[-1].end)
    if comma < 0 or v.masked[group[-1].end : comma].strip():
        return
    later = {m.ent.id for m in v.mentions if m.start > comma}
    for rtype in ("DEVELOPS", "MARKETS"):
        for r in ctx.has(rtype):
            if r.evidence is v.evidence and r.tail in later and (head := ctx.by_id.get(r.head)) is not None:
                for q in group:
                    ctx.emit(rtype, head, q.ent, v, 0.55)


def _apposed_more(ctx: Context, v: View) -> None:
    """"A makes P, a …, as well as the … Q": what A makes or sells of P, A makes or sells of Q."""
    for c in v.cues(_AS_WELL):
        if not re.search(r",\s*$", v.masked[max(0, c.start() - 4) : c.start()]):
            continue  # the apposition before closes with a comma
        q = next(iter(v.after(c.end())), None)
        if q is None or q.type != "Product" or not _DESCRIBED.fullmatch(v.masked[c.end() : q.start]):
            continue
        p = next((m for m in v.before(c.start()) if m.type == "Product"), None)
        if p is None or not re.match(r"\s*,", v.masked[p.end :]) or re.search(r"[.;]", v.masked[p.end : c.start()]) \
                or c.start() - p.end > 160 or any(m.type == "Product" or not regulator_like(m.ent)
                                                  for m in v.mentions if p.end <= m.start < c.start()):
            continue
        for rtype in ("DEVELOPS", "MARKETS"):
            for r in ctx.has(rtype, tail=p.ent):
                if r.evidence is v.evidence and (head := ctx.by_id.get(r.head)) is not None:
                    for x in product_list(v, q):
                        ctx.emit(rtype, head, x.ent, v, 0.6)


def _holder(ctx: Context, v: View) -> None:
    """The company that obtains a certificate or permit "untuk produk P" makes P."""
    for c in v.cues(_HOLDS):
        subj = next(iter(v.before(c.start())), None)
        if subj is None or subj.type != "Organization" or subj.role is not None or subj.start in v.role_orgs \
                or subj.ent.category != "company" or regulator_like(subj.ent) \
                or not _HOLDER_GAP.fullmatch(v.masked[subj.end : c.start()]):
            continue
        stop = min((x for x in (v.masked.find(";", c.end()), v.masked.find(". ", c.end())) if x >= 0), default=len(v.masked))
        p = next((m for m in v.after(c.end()) if m.type == "Product" and m.end <= stop), None)
        if p is None or p.start - c.end() > 180 or not _FOR_PRODUCT.search(v.masked, max(0, p.start - 60), p.start) \
                or any(m.type == "Product" for m in v.mentions if c.end() <= m.start < p.start):
            continue
        got = product_list(v, p)
        if _MADE_ELSEWHERE.match(v.masked[got[-1].end :]):
            continue  # "izin edar untuk produk P buatan PT B": another company makes it
        for q in got:
            ctx.emit("DEVELOPS", subj.ent, q.ent, v, 0.6)


def _co_develop(ctx: Context, v: View) -> None:
    """"A bekerja sama dengan B dalam pengembangan …, termasuk P": A and B both develop P."""
    for c in v.cues(_CO_DEVELOP):
        a = next(iter(v.before(c.start())), None)
        b = next(iter(v.after(c.end())), None)
        if a is None or b is None or a.type != "Organization" or b.type != "Organization" or b.start != c.end() \
                or a.start in v.role_orgs or not _HOLDER_GAP.fullmatch(re.sub(r"\s(?:akan|will|to)\b", " ", v.masked[a.end : c.start()])):
            continue
        dev = _DEV_NOUN.match(v.masked, (b.gloss or b).end + (1 if b.gloss else 0))
        if dev is None:
            continue
        p = next(iter(v.after(dev.end())), None)
        if p is None or p.type != "Product" or not FILLER.match(v.masked[dev.end() : p.start]):
            continue
        for org in (a, b):
            if not regulator_like(org.ent):
                for q in product_list(v, p):
                    ctx.emit("DEVELOPS", org.ent, q.ent, v, 0.6)


def _short_owner(ctx: Context, v: View) -> None:
    """"Kyoritsu's insulin glargine brand, Kyoglar", "TYPHOCON, Tessaro's typhoid conjugate vaccine": the one company
    so named (an alias, else the first word of a name) develops the brand."""
    for p in v.mentions:
        if p.type != "Product" or not p.text[:1].isupper() or not p.ent.name[:1].isupper():
            continue
        m = _SHORT_OWNER.search(v.masked, max(0, p.start - 80), p.start) or _SHORT_OWNER_AFTER.match(v.masked, (p.gloss or p).end)
        if m is None or any(x.start <= m.start("name") < x.end for x in v.mentions):
            continue
        firm = _named_short(ctx, m.group("name"))
        if firm is not None:
            ctx.emit("DEVELOPS", firm, p.ent, v, 0.6)


def _named_short(ctx: Context, word: str) -> Entity | None:
    """The one company ``word`` names: an alias equal to it, else the only name opening with it."""
    orgs = [e for e in ctx.entities if e.type == "Organization" and not regulator_like(e)]
    for test in (lambda n: n == word, lambda n: n.split()[0] == word):
        firms = {e.id: e for e in orgs if any(test(n) for n in (e.name, *e.aliases))}
        if firms:
            return next(iter(firms.values())) if len(firms) == 1 else None
    return None


def _apart(v: View, pos: int, first: M | None = None) -> list[M]:
    """The products set apart with "selain …," just before ``pos`` (or the list starting at ``first``)."""
    if first is not None:
        return product_list(v, first)
    for p in v.before(pos, ("Product",)):
        if _SET_APART.search(v.masked, max(0, p.start - 16), p.start):
            return product_list(v, p)
    return []
