"""Events: cue-led names ("Rapat Koordinasi ...", "Forum Bisnis ...", "... Summit").

A name ends at a date, "di <place>", a lower-case clause word or a comma that
does not open a unit list; a trailing "(CPOB)" stays part of it.
"""

from __future__ import annotations

from graphbuild.extract.entities import event_ordinals
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.dated_events import ROMAN as _ROMAN
from graphbuild.extract.entities.dated_events import YEAR as _YEAR
from graphbuild.extract.entities.dated_events import clinics as _clinics
from graphbuild.extract.entities.dated_events import dated as _dated
from graphbuild.extract.entities.dated_events import edition as _edition
from graphbuild.extract.entities.dated_events import operations as _operations
from graphbuild.extract.entities.dated_events import quoted as _quoted
from graphbuild.extract.entities.dated_events import shown as _shown
from graphbuild.extract.entities.event_ordinals import EVENT_CONNECTORS, is_ordinal, of_ordinal
from graphbuild.extract.entities.scan import nameish, proper_tokens, run_backward, run_forward
from graphbuild.extract.entities.tokens import is_cap

# cosmetic forms after "Day"/"Week": "Snow Lady Day Cream", "Day Serum" name a product, not a day
_WORN = frozenset({"Cream", "Krim", "Serum", "Lotion", "Gel", "Toner", "Moisturizer", "Moisturiser", "Essence", "Mask"})

