"""Group structure told without the words "anak usaha": SUBSIDIARY_OF from ownership and belonging.

Why: releases about acquisitions and state holdings say who owns whom in other ways than the
subsidiary cues of ``corporate``: "PT B menjadi bagian dari Arta Group", "PT B, distributor yang
dimiliki Kalbe", "PT Bio Farma membawahi PT Kimia Farma Tbk dan PT Indofarma Tbk", "Induk usaha PT
Phapros Tbk, PT Rajawali Nusantara Indonesia, …". Both ends must be companies: a unit that is
"bagian dari BPOM" is PART_OF, which ``corporate`` reads.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.subsidiary_refs import emit as _emit
from graphbuild.extract.relations.subsidiary_refs import release_firm
from graphbuild.types import Entity

ORG = ("Organization",)

# "B menjadi bagian dari A", "B became part of the A group"
_BELONGS = re.compile(r"\b(?:menjadi|merupakan|adalah|kini|resmi|is|became|becomes|is\s+now)\s+(?:bagian\s+dari|part\s+of)"
                      r"\s+(?:the\s+|grup\s+|group\s+)?(?:PT\.?\s+)?(?=\u2588)", re.I)
# "B, distributor yang dimiliki (oleh) A", "B, which is owned by A", "B yang sahamnya dimiliki A", "B, yang juga dimiliki A"
_OWNED = re.compile(r"\b(?:yang\s+(?:(?:juga|kini|pun)\s+)?(?:sahamnya\s+(?:(?P<pct>\d{2,3}(?:[.,]\d+)?)\s*(?:persen|%)\s+)?|mayoritas\s+sahamnya\s+|sepenuhnya\s+)?"
                    r"dimiliki(?:\s+oleh)?|"
                    r"(?:which|that)\s+is\s+(?:wholly\s+|majority[\s-]|fully\s+)?owned\s+by|(?:wholly|majority)[\s-]owned\s+by"
                    # "B is controlled by the A Group", "B dikendalikan oleh A"
                    r"|(?:is|are|was|(?:yang\s+)?(?:kini\s+|sahamnya\s+)?)\s*(?:majority[\s-])?(?:controlled\s+by|dikendalikan\s+oleh)(?:\s+the)?)"
                    # "controlled by the Hartono family's PT A": the family holds it through A
                    r"\s+(?:(?:the\s+)?[\w\u2588-]+(?:\s+[\w\u2588-]+)?\s+family['\u2019]s\s+)?(?:PT\.?\s+)?(?=\u2588)", re.I)
# "A membawahi B dan C", "A menaungi B"
# ("… yang juga menaungi distributor PT B", "which wholly owns hospital chain RS B": the kind of business before its name)
_OVERSEES = re.compile(r"\b(?:membawahi|membawahkan|menaungi|mengendalikan|(?:wholly|fully|majority)[\s-]owns)\s+"
                       r"(?:(?:anak\s+usaha|perusahaan|distributor|produsen|jaringan\s+(?:rumah\s+sakit|apotek)|hospital\s+(?:chain|group|network)"
                       r"|pharmacy\s+chain|(?:drug|pharmaceutical\s+)?distributor)\s+)?(?:PT\.?\s+)?(?=\u2588)", re.I)
# "Induk usaha PT A, PT B, …", "Entitas induk A, PT B": the parent apposed to the child it is named for
_PARENT_OF = re.compile(r"\b(?:induk\s+(?:usaha|perusahaan)|perusahaan\s+induk|entitas\s+induk|parent\s+company)(?:\s+of)?\s+(?:PT\.?\s+)?(?=\u2588)",
                        re.I)
# "PT B, the Company's distribution arm", "PT B, Kalbe's distribution arm", "Kalbe's subsidiary PT B",
# "PT B, the Company's pharmaceutical wholesaler (PBF) subsidiary" (the kind's acronym between),
# "PT B, anak usaha perseroan,": B belongs to the one named before "'s", else to the release's company
_ARM_CUE = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+|\([^()]{1,20}\)\s+){0,3}?(?:subsidiary|arm|unit)\b|\b(?:anak\s+(?:usaha|perusahaan)|entitas\s+anak)\s+"
                      r"(?:perseroan|perusahaan\s+(?:ini|tersebut))\b"
                      # "PT B, a wholly-owned subsidiary of the Company": the release's company
                      r"|\b(?:an?\s+)?(?:(?:wholly|majority)[\s-]owned\s+)?subsidiary\s+of\s+the\s+company\b", re.I)
_THE_COMPANY = re.compile(r"\b(?:the\s+)?company$", re.I)
# "Mayoritas saham B, yakni 60 persen, dimiliki A", "70 persen saham B dipegang A", "a majority stake in B is held by A"
_STAKE_IN = re.compile(r"\b(?:(?:mayoritas|sebagian\s+besar|(?P<pct>\d{2,3}(?:[.,]\d+)?)\s*(?:persen|%))\s+saham|"
                       r"(?:a\s+)?majority(?:\s+stake\s+in|\s+of\s+the\s+shares\s+(?:in|of)))\s+(?:PT\.?\s+)?(?=\u2588)", re.I)
_HELD_BY = re.compile(r"(?:\s*\([^()]*\))?\s*(?:,\s*(?:yakni|yaitu|sebesar|atau|or)\s+[\d.,]+\s*(?:persen|%|percent)\s*,\s*)?"
                      r"(?:(?:kini|saat\s+ini|is|are|now)\s+)*(?:dimiliki|dipegang|dikuasai|held|owned)(?:\s+(?:oleh|by))?\s+"
                      r"(?:PT\.?\s+)?", re.I)
# "A is the parent company of the pharmaceutical SOE holding, whose members include B and C", "A, induk holding BUMN
# farmasi yang beranggotakan B dan C": the members of the holding A heads
_HOLDING_MEMBERS = re.compile(
    r"\b(?:induk|parent|memimpin|leads|heads)\b[^.;\u2588]{0,60}?\bholding\b[^.;\u2588]{0,40}?"
    r"(?:whose\s+members\s+(?:include|are)|which\s+(?:also\s+)?(?:includes?|comprises?)|(?:yang\s+)?(?:beranggotakan|terdiri\s+(?:atas|dari)"
    r"|(?:juga\s+)?membawahi)|dengan\s+anggota)\s+(?:PT\.?\s+)?(?=\u2588)", re.I)
# "B merupakan anggota holding BUMN farmasi yang dipimpin A": a holding member belongs to the holding's parent
_MEMBER_LED = re.compile(r"\b(?:merupakan|menjadi|adalah|is|are|became)\s+(?:salah\s+satu\s+|one\s+of\s+the\s+|a\s+)?"
                         r"(?:anggota|members?\s+of(?:\s+the)?)\s+(?:[\w-]+\s+){0,2}?holding\b[^.;\u2588]{0,60}?\b(?:yang\s+dipimpin|dipimpin|"
                         r"di\s+bawah|led\s+by|headed\s+by)\s+(?:oleh\s+)?(?:PT\.?\s+)?(?=\u2588)", re.I)
# "Holding … dibentuk dengan A sebagai induk, sedangkan B dan C menjadi anggota holding"
_PARENT_THEN = re.compile(r"\bsebagai\s+induk(?:nya)?\s*,?\s*(?:sedangkan|sementara|dan)\s+(?:PT\.?\s+)?(?=\u2588)", re.I)
_BECOME_MEMBERS = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:menjadi|merupakan|sebagai)\s+anggota\b", re.I)
# a word every _ARM_CUE match holds: the cue's own prefilter test passes in most sentences (its leading "a")
_ARM_WORD = re.compile(r"['\u2019]s|anak|subsidiary", re.I)
_CUES = CueGroup(_BELONGS, _OWNED, _OVERSEES, _PARENT_OF, _ARM_WORD, _STAKE_IN, _HOLDING_MEMBERS, _MEMBER_LED,
                 _PARENT_THEN)  # everything ``find`` reads (_ARM_CUE through its word)
watch(_ARM_CUE, *_CUES.patterns)
_MEMBERS_CUES = CueGroup(_MEMBER_LED, _PARENT_THEN)  # what ``_members`` reads a sentence for

# what may stand between the child and the cue: "B (BMS), distributor farmasi terbesar, yang dimiliki"
_CHILD_GAP = re.compile(r"^(?:\s*\([^()]*\))?\s*,?\s*(?:(?:sebuah|salah\s+satu|a|an|the)\s+)?(?:[\w-]+\s+){0,6}?$", re.I)
_APPOSED = re.compile(r"^(?:\s*\([^()]*\))?\s*,\s*(?:PT\.?\s+)?$")


def find(ctx: Context) -> None:
    for v in ctx.where(*_CUES.patterns):
        for cue in (_BELONGS, _OWNED):
            for c in v.cues(cue):
                if cue is _OWNED and c.group("pct") and float(c.group("pct").replace(",", ".")) <= 50:
                    continue  # "yang sahamnya 30 persen dimiliki A": a minority holder
                owner = next(iter(v.after(c.end(), ORG)), None)
                child = _subject(v, c.start())
                if owner is not None and child is not None and owner.start == c.end():
                    _emit(ctx, v, child.ent, owner.ent)
                elif owner is not None and owner.start == c.end() and cue is _OWNED and _WE_HELD.fullmatch(v.masked[: c.start()]) \
                        and re.search(r"controlled|dikendalikan", c.group(), re.I):
                    # "Perseroan sendiri dikendalikan oleh A": the release's own company, held by A
                    we = release_firm(ctx, owner.ent)
                    if we is not None:
                        _emit(ctx, v, we, owner.ent)
        for c in v.cues(_OVERSEES):
            parent = _relative_subject(v, c.start()) or _subject(v, c.start())
            first = next(iter(v.after(c.end(), ORG)), None)
            if parent is not None and first is not None and first.start == c.end():
                for m in v.chain(first, ORG):
                    _emit(ctx, v, m.ent, parent.ent)
        for c in v.cues(_STAKE_IN):
            if c.group("pct") and float(c.group("pct").replace(",", ".")) <= 50:
                continue
            owned = next(iter(v.after(c.end(), ORG)), None)
            owner = v.next_mention(owned) if owned is not None and owned.start == c.end() else None
            if owner is not None and owner.type == "Organization" and _HELD_BY.fullmatch(v.masked[owned.end : owner.start]):  # type: ignore[union-attr]
                _emit(ctx, v, owned.ent, owner.ent)  # type: ignore[union-attr]
        for c in v.cues(_ARM_CUE) if v.may(_ARM_WORD) else ():
            _arm(ctx, v, c)
        for c in v.cues(_HOLDING_MEMBERS):
            parent = next(iter(v.before(c.start(), ORG)), None)
            first = next(iter(v.after(c.end(), ORG)), None)
            if parent is not None and first is not None and first.start == c.end() and parent.role is None \
                    and c.start() - parent.end <= 120:
                for m in v.chain(first, ORG):
                    _emit(ctx, v, m.ent, parent.ent)
        if _MEMBERS_CUES.may(v):
            _members(ctx, v)
        for c in v.cues(_PARENT_OF):
            child = next(iter(v.after(c.end(), ORG)), None)
            parent = v.next_mention(child) if child is not None and child.start == c.end() else None
            if parent is not None and parent.type == "Organization" and _APPOSED.match(v.gap(child.end, parent.start)):  # type: ignore[union-attr]
                _emit(ctx, v, child.ent, parent.ent)  # type: ignore[union-attr]


def _members(ctx: Context, v: View) -> None:
    """Holding members: "B (dan C) merupakan anggota holding … yang dipimpin A", "A sebagai induk, sedangkan B dan C
    menjadi anggota holding"."""
    for c in v.cues(_MEMBER_LED):
        parent = next(iter(v.after(c.end(), ORG)), None)
        child = _subject(v, c.start())
        if parent is None or child is None or parent.start != c.end():
            continue
        while child is not None and child.type == "Organization":
            _emit(ctx, v, child.ent, parent.ent)
            prev = v.prev_mention(child)
            child = prev if prev is not None and re.fullmatch(r"\s*(?:,|dan|serta|and)\s*(?:PT\.?\s+)?",
                                                               v.masked[prev.end : child.start]) else None
    for c in v.cues(_PARENT_THEN):
        parent = next(iter(v.before(c.start(), ORG)), None)
        first = next(iter(v.after(c.end(), ORG)), None)
        if parent is None or first is None or first.start != c.end() or c.start() - parent.end > 3:
            continue
        chain = list(v.chain(first, ORG))
        if chain and _BECOME_MEMBERS.match(v.masked, chain[-1].end):
            for m in chain:
                _emit(ctx, v, m.ent, parent.ent)


