"""HELD_IN, and which event a sentence talks about when it does not name one.

"Forum X … di Surabaya", "di Jakarta Convention Center, Jakarta" (the venue's city), "yang digelar oleh
A dan B (ACR) di Seoul"; "Acara ini berlangsung di …" is the event named last. A later session
("Pertemuan X berikutnya … di Kuala Lumpur") is not where the event was held.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues, places
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.event_refs import kind_around, last_event
from graphbuild.types import Entity

_HELD = re.compile(r"^[^\u2588;:!?]{0,60}?\b(?:di|in|at)\s+(?:the\s+)?(?:(?:kota|kabupaten|provinsi)\s+)?"
                   r"(?:(?:grand\s+)?ballroom\s+|function\s+room\s+)?$", re.I)  # "di Ballroom Hotel Aston Kupang": the hotel's hall
_HELD_ANAPHOR = re.compile(
    r"\b(?:berlangsung|digelar|diselenggarakan|dilaksanakan|diadakan|bertempat|dipusatkan|held|took\s+place)\s+(?:\w+\s+)?"
    r"(?:di|in|at)\s+$",
    re.I,
)
# "Pertemuan X berikutnya di …", "tidak jadi digelar di …", "will not be held in …": not where it was held
_NEXT_SESSION = re.compile(r"\b(?:berikutnya|selanjutnya|mendatang|next|upcoming|tidak|tak|batal|urung|gagal|not|never|"
                           r"dibatalkan|ditunda|cancel\w*|postponed)\b", re.I)
# "… setelah sebelumnya diselenggarakan di Bandung dan Surabaya", "was previously held in …": earlier editions, elsewhere
_EARLIER = re.compile(r"\b(?:sebelumnya|sebelum\s+ini|pernah|tahun\s+lalu|previously|last\s+year|earlier\s+editions?)\b", re.I)
# "Panitia Kongres X berkantor di Jakarta", "the Summit's secretariat is based in …": where its people sit, not where it is held
_SEATED = re.compile(r"\b(?:berkantor|bermarkas|berdomisili|beralamat|berkedudukan|based|headquartered)\b", re.I)
_BY_HOST = re.compile(r"^[^\u2588;:.]{0,40}?\b(?:digelar|diselenggarakan|diadakan|dilaksanakan|digagas|diinisiasi|organi[sz]ed|hosted)"
                      r"(?:\s+(?:oleh|by))?\s+(?:the\s+)?$", re.I)  # "yang digelar Universitas X di Makassar"
AT_PLACE = re.compile(r"^\s+(?:di|in|at)\s+(?:(?:kota|kabupaten|provinsi)\s+)?$", re.I)
# "dibuka oleh Wamenkes, dr. X, Sp.PD, di JIExpo …": the opener's degrees, then where
_AT_AFTER_HOST = re.compile(rf"^(?:\s*,\s*{cues.DEGREE})*\s*,?\s+(?:di|in|at)\s+(?:the\s+)?(?:(?:kota|kabupaten|provinsi)\s+)?$",
                            re.I)
# "yang diselenggarakan oleh A (…) berlangsung di Jakarta": the host, then where the event took place
_HELD_AT = re.compile(r"^\s*,?\s+(?:pada\s+[\w\s()/,\u2013\u2014-]{0,30}?\s+)?"
                      r"(?:(?:sehari|dua\s+hari|tiga\s+hari|seminggu|sepekan|sebulan|beberapa\s+hari)\s+(?:sebelumnya|sesudahnya|setelahnya|kemudian)\s+)?"  # "… sehari sebelumnya di Hotel X"
                      r"(?:(?:berlangsung|digelar|diadakan|dilaksanakan|bertempat|dipusatkan|held|took\s+place)\s+)?"
                      r"(?:secara\s+(?:hibrida|luring|daring|tatap\s+muka|hybrid)\s+)?"  # "yang digelar BPOM secara hibrida di Hotel X"
                      r"(?:di|in|at)\s+(?:(?:aula|auditorium|gedung|ruang)\s+)?(?:(?:kota|kabupaten|provinsi)\s+)?$", re.I)  # "di aula Kawasan X"
# "Forum dibuka oleh …", "Acara dihadiri …": the sentence opens with the bare kind of the event named before
_KIND_ONLY = re.compile(r"^\W*(?:acara|kegiatan|pertemuan|rapat|forum|seminar|webinar|konferensi|lokakarya|simposium|"
                        r"kongres|pameran|ajang|perhelatan|gelaran|peresmian|penyerahan|sosialisasi|workshop|pelatihan|bimtek|bimbingan\s+teknis|"
                        r"sarasehan|training|munas|musda|muswil|musyawarah|rakernas|rakornas|rakerda|rakor|raker|rapimnas|temu\s+(?:bisnis|usaha)|business\s+(?:forum|meeting|matching)|talk\s*show|the\s+(?:event|meeting|forum|conference|symposium|summit|workshop|seminar|webinar|training))"
                        # "Konferensi pers dihadiri …", "Acara penyerahan turut dihadiri …": the kind's own qualifier
                        r"(?:\s+(?:pers|kerja|koordinasi|sosialisasi|pembukaan|penyerahan|peresmian|puncak|penandatanganan|bantuan)(?:\s+[a-z]+)?)?"
                        r"(?:\s+(?:turut|juga|pun|pula|also))?\s+$", re.I)  # "Kegiatan turut dihadiri …"
_AND_BY = re.compile(r"^\s*,?\s*(?:and|dan|serta)\s+(?:hosted|organi[sz]ed|co-organi[sz]ed|digelar|diselenggarakan)\s+"
                     r"(?:by|oleh)\s+(?:the\s+)?$", re.I)
_OPENED = re.compile(r"^[^\u2588;:.]{0,40}?\b(?:dibuka|diresmikan|opened|inaugurated)\b(?:[^;:.]|\b(?:dr|Dr|Prof|Ir|Hj?|Drs|Dra|drg)\.){0,60}$",
                     re.I)  # "dibuka oleh Wamenkes, dr. X": an honorific's dot
# ("signed in Jakarta on 16 June 2025 on the sidelines of …": the date between)
_SIDELINES = re.compile(r"^\s*,?\s*(?:(?:on|pada)\s+(?:[\w/()]+[\s,]+){1,4}?)?(?:on\s+the\s+sidelines\s+of|di\s+sela(?:-sela)?|disela-sela|"
                        r"dalam\s+rangkaian)\s+(?:the\s+)?(?:(?:pameran|ajang|acara)\s+)?$", re.I)
# "Surabaya (ditetapkan) sebagai tuan rumah X", "Bali menjadi tuan rumah penyelenggaraan X": where X is held
_HOST_PLACE = re.compile(r"^\s*,?\s*(?:(?:resmi\s+|kembali\s+|akan\s+)?(?:(?:ditetapkan|terpilih|dipilih)\s+)?(?:sebagai|menjadi)\s+)?tuan\s+rumah\s+"
                         r"(?:(?:penyelenggaraan|pelaksanaan|ajang|gelaran|perhelatan|kegiatan)\s+)?$", re.I)
_THEMED = re.compile(r"\s*,?\s*(?:bertema(?:kan)?|bertajuk|mengusung\s+tema|mengangkat\s+tema|themed)\s*"
                     r"(?:\"[^\"]{1,120}\"|\u201c[^\u201d]{1,120}\u201d|\u2588+)\s*,?",
                     re.I)
_GLOSS_YEAR = re.compile(r"^\s*\([^()\u2588]{0,6}\u2588+[^()\u2588]{0,12}\)(?:\s+(?:19|20)\d\d\b)?")  # "(IHPE) 2026", "(PPWG ke-40)"
_HQ_OF = re.compile(r"\s*,\s*(?:di\s+)?(?:kantor|gedung|markas)(?:\s+(?:pusat|besar|utama))?\s+", re.I)
_HELD_ROOM = re.compile(r"^[^\u2588;:!?]{0,60}?\b(?:di|in|at)\s+(?:the\s+)?(?:aula|auditorium|gedung|ruang|balai|hall|kampus)\s+$",
                        re.I)
# "di Auditorium Fakultas Farmasi UGM, Kampus X, Yogyakarta": a hall the entity stage left unnamed, then its campus or city
_HELD_UNNAMED_ROOM = re.compile(r"^[^\u2588;:!?]{0,60}?\b(?:di|in|at)\s+(?:the\s+)?(?:aula|auditorium|gedung|ruang|hall|graha)"
                                r"(?:\s+[A-Z][\w&.-]*){1,6}\s*,\s*$")
watch(_HELD_ANAPHOR, _OPENED)
HELD_ANAPHOR = _HELD_ANAPHOR  # all ``held_in`` reads in a sentence naming no event (``events`` gates on it)


def event_for(ctx: Context, v: View, pos: int) -> tuple[Entity | None, bool]:
    """The event a cue at ``pos`` talks about, and whether it was named only by anaphora."""
    named = v.before(pos, ("Event",))
    if named:
        return named[0].ent, False
    if ((v.may(cues.EVENT_ANAPHOR) and cues.EVENT_ANAPHOR.search(v.masked[:pos])) or not v.masked[:pos].strip()
            or kind_around(v, pos)):
        return last_event(ctx, v.index), True
    if _KIND_ONLY.match(v.masked[:pos]):
        ev = last_event(ctx, v.index)  # "Peresmian dihadiri …" after a shareholders' meeting: another occasion
        return (ev if ev is None or same_occasion(v.masked[:pos], ev) else None), True
    return None, True


# occasions of their own: "Peresmian dihadiri …" is not the meeting told before
_CEREMONY = re.compile(r"^\W*(peresmian|penyerahan|sosialisasi)\b", re.I)


def same_occasion(lead: str, ev: Entity) -> bool:
    """Whether a sentence opening with an occasion's kind ("Peresmian …") may stand for ``ev`` (its name has that kind)."""
    kind = _CEREMONY.match(lead)
    return kind is None or kind.group(1).lower() in ev.name.lower()


