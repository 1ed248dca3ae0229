"""Where the company a sentence is about has its seat, told after a description of it.

Why: company profiles and "about" paragraphs describe the firm first and give its seat at the end:
"PT X is an Indonesian biopharmaceutical company established in 2012 and headquartered in Jakarta",
"X, a subsidiary of Y, is headquartered in Jakarta", "PT X, perusahaan farmasi yang didirikan pada
1985, berkantor pusat di Surabaya". The seat belongs to the sentence's subject (the organisation that
opens it), not to the nearest name before the cue, which ``locations`` reads for "X based in Y".
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import based_seats, places, regional_offices
from graphbuild.extract.relations.common import Context, M, View, watch

_SEAT = re.compile(r"\b(?:headquartered|based|domiciled)\s+in\s+$|\b(?:berkantor\s+pusat|berkedudukan|bermarkas|berpusat|"
                   r"berdomisili)\s+di\s+$|\b(?:didirikan\s+(?:pada\s+(?:tahun\s+)?\d{4}\s+)?di|(?:founded|established)\s+"
                   r"(?:in\s+\d{4}\s+)?in)\s+$", re.I)  # "PT X didirikan pada 2016 di Padang": where it was founded
_CUE = re.compile(r"\b(?:headquartered|based|domiciled|berkantor\s+pusat|berkedudukan|bermarkas|berpusat|berdomisili|"
                  r"didirikan|founded|established)\b", re.I)
watch(_CUE)
# the subject opens the sentence: "PT X …", "Sentosa Medika, …", "About X\n"
_OPENING = re.compile(r"^\W*(?:PT\.?\s+)?$")
_AND = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:dan|serta|and|&)\s+", re.I)
_RELATIVE = re.compile(r"[\s,)]*(?:yang|which|that)\b", re.I)


def find(ctx: Context) -> None:
    _kind_seats(ctx)
    _estate_towns(ctx)
    _named_sites(ctx)
    _foreign_cities(ctx)
    _listed_towns(ctx)
    _institution_towns(ctx)
    _mission_seats(ctx)
    regional_offices.find(ctx)  # "Kantor Wilayah <parent> <region>" is part of the parent
    for v in ctx.where(_CUE):
        if v.mentions[0].type != "Organization":
            continue
        subject = v.mentions[0]
        if subject.role is not None or not _OPENING.match(v.masked[: subject.start]):
            continue
        for m in v.mentions[1:]:
            if m.type == "Location" and _SEAT.search(v.masked[max(subject.end, m.start - 40) : m.start]):
                near = v.prev_mention(m)
                if near is not None and near is not subject and near.type == "Organization" \
                        and (_RELATIVE.match(v.masked, (near.gloss or near).end) or _paired(v, subject)):
                    break  # "… dan perusahaan asal Swiss, Haldenhof AG, yang bermarkas di Basel": Haldenhof's seat
                    # ("A and B, a company headquartered in X": B's)
                ctx.emit("LOCATED_IN", subject.ent, m.ent, v, 0.7)
                break


def _paired(v: View, subject: M) -> bool:
    """"A and B (…), a company headquartered in X": the subject is one of a pair, the description B's."""
    nxt = v.next_mention(subject)
    return nxt is not None and nxt.type == "Organization" and bool(_AND.fullmatch(v.gap(subject.end, nxt.start)))


# a firm's seat or someone's origin told with the town: "headquartered in Seoul", "berbasis di Kuala Lumpur", "a
# Seoul-based maker", "perwakilan dari Osaka"
_CITY_SEAT = re.compile(r"\b(?:dari|asal|from)\s+$|\b(?:headquartered|based|domiciled|located)\s+in\s+(?:the\s+city\s+of\s+)?$|\b(?:berkantor(?:\s+pusat)?|"
                        r"berkedudukan|bermarkas|berpusat|berdomisili|berbasis|berlokasi)\s+di\s+(?:kota\s+)?$", re.I)


