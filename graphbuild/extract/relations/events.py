"""ORGANIZED, ATTENDED, HELD_IN.

"A menyelenggarakan Rapat … di Surabaya"; "Diprakarsai oleh kerjasama A, B dan
C" (the event named just before); "kata Sekjen Kunta pada Forum …, Kamis (6/10)
di Osaka"; "Acara ini dihadiri oleh …"; "narasumber dari Kementerian Kesehatan".
"Acara ini" / "pertemuan tersebut" is the event named last. Lists after an
anaphoric event only yield people: organisations named there are usually
affiliations, not attendees.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.types import Entity

ATTENDEES = ("Person", "Organization")
_NEAR_EVENT = re.compile(r"^[^\u2588;:.!?]{0,40}$")
_HELD = re.compile(r"^[^\u2588;:!?]{0,60}?\b(?:di|in|at)\s+(?:(?:kota|kabupaten|provinsi)\s+)?$", re.I)
_HELD_ANAPHOR = re.compile(
    r"\b(?:berlangsung|digelar|diselenggarakan|dilaksanakan|diadakan|bertempat|held|took\s+place)\s+(?:\w+\s+)?"
    r"(?:di|in|at)\s+$",
    re.I,
)
_BY_HOST = re.compile(r"^[^\u2588;:.]{0,40}?\b(?:digelar|diselenggarakan|diadakan|dilaksanakan|organi[sz]ed|hosted)"
                      r"\s+(?:oleh|by)\s+(?:the\s+)?$", re.I)
_AT_PLACE = re.compile(r"^\s+(?:di|in|at)\s+(?:(?:kota|kabupaten|provinsi)\s+)?$", re.I)
_SUCH_AS = re.compile(r"\s*,?\s*(?:serta|dan|and|as\s+well\s+as)\s+[^;:.]{0,50}?\b(?:seperti|yaitu|yakni|antara\s+lain|"
                      r"termasuk|including|such\s+as|namely)\s+", re.I)
_MEMBERS_OF = re.compile(r"\b(?:anggota|members?)\s+(?:dari\s+|of\s+(?:the\s+)?)?$", re.I)
_AS_SPEAKER = re.compile(r"^[\s,]*(?:\w+\s+){0,2}?(?:menjadi|sebagai|bertindak\s+sebagai|hadir\s+sebagai|tampil\s+sebagai|"
                         r"as|was|is)\s+(?:salah\s+satu\s+|one\s+of\s+the\s+|a\s+|an\s+|the\s+)?$", re.I)
_AT_EVENT = re.compile(
    r"^\s*,?\s*(?:[\w-]+\s+){0,3}?(?:pada|dalam|di\s+sela(?:-sela)?|saat|ketika|at|during)\s+"
    r"(?:(?:acara|kegiatan|pembukaan|sesi)\s+)?$",
    re.I,
)

watch(_HELD_ANAPHOR, _MEMBERS_OF)


# "Hadir sebagai narasumber, Direktur A, X; …", "Turut hadir Ketua B, Y", "Tampak hadir pula …"
_PRESENT = re.compile(r"^\W*(?:(?:turut|tampak|juga|pun)\s+)?hadir\b(?:\s+(?:pula|juga|pun))?"
                      r"(?P<speaker>\s+sebagai\s+(?:narasumber|pembicara|panelis|pemateri|keynote\s+speaker))?", re.I)
_ROLL_CALL = re.compile(r"^\W*(?:(?:also\s+)?(?:present|attending)\s+were|speakers\s+included|"
                        r"(?P<speaker>(?:para\s+)?(?:narasumber|pembicara|panelis)\s+(?:dalam|pada)\s+"
                        r"|(?:sejumlah|beberapa|para)\s+(?:narasumber|pembicara|panelis)\s+(?:yang\s+)?(?:turut\s+)?hadir\b))",
                        re.I)
# "kata Taruna dalam sambutannya", "Masaki Yasushi, turut memberikan sambutan pembuka": a welcome speech
_REMARKS = re.compile(r"\b(?:dalam|saat|ketika|memberikan|menyampaikan|membacakan)\s+(?:sambutan|kata\s+sambutan)\w*"
                      r"|\b(?:delivered|gave)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:opening|welcoming|welcome)\s+(?:remarks|speech)",
                      re.I)
watch(_REMARKS, _PRESENT, _ROLL_CALL)


def find(ctx: Context) -> None:
    for v in ctx.busy:
        _roll_call(ctx, v)
        for c in v.cues(cues.ORGANIZE):
            _organize_active(ctx, v, c.start(), c.end())
        for c in v.cues(cues.ORGANIZED_BY):
            ev, _ = _event_for(ctx, v, c.start())
            hosts = [m for m in v.in_clause(c.end(), ("Organization",)) if m.start not in v.role_orgs]
            if ev is not None and hosts:
                for m in _host_list(v, hosts[0]):  # "oleh A, B dan C" — not orgs named later on
                    if m.start not in v.role_orgs:
                        ctx.emit("ORGANIZED", m.ent, ev, v, 0.8)
        named = any(m.type == "Event" for m in v.mentions)  # the mention-pair rules need an event named
        _held_in(ctx, v, named)
        _attended(ctx, v, named)
        _remarks(ctx, v)


def _event_for(ctx: Context, v: View, pos: int) -> tuple[Entity | None, bool]:
    """The event a cue at ``pos`` talks about, and whether it was named only by anaphora."""
    named = v.before(pos, ("Event",))
    if named:
        return named[0].ent, False
    if (v.may(cues.EVENT_ANAPHOR) and cues.EVENT_ANAPHOR.search(v.masked[:pos])) or not v.masked[:pos].strip():
        return _last_event(ctx, v.index), True
    return None, True


def _last_event(ctx: Context, index: int) -> Entity | None:
    """The event named last; past the usual window, the document's only named event (a report on
    one symposium keeps calling it "Simposium" paragraphs after naming it)."""
    ev = ctx.last_event(index)
    if ev is None:
        named = {m.ent.id: m.ent for w in ctx.views[:index] for m in w.mentions if m.type == "Event"}
        ev = next(iter(named.values())) if len(named) == 1 else None
    return ev


def _organize_active(ctx: Context, v: View, start: int, end: int) -> None:
    ev = next((m for m in v.after(end, ("Event",)) if _NEAR_EVENT.match(v.masked[end : m.start])), None)
    if ev is None:
        return
    subj = next((m for m in v.before(start, ("Organization",)) if m.start not in v.role_orgs), None)
    if subj is not None and start - subj.end <= 60 and v.clause_end(subj.end) >= start:
        hosts = [subj]
        prev = v.prev_mention(subj)
        while prev is not None and prev.type == "Organization" and cues.LIST_SEP.match(v.gap(prev.end, hosts[-1].start)):
            hosts.append(prev)  # "GPFI dan IPMG menggelar …"
            prev = v.prev_mention(prev)
        for h in hosts:
            if h.start not in v.role_orgs:
                ctx.emit("ORGANIZED", h.ent, ev.ent, v, 0.85)


def _held_in(ctx: Context, v: View, named: bool) -> None:
    for m in v.mentions if named else ():
        if m.type != "Event":
            continue
        end = m.end
        nxt = v.next_mention(m)
        while nxt is not None and nxt.type != "Location" and re.fullmatch(r"[\s-]?", v.gap(end, nxt.start)):
            end, nxt = nxt.end, v.next_mention(nxt)  # a name split in two by the entity stage
        if nxt is not None and nxt.type == "Location" and _HELD.match(v.masked[end : nxt.start]):
            ctx.emit("HELD_IN", m.ent, nxt.ent, v, 0.8)
            _venue_city(ctx, v, m.ent, nxt)
        # "Temu Bisnis X yang digelar oleh Dinas Y di Kota Bandung"
        if nxt is not None and nxt.type == "Organization" and _BY_HOST.match(v.masked[end : nxt.start]):
            place = v.next_mention(nxt)
            if place is not None and place.type == "Location" and _AT_PLACE.match(v.gap(nxt.end, place.start)):
                ctx.emit("HELD_IN", m.ent, place.ent, v, 0.75)
    for loc in v.mentions if v.may(_HELD_ANAPHOR) else ():
        if loc.type != "Location":
            continue
        if _HELD_ANAPHOR.search(v.masked[: loc.start]) and not v.before(loc.start, ("Event",)):
            ev, _ = _event_for(ctx, v, loc.start)
            if ev is not None:
                ctx.emit("HELD_IN", ev, loc.ent, v, 0.7)


def _venue_city(ctx: Context, v: View, ev: Entity, venue: M) -> None:
    """"di Jakarta Convention Center, Jakarta": the event is in the venue's city too (not in a list of places)."""
    city = v.next_mention(venue)
    if (city is None or city.type != "Location" or ctx.is_country(city.ent)
            or not re.fullmatch(r"\s*,\s*", v.gap(venue.end, city.start))):
        return
    more = v.next_mention(city)
    if more is not None and more.type == "Location" and re.fullmatch(r"\s*(?:,|dan|serta|and)\s*", v.gap(city.end, more.start)):
        return
    ctx.emit("HELD_IN", ev, city.ent, v, 0.7)


