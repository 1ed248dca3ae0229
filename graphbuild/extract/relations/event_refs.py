"""Which event a sentence means without naming it: the one named last, the main one, or the one of the kind it says.

Why: reports keep calling an event "Simposium", "pameran" or "acara ini" paragraphs after naming it, and
an expo named in passing ("dirangkaikan dengan pameran Y") is not the event the report is about. Split out
of ``venues`` to keep each module short; ``venues.event_for`` and the attendance rules use it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.types import Entity

_KIND_LEAD = re.compile(r"^\W*(?:acara|kegiatan|pertemuan|rapat|forum|seminar|webinar|konferensi|lokakarya|simposium|kongres|"
                        r"pameran|ajang|perhelatan|gelaran|expo)\b(?P<body>[^.;:\"\u201c\u201d]{0,160}?\byang\b[^.;:\"\u201c\u201d]{0,160}?)"
                        r"\s(?:ini|tersebut|itu)\b", re.I)
watch(_KIND_LEAD)


_KINDS = frozenset({"seminar", "forum", "simposium", "konferensi", "lokakarya", "pameran", "webinar", "kongres", "rapat", "pekan",
                    "workshop", "sarasehan", "pertemuan"})


def kind_around(v: View, pos: int) -> bool:
    """"Pameran tiga hari yang diselenggarakan A bersama B ini …": the kind opens the sentence and its
    demonstrative comes after the cue, so the whole clause is about the event named before."""
    lead = _KIND_LEAD.match(v.masked) if v.may(_KIND_LEAD) else None
    return lead is not None and lead.start("body") < pos < lead.end()


def last_event(ctx: Context, index: int) -> Entity | None:
    """The event named last; past the usual window, the document's only named event (a report on
    one symposium keeps calling it "Simposium" paragraphs after naming it)."""
    ev = ctx.last_event(index)
    if ev is not None:
        ev = _opening_kind(ctx, index, _main_event(ctx, index, ev))
    if ev is None:
        named = _unclipped({m.ent.id: m.ent for w in ctx.views[:index] for m in w.mentions if m.type == "Event"})
        if len(named) > 1 and (kind := _by_kind(ctx, index, named.values())) is not None:
            return kind  # "Di antara exhibitor … tampak …" after "Kongres X sekaligus pameran Y": the expo
        if len(named) > 1:  # an expo named only in passing ("dirangkaikan dengan pameran Y") is not the one told of
            named = {k: e for k, e in named.items() if not _only_side(ctx, index, e)} or named
        for i in range(index - 1, max(-1, index - 9), -1) if len(named) > 1 else ():
            if (kind := _by_kind(ctx, i, named.values())) is not None:
                return kind  # "Kongres ini harus …", then "Pada sesi pleno pertama, …": the kind told of last
        ev = next(iter(named.values())) if len(named) == 1 else _of_kind(ctx, index, named.values())
    return ev


def _unclipped(named: dict[str, Entity]) -> dict[str, Entity]:
    """Less the events whose name opens another's ("Temu Usaha" of a headline beside "Temu Usaha dan Pelatihan …"):
    a clipped form of the one event, not a second one."""
    names = [e.name.casefold() for e in named.values()]
    return {k: e for k, e in named.items()
            if not any(n != e.name.casefold() and n.startswith(e.name.casefold() + " ") for n in names)}


# "Seminar X … dirangkaikan dengan pameran Y", "held alongside the Y Expo": Y rides along with the main event
_SIDE_EVENT = re.compile(r"\b(?:dirangkaikan|dirangkai|sekaligus|bersamaan|berbarengan|serangkaian|alongside|co-located|in\s+conjunction)"
                         r"(?:\s+(?:dengan|with))?\s+(?:the\s+|pameran\s+|ajang\s+|gelaran\s+|kegiatan\s+)?$", re.I)
# "Pameran tersebut …", "The expo …": the sentence does talk about the side event
_SIDE_KIND = re.compile(r"\b(?:pameran|expo|exhibition|ekspo)\b", re.I)
watch(_SIDE_EVENT)


# the kind of event a sentence speaks of, and the words that name an event of that kind
_KIND_WORDS = (("pameran", r"pameran|expo|ekspo|exhibition|exhibitors?|eksibitor|booth|paviliun|pavilion|stan"),
               ("kongres", r"kongres|congress"), ("seminar", r"seminar"), ("simposium", r"simposium|symposium"),
               ("konferensi", r"konferensi|conference"), ("forum", r"forum"), ("webinar", r"webinar"))
_KIND_RE = re.compile(r"\b(?:" + "|".join(w for _, w in _KIND_WORDS) + r")\b", re.I)
_KIND_EACH = [(k, re.compile(rf"\b(?:{w})\b", re.I)) for k, w in _KIND_WORDS]
watch(_KIND_RE)

_ROLES = frozenset({"narasumber", "pembicara", "pemateri", "panelis", "peserta", "moderator"})


def _by_kind(ctx: Context, index: int, named: Iterable[Entity]) -> Entity | None:
    """Of several events named long before, the one of the kind the sentence names ("peserta pameran": the expo)."""
    cur = ctx.views[index] if index < len(ctx.views) else None
    said = {k for k, w in _KIND_EACH if w.search(cur.masked)} if cur is not None and cur.may(_KIND_RE) else set()
    if len(said) != 1:
        return None
    words = dict(_KIND_EACH)[next(iter(said))]
    of_kind = [e for e in named if words.search(e.name)]
    return of_kind[0] if len(of_kind) == 1 else None


def _main_event(ctx: Context, index: int, ev: Entity) -> Entity:
    """A generic "Acara dibuka oleh …" after a side event named in passing is about the main event."""
    cur = ctx.views[index] if index < len(ctx.views) else None
    if cur is not None and _SIDE_KIND.search(cur.masked):
        return ev
    for i in range(index - 1, max(-1, index - 7), -1):
        w = ctx.views[i]
        ms = [m for m in w.mentions if m.ent is ev]
        if not ms:
            continue
        m = ms[-1]
        if not (w.may(_SIDE_EVENT) and _SIDE_EVENT.search(w.masked[: m.start])):
            return ev
        got = [e for e in ctx.recent(i, ("Event",), pos=m.start, back=6, limit=3) if e is not ev]
        return got[0] if got else ev
    return ev


def _only_side(ctx: Context, index: int, ev: Entity) -> bool:
    """Whether every mention of ``ev`` before ``index`` follows a "dirangkaikan dengan" cue."""
    ms = [(w, m) for w in ctx.views[:index] for m in w.mentions if m.ent is ev]
    return all(w.may(_SIDE_EVENT) and _SIDE_EVENT.search(w.masked[: m.start]) for w, m in ms)


def _of_kind(ctx: Context, index: int, named: Iterable[Entity]) -> Entity | None:
    """"Seminar dipandu oleh …" after a long speakers list: the one event of the kind the sentence opens with."""
    words = ctx.views[index].masked.split(maxsplit=1) if index < len(ctx.views) else []
    kind = words[0].lower() if words and words[0][:1].isupper() else ""
    if kind not in _KINDS:
        return None
    of_kind = [e for e in named if e.name.split()[0].lower() == kind]
    return of_kind[0] if len(of_kind) == 1 else None  # two of that kind: no guess


def _opening_kind(ctx: Context, index: int, ev: Entity) -> Entity:
    """"Forum dibuka oleh …" after "Forum X … bagian dari rangkaian pameran Y": the sentence opens with a kind
    word that the event named last is not, so it means the one event of that kind named before."""
    words = ctx.views[index].masked.split(maxsplit=2) if index < len(ctx.views) else []
    kind = words[0].lower() if words and words[0][:1].isupper() else ""
    if kind in _ROLES and len(words) > 1:
        kind = words[1].lower().rstrip(":")  # "Narasumber forum:", "Peserta seminar:": the roster of that kind
    if kind not in _KINDS or ev.name.split()[0].lower() == kind:
        return ev
    named = {m.ent.id: m.ent for w in ctx.views[:index] for m in w.mentions if m.type == "Event"}
    of_kind = [e for e in named.values() if e.name.split()[0].lower() == kind]
    return of_kind[0] if len(of_kind) == 1 else ev