# "Bertempat di Gedung X, Yogyakarta, Konferensi Y dibuka …": the venue before the event
_VENUE_FIRST = re.compile(r"^\W*(?:bertempat|berlokasi)\s+di\s+", re.I)
# "650 apoteker berkumpul di Graha X, Bandung, … untuk mengikuti Simposium Y": where they gathered for it
# "bertolak ke Kabupaten X untuk menghadiri Y", "flew to Osaka to attend Y": where one travelled for it
_GATHERED = re.compile(r"\b(?:(?:berkumpul|gathered|convened)\s+(?:di|at|in)|(?:bertolak|berangkat|terbang|bertandang)\s+(?:ke|menuju)"
                       r"|(?:flew|travell?ed|headed)\s+to)\s+(?=\u2588)", re.I)
_NOT_HERE = re.compile(r"[;:]|\b(?:sebelum|lalu|kemudian|before|then)\b", re.I)  # "gathered in X, then flew on to Y"
_TO_ATTEND = re.compile(r"\b(?:(?:untuk|guna)\s+(?:mengikuti|menghadiri)|for|to\s+attend)\s+(?:the\s+)?$", re.I)
watch(_VENUE_FIRST, _GATHERED)


# words opening the name of a hall or building the entity stage may type as a place
_ROOMS = frozenset({"Aula", "Gedung", "Graha", "Grha", "Wisma", "Auditorium", "Ruang", "Balairung", "Pendopo", "Pendapa", "Hall"})