def _attended(ctx: Context, v: View, named: bool) -> None:
    for m in v.mentions if named else ():
        if m.type not in ATTENDEES or (m.type == "Organization" and m.start in v.role_orgs):
            continue
        nxt = v.next_mention(m)
        if nxt is None or nxt.type != "Event":
            continue
        gap = v.masked[m.end : nxt.start]
        # "kata Sekjen Kunta pada Forum X"
        if m.type == "Person" and _AT_EVENT.match(gap) and v.may(cues.SPEECH) and (
                cues.SPEECH.search(v.masked[max(0, m.start - 40) : m.start]) or cues.SPEECH.search(gap)):
            ctx.emit("ATTENDED", m.ent, nxt.ent, v, 0.8, role="pembicara")
            continue
        # "X hadir dalam / menghadiri / membuka Forum Y"
        att = cues.ATTEND.search(gap) if v.may(cues.ATTEND) else None
        if att and len(gap) <= 60 and "\u2588" not in gap:
            role = "pembuka" if re.match(r"membuka|opened", att.group(), re.I) else None
            ctx.emit("ATTENDED", m.ent, nxt.ent, v, 0.75, role=role)
    for pattern, role in ((cues.ATTENDED_BY, None), (cues.OPENED_BY, "pembuka")):
        for c in v.cues(pattern):
            ev, anaphoric = _event_for(ctx, v, c.start())
            if ev is None:
                continue
            kinds = ("Person",) if anaphoric else ATTENDEES
            for m in v.in_clause(c.end(), kinds):
                if v.may(_MEMBERS_OF) and _MEMBERS_OF.search(v.masked[: m.start]):
                    continue  # "perwakilan negara anggota ASEAN": the members came, not ASEAN
                if m.type == "Person" or m.start not in v.role_orgs:
                    ctx.emit("ATTENDED", m.ent, ev, v, 0.75, role=role)
    for c in v.cues(cues.SPEAKER):
        _speaker_before(ctx, v, c.start())
        after = v.after(c.end(), ATTENDEES)
        if not after or not re.fullmatch(r"\s*(?:(?:dari|from)\s+)?", v.masked[c.end() : after[0].start], re.I):
            continue
        named = [e for e in v.mentions if e.type == "Event"]
        ev = named[0].ent if named else (ctx.last_event(v.index) if v.may(cues.EVENT_ANAPHOR) and cues.EVENT_ANAPHOR.search(v.masked)
                                        else None)
        if ev is not None:
            ctx.emit("ATTENDED", after[0].ent, ev, v, 0.7, role="narasumber")



