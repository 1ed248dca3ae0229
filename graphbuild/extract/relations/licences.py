"""LICENSED between two organisations, told without a named agreement.

"A memberikan lisensi (produksi X) kepada B", "B memperoleh lisensi dari A", "A grants B an exclusive
licence", "teknologi yang dilisensikan dari (perusahaan bioteknologi Singapura,) A". A licence makes
the two partners too; "… kepada B untuk memasarkan P": the licensee sells P.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues, licensed_to
from graphbuild.extract.relations.apposed_parents import apposition_child
from graphbuild.extract.relations.common import Context, CueGroup, View, watch
from graphbuild.extract.relations.discourse import story_firms
from graphbuild.extract.relations.licence_grants import (
    ORG,
    PERMIT,
    TO,
    TO_LONG,
    bare_license,
    licence,
    no_licence,
    usable,
)
from graphbuild.extract.relations.litsearch import literal_search
from graphbuild.extract.relations.makers_joint import product_list
from graphbuild.types import Entity

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
watch(_LIC_FROM, _IN_LIC_WITH, _LIC_DEAL_WITH, _GIVEN_BY, _UNDER_LIC, _LICENSEE_OF, PERMIT, _UNDER_LIC_MID, _THAT_GIVEN_BY,
      _LICENCE_OF)
_TOLD_CUES = CueGroup(_GIVEN_BY, _UNDER_LIC, _LICENSEE_OF, _UNDER_LIC_MID, _THAT_GIVEN_BY, _LICENCE_OF)  # what ``_told_otherwise`` reads
_LIC_CUES = CueGroup(_LIC_FROM, _IN_LIC_WITH, _LIC_DEAL_WITH)  # what ``licensed_from`` needs one of
# everything ``licensed_from`` reads a sentence for (``agreements`` asks once whether it may find anything)
FROM_CUES = CueGroup(*_TOLD_CUES.patterns, cues.LICENSE, *_LIC_CUES.patterns, licensed_to.CUE, licensed_to.BY_CUE)
# their searches in the window before each organisation, tried only where a leading word starts
_in_lic_with, _lic_from, _lic_deal_with = (literal_search(p) for p in (_IN_LIC_WITH, _LIC_FROM, _LIC_DEAL_WITH))


def _told_otherwise(ctx: Context, v: View) -> None:
    """The licence told passively, fronted, or by the licensee's name for itself."""
    if not _TOLD_CUES.may(v):
        return
    for c in v.cues(_GIVEN_BY):
        a = next(iter(v.after(c.end(), ORG)), None)
        b = v.next_mention(a) if a is not None and a.start == c.end() else None
        if b is not None and b.type == "Organization" and TO.match(v.gap(a.end, b.start)) and not no_licence(v, a.ent, c.start()):  # type: ignore[union-attr]
            licence(ctx, v, a.ent, b.ent)  # type: ignore[union-attr]
    for c in v.cues(_THAT_GIVEN_BY):
        a = next(iter(v.after(c.end(), ORG)), None)
        b = _got_right(ctx, v) if a is not None and a.start == c.end() and not TO_LONG.match(v.masked[a.end :]) else None
        if b is not None and b is not a.ent and not no_licence(v, a.ent, c.start()):  # type: ignore[union-attr]
            licence(ctx, v, a.ent, b)  # type: ignore[union-attr]
    for c in v.cues(_LICENCE_OF):
        b = next(iter(v.after(c.end(), ORG)), None)
        a = next(iter(v.after(b.end, ORG)), None) if b is not None and b.start == c.end() else None
        if a is not None and _OF_FROM.fullmatch(v.masked, b.end, a.start) and not no_licence(  # type: ignore[union-attr]
                v, a.ent, c.start()):
            licence(ctx, v, a.ent, b.ent)  # type: ignore[union-attr]
            made = next(iter(v.before(c.start(), ("Product",))), None)  # "Oxavance, antibiotik … hasil lisensi": the licensor's
            if made is not None and c.start() - made.end <= 80 and ";" not in v.masked[made.end : c.start()]:
                ctx.emit("DEVELOPS", a.ent, made.ent, v, 0.6)
    for c in v.cues(_UNDER_LIC):
        a = next(iter(v.after(c.end(), ORG)), None)
        b = v.next_mention(a) if a is not None else None
        if b is not None and b.type == "Organization" and usable(v, b) and re.fullmatch(r"\.?\s*,\s*(?:PT\.?\s+)?", v.gap(a.end, b.start)):  # type: ignore[union-attr]
            licence(ctx, v, a.ent, b.ent)  # type: ignore[union-attr]
    for c in v.cues(_UNDER_LIC_MID):
        a = next(iter(v.after(c.end(), ORG)), None)
        b = next((m for m in v.before(c.start(), ORG) if usable(v, m)), None)
        if (a is not None and b is not None and a.start == c.end() and c.start() - b.end <= 80
                and not _UNDER_LIC.match(v.masked[: c.end()]) and not no_licence(v, a.ent, c.start())):
            ctx.emit("LICENSED", a.ent, b.ent, v, 0.7)  # a licence held, not a deal told: no partnership
    for c in v.cues(_LICENSEE_OF):
        a = next(iter(v.after(c.end(), ORG)), None)
        b = next((m for m in v.before(c.start(), ORG) if usable(v, m)), None)
        if a is not None and b is not None and a.start == c.end() and not no_licence(v, a.ent, c.start()):
            licence(ctx, v, a.ent, b.ent)