def held_in(ctx: Context, v: View, named: bool) -> None:
    if named and v.may(_VENUE_FIRST) and _VENUE_FIRST.match(v.masked):
        ev = next(m for m in v.mentions if m.type == "Event")
        first = v.mentions[0]
        if first.type == "Location" and first.end < ev.start:
            ctx.emit("HELD_IN", ev.ent, first.ent, v, 0.7)
        elif first.type in ("Facility", "Organization") and first.end < ev.start:
            _venue_city(ctx, v, ev.ent, first)
    for m in v.mentions if named else ():
        if m.type != "Event" or other_edition(v, m):
            continue
        came = _GATHERED.search(v.masked[: m.start]) if v.may(_GATHERED) else None
        if came is not None and _TO_ATTEND.search(v.masked[max(0, m.start - 30) : m.start]) and not _NOT_HERE.search(
                v.masked[came.end() : m.start]):
            place = next(iter(v.after(came.end())), None)
            if place is not None and place.type == "Location" and place.text.split()[0] not in _ROOMS:
                ctx.emit("HELD_IN", m.ent, place.ent, v, 0.7)
            elif place is not None and place.type in ("Facility", "Location"):
                _venue_city(ctx, v, m.ent, place)
        before = v.prev_mention(m)  # "signed in Jakarta on the sidelines of the Forum X"
        if before is not None and before.type == "Location" and (_SIDELINES.match(v.masked[before.end : m.start]) or (
                "tuan rumah" in v.masked and _HOST_PLACE.match(v.masked[before.end : m.start]))):
            ctx.emit("HELD_IN", m.ent, before.ent, v, 0.7)  # "penetapan Surabaya sebagai tuan rumah PIT IAI 2026"
        end = m.end
        nxt = v.next_mention(m)
        while nxt is not None and nxt.type != "Location" and re.fullmatch(r"[\s-]?", v.gap(end, nxt.start)):
            end, nxt = nxt.end, v.next_mention(nxt)  # a name split in two by the entity stage
        if nxt is not None and nxt.type != "Location" and (gloss := _GLOSS_YEAR.match(v.masked[end:])) is not None and end + gloss.end() > nxt.end:
            end, nxt = end + gloss.end(), next(iter(v.after(end + gloss.end())), None)  # "Meeting (PPWG ke-40) yang digelar di": its short name
        if nxt is not None and (_NEXT_SESSION.search(v.masked[end : nxt.start]) or _SEATED.search(v.masked[end : nxt.start])):
            continue  # "Pertemuan X berikutnya direncanakan di Kuala Lumpur": a later session, elsewhere
        gap = _THEMED.sub("", v.masked[end : nxt.start]) if nxt is not None else ""  # "bertema "…" pada …, di"
        gap = _GLOSS_YEAR.sub("", gap)  # "Indonesia Halal Pharma Expo (IHPE) 2026 di …": the acronym and edition
        if nxt is not None and nxt.type == "Location" and _HELD.match(gap):
            if nxt.text.split()[0] not in _ROOMS:  # "di Aula Garuda Mukti, Kampus C Unair, Surabaya": a hall, not a place
                ctx.emit("HELD_IN", m.ent, nxt.ent, v, 0.8)
            _venue_city(ctx, v, m.ent, nxt)
        elif nxt is not None and nxt.type == "Facility" and _HELD.match(gap):
            _venue_city(ctx, v, m.ent, nxt)  # "di Jakarta Convention Center, Jakarta": the venue's city
        elif nxt is not None and nxt.type == "Organization" and _HELD_ROOM.match(gap):
            _venue_city(ctx, v, m.ent, nxt)  # "di Aula Fakultas Kedokteran, Surabaya": a room of a body
        elif nxt is not None and nxt.type in ("Facility", "Location") and _HELD_UNNAMED_ROOM.match(gap):
            if nxt.type == "Facility" or nxt.text.split()[0] in _ROOMS:
                _venue_city(ctx, v, m.ent, nxt)  # "di Auditorium Fakultas X, Kampus Y, Yogyakarta": the campus's city
            elif not ctx.is_country(nxt.ent):
                ctx.emit("HELD_IN", m.ent, nxt.ent, v, 0.7)
        # "Temu Bisnis X yang digelar oleh Dinas Y di Kota Bandung"
        if nxt is not None and nxt.type == "Organization" and _BY_HOST.match(_GLOSS_YEAR.sub("", v.masked[end : nxt.start])):
            last = v.chain(nxt, ("Organization",))[-1]  # "oleh A dan B (ACR) di Seoul"
            place = v.next_mention(last)
            while place is not None and place.type == "Organization" and (_AND_BY.match(v.gap(last.end, place.start))
                                                                          or not v.gap(last.end, place.start).strip()
                                                                          or cues.WITH.match(v.masked[last.end : place.start])):
                last = v.chain(place, ("Organization",))[-1]  # "organised by A and hosted by B in Jakarta", "Direktorat X BPOM", "A bersama B"
                place = v.next_mention(last)
            placed = False
            if place is not None and place.type == "Location" and _HELD_AT.match(
                    re.sub(r"^\s*\([^()]*\)", "", v.gap(last.end, place.start))):
                ctx.emit("HELD_IN", m.ent, place.ent, v, 0.75)
                placed = True
            elif place is not None and place.type == "Facility" and _HELD_AT.match(re.sub(r"^\s*\([^()]*\)", "", v.gap(last.end, place.start))):
                placed = _venue_city(ctx, v, m.ent, place)  # "yang digelar A di Gedung X, Kota Malang"
            if not placed and (seat := _seat(ctx, last)) is not None and not any(
                    x.type == "Location" for x in v.after(last.end, None, v.clause_end(last.end))):
                ctx.emit("HELD_IN", m.ent, seat, v, 0.7)  # "yang digelar BBPOM di Surabaya pada Rabu …": the office's city
        # "Kongres X dibuka oleh Gubernur Y di Makassar": where the one who opened it did so
        host = next(iter(v.after(end, ("Person",))), None) if v.may(_OPENED) else None
        if host is not None and _OPENED.match(_GLOSS_YEAR.sub("", v.masked[end : host.start])):  # "Expo (IHME) 2026 dibuka oleh"
            place = v.next_mention(host)
            if place is not None and place.type == "Location" and _AT_AFTER_HOST.match(v.gap(host.end, place.start)):
                ctx.emit("HELD_IN", m.ent, place.ent, v, 0.7)
            elif place is not None and place.type == "Facility" and _AT_AFTER_HOST.match(v.gap(host.end, place.start)):
                _venue_city(ctx, v, m.ent, place)  # "dibuka oleh X di JIExpo Kemayoran, Jakarta Pusat"
    for loc in v.mentions if v.may(_HELD_ANAPHOR) else ():
        if loc.type == "Facility" and _HELD_ANAPHOR.search(v.masked[: loc.start]) and not v.before(loc.start, ("Event",)):
            ev, _ = event_for(ctx, v, loc.start)  # "Acara tersebut berlangsung di Hotel X, Jakarta"
            if ev is not None:
                _venue_city(ctx, v, ev, loc)
        if loc.type != "Location":
            continue
        if _HELD_ANAPHOR.search(v.masked[: loc.start]) and not v.before(loc.start, ("Event",)) \
                and not _EARLIER.search(v.masked, max(0, loc.start - 60), loc.start):
            ev, _ = event_for(ctx, v, loc.start)
            if ev is not None:
                ctx.emit("HELD_IN", ev, loc.ent, v, 0.7)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