def _foreign_cities(ctx: Context) -> None:
    """"… headquartered in Seoul …" in a story that names South Korea: a foreign city the gazetteer puts in a
    country the document names is in that country (told where the city is first named with it), unless the text
    places it in a state or province of its own.

    Only where the sentence names the country too, or tells the city as a firm's seat: a town named alone for
    where a deal was signed, a delegation went or a plant runs ("ditandatangani di Mumbai", "meninjau fasilitas
    … di Songdo, Incheon") is a place of the story, and the annotators leave it out of its country."""
    countries = {n.casefold(): e for e in ctx.entities if ctx.is_country(e) for n in (e.name, *e.aliases)}
    if not countries:
        return
    table = places._countries()
    for v in ctx.busy:
        for m in v.mentions:
            if m.type != "Location" or ctx.is_country(m.ent) or not places.foreign(m.ent) or places.category(m.ent) == "area":
                continue  # (a district "Songdo" lies in its city)
            home = next((table[n.casefold()] for n in (m.ent.name, *m.ent.aliases) if n.casefold() in table), None)
            country = countries.get(home.casefold()) if home else None
            if country is None or ctx.has("LOCATED_IN", head=m.ent, tail=country):
                continue
            if any(r.tail in ctx.by_id and not ctx.is_country(ctx.by_id[r.tail]) for r in ctx.has("LOCATED_IN", head=m.ent)):
                continue  # "Boston, Massachusetts": the state the text puts the city in is what lies in the country
            if m.text.isupper():
                nxt = v.next_mention(m)
                if nxt is None or nxt.ent is not country or v.gap(m.end, nxt.start).strip() != ",":
                    continue  # a dateline's "BEIJING —" places the writer, not a fact ("DUBAI, United Arab Emirates" does)
            named = any(x.ent is country for x in v.mentions)
            if not named and not (places.category(m.ent) == "city" and (_CITY_SEAT.search(v.masked[max(0, m.start - 40) : m.start])
                                                                        or based_seats.AFTER.match(v.masked[m.end : m.end + 8]))):
                continue
            ctx.emit("LOCATED_IN", m.ent, country, v, 0.5)


_FROM = re.compile(r"^\s+(?:dari|asal|from)\s+$", re.I)
_NEXT_ITEM = re.compile(r"^\s*(?:,|;)?\s*(?:(?:dan|serta|and)\s+)?$", re.I)


def _listed_towns(ctx: Context) -> None:
    """"Penerima sertifikat antara lain PT A, PT B dari Malang, serta PT C": in a list of companies, the town
    each item names with "dari" is its seat (a lone "PT X dari Jakarta" may only be travelling)."""
    for v in ctx.busy:
        pairs = []
        for m in v.mentions:
            if m.type != "Organization" or m.ent.category not in ("company", None) or m.role is not None:
                continue
            town, after = v.next_mention(m), None
            if town is None or town.type != "Location" or not _FROM.match(v.gap(m.end, town.start)):
                continue
            if places.category(town.ent) not in ("city", "district") or ctx.is_country(town.ent):
                continue
            pairs.append((m, town))
            if m.ent.category != "company":
                continue
            after = v.next_mention(town)
            before = v.prev_mention(m)
            if any(x is not None and x.type == "Organization" and x.ent.category == "company" and _NEXT_ITEM.match(gap)
                   for x, gap in ((after, v.gap(town.end, after.start) if after else ""),
                                  (before, v.gap(before.end, m.start) if before else ""))):
                ctx.emit("LOCATED_IN", m.ent, town.ent, v, 0.6)
        if len(pairs) >= 2 and len({t.ent.id for _, t in pairs}) >= 2:
            for m, town in pairs:  # "yakni A dari Kota Pontianak untuk produk P dan B dari Kabupaten Sanggau untuk …"
                ctx.emit("LOCATED_IN", m.ent, town.ent, v, 0.6)


# "… bersama Fakultas Farmasi Universitas Airlangga (Unair), Surabaya.": a university or hospital written with
# its town after a comma, the town closing the clause (the sentence ends, a day, a predicate or the next pair follows)
_TOWN_GAP = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,\s*")
_TOWN_END = re.compile(r"\s*(?:[.;:]|$|,\s+(?:(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b|(?:dan|serta|and)\s+\u2588"
                       r"|[a-z])|\s+(?:dan|serta|and)\s+\u2588)")


_HOSPITAL = re.compile(r"(?:Rumah\s+Sakit|RS[A-Z]{0,4}|Klinik|Puskesmas|Hospital)\b")


