"""LOCATED_IN.

"X di Jakarta Timur", "Shijiazhuang, Tiongkok", "markas besar CSPC, Tiongkok",
"Kalbe Farma (Indonesia)", "berlokasi di Y", "Daewoong asal Korea Selatan",
"Baylor College of Medicine dari Amerika Serikat", "Bandung, Jawa Barat". A
place after a comma only counts when it is a country (or a province after a
smaller place) and it does not open a list ("Jepang, Korea, dan China"; see ``chains``).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import (
    based_seats,
    company_sites,
    estate_towns,
    glossed_places,
    places,
    plant_places,
    regulator_seats,
    seat_countries,
    venue_places,
)
from graphbuild.extract.relations.apposed_parents import apposition_child
from graphbuild.extract.relations.chains import (
    contained,
    in_list,
    is_list,
    joint_dateline,
    listed,
    mid_chain,
    nested,
    opens_list,
    paired,
)
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.makers import topic
from graphbuild.extract.relations.origins import COMMA as _COMMA
from graphbuild.extract.relations.origins import origins as _origins
from graphbuild.types import Entity

HEADS = ("Organization", "Facility", "Location")
_STREET = r"(?:(?:Jalan|Jl\.?|Jln\.?)\s+[^,;\n]{1,50}?,\s*)?"  # "di Jl. Raya Narogong Km 5, Bekasi": the street before the town
_STREET_RE = re.compile(_STREET.removesuffix("?"), re.I)
# (a foreign legal form the mention leaves out may come first: "mendirikan X Singapore Pte. Ltd. di Singapura")
_DI = re.compile(r"^(?:,?\s+(?:Pte|Pvt|Sdn|Bhd|Ltd|Co|Inc|LLC|GmbH|Limited|Corp)\b\.?,?)*\.?\s+(?:di|in)\s+(?:the\s+)?" + _STREET + r"(?:(?:kota|kabupaten|provinsi|kawasan(?:\s+industri)?|daerah)\s+)?$", re.I)
_ESTATE_NAME = re.compile(r"^(?:Kawasan|Kompleks)\s|\b(?:Industrial\s+(?:Estate|Park|Area|Zone)|Estate|Science\s+Park)$")
_ESTATE = re.compile(r"\bkawasan\s+industri\s+$", re.I)  # a plant's estate: the plant's place, not always its owner's
_HEAD_OFFICE = re.compile(r"^\s+(?:head\s+office|headquarters|HQ|main\s+office|central\s+office)\s+(?:in|at)\s+(?:the\s+)?$", re.I)
# "Cheongju, Provinsi Chungcheong Utara", "Hwaseong, Prefecture of …": the admin word left out of the place's name
_COMMA_ADMIN = re.compile(r"^\s*,\s*(?:(?:ibu\s*kota|ibukota|the\s+capital\s+of)\s+)?"  # "Muara Bungo, ibu kota Kabupaten Bungo"
                          r"(?:Provinsi|Prefektur|[Nn]egara\s+[Bb]agian|(?:Province|Prefecture|State)\s+of(?:\s+the)?|(?<=kota\s)|(?<=of\s))\s*$")
_SITED = re.compile(
    r"\b(?:berlokasi|berada|terletak|bermarkas|berkantor(?:\s+pusat)?|berpusat|berbasis|berkedudukan|berdomisili|beralamat|"
    r"based|headquartered|located|berdiri(?:\s+di\s+atas\s+lahan(?:\s+(?:seluas\s+)?[\d.,]+\s+(?:hektare|hektar|ha|m2|meter\s+persegi))?)?)"
    r"\s+(?:di|in|at)\s+(?:the\s+)?" + _STREET + r"(?:(?:kompleks|kawasan)\s+(?:kampus\s+|industri\s+)?)?$",
    re.I,
)
# "X asal Korea Selatan" (any place; "**PT X** — produsen obat asal Semarang" on a list line too); "X dari Amerika Serikat" (a country only: "dari Jakarta" is often a trip)
# also after a legal-form tail or an apposition: "Co., Ltd., perusahaan farmasi asal Seoul",
# "Samsung Biologics, perusahaan CDMO (…) yang berbasis di Incheon"
_ORIGIN = re.compile(
    r"^\.?\s*(?:(?:Co\.|Ltd\.?|Inc\.?|Corp\.?|AB|AG|GmbH|K\.K\.?|Pte\.?)[\s,]*)*(?:\*\*\s*)?[,\u2013\u2014]?\s*"
    r"(?:(?:merupakan|adalah|ialah|is|was)\s+(?:an?\s+|the\s+)?)?"  # "X merupakan perusahaan … asal Y"
    r"(?P<kind>(?:sebuah\s+|salah\s+satu\s+)?(?:perusahaan|produsen|industri|lembaga|institusi|firma|company|firm|usaha|"
    r"pelaku\s+usaha|UMKM|UKM|startup|pabrikan|distributor|importir|pemasok|manufacturer|maker|supplier|developer)"
    r"(?:\s+(?!yang\b)(?:[a-z][\w-]*|\([^()]*\))){0,6}\s+)?"
    r"(?:yang\s+)?(?:asal|berasal\s+dari|berbasis\s+di|bermarkas\s+di|berkantor\s+pusat\s+di|based\s+in|"
    r"headquartered\s+in|(?(kind)dari|(?!)))\s+$",  # "produsen obat bahan alam dari Banjarbaru": "dari" after a kind only
    re.I,
)
# "… yang digelar oleh Dinas X di Bandung": the place is the event's, not the organiser's
# ("diselenggarakan Direktorat Registrasi Obat Badan POM di X": the agent may follow the verb bare, a unit before its body)
_HOST_OF_EVENT = re.compile(r"\b(?:(?:digelar|diselenggarakan|diadakan|dilaksanakan)\s+(?:oleh\s+)?|(?:organi[sz]ed|hosted)\s+by\s+)"
                            r"(?:the\s+)?(?:\u2588+(?:\s*\([^()]*\))?\s*(?:,|dan|serta|and|bersama|with|\s)\s*(?:the\s+)?)*$", re.I)
# "Pabrik X milik PT Y di Z": the plant is in Z too
_OWNED_BY = re.compile(r"^\s*,?\s+(?:yang\s+(?:(?:juga|kini)\s+)?|which\s+is\s+)?(?:milik|kepunyaan|(?:dimiliki|dioperasikan|dikelola)"
                       r"(?:\s+oleh)?|(?:owned|operated|run|managed)\s+by)\s+$", re.I)
_COMPANY_ANAPHOR = re.compile(r"\W*(?:perusahaan|perseroan)\s+(?:ini|tersebut|itu)\b", re.I)
_SEATED_ANAPHOR = re.compile(r"\W*(?:perusahaan(?:\s+(?:ini|tersebut|itu))?|perseroan|the\s+company)\s+"
                             r"(?:(?:kini|saat\s+ini|juga|sendiri|is|was|currently)\s+)*(?:berkantor\s+pusat|bermarkas|berbasis|"
                             r"berpusat|berkedudukan|headquartered|based)\s+(?:di|in)\s+$", re.I)
# a kind of company as the subject of a seat clause after another name: "menilai PBF yang berkantor di …"
_KIND_REF = re.compile(r"\b(?:PBF|perusahaan|distributor|pabrik|industri|apotek|produsen|pemasok|importir|the\s+company|"
                       r"the\s+(?:firm|distributor|supplier|manufacturer))\s+(?:[\w-]+\s+){0,2}?(?:yang\s+|which\s+(?:is\s+)?)?"
                       r"(?:berlokasi|berada|berkantor|bermarkas|berbasis|berpusat|based|headquartered|located)\b", re.I)
# "Pabrik X milik PT Y", "Cakra Vaccine Center (CVC), fasilitas produksi milik Cakra Biologi yang berlokasi di …"
_RUN_BY = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,?\s*(?:(?:sebuah\s+|the\s+)?(?:fasilitas|pabrik|sarana|facility|plant)(?:\s+[a-z]+){0,3}?\s+)?"
                     r"(?:milik|owned\s+by|operated\s+by|run\s+by|dikelola\s+oleh|dioperasikan\s+oleh)\s+", re.I)
_APPOSED = re.compile(r"\s*,\s*(?:[a-z][\w-]*\s+){1,3}")
_FROM_COUNTRY = re.compile(r"^\.?\)?\s+(?:dari|from|of)\s+(?:the\s+)?$", re.I)  # "… Inc. (Unilab) of the Philippines"
# "Sebagai negara anggota ASEAN, Indonesia …": the body a member belongs to, not a seat
_MEMBER_BEFORE = re.compile(r"\b(?:anggota|members?\s+of(?:\s+the)?|member\s+(?:states?|countries)\s+of(?:\s+the)?)\s+$", re.I)
_SEAT_OF = re.compile(r"\b(?:kantor\s+pusat|markas(?:\s+besar)?|headquarters\s+of)\s+(?:the\s+)?$", re.I)
# "- PT A (A), Yogyakarta": a roster's bullet holding only the company and its town
_ROSTER_ITEM = re.compile(r"[\s*\u2022\u00b7-]*(?:\d{1,2}[.)]\s*)?\|\s*[.;]?\s*")
# the town set off by commas, then the predicate; or a list line's dash or bracket after it ("**PT X**, Medan — menyimpan …")
_TOWN_CLOSED = re.compile(r"\s*,\s+(?!(?:dan|serta|and|atau|or)\b)[a-z]|\s*[\u2013\u2014]\s|\s*\((?!\s*[A-Z][a-z]+\s*[,)])")


# "produsen kosmetik PT X dari Sidoarjo": a kind of company before the name, then "dari" a town (not a trip "dari A ke B")
_KIND_FIRST = re.compile(r"\b(?i:produsen|perusahaan|pabrikan|distributor|eksportir|importir|pemasok|industri)(?:\s+[a-z][\w-]*){0,3}\s+$")
_TRIP_ON = re.compile(r"^\s*(?:,\s*)?(?:ke|menuju|hingga|sampai|to)\b", re.I)


def _kind_first(v: View, m: M, nxt: M) -> bool:
    return m.type == "Organization" and bool(_KIND_FIRST.search(v.masked[max(0, m.start - 60) : m.start])) and not _TRIP_ON.match(
        v.masked[nxt.end : nxt.end + 12])


_REGION_GOV = re.compile(r"(?:Pemerintah\s+(?:Kabupaten|Kota|Provinsi)|Pem(?:kab|kot|prov))\s")
_VILLAGE = re.compile(r"(?:Desa|Kelurahan|Kecamatan|Dusun|Kampung)\s")


def find(ctx: Context) -> None:
    for v in ctx.busy:
        for m in v.mentions:
            if m.type not in HEADS or m.role:
                continue
            if m.gloss is not None and m.gloss.type == "Location" and (m.type != "Location" or _ESTATE_NAME.search(m.ent.name)
                                                                      and not ctx.is_country(m.gloss.ent) and re.fullmatch(r"\s*\(", v.gap(m.end, m.gloss.start)) is not None):
                ctx.emit("LOCATED_IN", m.ent, m.gloss.ent, v, 0.75)  # (an estate too: "Kawasan Industri K (Kendal, Jawa Tengah)")
            nxt = v.next_mention(m)
            if nxt is None or nxt.type != "Location":
                continue
            # "PT Nusantara Biotek (NBM) di Cikarang": read the gap after the gloss
            end = m.gloss.end if m.gloss is not None and m.gloss.end <= nxt.start else m.end
            gap = v.gap(end, nxt.start)
            if end != m.end:
                gap = re.sub(r"^[^()]*\)", "", gap, count=1)
            if m.type == "Organization" and _HEAD_OFFICE.match(gap) and m.start not in v.role_orgs:
                ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.7)  # "at the BPOM head office in Jakarta": the body's seat
            elif m.type == "Organization" and _COMMA.match(gap) and _SEAT_OF.search(v.masked[max(0, m.start - 30) : m.start]):
                ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.7)  # "di Kantor Pusat Bio Farma, Bandung": its seat's town
            elif m.type == "Organization" and m.gloss is not None and gap.isspace() and ctx.is_country(nxt.ent):
                ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.75)  # "Pharmaceuticals and Medical Devices Agency (PMDA) Jepang"
            elif m.type != "Location" and m.start not in v.role_orgs and (
                    _ORIGIN.match(gap) or (_FROM_COUNTRY.match(gap) and (ctx.is_country(nxt.ent) or _foreign_firm(ctx, m) or _kind_first(v, m, nxt)))):
                ctx.emit("LOCATED_IN", _parent_named(v, m) or apposed_child(v, m).ent, nxt.ent, v, 0.75)
            elif ((_DI.match(gap) or _COMMA_IN.match(gap) or (m.type == "Facility" and (_SITE_IN.match(gap) or _COMMA_DI.match(gap))))
                  and not ctx.is_country(m.ent) and m.start not in v.role_orgs and not places.region(nxt.ent)
                  and not places.contains(m.ent, nxt.ent)  # "Pusat X PMI Jawa Timur di Surabaya": the site's town, not the province's
                  and not (m.type == "Organization" and _UNIT_OF.search(v.text, max(0, m.start - 45), m.start))
                  and not _HOST_OF_EVENT.search(v.masked[: m.start])
                  and not (_COMMA_IN.match(gap) and _BY_AGENT.search(v.masked, max(0, m.start - 12), m.start))):
                site = v.prev_mention(m)
                if site is not None and (site.type == "Facility" and _SITE_OF.match(v.gap(site.end, m.start))
                                         or site.type == "Organization" and _BODY_OF.match(v.gap((site.gloss or site).end, m.start))):
                    ctx.emit("LOCATED_IN", site.ent, nxt.ent, v, 0.7)  # "Plant B, fasilitas produksi PT K di X": the plant's place
                    continue
                if m.type != "Facility" and (_ESTATE.search(gap) or m.type == "Organization" and places.plant_owner(ctx.entities, v.masked, m.start, m.ent)):
                    continue  # "pabrik obat milik PT X di kawasan industri Y": a plant the text leaves unnamed
                if _REGION_GOV.match(m.ent.name) and _VILLAGE.match(nxt.ent.name):
                    continue  # "operasi bersama … Pemerintah Kabupaten S di Desa K": where the work was, not the regency's seat
                if site is not None and site.type == "Facility" and _OWNED_BY.match(v.gap(site.end, m.start)):
                    ctx.emit("LOCATED_IN", site.ent, nxt.ent, v, 0.7)  # "Pabrik X milik PT K di Y": the plant's place,
                    continue  # not the owner's seat (that the sentence does not tell)
                ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.7)
            elif m.type == "Location" and _COMMA.match(gap) and ctx.is_country(nxt.ent) and joint_dateline(v, m):
                ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.7)  # "SEOUL, South Korea and JAKARTA, Indonesia": each party's seat
            elif m.type == "Location" and m.text.isupper() and len(m.text) > 3 and _COMMA.match(gap) and ctx.is_country(nxt.ent):
                continue  # "JAKARTA, Indonesia –": a dateline places the writer, not a fact
            elif _COMMA.match(gap) and ctx.is_country(nxt.ent) and not ctx.is_country(m.ent):
                if not opens_list(v, nxt) and not in_list(v, m) and not _MEMBER_BEFORE.search(v.masked[: m.start]):
                    ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.8 if m.type == "Location" else 0.7)
            elif (_COMMA.match(gap) or _COMMA_ADMIN.match(gap)) and m.type == "Location" \
                    and (contained(v, m, nxt) or mid_chain(v, m, nxt)) \
                    and (not is_list(v, m) or paired(v, m, nxt)):
                ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.75)
            elif _COMMA.match(gap) and m.type != "Location" and m.start not in v.role_orgs and _city_country(ctx, v, nxt):
                ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.7)  # "… (MCRI), Melbourne, Australia"
            elif (_COMMA.match(gap) and m.ent.category == "company" and m.start not in v.role_orgs
                  and places.category(nxt.ent) in ("city", "district")
                  and (_TOWN_CLOSED.match(v.text, nxt.end) or _ROSTER_ITEM.fullmatch(v.masked[: m.start] + "|" + v.masked[nxt.end :]))
                  and not listed(v, m)):
                ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.65)  # "PT Bumi Sehat Lestari, Semarang, mengekspor …"
            elif m.type != "Location" and m.start not in v.role_orgs and not ctx.is_country(nxt.ent) and (
                    _DESCRIBED_IN.match(gap) or (_COMMA.match(gap) and not _OFFICE.match(m.text)
                                                 and not (opens_list(v, nxt) and is_list(v, nxt))  # "di X, Tangerang, Banten"
                                                 and (_AT.search(v.masked[: m.start]) and not in_list(v, m) or nested(v, m)))):
                # "CV A, distributor bahan kimia di Tangerang"; "dilaksanakan di RS B, Jakarta Barat"
                ctx.emit("LOCATED_IN", apposed_child(v, m).ent, nxt.ent, v, 0.65)
        if v.glosses:
            glossed_places.find(ctx, v)
        if v.may(based_seats.WORD):
            based_seats.find(ctx, v)
        _origins(ctx, v)
        for m in v.mentions:
            if m.type != "Location":
                continue
            prev = v.prev_mention(m)
            if prev is not None and prev.type not in HEADS and _SITED.search(v.masked[prev.end : m.start]) \
                    and (head := _kind_apposed(v, prev, m)) is not None:
                ctx.emit("LOCATED_IN", head.ent, m.ent, v, 0.7)  # "CV A, produsen Glowra Night Cream yang berkantor di X"
                continue
            if prev is not None and (prev.type not in HEADS or ctx.is_country(prev.ent)) and (
                    re.match(r"\s*,", v.masked[prev.end : m.start]) or prev.type == "Location"):  # ", a Swiss company based in"
                head = v.prev_mention(prev)  # "PT A, produsen P, berkantor pusat di X": over the apposition
                if head is not None and head.type in HEADS[:2] and _APPOSED.fullmatch(v.masked[head.end : prev.start]):
                    prev = head
            if prev is not None and prev.type == "Organization" and prev.ent.category in ("regulator", "government") \
                    and _KIND_REF.search(v.masked[prev.end : m.start]) and re.match(r"\s+(?:itu|tersebut|ini)\b", v.masked[m.end :]):
                # "BPOM menilai PBF yang berkantor di Cilegon itu …": the company the kind word refers back to
                firm = next((e for e in ctx.recent(v.index, ("Organization",), pos=prev.start, back=2, limit=6)
                             if e.category == "company"), None)
                if firm is not None:
                    ctx.emit("LOCATED_IN", firm, m.ent, v, 0.65)
            elif prev is not None and prev.type in HEADS and _SITED.search(v.masked[prev.end : m.start]):
                listed_on = _LISTED_ON.search(v.masked, max(0, prev.start - 40), prev.start) is not None
                if listed_on:
                    prev = v.prev_mention(prev)  # "A, yang tercatat di Bursa Efek Indonesia …, berkantor pusat di X": A's seat
                    if prev is None or prev.type != "Organization":
                        continue
                if (listed_on or len(_STREET_RE.sub("", v.masked[prev.end : m.start])) <= 60) and not ctx.is_country(prev.ent):  # (a street: the town's)
                    site = v.prev_mention(prev)  # "Laboratorium X (LX) UGM yang berada di …": the site, not its owner
                    if (prev.type == "Organization" and site is not None and site.type == "Facility"
                            and (re.fullmatch(r"\)? ", v.gap((site.gloss or site).end, prev.start))
                                 or _RUN_BY.fullmatch(v.gap(site.end, prev.start)))):  # "Pabrik X milik PT Y berlokasi di"
                        prev = site
                    ctx.emit("LOCATED_IN", _parent_named(v, prev) or apposed_child(v, prev).ent, m.ent, v, 0.8)
                elif _COMPANY_ANAPHOR.match(v.masked) and _SITED.search(v.masked[: m.start]) \
                        and (subject := topic(ctx, v.index)) is not None:
                    # "Perusahaan ini mengoperasikan pabrik … pertama di Indonesia yang berlokasi di X"
                    ctx.emit("LOCATED_IN", subject, m.ent, v, 0.65)
            elif prev is None and _SEATED_ANAPHOR.match(v.masked[: m.start]) and (subject := topic(ctx, v.index)) is not None:
                ctx.emit("LOCATED_IN", subject, m.ent, v, 0.65)  # "Perusahaan tersebut berbasis di Jakarta"

    plant_places.find(ctx)  # "pabrik perusahaan di Y" and the one plant the story names
    venue_places.find(ctx)  # "di JIExpo Kemayoran, Jakarta Pusat", "Kampus C Unair, Mulyorejo": a venue's address
    estate_towns.find(ctx)  # "di Kawasan Industri W, Ungaran": the town the estate is in
    company_sites.find(ctx)  # "fasilitas perusahaan yang berlokasi di Y" where the story names no plant: the company's
    seat_countries.find(ctx)  # "berbasis di Hyderabad, India": a foreign firm's town's country
    regulator_seats.find(ctx)  # "X (NAFDAC), otoritas pengawas obat Nigeria", "the UAE's medicines regulator"

def _foreign_firm(ctx: Context, m: M) -> bool:
    """"Abogen Biosciences dari Suzhou": a foreign company "from" a city is based there (an Indonesian one
    "dari Jakarta" is more often travelling)."""
    return m.type == "Organization" and m.ent.category == "company" and not ctx.is_indonesian(m.ent)


# ", produsen bahan baku parasetamol dan amoksisilin yang berbasis di": a kind of firm whose products are named
_KIND_APPOS = re.compile(r"\s*,\s*(?:sebuah\s+|salah\s+satu\s+)?(?:produsen|perusahaan|pabrikan|distributor|pemasok|importir|"
                         r"eksportir|industri|pedagang|penyalur)\b[^A-Z.;:!?()]{0,120}")


def _kind_apposed(v: View, prev: M, m: M) -> M | None:
    """The firm before "…, produsen <products> yang berkantor di ``m``" (``prev``, a product, ends the apposition)."""
    head = v.prev_mention(prev)
    while head is not None and head.type == "Product":
        head = v.prev_mention(head)
    if head is None or head.type not in HEADS[:2]:
        return None  # (a post's firm too: "Presiden Direktur PT X, produsen … yang berbasis di Y" describes the firm)
    return head if _KIND_APPOS.fullmatch(v.masked[(head.gloss or head).end : m.start]) else None


def _city_country(ctx: Context, v: View, city: M) -> bool:
    """Whether ``city`` is a place that a comma and a country follow (and no list goes on)."""
    if ctx.is_country(city.ent):
        return False
    country = v.next_mention(city)
    return (country is not None and country.type == "Location" and ctx.is_country(country.ent)
            and bool(_COMMA.match(v.gap(city.end, country.start))) and not opens_list(v, country))


# ", distributor bahan kimia di", ", the company's research centre in": an apposition that places it
# (not a ranking: "produsen terbesar di Asia")
# (also after a dash on a list line: "- **PT X** — produsen obat bahan alam di Bukittinggi")
_DESCRIBED_IN = re.compile(
    r"^(?:\*\*)?\s*[,\u2013\u2014]\s*(?:(?:a|an|the|its|sebuah|salah\s+satu)\s+)?(?:the\s+company['\u2019]s\s+)?"
    r"(?!(?:[a-z][\w-]*\s+)*?(?:terbesar|pertama|utama|terkemuka|largest|leading|first|biggest|top|only)\b)"
    r"(?!(?:is|are|was|were|will|has|have|had|telah|sudah|akan|kini|juga|yang|opened|opens|launched|built|with|dengan)\b)"  # a predicate,
    r"(?!(?:mem|men|meng|meny|ber)[a-z]+\b)"  # not an apposition: "X, membuka kantor perwakilan di Jakarta"
    r"(?:(?:[a-z0-9][\w&-]*|[A-Z]{2,4})\s+){1,4}(?:\([^()]{1,20}\)\s+)?(?:di|in)\s+(?:(?:kota|kabupaten|kawasan)\s+)?$"  # ("a 400-bed … hospital in";
    # "sebuah PBF di": a kind's acronym, not an entity)
)
_AT = re.compile(r"\b(?:di|in|at)\s+(?:the\s+)?(?:(?:kawasan|kompleks)\s+)?$", re.I)  # "di kawasan Science Park X, Sleman"
_OFFICE = re.compile(r"(?:Kantor|Office)\b")  # "di Kantor BPOM, Jakarta": where a handover took place
# ", the ... centre in X"; ", fasilitas produksi milik perusahaan tersebut di X"
_SITE_IN = re.compile(r"^\s*,\s*(?:the\s+company['\u2019]s\s+|its\s+)?(?:[a-z&-]+\s+){1,3}in\s+$|^\s*,\s*(?:fasilitas|pabrik)"
                      r"(?:\s+[a-z]+){1,5}\s+di\s+$|^\s*,?\s*(?:on\s+(?:a\s+)?|di\s+atas\s+)(?:[\w.,-]+\s+){1,4}(?:in|di)\s+$"  # "on a 12-hectare site in"
                      # "Fasilitas X milik perusahaan di Surabaya", "X Plant, owned by the company, in Y": the owner unnamed
                      r"|^\s*,?\s+(?:milik|kepunyaan|owned\s+by|operated\s+by|of)\s+(?:the\s+)?(?:perusahaan|perseroan|company|group)"
                      r"(?:\s+(?:tersebut|itu|ini))?\s*,?\s+(?:di|in)\s+(?:the\s+)?$")
_COMMA_DI = re.compile(r"^\s*,\s+(?:di|in(?:\s+the)?)\s+$")  # "fasilitasnya, Regenera Cell Processing Center, di Kawasan Industri X"
_SITE_OF = re.compile(r"^\s*,\s*(?:(?:sebuah|salah\s+satu|the|a|an)\s+)?(?:fasilitas|pabrik|plant|facility|site|lokasi)"
                      r"(?:\s+[a-z]+){0,6}\s+(?:milik\s+|of\s+)?$")  # ("fasilitas produksi sediaan steril injeksi volume kecil milik")
# "RSUP X, rumah sakit vertikal milik Kementerian Kesehatan di Semarang": the hospital's place, not the ministry's
_BODY_OF = re.compile(r"^\)?\s*,\s*(?:sebuah\s+|salah\s+satu\s+)?(?:rumah\s+sakit|unit|satuan\s+kerja|balai|kantor|cabang|branch|office)"
                      r"(?:\s+[a-z]+){0,2}?\s+(?:milik|di\s+bawah(?:\s+naungan)?|dari|of(?:\s+the)?)?\s*$")
# "seluruh Unit Pelaksana Teknis (UPT) Badan POM di Indonesia", "unit pelaksana teknis BPOM di Jawa Timur": the units are
# there, not the body they belong to
_UNIT_OF = re.compile(r"\b(?:[Uu]nit\s+[Pp]elaksana\s+[Tt]eknis|UPT)(?:\s*\(UPT\))?\s+$")
_COMMA_IN = re.compile(r"^\s*,\s+in\s+$")  # "PT Daewoong Infion, in Pasuruan"
_BY_AGENT = re.compile(r"\b(?:by|oleh)\s+$", re.I)  # "… developed by B, in Indonesia": where the clause's verb acts


# "yang tercatat di Bursa Efek Indonesia", "listed on the Korea Exchange": the exchange a company trades on, never the
# subject of the seat clause that follows
_LISTED_ON = re.compile(r"\b(?:tercatat|terdaftar|melantai|listed|traded)\s+(?:di|pada|on)\s+(?:the\s+)?(?:(?:papan|board)\s+\w+\s+)?$", re.I)

# "A, induk perusahaan B yang bermarkas di X": the relative clause tells of the parent the apposition names, not of B
_PARENT_OF = re.compile(r"\s*,\s*(?:yang\s+merupakan\s+|selaku\s+)?induk\s+(?:perusahaan|usaha)(?:\s+dari)?\s+(?:PT\.?\s+)?")


def _parent_named(v: View, m: M) -> Entity | None:
    """The company "A, induk perusahaan M" names before ``m``, if any (the seat clause after ``m`` is A's)."""
    head = v.prev_mention(m)
    if head is None or head.type != "Organization" or head.start in v.role_orgs:
        return None
    return head.ent if _PARENT_OF.fullmatch(v.masked[(head.gloss or head).end : m.start]) else None


def apposed_child(v: View, m: M) -> M:
    """The company an apposition "…, anak usaha M," describes, else ``m`` itself (its seat is the child's)."""
    return apposition_child(v, m) or m
