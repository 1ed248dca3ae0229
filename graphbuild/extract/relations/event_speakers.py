"""ATTENDED for people and bodies an event report names without an attendance verb next to the event.

Why: reports name the event once and then quote its speakers by reference ("kata X dalam forum
tersebut", "Dalam acara itu, Direktur …, X, menyoroti …", "X said at the event"), list them under a
heading ("Narasumber Webinar …:" then one "- Nama, Jabatan" line each), name whoever came in a
minister's place ("diwakili oleh X"), its committee chair, the exhibitors ("Exhibitors at X included
A and B"), those who gave remarks ("sambutan dari X", "Sebagai keynote speaker, X"), the people of the
sentence before ("Keduanya menghadiri …") and those met on its sidelines ("Di sela-sela X, A dan B …").
A speaker is the person next to the speech verb; a sentence with no such cue only mentions the event.
The speakers introduced by their role ("Sebagai keynote speaker, X", "Pada sesi kedua, A …") are read in
:mod:`.event_roles`, the lines under a heading in :mod:`.event_rosters`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import arrivals, cues, delegations, event_rosters, exhibitors, talk_givers
from graphbuild.extract.relations.common import Context, CueGroup, View, watch
from graphbuild.extract.relations.event_roles import AS_ROLE, FEATURED, FROM_BODIES, from_bodies, in_role
from graphbuild.extract.relations.event_roles import (
    SESSION_WORD as SESSION_WORD,  # re-exported: ``events`` runs ``session`` from here
)
from graphbuild.extract.relations.event_roles import session as session
from graphbuild.extract.relations.event_rosters import TITLE_FIRST, TITLE_GAP
from graphbuild.extract.relations.litsearch import literal_search, prefix_search
from graphbuild.extract.relations.speech import SAY_EN, SAY_MEN, SAY_STEM
from graphbuild.extract.relations.venues import last_event

_KINDS = (r"acara|kegiatan|pertemuan|rapat|forum|seminar|webinar|konferensi|lokakarya|simposium|kongres|pameran|ajang|"
          r"diskusi|dialog|sesi|kuliah\s+umum|sarasehan|temu\s+bisnis")
# "dalam forum tersebut", "pada acara itu", "at the event": the event named before
_IN_THAT = re.compile(rf"\b(?:dalam|pada|(?P<sela>di\s+sela(?:-sela)?)|saat|ketika|di)\s+(?:{_KINDS})\s+(?:ini|tersebut|itu)\b"
                      r"|\b(?:dalam|pada)\s+(?:sesi\s+(?:diskusi|pleno|panel|tanya\s+jawab)|diskusi\s+panel)\b"
                      r"|\b(?:at|during|(?P<side>on\s+the\s+sidelines\s+of))\s+the\s+(?:event|meeting|forum|conference|symposium|"
                      r"summit|seminar|webinar|expo|exhibition)\b",
                      re.I)
_SIDELINES_OF = re.compile(r"^\W*(?:di\s+sela(?:-sela)?|disela-sela|on\s+the\s+sidelines\s+of)\s+(?:the\s+|gelaran\s+|ajang\s+)?$", re.I)
# "X, Presiden Direktur Y, mengumumkan … di sela pameran Z": whoever the sentence names before the event was there
_SIDELINES_END = re.compile(r"\b(?:di\s+sela(?:-sela)?|disela-sela|on\s+the\s+sidelines\s+of)\s+(?:the\s+|gelaran\s+|ajang\s+|acara\s+|"
                            r"pameran\s+|kegiatan\s+|forum\s+)?$", re.I)
_TALKS = re.compile(rf"\b(?:{SAY_STEM}|{SAY_EN}|{SAY_MEN}|menurut|"
                    r"mengatakan|menjelaskan|menegaskan|menyampaikan|mengungkapkan|memaparkan|menyoroti|menekankan|"
                    r"membahas|mempresentasikan|menilai|mengajak|menuturkan|berbicara|presented|explained|spoke|noted|"
                    r"highlighted|stressed|berbagi|meminta|mendorong|mengusulkan|shared|urged|called)\w*", re.I)
_MET = re.compile(r"\b(?:bertemu|menemui|berdialog|berdiskusi|met)\b", re.I)  # who met at the event named before
# "… tidak hadir dan diwakili oleh X": X came in the absent person's place
_STAND_IN = re.compile(r"\b(?:diwakili|represented)\s+(?:oleh|by)\s+(?:[^\u2588.;:]{0,60}?)$", re.I)
# "Workshop menghadirkan tiga narasumber. Materi X disampaikan oleh A. B memaparkan …": the presenters named next
_SPEAKERS_NAMED = re.compile(r"\b(?:menghadirkan|mengundang|featured|invited)\s+(?:\w+\s+){0,2}?(?:narasumber|pembicara|pemateri|panelis|speakers|panelists)\b", re.I)
_PRESENTED_BY = re.compile(r"\b(?:disampaikan|dibawakan|dipaparkan|dipresentasikan|presented|delivered)\s+(?:oleh|by)\s+", re.I)
_PRESENTS = re.compile(r"\b(?:memaparkan|membahas|membawakan|mempresentasikan|menyampaikan\s+materi|presented|discussed)\b", re.I)
# "Keduanya menghadiri …", "Ia hadir dalam …": the people of the sentence before
_THEY_CAME = re.compile(r"^\W*(?:(?P<all>keduanya|mereka|both|they)|ia|dia|beliau|he|she)\s+(?:juga\s+|turut\s+|pun\s+|also\s+)?"
                        r"(?:menghadiri|hadir\s+(?:dalam|pada|di)|attended)\b", re.I)
# "Acara dibuka dengan sambutan dari X", "Turut memberikan sambutan, X": the speaker named next
_REMARKS_BY = re.compile(r"\b(?:sambutan|remarks|keynote|paparan)\s+(?:dari|oleh|by|from)\s+"
                         r"|^\W*(?:turut\s+)?(?:memberikan|menyampaikan)\s+(?:kata\s+)?sambutan\s*,\s*", re.I)
# "Ketua panitia, X, menyebut …": who chaired the event's committee was there
_CHAIR = re.compile(r"\b(?:ketua|wakil\s+ketua|sekretaris)\s+panitia(?:\s+pelaksana)?\b", re.I)
# "… ditandatangani oleh A dan B dalam/di sela <Event>", "signed by A and B during the <Event>": the signers were there
_NOT_HELD = re.compile(r"\b(?:batal|dibatalkan|direncanakan|rencananya|akan|ditunda|berhalangan|planned|will|cancel\w*|"
                       r"postponed|called\s+off)\b", re.I)
_DURING = re.compile(r"\b(?:during|at|dalam|pada|di\s+sela(?:-sela)?|saat)\s+(?:the\s+|acara\s+|ajang\s+)?$", re.I)
# "The panel was moderated by X", "Diskusi dipandu oleh X", "The opening of the Y was performed by X": who led a part of it
_LED_BY = re.compile(r"\b(?:(?:dipandu|dimoderatori)(?:\s+(?:langsung\s+)?oleh)?|(?:moderated|(?P<open>opening)\b[^.;:]{0,80}?\s+was\s+"
                     r"(?:performed|conducted|officiated|done))\s+by)\s+", re.I)  # "Sesi yang dipandu Sekjen X, Y" (no "oleh")
# "Peluncuran dilakukan oleh Dirjen X, Y, dalam Forum Z", "The plant was inaugurated by A at the B Summit": the agent was there
_AGENT_BY = re.compile(r"\b(?:dilakukan|diresmikan|diserahkan|diluncurkan|dipimpin|dibacakan|dipresentasikan|performed|launched|"
                       r"inaugurated|handed\s+over|unveiled)\s+(?:langsung\s+|secara\s+(?:simbolis|resmi)\s+)?(?:oleh|by)\s+", re.I)
_AGENT_AT = re.compile(rf"(?:[\s,]|{cues.DEGREE})*(?:,\s*[^,;:.\u2588]{{1,80}}?,\s*)?(?:dalam|pada|di\s+sela(?:-sela)?|saat|at|during)\s+"
                       r"(?:the\s+|acara\s+|ajang\s+|gelaran\s+|kegiatan\s+)?")
_SESSION = re.compile(r"^\W*(?:the\s+)?(?:sesi|diskusi|panel|session|discussion|talk\s*show|dialog)\b", re.I)
_SESSION_BEFORE = re.compile(r"\b(?:sesi|diskusi|panel|session|discussion|talk\s*show|dialog)\b[^.;:\u2588]{0,30}$", re.I)
_ESCORTED = re.compile(r"^\W*(?:ia|dia|beliau|he|she)\s+(?:juga\s+|turut\s+|was\s+|were\s+)?(?:didampingi|accompanied\s+by)\b", re.I)
_WATCHED = CueGroup(FROM_BODIES, _SIDELINES_END, _ESCORTED, _LED_BY, _IN_THAT, _STAND_IN, _THEY_CAME, AS_ROLE, FEATURED, _CHAIR, _REMARKS_BY, cues.SIGN)
watch(_AGENT_BY, _SPEAKERS_NAMED, _PRESENTED_BY, _PRESENTS, *_WATCHED.patterns)
# their searches tried only where a leading word starts (long IGNORECASE alternations, searched whole otherwise)
_not_held, _not_held_before, _talks = literal_search(_NOT_HELD), prefix_search(_NOT_HELD), literal_search(_TALKS)


def find(ctx: Context) -> None:
    roster = event_rosters.Roster()
    talks: tuple[int, object] | None = None  # (last sentence that may name a presenter, the event)
    for v in ctx.views:
        if roster.read(ctx, v):
            continue
        if v.may(_SPEAKERS_NAMED) and _SPEAKERS_NAMED.search(v.masked):
            named = [m for m in v.mentions if m.type == "Event"]
            if (ev := named[0].ent if named else last_event(ctx, v.index)) is not None:
                talks = (v.index + 3, ev)
            continue
        if talks is not None and v.index <= talks[0] and v.mentions:
            _presenters(ctx, v, talks[1])
        if v.mentions:  # read apart from the group below: their cue words also open common verbs ("dilakukan")
            if exhibitors.WATCHED.may(v):
                exhibitors.find(ctx, v)
            if v.may(arrivals.ARRIVED):
                arrivals.find(ctx, v)
            if delegations.WATCHED.may(v):
                delegations.find(ctx, v)
            talk_givers.find(ctx, v)
            if (" oleh " in v.masked or " by " in v.masked) and v.may(_AGENT_BY) and any(m.type == "Event" for m in v.mentions):
                _agent_at(ctx, v)  # the act's agent, then the event it was done at: both in the sentence
        if not _WATCHED.may(v) and not (v.mentions and v.mentions[0].type == "Event"):
            continue  # none of these cues can match here: one test instead of one per rule
        if v.mentions:
            _in_that_event(ctx, v)
            _stand_in(ctx, v)
            in_role(ctx, v)
            from_bodies(ctx, v)
            _chair(ctx, v)
            _signed_at(ctx, v)
            _led_by(ctx, v)
        _they_came(ctx, v)


def _presenters(ctx: Context, v: View, ev) -> None:
    """After "… menghadirkan tiga narasumber": who delivered a talk ("disampaikan oleh A", "B memaparkan …") was there."""
    people = [m for m in v.mentions if m.type == "Person"]
    if not people or _not_held(v.masked):
        return
    for by in _PRESENTED_BY.finditer(v.masked) if v.may(_PRESENTED_BY) else ():
        nxt = next((m for m in people if m.start >= by.end()), None)
        if nxt is not None and (TITLE_GAP.fullmatch(v.masked, by.end(), nxt.start) or TITLE_FIRST.fullmatch(v.masked, by.end(), nxt.start)):
            ctx.emit("ATTENDED", nxt.ent, ev, v, 0.7, role="narasumber")
    for verb in _PRESENTS.finditer(v.masked) if v.may(_PRESENTS) else ():
        prev = next((m for m in reversed(people) if m.end <= verb.start()), None)
        if prev is not None and _SUBJECT_GAP.fullmatch(v.masked, prev.end, verb.start()):
            ctx.emit("ATTENDED", prev.ent, ev, v, 0.7, role="narasumber")


_SUBJECT_GAP = re.compile(rf"(?:[\s,]|{cues.DEGREE})*(?:juga\s+|turut\s+|also\s+)?")


def _signed_at(ctx: Context, v: View) -> None:
    """The people who signed a deal at a named event attended it."""
    sign = next(v.cues(cues.SIGN), None)  # (its first match: the search)
    if sign is None or cues.negated(v.masked, sign.start()) or _not_held(v.masked):
        return
    for ev in (m for m in v.mentions if m.type == "Event" and m.start > sign.start()):
        if _DURING.search(v.masked[max(0, ev.start - 30) : ev.start]):
            for p in [m for m in v.mentions if m.type == "Person" and m.role is None][:4]:
                ctx.emit("ATTENDED", p.ent, ev.ent, v, 0.7)
            return


def _in_that_event(ctx: Context, v: View) -> None:
    first = v.mentions[0]
    if first.type == "Event" and _SIDELINES_OF.match(v.masked[: first.start]):
        for m in [m for m in v.mentions if m.type == "Person"][:4]:  # "Di sela-sela Pameran X, A dan B menandatangani …"
            ctx.emit("ATTENDED", m.ent, first.ent, v, 0.7)
        return
    for ev in (m for m in v.mentions if m.type == "Event" and m.start > 0) if v.may(_SIDELINES_END) else ():
        if _SIDELINES_END.search(v.masked[max(0, ev.start - 40) : ev.start]) and not _not_held_before(v.masked, ev.start) \
                and not cues.negated(v.masked, ev.start):
            for m in [m for m in v.before(ev.start, ("Person",))][:4]:  # "X, CEO of Y, announced it on the sidelines of Z"
                ctx.emit("ATTENDED", m.ent, ev.ent, v, 0.7)
            break
    if any(m.type == "Event" for m in v.mentions):
        return  # (tested before the search)
    ref = next(v.cues(_IN_THAT), None)
    if ref is None:
        return
    people = {m.ent.id: m for m in v.mentions if m.type == "Person"}
    ev = last_event(ctx, v.index)
    if (ref.group("side") or ref.group("sela")) and ev is not None and people and not cues.negated(v.masked, ref.start()):
        for m in list(people.values())[:4]:  # "On the sidelines of the forum, A met with B": both were there
            ctx.emit("ATTENDED", m.ent, ev, v, 0.7)
        return
    met = _MET.search(v.masked, ref.end()) if ev is not None and people and not v.masked[: ref.start()].strip(" \"*") else None
    if met is not None and not cues.negated(v.masked, met.start()):
        for m in list(people.values())[:4]:  # "Dalam forum itu, A bertemu dengan B": the forum is where they met
            ctx.emit("ATTENDED", m.ent, ev, v, 0.7)
        return
    talk = _talks(v.masked)
    if len(people) != 1 or talk is None or cues.negated(v.masked, talk.start()):
        return
    if ev is not None:
        ctx.emit("ATTENDED", next(iter(people.values())).ent, ev, v, 0.7, role="pembicara")


def _stand_in(ctx: Context, v: View) -> None:
    for m in v.mentions if v.may(_STAND_IN) else ():
        if m.type == "Person" and _STAND_IN.search(v.masked[: m.start]):
            named = [e for e in v.mentions if e.type == "Event"]
            ev = named[0].ent if named else last_event(ctx, v.index)
            if ev is not None:
                ctx.emit("ATTENDED", m.ent, ev, v, 0.7)
            return


def _they_came(ctx: Context, v: View) -> None:
    cue = _THEY_CAME.match(v.masked) if v.index and v.may(_THEY_CAME) else None
    if cue is None:
        _escorted(ctx, v)
        return
    people = list({m.ent.id: m.ent for m in ctx.views[v.index - 1].mentions if m.type == "Person"}.values())
    if not cue.group("all"):
        people = people[-1:]
    named = [m for m in v.mentions if m.type == "Event"]
    ev = named[0].ent if named else last_event(ctx, v.index)
    for p in people[:4] if ev is not None else ():
        ctx.emit("ATTENDED", p, ev, v, 0.7)


def _led_by(ctx: Context, v: View) -> None:
    """The moderator or the opener named after the cue (and whoever is coordinated or "accompanied by") attended."""
    for c in v.cues(_LED_BY):
        if cues.negated(v.masked, c.start()) or _NOT_HELD.search(v.masked[: c.start()]):
            continue
        inside = [m for m in v.mentions if m.type == "Event" and c.start() <= m.start < c.end()]
        named = inside or [m for m in v.before(c.start(), ("Event",))]
        ev = named[0].ent if named else last_event(ctx, v.index) if (  # "Seminar ditutup dengan sesi diskusi yang dipandu X"
            _SESSION.match(v.masked) or c.group("open") or _SESSION_BEFORE.search(v.masked, max(0, c.start() - 50), c.start())) else None
        people = v.in_clause(c.end(), ("Person",))[:3]
        if not people:  # "dipandu oleh Sekretaris Jenderal PP IAI, apt. X": the title, then the person
            nxt = v.after(c.end(), ("Person",))[:1]
            people = [m for m in nxt if TITLE_FIRST.fullmatch(v.masked, c.end(), m.start)]
        for m in people if ev is not None else ():
            ctx.emit("ATTENDED", m.ent, ev, v, 0.7, role="pembuka" if c.group("open") else "moderator")


def _agent_at(ctx: Context, v: View) -> None:
    """Who performed the act ("dilakukan oleh …") at the event named right after them attended it."""
    for c in v.cues(_AGENT_BY):
        ev = next(iter(v.after(c.end(), ("Event",))), None)
        people = [m for m in v.after(c.end(), ("Person",)) if ev is not None and m.end < ev.start][:3]
        if not people or _NOT_HELD.search(v.masked[: c.start()]) or cues.negated(v.masked, c.start()):
            continue
        at = _AGENT_AT.match(v.masked, people[-1].end)
        if at is not None and at.end() == ev.start and TITLE_GAP.fullmatch(v.masked[c.end() : people[0].start]):  # type: ignore[union-attr]
            for m in people:
                ctx.emit("ATTENDED", m.ent, ev.ent, v, 0.7)  # type: ignore[union-attr]


def _escorted(ctx: Context, v: View) -> None:
    """"Pembukaan dilakukan oleh X. Ia didampingi A dan B.": who escorted the opener was at the event too."""
    cue = _ESCORTED.match(v.masked) if v.index and v.may(_ESCORTED) else None
    prev = " ".join(ctx.views[v.index - 1].text.split()) if cue else ""
    came = next((r for r in reversed(ctx.typed("ATTENDED")) if r.evidence == prev and r.properties.get("role") == "pembuka"), None)
    if came is not None:
        for m in [m for m in v.after(cue.end(), ("Person",))][:4]:  # type: ignore[union-attr]
            ctx.emit("ATTENDED", m.ent, ctx.by_id[came.tail], v, 0.7)


def _chair(ctx: Context, v: View) -> None:
    for c in [*v.cues(_CHAIR), *v.cues(_REMARKS_BY)]:
        named = [m for m in v.mentions if m.type == "Event"]
        ev = named[0].ent if named else last_event(ctx, v.index)
        who = next(iter(v.after(c.end(), ("Person",))), None)
        if ev is not None and who is not None and who.start - c.end() <= 150 and TITLE_GAP.fullmatch(v.masked[c.end() : who.start]):
            ctx.emit("ATTENDED", who.ent, ev, v, 0.7)
