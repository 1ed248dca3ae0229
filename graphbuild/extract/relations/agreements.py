"""SIGNED, LICENSED (and MARKETS for a licensee "untuk memasarkan"); COVERS is read in :mod:`.covers`.

"Kedua perusahaan telah menandatangani License and Exclusive Supply Agreement
… untuk memasarkan produk NBP": the signers are the two companies named just
before; the licensor is the foreign/originator one, the licensee the Indonesian
one (PT/Tbk, or placed in Indonesia); the agreement covers the product named
after it; "the Partnership Agreement between A and B" makes A and B partners. A unit's parent named after it
("Fakultas Farmasi Unhas") signs nothing of its own; "X Agreement tersebut diteken di …" is signed by the parties
of the unnamed deal told just before. Who signs is read in :mod:`.agreement_signers`, the subjects and "kedua
perusahaan" in :mod:`.subjects`. Licences told without a named agreement ("A memberikan lisensi kepada B") are read
in :mod:`.licences`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import covers, cues, licence_grants, licences
from graphbuild.extract.relations.agreement_signers import ORG, THAT_DEAL
from graphbuild.extract.relations.agreement_signers import signers as _signers
from graphbuild.extract.relations.common import Context, CueGroup, M, View
from graphbuild.extract.relations.covers import DEAL_ANAPHOR as _DEAL_ANAPHOR
from graphbuild.extract.relations.covers import DEAL_WORD
from graphbuild.extract.relations.subjects import appointed_pair
from graphbuild.types import Entity

_DEAL = re.compile(r"^\s*(?:of\s+)?(?:sebuah\s+|an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,4}?(?:nota\s+kesepahaman|memorandum|MoU|MoA|perjanjian|"
                   r"kesepakatan|kontrak|piagam|agreement|contract|deal|letter\s+of\s+intent|LoI)\b", re.I)  # "inked a supply deal"
# "Nota kesepahaman itu diteken …", "Perjanjian kerja sama tersebut ditandatangani oleh …": the deal before a passive verb
_TRADER = r"(?:distributor|importir|importer|pembeli|buyer|peritel|retailer|agen|agent|mitra\s+dagang)"  # the deal's other side
_DEAL_BEFORE = re.compile(r"\b(?:nota\s+kesepahaman|MoU|perjanjian|kesepakatan|memorandum|agreement|deal)\b(?:\s+[\w()-]+){0,4}?\s*$",
                          re.I)
_DEAL_WITH = re.compile(r"^(?:\s+(?:asal|dari|from)\s+\u2588+)?"  # "oleh A dari Pontianak dengan B": A's home town first
                        rf"[^\u2588]*?\s(?:dengan|with)\s+(?:(?:pihak|mitra\w*|perusahaan|{_TRADER})\s+)?(?:{cues.TITLE}\s+)?(?:PT\.?\s+)?$",
                        re.I)  # "… dengan Rektor Unhas": the body the official heads; "dengan distributor B"
# "... dengan perusahaan farmasi asal India, Hetero Labs": the partner after its origin
_DEAL_WITH_ORIGIN = re.compile(r"^(?:\s+(?:asal|dari|from)\s+\u2588+)?[^\u2588]*?\s(?:dengan|with)\s+[^\u2588]{0,40}?\basal\s+\u2588+\s*,\s*(?:PT\.?\s+)?$", re.I)


# "Penandatanganan X tersebut", "the signing of X": the deal told in the sentence before
_SIGNING_OF = re.compile(r"\b(?:penandatanganan|signing\s+of)\s+(?:the\s+)?$", re.I)
_UNNAMED_CUES = CueGroup(cues.LICENSE, cues.SIGN)  # what a sentence naming no agreement is read for


def find(ctx: Context) -> None:
    parties: list[Entity] = []  # the two sides of the last unnamed deal ("A meneken perjanjian dengan B")
    told = -9  # the sentence that deal was told in
    for v in ctx.busy:
        agreements = [m for m in v.mentions if m.type == "Agreement"]
        for ag in agreements:
            _between(ctx, v, ag)
            if not _agreement(ctx, v, ag) and len(parties) >= 2 and (_SIGNING_OF.search(v.masked[: ag.start]) or (
                    THAT_DEAL.match(v.masked, ag.end) and _told_since(ctx, told, v.index))):  # "Technology Transfer Agreement tersebut diteken di …"
                for p in parties:
                    ctx.emit("SIGNED", p, ag.ent, v, 0.7)
            elif len(v.masked[: ag.start]) <= 40 and _PASSIVE_SIGNED.match(v.masked, ag.end) and (
                    pair := appointed_pair(ctx, v, ag.start)):  # "B appointed as A's distributor. The X Agreement was signed …"
                for p in pair:
                    ctx.emit("SIGNED", p, ag.ent, v, 0.7)
                ctx.emit("PARTNERS_WITH", pair[0], pair[1], v, 0.6)
        if not agreements and _UNNAMED_CUES.may(v):
            for c in v.cues(cues.LICENSE):
                licence_grants.bare_license(ctx, v, c.start(), c.end())
            if v.may(cues.SIGN):  # both rules start from the signing verb: most sentences hold none
                if found := _unnamed_deal(ctx, v):
                    parties, told = found, v.index
                _signed_anaphor(ctx, v)
        if licences.FROM_CUES.may(v):
            licences.licensed_from(ctx, v)
    covers.by_anaphora(ctx)
    covers.named_within(ctx)


def _told_since(ctx: Context, told: int, index: int) -> bool:
    """Whether "X Agreement itu" in sentence ``index`` can be the unnamed deal told in sentence ``told``: two sentences on,
    or further (eight at most) when no other deal was named in between (the witnesses and quotes after a signing)."""
    if index - told <= 2:
        return True
    return index - told <= 8 and not any(m.type == "Agreement" for w in ctx.views[told + 1 : index] for m in w.mentions)


def _signed_anaphor(ctx: Context, v: View) -> None:
    """"Perjanjian tersebut ditandatangani oleh A dan B": the agreement named in the sentences just before."""
    sign = next(v.cues(cues.SIGN), None)
    said = _DEAL_ANAPHOR.search(v.masked[: sign.start()]) if sign is not None and v.may(DEAL_WORD) else None
    if said is None and (sign is None or not _THE_SIGNING.match(v.masked[: sign.end()])):
        return
    named = [m.ent for w in ctx.views[max(0, v.index - 3) : v.index] for m in w.mentions if m.type == "Agreement"]
    if named and all(e is named[-1] for e in named):  # only one agreement told there
        signers = _signers(ctx, v, None)
        for s in signers:
            ctx.emit("SIGNED", s, named[-1], v, 0.7)
        if 2 <= len(signers) <= 4:  # the parties to a deal are partners
            for i, a in enumerate(signers):
                for b in signers[i + 1 :]:
                    ctx.emit("PARTNERS_WITH", a, b, v, 0.6)


_PASSIVE_SIGNED = re.compile(r"\s+(?:(?:tersebut|itu|ini)\s+)?(?:(?:was|were|has\s+been|have\s+been|telah|sudah|resmi)\s+)*"
                             r"(?:signed|ditandatangani|diteken)\b(?!\s+(?:oleh|by)\b)", re.I)
# "Penandatanganan (tersebut) dilakukan oleh …", "The signing was carried out by …": the signing of the deal just told
_THE_SIGNING = re.compile(r"^\W*(?:the\s+)?(?:penandatanganan|signing)$", re.I)


def _unnamed_deal(ctx: Context, v: View) -> list[Entity]:
    """"A dan B menandatangani nota kesepahaman (…) dengan C" with no named agreement: the parties are
    still partners; returns them (signers first) for "Penandatanganan <X> tersebut" after."""
    sign = next(v.cues(cues.SIGN), None)
    if sign is None or not (_DEAL.match(v.masked[sign.end() :]) or re.match(r"di|signed", sign.group(), re.I)
                            and _DEAL_BEFORE.search(v.masked[: sign.start()])):
        return []
    signers = _signers(ctx, v, None)
    if not signers:
        return []
    others: list[Entity] = []
    other = next((m for m in v.after(sign.end(), ORG) if m.start - sign.end() <= 120 and m.ent not in signers), None)
    # "ditandatangani oleh A dari P dengan B": the gap runs from the last signer named after the verb
    lo = max([sign.end()] + [m.end for m in v.mentions if other is not None and m.ent in signers and sign.end() <= m.start < other.start])
    if other is not None and (_DEAL_WITH.match(v.masked[lo : other.start]) or _DEAL_WITH_ORIGIN.match(v.masked[lo : other.start])):
        others = [m.ent for m in v.chain(other, ORG) if m.ent not in signers]
    if len(signers) == 1 and len(others) > 1:  # "A meneken nota kesepahaman serupa dengan B dan C": one deal each
        for o in others:
            ctx.emit("PARTNERS_WITH", signers[0], o, v, 0.6)
        return []
    parties = signers + others
    if len(parties) < 2:
        return []
    for i, a in enumerate(parties):
        for b in parties[i + 1 :]:
            ctx.emit("PARTNERS_WITH", a, b, v, 0.6)
    return parties




def _agreement(ctx: Context, v: View, ag: M) -> bool:
    """Relations of a named agreement; returns whether its signers were found."""
    signers = _signers(ctx, v, ag)
    for s in signers:
        ctx.emit("SIGNED", s, ag.ent, v, 0.8)
    if 2 <= len(signers) <= 4:  # the parties to a deal are partners ("A, B, dan C menandatangani …": each pair)
        for i, a in enumerate(signers):
            for b in signers[i + 1 :]:
                ctx.emit("PARTNERS_WITH", a, b, v, 0.6)
    products = covers.covered(ctx, v, ag)
    licensing = cues.LICENSE.search(ag.text) or cues.LICENSE.search(v.masked)
    if not licensing or len(signers) != 2:
        return bool(signers)
    local = [s for s in signers if ctx.is_indonesian(s)]
    granted, grantee, grantor = _granted_other(v, ag, signers)
    if granted:  # "… under which A grants the joint venture / C an exclusive licence": C is the licensee
        licensor = grantor  # else the foreign side of a deal with one Indonesian signer
        if licensor is None and len(local) == 1:
            licensor = next((s for s in signers if s not in local), None)
        if grantee is None and licensor is not None:
            grantee = licence_grants.venture_licensee(ctx, v, licensor)
        if licensor is not None and grantee is not None and grantee is not licensor:
            ctx.emit("LICENSED", licensor, grantee, v, 0.7, product=products[0].ent.name if products else None)
        return True
    if len(local) != 1:
        return True
    licensee = local[0]
    licensor = signers[1] if signers[0] is licensee else signers[0]
    product = products[0].ent.name if products else None
    ctx.emit("LICENSED", licensor, licensee, v, 0.75, product=product)
    if licence_grants.TO_SELL.search(v.masked):
        for p in products:
            ctx.emit("MARKETS", licensee, p.ent, v, 0.65)
    return True




# "… signed X under which A grants B an exclusive licence": B, a third party (their joint venture), is the licensee
_GRANTS_TO = re.compile(r"\b(?:grants?|granted|gives|memberikan|melisensikan)\s+(?:(?:lisensi|hak)\s+[^.;:]{0,40}?\bkepada\s+)?(?:PT\.?\s+)?",
                        re.I)


def _granted_other(v: View, ag: M, signers: list[Entity]) -> tuple[bool, Entity | None, Entity | None]:
    """Whether the licence the sentence tells after ``ag`` goes to a body other than its signers; that body (None for a
    venture told as "the joint venture") and the signer granting it, when named right before the verb."""
    for g in _GRANTS_TO.finditer(v.masked, ag.end):
        by = v.before(g.start(), ORG)
        grantor = by[0].ent if by and by[0].ent in signers and re.fullmatch(r"\s+(?:\w+\s+)?", v.masked[by[0].end : g.start()]) else None
        to = next((m for m in v.after(g.end(), ORG) if m.start == g.end()), None)
        if to is not None:
            return to.ent not in signers, to.ent, grantor
        if re.match(licence_grants.VENTURE_WORDS + r"\b", v.masked[g.end() :], re.I):
            return True, None, grantor
    return False, None, None


_BETWEEN = re.compile(r"^\s+(?:between|antara)\s+(?:the\s+)?$", re.I)
_AND_THE = re.compile(r"^\s*(?:and|dan|&)\s+(?:the\s+)?$", re.I)


def _between(ctx: Context, v: View, ag: M) -> None:
    """"the Economic Partnership Agreement between Indonesia and the UAE": the two sides are partners."""
    a = v.next_mention(ag)
    b = v.next_mention(a) if a is not None else None
    if (a is not None and b is not None and a.type in ("Organization", "Location") and b.type == a.type
            and _BETWEEN.match(v.masked[ag.end : a.start]) and _AND_THE.match(v.masked[a.end : b.start])):
        ctx.emit("PARTNERS_WITH", a.ent, b.ent, v, 0.65)
