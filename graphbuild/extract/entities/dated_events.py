"""Events named by a title or an edition year, read after the cue-led names in ``events``.

A quoted title after an event word ('dalam acara "…"'), an edition year before the verb that holds the event
("Gebyar Obat Aman 2026 yang digelar …") and a trade show after the word for one ("pada pameran Vitafoods Asia
2025"): kept apart from ``events`` because none of them starts from an event cue word.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.org_suffixes import POST_HEADS
from graphbuild.extract.entities.tokens import is_acronym, is_cap

YEAR = re.compile(r"^(?:19|20)\d\d$")


def edition(ctx: Ctx, i: int, e: int) -> str | None:
    """"Archipelago Pharma Fair (APF) 2026" is named "Archipelago Pharma Fair 2026": the acronym is an alias."""
    w = ctx.t.words
    if e - i >= 6 and YEAR.match(w[e - 1]) and w[e - 2] == ")" and w[e - 4] == "(":
        return f"{ctx.t.span_text(i, e - 4)} {w[e - 1]}"
    return None


_QUOTE_LEADS = frozenset({"acara", "kegiatan", "event"})  # not "bertajuk": a named event's theme
# bare lower-case kinds whose quoted title names the event ('pada seminar "X"'); "bertajuk" only after one
_BARE_KINDS = frozenset({"seminar", "webinar", "talkshow", "lokakarya", "workshop", "sarasehan", "simposium", "umum"})
_TITLED = frozenset({"bertajuk", "berjudul"})
_OPEN_QUOTES = {'"': '"', "\u201c": "\u201d"}


def quoted(ctx: Ctx) -> None:
    """'dalam acara "Apresiasi Percepatan Akses Obat Inovatif"': a title-case name quoted after an event
    word is the event's name (two to twelve words, most of them capitalised)."""
    t = ctx.t
    n = len(t.words)
    leads = [(k, k) for k in t.where(_QUOTE_LEADS)] + [  # 'pada seminar "X"', 'kuliah umum bertajuk "X"': a bare kind, then its title
        (k, k + (t.words[k + 1] in _TITLED)) for k in t.where(_BARE_KINDS) if k + 2 < n and t.words[k].islower()
        and (t.words[k] != "umum" or (k and t.words[k - 1] == "kuliah"))]
    # 'kegiatan KIE bertajuk "Gebyar Cerdas Memilih Obat 2025"': a quoted title with an edition year is the event's name
    leads += [(k, k) for k in t.where(_TITLED) if k + 2 < n and t.words[k + 1] in _OPEN_QUOTES and not any(
        ctx.type_at(x) == "Event" for x in range(max(0, k - 4), k))]
    for lead, k in leads:
        if t.words[k] in _TITLED and lead == k and not _edition_quoted(t, k + 1):
            continue
        if lead and t.words[lead] in _BARE_KINDS and ctx.owner[lead - 1] >= 0:
            continue  # "Seminar Nasional X webinar …": a named event's part, not a bare kind
        close = _OPEN_QUOTES.get(t.words[k + 1]) if k + 2 < n else None
        if close is None or not is_cap(t.words[k + 2]) or ctx.owner[k + 2] >= 0:
            continue
        e = next((j for j in range(k + 2, min(n, k + 15)) if t.words[j] == close or t.newline_before[j]), -1)
        words = [w for w in t.words[k + 2 : e] if w.isalpha()] if e > 0 and t.words[e] == close else []
        if 2 <= len(words) <= 12 and 2 * sum(map(is_cap, words)) > len(words):
            ctx.add_quoted(k + 2, e, "Event")


def _edition_quoted(t, q: int) -> bool:  # type: ignore[no-untyped-def]
    """The quote opening at q closes right after an edition year ('"… Sehat 2026"')."""
    close = _OPEN_QUOTES[t.words[q]]
    e = next((j for j in range(q + 1, min(len(t.words), q + 15)) if t.words[j] == close or t.newline_before[j]), -1)
    return e > q + 2 and t.words[e] == close and bool(YEAR.match(t.words[e - 1]))