def _got_right(ctx: Context, v: View) -> Entity | None:
    """The firm that "mengantongi hak …" / "obtained the licence" in the sentence before ``v``."""
    prev = ctx.views[v.index - 1] if v.index else None
    for m in prev.mentions if prev is not None else ():
        if m.type == "Organization" and _GOT_RIGHT.match(prev.masked, m.end):  # type: ignore[union-attr]
            return m.ent
    return None


def licensed_from(ctx: Context, v: View) -> None:
    """The licensor named after "dilisensikan dari" / "licensed from" / "in-licensing agreement with".

    The licensee is the organisation the sentence is about; when the sentence names none before the
    cue ("Vaksin X dikembangkan dari strain yang dilisensikan dari A"), the Indonesian company named
    just before stands for it, as a reader takes it.
    """
    _told_otherwise(ctx, v)
    if v.may(licensed_to.CUE) or v.may(licensed_to.BY_CUE):
        licensed_to.find(ctx, v)  # "P dikembangkan oleh A dan dilisensikan kepada B"
    if v.may(cues.LICENSE) and any(m.type == "Agreement" for m in v.mentions):  # "Under the X Agreement, A granted B …":
        for c in v.cues(cues.LICENSE):                  # ``agreements`` reads bare licences only where none is named
            bare_license(ctx, v, c.start(), c.end())
    if not _LIC_CUES.may(v):
        return  # no licence cue word in the sentence: three window searches per organisation saved
    for m in v.mentions:
        if m.type != "Organization" or not usable(v, m):
            continue
        window = v.masked[max(0, m.start - 90) : m.start]
        inward = _in_lic_with(window)
        if not inward and not _lic_from(window):
            deal = _lic_deal_with(window)
            subj = next((x.ent for x in v.before(m.start - len(window) + deal.start(), ORG) if usable(v, x)), None) if deal else None
            after = v.next_mention(m) if deal and subj is None and _FRONTED.match(v.masked) else None  # "Berdasarkan perjanjian lisensi dengan A, B …"
            if after is not None and after.type == "Organization" and usable(v, after) and re.fullmatch(
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
                    for p in product_list(v, goods[0]):  # "… agreement with B for P, a biosimilar": the licensor's product
                        if p.text[:1].isupper():  # (not the substance in its description)
                            ctx.emit("DEVELOPS", licensor, p.ent, v, 0.6)
            continue
        cue_at = m.start - len(window) + (inward or _lic_from(window)).start()  # type: ignore[union-attr]
        near = next((x for x in v.before(cue_at, ORG) if usable(v, x) and x.ent is not m.ent
                     and x.ent.category != "regulator"), None)  # "BPOM approved X, made under licence from A"
        if near is not None and (child := apposition_child(v, near)) is not None and child.ent is not m.ent:
            near = child  # "PVN, anak perusahaan PT B, memproduksi P berdasarkan lisensi dari A": PVN holds it, not B
        licensee = near.ent if near is not None else None
        if licensee is None and not inward:
            licensee = _story_company(ctx, v, cue_at, m.ent)
        if licensee is None or ctx.is_indonesian(m.ent) and not ctx.is_indonesian(licensee) or no_licence(v, m.ent, cue_at):
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