def _institution_towns(ctx: Context) -> None:
    for v in ctx.busy:
        for m in v.mentions:
            if m.type != "Organization" or not (m.ent.category == "academic" or _HOSPITAL.match(m.ent.name)) \
                    or m.role is not None or m.start in v.role_orgs:
                continue
            town = v.next_mention(m)
            if town is None or town.type != "Location" or places.category(town.ent) not in ("city", "district"):
                continue
            gap = v.gap(m.end, town.start)
            if not (_TOWN_GAP.fullmatch(gap) and _TOWN_END.match(v.masked, town.end) or gap == " " and _HOSPITAL.match(m.ent.name)):
                continue  # "RSUD Dr. Soetomo Surabaya": a hospital's town written after its name
            after = v.next_mention(town)
            if after is not None and after.type == "Location" and re.match(r"\s*(?:,|dan|serta|and)", v.gap(town.end, after.start)):
                continue  # "Universitas X, Jakarta dan Surabaya": a list of towns (or "Bandung, Jawa Barat": the chain rule's)
            ctx.emit("LOCATED_IN", m.ent, town.ent, v, 0.65)
            parent = next((e for e in ctx.entities if e.type == "Organization" and e is not m.ent
                           and m.ent.name.endswith(" " + e.name) and e.category == "academic"), None)
            if parent is not None:  # "Fakultas Farmasi Universitas Airlangga, Surabaya": the university is there too
                ctx.emit("LOCATED_IN", parent, town.ent, v, 0.65)


# "Kedutaan Besar UEA di Jakarta", "Konsulat Jenderal RI di Hong Kong", "Balai Besar POM di Semarang", "Loka POM di
# Kabupaten Banyumas": a mission or a BPOM office is where its name says
_MISSION_SEAT = re.compile(r"^(?:Kedutaan\s+Besar|Konsulat\s+Jenderal|KBRI|KJRI|(?:Balai\s+Besar|Balai|Loka)\s+(?:POM|Pengawas\s+Obat"
                           r"\s+dan\s+Makanan)|(?:the\s+)?(?:Embassy|Consulate(?:\s+General)?)\s+of)\b.*\s(?:di|in)\s+"
                           r"((?:Kota\s+|Kabupaten\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)$")  # "Embassy of India in Jakarta"


def _mission_seats(ctx: Context) -> None:
    towns = [e for e in ctx.entities if e.type == "Location" and not ctx.is_country(e)]
    for ent in ctx.entities:
        if ent.type != "Organization" or not (at := _MISSION_SEAT.match(ent.name)):
            continue
        # told where it is named (a title may have taken the mention: "Deputy Chief of Mission of the Embassy of X in Y")
        v = next((w for w in ctx.views if any(m.ent is ent for m in w.mentions)), None) or next(
            (w for w in ctx.views if ent.name in w.text), None)
        place = None
        for key in dict.fromkeys((at.group(1).casefold(), re.sub(r"^kota\s+", "", at.group(1).casefold()))):  # ("Kabupaten X" is no X)
            place = place or next((e for e in towns if key in {n.casefold() for n in (e.name, *e.aliases)}), None)
        if v is not None and place is not None and not any(
                r.head != ent.id and ctx.by_id[r.head].name[:4] in ("Bala", "Loka")
                for r in ctx.has("LOCATED_IN") if r.tail == place.id and r.head in ctx.by_id):
            ctx.emit("LOCATED_IN", ent, place, v, 0.7)  # (once per town: a second office there is a duplicate name)


# "PT A. Perusahaan distributor yang berkantor di Tangerang, Banten, itu …": a kind of company, seated in a relative
# clause and closed by a demonstrative, opens the sentence: the company named just before is seated there
_KIND_CUE = re.compile(r"\byang\s+(?:berkantor|berlokasi|berbasis|bermarkas|berpusat|berada|berkedudukan)\s+di\b", re.I)
watch(_KIND_CUE)
_KIND_SEAT = re.compile(r"\W*(?:perusahaan|PBF|distributor|produsen|pabrikan|industri\s+farmasi|importir|pemasok)(?:\s+[a-z][\w-]*){0,3}?"
                        r"\s+yang\s+(?:berkantor(?:\s+pusat)?|berlokasi|berbasis|bermarkas|berpusat|berada|berkedudukan)\s+di\s+$", re.I)
_THAT_AFTER = re.compile(r"(?:\s*,\s*\u2588+)*\s*,?\s+(?:itu|tersebut|ini)\b")


