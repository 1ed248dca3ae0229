"""Who signs an agreement: the parties a signing cue names in one sentence ("A dan B menandatangani X", "X
ditandatangani oleh A dan B", "kedua perusahaan …", "perusahaan tersebut …", "A … dengan B", "signed by A's chief
executive and B's managing director"), less a parent named only to qualify its signing unit ("Fakultas Farmasi Unhas").

Split out of :mod:`.agreements` (which reads the agreements and unnamed deals and emits SIGNED, LICENSED and
PARTNERS_WITH) to keep each module short.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.official_signers import signed_by_officials, titled_subject
from graphbuild.extract.relations.partner_sides import (
    kind_anaphor,
    parent_of_unit,
    speakers_side,
    the_company,
)
from graphbuild.extract.relations.subjects import (
    apposition_head,
    coordinated_before,
    licence_pair,
    two_parties,
)
from graphbuild.types import Entity

ORG = ("Organization",)
_BOTH = re.compile(r"\b(?:keduanya|kedua\s+(?:belah\s+)?(?:perusahaan|pihak|korporasi|lembaga|institusi|regulator|otoritas|instansi|"
                   r"badan)|both\s+(?:companies|parties|regulators|agencies|authorities)"
                   r"|the\s+two\s+(?:companies|parties|regulators|agencies|authorities)"
                   r"|^\W*the\s+companies(?=\s+(?:\w+\s+){0,3}?(?:signed|have\s+signed|announced|inked|entered)))\b", re.I)  # opening the sentence
_ONE = re.compile(r"\b(?:perusahaan\s+(?:tersebut|ini|itu)|the\s+company)\b", re.I)
_BY = re.compile(r"\b(?:oleh|by|antara|between)\s+$", re.I)
_WITH = re.compile(rf"^\s*,?\s*(?:dengan|with|bersama)\s+(?:(?:pihak|mitra\w*|perusahaan)\s+)?(?:{cues.TITLE}\s+)?"
                   r"(?:(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['\u2019]s\s+|\u2588+['\u2019]s\s+)?(?:PT\.?\s+)?$")  # "with South Korea's B"
# "dengan perusahaan bioteknologi asal Jepang, B", "with Swiss drugmaker B", "with Oslo-based B"
_WITH_DESCRIBED = re.compile(r"^\s*,?\s*(?:dengan|with)\s+(?:(?:the|an?)\s+)?(?:(?:perusahaan|produsen|firma|mitra)\s+(?:[a-z][\w-]*\s+){0,3}?"
                             r"(?:asal\s+)?\u2588+\s*,\s*|\u2588+(?:-based)?\s+(?:[a-z][\w-]*\s+){0,2}?(?:company|firm|drugmaker|"
                             r"maker|manufacturer|developer|biotech)\s+|\u2588+-based\s+)(?:PT\.?\s+)?$")
_SIGNED_BARE = re.compile(r"\b(?:ditandatangani|diteken)\s+(?:PT\.?\s+)?$", re.I)
_TOGETHER = re.compile(r"\.?\s*(?:\([^()]*\)\s*)?,?\s*(?:bersama(?:\s+dengan)?|together\s+with)\s+(?:the\s+)?(?:PT\.?\s+)?", re.I)
_PLAIN_WITH = re.compile(r"\s*(?:dengan|with)\s+(?:the\s+)?(?:PT\.?\s+)?", re.I)  # "yang diteken A dengan B"
_AND_DESCRIBED = re.compile(r"^\s*(?:dan|serta)\s+(?:[a-z]+\s+){0,3}[a-z]+\s*,\s*$")
# the company a signer names for itself ("perusahaan juga menandatangani …")
_BARE_SIGNER = re.compile(r"\b(?:perusahaan|perseroan|pihaknya|pihak\s+kami|kami|we|the\s+company)\s+(?:[a-z]+\s+){0,3}$", re.I)
# "Perjanjian X tersebut/itu": the deal told just before
THAT_DEAL = re.compile(r"\s+(?:tersebut|itu|ini)\b", re.I)
watch(_BOTH, _ONE)  # searched in every sentence: let the prefilter skip them


def signers(ctx: Context, v: View, ag: M | None) -> list[Entity]:
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
    if both and both.group().lower() == "keduanya" and not _THEY_SIGN.fullmatch(v.masked[both.end() : sign.start()]):
        both = None  # "keduanya menyaksikan penandatanganan … antara A dan B": the two people only watched
    if both:
        return two_parties(ctx, v, both.start())
    one = _ONE.search(v.masked) if v.may(_ONE) and not made else None
    defined = None  # '… PT X ("X" or "the Company"), an Indonesian …, today signed …': the company the term defines
    if one and v.masked[one.start() - 1 : one.start()] in ('"', "\u201c"):
        defined = next((m for m in v.before(one.start(), ORG) if m.role is None and m.start not in v.role_orgs), None)
        one = None
    if one and one.start() < sign.start():  # "Perusahaan itu …": the company named last, not the ministry after it
        near = ctx.recent(v.index, ORG, pos=one.start(), back=2, limit=4)
        got = _clause_subject(ctx, v) if not v.before(one.start(), ORG) else None
        got = got or next(([e] for e in near if e.category == "company"), near[:1])
        # "perusahaan itu dan Universitas Airlangga menandatangani …": the company and the party joined to it
        other = next((m for m in v.after(one.end(), ORG) if m.end <= sign.start()), None)
        if got and other is not None and _AND_NEXT.fullmatch(v.masked[one.end() : other.start]) and other.ent not in got:
            got = [*got, other.ent]
        return got
    if not made and len(officials := signed_by_officials(ctx, v, sign.end())) >= 2:
        return officials  # "… itu ditandatangani oleh Presiden Direktur A, X, dan CEO B, Y": the bodies the signers head
    orgs = [m for m in v.mentions if m.type == "Organization" and m.role is None and m.start not in v.role_orgs]
    if ag is not None and _TITLED_DEAL.search(v.masked[: ag.start]) and THAT_DEAL.match(v.masked, ag.end):
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


_THEY_SIGN = re.compile(r"\s+(?:(?:telah|sudah|juga|resmi|lalu|kemudian|pun|akan|bersama-sama|secara\s+resmi)\s+)*")
_AND_NEXT = re.compile(r"\s*(?:dan|serta|and|bersama)\s+(?:PT\.?\s+)?")
_RELATIVE = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:yang|which)\b")


def _clause_subject(ctx: Context, v: View) -> list[Entity] | None:
    """"Jatim Serum, yang 60 persen sahamnya dimiliki PT B, … . Perusahaan itu …": the company the sentence before
    opens with, described by a relative clause, not the owner named inside that clause."""
    if v.index == 0:
        return None
    prev = ctx.views[v.index - 1]
    first = next((m for m in prev.mentions if m.type in ORG), None)
    if first is None or first.role is not None or first.ent.category != "company" or prev.masked[: first.start].strip(" \n\"\u201c"):
        return None
    return [first.ent] if _RELATIVE.match(prev.masked, (first.gloss or first).end) else None


def _past_gloss(v: View, m: M) -> int:
    """Where the clause goes on after ``m``: past its quoted short name ('X Co., Ltd. ("X") today signed …')."""
    if m.gloss is None:
        return m.end
    close = v.text.find(")", m.gloss.end, m.gloss.end + 3)
    return close + 1 if close >= 0 else m.gloss.end
