"""VISITED (with LOCATED_IN for "ke A di X").

"melakukan kunjungan ke A di X dan B di Y", "Kunjungan Kepala BPOM ke
Shijiazhuang, Tiongkok", "meninjau fasilitas produksi Z", "visited W". The
visitor is the person named between "kunjungan" and "ke", else the subject
before the cue; the places are the coordinated names after it.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues, escorts, hosted, inspections, places, visit_passive
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.visit_sites import (
    FIRMS_SITE,
    LIST_SITE,
    SITE_IN,
    its_site,
    named_later,
    site_by_reference,
    told_firm,
)
from graphbuild.extract.relations.visitors import DELEGATION, subject, with_companions
from graphbuild.types import Entity

TARGETS = ("Organization", "Facility", "Location")
_SITE = (r"(?:(?:the\s+)?(?:(?:vaccine|production|manufacturing|new|main)\s+)?(?:fasilitas|pabrik|sarana|laboratorium|gudang|kantor|lini|plant|facility|site)\s+(?:[a-z][\w-]*\s+){0,3}"
         r"(?:(?:milik|owned\s+by|of)\s+)?)?")  # "ke pabrik bahan baku obat milik PT X": a described site, then its owner
_KE = re.compile(rf"^[^,.;:\u2588]{{0,40}}?\b(?:ke|to)\s+{_SITE}$|^[^,;:]{{0,80}}?\s(?:ke|to)\s+{_SITE}$", re.I)
_DI = re.compile(r"^\s+(?:di|in|at)\s+(?:(?:kota|kabupaten|provinsi|kawasan|daerah)\s+)?$", re.I)
_LEAD = re.compile(r"^\s*(?:ke\s+)?(?:(?:fasilitas|pabrik|sarana|lokasi|kantor|markas|kawasan|site|plant|progres|perkembangan|pembangunan|"
                   r"facility|produksi|besar|pusat|utama|the|(?:company|firm|group)['\u2019]s)\s+){0,4}$", re.I)
# "peninjauan ke fasilitas produksi vaksin Bio Farma": a site noun, then a few lowercase words saying what it makes
# "meninjau langsung fasilitas produksi vaksin milik PT X": an unnamed site of the company is a visit to it
_SITE_OF = re.compile(r"^\s*(?:(?:langsung|secara\s+langsung|juga|pula)\s+)?(?:ke\s+)?(?:[Ff]asilitas|[Pp]abrik|[Ss]arana|"
                      r"[Ll]aboratorium|[Gg]udang|[Ll]ini|[Kk]antor|[Pp]lant|[Ff]acility|[Ss]ite|[Rr]uang(?:an)?|[Aa]rea|[Ii]nstalasi|[Rr]umah\s+produksi|the)"
                      r"\s+(?:[a-z][\w-]*\s+){0,3}"
                      r"(?:(?:milik|owned\s+by|operated\s+by)\s+)?$")


_UNNAMED_SITE = re.compile(r"^\s*(?:(?:langsung|juga)\s+)?(?:ke\s+)?(?:fasilitas|pabrik|sarana|plant|facility|the\s+(?:\w+\s+)?(?:plant|facility))\b", re.I)
_OWNER = re.compile(r"^\s+(?:milik|owned\s+by|operated\s+by)\s+$", re.I)


def find(ctx: Context) -> None:
    unnamed: list[tuple[View, Entity]] = []
    for v in ctx.where(*_CUES.patterns):
        for c in v.cues(cues.VISIT):
            if cues.negated(v.masked, c.start()):
                continue
            first = _first_after_ke(v, c.end())
            if first is None and FIRMS_SITE.search(v.masked, c.end()) and (firm := told_firm(ctx, v, c.end())) is not None:
                for who in with_companions(ctx, v, next(iter(v.after(c.end(), ("Person",))), None) or subject(v, c.start())):
                    ctx.emit("VISITED", who.ent, firm, v, 0.75)  # "kunjungan Bupati X ke pabrik perusahaan tersebut"
                continue
            if first is None:
                if _RECEIVED.search(v.masked[max(0, c.start() - 30) : c.start()]):
                    _received(ctx, v, c.end())
                if v.may(hosted.GOT_VISIT):
                    hosted.visit_from(ctx, v, c.start(), c.end())
                continue
            between = [m for m in v.after(c.end(), ("Person",), first.start)]
            party = [m for m in v.after(c.end(), ("Organization",), first.start) if DELEGATION.search(v.masked[c.end() : m.start])]
            visitor = between[0] if between else party[0] if party else subject(v, c.start())
            if visitor is None and _FRONTED.match(v.masked[: c.start()]):  # "Dalam kunjungannya ke Seoul, X …"
                visitor = next((m for m in v.after(first.end, ("Person",)) if "," in v.masked[first.end : m.start]), None)
            firm = its_site(v, c.end(), first)
            if firm is None and (told := told_firm(ctx, v, c.end())) is not None:
                firm = M(first.start, first.start, told, told.name)  # "ke pabrik perusahaan tersebut di Cikarang"
            for who in with_companions(ctx, v, visitor):
                _visit(ctx, v, who, first, 0.85)
                if firm is not None and firm.ent is not who.ent:
                    ctx.emit("VISITED", who.ent, firm.ent, v, 0.75)
        for c in v.cues(cues.VISIT_DIRECT):
            _board_then_site(ctx, v, c.start(), c.end())
            nxt = v.after(c.end()) if not cues.negated(v.masked, c.start()) else []
            if not cues.negated(v.masked, c.start()) and (told := site_by_reference(ctx, v, c.end())) is not None:
                _visit_told(ctx, v, c.start(), told)  # "meninjau langsung fasilitas tersebut": the site told before
            if not v.after(c.end(), None, v.clause_end(c.end())) and _PARTS.match(v.masked, c.end()):
                _site_told(ctx, v, c.start())  # "meninjau lini sintesis dan ruang pengemasan": the site named before
                continue
            gap = v.gap(c.end(), nxt[0].start) if nxt else ""
            if len(nxt) > 1 and nxt[0].type == "Product" and _SITE_OF.match(gap) and _OWNER.match(v.gap(nxt[0].end, nxt[1].start)):
                nxt = nxt[1:]  # "meninjau fasilitas produksi insulin milik PT X": what the site makes, then its owner
            if not nxt or nxt[0].type not in TARGETS or not (_LEAD.match(gap) or _SITE_OF.match(gap) or (
                    nxt[0].type == "Facility" and _PARTS_AT.match(gap)) or (nxt[0].type != "Location" and SITE_IN.match(gap))):
                continue
            if nxt[0].type == "Location" and len(nxt) > 1 and nxt[1].type == "Organization" and not v.gap(
                    nxt[0].end, nxt[1].start).strip():
                nxt = nxt[1:]  # "menyambangi kantor Korea MFDS": the place only qualifies the body
            party = _PARTY.search(v.masked[max(0, c.start() - 30) : c.start()])
            visitor = subject(v, c.start(), ctx) if party is None else None  # "Selain ke kantor MFDS, rombongan meninjau …"
            for who in with_companions(ctx, v, visitor):
                _visit(ctx, v, who, nxt[0], 0.75)
                if nxt[0].type != "Facility" and _UNNAMED_SITE.match(gap) and who.type == "Person" \
                        and not _PLANNED.search(v.masked, max(0, c.start() - 30), c.start()):
                    unnamed.append((v, who.ent))  # "meninjau fasilitas produksi PT X": the site may be named later
            if visitor is None and (party
                                    or (v.may(_VISIT_GOES_ON) and _VISIT_GOES_ON.search(v.masked[: c.start()]))):
                for who in _last_visitors(ctx):  # "rombongan meninjau X": the party of the visit told before
                    _visit(ctx, v, M(nxt[0].start, nxt[0].start, who, ""), nxt[0], 0.7)
        for c in v.cues(_VISITED_BY):
            visit_passive.visited_by(ctx, v, c.start(), c.end())
        for c in v.cues(_TRAVELLED):
            _travelled(ctx, v, c)
    named_later(ctx, unnamed)
    inspections.find(ctx)  # "BBPOM melakukan inspeksi CUKB … di RS X": an inspection on site is a visit
    hosted.welcomed(ctx)  # "X welcomed a delegation from Y, led by Z, to the W plant"
    escorts.joined_visit(ctx)  # "Dalam kunjungan itu X didampingi A serta B": A and B toured it too
    for v in ctx.where(cues.VISIT_DIRECT, every=True):  # "Setelah sambutan, ia meninjau lini pengisian.": no name in it
        if not v.mentions and v.index:  # (the site and visitor told before)
            for c in v.cues(cues.VISIT_DIRECT):
                if _PARTS.match(v.masked, c.end()) and not cues.negated(v.masked, c.start()):
                    _site_told(ctx, v, c.start())


# "X bertemu dengan jajaran direksi PT Y dan meninjau lini produksi …": the board met, then its site toured
_BOARD = re.compile(r"\b(?:bertemu\s+(?:dengan\s+)?|met\s+(?:with\s+)?)(?:jajaran\s+)?(?:direksi|manajemen|pimpinan|(?:the\s+)?"
                    r"(?:board|management|executives)\s+of)\s+(?:the\s+)?$", re.I)
_THEN = re.compile(r"^\s*(?:,\s*)?(?:dan|serta|and)\s+(?:(?:juga|kemudian|lalu|then|also)\s+)?$", re.I)


def _board_then_site(ctx: Context, v: View, start: int, end: int) -> None:
    org = next(iter(v.before(start, ("Organization",))), None)
    if org is None or not _THEN.match(v.gap(org.end, start)) or not _PARTS.match(v.masked, end) \
            or not _BOARD.search(v.masked[max(0, org.start - 50) : org.start]) or cues.negated(v.masked, start):
        return
    visitor = subject(v, org.start, ctx)
    if visitor is not None and visitor.type == "Person" and not _PLANNED.search(v.masked[:start]):
        for who in with_companions(ctx, v, visitor):
            ctx.emit("VISITED", who.ent, org.ent, v, 0.7)


# "Pabrik PT X di Semarang dikunjungi oleh delegasi Y": the passive, visitor after the verb
_VISITED_BY = re.compile(r"\b(?:dikunjungi|disambangi|ditinjau|(?:was|were)\s+visited)\s+(?:langsung\s+)?(?:oleh\s+|by\s+)?"
                         r"(?:(?:delegasi|rombongan|tim(?:\s+(?:inspeksi|pemeriksa|auditor|ahli|gabungan))?|(?:an\s+)?inspection\s+team\s+(?:of|from)|a\s+delegation\s+(?:of|from)|the\s+delegation\s+(?:of|from))\s+(?:dari\s+)?)?", re.I)
watch(_VISITED_BY)
# "X bertolak ke kantor pusat MFDS", "X bertandang ke PT Y", "X flew to the headquarters of Z": travel to a body's office
_TRAVELLED = re.compile(r"\b(?:(?P<call>bertandang)|bertolak|terbang|flew|travell?ed)\s+(?:langsung\s+)?(?:ke|to)\s+"
                        r"(?P<site>(?:kantor\s+pusat|kantor|markas(?:\s+besar)?|fasilitas|pabrik|the\s+(?:headquarters|head\s+office|"
                        r"offices?|plant|facility)\s+of)\s+(?:the\s+)?)?", re.I)
watch(_TRAVELLED)
_CUES = CueGroup(cues.VISIT, cues.VISIT_DIRECT, _VISITED_BY, _TRAVELLED)  # everything ``find`` reads a sentence for


def _travelled(ctx: Context, v: View, c: re.Match[str]) -> None:
    """The body whose office the subject travelled to (a bare place is only a trip: "bertolak kembali ke Jakarta")."""
    site = next(iter(v.after(c.end())), None)
    if (site is None or site.start != c.end() or site.type not in ("Organization", "Facility")
            or not (c.group("site") or c.group("call")) or cues.negated(v.masked, c.start()) or _PLANNED.search(v.masked[: c.start()])):
        return
    for who in with_companions(ctx, v, subject(v, c.start(), ctx)):
        if who.type == "Person":
            ctx.emit("VISITED", who.ent, site.ent, v, 0.7)


_FRONTED = re.compile(r"^\W*(?:dalam|selama|saat|ketika|di\s+sela|during|on)\s+(?:\w+\s+){0,2}$", re.I)
# "Rudi menerima kunjungan Duta Besar …, X, di Plant Banjaran": X visited the place the host received them at
_RECEIVED = re.compile(r"\b(?:menerima|received|hosted)\s+(?:a\s+)?$", re.I)
_AT_SITE = re.compile(r"^\s*,?\s*(?:di|at)\s+$", re.I)


# "meninjau lini sintesis dan ruang pengemasan": parts of a site, in lower case, with no name
_PARTS = re.compile(r"\s+(?:langsung\s+|juga\s+)?(?:lini|ruang|ruangan|area|instalasi|gudang|laboratorium|fasilitas|"
                    r"pabrik|proses|jalur|the\s+(?:production|packaging|plant|facility|site|lines?))\b", re.I)

# "meninjau lini pengisian (filling line) serta laboratorium mutu di Pabrik X": the parts toured, then the named site
_PARTS_AT = re.compile(_PARTS.pattern + r"[^.;:!?\u2588]{0,100}?\s(?:di|at|in)\s+(?:the\s+)?$", re.I)


def _site_told(ctx: Context, v: View, pos: int) -> None:
    """The visitors of ``pos`` saw the site the text named last (within a few sentences)."""
    site = ctx.recent(v.index, ("Facility",), pos=pos, back=4, limit=1)
    if not site:  # past the window: the one site the report is about
        named = {m.ent.id: m.ent for w in ctx.views[: v.index] for m in w.mentions if m.type == "Facility"
                 and not _HELD_AT.search(w.masked[max(0, m.start - 50) : m.start])}  # the hall an event was held in: no site toured
        site = list(named.values()) if len(named) == 1 else []
    visitor = subject(v, pos, ctx)
    if site and visitor is not None and visitor.type == "Person" and not _PLANNED.search(v.masked[:pos]):
        for who in with_companions(ctx, v, visitor):
            ctx.emit("VISITED", who.ent, site[0], v, 0.7)


_PLANNED = re.compile(r"\b(?:akan|berencana|dijadwalkan|will|plans?\s+to)\b", re.I)


def _visit_told(ctx: Context, v: View, pos: int, site: Entity) -> None:
    """The person subject of ``pos`` (and companions) toured the site told before."""
    visitor = subject(v, pos, ctx)
    if visitor is not None and visitor.type == "Person" and not _PLANNED.search(v.masked[:pos]):
        for who in with_companions(ctx, v, visitor):
            if who.ent is not site:
                ctx.emit("VISITED", who.ent, site, v, 0.7)
_HELD_AT = re.compile(r"\b(?:digelar|diselenggarakan|berlangsung|diadakan|dihelat|held)\s+(?:\w+\s+){0,2}?(?:di|at|in)\s+$", re.I)


def _received(ctx: Context, v: View, pos: int) -> None:
    """The guest is the person named right before "di <site>" (a title may stand for them first)."""
    site = next(iter(v.after(pos, ("Facility", "Organization"))), None)
    guest = v.prev_mention(site) if site is not None else None
    if (site is None or guest is None or guest.type != "Person" or guest.start < pos or site.start - pos > 120
            or any(ch in v.masked[pos : site.start] for ch in ".;:")):
        return
    if _AT_SITE.match(v.masked[guest.end : site.start]):
        ctx.emit("VISITED", guest.ent, site.ent, v, 0.7)


_PARTY = re.compile(r"\b(?:rombongan|delegasi|keduanya|mereka|the\s+delegation|they)\s+(?:juga\s+|lalu\s+|kemudian\s+)?$", re.I)
# "Kunjungan ditutup dengan peninjauan X", "The visit ended with a tour of X": the party of the visit told before
_VISIT_GOES_ON = re.compile(r"^\W*(?:(?:rangkaian\s+)?kunjungan(?:\s+kerja)?|the\s+visit|the\s+trip)\s+(?:(?:itu|tersebut|ini|hari\s+\w+)\s+)?"
                            r"(?:kemudian\s+|lalu\s+)?(?:ditutup|dilanjutkan|diakhiri|berlanjut|ended|concluded|continued|closed)\s+"
                            r"(?:dengan|with)\s+(?:a\s+)?$", re.I)
watch(_VISIT_GOES_ON)
_ADMIN_PLACE = re.compile(r"^(?:Kecamatan|Kabupaten|Kab\.|Kota|Provinsi|Regency|Province)\b")


def _last_visitors(ctx: Context) -> list[Entity]:
    """The people (and the delegation's body) of the latest visit found so far."""
    out: list[Entity] = []
    last = ""
    for r in reversed(ctx.typed("VISITED")):
        e = ctx.by_id.get(r.head)
        if e is None or e.type not in ("Person", "Organization"):
            continue
        if out and r.evidence != last:
            break
        last = r.evidence
        if e not in out:
            out.append(e)
    return out


# "kunjungan gubernur menjadi dorongan bagi perusahaan untuk memperluas pasar ekspor ke Filipina": another act's goal
_OTHER_GOAL = re.compile(r"\b(?:menjadi|merupakan|untuk|agar|supaya|(?:meng)?ekspor|pasar)\b", re.I)


def _first_after_ke(v: View, pos: int) -> M | None:
    for m in v.after(pos):
        if m.type == "Person" or m.start in v.role_orgs or DELEGATION.search(v.masked[pos : m.start]):
            continue  # the visitors, not the place: "kunjungan delegasi PMDA ke …"
        if m.type in TARGETS and _KE.match(v.masked[pos : m.start]) and not _OTHER_GOAL.search(v.masked, pos, m.start):
            return m
        if m.type in TARGETS:
            return None
    return None


def _visit(ctx: Context, v: View, visitor: M, first: M, conf: float) -> None:
    cur: M | None = first
    while cur is not None:
        ctx.emit("VISITED", visitor.ent, cur.ent, v, conf)
        last = cur
        nxt = v.next_mention(cur)
        # "meninjau Pabrik X milik PT Y": visiting a company's plant is visiting the company
        if (cur.type == "Facility" and nxt is not None and nxt.type == "Organization"
                and _OWNER.match(v.gap(cur.end, nxt.start))):
            ctx.emit("VISITED", visitor.ent, nxt.ent, v, conf - 0.05)
            last = nxt
            nxt = v.next_mention(nxt)
        # "A di X": where A is
        placed = nxt is not None and nxt.type == "Location" and bool(_DI.match(v.gap(cur.end, nxt.start)))
        if placed:
            if not (cur.type == "Organization" and places.plant_owner(ctx.entities, v.masked, cur.start, cur.ent)):
                ctx.emit("LOCATED_IN", cur.ent, nxt.ent, v, 0.8)  # (not "fasilitas milik PT X di Y": the plant's place)
            last = nxt
            nxt = v.next_mention(nxt)
        # "Shijiazhuang, Tiongkok": a country after a place names where it is, not a second visit
        while (nxt is not None and re.fullmatch(r"\s*,\s*", v.gap(last.end, nxt.start))
               and ((ctx.is_country(nxt.ent) and not ctx.is_country(last.ent)) or places.contains(nxt.ent, last.ent)
                    or (last.type == "Location" and nxt.type == "Location" and (
                        _ADMIN_PLACE.match(nxt.text) or placed)))):  # "A di Songdo, Incheon": Incheon holds Songdo
            last = nxt
            nxt = v.next_mention(nxt)
        if nxt is None or nxt.type not in TARGETS or not (cues.LIST_SEP.match(v.gap(last.end, nxt.start))
                                                        or LIST_SITE.match(v.gap(last.end, nxt.start))):
            return
        cur = nxt