_VENUE_KINDS = frozenset({"Convention", "Exhibition", "Expo", "Conference"})  # "… Convention Hall", "Expo Center"
_OCCASIONS = frozenset({"Malam", "Puncak"})
_ROOMS = frozenset({"Ruang", "Ruangan", "ruang", "ruangan", "Bilik"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    c = t.cue
    k = 0
    for cand in t.starts_of(c.event_prefix):
        if cand < k:
            continue
        k = cand
        if t.masked[k] or not is_cap(t.words[k]) or ctx.owner[k] >= 0:
            continue
        L = t.match_phrase(k, c.event_prefix)
        if k and t.words[k - 1] in _ROOMS and not t.newline_before[k]:
            k += 1  # "di Ruang Sidang Utama Gedung A", "Ruang Rapat Direksi": a room named for its use, no event
            continue
        g = 3 if L and k + L + 3 < n and t.words[k + L] == "(" and t.words[k + L + 1][:1].isupper() and t.words[
            k + L + 2] == ")" and (is_ordinal(t.words[k + L + 3]) or _ROMAN.match(t.words[k + L + 3])) else 0  # "Musyawarah Nasional (Munas) IX X"
        if g and not t.newline_before[k + L + 4] and (nameish(ctx, k + L + 4) or ctx.type_at(k + L + 4) == "Organization"):
            body = ctx.owner[k + L + 4]  # the body whose gathering it is, kept as an entity of its own
            e = ctx.spans[body][1] if body >= 0 else run_forward(
                ctx, k + L + 4, paren_acronym=False, connectors=EVENT_CONNECTORS, max_tokens=16)
            kept = ctx.mentions[body] if body >= 0 and ctx.spans[body][0] == k + L + 4 else None
            if e > k + L + 4 and (body < 0 or kept) and ctx.add(k, e, "Event", None, "cue", canonical=" ".join(
                    (t.span_text(k, k + L), t.span_text(k + L + 3, e)))) >= 0:
                if kept:
                    ctx.mentions[body] = kept  # (in place: the acronym's link to it stays)
                k = e
                continue
        if L and k + L + 1 < n and is_ordinal(t.words[k + L]) and nameish(ctx, k + L + 1) and not (
                t.newline_before[k + L] or t.newline_before[k + L + 1]):
            e = run_forward(ctx, k + L + 1, paren_acronym=False, connectors=EVENT_CONNECTORS, max_tokens=16)
            if e > k + L + 1 and ctx.add(k, e, "Event", None, "cue") >= 0:  # "Pertemuan ke-41 ASEAN X Working Group"
                k = e
                continue
        if L and k + L < n and nameish(ctx, k + L) and not t.newline_before[k + L]:
            e = run_forward(ctx, k + L, paren_acronym=True, connectors=EVENT_CONNECTORS, max_tokens=24, cue_start=k)
            while _dash_pair(ctx, e):  # "Forum Bisnis Indonesia–Korea 2026": a glued dash joins two names
                e = run_forward(ctx, e + 1, paren_acronym=True, connectors=EVENT_CONNECTORS, max_tokens=12, cue_start=k)
            e = _and_named_edition(ctx, e)
            if e < n and is_ordinal(t.words[e]) and not t.newline_before[e]:
                e += 1  # "Pertemuan PPWG ke-36": the session number is part of the name
            elif e < n and _YEAR.match(t.words[e]) and not t.newline_before[e]:
                e += 1  # "Seminar Nasional Fitofarmaka 2025": the edition year belongs to the name
            i = run_backward(ctx, k, max_tokens=3) if t.words[k] in c.event_suffix else k
            if i < k and not proper_tokens(ctx, i, k):
                i = k  # "Pharma Expo Indonesia": a head word that also ends names takes the name words before it
            if e > k + L and (t.words[e - 1] in c.facility_suffix or any(
                    t.words[x] in c.facility_suffix and t.words[x - 1] in _VENUE_KINDS for x in range(k + 1, e))):
                k += 1  # "Bali International Convention Centre", "Surabaya Convention Hall on 2 June": a venue
                continue
            if i == k and L == 1 and _named_kind(ctx, k + 1, e):
                i = k + 1  # "Pameran Nusantara Medika Expo 2027": the kind word before a name that has its own
            if t.newline_before[i] and (e >= n or t.newline_before[e]) and not _proper_after(ctx, k + L, e) and not (
                    _YEAR.match(t.words[e - 1]) or is_ordinal(t.words[e - 1])):
                k = e  # a section heading "Forum Dialog Regulasi": a topic of the story, not a named event
                continue
            if i == k and k and t.words[k - 1] in _OCCASIONS and ctx.owner[k - 1] < 0 and not t.newline_before[k]:
                i = k - 1  # "Malam Anugerah X 2025", "Puncak Peringatan Hari Y": the evening or the peak is the name's own
            known = ctx.defined.get(t.words[k + L])
            if known is not None and known[0] == "Event" and i == k:
                i = k + L  # "Pameran IPHEX 2025": the event its acronym was defined for, not a new one
            canonical = known[2] if known and i == k + L else _edition(ctx, i, e)
            if f"PT {t.span_text(k, e)}" in t.text or f"PT. {t.span_text(k, e)}" in t.text:
                k = e  # "Anugerah Biotek Sentosa Establishes …" (a headline): the company "PT Anugerah Biotek Sentosa Tbk"
                continue
            if e > k + L and ctx.add(i, e, "Event", None, "cue", canonical=canonical) >= 0:
                k = e
                continue
        k += 1
    for j in t.where(c.event_suffix):
        w = t.words[j]
        if j + 1 < n and t.words[j + 1] in _WORN:
            continue  # "Priangan Glow Day Cream": a cosmetic's name, left to the product rules
        if j and is_cap(w) and ctx.owner[j] < 0 and not t.masked[j]:
            i = run_backward(ctx, j)
            i = next((x + 1 for x in range(j - 1, i - 1, -1) if t.words[x].endswith(("'s", "\u2019s"))), i)  # "the Company's AGM"
            # "Indonesia Health Expo 2025": two name words before the head make a name even when
            # both are institutional; the edition year belongs to it
            named = i < j and (proper_tokens(ctx, i, j) >= 1 or j - i >= 2)
            if named or _topic(ctx, j + 1) > j + 1:
                e = of_ordinal(ctx, j + 1)
                if e == j + 1 and e + 1 < n and t.words[e] == "of" and t.words[e + 1] in _HOLDERS:
                    e += 2  # "Annual General Meeting of Shareholders": whose meeting is the name's
                if e == j + 1 and e < n and _YEAR.match(t.words[e]) and not t.newline_before[e]:
                    e += 1
                elif e == j + 1:
                    e = _seat_edition(ctx, e)  # "Business Matching Jeddah 2025": the host city, then the year
                if e == j + 1:
                    e = _topic(ctx, e)  # "ASEAN Regional Workshop on Regulatory Reliance for Medical Products"
                if ctx.add(i, e, "Facility" if _venue(ctx, i, j, e) else "Event", None, "cue") < 0 and e > j + 1 and named:
                    ctx.add(i, j + 1, "Event", None, "cue")  # the topic overlaps a name: the head's name alone
    _forum_editions(ctx)
    _topics(ctx)
    event_ordinals.ordinals(ctx)
    event_ordinals.numbered_of(ctx)
    _quoted(ctx)
    _dated(ctx)
    _shown(ctx)
    _operations(ctx)
    _clinics(ctx)


def _and_named_edition(ctx: Ctx, e: int) -> int:
    """"Temu Bisnis Farmasi dan Rumah Sakit Sumatera Barat 2025": a name after "dan" that the edition year ends is
    the event's second topic, not an organisation beside it; the end past the year, or ``e``."""
    t = ctx.t
    if e + 2 >= len(t.words) or t.words[e] not in ("dan", "and") or t.newline_before[e + 1]:
        return e
    o = ctx.owner[e + 1]
    if o < 0 or ctx.spans[o][0] != e + 1 or ctx.type_at(e + 1) != "Organization":
        return e
    b = ctx.spans[o][1]
    return b + 1 if b < len(t.words) and _YEAR.match(t.words[b]) and not t.newline_before[b] else e


_HOLDERS = frozenset({"Shareholders", "Stockholders", "Bondholders", "Members"})
_TOPIC_CONNECTORS = frozenset({"for", "of", "and", "&", "the", "to", "in"})
_TOPIC_OPENERS = frozenset({"on", "On"})
_NOT_TOPICS = frozenset({"Person", "Location", "Organization"})  # "a meeting on BPOM's premises"


def _topics(ctx: Ctx) -> None:
    """A name found before this rule that stops at, or runs past, an event head followed by "on <Title>" ("ASEAN
    Workshop" | "Regional Forum on Pharmaceutical"): the event with its whole topic."""
    t = ctx.t
    for m in {ctx.owner[j - 1] for j in t.where(_TOPIC_OPENERS) if j and ctx.owner[j - 1] >= 0}:
        x = ctx.mentions[m]
        a, b = ctx.spans[m]
        if x is None or x.type not in ("Event", "Organization") or x.source == "lexicon":
            continue
        j = next((k for k in range(a, b) if t.words[k] in t.cue.event_suffix and k + 1 < len(t.words) and t.words[k + 1] in _TOPIC_OPENERS), -1)
        if j < 0:
            continue
        e = _topic(ctx, j + 1, m)
        if e > j + 2 and (e > b or x.type != "Event"):
            ctx.drop(m)
            ctx.add(a, e, "Event", None, "cue")


def _topic(ctx: Ctx, e: int, own: int = -1) -> int:
    """End of an English event head's topic: "Workshop on Regulatory Reliance for Medical Products", "Summit on
    Antimicrobial Resistance"; capitalised title words after "on" are the name's, a date ("on Monday", "on 2 June"),
    a known name ("on BPOM") or a lower-case topic ends it at the head. A trailing "in <place>" is the venue."""
    t = ctx.t
    n = len(t.words)
    if e + 1 >= n or t.words[e] not in _TOPIC_OPENERS or t.newline_before[e + 1] or ctx.type_at(e + 1) in _NOT_TOPICS and ctx.owner[e + 1] != own \
            or not is_cap(t.words[e + 1]) or not nameish(ctx, e + 1, False):
        return e
    b = run_forward(ctx, e + 1, comma_list=False, connectors=_TOPIC_CONNECTORS, digits=False, max_tokens=14)
    b = next((x for x in range(e + 2, b) if t.words[x] == "in" and ctx.type_at(x + 1) == "Location"), b)
    while b > e + 2 and t.words[b - 1] in _TOPIC_CONNECTORS:
        b -= 1
    return b


def _seat_edition(ctx: Ctx, e: int) -> int:
    """End of "<Event head> <City> <Year>": a place right after an event head belongs to the name when the edition
    year follows it ("Indonesia Herbal Business Matching Jeddah 2025"); without the year the name ends at the head."""
    t = ctx.t
    if e >= len(t.words) or t.newline_before[e] or ctx.type_at(e) != "Location" or ctx.spans[ctx.owner[e]][0] != e:
        return e
    b = ctx.spans[ctx.owner[e]][1]
    if b < len(t.words) and _YEAR.match(t.words[b]) and not t.newline_before[b] and b - e <= 3:
        ctx.drop(ctx.owner[e])
        return b + 1
    return e


def _forum_editions(ctx: Ctx) -> None:
    """"Forum Komunikasi Distribusi Obat Kalimantan Selatan 2025": a body-like name that starts with an event word and
    carries an edition year is that year's gathering, not a standing association."""
    t = ctx.t
    for m, x in enumerate(ctx.mentions):
        if x is None or x.type != "Organization" or x.source == "lexicon":
            continue
        a, b = ctx.spans[m]
        if b >= len(t.words) or not _YEAR.match(t.words[b]) or t.newline_before[b] or ctx.owner[b] >= 0 \
                or not t.match_phrase(a, t.cue.event_prefix) or t.words[a] not in ("Forum", "Temu", "Pertemuan"):
            continue
        ctx.drop(m)
        ctx.add(a, b + 1, "Event", None, "cue")


_AT = frozenset({"di", "at", "in"})


def _venue(ctx: Ctx, i: int, j: int, e: int) -> bool:
    """"di Grand City Convention & Exhibition, Surabaya": a venue, not an event: "Convention & Exhibition" with no
    edition after it, where something takes place."""
    w = ctx.t.words
    return (e == j + 1 and w[j] == "Exhibition" and j - i >= 3 and w[j - 2] == "Convention" and w[j - 1] in ("&", "and", "dan")
            and i > 0 and (w[i - 1].lower() in _AT or i > 1 and w[i - 1] == "the" and w[i - 2] in _AT) and not ctx.t.newline_before[i])


_DASHES = frozenset({"\u2013", "-", "\u2014"})


def _dash_pair(ctx: Ctx, e: int) -> bool:
    """Token e is a dash written without spaces between two name words ("Indonesia\u2013Japan"), not a
    spaced dash that opens an aside ("Expo 2026 \u2013 Menteri …")."""
    t = ctx.t
    return (0 < e < len(t) - 1 and t.words[e] in _DASHES and t.ends[e - 1] == t.starts[e] and t.ends[e] == t.starts[e + 1]
            and is_cap(t.words[e + 1]) and nameish(ctx, e + 1) and not t.newline_before[e + 1])


def _proper_after(ctx: Ctx, a: int, e: int) -> bool:
    """Whether [a, e) has a word that names something: not generic, institutional or another event word ("Dialog")."""
    c = ctx.t.cue
    return any(is_cap(w) and w not in c.generic and w not in c.institutional and (w,) not in c.event_prefix
               for w in ctx.t.words[a:e])


def _named_kind(ctx: Ctx, a: int, e: int) -> bool:
    """Tokens [a, e) are an event name of their own: two or more words, one of them an event head
    ("Indonesia Pharma & Health Expo"), so a kind word before them is not part of it."""
    t = ctx.t
    return e - a >= 2 and is_cap(t.words[a]) and any(w in t.cue.event_suffix for w in t.words[a:e])
