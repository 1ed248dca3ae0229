"""How a post found by :mod:`.positions` is recorded (HOLDS_POSITION), and two posts told beside another one.

A title resolves to the body it names: "Minister of Industry of the Republic of Indonesia" and "Menteri Kesehatan RI"
to the ministry, "Ketua PD IAI Riau" to the regional board, a faculty's post also to its university, a department's to
its faculty; "…, yang sekaligus menjabat Ketua Z" (a second post) and "didampingi Kepala Bagian …" (an escort's post in
the head's body). Split out of ``positions`` to keep it short; ``positions`` keeps the order its rules run in.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import title_patterns as tp
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.part_of import UNIT
from graphbuild.extract.relations.places import region
from graphbuild.extract.relations.title_bodies import central_body, headed_unit, title_key
from graphbuild.extract.relations.title_bodies import regional_board as _regional_board
from graphbuild.types import Entity

_MINISTER_OF = re.compile(r"(?:(?:Deputy|Vice)\s+)?Minister\s+of\s+(?P<dom>[A-Z][\w\s,&]*?)\s+of\s+the(?:\s+Republic)?$")
_MENTERI = re.compile(r"(?:Wakil\s+)?Menteri\s+(?P<dom>[A-Z][\w\s,&]*?)$")
_DEPARTMENT = frozenset({"Departemen", "Department", "Program", "Prodi"})
_FACULTY_NAME = re.compile(r"(?:Fakultas|Faculty|Sekolah|School|F[A-Z]{1,4}(?:-[A-Z]{2,4})?)\s")  # "FK-KMK UGM", "FF Unair"
_FACULTY = frozenset({"Fakultas", "Faculty", "Sekolah", "School", "Departemen", "Department"})


def record(ctx: Context, v: View, person: M, org: M, title: str, conf: float) -> None:
    title = " ".join(title.split())
    if (mof := _MINISTER_OF.match(title)) and ctx.is_country(org.ent):  # "Minister of Industry of the Republic of Indonesia, X"
        want = "ministry of " + " ".join(mof.group("dom").split()).casefold()  # a ministry's post, not the country's
        ministry = next((e for e in ctx.entities if e.type == "Organization" and any(
            n.casefold() == want for n in (e.name, *e.aliases))), None)
        if ministry is None:
            return
        org = as_mention(org, ministry)
    if (men := _MENTERI.match(title)) and org.ent.name in ("Indonesia", "Republik Indonesia"):  # "Menteri Kesehatan RI X": the ministry
        want = "kementerian " + " ".join(men.group("dom").split()).casefold()
        ministry = next((e for e in ctx.entities if e.type == "Organization" and any(
            n.casefold() == want for n in (e.name, *e.aliases))), None)
        org = as_mention(org, ministry) if ministry is not None else org
    elif men and ctx.is_country(org.ent):  # "Wakil Menteri Kesehatan Vietnam, X": the country's ministry the text names
        want = f"kementerian {' '.join(men.group('dom').split())} {org.ent.name}".casefold()
        ministry = next((e for e in ctx.entities if e.type == "Organization" and any(
            n.casefold() == want for n in (e.name, *e.aliases))), None)
        org = as_mention(org, ministry) if ministry is not None else org
    if org.type == "Location" and (seat := _regional_seat(ctx, title, org.ent)) is not None:
        org = as_mention(org, seat)  # "Bupati Kediri" beside "Kabupaten Kediri" and "Kota Kediri": the regency
    if org.type == "Location" and region(org.ent):  # "Head of Regulatory Affairs Asia Pacific, Novaris Asia Pacific"
        nxt = v.next_mention(org)  # a world region qualifies the post; the body, if any, is named right after it
        if nxt is None or nxt.type != "Organization" or v.text[org.end : nxt.start].strip() != ",":
            return
        org = nxt
    if org.type == "Organization" and (board := _regional_board(ctx, v, org)) is not None:
        org = as_mention(org, board)  # "Ketua PD IAI Riau, X": the regional board the text names
    if ctx.emit("HOLDS_POSITION", person.ent, org.ent, v, conf, title=title):
        ctx.holders.setdefault((title_key(title), org.ent.id), set()).add(person.ent.id)
        if org.type == "Organization" and (body := central_body(ctx, org.ent)) is not None:
            ctx.emit("HOLDS_POSITION", person.ent, body, v, conf - 0.05, title=title)  # "Ketua Umum PP IAI": IAI's post
    if org.type == "Organization" and org.text.split()[0] in _FACULTY:  # a post in a faculty is one in its university
        a, b = v.sent.start + org.start, v.sent.start + org.end  # the university is nested in the faculty's name
        nested = [(max(s.end - s.start for s in e.mentions if a < s.start and s.end <= b), e) for e in ctx.entities
                  if e.type == "Organization" and e is not org.ent and any(a < s.start and s.end <= b for s in e.mentions)]
        if nested:  # a department's post is one in its faculty (the longest body nested in its name)
            ctx.emit("HOLDS_POSITION", person.ent, max(nested, key=lambda x: x[0])[1], v, conf, title=title)
        if org.text.split()[0] in _DEPARTMENT:  # "Departemen X FK-KMK UGM": the faculty closing its name, named elsewhere
            faculty = next((e for e in ctx.entities if e.type == "Organization" and e is not org.ent and any(
                _FACULTY_NAME.match(n) and org.text.endswith(" " + n) for n in (e.name, *e.aliases))), None)
            if faculty is not None:
                ctx.emit("HOLDS_POSITION", person.ent, faculty, v, conf, title=title)


# a regional head's title and the head word of the region it governs ("Bupati Kediri" governs Kabupaten Kediri)
_REGION_HEAD = re.compile(r"^(?:(?:wakil|pj\.?|plt\.?|penjabat|pelaksana tugas|deputy|vice|acting)\s+)?"
                          r"(?:(?P<kab>bupati|regent)|(?P<kota>wali\s?kota|mayor))$")


def _regional_seat(ctx: Context, title: str, place: Entity) -> Entity | None:
    """The "Kabupaten X" (for a regent) or "Kota X" (for a mayor) the text names apart from the bare place "X"."""
    if (h := _REGION_HEAD.match(" ".join(title.split()).casefold())) is None:
        return None
    head = "kabupaten " if h.group("kab") else "kota "
    if place.name.casefold().startswith(head):
        return None
    want = {head + n.casefold() for n in (place.name, *place.aliases) if not n.casefold().startswith(("kabupaten ", "kota "))}
    return next((e for e in ctx.entities if e.type == "Location" and e is not place and e.name.casefold() in want), None)


def second_post(ctx: Context, v: View, p: M) -> None:
    """A post told after the name as held besides the one before it ("…, yang sekaligus menjabat Ketua Z")."""
    nxt = v.next_mention(p)
    if nxt is None or nxt.type != "Organization" or not v.may(tp.ALSO_HOLDS):
        return
    gap = v.gap(p.end, nxt.start)
    if tp.ALSO_HOLDS.search(gap) and ((t := tp.TITLE_AFTER.match(gap)) or (t := tp.ALSO_HOLDS_AT.match(gap))):
        record(ctx, v, p, nxt, t.group("title"), 0.8)


# a bare post of a ministry, an agency or an association: a directorate's field (no company's), its secretary-general
_OFFICE_POST = re.compile(r"(?:Wakil\s+)?(?:Direktur\s+(?!(?:Utama|Keuangan|Operasional|Operasi|Produksi|Pemasaran|Komersial|Teknik|Bisnis|"
                          r"Penjualan|Umum|Medis|SDM|Manufaktur|Mutu|Independen|Eksekutif|Pelaksana)\b)[A-Z]|Sekretaris\s+Jenderal\b|Sekjen\b)")


def escort_post(ctx: Context, v: View, p: M) -> None:
    """A section head named only by the section escorts the head of a body: the section is the body's own; a bare
    company post ("didampingi Direktur Produksi A") escorts the head of a company: the post is in that company."""
    firm = None
    if not v.may(tp.ESCORT_SECTION) or not (t := tp.ESCORT_SECTION.search(v.text, max(0, p.start - 120), p.start)):
        firm = tp.ESCORT_FIRM.search(v.text, max(0, p.start - 240), p.start) if v.may(tp.ESCORT_FIRM) else None
        if firm is None or not no_mention_between(v, firm.start("title"), p.start):
            return
        t = firm
    head = next((m for m in reversed(v.mentions) if m.end <= t.start()), None) if firm else v.prev_mention(p)
    if head is None or head.type != "Person" or head.end > t.start():  # the escorted head, the nearest name before
        return
    bodies = [r.tail for r in ctx.has("HOLDS_POSITION", head.ent)]
    if firm is not None:
        held = bodies
        bodies = [b for b in held if ctx.by_id[b].category == "company"]
        if not bodies and _OFFICE_POST.match(t.group("title")):  # "Dirjen X, A, didampingi Direktur Industri Kimia Hilir, B":
            bodies = list(dict.fromkeys(b for b in held if ctx.by_id[b].type == "Organization"  # the head's ministry or
                                        and not UNIT.match(ctx.by_id[b].name)))  # agency, not his unit
    if len(bodies) == 1:
        body = next(e for e in ctx.entities if e.id == bodies[0])
        if ctx.emit("HOLDS_POSITION", p.ent, body, v, 0.7, title=t.group("title")):
            ctx.holders.setdefault((title_key(t.group("title")), body.id), set()).add(p.ent.id)  # a delegation, not a meeting


def unit_parent(ctx: Context, v: View, p: M, unit: M, title: str) -> None:
    """"X, Direktur Office of International Programs di PMDA": the person also holds a post in the parent."""
    parent = v.next_mention(unit)
    if (unit.type == "Organization" and parent is not None and parent.type == "Organization"
            and tp.UNIT_PARENT_GAP.match(v.gap(unit.end, parent.start))):
        record(ctx, v, p, parent, title, 0.8)


# the post's field between the title and the body: capitalised words (and "dan"), then the link word before the body
_FIELD = re.compile(r"(?P<field>(?:\s+(?:[A-Z][\w-]*|dan|&))+?)\s*(?:,\s*)?(?:\b(?:of|at|dari|for|with|di)\s+(?:the\s+)?)?(?:PT\.?\s+)?$")


def field_unit(ctx: Context, v: View, p: M, body: M, t: re.Match[str]) -> None:
    """"X — Direktur Registrasi Obat BPOM": the unit the post's field names ("Direktorat Registrasi Obat"), where the
    text names it, holds the post as well as the body."""
    f = _FIELD.match(t.string, t.end("title"))
    if f is not None and (unit := headed_unit(ctx, t.group("title"), f.group("field"))) is not None and unit is not body.ent:
        record(ctx, v, p, as_mention(body, unit), f"{t.group('title')}{f.group('field')}", 0.75)


def as_mention(m: M, ent: Entity) -> M:
    return M(m.start, m.end, ent, m.text)


def no_mention_between(v: View, a: int, b: int) -> bool:
    return not any(m.start >= a and m.end <= b for m in v.mentions)
