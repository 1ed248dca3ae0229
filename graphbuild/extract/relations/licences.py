"""LICENSED between two organisations, told without a named agreement.

"A memberikan lisensi (produksi X) kepada B", "B memperoleh lisensi dari A", "A grants B an exclusive
licence", "teknologi yang dilisensikan dari (perusahaan bioteknologi Singapura,) A". A licence makes
the two partners too; "… kepada B untuk memasarkan P": the licensee sells P.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.discourse import story_firms
from graphbuild.extract.relations.litsearch import literal_search
from graphbuild.extract.relations.makers_joint import _listed
from graphbuild.extract.relations.ours import we_firm
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
_GET = re.compile(r"\b(?:memperoleh|mendapatkan|mendapat|menerima|mengantongi|obtained|obtains|received|receives|acquired|secured|secures)\b", re.I)
_TO = re.compile(r"^[^\u2588]{0,40}?\b(?:kepada|to)\s+(?:PT\.?\s+)?$", re.I)
# "lisensi produksi insulin glargine kepada B": what is licensed (products unmasked) before the licensee
_TO_LONG = re.compile(r"^[^.;:\u2588]{0,120}?\b(?:kepada|to)\s+(?:PT\.?\s+)?$", re.I)
# "A grants B an exclusive licence": the licensee between the verb and the licence
_GRANTS = re.compile(r"^\.?(?:,?\s+(?:of|in|from|dari|di|asal)\s+\u2588+(?:\s*,\s*\u2588+)*\s*,(?=\s+(?:which|yang|that)\s))?"
                     r"\s+(?:(?:which|yang|that)\s+)?(?:\w+\s+)?(?:grants?|granted|gives?|gave|memberikan|memberi)\s+$", re.I)
# "Hanseong memberi kami hak eksklusif", "A grants us exclusive rights": the speaker's company is the licensee
_GRANTS_US = re.compile(r"\s+(?:\w+\s+)?(?:grants?|granted|gives?|gave|memberikan|memberi)\s+(?:kami|us)\s+(?:(?:an?|the)\s+)?$",
                        re.I)
_A_LICENCE = re.compile(r"^\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$", re.I)
_FROM = re.compile(r"^[^\u2588]{0,40}?\b(?:dari|from)\s+$", re.I)

# "teknologi yang dilisensikan dari A", "Lisensi tersebut diperoleh dari A", "licensed from A"
_LIC_FROM = re.compile(r"\b(?:dilisensikan|lisensi(?:nya)?|licen[cs]ed|licen[cs]es?)\b[^\u2588.;:]{0,40}?\b(?:dari|from)\s+"
                       r"(?:(?:perusahaan|mitra|pihak|the)\s+(?:[a-z-]+\s+){0,2})?(?:asal\s+)?(?:\u2588+\s*,\s*|\u2588+['\u2019]s\s+)?"
                       r"(?:PT\.?\s+)?$"  # "dari perusahaan bioteknologi Singapura, A", "under license from South Korea's A"
                       r"|\b(?:dilisensikan|licen[cs]ed)\s+oleh\s+(?:PT\.?\s+)?$", re.I)  # "teknologi yang dilisensikan oleh A"
# "an exclusive in-licensing agreement with A": A licenses to the subject
_IN_LIC_WITH = re.compile(r"\bin-?licen[cs]ing\b[^\u2588.;:]{0,40}?\b(?:with|dengan)\s+(?:PT\.?\s+)?$", re.I)
# "A has entered into an exclusive licensing agreement with B", "perjanjian lisensi dengan B": the
# direction is read from who is local (an Indonesian company takes a licence from a foreign one)
_LIC_DEAL_WITH = re.compile(r"\b(?:licen[cs]ing|licen[cs]e|lisensi)\s+(?:and\s+[\w\s]{0,30}?)?(?:agreement|deal|perjanjian)?"
                            r"\s*(?:with|dengan)\s+(?:(?:the\s+)?(?:company|perusahaan)\s+)?(?:PT\.?\s+)?$"
                            r"|\bperjanjian\s+lisensi\s+(?:eksklusif\s+)?dengan\s+(?:PT\.?\s+)?$", re.I)
_FOR_GOODS = re.compile(r"[\"\u201d]?\)?\s*(?:\(\W*\u2588+\W*\)\s*)?,?\s*(?:for|untuk|atas)\s+(?:the\s+|its\s+|produk\s+)?(?:[a-z][\w-]*\s+){0,3}")
_FRONTED = re.compile(r"^\W*(?:berdasarkan|melalui|lewat|dengan|dalam|through|under|pursuant\s+to|via)\b", re.I)
_COMMERCIALISE = re.compile(r"\b(?:untuk\s+memasarkan|to\s+market|to\s+commerciali[sz]e|commerciali[sz]ation\s+of|"
                            r"pemasaran)\s+(?:[a-z][\w-]*\s+){0,3}?(?=\u2588)")
# "Lisensi tersebut diberikan oleh A kepada B", "Di bawah lisensi A, B …", "B is the exclusive licensee of A"
_GIVEN_BY = re.compile(r"\b(?:lisensi|hak\s+eksklusif|licen[cs]e|exclusive\s+rights?)\b[^.;:]{0,60}?\b(?:diberikan|granted)\s+"
                       r"(?:oleh\s+|by\s+)?(?:PT\.?\s+)?(?=\u2588)", re.I)
# "B resmi mengantongi hak untuk memproduksi P. Lisensi tersebut diberikan oleh (perusahaan asal Korea, ) A": the licensee
# is the firm that obtained the right or licence in the sentence before
_THAT_GIVEN_BY = re.compile(r"(?:\b(?:lisensi|hak(?:\s+eksklusif)?)\s+(?:tersebut|itu|ini)|\b(?:the|this)\s+(?:exclusive\s+)?(?:licen[cs]e|rights?))\s+"
                            r"(?:(?:telah|juga|was|were|is|has\s+been|have\s+been)\s+)*(?:diberikan|granted)\s+(?:oleh|by)\s+(?:the\s+)?"
                            r"(?:(?:perusahaan|mitra|pihak|company|firm)\s+(?:[a-z-]+\s+){0,2}(?:asal\s+|from\s+)?(?:\u2588+\s*,\s*)?)?"
                            r"(?:PT\.?\s+)?(?=\u2588)", re.I)
_GOT_RIGHT = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:resmi|telah|kini|akhirnya|has|have|officially)\s+)*"
                        r"(?:mengantongi|memperoleh|mendapatkan|mendapat|menerima|obtained|received|secured|acquired)\s+"
                        r"(?:(?:an?|the)\s+)?(?:[a-z-]+\s+){0,1}(?:hak|lisensi|licen[cs]e|rights?)\b", re.I)
# "P, antibiotik hasil lisensi B dari (perusahaan farmasi Spanyol,) A", "produk lisensian B dari A": B holds A's licence
_LICENCE_OF = re.compile(r"\b(?:hasil\s+lisensi|lisensian|produk\s+lisensi)\s+(?:PT\.?\s+)?(?=\u2588)", re.I)
_OF_FROM = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:dari|from)\s+(?:(?:perusahaan|mitra|pihak)\s+(?:[\w\u2588-]+\s+){0,3}?"
                      r"(?:asal\s+\u2588+\s+)?(?:\u2588+\s*)?,\s*)?(?:asal\s+\u2588+\s*,\s*)?(?:PT\.?\s+)?")
_UNDER_LIC = re.compile(r"^\W*(?:di\s+bawah|under)\s+(?:the\s+)?(?:lisensi|licen[cs]e)\s+(?:dari\s+|from\s+)?(?=\u2588)", re.I)
# "B memproduksi P di bawah lisensi A", "which B manufactures under licence from A": mid-sentence, the maker licensed
_UNDER_LIC_MID = re.compile(r"\b(?:di\s+bawah|under)\s+(?:the\s+)?(?:lisensi|licen[cs]e)\s+(?:dari\s+|from\s+)?(?:PT\.?\s+)?(?=\u2588)", re.I)
_LICENSEE_OF = re.compile(r"\b(?:licensee|pemegang\s+lisensi)\s+(?:of|for|dari)\s+(?:PT\.?\s+)?(?=\u2588)", re.I)
# a permit from an authority ("lisensi impor dari Kementerian Perdagangan"), a licence applied for or refused: no LICENSED
_PERMIT = re.compile(r"\b(?:lisensi|licen[cs]e)\s+(?:impor|ekspor|usaha|operasional|praktik|apotek|halal|import|export|"
                     r"operating|business)\b|\b(?:mengajukan|mengurus|applied\s+for|apply\s+for|applying\s+for)\b", re.I)
watch(_LIC_FROM, _IN_LIC_WITH, _LIC_DEAL_WITH, _GIVEN_BY, _UNDER_LIC, _LICENSEE_OF, _PERMIT, _UNDER_LIC_MID, _THAT_GIVEN_BY,
      _LICENCE_OF)
_TOLD_CUES = CueGroup(_GIVEN_BY, _UNDER_LIC, _LICENSEE_OF, _UNDER_LIC_MID, _THAT_GIVEN_BY, _LICENCE_OF)  # what ``_told_otherwise`` reads
_LIC_CUES = CueGroup(_LIC_FROM, _IN_LIC_WITH, _LIC_DEAL_WITH)  # what ``licensed_from`` needs one of
# everything ``licensed_from`` reads a sentence for (``agreements`` asks once whether it may find anything)
FROM_CUES = CueGroup(*_TOLD_CUES.patterns, cues.LICENSE, *_LIC_CUES.patterns)
# their searches in the window before each organisation, tried only where a leading word starts
_in_lic_with, _lic_from, _lic_deal_with = (literal_search(p) for p in (_IN_LIC_WITH, _LIC_FROM, _LIC_DEAL_WITH))


def _no_licence(v: View, licensor: Entity, cue_at: int) -> bool:
    """A permit, an application or a refusal, or a licensor that is a regulator or (but for technology) an office."""
    if licensor.category == "regulator" or cues.negated(v.masked, cue_at) or (v.may(_PERMIT) and _PERMIT.search(v.masked)):
        return True
    return licensor.category == "government" and not re.search(r"teknologi|paten|technolog|patent", v.masked, re.I)


def _told_otherwise(ctx: Context, v: View) -> None:
    """The licence told passively, fronted, or by the licensee's name for itself."""
    if not _TOLD_CUES.may(v):
        return
    for c in v.cues(_GIVEN_BY):
        a = next(iter(v.after(c.end(), ORG)), None)
        b = v.next_mention(a) if a is not None and a.start == c.end() else None
        if b is not None and b.type == "Organization" and _TO.match(v.gap(a.end, b.start)) and not _no_licence(v, a.ent, c.start()):  # type: ignore[union-attr]
            _licence(ctx, v, a.ent, b.ent)  # type: ignore[union-attr]
    for c in v.cues(_THAT_GIVEN_BY):
        a = next(iter(v.after(c.end(), ORG)), None)
        b = _got_right(ctx, v) if a is not None and a.start == c.end() and not _TO_LONG.match(v.masked[a.end :]) else None
        if b is not None and b is not a.ent and not _no_licence(v, a.ent, c.start()):  # type: ignore[union-attr]
            _licence(ctx, v, a.ent, b)  # type: ignore[union-attr]
    for c in v.cues(_LICENCE_OF):
        b = next(iter(v.after(c.end(), ORG)), None)
        a = next(iter(v.after(b.end, ORG)), None) if b is not None and b.start == c.end() else None
        if a is not None and _OF_FROM.fullmatch(v.masked, b.end, a.start) and not _no_licence(  # type: ignore[union-attr]
                v, a.ent, c.start()):
            _licence(ctx, v, a.ent, b.ent)  # type: ignore[union-attr]
            made = next(iter(v.before(c.start(), ("Product",))), None)  # "Oxavance, antibiotik … hasil lisensi": the licensor's
            if made is not None and c.start() - made.end <= 80 and ";" not in v.masked[made.end : c.start()]:
                ctx.emit("DEVELOPS", a.ent, made.ent, v, 0.6)
    for c in v.cues(_UNDER_LIC):
        a = next(iter(v.after(c.end(), ORG)), None)
        b = v.next_mention(a) if a is not None else None
        if b is not None and b.type == "Organization" and _usable(v, b) and re.fullmatch(r"\.?\s*,\s*(?:PT\.?\s+)?", v.gap(a.end, b.start)):  # type: ignore[union-attr]
            _licence(ctx, v, a.ent, b.ent)  # type: ignore[union-attr]
    for c in v.cues(_UNDER_LIC_MID):
        a = next(iter(v.after(c.end(), ORG)), None)
        b = next((m for m in v.before(c.start(), ORG) if _usable(v, m)), None)
        if (a is not None and b is not None and a.start == c.end() and c.start() - b.end <= 80
                and not _UNDER_LIC.match(v.masked[: c.end()]) and not _no_licence(v, a.ent, c.start())):
            ctx.emit("LICENSED", a.ent, b.ent, v, 0.7)  # a licence held, not a deal told: no partnership
    for c in v.cues(_LICENSEE_OF):
        a = next(iter(v.after(c.end(), ORG)), None)
        b = next((m for m in v.before(c.start(), ORG) if _usable(v, m)), None)
        if a is not None and b is not None and a.start == c.end() and not _no_licence(v, a.ent, c.start()):
            _licence(ctx, v, a.ent, b.ent)


