"""ATTENDED for the bodies that exhibit at an expo: "Exhibitors at X included A and B", "Di antara exhibitor
terbesar tampak A, B, serta perusahaan asal India, C", "Paviliun Korea dikoordinasikan oleh D", "E membuka booth".

Why: expo reports list exhibitors after a roll-call word, not after an attendance verb, and often close the
list with a described item ("serta perusahaan bahan baku asal India, C"); a national pavilion or a booth is
how a body takes part. The event is the one the sentence names, else the expo told of before.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.litsearch import literal_search
from graphbuild.extract.relations.venues import last_event

_WHO = r"(?:exhibitors?|eksibitor|peserta\s+pameran|participants|attendees|peserta|perusahaan\s+(?:peserta|(?:yang\s+)?(?:ikut\s+)?(?:berpameran|memamerkan)))"  # "sejumlah perusahaan memamerkan …, di antaranya A"
# "Exhibitors at the Asia Pharma Expo included A and B", "Peserta pameran antara lain A dan B", "Di antara exhibitor terbesar tampak A"
EXHIBITORS = re.compile(rf"\b{_WHO}\b[^.;:]{{0,60}}?\b(?:included|include|antara\s+lain|di\s+antaranya|termasuk|yakni|yaitu)\s+"
                        rf"|\b(?:di\s+antara|among)\s+(?:para\s+|the\s+)?{_WHO}\b[^.;:\u2588]{{0,40}}?\b(?:tampak|terlihat|hadir|ada|"
                        r"adalah|were|are)\s+"
                        # "Pameran ini diikuti lebih dari 300 perusahaan, antara lain A, B", "… juga berpartisipasi, seperti A dan B"
                        r"|\b(?:diikuti|diramaikan)\s+(?:oleh\s+)?(?:[\w.]+\s+){0,4}?(?:perusahaan|peserta|exhibitors?|eksibitor|industri|"
                        r"produsen)\b[^.;:\u2588]{0,40}?\b(?:antara\s+lain|di\s+antaranya|termasuk|seperti|yakni|yaitu)\s+"
                        r"|\b(?:berpartisipasi|ikut\s+serta|turut\s+serta|ikut\s+berpameran|participated)\b[^.;:\u2588]{0,20}?,?\s*"
                        r"(?:seperti|antara\s+lain|termasuk|yakni|yaitu|including|such\s+as)\s+", re.I)
# "Paviliun Korea Selatan dikoordinasikan oleh KHIDI", "the Indian pavilion was organised by D"
_PAVILION_BY = re.compile(r"\b(?:paviliun|pavilion|booth|stan|gerai)\b[^.;:]{0,50}?\b(?:dikoordinasikan|dikoordinir|dikelola|diisi|"
                          r"diselenggarakan|coordinated|organi[sz]ed|managed|run|hosted)\s+(?:oleh|by)\s+(?:the\s+)?", re.I)
# "PT X membuka booth di pameran …", "D mengoordinasikan paviliun Korea": the body named just before
_PAVILION_OF = re.compile(rf"(?:[\s,]|{cues.DEGREE})*(?:(?:yang|saat|ketika|who|when)\s+)?(?:juga\s+|turut\s+|pun\s+|also\s+)?(?:membuka|menempati|mengisi|mengoordinasikan|mengkoordinasikan|"
                          r"mengelola|opened|ran|hosted|coordinated|set\s+up)\s+(?:sebuah\s+|a\s+|the\s+|its\s+)?(?:\w+\s+)?(?:paviliun|"
                          r"pavilion|booth|stan|gerai)\b", re.I)
# "… membuka Paviliun Indonesia bersama Wakil Menteri Perdagangan Y": the one who opened it with the person
_CO_OPENER = re.compile(r"[^,.;:\u2588]{0,12}(?:\u2588+)?\s+(?:bersama|didampingi|with|together\s+with)\s+(?P<title>(?:[A-Z][\w.-]*\s+)*)")
# "serta perusahaan bahan baku asal India, C": one more item, described before its name
_DESCRIBED = re.compile(r"\s*,?\s*(?:dan|serta|and)\s+(?:[a-z][\w-]*\s+){1,5}(?:\u2588+\s*)?,\s*$")
_PLANNED = re.compile(r"\b(?:akan|berencana|direncanakan|rencananya|dijadwalkan|ditunda|berhalangan|will|plans?\s+to|tidak|tak|batal|"
                      r"cancel\w*|postponed)\b", re.I)
# "Perwakilan JETRO Jakarta juga terlihat hadir", "Delegasi A dan B turut hadir": the bodies that sent them came
ENVOYS_CAME = re.compile(r"^\W*(?:para\s+)?(?:perwakilan|delegasi|utusan|representatives\s+(?:of|from)|a\s+delegation\s+(?:of|from))\s+"
                          r"(?:dari\s+)?(?:the\s+)?(?=\u2588)", re.I)
_CAME = re.compile(r"[\s,]*(?:juga\s+|turut\s+|pun\s+|pula\s+|also\s+)*(?:terlihat\s+|tampak\s+)?(?:hadir|attended|were\s+present|"
                   r"was\s+present)\b", re.I)
WATCHED = CueGroup(EXHIBITORS, _PAVILION_BY, _PAVILION_OF, ENVOYS_CAME)
watch(*WATCHED.patterns)
_exhibitors = literal_search(EXHIBITORS)  # tried only where its leading words start


def find(ctx: Context, v: View) -> None:
    listed, by, of, envoys = WATCHED.may_each(v)  # one prefilter read for the four cues
    if listed:
        _listed(ctx, v)
    if by or of:
        _pavilions(ctx, v)
    if envoys:
        envoys_came(ctx, v)


def _event(ctx: Context, v: View):  # type: ignore[no-untyped-def]
    named = [m for m in v.mentions if m.type == "Event"]
    return named[0].ent if named else last_event(ctx, v.index)


def _listed(ctx: Context, v: View) -> None:
    cue = _exhibitors(v.masked)  # the caller read the prefilter
    if cue is None or _PLANNED.search(v.masked[: cue.start()]):
        return
    first = next(iter(v.after(cue.end(), ("Person", "Organization"))), None)
    ev = _event(ctx, v) if first is not None and first.start == cue.end() else None
    if ev is None:
        return
    for m in _items(v, first):  # type: ignore[arg-type]
        if m.type == "Person" or m.start not in v.role_orgs:
            ctx.emit("ATTENDED", m.ent, ev, v, 0.7)


def _items(v: View, first: M) -> list[M]:
    """The list from ``first``: coordinated names, and one described item closing it."""
    out = v.chain(first, ("Person", "Organization"))
    nxt = v.next_mention(out[-1])
    while nxt is not None and nxt.type == "Location" and cues.LIST_SEP.match(v.gap(out[-1].end, nxt.start)) is None:
        nxt = v.next_mention(nxt)  # "asal India, C": the described item's origin
    if nxt is not None and nxt.type == "Organization" and _DESCRIBED.match(v.masked[out[-1].end : nxt.start]):
        out.append(nxt)
    return out


_STAND = re.compile(r"\b(?:paviliun|pavilion|booth|stan|gerai)\b", re.I)  # the word both pavilion cues need


def _pavilions(ctx: Context, v: View) -> None:
    if not _STAND.search(v.masked):
        return  # "stan" and "ran" also open common words: one search before the per-mention matches
    for c in v.cues(_PAVILION_BY):
        org = next(iter(v.after(c.end(), ("Organization",))), None)
        ev = _event(ctx, v) if org is not None and org.start == c.end() and not _PLANNED.search(v.masked[: c.start()]) else None
        if ev is not None:
            ctx.emit("ATTENDED", org.ent, ev, v, 0.7)  # type: ignore[union-attr]
    for m in v.mentions if v.may(_PAVILION_OF) else ():
        own = _PAVILION_OF.match(v.masked, m.end) if m.type in ("Organization", "Person") and m.start not in v.role_orgs else None
        if own is not None and not _PLANNED.search(v.masked[: own.end()]):
            ev = _event(ctx, v)
            if ev is not None:
                ctx.emit("ATTENDED", m.ent, ev, v, 0.7)
                if m.type == "Person" and (co := _CO_OPENER.match(v.masked, own.end())) is not None:
                    other = next((p for p in v.after(co.end()) if p.start == co.end()), None)
                    if other is not None and other.type == "Person":  # "X, yang membuka Paviliun A bersama Wamendag Y"
                        ctx.emit("ATTENDED", other.ent, ev, v, 0.7)


def envoys_came(ctx: Context, v: View) -> None:
    cue = ENVOYS_CAME.match(v.masked) if v.may(ENVOYS_CAME) else None
    first = next(iter(v.after(cue.end()) if cue else ()), None)
    if first is None or first.type != "Organization" or first.start != cue.end():  # type: ignore[union-attr]
        return
    bodies = [m for m in v.chain(first, ("Organization", "Location")) if m.type == "Organization"]
    last = v.chain(first, ("Organization", "Location"))[-1]
    if _PLANNED.search(v.masked) or cues.negated(v.masked, last.end) or not _CAME.match(
            re.sub(r"^\s*(?:\([^()]*\)\s*)?(?:\u2588+\s*)?", "", v.masked[last.end :])):
        return
    named = [m for m in v.mentions if m.type == "Event"]
    ev = named[0].ent if named else last_event(ctx, v.index)
    for m in bodies if ev is not None else ():
        ctx.emit("ATTENDED", m.ent, ev, v, 0.7)
