"""ORGANIZED and ATTENDED (HELD_IN and the event a sentence talks about: :mod:`.venues`).

"A menyelenggarakan Rapat … di Surabaya"; "Diprakarsai oleh kerjasama A, B dan
C" (the event named just before); "kata Sekjen Kunta pada Forum …, Kamis (6/10)
di Osaka"; "Acara ini dihadiri oleh …"; "narasumber dari Kementerian Kesehatan".
"Acara ini" / "pertemuan tersebut" is the event named last. Lists after an
anaphoric event only yield people: organisations named there are usually
affiliations, not attendees. Roll calls ("Turut hadir …", "Delegasi datang dari …"):
:mod:`.roll_calls`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import (
    attendee_lists,
    coevents,
    cues,
    event_speakers,
    organizer_lists,
    retitled,
    sidelines,
    speeches,
    titled_bodies,
    witnesses,
)
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.cuegroup import RuleTable
from graphbuild.extract.relations.granters import acting_through
from graphbuild.extract.relations.hosts import host_list
from graphbuild.extract.relations.roll_calls import ATTEND_LIST
from graphbuild.extract.relations.roll_calls import DELEGATES_FROM as _DELEGATES_FROM
from graphbuild.extract.relations.roll_calls import ROLL_CUES as _ROLL_CUES
from graphbuild.extract.relations.roll_calls import delegates_from as _delegates_from
from graphbuild.extract.relations.roll_calls import roll_call as _roll_call
from graphbuild.extract.relations.venues import HELD_ANAPHOR, event_for, held_in, last_event

ATTENDEES = ("Person", "Organization")
# "menggelar Rapat X", "menggelar kegiatan KIE bertajuk "X"": the event right after the verb, or after a long kind and its title word
_NEAR_EVENT = re.compile(r"^[^\u2588;:.!?]{0,40}$|^[^\u2588;:.!?]{0,90}\b(?:bertajuk|bertema|berjudul|bernama|titled|called|dubbed)\s*[\"\u201c]?\s*$")
_MEMBERS_OF = re.compile(r"\b(?:anggota|members?)\s+(?:dari\s+|of\s+(?:the\s+)?)?$", re.I)
_AT_EVENT = re.compile(
    r"^\s*,?\s*(?:[\w-]+\s+){0,3}?(?:pada|dalam|di\s+sela(?:-sela)?|saat|ketika|at|during|on\s+the\s+sidelines\s+of)\s+(?:the\s+)?"
    r"(?:(?:acara|kegiatan|pembukaan|sesi)\s+)?$",
    re.I,
)

# "… serta perwakilan Sekretariat ASEAN": a body that sent people to the event
_ENVOYS_OF = re.compile(r"\b(?:perwakilan|delegasi|utusan|representatives?\s+(?:of|from)|delegat(?:es|ion)\s+(?:of|from))"
                        r"\s+(?:dari\s+)?(?:the\s+)?$", re.I)
# "Taruna Ikrar saat membuka pertemuan": the event named before, by its kind
# ("Wakil Gubernur X, yang membuka temu ilmiah tersebut", "X, yang meresmikan paviliun pada hari pertama": the expo's)
_ATTEND_KIND = re.compile(rf"(?:\s*,\s*{cues.DEGREE})*\s*,?\s*(?:(?!(?:akan|batal|dijadwalkan|tidak|will)\b)[\w-]+\s+){{0,2}}?(?P<verb>membuka|meresmikan|menutup|menghadiri|hadir\s+(?:dalam|pada|di)|"
                          r"opened|attended)\s+(?:secara\s+resmi\s+)?(?:acara|kegiatan|pertemuan|rapat|forum|seminar|konferensi|simposium|"
                          r"pameran|ekspo|temu\s+(?:ilmiah|bisnis|usaha|industri)|lokakarya|workshop|webinar|munas|musyawarah|kongres|"
                          r"paviliun|the\s+(?:event|meeting|forum|conference|symposium|summit|expo|exhibition|pavilion))\b(?!\s+\u2588)", re.I)

# "A berkolaborasi dengan B menggelar …": both hold it
_JOINTLY = re.compile(r"^\s*,?\s*(?:berkolaborasi|bekerja\s*sama|bersinergi|bermitra)\s+dengan\s+$", re.I)
# "X, the chief executive of Y, said at …": the person's post set off by commas
_APPOSED = re.compile(r"\s*,[^,;:.\u201c\u201d\"]{1,100}?,(?=\s)")
# "X mengatakan perseroan akan mengikuti Expo Y": a plan, not a visit made
_PLANNED = re.compile(r"\b(?:akan|berencana|rencananya|hendak|ingin|dijadwalkan|will|plans?\s+to|hopes?\s+to|scheduled|"
                      r"perseroan|perusahaan|pihaknya|mereka|kami|the\s+company|they)\b", re.I)  # or another subject took part
_SCHEDULED = re.compile(r"\b(?:akan|berencana|rencananya|dijadwalkan|will\s+be|is\s+to\s+be|scheduled\s+to\s+be)\s+$", re.I)
watch(_MEMBERS_OF, _ENVOYS_OF, _ATTEND_KIND)


# "Rapat dipimpin Wakil Ketua Komisi IX, X", "Pertemuan dipimpin oleh Ketua PPWG, Y": who chaired the meeting was there
# (a delegation or a consortium "dipimpin" is read elsewhere: a leader, not a chair)
_CHAIRED_BY = re.compile(r"^\W*(?:(?:sementara\s+itu|adapun|selanjutnya)\s*,?\s*)?(?:rapat|pertemuan|sidang|musyawarah|the\s+meeting)\b"
                         r"[^.;:,]{0,40}?\b(?:dipimpin|was\s+chaired)\s+(?:langsung\s+)?(?:oleh|by)?", re.I)
watch(_CHAIRED_BY)
_MEETING = re.compile(r"\b(?:rapat|pertemuan|sidang|musyawarah|meeting)\b", re.I)
_ATTEND_CUES = CueGroup(_ATTEND_KIND, cues.ATTENDED_BY, cues.OPENED_BY, cues.SPEAKER, _CHAIRED_BY)
_UNNAMED_CUES = CueGroup(HELD_ANAPHOR, *_ATTEND_CUES.patterns, *speeches.CUES, event_speakers.SESSION_WORD)


def find(ctx: Context) -> None:
    for v in ctx.busy:
        _OPENING.run(ctx, v)  # roll calls, then who organised what: each only where its cues may match
        named = any(m.type == "Event" for m in v.mentions)  # the mention-pair rules need an event named
        if v.may(witnesses.WITNESSED):
            witnesses.find(ctx, v)  # "Acara tersebut disaksikan X": the witnesses were at the event told before
        if not named and not _UNNAMED_CUES.may(v):
            continue  # with no event named, the rules below read the sentence only through these cues
        joined = coevents.pairs(v) if named else []
        found = len(ctx.has("HELD_IN")) if joined else 0
        held_in(ctx, v, named)
        if named:
            sidelines.find(ctx, v)  # "menandatangani … di sela pameran E": E in the dateline city
        if joined:
            coevents.share_venue(ctx, v, joined, found)
        if named or _ATTEND_CUES.may(v):  # (with no event named, ``_attended`` reads only these cues)
            _attended(ctx, v, named)
        speeches.per_sentence(ctx, v, named)  # remarks, speaking_at, said_at, came_clause
        if named:
            retitled.find(ctx, v)  # "… menggelar pertemuan di X. Pertemuan bertajuk Y itu …"
        if v.may(event_speakers.SESSION_WORD):
            event_speakers.session(ctx, v)
    event_speakers.find(ctx)
    organizer_lists.find(ctx)  # "Kegiatan ini digelar atas kerja sama:" and one host a bullet
    attendee_lists.find(ctx)  # "… hadir dalam konferensi tersebut, termasuk perwakilan A, B, dan C"


def _organizers(ctx: Context, v: View) -> None:
    for c in v.cues(cues.ORGANIZE):
        _organize_active(ctx, v, c.start(), c.end())


def _organized_by(ctx: Context, v: View) -> None:
    for c in v.cues(cues.ORGANIZED_BY):
        if cues.negated(v.masked, c.start()):
            continue  # "bukan diselenggarakan oleh X"
        ev, anaphoric = event_for(ctx, v, c.start())
        hosts = [m for m in v.in_clause(c.end(), ("Organization",)) if m.start not in v.role_orgs]
        # "Kegiatan tersebut diselenggarakan oleh …" after "Kongres X sekaligus pameran Y": both events
        evs = [ev, *coevents.partners(ctx, v.index, ev)] if ev is not None and anaphoric and hosts else [ev]
        for m in host_list(v, hosts[0]) if ev is not None and hosts else ():  # "oleh A, B dan C" — not orgs named later on
            if m.start not in v.role_orgs:
                for e in evs:
                    ctx.emit("ORGANIZED", m.ent, e, v, 0.8)


def _organize_active(ctx: Context, v: View, start: int, end: int) -> None:
    ev = next((m for m in v.after(end, ("Event",)) if _NEAR_EVENT.match(v.masked[end : m.start])), None)
    if ev is None:
        if re.search(r"penyelenggara|tuan\s+rumah|organi[sz]er", v.masked[start:end], re.I):
            _as_organizer(ctx, v, start)  # the role, not an act ("menggelar razia")
        return
    subj = next((m for m in v.before(start, ("Organization",)) if m.start not in v.role_orgs), None)
    # 'PT X Tbk ("Perseroan", kode saham: XX) hari ini menyelenggarakan …': the bracket ends no clause
    bracket = _BRACKET.match(v.masked, subj.end) if subj is not None else None
    if subj is not None and start - subj.end <= 60 and v.clause_end(bracket.end() if bracket else subj.end) >= start:
        hosts = [subj]
        prev = v.prev_mention(subj)
        while prev is not None and prev.type == "Organization" and (cues.LIST_SEP.match(v.gap(prev.end, hosts[-1].start))
                                                                    or cues.WITH.match(v.masked[prev.end : hosts[-1].start])
                                                                    or _JOINTLY.match(v.masked[prev.end : hosts[-1].start])):
            hosts.append(prev)  # "GPFI dan IPMG menggelar …", "GPFI (…) bersama IPMG (…) menyelenggarakan …"
            prev = v.prev_mention(prev)
        if (body := acting_through(v, hosts[-1])) is not None:
            hosts.append(body)  # "BPOM melalui Direktorat X menggelar …": the body held it through its unit
        for h in hosts:
            if h.start not in v.role_orgs:
                ctx.emit("ORGANIZED", h.ent, ev.ent, v, 0.85)


_BRACKET = re.compile(r"\s*\([^()]{1,60}\)")
_AS_ORGANIZER = re.compile(r"\s*,?\s*(?:yang\s+)?(?:(?:bertindak|berperan|acting|juga|turut|menjadi|sebagai|selaku|as)\s+)*", re.I)


def _as_organizer(ctx: Context, v: View, start: int) -> None:
    """"… dan didukung PT X selaku penyelenggara pameran", "PT X bertindak sebagai penyelenggara acara tersebut":
    the body just before the cue organised the event the sentence names (else the one an anaphor points to)."""
    org = next(iter(v.before(start)), None)
    if org is None or org.type != "Organization" or org.start in v.role_orgs or not _AS_ORGANIZER.fullmatch(v.masked[org.end : start]):
        return
    ev, _ = event_for(ctx, v, len(v.masked))
    if ev is not None:
        ctx.emit("ORGANIZED", org.ent, ev, v, 0.75)


def _attended(ctx: Context, v: View, named: bool) -> None:
    for m in v.mentions if v.may(_ATTEND_KIND) else ():  # "Taruna saat membuka pertemuan"
        kind = _ATTEND_KIND.match(v.masked, m.end) if m.type == "Person" else None
        ev = last_event(ctx, v.index) if kind is not None and not v.after(m.end, ("Event",)) else None
        if ev is not None:
            role = "pembuka" if kind.group("verb").lower() in ("membuka", "opened") else None  # type: ignore[union-attr]
            ctx.emit("ATTENDED", m.ent, ev, v, 0.7, role=role)
    for m in v.mentions if named else ():
        if m.type not in ATTENDEES or (m.type == "Organization" and m.start in v.role_orgs):
            continue
        nxt = v.next_mention(m)
        gap = v.masked[m.end : nxt.start] if nxt is not None else ""
        if nxt is not None and nxt.type != "Event" and m.type == "Person" and (post := _APPOSED.match(v.masked, m.end)):
            nxt = next(iter(v.after(post.end(), ("Event",))), None)  # "X, Pj. Bupati Karawang, hadir dalam Y"
            gap = v.masked[post.end() : nxt.start] if nxt is not None else ""
        if nxt is None or nxt.type != "Event":
            continue
        # "kata Sekjen Kunta pada Forum X"
        if m.type == "Person" and _AT_EVENT.match(gap) and v.may(cues.SPEECH) and (
                cues.SPEECH.search(v.masked[max(0, m.start - 40) : m.start]) or cues.SPEECH.search(gap)
                or cues.SPEECH.match(v.masked, nxt.end + 2 if v.masked[nxt.end : nxt.end + 2] == ", " else nxt.end + 1)):
            ctx.emit("ATTENDED", m.ent, nxt.ent, v, 0.8, role="pembicara")
            continue
        # "X hadir dalam / menghadiri / membuka Forum Y"
        att = cues.ATTEND.search(gap) if v.may(cues.ATTEND) else None
        if att and len(gap) <= 60 and "\u2588" not in gap and not cues.negated(gap, att.start()) and not _PLANNED.search(gap):
            role = "pembuka" if re.match(r"membuka|opened", att.group(), re.I) else None
            ctx.emit("ATTENDED", m.ent, nxt.ent, v, 0.75, role=role)
            prev = v.prev_mention(m)  # "Delegasi dari A, B, dan C menghadiri …": the whole list came
            while prev is not None and prev.type == m.type and cues.LIST_SEP.match(v.gap(prev.end, m.start)) and (
                    prev.type == "Person" or prev.start not in v.role_orgs):
                ctx.emit("ATTENDED", prev.ent, nxt.ent, v, 0.7, role=role)
                m, prev = prev, v.prev_mention(prev)
    for pattern, role in ((cues.ATTENDED_BY, None), (cues.OPENED_BY, "pembuka"), (_CHAIRED_BY, "pimpinan")):
        for c in v.cues(pattern):
            if role and c.group().startswith(("ditutup", "closed")) and _SCHEDULED.search(v.masked, max(0, c.start() - 30), c.start()):
                continue  # "Musyawarah itu dijadwalkan ditutup pekan depan oleh …": not yet done
            ev, anaphoric = event_for(ctx, v, c.start()) if not cues.negated(v.masked, c.start()) else (None, False)
            if ev is not None and pattern is _CHAIRED_BY and not _MEETING.search(ev.name):
                continue  # "Pertemuan dipimpin Atase X" at an expo: a side meeting, not the expo told of
            if ev is None:  # ("tidak dihadiri Menteri X": not there)
                continue
            kinds = ATTENDEES if anaphoric and v.may(_ENVOYS_OF) else ("Person",) if anaphoric else ATTENDEES
            # "dihadiri 250 peserta yang terdiri dari …, perwakilan A, serta B": envoys' bodies to the sentence end
            envoys = [m for m in v.after(c.end(), ("Organization",)) if _sent_by(v, m)] if "Organization" in kinds else []
            clause = v.in_clause(c.end(), kinds)
            if clause and ";" in v.masked[clause[-1].end :]:  # "dihadiri oleh A, X; B, Y; serta …": items to the end
                clause += [m for m in v.after(clause[-1].end, ("Person",)) if ";" in v.masked[c.end() : m.start]]
            if anaphoric:  # "Rapat tersebut dihadiri Dinas A, B, serta C": the bodies the list names
                envoys += [m for m in _listed_bodies(v, c.end()) if all(m is not e for e in envoys)]
            for m in sorted(clause + [e for e in envoys if all(e is not x for x in clause)], key=lambda x: x.start):
                if anaphoric and m.type == "Organization" and m not in envoys:
                    continue
                if v.may(_MEMBERS_OF) and _MEMBERS_OF.search(v.masked[: m.start]):
                    continue  # "perwakilan negara anggota ASEAN": the members came, not ASEAN
                if m.type == "Person" or m.start not in v.role_orgs and not titled_bodies.of_next(ctx, v, m):
                    ctx.emit("ATTENDED", m.ent, ev, v, 0.75, role=role)  # (no body named only in a title)
    for c in v.cues(cues.SPEAKER):
        speeches.speaker_before(ctx, v, c.start())
        after = v.after(c.end(), ATTENDEES)
        if not after or not re.fullmatch(r"\s*(?:(?:dari|from)\s+)?", v.masked[c.end() : after[0].start], re.I):
            continue
        named = [e for e in v.mentions if e.type == "Event"]
        near = [e for e in named if e.end <= c.start()]  # "Expo X juga menggelar Summit Y yang menghadirkan narasumber …": Y's
        ev = (near[-1] if near else named[0]).ent if named else (
            ctx.last_event(v.index) if v.may(cues.EVENT_ANAPHOR) and cues.EVENT_ANAPHOR.search(v.masked) else None)
        # "narasumber dari BRIN, ITB, dan GP Farmasi": each body in the list sent a speaker
        for m in (v.chain(after[0], ("Organization",)) if after[0].type == "Organization" else after[:1]) if ev is not None else ():
            if m.type == "Person" or m.start not in v.role_orgs:
                ctx.emit("ATTENDED", m.ent, ev, v, 0.7, role="narasumber")


# one item of the list after "dihadiri": a body opens it, after the word for who came from it
_ITEM_SPLIT = re.compile(r"\s*(?:,\s*(?:(?:dan|serta|and)\s+)?|\s(?:dan|serta|and|maupun)\s+)")
_ITEM_LEAD = re.compile(r"^(?:(?:termasuk|antara\s+lain|di\s+antaranya|yakni|yaitu|including)\s+)?"
                        r"(?:(?:perwakilan|pengurus|jajaran|unsur|delegasi|utusan|representatives?\s+(?:of|from))\s+(?:dari\s+)?)?$", re.I)


def _listed_bodies(v: View, start: int) -> list[M]:
    """"Kegiatan tersebut dihadiri Dinas A, dinas kabupaten/kota, Polda B, serta Universitas C": the bodies that open
    the list's items up to the sentence's end (a body inside a person's title, or "dari B" after a person, is no item)."""
    end = min((i for i in (v.masked.find(";", start), v.masked.find(". ", start)) if i >= 0), default=len(v.masked))
    out = []
    for m in v.after(start, ("Organization",)):
        if m.start >= end or m.start in v.role_orgs:
            continue
        items = _ITEM_SPLIT.split(v.masked[start : m.start])
        if _ITEM_LEAD.match(items[-1]):
            out.append(m)
    return out


def _sent_by(v: View, m: M) -> bool:
    """Whether ``m`` (or the list it ends) follows "perwakilan/delegasi": the body sent people."""
    first = m
    while (prev := v.prev_mention(first)) is not None and prev.type in ATTEND_LIST and cues.LIST_SEP.match(
            v.gap(prev.end, first.start)):
        first = prev
    return bool(_ENVOYS_OF.search(v.masked[: first.start]))


# the rules ``find`` opens each sentence with, in order, with the cues each reads (one prefilter test for all)
_OPENING = RuleTable((_roll_call, *_ROLL_CUES.patterns), (_delegates_from, _DELEGATES_FROM), (_organizers, cues.ORGANIZE), (_organized_by, cues.ORGANIZED_BY))

__all__ = ["find", "M"]