def _got_right(ctx: Context, v: View) -> Entity | None:
    """The firm that "mengantongi hak …" / "obtained the licence" in the sentence before ``v``."""
    prev = ctx.views[v.index - 1] if v.index else None
    for m in prev.mentions if prev is not None else ():
        if m.type == "Organization" and _GOT_RIGHT.match(prev.masked, m.end):  # type: ignore[union-attr]
            return m.ent
    return None


def _licence(ctx: Context, v: View, licensor: Entity, licensee: Entity) -> None:
    ctx.emit("LICENSED", licensor, licensee, v, 0.7)
    ctx.emit("PARTNERS_WITH", licensor, licensee, v, 0.55)  # a licence is a partnership


def licensed_from(ctx: Context, v: View) -> None:
    """The licensor named after "dilisensikan dari" / "licensed from" / "in-licensing agreement with".

    The licensee is the organisation the sentence is about; when the sentence names none before the
    cue ("Vaksin X dikembangkan dari strain yang dilisensikan dari A"), the Indonesian company named
    just before stands for it, as a reader takes it.
    """
    _told_otherwise(ctx, v)
    if v.may(cues.LICENSE) and any(m.type == "Agreement" for m in v.mentions):  # "Under the X Agreement, A granted B …":
        for c in v.cues(cues.LICENSE):                  # ``agreements`` reads bare licences only where none is named
            bare_license(ctx, v, c.start(), c.end())
    if not _LIC_CUES.may(v):
        return  # no licence cue word in the sentence: three window searches per organisation saved
    for m in v.mentions:
        if m.type != "Organization" or not _usable(v, m):
            continue
        window = v.masked[max(0, m.start - 90) : m.start]
        inward = _in_lic_with(window)
        if not inward and not _lic_from(window):
            deal = _lic_deal_with(window)
            subj = next((x.ent for x in v.before(m.start - len(window) + deal.start(), ORG) if _usable(v, x)), None) if deal else None
            after = v.next_mention(m) if deal and subj is None and _FRONTED.match(v.masked) else None  # "Berdasarkan perjanjian lisensi dengan A, B …"
            if after is not None and after.type == "Organization" and _usable(v, after) and re.fullmatch(
                    r"\.?\s*,\s*", v.gap(m.end, after.start)):
                subj = after.ent
            if deal and subj is None:  # "teknologi produksi P diperoleh melalui perjanjian lisensi dengan A": the story's firm
                subj = _story_company(ctx, v, m.start - len(window) + deal.start(), m.ent)
            if subj is not None and subj is not m.ent and ctx.is_indonesian(subj) != ctx.is_indonesian(m.ent):
                # the foreign side licenses the local one, whichever of them the sentence is about
                licensor, licensee = (m.ent, subj) if ctx.is_indonesian(subj) else (subj, m.ent)
                ctx.emit("LICENSED", licensor, licensee, v, 0.65)
                ctx.emit("PARTNERS_WITH", licensor, licensee, v, 0.6)
                goods = v.after(m.end, ("Product",))
                if goods and _FOR_GOODS.fullmatch(v.masked[(m.gloss or m).end : goods[0].start]):
                    for p in _listed(v, goods[0]):  # "… agreement with B for P, a biosimilar": the licensor's product
                        if p.text[:1].isupper():  # (not the substance in its description)
                            ctx.emit("DEVELOPS", licensor, p.ent, v, 0.6)
            continue
        cue_at = m.start - len(window) + (inward or _lic_from(window)).start()  # type: ignore[union-attr]
        licensee = next((x.ent for x in v.before(cue_at, ORG) if _usable(v, x) and x.ent is not m.ent
                         and x.ent.category != "regulator"), None)  # "BPOM approved X, made under licence from A"
        if licensee is None and not inward:
            licensee = _story_company(ctx, v, cue_at, m.ent)
        if licensee is None or ctx.is_indonesian(m.ent) and not ctx.is_indonesian(licensee) or _no_licence(v, m.ent, cue_at):
            continue
        ctx.emit("LICENSED", m.ent, licensee, v, 0.7)
        if inward:  # "an in-licensing agreement with A" is a deal; "made under licence from A" tells no partnership
            ctx.emit("PARTNERS_WITH", m.ent, licensee, v, 0.55)
        sell = _COMMERCIALISE.search(v.masked, m.end)
        if sell is not None:
            goods = v.after(sell.end(), ("Product",))
            if goods and goods[0].start == sell.end():
                ctx.emit("MARKETS", licensee, goods[0].ent, v, 0.65)