def _roll_call(ctx: Context, v: View) -> None:
    """A sentence that opens by saying who was there lists attendees: each person named in it came.

    The event is the one the sentence names, else the one named last; organisations in the list
    are the people's affiliations, so only persons count.
    """
    cue = _PRESENT.match(v.masked) if v.may(_PRESENT) else None
    if cue is None and v.may(_ROLL_CALL):
        cue = _ROLL_CALL.match(v.masked)
    if cue is None:
        return
    named = [m for m in v.mentions if m.type == "Event"]
    ev = named[0].ent if named else _last_event(ctx, v.index)
    if ev is None:
        return
    role = "narasumber" if cue.group("speaker") else None
    for m in v.after(cue.end(), ("Person",)):
        ctx.emit("ATTENDED", m.ent, ev, v, 0.7, role=role)


def _remarks(ctx: Context, v: View) -> None:
    """Whoever gives a welcome speech was at the event: the one named in the sentence, else the one
    named last. The speaker is the person named just before the cue ("kata X dalam sambutannya")."""
    for c in v.cues(_REMARKS):
        people = v.before(c.start(), ("Person",))
        if not people or c.start() - people[0].end > 40 or "\u2588" in v.masked[people[0].end : c.start()]:
            continue
        named = [m for m in v.mentions if m.type == "Event"]
        ev = named[0].ent if named else _last_event(ctx, v.index)
        if ev is not None:
            ctx.emit("ATTENDED", people[0].ent, ev, v, 0.7, role="pembicara")


def _host_list(v: View, first: M) -> list[M]:
    """``first`` and its coordinated names, across "…, serta beberapa mitra Jepang seperti A, B dan C"."""
    out = v.chain(first, ("Organization",))
    while (nxt := v.next_mention(out[-1])) is not None and nxt.type == "Organization" and cues.WITH.match(
            v.masked[out[-1].end : nxt.start]):
        out += v.chain(nxt, ("Organization",))
    while True:
        more = _SUCH_AS.match(v.masked, out[-1].end)
        nxt = v.after(more.end(), ("Organization",)) if more else []
        if not nxt or nxt[0].start != more.end():  # type: ignore[union-attr]
            return out
        out += v.chain(nxt[0], ("Organization",))


def _speaker_before(ctx: Context, v: View, pos: int) -> None:
    """"Dalam kesempatan tersebut, Deputi …, Rita Endang, menjadi narasumber (dalam Forum X)"."""
    people = v.before(pos, ("Person",))
    if not people or not _AS_SPEAKER.match(v.masked[people[0].end : pos]):
        return
    named = [m for m in v.mentions if m.type == "Event"]
    ev = named[0].ent if named else (ctx.last_event(v.index) if v.may(cues.EVENT_ANAPHOR) and cues.EVENT_ANAPHOR.search(v.masked)
                                        else None)
    if ev is not None:
        ctx.emit("ATTENDED", people[0].ent, ev, v, 0.7, role="narasumber")


__all__ = ["find", "M"]