_YEAR_NEXT = re.compile(r"\s+((?:19|20)\d\d)\b")


def other_edition(v: View, m: M) -> bool:
    """"IPRS 2026 akan digelar di Surabaya" under the entity "… Summit 2025": another year's edition, held elsewhere."""
    said = _YEAR.findall(m.text) or [y.group(1) for y in (_YEAR_NEXT.match(v.masked, m.end),) if y is not None]
    return bool(said) and bool(named := _YEAR.findall(m.ent.name)) and not set(said) & set(named)


def _seat(ctx: Context, host: M) -> Entity | None:
    """The city an office is named by ("Balai Besar POM di Surabaya"), when the text names that place."""
    names = (host.ent.name, *host.ent.aliases) if host.type == "Organization" else ()
    seat = next((n.rsplit(" di ", 1)[1] for n in names if " di " in n), None)
    if not seat:
        return None
    return next((e for e in ctx.entities if e.type == "Location" and e.name.casefold() == seat.casefold()), None)


_REGENT_OFFICE = frozenset({"Bupati", "Kabupaten", "Pemkab", "Regent", "Regency"})


def _named_city(ctx: Context, v: View, ev: Entity, venue: M) -> bool:
    """"di Pontianak Convention Center, 24–26 September": a venue named after its city, which the text names."""
    words = venue.text.split()
    kinds = ("city", "district") if _REGENT_OFFICE.isdisjoint(words) else ("city",)  # "Hotel Santika Pasuruan": a regency
    for e in ctx.entities:  # written bare names the town; "Aula Kantor Bupati Mimika" names the regent's office, not a town
        if e.type == "Location" and e.category in kinds and not ctx.is_country(e):
            if any(words[i : i + len(n)] == n for n in (x.split() for x in (e.name, *e.aliases))
                   for i in range(len(words) - len(n) + 1)):  # ("Saigon Exhibition Center": the city's other name)
                ctx.emit("HELD_IN", ev, e, v, 0.65)
                return True
    return False