def _kind_seats(ctx: Context) -> None:
    for v in ctx.where(_KIND_CUE):
        if v.index == 0 or v.mentions[0].type != "Location":
            continue
        town = v.mentions[0]
        if not _KIND_SEAT.match(v.masked[: town.start]) or not _THAT_AFTER.match(v.masked, town.end):
            continue
        firm = next((e for e in ctx.recent(v.index, ("Organization",), pos=0, back=1, limit=4) if e.category == "company"), None)
        if firm is not None:
            ctx.emit("LOCATED_IN", firm, town.ent, v, 0.65)


# "… the X Plant in the Jababeka industrial estate, Cikarang, West Java", "di Kawasan Industri Candi, Semarang":
# a site in an industrial estate lies in the town written after it (the estate too)
_ESTATE = re.compile(r"(?:Kawasan\s+(?:Industri|Berikat|Ekonomi\s+Khusus)|KEK|Industrial\s+(?:Estate|Park)|Industrial\s+City)\b"
                     r"|.*\b(?:Industrial\s+(?:Estate|Park|City))$")
_ESTATE_GAP = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:\s+industrial\s+(?:estate|park|area|zone))?\s*,\s*", re.I)


def _estate_towns(ctx: Context) -> None:
    for v in ctx.busy:
        for m in v.mentions:
            if m.type != "Location" or not (_ESTATE.match(m.ent.name) or places.category(m.ent) == "area"):
                continue
            town = v.next_mention(m)
            if town is None or town.type != "Location" or places.category(town.ent) not in ("city", "district") \
                    or not (gap := _ESTATE_GAP.fullmatch(v.gap(m.end, town.start))) \
                    or not (_ESTATE.match(m.ent.name) or "industrial" in gap.group().lower()):
                continue  # ("Jababeka industrial estate, Cikarang"; not "Gedung Rektorat, Jatinangor, Sumedang")
            sited = [ctx.by_id[r.head] for r in ctx.has("LOCATED_IN") if r.tail == m.ent.id and r.head in ctx.by_id
                     and ctx.by_id[r.head].type == "Facility"]  # (a company with a plant there: the gold sets say no)
            for head in sited:
                ctx.emit("LOCATED_IN", head, town.ent, v, 0.6)
            if not ctx.has("LOCATED_IN", head=m.ent, tail=town.ent):
                ctx.emit("LOCATED_IN", m.ent, town.ent, v, 0.6)


# "… pabrik vaksin di Kawasan Industri X. Fasilitas bernama Y tersebut …", "Gudang berpendingin tersebut, yang diberi
# nama Y, …", "The facility, to be named Y, …": a site named only after the sentence before placed it
_NAMING = re.compile(r"\b(?:bernama|diberi\s+nama|dinamai|dinamakan|named|called)\b", re.I)
watch(_NAMING)
_NAMED_SITE = re.compile(r"\b(?:fasilitas|pabrik|gudang|sarana|facility|plant|warehouse)\b(?:\s+[\w-]+){0,3}?(?:\s+(?:tersebut|itu|ini))?"
                         r"\s*,?\s*(?:yang\s+|(?:to\s+be\s+|is\s+|was\s+)?)(?:bernama|diberi\s+nama|dinamai|dinamakan|named|called)\s+$", re.I)
_PLACED_SITE = re.compile(r"\b(?:fasilitas|pabrik|gudang|sarana|facility|plant|warehouse)\b[^.;:]{0,90}?\b(?:di|in|at)\s+(?:the\s+)?(?=\u2588)",
                          re.I)


def _named_sites(ctx: Context) -> None:
    for v in ctx.where(_NAMING):
        if v.index == 0:
            continue
        site = next((m for m in v.mentions if m.type == "Facility" and _NAMED_SITE.search(v.masked, max(0, m.start - 80), m.start)), None)
        if site is None or any(r.head == site.ent.id for r in ctx.has("LOCATED_IN")):
            continue
        prev = ctx.views[v.index - 1]
        for c in _PLACED_SITE.finditer(prev.masked):
            place = next(iter(prev.after(c.end())), None)
            if place is not None and place.start == c.end():
                if place.type == "Location" and not ctx.is_country(place.ent):
                    ctx.emit("LOCATED_IN", site.ent, place.ent, v, 0.6)
                break
