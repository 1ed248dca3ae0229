"""ATTENDED for the speakers an event report names by their role, for :mod:`.event_speakers`.

Why: split out of ``event_speakers`` to keep it short. These rules read one phrasing family, a speaker
introduced by the part they played at the event: "Sebagai keynote speaker, X …", "The event featured
remarks from A and B", "Narasumber lain berasal dari Ditjen X …" (the bodies the speakers came from), and
"Pada sesi kedua, A dan B berbicara …" (the speakers of one of its sessions). ``event_speakers`` keeps their
cues in its ``CueGroup`` (registered with the prefilter there) and runs ``in_role`` and ``from_bodies`` in
its old order; ``events`` runs ``session`` (re-exported by ``event_speakers``) behind ``SESSION_WORD``.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.venues import last_event

# "Sebagai keynote speaker, X memaparkan …", "The event featured remarks from A and B": at the event told of
# ("Hadir sebagai narasumber, X", "Narasumber lain, Technical Officer …, X, mengingatkan …": the next speaker)
AS_ROLE = re.compile(r"^\W*(?:(?:hadir\s+|(?:bertindak|tampil|bertugas)\s+)?(?:sebagai\s+|as\s+(?:a\s+|the\s+)?)(?:keynote\s+speaker|pembicara(?:\s+utama|\s+kunci)?|narasumber|"
                     r"panelis|pemateri|moderator|speaker|panelist)|(?:narasumber|pembicara|pemateri|panelis)\s+(?:lain(?:nya)?|"
                     r"berikutnya|pertama|kedua|ketiga|terakhir)|(?:another|the\s+other|the\s+next)\s+(?:speaker|panelist))\s*,", re.I)
# "Narasumber lain berasal dari Ditjen X, yang …, serta LKPP yang …": the bodies the speakers came from
FROM_BODIES = re.compile(r"^\W*(?:para\s+)?(?:narasumber|pembicara|pemateri|panelis)(?:\s+(?:lain(?:nya)?|berikutnya|seminar|diskusi))?"
                         r"\s+(?:berasal\s+|datang\s+)?dari\s+", re.I)
FEATURED = re.compile(r"\b(?:featured|included)\s+(?:remarks|speeches|talks|presentations|keynotes?)\s+(?:from|by)\s+", re.I)


def in_role(ctx: Context, v: View) -> None:
    role = AS_ROLE.match(v.masked) if v.may(AS_ROLE) else None
    cue = FEATURED.search(v.masked) if role is None and v.may(FEATURED) else None
    if role is None and cue is None:
        return
    named = [m for m in v.mentions if m.type == "Event"]
    ev = named[0].ent if named else last_event(ctx, v.index)
    people = [m for m in v.after((role or cue).end(), ("Person",))]  # type: ignore[union-attr]
    for m in (people[:1] if role else people[:6]) if ev is not None else ():
        ctx.emit("ATTENDED", m.ent, ev, v, 0.7, role="narasumber" if role else None)


def from_bodies(ctx: Context, v: View) -> None:
    cue = FROM_BODIES.match(v.masked) if v.may(FROM_BODIES) else None
    if cue is not None and v.after(cue.end(), ("Person",)):
        return  # "Narasumber dari Kementerian X, Direktur Y, Budi": the speaker is the person, not the body
    named = [m for m in v.mentions if m.type == "Event"] if cue else []
    ev = named[0].ent if named else last_event(ctx, v.index) if cue else None
    prev = None
    for m in v.after(cue.end(), ("Organization",))[:6] if ev is not None else ():  # type: ignore[union-attr]
        if prev is None or v.gap(prev.end, m.start).strip():  # not the parent closing a unit's name ("Ditjen X Kemenkes")
            ctx.emit("ATTENDED", m.ent, ev, v, 0.65)
        prev = m


# "Pada sesi kedua, A dan B berbicara mengenai …": the speakers of a session of the event told of
_SESSION_LEAD = re.compile(r"^\W*(?:pada|dalam|di|in|during)\s+(?:the\s+)?(?:(?:first|second|third|final|closing|opening|next)\s+)?"
                      r"(?:sesi|session|diskusi\s+panel|panel(?:\s+discussion)?)\b[^,\u2588]{0,40},", re.I)
_SESSION_TALK = re.compile(rf"^(?:[\s,]|{cues.DEGREE})*(?:juga\s+|turut\s+|masing-masing\s+)?(?:berbicara|memaparkan|menyampaikan|"
                           r"membahas|mempresentasikan|menjelaskan|menegaskan|menjadi\s+(?:narasumber|pembicara|panelis)|tampil|spoke|"
                           r"presented|said|outlined|explained)\b", re.I)
# "Dalam paparannya sebagai pembicara utama, X memaparkan …": the speaker of the event told of
_AS_SPEAKER_LEAD = re.compile(r"^\W*(?:(?:dalam|pada)\s+(?:paparan|presentasi|pidato|sambutan)(?:nya)?\s+)?(?:sebagai|selaku|as)\s+"
                              r"(?:(?:salah\s+satu|one\s+of\s+the|the|a)\s+)?(?:pembicara(?:\s+utama)?|narasumber|panelis|"
                              r"keynote\s+speakers?|speakers?|panell?ists?)\s*,", re.I)
# the literal gate of both (they open with the sentence, which the prefilter cannot read)
SESSION_WORD = re.compile(r"sesi|session|panel|pembicara|narasumber|keynote|speaker", re.I)
watch(SESSION_WORD)


def session(ctx: Context, v: View) -> None:
    """The speakers of a session of the event named in the sentence, or told of just before."""
    lead = _SESSION_LEAD.match(v.masked) or _AS_SPEAKER_LEAD.match(v.masked)
    if lead is None:
        return
    people = [m for m in v.after(lead.end(), ("Person",))]
    talk = next((i for i, m in enumerate(people) if _SESSION_TALK.match(v.masked[m.end :])), -1)
    if talk < 0 or v.clause_end(lead.end()) < people[talk].start:
        return
    named = [m for m in v.mentions if m.type == "Event"]
    ev = named[0].ent if named else last_event(ctx, v.index)
    for m in people[: talk + 1] if ev is not None else ():
        ctx.emit("ATTENDED", m.ent, ev, v, 0.7, role="pembicara")