# "Timika – Loka POM … menggelar Rapat X di Aula Kantor Bupati", "BANDUNG, KOMPAS.com –": the story's dateline place
_DATELINE = re.compile(r"\W{0,3}$")
_DATELINE_END = re.compile(r"\s*(?:,|\(|/|[\u2013\u2014-]\s)")


def dateline_city(ctx: Context) -> Entity | None:
    """The city the story is datelined in ("BANDUNG, KOMPAS.com –", "Dubai / Surabaya, 30 October 2025 –"), once a text."""
    if "_dateline_city" not in ctx.__dict__:
        ctx.__dict__["_dateline_city"] = next((m.ent for w in ctx.views[:6] for m in w.mentions[:1]
                                               if m.type == "Location" and _DATELINE.match(w.masked[: m.start])
                                               and _DATELINE_END.match(w.masked, m.end)
                                               and places.category(m.ent) in ("city", "district", "area")), None)
    return ctx.__dict__["_dateline_city"]  # type: ignore[no-any-return]


def _dateline_held(ctx: Context, v: View, ev: Entity, venue: M) -> bool:
    """An event at a venue the sentence places nowhere was held where the story is datelined (a city the text names)."""
    if any(m.type == "Location" for m in v.after(venue.start)):
        return False
    city = dateline_city(ctx)
    if city is None:
        return False
    ctx.emit("HELD_IN", ev, city, v, 0.55)
    return True