def _story_company(ctx: Context, v: View, pos: int, other: Entity) -> Entity | None:
    """The Indonesian company the story is about: named lately, else the "PT" company named most."""
    local = [e for e in ctx.recent(v.index, ORG, pos=pos, back=4, limit=6) if e is not other and ctx.is_indonesian(e)] or \
        story_firms(ctx, other, pt_named=True)
    return max(local, key=lambda e: len(e.mentions)) if local else None


def _usable(v: View, m: M) -> bool:
    return m.role is None and m.start not in v.role_orgs


def bare_license(ctx: Context, v: View, start: int, end: int) -> None:
    """"A memberikan lisensi kepada B" / "B memperoleh lisensi dari A"."""
    before = [m for m in v.before(start, ORG) if m.start not in v.role_orgs] or _referent(ctx, v, start)
    after = v.after(end, ORG)
    if before and before[0].end < start and _GRANTS_US.fullmatch(v.masked[before[0].end : start]) \
            and (us := we_firm(ctx, v, start)) is not None and us is not before[0].ent \
            and not _no_licence(v, before[0].ent, start):
        _licence(ctx, v, before[0].ent, us)
        _licensee_sells(ctx, v, us, end, before[0].ent)
        return
    if len(before) > 1 and _GRANTS.match(v.masked[before[1].end : before[0].start]) and _A_LICENCE.match(
            v.masked[before[0].end : start]) and not _no_licence(v, before[1].ent, start):
        ctx.emit("LICENSED", before[1].ent, before[0].ent, v, 0.75)
        ctx.emit("PARTNERS_WITH", before[1].ent, before[0].ent, v, 0.55)  # a licence is a partnership
        _licensee_sells(ctx, v, before[0].ent, end, before[1].ent)
        return
    if not before and after and _BOTH_SIDES.search(v.masked[:start]) and _GIVE.search(v.masked[:end]) and (
            _TO.match(v.masked[end : after[0].start]) or _TO_LONG.match(_unmask_goods(v, end, after[0].start))):
        # "Kedua perusahaan meneken X Agreement yang memberikan lisensi … kepada B": the other side licenses B
        other = next((e for e in ctx.recent(v.index, ORG, pos=start, back=2, limit=4)
                      if e is not after[0].ent and e.category == "company"), None)
        if other is not None and not _no_licence(v, other, start):
            _licence(ctx, v, other, after[0].ent)
        return
    if before and not after and _GET.search(v.masked[before[0].end : start]):
        # "Melalui perjanjian lisensi …, B memperoleh hak eksklusif untuk memasarkan P": P's maker named before licenses B
        maker = _maker_of_goods(ctx, v, end, before[0].ent)
        if maker is not None and not _no_licence(v, maker, start):
            _licence(ctx, v, maker, before[0].ent)
            _licensee_sells(ctx, v, before[0].ent, end, maker)
        return
    if not before or not after:
        return
    verb = v.masked[before[0].end : start + len(v.masked[start:end])]
    product = next((m.ent.name for m in v.after(end, ("Product",))), None)
    if _GIVE.search(verb) and (_TO.match(v.masked[end : after[0].start]) or _TO_LONG.match(_unmask_goods(v, end, after[0].start))):
        licensor, licensee, granted = before[0], after[0], True
    elif _GET.search(verb) and (_FROM.match(v.masked[end : after[0].start]) or (
            _WHILE.match(v.masked[end : after[0].start]) and _ROYALTY.match(v.masked, after[0].end))):
        licensor, licensee, granted = after[0], before[0], False  # "…, sementara A menerima royalti": A licenses it
    else:
        return
    if _no_licence(v, licensor.ent, start):
        return
    ctx.emit("LICENSED", licensor.ent, licensee.ent, v, 0.75, product=product)
    if granted:  # "A memberikan lisensi kepada B" is a deal between them; "B memperoleh lisensi dari A" only a licence
        ctx.emit("PARTNERS_WITH", licensor.ent, licensee.ent, v, 0.55)
        if _MAKE_TECH.match(v.masked, end):  # "lisensi teknologi produksi parasetamol dan amoksisilin kepada B": B makes them
            goods = v.after(end, ("Product",), licensee.start)
            for p in [m for m in goods if not m.text[:1].islower()] or goods:  # the brand, not "(metformin)"
                ctx.emit("DEVELOPS", licensee.ent, p.ent, v, 0.6)
    _licensee_sells(ctx, v, licensee.ent, max(licensor.end, licensee.end), licensor.ent)


def _licensee_sells(ctx: Context, v: View, licensee: Entity, pos: int, licensor: Entity | None = None) -> None:
    """"… kepada B untuk mendistribusikan P", "rights to commercialise five products, including P and Q": B sells them;
    the licensor is the products' maker ("A grants B rights to manufacture P": A's product)."""
    sell = TO_SELL.search(v.masked, pos)
    verb = sell or _TO_MAKE.search(v.masked, pos)
    if verb is None:
        return
    goods = [m for m in v.after(verb.end(), ("Product",)) if _SOLD.match(v.masked[verb.end() : m.start])
             or _SOLD_LIST.match(v.masked[verb.end() : m.start])]
    listed = [m for m in (_listed(v, goods[0]) if goods else []) if not m.text.endswith(("'s", "\u2019s"))]
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
