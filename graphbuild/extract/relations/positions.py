"""HOLDS_POSITION (and, through :mod:`.meetings`, MET_WITH).

News names officials with a title before or after the name: "Kepala BPOM (…),
Taruna Ikrar", "Direktur Hebei MPA Fengshan Wang", "Taruna Ikrar, Kepala BPOM",
"Walikota Shijiazhuang, Wang Xiankun". Once a title holder is known, a bare
"Kepala BPOM" later in the text is that person (when exactly one person holds
it), which is how visits and speeches get their subject. Bodies a title names only elsewhere (the unit
a director heads, an envoy's embassy) are looked up in :mod:`.title_bodies`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import (
    appointments,
    career_posts,
    epithets,
    escorts,
    filled_seats,
    firm_titles,
    headed_unit,
    its_posts,
    lower_posts,
    meetings,
    predecessors,
    regional_posts,
    role_refs,
    roster_posts,
    short_firms,
    shorthand,
    through_units,
    unit_posts,
)
from graphbuild.extract.relations import factions as _factions
from graphbuild.extract.relations import title_patterns as tp
from graphbuild.extract.relations.common import Context, CueGroup, M, View
from graphbuild.extract.relations.post_records import as_mention as _as_mention
from graphbuild.extract.relations.post_records import escort_post as _escort_post
from graphbuild.extract.relations.post_records import field_unit as _field_unit
from graphbuild.extract.relations.post_records import no_mention_between as _no_mention_between
from graphbuild.extract.relations.post_records import record as _record
from graphbuild.extract.relations.post_records import second_post as _second_post
from graphbuild.extract.relations.post_records import unit_parent as _unit_parent
from graphbuild.extract.relations.title_bodies import (
    contact_post,
    foreign_office,
    police_of,
    sending_country,
    title_key,
    unit_in_title,
)
from graphbuild.extract.relations.title_bodies import embassy as _embassy
from graphbuild.extract.relations.title_bodies import glossed_body as _glossed_body
from graphbuild.extract.relations.title_bodies import headed_unit as _headed_unit
from graphbuild.extract.relations.title_bodies import indonesian_mission as _mission
from graphbuild.extract.relations.title_bodies import org_named as _org_named
from graphbuild.extract.relations.title_bodies import parent_in_name as _parent_in_name

ORG_OR_LOC = ("Organization", "Location")

def find(ctx: Context) -> None:
    """HOLDS_POSITION over every sentence, then role references, then MET_WITH (which reads them)."""
    for v in ctx.busy:
        members: dict[int, list[tuple[M, str]]] = {}
        people = [m for m in v.mentions if m.type == "Person"]
        gates = _TITLE_CUES.may_each(v) if people else []  # asked once a sentence, not once a person and pattern
        for p in people:
            houses = _factions.across(v, p, members)  # "Anggota Komisi IX DPR RI (dari Fraksi X), Y"
            for body, title in houses[:-1]:  # a unit in the title keeps its name (no role reference)
                ctx.emit("HOLDS_POSITION", p.ent, body.ent, v, 0.8, title=title)
            if houses:
                _record(ctx, v, p, houses[-1][0], houses[-1][1], 0.85)
            _holds(ctx, v, p, gates)
            _second_post(ctx, v, p)  # "Direktur X BPOM, Y, yang sekaligus menjabat Ketua Z": Y's post in Z as well
            _escort_post(ctx, v, p)  # "Kepala BBPOM di X, Y, didampingi Kepala Bidang Pemeriksaan, Z": Z's post in Y's office
            short_firms.find(ctx, v, p)  # "Direktur Utama Rimba Husada, X" beside "PT Rimba Husada Herbalindo Tbk"
            short_firms.coordinated(ctx, v, p)  # "Direktur Utama PT X, A, dan Direktur Produksi B"
            short_firms.delegation_head(ctx, v, p)  # "Delegasi SFDA yang dipimpin Wakil CEO …, X"
            regional_posts.find(ctx, v, p)  # "Wakil Presiden X untuk kawasan Asia-Pasifik, Y": a post's remit
            roster_posts.find(ctx, v, p)  # "- X — Deputi Bidang …, Badan POM": the body that closes a roster line
            lower_posts.find(ctx, v, p)  # "GPFI chairman X said": English news's lower-case post after the body
            if len(v.mentions) == 1 and (post := contact_post(ctx, v, p)) is not None:  # a contact block's name line
                ctx.emit("HOLDS_POSITION", p.ent, post[0].ent, v, 0.7, title=post[1])
    epithets.find(ctx)  # '"…," ujar guru besar … Unpad itu': the post of the person just quoted
    appointments.find(ctx)  # "Rapat mengangkat X sebagai Direktur Keuangan": the meeting's company
    unit_posts.find(ctx)  # "X dilantik sebagai Direktur A", "Kepala Biro B kini dijabat Y": the unit held
    career_posts.find(ctx)  # "X, yang sebelumnya menjabat …, diangkat sebagai Direktur Utama PT B": the new post
    predecessors.find(ctx)  # "… menggantikan Y yang telah memimpin perhimpunan": Y's post in the successor's body
    filled_seats.find(ctx)  # "Posisi yang ditinggalkan X kini diisi Y": the seat X left
    for v in ctx.busy:
        role_refs.find(ctx, v)
    shorthand.resolve(ctx)
    through_units.find(ctx)  # "BPOM melalui Deputi Bidang Penindakan, X": X's post is in BPOM too
    meetings.find(ctx)
    escorts.find(ctx)  # "X didampingi Kepala Dinkes …, A": the visitor met the escorts of other bodies


_ESCORT = re.compile(r"\s*,?\s*(?:yang\s+)?(?:didampingi|accompanied\s+by|melalui|through|diwakili|represented\s+by)\s+(?:oleh\s+|by\s+)?(?:the\s+)?")
# ("Kepala Badan POM melalui Deputi Bidang Penindakan, X": the head speaks through the deputy, a post in the same body)


# the title patterns ``_holds`` searches only where they may match, in the order of its ``gates``
_TITLE_CUES = CueGroup(tp.TITLE_END, tp.ANALYST_OF, tp.TITLE_UNIT_END, tp.TITLE_BARE, tp.REPRESENTED, tp.POSSESSIVE_TITLE,
                       tp.ITS_TITLE, tp.MINISTER)


def _holds(ctx: Context, v: View, p: M, gates: list[bool]) -> None:
    title_end, analyst_of, unit_end, bare_title, represented, possessive, its_title, minister = gates
    if its_posts.find(ctx, v, p):  # "Seri Alam will remain under its Managing Director, X": the clause's subject
        return
    prev = v.prev_mention(p)
    if prev is not None and prev.type == "Location" and (got := foreign_office(ctx, v, p, prev)) is not None:
        _record(ctx, v, p, got[0], got[1], 0.75)  # "Menteri … Korea, X, di kantor Ministry of …": the ministry met at
    # "Kepala BPOM (…), Prof. Taruna Ikrar" / "Walikota Shijiazhuang, Wang Xiankun"
    if prev is not None and prev.type in ORG_OR_LOC:
        if prev.text.startswith("Kota ") and v.text[: prev.start].endswith("Wali "):  # "Kota" went to the place
            t = tp.TITLE_END.search(v.text[: prev.start] + "Kota") if title_end else None  # "Wali Kota Semarang"
        else:
            t = tp.title_before(v.text, prev.start) if title_end else None
            t = t or (tp.ANALYST_OF.search(v.text[: prev.start]) if analyst_of else None)
        if t and tp.GAP_TO_PERSON.match(v.gap(prev.end, p.start)) and _no_mention_between(v, t.end(), prev.start):
            police = police_of(ctx, t.group("title"), prev.ent)  # "Kapolda Sulawesi Selatan, X": the Polda, never the province
            if police is not None or not title_key(t.group("title")).startswith("kapol"):
                _record(ctx, v, p, _as_mention(prev, police) if police else prev, t.group("title"), 0.9)
            own = _headed_unit(ctx, t.group("title"), "") if t.group("title").startswith("Dir") else None
            if own is not None and own.id != prev.ent.id:  # "Dirreskrimsus Polda X": the directorate, too
                _record(ctx, v, p, _as_mention(prev, own), t.group("title"), 0.8)
            return
        # "Direktur Registrasi Obat BPOM, Dra. Melati": the unit between title and organisation
        t = tp.title_unit_before(v.text, prev.start) if unit_end else None
        if t and tp.GAP_TO_PERSON.match(v.gap(prev.end, p.start)) and _no_mention_between(v, t.end(), prev.start) and not (
                prev.type == "Location" and tp.ENVOY_RI.search(v.text[: prev.start])):  # ("Duta Besar RI untuk Kerajaan X": below)
            unit = tp.UNIT_TRAIL.sub("", re.sub(r"\s*\([^()]*\)$", "", t.group("unit")))  # "… Tekstil (IKFT)"
            glossed = "(" in t.group("unit")  # a unit's own acronym: only before the body it belongs to
            office = next((m for m in v.mentions if m.type == "Organization" and m.start >= t.start("unit")
                           and m.end < prev.start and not v.gap(m.end, prev.start).strip()), None) if prev.type == "Location" else None
            if office is not None and not ctx.is_country(prev.ent):  # "Chief Representative JETRO Jakarta, X": the body's office
                _record(ctx, v, p, office, t.group("title"), 0.85)
                return
            if (not unit.split() or unit.split()[-1][0].isupper() or tp.FOR_FIELD.search(unit)) and not (
                    glossed and prev.type != "Organization"):
                _record(ctx, v, p, prev, t.group("title") + unit, 0.85)
                own = _headed_unit(ctx, t.group("title"), unit)
                if own is not None and own.id != prev.ent.id:
                    _record(ctx, v, p, _as_mention(prev, own), t.group("title") + unit, 0.8)
                inner = unit_in_title(v, t.start(), prev)  # "Wakil Ketua Komisi IX DPR RI", "(Ditjen IKFT) Kemenperin"
                if inner is not None and inner.ent is not own:  # (no role reference: the unit's name stays its mention)
                    ctx.emit("HOLDS_POSITION", p.ent, inner.ent, v, 0.8, title=t.group("title"))
                elif inner is None:
                    headed_unit.find(ctx, v, p, t.start(), prev, t.group("title"))  # "Kepala Pusat X (PPPOMN) BPOM, Y"
                return
        # the title is inside the unit's name: "Deputi I BPOM dr. William" / "Deputi Bidang X Rita Endang"
        t = tp.TITLE_START.match(prev.text)
        if t and tp.GAP_TO_PERSON.match(v.gap(prev.end, p.start)):
            parent = _parent_in_name(ctx, prev)
            _record(ctx, v, p, _as_mention(prev, parent) if parent else prev, t.group("title"), 0.8)
            lead = v.prev_mention(prev) if parent is None else None  # "Kepala BPOM didampingi Deputi Bidang X, Y": Y's body too
            if (lead is not None and lead.type == "Organization" and _ESCORT.fullmatch(v.masked, lead.end, prev.start)
                    and tp.title_before(v.text, lead.start) is not None):
                _record(ctx, v, p, lead, t.group("title"), 0.75)
            elif (lead is not None and lead.type == "Person" and _ESCORT.fullmatch(v.masked, lead.end, prev.start)
                  and (body := v.prev_mention(lead)) is not None and body.type == "Organization"
                  and tp.GAP_TO_PERSON.match(v.gap(body.end, lead.start)) and tp.title_before(v.text, body.start) is not None):
                _record(ctx, v, p, body, t.group("title"), 0.75)  # "Kepala BPOM X didampingi Deputi Bidang Y, Z"
            return
        # "Deputi Bidang Pengawasan Obat BPOM, Rita Endang" with the unit and its parent as two names
        unit = v.prev_mention(prev)
        if (unit is not None and unit.type == "Organization" and prev.type == "Organization"
                and tp.TITLE_START.match(unit.text) and re.fullmatch(r"\s*", v.gap(unit.end, prev.start))
                and tp.GAP_TO_PERSON.match(v.gap(prev.end, p.start))):
            _record(ctx, v, p, prev, unit.text, 0.8)
            return
        # "Guru Besar Fakultas Farmasi Universitas Indonesia, X": a title over a unit named before its parent
        # ("Direktur Penilaian X Direktorat Jenderal Y (Ditjen Y) Kemenkes, Z": the title's own unit first, the unit's acronym)
        if (unit is not None and unit.type == "Organization" and prev.type == "Organization"
                and re.fullmatch(r"\s*(?:\([^()]{1,30}\)\s*)?", v.gap(unit.end, prev.start)) and tp.GAP_TO_PERSON.match(v.gap(prev.end, p.start))):
            t = tp.title_before(v.text, unit.start) if title_end else None
            t = t or (tp.title_unit_before(v.text, unit.start) if unit_end else None)
            if t and _no_mention_between(v, t.end(), unit.start):
                _record(ctx, v, p, prev, f"{t.group('title')} {unit.text}", 0.8)
                return
        # "Corporate Secretary PT A Tbk selaku induk usaha PT B, X": B only says what A is
        first = v.prev_mention(prev)
        if (first is not None and first.type == "Organization" and prev.type == "Organization"
                and tp.DESCRIBED.match(v.gap(first.end, prev.start)) and tp.GAP_TO_PERSON.match(v.gap(prev.end, p.start))):
            t = tp.title_before(v.text, first.start) if title_end else None
            if t and _no_mention_between(v, t.end(), first.start):
                _record(ctx, v, p, first, t.group("title"), 0.8)
                return
        # "Narasumber dari Kementerian Kesehatan, Direktur Produksi dan Distribusi Kefarmasian, apt. X"
        t = tp.ORG_THEN_TITLE.match(v.gap(prev.end, p.start)) if prev.type == "Organization" else None
        if t:
            _record(ctx, v, p, prev, " ".join(t.group(0).strip(" ,").split(",")[0].split()), 0.75)
            return
        # "CSPC CEO Li Wei", "Kalbe's Chairman X"
        t = tp.TITLE_MID.match(v.gap(prev.end, p.start)) or (
            tp.TITLE_MID_FIELD.match(v.gap(prev.end, p.start)) if prev.type == "Organization" else None)
        if t:
            _record(ctx, v, p, prev, t.group("title"), 0.8)
            return
        # "Kepala Health Sciences Authority (HSA) Singapura, X": the body, then its country
        body = v.prev_mention(prev)
        if (prev.type == "Location" and body is not None and body.type == "Organization"
                and re.fullmatch(r"\s*(?:\([^()]*\))?\s*", v.gap(body.end, prev.start))
                and tp.GAP_TO_PERSON.match(v.gap(prev.end, p.start))):
            t = tp.title_before(v.text, body.start)
            if t and _no_mention_between(v, t.end(), body.start):
                _record(ctx, v, p, body, t.group("title"), 0.8)
                return
        # "Duta Besar RI untuk Arab Saudi, X": "RI" is Indonesia, named elsewhere in the document
        ri = tp.ENVOY_RI.search(v.text[: prev.start]) if prev.type == "Location" else None
        home = next((e for e in ctx.entities if e.type == "Location" and e.name.casefold() == "indonesia"), None) if ri else None
        mission = _mission(ctx, (ri.group('envoy') or ri.group('en')).startswith(('Kons', 'Konj', 'Cons')), prev.ent) if ri else None
        if ri and (home or mission) and _no_mention_between(v, ri.start("to") if ri.group("to") else ri.start("to2"), prev.start) \
                and tp.GAP_TO_PERSON.match(v.gap(prev.end, p.start)):  # ("… of Indonesia to Japan": the mission's country is named)
            for body in (home,) if mission is None else (mission,):  # the embassy the document names, else the country
                if body is not None:
                    ctx.emit("HOLDS_POSITION", p.ent, body, v, 0.75, title=" ".join((ri.group("envoy") or ri.group("en")).split()))
            return
        # "Duta Besar India untuk Indonesia, Rajesh Menon": the post belongs to the first place or body
        host = v.prev_mention(prev)
        if (prev.type == "Location" and host is not None and host.type in ORG_OR_LOC
                and tp.POSTED_TO.match(tp.LEAD_GLOSS.sub("", v.gap(host.end, prev.start)))  # "Duta Besar UEA (UEA) untuk Indonesia"
                and tp.GAP_TO_PERSON.match(v.gap(prev.end, p.start))):
            state = _STATE_WORD.search(v.text, max(0, host.start - 30), host.start)  # "Duta Besar Kerajaan Denmark untuk …"
            t = tp.title_before(v.text, host.start) or (tp.title_before(v.text, state.start()) if state else None)
            if t and _no_mention_between(v, t.end(), host.start):
                _record(ctx, v, p, host, t.group("title"), 0.8)
                mission = _embassy(ctx, host.ent) if _ENVOY.match(t.group("title")) else None
                if mission is not None:  # the envoy heads the embassy the document names
                    _record(ctx, v, p, _as_mention(host, mission), t.group("title"), 0.8)
                return
    # "Taruna Ikrar, Kepala BPOM RI" / "X selaku Direktur PT Y" / "X (Direktur Utama PT Y)", the body a gloss
    nxt = p.gloss if p.gloss is not None and p.gloss.type == "Organization" else v.next_mention(p)
    if nxt is not None and nxt.type == "Regulation" and (body := v.next_mention(nxt)) is not None and body.type == "Organization" \
            and not v.gap(nxt.end, body.start).strip():
        nxt = body  # "X, Direktur Inspeksi GMP SFDA": a standard names the post's field, the body follows
    if nxt is not None and nxt.type in ORG_OR_LOC and not _INITIALS.match(v.text, nxt.end):
        t = (tp.TITLE_AFTER.match(v.gap(p.end, nxt.start)) or tp.TITLE_UNIT_AFTER.match(v.gap(p.end, nxt.start))
             or tp.TITLE_UNITS_ORG.match(v.gap(p.end, nxt.start))
             or (tp.ACADEMIC_AFTER.match(v.gap(p.end, nxt.start)) if nxt.type == "Organization" else None))
        if t:
            _record(ctx, v, p, nxt, t.group("title"), 0.85)
            _unit_parent(ctx, v, p, nxt, t.group("title"))
            _field_unit(ctx, v, p, nxt, t)  # "X — Direktur Registrasi Obat BPOM": also the directorate
            if (own := _glossed_body(v, nxt)) is not None:  # "Head of the BPOM Regional Office in X (Balai Besar POM di X)"
                _record(ctx, v, p, own, t.group("title"), 0.8)
            return
    # "Hetero Labs diwakili Executive Director X" / "Dari pihak Phapros, perjanjian diteken oleh Direktur Utama X"
    bare = tp.title_bare_before(v.text, p.start) if bare_title else None
    if bare is None and represented:  # "PT X melalui Direktur Operasional Y": the post with its field
        bare = tp.TITLE_FIELD.search(v.text, max(0, p.start - 80), p.start) or tp.TITLE_LONG.search(
            v.text, max(0, p.start - 120), p.start)
    side = v.prev_mention(p)
    if bare and side is not None and side.type == "Organization" and side.end <= bare.start() and (
            tp.REPRESENTED.match(v.masked[side.end : bare.start()])
            or (tp.ON_SIDE.search(v.masked[: side.start]) and tp.SIDE_GAP.match(v.masked[side.end : bare.start()]))):
        _record(ctx, v, p, side, bare.group("title"), 0.75)
        return
    # "Novell's President Director X": the entity stage keeps "Novell's" as one word, so no mention
    t = tp.POSSESSIVE_TITLE.search(v.masked[: p.start]) if possessive else None
    if t:
        owner = _org_named(ctx, t.group("org"))
        if owner is not None:
            _record(ctx, v, p, _as_mention(p, owner), t.group("title"), 0.8)
            return
    got = firm_titles.subject_firm(ctx, v, p)  # "The company's chief executive, X": the company told of just before
    envoy = sending_country(v, p) if got is None else None  # "Indonesia's ambassador to South Korea, X"
    if got is not None or envoy is not None:
        _record(ctx, v, p, envoy[0] if envoy else _as_mention(p, got[1]), envoy[1] if envoy else got[0].group("title"), 0.7)
        return
    # "Its Director of Operations, X": the company the text is about
    t = tp.ITS_TITLE.search(v.text[: p.start]) if its_title else None
    t = t or firm_titles.title_for(ctx, v, p)  # "Direktur Keuangan perseroan, X", "X, the company's CEO"
    if t is None and tp.THE_COMPANY.search(v.text):  # "The Company's Board … is chaired by Presiden Komisaris X"
        t = tp.title_bare_before(v.text, p.start)
    if t and _no_mention_between(v, t.start(), p.start):
        own = its_posts.defined(ctx, t)  # "Presiden Direktur Perseroan, X": the company the release defines so
        near = [own] if own is not None else [
            e for e in ctx.recent(v.index, ("Organization",), pos=t.start(), back=4, limit=8) if e.category == "company"]
        near = near or firm_titles.release_firm(ctx, t)  # a press release's quote: the company it is about
        near = firm_titles.perseroan_firms(ctx, t, near)  # "Direktur Utama perseroan": the Indonesian one of a deal
        if near:
            _record(ctx, v, p, _as_mention(p, max(near, key=lambda e: len(e.mentions))), t.group("title"), 0.7)
            return
    # "Menteri Kesehatan Budi" -> the ministry named in the document
    t = tp.MINISTER.search(v.text[: p.start]) if minister else None
    if t and _no_mention_between(v, t.start(), p.start):
        want = (("ministry of " if t.group("en") else "kementerian ") + " ".join(t.group("dom").split())).casefold()
        for e in ctx.entities:
            if e.type == "Organization" and any(n.casefold() == want or n.casefold().startswith((want + " dan ", want + " and ", want + " of ", want + "/"))
                                                for n in (e.name, *e.aliases)):  # "Kementerian Investasi dan Hilirisasi/BKPM"
                title = ("Deputy Minister" if t.group("en") else "Wakil Menteri") if t.group("vice") else (
                    "Minister" if t.group("en") else "Menteri")
                if ctx.emit("HOLDS_POSITION", p.ent, e, v, 0.75, title=title):
                    ctx.holders.setdefault((title.casefold(), e.id), set()).add(p.ent.id)
                return


_ENVOY = re.compile(r"Duta\s+Besar|Dubes|Ambassador")
# the form of state between an envoy's title and the country ("Kerajaan Denmark", "the Kingdom of Denmark")
_STATE_WORD = re.compile(r"\b(?:Kerajaan|Republik(?:\s+Rakyat)?|Keamiran|Kesultanan|Federasi|Persatuan|(?:the\s+)?(?:Kingdom|Republic)\s+of)\s+$")
# "Menurut Rudy, pemilik CV X berinisial HS (44) …": the post belongs to the person the initials name
_INITIALS = re.compile(r"\s*,?\s*(?:yang\s+)?(?:berinisial|inisial)\b")
