"""ATTENDED from roll calls, for ``events``: a sentence that says who was there, or who spoke.

"Hadir sebagai narasumber, Direktur A, X; …", "Turut hadir Ketua B, Y", "Also present were …", "Seminar X
menghadirkan pembicara A dan B", "Sejumlah narasumber hadir. Mereka antara lain …", "Delegasi antara lain datang dari
A, B, dan C". Split out of ``events`` because these rules read a whole sentence from its opening cue (not a mention
pair) and share their own cue patterns; ``events`` runs :func:`roll_call` and :func:`delegates_from` first on each
sentence (its ``_OPENING`` table).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, CueGroup, View, watch
from graphbuild.extract.relations.venues import last_event

ATTEND_LIST = ("Organization", "Location")  # "perwakilan MFDS Korea Selatan dan Thai FDA": a body, its country, a body


# "Hadir sebagai narasumber, Direktur A, X; …", "Turut hadir Ketua B, Y", "Tampak hadir pula …"
_PRESENT = re.compile(r"^\W*(?:(?:turut|tampak|juga|pun)\s+)?hadir\b(?:\s+(?:pula|juga|pun))?"
                      r"(?P<speaker>\s+sebagai\s+(?:narasumber|pembicara|panelis|pemateri|keynote\s+speaker))?", re.I)
_ROLL_CALL = re.compile(r"^\W*(?:(?:also\s+)?(?:present|attending)\s+were|speakers\s+included|"
                        r"(?P<speaker>(?:para\s+)?(?:narasumber|pembicara|panelis)(?:\s+(?:utama|kunci|tamu|lain(?:nya)?))?\s+(?:dalam|pada|dari)\s+"
                        # "Narasumber sesi itu antara lain …", "Pembicara diskusi tersebut yakni …"
                        r"|(?:para\s+)?(?:narasumber|pembicara|panelis)(?:\s+(?:sesi|diskusi|panel|seminar|acara|forum))?"
                        r"(?:\s+(?:itu|tersebut|ini|pertama|kedua|ketiga|berikutnya))?\s+(?:antara\s+lain|di\s+antaranya|yakni|yaitu|meliputi)\b"
                        r"|(?:sejumlah|beberapa|para)\s+(?:narasumber|pembicara|panelis)\s+(?:dari\s+[^,.;\u2588]{0,30}?\s+)?(?:yang\s+)?"
                        r"(?:turut\s+)?(?:hadir|tampil|berbicara)\b))",
                        re.I)
watch(_PRESENT, _ROLL_CALL)


_THEY_ARE = re.compile(r"^\W*(?:mereka\s+)?(?:antara\s+lain|di\s+antaranya|yaitu|yakni|they\s+included|among\s+them)\b"
                       r"(?P<speaker>)", re.I)


# "Sesi diskusi panel juga menghadirkan Ketua Umum X, Y": the session featured the person named next
_FEATURES = re.compile(r"(?:\b(?:sesi|diskusi|acara|forum|seminar|simposium|panel|webinar)\b[^\u2588.;:]{0,30}?|\u2588\s+(?:\d{4}\s+)?)"
                       r"\b(?P<speaker>menghadirkan|mempertemukan)\b", re.I)  # "Seminar X 2026 menghadirkan pembicara A dan B"
# "menghadirkan tiga narasumber, yakni …", "featured four speakers, namely …": a roster follows
_SPEAKERS_LISTED = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:narasumber|pembicara|pemateri|panelis|speakers|panelists)\s*,?\s*"
                              r"(?:yakni|yaitu|antara\s+lain|di\s+antaranya|meliputi|including|namely|:)", re.I)
_ROSTER = re.compile(r"\b(?:sesi|diskusi|acara|forum|seminar|simposium|panel|webinar|kegiatan|konferensi|kongres|lokakarya|workshop|"
                     r"pelatihan|bimtek|bimbingan\s+teknis|sosialisasi|temu\s+(?:bisnis|usaha)|talk\s*show|dialog|rapat|pertemuan|"
                     r"conference|summit|event|symposium)\b[^\u2588.;:]{0,30}?\b(?P<speaker>menghadirkan|mengundang|featured|invited)"
                     r"(?=" + _SPEAKERS_LISTED.pattern + ")", re.I)
watch(_FEATURES, _ROSTER)


def _featured(v: View) -> re.Match[str] | None:
    cue = _FEATURES.search(v.masked) if v.may(_FEATURES) else None
    first = v.after(cue.end())[:3] if cue else []  # ("narasumber, antara lain Deputi Bidang … BPOM, X": a unit and its body first)
    if cue and (any(m.type == "Person" for m in first[:2]) or [m.type for m in first] == ["Organization", "Organization", "Person"]):
        return cue
    cue = _ROSTER.search(v.masked) if v.may(_ROSTER) else None  # "Bimtek menghadirkan tiga narasumber, yakni Ketua A Jawa Timur, X"
    return cue if cue and any(m.type == "Person" for m in v.after(cue.end())[:5]) else None


# the sentence after a speakers' roll call that opens with one more titled speaker presenting
_NEXT_SPEAKER = re.compile(r"^\W*(?:[A-Z][\w-]*\s+){1,4}[^.;:]{0,60}?,\s*\u2588+\s*,\s*(?P<speaker>memaparkan|menyampaikan|"
                           r"membahas|menjelaskan|presented|discussed)\b")
watch(_THEY_ARE, _NEXT_SPEAKER)
ROLL_CUES = CueGroup(_PRESENT, _ROLL_CALL, _FEATURES, _ROSTER, _THEY_ARE, _NEXT_SPEAKER)  # ``roll_call`` needs one of them


def roll_call(ctx: Context, v: View) -> None:
    """A sentence that opens by saying who was there lists attendees: each person named in it came.

    The event is the one the sentence names, else the one named last; organisations in the list
    are the people's affiliations, so only persons count.
    """
    if not ROLL_CUES.may(v):
        return
    # guarded: on a sentence opening with a masked name, ``^\W*`` backtracks over every mask character
    cue = ((v.may(_PRESENT) and _PRESENT.match(v.masked)) or (v.may(_ROLL_CALL) and _ROLL_CALL.match(v.masked))
           or _featured(v))
    if not cue and v.index and ((v.may(_THEY_ARE) and _THEY_ARE.match(v.masked))
                                or (v.may(_NEXT_SPEAKER) and _NEXT_SPEAKER.match(v.masked))):
        # "Sejumlah narasumber hadir. Mereka antara lain …" / "… . Perwakilan WHO, X, menyampaikan …"
        prev = ctx.views[v.index - 1]
        cue = ((_THEY_ARE.match(v.masked) or _NEXT_SPEAKER.match(v.masked))
               if prev.may(_ROLL_CALL) and _ROLL_CALL.match(prev.masked) else None)
    if not cue:
        return
    named = [m for m in v.mentions if m.type == "Event"]
    ev = named[0].ent if named else last_event(ctx, v.index)
    if ev is None:
        return
    role = "narasumber" if cue.group("speaker") else None
    people = v.before(cue.start("speaker"), ("Person",))[:1] if cue.re is _NEXT_SPEAKER else v.after(cue.end(), ("Person",))
    for m in people:
        ctx.emit("ATTENDED", m.ent, ev, v, 0.7, role=role)


# "Delegasi antara lain datang dari A, B (C) Singapura, dan D": the bodies the delegates came from, at the event
DELEGATES_FROM = re.compile(r"^\W*(?:(?:para|sejumlah)\s+)?(?:delegasi|peserta|delegates|participants)\b[^\u2588.;:]{0,30}?"
                            r"\b(?:datang|berasal|hadir|came|were)\s+(?:dari|from)\s+(?:the\s+)?$", re.I)
watch(DELEGATES_FROM)


def delegates_from(ctx: Context, v: View) -> None:
    first = next(iter(v.mentions), None)
    if first is None or first.type != "Organization" or not DELEGATES_FROM.match(v.masked[: first.start]):
        return
    named = [m for m in v.mentions if m.type == "Event"]
    ev = named[0].ent if named else last_event(ctx, v.index)
    for m in v.chain(first, ATTEND_LIST) if ev is not None else ():
        if m.type == "Organization":
            ctx.emit("ATTENDED", m.ent, ev, v, 0.7)
