"""ATTENDED for those an event report shows speaking at the event the sentence names (or the one told last).

"kata Taruna dalam sambutannya" (a welcome speech), "Deputi …, Rita Endang, menjadi narasumber",
"Dalam Simposium X, Dekan …, Prof. Y, memaparkan …", "Pada gelaran Pameran X, PT Y memamerkan …",
"Hal itu disampaikan Kepala BPOM X dalam Konferensi Pers Y" (a passive speech verb, its speaker, the event).
Split out of ``events`` to keep it short; ``events.find`` calls these per sentence.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, CueGroup, View, watch
from graphbuild.extract.relations.litsearch import literal_search
from graphbuild.extract.relations.venues import last_event

_AS_SPEAKER = re.compile(rf"^[\s,]*(?:(?:{cues.DEGREE}|\([A-Z]\))[\s,]*)*(?:(?:\w+\s+){{0,2}}?(?:menjadi|sebagai|bertindak\s+sebagai|hadir\s+sebagai|tampil\s+sebagai|"
                         r"as|was|is)(?:\s+among)?\s+)?(?:salah\s+satu\s+|one\s+of\s+the\s+|a\s+|an\s+|the\s+)?(?:keynote\s+|main\s+|guest\s+)?$", re.I)
# "kata Taruna dalam sambutannya", "Masaki Yasushi, turut memberikan sambutan pembuka": a welcome speech
_REMARKS = re.compile(r"\b(?:dalam|saat|ketika|memberikan|menyampaikan|membacakan)\s+(?:sambutan|kata\s+sambutan)\w*"
                      r"|\b(?:delivered|gave)\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:opening|welcoming|welcome)\s+(?:remarks|speech)",
                      re.I)
watch(_REMARKS)


def remarks(ctx: Context, v: View) -> None:
    """Whoever gives a welcome speech was at the event: the one named in the sentence, else the one
    named last. The speaker is the person named just before the cue ("kata X dalam sambutannya")."""
    for c in v.cues(_REMARKS):
        people = v.before(c.start(), ("Person",))
        if not people or c.start() - people[0].end > 40 or "\u2588" in v.masked[people[0].end : c.start()]:
            continue
        named = [m for m in v.mentions if m.type == "Event"]
        ev = named[0].ent if named else last_event(ctx, v.index)
        if ev is not None:
            ctx.emit("ATTENDED", people[0].ent, ev, v, 0.7, role="pembicara")


_PLANNED_ROLE = re.compile(r"\b(?:akan|dijadwalkan|direncanakan|batal|tidak|will|scheduled)\b", re.I)  # "yang akan menjadi pembicara"


def speaker_before(ctx: Context, v: View, pos: int) -> None:
    """"Dalam kesempatan tersebut, Deputi …, Rita Endang, menjadi narasumber (dalam Forum X)"."""
    people = v.before(pos, ("Person",))
    if not people or not _AS_SPEAKER.match(v.masked[people[0].end : pos]) or _PLANNED_ROLE.search(v.masked, people[0].end, pos):
        return
    named = [m for m in v.mentions if m.type == "Event"]
    ev = named[0].ent if named else last_event(ctx, v.index)  # "X, yang turut menjadi panelis": at the event told of
    m, last = people[0], True
    while ev is not None and m is not None and m.type == "Person":
        ctx.emit("ATTENDED", m.ent, ev, v, 0.7, role="narasumber")
        prev = v.prev_mention(m)  # "A, B dan C tampil sebagai pembicara": the whole list spoke (its last link a "dan")
        gap = v.gap(prev.end, m.start) if prev is not None else ""
        m = prev if prev is not None and _PEOPLE_SEP.match(gap) and (not last or _AND.search(gap)) else None
        last = False


_AND = re.compile(r"\b(?:dan|serta|and)\b")
# between two named people of a list: "A, Ph.D., dan dr. B"
_PEOPLE_SEP = re.compile(rf"^(?:[\s,/&]|\b(?:dan|serta|and)\b|{cues.DEGREE}|\b(?:dr|Dr|Prof|Ir|Drs|Dra|drg|apt|H|Hj)\.?)*$")


# "Dalam Simposium X, Dekan …, Prof. Y, memaparkan …": the event opens the sentence, its speaker follows
_AT_OPENING = re.compile(r"^\W*(?:(?:dalam|saat|ketika|in\s+(?:his|her))\s+(?:sambutan|paparan|pidato|presentasi|keynote\s+speech|"
                         r"keynote\s+address|speech|remarks)\w*\s+|(?:berbicara|ditemui|hadir|tampil|speaking)\s+)?"
                         r"(?:dalam|pada|di\s+sela(?:-sela)?|di|at|during|on\s+the\s+sidelines\s+of)\s+"
                         r"(?:the\s+|gelaran\s+|ajang\s+|perhelatan\s+)?$", re.I)  # "Dalam sambutannya pada X, …"
_PRESENTS = re.compile(rf"^(?:[\s,]|{cues.DEGREE})*(?:juga\s+|turut\s+)?(?:memaparkan|menyampaikan|menjelaskan|mengatakan|"
                       r"menegaskan|mengungkapkan|membahas|mempresentasikan|menekankan|menyoroti|mengajak|presented|said|explained|"
                       r"spoke|stressed|highlighted)\b", re.I)


_SHOWS = re.compile(r"^\s*(?:juga\s+|turut\s+)?(?:memamerkan|menampilkan|meluncurkan|memperkenalkan|exhibited|showcased|"
                    r"launched|unveiled|presented)\b", re.I)


def speaking_at(ctx: Context, v: View) -> None:
    ev = v.mentions[0] if v.mentions and v.mentions[0].type == "Event" else None
    if ev is None or not _AT_OPENING.match(v.masked[: ev.start]):
        return
    for m in v.after(ev.end, ("Person",))[:1]:
        if _PRESENTS.match(v.masked[m.end :]) and v.clause_end(ev.end) >= m.start:
            ctx.emit("ATTENDED", m.ent, ev.ent, v, 0.7, role="pembicara")
    for m in v.after(ev.end, ("Organization",))[:1]:  # "Pada gelaran Pameran X, PT Y memamerkan …": an exhibitor
        if _SHOWS.match(v.masked[m.end :]) and v.clause_end(ev.end) >= m.start and m.start not in v.role_orgs:
            ctx.emit("ATTENDED", m.ent, ev.ent, v, 0.7)


# "Angka itu disampaikan (oleh) Kepala BPOM X dalam Konferensi Pers Y": the speaker, then the event it was said at
_SAID_BY = re.compile(r"\b(?:disampaikan|diungkapkan|dikatakan|dijelaskan|dipaparkan|ditegaskan|disebutkan|diutarakan|dituturkan)"
                      r"(?:\s+langsung)?(?:\s+oleh)?\s+", re.I)
_SAID_AT = re.compile(rf"(?:[\s,]|{cues.DEGREE})*(?:,\s*[^,;:.\u2588]{{1,80}}?,\s*)?(?:dalam|pada|saat|ketika|di\s+sela(?:-sela)?)\s+"
                      r"(?:acara\s+|kegiatan\s+|ajang\s+|gelaran\s+)?", re.I)
_TALK_GIVEN = re.compile(r"^\W*(?:sementara\s+itu\s*,\s*|selanjutnya\s*,\s*)?(?:paparan|materi|sambutan|presentasi|perspektif|pandangan|"
                         r"pidato\s+kunci|keynote\s+speech)(?:\s+[a-z]+){0,2}\s+$", re.I)
watch(_SAID_BY)


def said_at(ctx: Context, v: View) -> None:
    """The speaker a passive speech verb names was at the event named right after them."""
    for c in v.cues(_SAID_BY):
        who = next((m for m in v.after(c.end(), ("Person",))), None)
        if who is None or who.start - c.end() > 120 or re.search(r"[;:]", v.masked[c.end() : who.start]):
            continue
        ev = next((m for m in v.after(who.end, ("Event",))), None)
        if ev is not None and _SAID_AT.fullmatch(v.masked, who.end, ev.start):
            ctx.emit("ATTENDED", who.ent, ev.ent, v, 0.7, role="pembicara")
        elif ev is None and _TALK_GIVEN.match(v.masked[: c.start()]) and (last := last_event(ctx, v.index)) is not None:
            ctx.emit("ATTENDED", who.ent, last, v, 0.7, role="pembicara")  # "Paparan teknis disampaikan oleh X": the talk told of


# "Kepala Dinas …, Dr. X, M.Pd., yang juga hadir, menyatakan …", "X, yang hadir dalam acara itu, …": a relative clause says they came
# ("X, yang menyerahkan sertifikat secara langsung, …": who handed over or received in person was there too)
_WHO_CAME = re.compile(rf"[\s,]*(?:(?:{cues.DEGREE}|\([A-Z]\))[\s,]*)*yang\s+(?:(?:juga|turut|pun|telah|ikut)\s+)*(?:hadir\b|"
                       r"(?:menyerahkan|menerima|membuka|meresmikan)\b[^,.;:\u2588]{0,40}?\b(?:secara\s+)?langsung\b)", re.I)
_CAME_WORD = re.compile(r"yang\s+(?:(?:juga|turut|pun|telah|ikut)\s+)*(?:hadir|menyerahkan|menerima|membuka|meresmikan)\b", re.I)
# "Bantuan diterima langsung oleh Wali Kota X": the one who received (or handed over) in person, at the event told of
_IN_PERSON_BY = re.compile(r"\b(?:diterima|diserahkan|dibuka|diresmikan)\s+(?:secara\s+)?langsung\s+oleh\s+", re.I)
_EARLIER = re.compile(r"\b(?:(?:pekan|minggu|bulan|tahun)\s+lalu|sebelumnya|last\s+(?:week|month|year))\b", re.I)  # another occasion
watch(_CAME_WORD, _IN_PERSON_BY)
_earlier = literal_search(_EARLIER)  # tried only where its leading words start
def came_clause(ctx: Context, v: View) -> None:
    """The person a "yang (juga) hadir" clause follows was at the event the clause names, else the one told last."""
    for c in v.cues(_IN_PERSON_BY):
        if _earlier(v.masked):
            break
        who = next(iter(v.after(c.end(), ("Person",))), None)
        if who is not None and not re.search(r"[,;:]", v.masked[c.end() : who.start]) and who.start - c.end() <= 100 and not any(
                m.type == "Event" for m in v.mentions) and (ev := last_event(ctx, v.index)) is not None:
            ctx.emit("ATTENDED", who.ent, ev, v, 0.7)
    if not v.may(_CAME_WORD) or _earlier(v.masked):
        return
    for p in (m for m in v.mentions if m.type == "Person"):
        came = _WHO_CAME.match(v.masked, p.end)
        if came is None:
            continue
        at = next((m for m in v.after(came.end(), ("Event",)) if re.fullmatch(r"\s+(?:dalam|pada|di|in|at)\s+(?:acara\s+)?",
                                                                              v.masked[came.end() : m.start], re.I)), None)
        prep = re.match(r"\s+(?:dalam|pada|di)\s+", v.masked[came.end() :])
        if at is None and prep is not None and not cues.EVENT_ANAPHOR.match(v.masked, came.end() + prep.end()):
            continue  # "yang turut hadir dalam rilis tersebut": not an event's kind
        ev = at.ent if at is not None else last_event(ctx, v.index)
        if ev is not None:
            ctx.emit("ATTENDED", p.ent, ev, v, 0.7)


_CUES = CueGroup(_REMARKS, _SAID_BY, _IN_PERSON_BY, _CAME_WORD)  # what ``per_sentence``'s rules read, in order
CUES = _CUES.patterns  # (``events`` gates on them where no event is named: ``speaking_at`` needs one)


def per_sentence(ctx: Context, v: View, named: bool) -> None:
    """``remarks``, ``speaking_at``, ``said_at`` and ``came_clause`` in that order, each only where it could
    find something (one prefilter test for their cues; ``speaking_at`` needs an event named first)."""
    ok = _CUES.may_each(v) if _CUES.may(v) else (False, False, False, False)
    if ok[0]:
        remarks(ctx, v)
    if named:
        speaking_at(ctx, v)
    if ok[1]:
        said_at(ctx, v)
    if ok[2] or ok[3]:
        came_clause(ctx, v)