# a sentence opening with the release's company by reference: "Perseroan sendiri (kini) …", "The Company itself is …"
_WE_HELD = re.compile(r"\W*(?:perseroan|the\s+company)(?:\s+(?:sendiri|itself|kini|juga|saat\s+ini|now|also|is|was))*\s*", re.I)


_LISTED_ON = re.compile(rf"\b(?:{cues.LISTED_ON})\s+(?:the\s+)?$", re.I)


def _subject(v: View, pos: int) -> M | None:
    """The organisation the clause before ``pos`` is about ("B, distributor yang …", "B kini menjadi …")."""
    before = v.before(pos, ORG)
    if not before or before[0].role is not None or pos - before[0].end > 60:
        return None
    if _LISTED_ON.search(v.masked[max(0, before[0].start - 25) : before[0].start]):
        return None  # "Perusahaan tercatat di Bursa Efek Indonesia dan merupakan bagian dari Grup X": the exchange lists it
    return before[0] if _CHILD_GAP.match(v.masked[before[0].end : pos]) else None


_RELATIVE_GAP = re.compile(r"^(?:\s*\([^()]*\))?\s*,\s*(?:yang|which|that)\s+[^,.;]{1,80},\s*(?:(?:kini|juga|saat\s+ini|now|also)\s+)?$",
                           re.I)


