"""Bare licences: "A memberikan lisensi (produksi X) kepada B", "B memperoleh lisensi dari A", "A grants B an
exclusive licence", "Kampus tersebut melisensikan … kepada B"; and what the licensee then sells or makes.

Split out of ``licences`` (the licensor named after "dilisensikan dari", passive and fronted licences) to keep
each module short. The helpers both read (``licence``, ``no_licence``, ``usable``) live here; ``PERMIT`` is
registered with the prefilter by ``licences``, in its place among that module's watched patterns.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.discourse import defined_firm, story_firms
from graphbuild.extract.relations.makers_joint import product_list
from graphbuild.extract.relations.ours import we_firm
from graphbuild.extract.relations.subjects import VENTURE_INTRO
from graphbuild.extract.relations.ventures import venture_of
from graphbuild.types import Entity

ORG = ("Organization",)
TO_SELL = re.compile(r"\b(?:memasarkan|mendistribusikan|menjual|(?:to|and|or)\s+(?:market|distribute|sell)|commerciali[sz]e)\b",
                     re.I)
# what may stand between the right and the product: "the", "its biosimilars", "USG portabel" (no preposition)
_SOLD = re.compile(r"^\s*(?:(?!(?:untuk|yang|dengan|di|ke|dari|bagi|oleh|pada|dan|for|with|to|in|at|of|and)\b)"
                   r"(?:[a-z][\w-]*|[A-Z]{2,5}|Its|Their)\s+){0,3}$")
# what a licence is given for, before its licensee: "lisensi teknologi produksi P", "a licence to manufacture P to B"
_MAKE_TECH = re.compile(r"\s+(?:(?:teknologi|technology)\s+)?(?:produksi|pembuatan|untuk\s+(?:memproduksi|membuat)"
                        r"|to\s+(?:manufacture|produce)|for\s+(?:the\s+)?(?:production|manufactur(?:e|ing))\s+of)\s", re.I)
_TO_MAKE = re.compile(r"\b(?:memproduksi|membuat|to\s+manufacture|to\s+produce|manufacture)\b", re.I)
# "to commercialise five oncology products in Indonesia, including P": the products named after the count
_SOLD_LIST = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:products?|produk|obat)\b[^.;:]{0,40}?\b(?:including|termasuk|antara\s+lain|"
                        r"yaitu|yakni|seperti|such\s+as)\s+$", re.I)
_BOTH_SIDES = re.compile(r"\b(?:kedua|both)\s+(?:perusahaan|pihak)\b|\b(?:the\s+two|both)\s+(?:companies|parties)\b", re.I)
_GIVE = re.compile(r"\b(?:memberikan|memberi|menyerahkan|melisensikan|granted|grants|gives|licensed|licenses)\b", re.I)
# "B memperoleh lisensi eksklusif atas paten P, sementara A menerima royalti": who is paid royalties gave the licence
_WHILE = re.compile(r"^[^.;:]{0,80}?,?\s+(?:sementara|sedangkan|while|whereas)\s+(?:itu\s+)?(?:PT\.?\s+)?$", re.I)
_ROYALTY = re.compile(r"\s+(?:akan\s+|will\s+)?(?:menerima|memperoleh|mendapat(?:kan)?|berhak\s+atas|receives?|earns?|gets?)"
                      r"\s+(?:\w+\s+)?(?:royalti|royalt(?:y|ies))\b", re.I)
_GET = re.compile(r"\b(?:memperoleh|mendapatkan|mendapat|menerima|mengantongi|memegang|obtained|obtains|received|receives|acquired|secured|secures|holds)\b", re.I)
TO = re.compile(r"^[^\u2588]{0,40}?\b(?:kepada|to)\s+(?:PT\.?\s+)?$", re.I)
# "lisensi produksi insulin glargine kepada B": what is licensed (products unmasked) before the licensee
TO_LONG = re.compile(r"^[^.;:\u2588]{0,120}?\b(?:kepada|to)\s+(?:PT\.?\s+)?$", re.I)
_GIVES = r"(?:grants?|granted|gives?|gave|memberikan|memberi)"  # the verb of "A grants B …", "A memberikan lisensi …"
# "A grants B an exclusive licence": the licensee between the verb and the licence
_GRANTS = re.compile(r"^\.?(?:,?\s+(?:of|in|from|dari|di|asal)\s+\u2588+(?:\s*,\s*\u2588+)*\s*,(?=\s+(?:which|yang|that)\s))?"
                     rf"\s+(?:(?:which|yang|that)\s+)?(?:\w+\s+)?{_GIVES}\s+$", re.I)
# "Hanseong memberi kami hak eksklusif", "A grants us exclusive rights": the speaker's company is the licensee
_GRANTS_US = re.compile(rf"\s+(?:\w+\s+)?{_GIVES}\s+(?:kami|us)\s+(?:(?:an?|the)\s+)?$",
                        re.I)
# between a parent and the licensee it introduces: "'s wholly owned subsidiary, ", "'s Indonesian unit, PT "
_CHILD_OF = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:subsidiary|unit|arm|affiliate|joint\s+venture)\s*,\s*(?:PT\.?\s+)?", re.I)
_A_LICENCE = re.compile(r"^\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_FROM = re.compile(r"^[^\u2588]{0,40}?\b(?:dari|from)\s+$", re.I)
# a permit from an authority ("lisensi impor dari Kementerian Perdagangan"), a licence applied for or refused: no LICENSED
PERMIT = re.compile(r"\b(?:lisensi|licen[cs]e)\s+(?:impor|ekspor|usaha|operasional|praktik|apotek|halal|import|export|"
                     r"operating|business)\b|\b(?:mengajukan|mengurus|applied\s+for|apply\s+for|applying\s+for)\b", re.I)


def no_licence(v: View, licensor: Entity, cue_at: int) -> bool:
    """A permit, an application or a refusal, or a licensor that is a regulator or (but for technology) an office."""
    if licensor.category == "regulator" or cues.negated(v.masked, cue_at) or (v.may(PERMIT) and PERMIT.search(v.masked)):
        return True
    return licensor.category == "government" and not re.search(r"teknologi|paten|technolog|patent", v.masked, re.I)

def licence(ctx: Context, v: View, licensor: Entity, licensee: Entity) -> None:
    ctx.emit("LICENSED", licensor, licensee, v, 0.7)
    ctx.emit("PARTNERS_WITH", licensor, licensee, v, 0.55)  # a licence is a partnership

def usable(v: View, m: M) -> bool:
    return m.role is None and m.start not in v.role_orgs


def bare_license(ctx: Context, v: View, start: int, end: int) -> None:
    """"A memberikan lisensi kepada B" / "B memperoleh lisensi dari A"."""
    before = [m for m in v.before(start, ORG) if m.start not in v.role_orgs] or _referent(ctx, v, start)
    after = v.after(end, ORG)
    if before and _to_venture(ctx, v, before[0], start, end):
        return
    if before and before[0].end < start and _GRANTS_US.fullmatch(v.masked[before[0].end : start]) \
            and (us := we_firm(ctx, v, start)) is not None and us is not before[0].ent \
            and not no_licence(v, before[0].ent, start):
        licence(ctx, v, before[0].ent, us)
        _licensee_sells(ctx, v, us, end, before[0].ent)
        return
    if len(before) > 2 and _CHILD_OF.fullmatch(v.masked[before[1].end : before[0].start]) \
            and _GRANTS.match(v.masked[before[2].end : before[1].start]) and _A_LICENCE.match(v.masked[before[0].end : start].lstrip(",")) \
            and not no_licence(v, before[2].ent, start):
        before, apposed = [before[0], before[2]], True  # "A grants B's wholly owned subsidiary, C, exclusive rights": C
    else:
        apposed = False
    if len(before) > 1 and (apposed or _GRANTS.match(v.masked[before[1].end : before[0].start]) and _A_LICENCE.match(
            v.masked[before[0].end : start])) and not no_licence(v, before[1].ent, start):
        ctx.emit("LICENSED", before[1].ent, before[0].ent, v, 0.75)
        if not apposed:  # (the deal is the parent's: "A grants B's subsidiary, C, …" partners A with B)
            ctx.emit("PARTNERS_WITH", before[1].ent, before[0].ent, v, 0.55)  # a licence is a partnership
        _licensee_sells(ctx, v, before[0].ent, end, before[1].ent)
        return
    if not before and after and _BOTH_SIDES.search(v.masked[:start]) and _GIVE.search(v.masked[:end]) and (
            TO.match(v.masked[end : after[0].start]) or TO_LONG.match(_unmask_goods(v, end, after[0].start))):
        # "Kedua perusahaan meneken X Agreement yang memberikan lisensi … kepada B": the other side licenses B
        other = next((e for e in ctx.recent(v.index, ORG, pos=start, back=2, limit=4)
                      if e is not after[0].ent and e.category == "company"), None)
        if other is not None and not no_licence(v, other, start):
            licence(ctx, v, other, after[0].ent)
        return
    if before and not after and _GET.search(v.masked[before[0].end : start]):
        # "Melalui perjanjian lisensi …, B memperoleh hak eksklusif untuk memasarkan P": P's maker named before licenses B
        maker = _maker_of_goods(ctx, v, end, before[0].ent)
        if maker is None and _BOTH_SIDES.search(v.masked[: before[0].start]):
            # "Berdasarkan perjanjian lisensi yang diteken kedua perusahaan, B memperoleh hak eksklusif …": the other side
            maker = next((e for e in ctx.recent(v.index, ORG, pos=before[0].start, back=2, limit=4)
                          if e is not before[0].ent and e.category == "company"), None)
        if maker is not None and not no_licence(v, maker, start):
            licence(ctx, v, maker, before[0].ent)
            _licensee_sells(ctx, v, before[0].ent, end, maker)
        return
    if not before or not after:
        return
    verb = v.masked[before[0].end : start + len(v.masked[start:end])]
    product = next((m.ent.name for m in v.after(end, ("Product",))), None)
    if _GIVE.search(verb) and (TO.match(v.masked[end : after[0].start]) or TO_LONG.match(_unmask_goods(v, end, after[0].start))):
        licensor, licensee, granted = before[0], after[0], True
    elif _GET.search(verb) and (_FROM.match(v.masked[end : after[0].start]) or (
            _WHILE.match(v.masked[end : after[0].start]) and _ROYALTY.match(v.masked, after[0].end))):
        licensor, licensee, granted = after[0], before[0], False  # "…, sementara A menerima royalti": A licenses it
    else:
        return
    if no_licence(v, licensor.ent, start):
        return
    ctx.emit("LICENSED", licensor.ent, licensee.ent, v, 0.75, product=product)
    if granted:  # "A memberikan lisensi kepada B" is a deal between them; "B memperoleh lisensi dari A" only a licence
        ctx.emit("PARTNERS_WITH", licensor.ent, licensee.ent, v, 0.55)
        if _MAKE_TECH.match(v.masked, end):  # "lisensi teknologi produksi parasetamol dan amoksisilin kepada B": B makes them
            goods = v.after(end, ("Product",), licensee.start)
            for p in [m for m in goods if not m.text[:1].islower()] or goods:  # the brand, not "(metformin)"
                ctx.emit("DEVELOPS", licensee.ent, p.ent, v, 0.6)
    _licensee_sells(ctx, v, licensee.ent, max(licensor.end, licensee.end), licensor.ent)


# "A memberikan lisensi … kepada perusahaan patungan", "A grants the joint venture an exclusive licence": the venture A
# owns; "A memberikan lisensi atas teknologi X kepada perseroan": the company the release is about
VENTURE_WORDS = r"(?:(?:perusahaan|usaha)\s+patungan(?:\s+(?:tersebut|itu|ini|baru))?|(?:the|its|their)\s+(?:new\s+)?(?:joint[\s-]+venture|JV)(?:\s+company)?)"
_TO_REFERRED = re.compile(rf"^[^.;:\u2588]{{0,120}}?\b(?:kepada|to)\s+(?:(?P<jv>{VENTURE_WORDS})|(?P<co>[Pp]erseroan|the\s+Company))\b"
                          r"(?!\s*(?:\u2588|antara|between|milik|of\b))")
_GRANTS_VENTURE = re.compile(rf"^\s+(?:\w+\s+)?{_GIVES}\s+{VENTURE_WORDS}\s+"
                             r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_GRANT_VERB = re.compile(rf"\s+(?:\w+\s+)?{_GIVES}\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}", re.I)
# "PT X (XYZ), perusahaan patungan …", "X, a joint venture of …": the company introduced as a venture
_VENTURE_AFTER = re.compile(r"\s*(?:\([^()]*\))?\s*,\s*(?:(?:yang\s+merupakan|which\s+is)\s+)?(?:(?:a|an|the|sebuah)\s+)?(?:new\s+)?"
                            r"(?:(?:perusahaan|usaha)\s+patungan|joint[\s-]+venture|JV)\b", re.I)


def _to_venture(ctx: Context, v: View, licensor: M, start: int, end: int) -> bool:
    """The licensee told only as the joint venture (the one ``licensor`` owns, or the company introduced as a venture)
    or as "perseroan" / "the Company" (the company the release defines so, else the Indonesian one it names most)."""
    if _GRANTS_VENTURE.match(v.masked[licensor.end : start]):
        kind = "jv"
    elif _GRANT_VERB.fullmatch(v.masked[licensor.end : start]) and (to := _TO_REFERRED.match(_unmask_goods(v, end, len(v.masked)))):
        kind = "jv" if to.group("jv") else "co"
    else:
        return False
    if no_licence(v, licensor.ent, start):
        return True
    if kind == "jv":
        licensee = venture_licensee(ctx, v, licensor.ent)
    else:
        licensee = defined_firm(ctx) or max(story_firms(ctx, licensor.ent, indonesian=True), key=lambda e: len(e.mentions), default=None)
    if licensee is not None and licensee is not licensor.ent:
        ctx.emit("LICENSED", licensor.ent, licensee, v, 0.7)
        _licensee_sells(ctx, v, licensee, end, licensor.ent)
    return True


def venture_licensee(ctx: Context, v: View, licensor: Entity) -> Entity | None:
    """The joint venture ``licensor`` owns, else the last company introduced as a venture (up to ``v``)."""
    jv = venture_of(ctx, licensor)
    if jv is not licensor:
        return jv
    return next((m.ent for w in reversed(ctx.views[: v.index + 1]) for m in w.mentions
                 if m.type == "Organization" and m.ent is not licensor and m.ent.category == "company"
                 and (VENTURE_INTRO.search(w.masked[max(0, m.start - 60) : m.start]) or _VENTURE_AFTER.match(w.masked, m.end))), None)


def _licensee_sells(ctx: Context, v: View, licensee: Entity, pos: int, licensor: Entity | None = None) -> None:
    """"… kepada B untuk mendistribusikan P", "rights to commercialise five products, including P and Q": B sells them;
    the licensor is the products' maker ("A grants B rights to manufacture P": A's product)."""
    sell = TO_SELL.search(v.masked, pos)
    verb = sell or _TO_MAKE.search(v.masked, pos)
    if verb is None:
        return
    goods = [m for m in v.after(verb.end(), ("Product",)) if _SOLD.match(v.masked[verb.end() : m.start])
             or _SOLD_LIST.match(v.masked[verb.end() : m.start])]
    listed = [m for m in (product_list(v, goods[0]) if goods else []) if not m.text.endswith(("'s", "\u2019s"))]
    named = [m for m in listed if not m.text[:1].islower()]  # "HSB-301, biosimilar trastuzumab": the brand, not the substance
    for p in named or listed:
        if sell is not None:
            ctx.emit("MARKETS", licensee, p.ent, v, 0.7)
        if licensor is not None and licensor.category == "company":
            ctx.emit("DEVELOPS", licensor, p.ent, v, 0.6)
        if verb is not sell or _TO_MAKE.search(v.masked, pos, verb.start()):  # "… kepada B untuk memproduksi P": B makes it too
            ctx.emit("DEVELOPS", licensee, p.ent, v, 0.6)


def _maker_of_goods(ctx: Context, v: View, pos: int, licensee: Entity) -> Entity | None:
    """The one company found so far to make the products the licensee may sell or make after ``pos``."""
    verb = TO_SELL.search(v.masked, pos) or _TO_MAKE.search(v.masked, pos)
    goods = [m for m in v.after(verb.end(), ("Product",)) if _SOLD.match(v.masked[verb.end() : m.start])] if verb else []
    makers = {r.head for m in goods[:1] for r in ctx.typed("DEVELOPS") if r.tail == m.ent.id and r.head != licensee.id}
    maker = ctx.by_id.get(next(iter(makers))) if len(makers) == 1 else None
    return maker if maker is not None and maker.category == "company" else None


def _unmask_goods(v: View, start: int, end: int) -> str:
    """``v.masked[start:end]`` with product names written out: what is licensed may be named before the licensee."""
    text = v.masked[start:end]
    for m in v.after(start, ("Product", "Location"), end):  # "… untuk pasar Indonesia kepada B": a market, not a party
        text = text[: m.start - start] + "x" * (m.end - m.start) + text[m.end - start :]
    return text




# "Kampus tersebut melisensikan …", "Perseroan memperoleh lisensi …": the body named in the sentences before
_ANAPHOR = re.compile(r"^\W*(?:[\w\s]{0,25},\s*)?(?P<kind>kampus|universitas|perusahaan|perseroan|lembaga|institusi|the\s+(?:company|university))"
                      r"(?:\s+(?:ini|tersebut|itu))?(?:\s+(?:juga|telah|kini|akan|resmi))*\s+(?:\w+\s+)?$", re.I)


def _referent(ctx: Context, v: View, pos: int) -> list[M]:
    said = _ANAPHOR.match(v.masked[:pos])
    if said is None:
        return []
    campus = said.group("kind").lower() in ("kampus", "universitas", "the university")
    for e in ctx.recent(v.index, ORG, pos=pos, back=2, limit=4):
        if (e.category == "academic") == campus:
            return [M(0, 0, e, e.name)]
    return []
