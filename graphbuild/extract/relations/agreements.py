"""SIGNED, LICENSED (and MARKETS for a licensee "untuk memasarkan"); COVERS is read in :mod:`.covers`.

"Kedua perusahaan telah menandatangani License and Exclusive Supply Agreement
… untuk memasarkan produk NBP": the signers are the two companies named just
before; the licensor is the foreign/originator one, the licensee the Indonesian
one (PT/Tbk, or placed in Indonesia); the agreement covers the product named
after it; "the Partnership Agreement between A and B" makes A and B partners. A unit's parent named after it
("Fakultas Farmasi Unhas") signs nothing of its own; "X Agreement tersebut diteken di …" is signed by the parties
of the unnamed deal told just before; the subjects and "kedua perusahaan" are resolved in :mod:`.subjects`. Licences
told without a named agreement ("A memberikan lisensi kepada B") are read in :mod:`.licences`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import covers, cues, licence_grants, licences
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.covers import DEAL_ANAPHOR as _DEAL_ANAPHOR
from graphbuild.extract.relations.covers import DEAL_WORD
from graphbuild.extract.relations.official_signers import signed_by_officials, titled_subject
from graphbuild.extract.relations.partner_sides import (
    kind_anaphor,
    parent_of_unit,
    speakers_side,
    the_company,
)
from graphbuild.extract.relations.subjects import (
    appointed_pair,
    apposition_head,
    coordinated_before,
    licence_pair,
    two_parties,
)
from graphbuild.types import Entity

ORG = ("Organization",)
_BOTH = re.compile(r"\b(?:kedua\s+(?:belah\s+)?(?:perusahaan|pihak|korporasi|lembaga|institusi|regulator|otoritas|instansi|"
                   r"badan)|both\s+(?:companies|parties|regulators|agencies|authorities)"
                   r"|the\s+two\s+(?:companies|parties|regulators|agencies|authorities))\b", re.I)
_ONE = re.compile(r"\b(?:perusahaan\s+(?:tersebut|ini|itu)|the\s+company)\b", re.I)
_BY = re.compile(r"\b(?:oleh|by|antara|between)\s+$", re.I)
_WITH = re.compile(rf"^\s*,?\s*(?:dengan|with|bersama)\s+(?:(?:pihak|mitra\w*|perusahaan)\s+)?(?:{cues.TITLE}\s+)?"
                   r"(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['\u2019]s\s+|\u2588+['\u2019]s\s+)?(?:PT\.?\s+)?$")  # "with South Korea's B"
# "dengan perusahaan bioteknologi asal Jepang, B", "with Swiss drugmaker B", "with Oslo-based B"
_WITH_DESCRIBED = re.compile(r"^\s*,?\s*(?:dengan|with)\s+(?:(?:the|an?)\s+)?(?:(?:perusahaan|produsen|firma|mitra)\s+(?:[a-z][\w-]*\s+){0,3}?"
                             r"(?:asal\s+)?\u2588+\s*,\s*|\u2588+(?:-based)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:company|firm|drugmaker|"
                             r"maker|manufacturer|developer|biotech)\s+|\u2588+-based\s+)(?:PT\.?\s+)?$")
_DEAL = re.compile(r"^\s*(?:of\s+)?(?:sebuah\s+|an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,4}?(?:nota\s+kesepahaman|memorandum|MoU|MoA|perjanjian|"
                   r"kesepakatan|kontrak|piagam|agreement|contract|deal|letter\s+of\s+intent|LoI)\b", re.I)  # "inked a supply deal"
# "Nota kesepahaman itu diteken …", "Perjanjian kerja sama tersebut ditandatangani oleh …": the deal before a passive verb
_TRADER = r"(?:distributor|importir|importer|pembeli|buyer|peritel|retailer|agen|agent|mitra\s+dagang)"  # the deal's other side
_DEAL_BEFORE = re.compile(r"\b(?:nota\s+kesepahaman|MoU|perjanjian|kesepakatan|memorandum|agreement|deal)\b(?:\s+[\w()-]+){0,4}?\s*$",
                          re.I)
_DEAL_WITH = re.compile(r"^(?:\s+(?:asal|dari|from)\s+\u2588+)?"  # "oleh A dari Pontianak dengan B": A's home town first
                        rf"[^\u2588]*?\s(?:dengan|with)\s+(?:(?:pihak|mitra\w*|perusahaan|{_TRADER})\s+)?(?:{cues.TITLE}\s+)?(?:PT\.?\s+)?$",
                        re.I)  # "… dengan Rektor Unhas": the body the official heads; "dengan distributor B"
_SIGNED_BARE = re.compile(r"\b(?:ditandatangani|diteken)\s+(?:PT\.?\s+)?$", re.I)
_TOGETHER = re.compile(r"\.?\s*(?:\([^()]*\)\s*)?,?\s*(?:bersama(?:\s+dengan)?|together\s+with)\s+(?:the\s+)?(?:PT\.?\s+)?", re.I)
_PLAIN_WITH = re.compile(r"\s*(?:dengan|with)\s+(?:the\s+)?(?:PT\.?\s+)?", re.I)  # "yang diteken A dengan B"
_AND_DESCRIBED = re.compile(r"^\s*(?:dan|serta)\s+(?:[a-z]+\s+){0,3}[a-z]+\s*,\s*$")
# "... dengan perusahaan farmasi asal India, Hetero Labs": the partner after its origin
_DEAL_WITH_ORIGIN = re.compile(r"^(?:\s+(?:asal|dari|from)\s+\u2588+)?[^\u2588]*?\s(?:dengan|with)\s+[^\u2588]{0,40}?\basal\s+\u2588+\s*,\s*(?:PT\.?\s+)?$", re.I)


# "Penandatanganan X tersebut", "the signing of X": the deal told in the sentence before
_BARE_SIGNER = re.compile(r"\b(?:perusahaan|perseroan|pihaknya|pihak\s+kami|kami|we|the\s+company)\s+(?:[a-z]+\s+){0,3}$", re.I)
_SIGNING_OF = re.compile(r"\b(?:penandatanganan|signing\s+of)\s+(?:the\s+)?$", re.I)
_THAT_DEAL = re.compile(r"\s+(?:tersebut|itu|ini)\b", re.I)
watch(_BOTH, _ONE)  # searched in every sentence: let the prefilter skip them
_UNNAMED_CUES = CueGroup(cues.LICENSE, cues.SIGN)  # what a sentence naming no agreement is read for


def find(ctx: Context) -> None:
    parties: list[Entity] = []  # the two sides of the last unnamed deal ("A meneken perjanjian dengan B")
    told = -9  # the sentence that deal was told in
    for v in ctx.busy:
        agreements = [m for m in v.mentions if m.type == "Agreement"]
        for ag in agreements:
            _between(ctx, v, ag)
            if not _agreement(ctx, v, ag) and len(parties) >= 2 and (_SIGNING_OF.search(v.masked[: ag.start]) or (
                    v.index - told <= 2 and _THAT_DEAL.match(v.masked, ag.end))):  # "Technology Transfer Agreement tersebut diteken di …"
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


def _signers(ctx: Context, v: View, ag: M | None) -> list[Entity]:
    """The parties signing in ``v``, less a parent named only to qualify its signing unit ("Fakultas Farmasi Unhas")."""
    found = _parties(ctx, v, ag)
    if len(found) < 2:
        return found
    parents = {m.ent.id for m in v.mentions if m.ent in found and (u := parent_of_unit(v, m)) is not None and u.ent in found}
    return [e for e in found if e.id not in parents]


def _parties(ctx: Context, v: View, ag: M | None) -> list[Entity]:
    sign = next(v.cues(cues.SIGN), None)
    if sign is None or cues.negated(v.masked, sign.start()):
        return []
    made = sign.group().lower().startswith(("menghasilkan", "melahirkan", "resulted"))  # "Pertemuan itu menghasilkan X antara A dan B"
    both = _BOTH.search(v.masked) if v.may(_BOTH) and not made else None
    if both:
        return two_parties(ctx, v, both.start())
    one = _ONE.search(v.masked) if v.may(_ONE) and not made else None
    defined = None  # '… PT X ("X" or "the Company"), an Indonesian …, today signed …': the company the term defines
    if one and v.masked[one.start() - 1 : one.start()] in ('"', "\u201c"):
        defined = next((m for m in v.before(one.start(), ORG) if m.role is None and m.start not in v.role_orgs), None)
        one = None
    if one and one.start() < sign.start():  # "Perusahaan itu …": the company named last, not the ministry after it
        near = ctx.recent(v.index, ORG, pos=one.start(), back=2, limit=4)
        return next(([e] for e in near if e.category == "company"), near[:1])
    orgs = [m for m in v.mentions if m.type == "Organization" and m.role is None and m.start not in v.role_orgs]
    if ag is not None and _TITLED_DEAL.search(v.masked[: ag.start]) and _THAT_DEAL.match(v.masked, ag.end):
        pair = licence_pair(ctx, v, ag.start)  # "A memperoleh lisensi … dari B. Perjanjian bertajuk X itu diteken …"
        if pair:
            return pair
    # "A dan B menandatangani X" / "X ditandatangani oleh A dan B" / "antara A dan B"
    titled = titled_subject(ctx, v, sign.start())  # "Kepala BPOM mengunjungi Unhas dan menandatangani …": BPOM, not Unhas
    if titled is None:  # "Dalam kesempatan itu, Pemkab juga menandatangani …", "Balai tersebut …" (no name between it and the verb)
        titled = kind_anaphor(ctx, v, sign.start())
    if titled is None and _BARE_SIGNER.search(v.masked[max(0, sign.start() - 60) : sign.start()]) and not any(
            m.end <= sign.start() and v.clause_end(m.end) >= sign.start() for m in orgs):
        # "Di sela acara, perusahaan juga menandatangani MoU dengan B": the company the story is about;
        # "X mengatakan pihaknya telah meneken nota kesepahaman dengan B": the body the speaker heads
        titled = the_company(ctx, v, sign.start()) or speakers_side(ctx, v, sign.start())
    subj = ([titled] if titled is not None else [defined] if defined is not None and defined.end < sign.start()
            else [m for m in orgs if m.end <= sign.start() and v.clause_end(m.end) >= sign.start()])
    if defined is not None and subj == [defined]:  # '"the Company" … announced that its subsidiary B has signed': B
        sub = next((m for m in orgs if defined.end < m.start and m.end <= sign.start()
                    and _ITS_SUBSIDIARY.search(v.masked[max(0, m.start - 40) : m.start])), None)
        subj = [sub] if sub is not None else subj
    if subj and not made:  # a meeting made the deal: its parties are named after it ("antara A dan B")
        first = apposition_head(v, subj[-1], orgs)  # the list ending at the verb: "Jakarta, CNBC Indonesia - A dan B menandatangani"
        out = [first.ent]
        while (prev := v.prev_mention(first)) is not None:
            if (side := coordinated_before(v, first, orgs)) is not None:  # "A, a … company, and B, a subsidiary of C,"
                first = side
                out.insert(0, side.ent)
                continue
            gap = v.gap(_past_gloss(v, prev), first.start)
            if prev.type == "Location" and not gap.strip() and (q := v.prev_mention(prev)) is not None:
                prev, gap = q, v.gap(q.end, prev.start)  # "BPOM dan Korea MFDS": the place only qualifies the name
            if prev not in subj or not (cues.LIST_SEP.match(re.sub(r"\bthe\s*$", "", gap.removeprefix(".")))  # "Osaka Bio Inc. dan PT X"
                                        or _TOGETHER.fullmatch(gap)):  # "A bersama B dan C menandatangani"
                break
            first = apposition_head(v, prev, orgs)  # "A, anak usaha C, dan B": A, not C
            out.insert(0, first.ent)
        # "A menandatangani X dengan B"
        other = v.next_mention(ag) if ag is not None else None
        if other is not None and other.type == "Location" and v.text.startswith(("'s ", "\u2019s "), other.end):
            other = v.next_mention(other)  # "with South Korea's B"
        if other is not None and other.type == "Location" and (nxt := v.next_mention(other)) is not None and (
                _WITH_DESCRIBED.match(v.masked[ag.end : nxt.start])):  # type: ignore[union-attr]
            other = nxt  # "dengan perusahaan bioteknologi asal Jepang, B", "with Swiss drugmaker B"
        if (ag is not None and other is not None and (other in orgs or titled is not None and other.type == "Organization")
                and other.ent not in out
                and (_WITH.match(v.masked[ag.end : other.start]) or _WITH_DESCRIBED.match(v.masked[ag.end : other.start]))):
            out.extend(m.ent for m in v.chain(other, ORG) if m.ent not in out and (m in orgs or m is other))  # "… dengan A dan B"
        return out
    for m in orgs:
        if _BY.search(v.masked[: m.start]):
            chain = v.chain(m, ORG)
            nxt = v.next_mention(chain[-1])
            if nxt is not None and nxt.type == "Organization" and _OFFICER_AND.fullmatch(v.masked[chain[-1].end : nxt.start]):
                chain.append(nxt)  # "signed by A's chief executive and B's managing director": B signs too
            if len(chain) == 1 and chain[0].ent in (officials := signed_by_officials(ctx, v, sign.end())):
                return officials  # "by A's chief executive, X, and B's president director, Y"
            return [x.ent for x in chain]
        if _SIGNED_BARE.search(v.masked[: m.start]):  # "X ditandatangani A dan <pemegang saham lama>, B"
            out = [x.ent for x in v.chain(m, ORG)]
            nxt = v.next_mention(m)
            if len(out) == 1 and nxt is not None and nxt in orgs and (_AND_DESCRIBED.match(v.masked[m.end : nxt.start])
                                                                      or cues.WITH.match(v.masked[m.end : nxt.start])
                                                                      or _PLAIN_WITH.fullmatch(v.masked[m.end : nxt.start])):
                out.append(nxt.ent)  # "… diteken A bersama PT B"
            return out
    return signed_by_officials(ctx, v, sign.end())


_ITS_SUBSIDIARY = re.compile(r"\b(?:its|their|the\s+Company['\u2019]s)\s+(?:(?:wholly[\s-]owned|majority[\s-]owned|indirect|direct|"
                            r"Indonesian|local)\s+)*subsidiary\s*,?\s*(?:PT\.?\s+)?$"
                            r"|\banak\s+(?:usaha|perusahaan)(?:nya|\s+perseroan)\s*,?\s*(?:PT\.?\s+)?$", re.I)
# "Perjanjian bertajuk/bernama X itu …": the deal told just before, now named
_TITLED_DEAL = re.compile(r"\b(?:perjanjian|kesepakatan|kontrak|kerja\s*sama)\s+(?:(?:lisensi|tersebut|itu)\s+)?(?:bertajuk|bernama|berjudul|"
                          r"yang\s+(?:diberi\s+nama|bertajuk|bernama))\s+$", re.I)
_OFFICER_AND = re.compile(r"['\u2019]s\s+(?:[a-z][\w-]*\s+){1,4}(?:and|&)\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){1,3}of\s+(?:the\s+)?)?")




def _past_gloss(v: View, m: M) -> int:
    """Where the clause goes on after ``m``: past its quoted short name ('X Co., Ltd. ("X") today signed …')."""
    if m.gloss is None:
        return m.end
    close = v.text.find(")", m.gloss.end, m.gloss.end + 3)
    return close + 1 if close >= 0 else m.gloss.end


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
    if len(local) != 1 or _granted_other(v, ag, signers):
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


def _granted_other(v: View, ag: M, signers: list[Entity]) -> bool:
    """Whether the licence the sentence tells after ``ag`` goes to a body other than its signers."""
    for g in _GRANTS_TO.finditer(v.masked, ag.end):
        to = next((m for m in v.after(g.end(), ORG) if m.start == g.end()), None)
        if to is not None:
            return to.ent not in signers
    return False


_BETWEEN = re.compile(r"^\s+(?:between|antara)\s+(?:the\s+)?$", re.I)
_AND_THE = re.compile(r"^\s*(?:and|dan|&)\s+(?:the\s+)?$", re.I)


def _between(ctx: Context, v: View, ag: M) -> None:
    """"the Economic Partnership Agreement between Indonesia and the UAE": the two sides are partners."""
    a = v.next_mention(ag)
    b = v.next_mention(a) if a is not None else None
    if (a is not None and b is not None and a.type in ("Organization", "Location") and b.type == a.type
            and _BETWEEN.match(v.masked[ag.end : a.start]) and _AND_THE.match(v.masked[a.end : b.start])):
        ctx.emit("PARTNERS_WITH", a.ent, b.ent, v, 0.65)