def _relative_subject(v: View, pos: int) -> M | None:
    """"A, yang merupakan induk holding BUMN farmasi, membawahkan B": the subject before a relative clause (which
    may name a place, a person or a body of its own: "A, yang tercatat di BEI, membawahi B")."""
    for m in v.before(pos, ORG)[:3]:
        if pos - m.end > 100:
            return None
        if m.role is None and _RELATIVE_GAP.match(v.masked[m.end : pos]):
            return m
    return None


def _arm(ctx: Context, v: View, c: re.Match[str]) -> None:
    """"…by PT B, the Company's distribution arm": B is the release's company's (see ``issuer``) or the named owner's."""
    head = c.start()
    owner = next((m for m in v.before(head, ORG) if m.end == head), None)
    named = None
    if c.group()[0] in "'\u2019" and owner is None:
        the = _THE_COMPANY.search(v.masked[:head]) or _BARE_NAME.search(v.masked[:head])
        if the is None or (the.re is _BARE_NAME and (named := _known(ctx, the.group())) is None):
            return
        head = the.start()
    elif owner is not None:
        head = owner.start
    child = next((m for m in v.before(head, ORG) if m.role is None), None)
    if child is None or not re.fullmatch(r"(?:\s*\([^()]*\))?\s*,\s*", v.masked[child.end : head]):
        after = next(iter(v.after(c.end(), ORG)), None)  # "Kalbe's distribution subsidiary(,) PT B"
        child = after if after is not None and re.fullmatch(r"\s*,?\s*(?:PT\.?\s+)?", v.masked[c.end() : after.start]) else None
    if child is None:
        return
    # "the Company" / "perseroan": the company the release defines so (``release_firm``), not the one it names most
    parent = owner.ent if owner is not None else named or release_firm(ctx, child.ent)
    if parent is not None and parent is not child.ent:
        _emit(ctx, v, child.ent, parent)


# "PT B, Cakra Husada's distribution arm": a short name of a company the text names, not tagged before "'s"
_BARE_NAME = re.compile(r"\b[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3}$")


def _known(ctx: Context, name: str) -> Entity | None:
    """The one organisation the text names that ``name`` is a name or an alias of."""
    hits = [e for e in ctx.entities if e.type == "Organization" and name in (e.name, *e.aliases)]
    return hits[0] if len(hits) == 1 else None