_STREET = frozenset({"Jalan", "Jl", "Jln", "Street", "Road"})  # a street in an address, no town
_CAMPUS = frozenset({"Kampus", "Campus"})  # "Aula Fakultas X, Kampus A, Surabaya": the faculty's campus
_ON_CAMPUS = re.compile(r"\s*,\s*(?:[Kk]ampus\s+)?")
_CAMPUS_TAIL = re.compile(r"\s*(?:\([^()]*\))?\s*(?:[A-Z][a-z]+\s*){0,2},\s*")  # "Kampus Unand Limau Manis, Padang"


_RANK = {"area": 0, "district": 1, "city": 2}  # an area lies in a district (Kemayoran, Jakarta Pusat), a district in a city


def _venue_city(ctx: Context, v: View, ev: Entity, venue: M) -> bool:
    """"di Jakarta Convention Center, Jakarta": the event is in the venue's city too (not in a list of places)."""
    city, area = v.next_mention(venue), None
    while city is not None and city.start < venue.end:  # a name nested in the venue's ("Universitas X" in "Fakultas … X")
        city = v.next_mention(city)
    if city is not None and city.type == "Location" and city.text.split()[0].rstrip(".") in _STREET and re.fullmatch(
            r"\s*,\s*", v.gap(venue.end, city.start)):
        venue, city = city, v.next_mention(city)  # "di Hotel X, Jalan Tunjungan, Surabaya": the street is the venue's address
    if city is not None and city.type == "Location" and re.fullmatch(r"\s*(?:\([^()]*\))?\s*", v.gap(venue.end, city.start)):
        venue, area, city = city, city, v.next_mention(city)  # "JIExpo Kemayoran, Jakarta Pusat": the area is part of the venue's name
    elif city is not None and city.type == "Facility" and (venue.text.split()[0] in _ROOMS or city.text.split()[0] in _CAMPUS) and re.fullmatch(
            r"\s*,\s*", v.gap(venue.end, city.start)):
        venue, city = city, v.next_mention(city)  # "Aula Garuda Mukti, Kampus C Unair, Surabaya": the hall's campus
    elif city is not None and city.type == "Organization" and _HQ_OF.fullmatch(v.gap(venue.end, city.start)):
        after = v.next_mention(city)  # "di Aula Gedung X, kantor pusat BPOM, Jakarta Pusat": the body's head office, then the city
        if after is not None and after.type == "Location" and re.fullmatch(r"\s*,\s*", v.gap(city.end, after.start)):
            venue, city = city, after
    elif city is not None and city.type == "Organization" and _ON_CAMPUS.fullmatch(v.gap(venue.end, city.start)):
        after = v.next_mention(city)  # "di Grha Sabha Pramana, Universitas Gadjah Mada (UGM), Yogyakarta": the campus
        if after is not None and after.type == "Location" and _CAMPUS_TAIL.fullmatch(v.gap(city.end, after.start)):
            venue, city = city, after  # ("…, Kampus ITS Sukolilo, Surabaya": the campus by its area)
    if (city is None or city.type != "Location") and area is not None and not ctx.is_country(area.ent):
        ctx.emit("HELD_IN", ev, area.ent, v, 0.65)  # "di Jakarta International Expo (JIExpo) Kemayoran, 19-21 Mei": no city after the area
        return True
    if city is None or city.type != "Location":  # (a place held it already: "di Jakarta Pusat" is not also in "Jakarta")
        return venue.type != "Location" and (_named_city(ctx, v, ev, venue) or _dateline_held(ctx, v, ev, venue))
    if ctx.is_country(city.ent):  # "di Dubai World Trade Centre, Uni Emirat Arab": the city the venue is named after
        return _named_city(ctx, v, ev, venue)
    if venue.type == "Location" and places.category(venue.ent) == "city" and places.category(city.ent) == "province":
        return False  # "RUPSLB di Depok, Jawa Barat": the city held it; its province only places the city
    if (not re.fullmatch(r"\s*(?:\([^()]*\))?\s*(?:[A-Z][A-Za-z]+\s*){0,2}(?:,|in|di)\s*", v.gap(venue.end, city.start))):
        return False
    more = v.next_mention(city)
    if more is not None and more.type == "Location" and re.fullmatch(r"\s*(?:,|dan|serta|and)\s*", v.gap(city.end, more.start)) and not (
            re.fullmatch(r"\s*,\s*", v.gap(city.end, more.start)) and places.contains(more.ent, city.ent)):
        return False  # a list of places, not "Semarang, Jawa Tengah" (the city and its province)
    ctx.emit("HELD_IN", ev, city.ent, v, 0.7)
    if (more is not None and _RANK.get(places.category(city.ent), 9) < _RANK.get(places.category(more.ent), -1)
            and places.contains(more.ent, city.ent) and v.gap(city.end, more.start).strip() == ","):
        ctx.emit("HELD_IN", ev, more.ent, v, 0.65)  # "di JCC, Senayan, Jakarta", "JIExpo, Kemayoran, Jakarta Pusat": the area's town too
    return True
