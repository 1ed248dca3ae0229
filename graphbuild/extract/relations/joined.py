"""A body that joins a partnership told just before: "Kementerian Kesehatan juga terlibat sebagai mitra".

"X turut dilibatkan sebagai mitra", "X turut menjadi mitra dalam program tersebut", "Y also joined as a partner":
the sentence names only the newcomer, so it partners the side every partnership of the sentences before shares
(the body that "menggandeng A dan B"), not each of its partners. Split out of :mod:`.partnerships`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.cues import negated
from graphbuild.extract.relations.partner_sides import host_before, speakers_side
from graphbuild.types import Entity

_JOINS = re.compile(r"\b(?:terlibat|dilibatkan|bergabung|menjadi|masuk)\s+(?:sebagai\s+)?"
                    r"(?:salah\s+satu\s+)?mitra\b|\b(?:(?:also|later)\s+)?(?:joined|came\s+on\s+board|signed\s+on)\s+as\s+(?:an?\s+)?"
                    r"(?:\w+\s+)?partner\b", re.I)
watch(_JOINS)
_SUBJECT_GAP = re.compile(r"\)?\s*(?:\([^()]*\)\s*)?(?:(?:juga|pun|kini|telah|sudah|turut|ikut|also|has|have|later)\s+)*")


def find(ctx: Context, v: View) -> None:
    if not v.may(_ANY):  # one prefilter test for the three cues below
        return
    program_partners(ctx, v)
    our_partner(ctx, v)
    if not v.may(_JOINS) or not v.index:
        return
    for c in v.cues(_JOINS):
        subj = next((m for m in v.before(c.start()) if m.type == "Organization"), None)
        if subj is None or subj.role is not None or v.prev_mention(subj) is not None or negated(v.masked, c.start()) or not (
                _SUBJECT_GAP.fullmatch(v.masked[(subj.gloss or subj).end : c.start()])):
            continue  # only the sentence's subject joins ("X juga terlibat sebagai mitra")
        hub = _hub(ctx, v)
        if hub is not None and hub.id != subj.ent.id:
            ctx.emit("PARTNERS_WITH", hub, subj.ent, v, 0.6)


def _hub(ctx: Context, v: View) -> Entity | None:
    """The side every partnership of the two sentences before shares (the first-named side of a lone pair)."""
    said = {" ".join(w.text.split()): w for w in ctx.views[max(0, v.index - 2) : v.index]}
    rels = [r for r in ctx.typed("PARTNERS_WITH") if r.evidence in said and r.head in ctx.by_id and r.tail in ctx.by_id]
    if not rels:
        return None
    shared = {rels[0].head, rels[0].tail}
    for r in rels[1:]:
        shared &= {r.head, r.tail}
    if len(shared) == 1:
        return ctx.by_id[shared.pop()]
    if len(shared) != 2:
        return None
    text = said[rels[0].evidence].masked  # a lone pair: its subject, the side named first
    firsts = {e: min((m.start for m in said[rels[0].evidence].mentions if m.ent.id == e), default=len(text)) for e in shared}
    return ctx.by_id[min(firsts, key=firsts.__getitem__)]


# "Program ini melibatkan A, B dan C sebagai mitra", "Mitra program tersebut antara lain A, B dan C", "The programme's
# partners include A and B": each partners the body that launched the programme told just before
_PROGRAM_PARTNERS = re.compile(r"\b(?:program|programme|inisiatif|initiative)\s+(?:ini|tersebut|itu)\s+(?:(?:juga|turut)\s+)?"
                               r"(?P<inv>melibatkan|involves|brings\s+together)\s+"
                               r"|\b(?:mitra|partners)\s+(?:(?:program|inisiatif)\s+(?:ini|tersebut|itu)|(?:of\s+)?the\s+program(?:me)?)\s+"
                               r"(?:antara\s+lain|adalah|yakni|yaitu|meliputi|include|are)\s+"
                               r"|\bthe\s+program(?:me)?['\u2019]s\s+partners\s+(?:include|are)\s+", re.I)
watch(_PROGRAM_PARTNERS)
_AS_PARTNERS = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:sebagai\s+mitra|as\s+partners)\b", re.I)
_LAUNCHES = re.compile(r"\b(?:meluncurkan|menggagas|menginisiasi|mencanangkan|menjalankan|launched|initiated|runs)\b", re.I)


def program_partners(ctx: Context, v: View) -> None:
    if not v.may(_PROGRAM_PARTNERS) or not v.index:
        return
    for c in v.cues(_PROGRAM_PARTNERS):
        first = next(iter(v.after(c.end(), ("Organization",))), None)
        if first is None or first.start != c.end() or negated(v.masked, c.start()):
            continue
        group = v.chain(first, ("Organization",))
        if c.group("inv") and not _AS_PARTNERS.match(v.masked, (group[-1].gloss or group[-1]).end):
            continue  # "Program ini melibatkan 40 puskesmas": involved, not partners, unless "sebagai mitra"
        owner = host_before(ctx, v, c.start(), _LAUNCHES)
        for other in group if owner is not None else ():
            if other.ent is not owner.ent and other.role is None:  # type: ignore[union-attr]
                ctx.emit("PARTNERS_WITH", owner.ent, other.ent, v, 0.6)  # type: ignore[union-attr]


# '"Universitas X adalah mitra strategis kami," kata Y', '"B is our key partner," said Y': the speaker's body partners B
_OUR_PARTNER = re.compile(r"\b(?:mitra|partner)(?:\s+[\w-]+)?\s+(?:kami|kita)\b|\bour\s+(?:[\w-]+\s+)?partners?\b", re.I)
_IS = re.compile(r"\u2588\s*(?:\([^()]*\)\s*)?(?:(?:sudah|telah|juga|lama)\s+)*(?:adalah|merupakan|menjadi|is|has\s+been|remains)\s+"
                 r"(?:(?:salah\s+satu|one\s+of|a|an)\s+)?(?:[\w-]+\s+)?$", re.I)
watch(_OUR_PARTNER)


def our_partner(ctx: Context, v: View) -> None:
    if not v.may(_OUR_PARTNER):
        return
    for c in v.cues(_OUR_PARTNER):
        said = _IS.search(v.masked, max(0, c.start() - 60), c.start())
        partner = next((m for m in v.before(c.start(), ("Organization",)) if said and m.end == said.start() + 1), None)
        if partner is None or partner.role is not None or negated(v.masked, said.start() + 1):  # type: ignore[union-attr]
            continue
        own = speakers_side(ctx, v, c.end(), quoted=True)
        if own is not None and own.ent is not partner.ent:
            ctx.emit("PARTNERS_WITH", own.ent, partner.ent, v, 0.6)


_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in (_JOINS, _PROGRAM_PARTNERS, _OUR_PARTNER)), re.I)
watch(_ANY)
CUE = _ANY  # what ``find`` reads first (``partnerships`` gates on it)