# "Gebyar Obat Aman 2026 yang digelar …", "Mahakam Peduli Sehat 2026 digelar PT X": an edition year, then the verb
# that holds an event, makes the capitalised run before the year an event's name whatever its words
_HELD = frozenset({"digelar", "diselenggarakan", "berlangsung", "dibuka", "diadakan", "dihelat", "held", "opened"})
_LEADS = frozenset({"Acara", "Kegiatan", "Event"})
_RUNS = frozenset({"Operasi", "Program", "Gerakan", "Kampanye", "Operation", "Campaign", "Programme"})


_PLACES = frozenset({"Location"})


def _lexicon_place(ctx: Ctx, k: int) -> bool:
    m = ctx.owner[k]
    x = ctx.mentions[m]
    return x is not None and x.type == "Location" and x.source == "lexicon"


def dated(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for y in t.where_word(YEAR.match, str.isdigit):  # a year is all digits: the regex sees only those
        v = y + 1 + (y + 1 < n and t.lower[y + 1] in ("yang", "was", "resmi"))
        if v >= n or t.lower[v] not in _HELD or t.newline_before[y] or y < 2 or not is_cap(t.words[y - 1]):
            continue
        i = y
        while i > 0 and y - i < 6 and is_cap(t.words[i - 1]) and not t.newline_before[i] and (
                ctx.owner[i - 1] < 0 or _lexicon_place(ctx, i - 1)):
            i -= 1  # "CPHI South East Asia 2025 diselenggarakan …": a region inside the name is no place of its own
        while i < y and t.words[i] in _LEADS:
            i += 1  # "Acara Mahakam Peduli Sehat 2026": the word for an event is no part of its name
        while i < y and ctx.owner[i] >= 0:
            i += 1  # "Surabaya Gebyar Sehat 2026": a place before the name says where, it is not the name's
        if y - i >= 2 and not t.masked[i] and ctx.lexicon_inside(i, y + 1, _PLACES):
            # "Operasi Gempur Kosmetik Ilegal 2026 yang digelar serentak": an operation or campaign is a programme
            ctx.add(i, y + 1, "Program" if t.words[i] in _RUNS else "Event", None, "cue")


_OPERATIONS = frozenset({"Operasi", "Operation"})
ROMAN = re.compile(r"^(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XVI{0,3}|XIX|XX)$")  # "Munas IX", "Operasi Pangea XVII"
# a post's word before "Operasi" makes it the post's field: the heads a unit name follows, and the units themselves
_POSTS = POST_HEADS | frozenset({"Bidang", "Seksi", "Divisi", "Bagian", "Chief", "Vice", "Senior", "Staf", "Sub", "Subdirektorat",
                                 "Unit"})


def operations(ctx: Ctx) -> None:
    """"bagian dari Operasi Gempur Kosmetik Ilegal 2025", "Indonesia's part in Operation Pangea": a named enforcement
    operation is a programme (so the golds type it, with an event reading optional). After a post's word it is the post's
    field ("Direktur Operasi X"), not a name."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(_OPERATIONS):
        if t.masked[k] or ctx.owner[k] >= 0 or (k and not t.newline_before[k] and t.words[k - 1] in _POSTS):
            continue
        e = k + 1
        while e < n and e - k <= 6 and is_cap(t.words[e]) and ctx.owner[e] < 0 and not t.newline_before[e] \
                and not t.masked[e] and not YEAR.match(t.words[e]):
            e += 1
        if e == k + 1 or t.words[k + 1] == "Gabungan":
            continue  # "Operasi Gabungan (Kosmetik Ilegal)": a joint raid, named or not, the golds leave to the event rules
        if e < n and (YEAR.match(t.words[e]) or ROMAN.match(t.words[e])) and ctx.owner[e] < 0 and not t.newline_before[e]:
            e += 1  # "Operasi Siber Jaga Obat 2025", "Operasi Pangea XVII": the edition belongs to the name
        ctx.add(k, e, "Program", None, "cue")


# "pada pameran Vitafoods Asia 2025", "di ajang Trade Expo Indonesia (TEI) 2025": a trade show's name after the
# lower-case word for one, up to its edition year; after a bare "at"/"di" only an acronym names it ("at MIHAS 2025",
# "at the Malaysia International Halal Showcase (MIHAS) 2025")
_SHOWS = frozenset({"pameran", "ajang"})
_AT_SHOW = frozenset({"at", "di"})
_SHOW_LEADS = _SHOWS | _AT_SHOW


def shown(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for k in t.where(_SHOW_LEADS):
        a = k + 1 + (k + 1 < n and t.words[k + 1] == "the")
        if a + 1 >= n or not is_cap(t.words[a]):
            continue
        e, acr = a, False
        while e < n and e - a < 9 and not t.newline_before[e] and not YEAR.match(t.words[e]):
            w = t.words[e]
            if w == "(" and e + 2 < n and is_acronym(t.words[e + 1]) and t.words[e + 2] == ")":
                e, acr = e + 3, True
                continue
            if not (is_cap(w) or (w in ("&", "of") and e > a)):
                break
            acr = acr or (e == a and is_acronym(w) and e + 1 < n and YEAR.match(t.words[e + 1]) is not None)
            e += 1
        if e == a or e >= n or not YEAR.match(t.words[e]) or t.newline_before[e]:
            continue
        if t.words[k] in _AT_SHOW and not acr:
            continue
        if ctx.type_at(a) == "Event" and ctx.spans[ctx.owner[a]] == (a, e + 1):
            continue
        for m in {ctx.owner[x] for x in range(a, e + 1)} - {-1}:
            s, b = ctx.spans[m]
            x = ctx.mentions[m]
            if s < a or b > e + 1 or x is None or x.type not in ("Location", "Organization", "Event"):
                break
        else:
            for m in {ctx.owner[x] for x in range(a, e + 1)} - {-1}:
                ctx.drop(m)
            canonical = edition(ctx, a, e + 1)
            m = ctx.add(a, e + 1, "Event", None, "cue", canonical=canonical)
            if m >= 0 and canonical:  # "… Showcase (MIHAS) 2025": its acronym, alone or with the year, names it again
                acr = t.words[e - 2]
                ctx.defined[acr] = ("Event", None, canonical)
                for p in t.where({acr}):  # "… MIHAS 2025 drew 2,000 exhibitors": the same edition again
                    if p + 1 < n and t.words[p + 1] == t.words[e] and not a <= p <= e:
                        o = ctx.owner[p]
                        if o < 0 or ctx.spans[o] != (p, p + 2):
                            o = ctx.add(p, p + 2, "Event", None, "cue", canonical=canonical)
                        ctx.link(m, o)


_CLINICS = frozenset({"Klinik", "Clinic"})
_JOINS = frozenset({"dan", "&", "and"})


def clinics(ctx: Ctx) -> None:
    """"Klinik Izin Edar dan Sertifikasi Halal UMKM Pangan Olahan 2025": a consultation clinic with an edition year is a
    one-off event (a health clinic's own name carries no year); "Temu Bisnis dan Klinik Konsultasi … 2025": an event
    word joined before it by "dan" opens the same name."""
    t = ctx.t
    n = len(t.words)
    for k in t.where(_CLINICS):
        if t.masked[k] or k + 1 >= n or not is_cap(t.words[k + 1]) or t.newline_before[k + 1]:
            continue
        e = k + 1
        while e < n and e - k <= 12 and not t.newline_before[e] and not t.masked[e] and not YEAR.match(t.words[e]) and (
                is_cap(t.words[e]) or t.words[e] in _JOINS and e + 1 < n and is_cap(t.words[e + 1])):
            e += 1
        if e >= n or not YEAR.match(t.words[e]) or t.newline_before[e] or e - k < 3:
            continue
        i = k
        if k >= 2 and t.words[k - 1] in _JOINS and not t.newline_before[k - 1]:
            i = next((j for j in range(max(0, k - 4), k - 1) if t.match_phrase(j, t.cue.event_prefix) == k - 1 - j
                      and not t.newline_before[j + 1]), k)  # "Temu Bisnis dan Klinik …"
        ctx.add(i, e + 1, "Event", None, "cue")
