"""SUBSIDIARY_OF, PART_OF (and, through ``operators``, OPERATES; through ``makers``, DEVELOPS, MARKETS).

Ownership and structure are stated with fixed phrases: "milik anak usaha Kalbe,
PT Bifarma Adiluhung", "B, anak perusahaan A", "Direktorat X BPOM" (a unit name
followed by its parent), "fasilitas milik A". The product-maker and marketer
rules ("A mengembangkan P", "P diproduksi oleh A", "A memasarkan P") live in
``makers``, the site-operator rules in ``operators``; ``find`` runs them in the same pass.
(Agreements are in ``agreements``.)
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import (
    bpom_units,
    child_lists,
    collectives,
    consortia,
    cues,
    distributor_refs,
    firm_refs,
    item_makers,
    later_sellers,
    lineups,
    maker_named_next,
    offerings,
    owned_sets,
    seated_children,
    stakes,
    table_rows,
)
from graphbuild.extract.relations.common import Context, CueGroup, M, View
from graphbuild.extract.relations.cuegroup import RuleTable
from graphbuild.extract.relations.distributors import RANGE, THE_DIST, distributor_range, the_distributor
from graphbuild.extract.relations.makers import made_by, maker, spoken_of
from graphbuild.extract.relations.makers_joint import AMONG, among_products
from graphbuild.extract.relations.offerings import bulleted
from graphbuild.extract.relations.operators import operates
from graphbuild.extract.relations.subsidiary_refs import (
    bracketed_child,
    company_parent,
    described_child,
    own_subsidiary,
    unnamed_child,
)

ORG = ("Organization",)
UNIT = re.compile(
    r"^(?:Direktorat|Ditjen|Subdirektorat|Biro|Balai|Loka|Deputi|Pusat|Inspektorat|Sekretariat|Dinas|Bidang|"
    r"Divisi|Departemen|Unit|UPT|Kantor|Satuan|Lembaga|Directorate|Bureau|Division|Department|Office|Unit|"
    r"Fakultas|Faculty|Sekolah|School|Komisi|Institute\s+(?:of|for)|ITPC|Indonesian\s+Trade\s+Promotion\s+Cent(?:er|re))\b"
)
# "Lembaga Penyakit Tropis (Institute of Tropical Disease/ITD) Unair": the unit's English name in brackets
_PARENT_GAP = re.compile(r"^\)?(?:\s*\([^()]{2,20}\)|\s*\((?:[A-Z][\w-]*|of|for|and|the|/)(?:[\s/]+(?:[A-Z][\w-]*|of|for|and|the))+\))?(?:\s+|\s+(?:pada|di\s+lingkungan|of(?:\s+the)?|dari|at|within)\s+|\s*,\s*)$",
                         re.I)
_THROUGH = re.compile(r"^\)?\s*,?\s+(?:melalui|lewat|through)\s+(?:its\s+|the\s+)?$", re.I)  # "Kemenkes, melalui Ditjen X,"
# "anak usaha holding BUMN farmasi A", "anak usaha kelompok usaha A", "a unit of the conglomerate A": the group word
# and a few words describing it stand before the parent's name
GROUP = r"(?:(?:(?:investment|healthcare|pharmaceutical|industrial|state|family)\s+)?(?:holding|kelompok\s+usaha|grup|group|konglomerasi|konglomerat|conglomerate)(?:\s+(?:BUMN|[a-z]+)){0,4}?\s+)?"
_BASED = re.compile(r"-(?:based|headquartered|listed)\s+")
_OF_SEATED = re.compile(r"\s*(?:of|dari)\s+(?:the\s+)?[\w\u2588]+-(?:based|headquartered|listed)\s+")  # "of Tokyo-listed X"
_FROM = re.compile(r"\s*(?:dari\s+)?(?:sebuah\s+)?perusahaan\s+(?:[a-z]+\s+){0,2}asal\s+")
_OF = re.compile(rf"^\s*(?:dari|of|milik|the)?\s*(?:the\s+)?{GROUP}(?:PT\.?\s*)?$", re.I)
_NAMELY = re.compile(r"^(?:\s+(?:yang\s+)?lain(?:nya)?)?\s*,?\s*(?:yaitu|yakni|namely|bernama)?\s*(?:PT\.?\s*)?$", re.I)
_POM_UNIT = re.compile(r"^(?:Balai\s+Besar|Balai|Loka)\s+POM\b|^BBPOM\b")


def find(ctx: Context) -> None:
    for v in ctx.busy:
        if _OWNERSHIP.may(v):  # most sentences hold none of its cues: one test instead of four
            _ownership(ctx, v)
            child_lists.find(ctx, v)  # "Its subsidiaries include PT A and PT B"
        for m in v.mentions:
            if m.type == "Organization" and m.role is None:
                _part_of(ctx, v, m)
            elif m.role is not None and _CAMPUS_UNIT.search(m.text):
                _titled_unit(ctx, v, m)  # "Dekan Fakultas Kedokteran Universitas X": the faculty in a title is still X's
            elif m.type == "Facility":
                operates(ctx, v, m)
            elif m.type == "Product":
                made_by(ctx, v, m)
        _CUED.run(ctx, v)  # the rules read through cue words, in order
    bulleted(ctx)  # "… tiga produk baru. Produk-produk tersebut adalah:" and a bulleted list
    child_lists.bulleted(ctx)  # "Perseroan membawahi empat anak perusahaan" and one bullet per subsidiary
    consortia.find(ctx)  # "A memimpin konsorsium … beranggotakan B dan C. Produk yang dikembangkan diberi nama P"
    maker_named_next.find(ctx)  # "… sirup produksi PT A. Produk yang ditarik adalah P": the products named next
    item_makers.find(ctx)  # "1. Jamu A — PT X": a list item pairing a product with its maker
    table_rows.find(ctx)  # "| Perusahaan | Produk |" and "| PT A | P, Q |": a maker and its brands in one table row
    bpom_units.find(ctx)  # "di kantor Direktorat Registrasi Obat" in a story about BPOM: its unit


def _developed(ctx: Context, v: View) -> None:
    for c in v.cues(cues.DEVELOP):
        maker(ctx, v, c.start(), c.end(), "DEVELOPS")


def _marketed(ctx: Context, v: View) -> None:
    for c in v.cues(cues.MARKET):
        maker(ctx, v, c.start(), c.end(), "MARKETS")


def _by_reference(ctx: Context, v: View) -> None:
    if _BY_REFERENCE.may(v) and any(m.type == "Product" for m in v.mentions):
        distributor_range(ctx, v)
        firm_refs.find(ctx, v)
    elif v.may(firm_refs.OWN_PLANT):  # "Seluruh obat merupakan produksi pabrik perusahaan": those named before
        firm_refs.own_plant(ctx, v)


def _ownership(ctx: Context, v: View) -> None:
    """Subsidiaries, units and stakes told by a cue word ("anak usaha", "di bawah", "saham", "induk")."""
    stakes.find(ctx, v)  # "B is 99.9% owned by A"
    for c in v.cues(cues.SUBSIDIARY):
        _subsidiary(ctx, v, c.start(), c.end())
    for c in v.cues(cues.UNDER):
        _under(ctx, v, c.start(), c.end())
    for c in v.cues(stakes.STAKE):
        stakes.majority(ctx, v, c)
    for c in v.cues(cues.PARENT):
        after = v.after(c.end(), ORG)
        before = v.before(c.start(), ORG)
        if after and before and after[0].start - c.end() <= 8 and c.start() - before[0].end <= 30:
            if _IS_PARENT.fullmatch(v.masked[before[0].end : c.start()]) and not c.group().endswith("nya"):
                ctx.emit("SUBSIDIARY_OF", after[0].ent, before[0].ent, v, 0.7)  # "A merupakan induk usaha B"
            else:
                ctx.emit("SUBSIDIARY_OF", before[0].ent, after[0].ent, v, 0.7)  # "A dan induk usahanya, B"


_IS_PARENT = re.compile(r"(?:\s*\([^()]*\))?(?:[\s,]*(?:(?:merupakan|adalah|sebagai|selaku|menjadi|is|as|the|a|an|juga|also)\s+)+"
                        r"|\s*[\u2013\u2014]\s*(?:(?:merupakan|adalah|sebagai|selaku|menjadi|is|as|the|a|an|juga|also)\s+)*)",  # "A — induk usaha B"
                        re.I)
def _subsidiary(ctx: Context, v: View, start: int, end: int) -> None:
    if own_subsidiary(ctx, v, start, end):
        return
    after = v.after(end)
    parent = after[0] if after and after[0].type == "Organization" and (
        _OF.match(gap := v.masked[end : after[0].start]) or _OF_SEATED.fullmatch(gap)) else None
    if parent is None and len(after) > 1 and after[0].type == "Location" and after[1].type == "Organization" and (
            _OF.match(v.masked[end : after[0].start]) and _BASED.fullmatch(v.masked[after[0].end : after[1].start])
            or _FROM.fullmatch(v.masked[end : after[0].start]) and v.masked[after[0].end : after[1].start] == " "):
        parent = after[1]  # "a subsidiary of Swiss-based X", "anak usaha perusahaan asal Korea Selatan X": its seat first
    if parent is None:
        if company_parent(ctx, v, start, end) or described_child(ctx, v, start, end) or bracketed_child(ctx, v, start, end):
            return
        _owns_subsidiaries(ctx, v, start, end)
        _owned_named(ctx, v, start)
        return
    # "anak usaha Kalbe, PT Bifarma Adiluhung"
    child = v.next_mention(parent)
    if child is not None and child.type == "Organization" and _NAMELY.match(v.gap(parent.end, child.start)):
        ctx.emit("SUBSIDIARY_OF", child.ent, parent.ent, v, 0.85)
        return
    # "PT B, anak usaha A" / "B merupakan anak perusahaan dari A"
    before = v.before(start)
    if unnamed_child(ctx, v, start, parent.ent):  # "B, yang bermarkas di Seoul, merupakan …", "Perusahaan yang merupakan …"
        return
    if before and before[0].type == "Organization" and start - before[0].end <= 40 and before[0].start not in v.role_orgs:
        if _HAS.search(v.masked[before[0].end : start]):
            return  # "A memiliki anak usaha B": A owns B (``child_lists``), it is not B's child
        if _CHILD_GAP.fullmatch(v.masked[before[0].end : start]):
            ctx.emit("SUBSIDIARY_OF", before[0].ent, parent.ent, v, 0.8)
            peer = v.prev_mention(before[0])  # "A, yang bersama B merupakan anak perusahaan C": A too
            if peer is not None and peer.type == "Organization" and _TOGETHER.fullmatch(v.masked[peer.end : before[0].start]):
                ctx.emit("SUBSIDIARY_OF", peer.ent, parent.ent, v, 0.7)
    elif before and before[0].type == "Location":
        seated_children.seated(ctx, v, start, parent.ent)  # "X is a … company headquartered in P, C, and a subsidiary of Y"


# "B merupakan anak perusahaan A", "B (AAM), the distribution subsidiary of A", "B sendiri adalah bagian dari grup A"
_TOGETHER = re.compile(r"\s*,?\s*yang\s+bersama(?:\s+dengan)?\s+(?:PT\.?\s+)?", re.I)
_CHILD_GAP = re.compile(
    r"(?:\s*\([^()]*\))?[\s,(\u2013\u2014]*(?:\b(?:yang|merupakan|adalah|sebagai|is|a|an|the|its|sendiri|itself|juga|kini|salah\s+satu)\b\s*"
    r"|\b(?:lanjut|kata|ujar|tutur|jelas|imbuh|tambah)nya\s*,\s*|\b(?:he|she)\s+said\s*,\s*)*"
    r"(?:[a-z-]+\s+){0,2}",  # "is a wholly owned subsidiary of"
    re.I,
)
_HAS = re.compile(r"\b(?:memiliki|mempunyai|membawahi|membawahkan|has|owns)\s+(?:[a-z]+\s+){0,2}$", re.I)
_LISTED = re.compile(r"^[\s,:]*(?:(?:di\s+antaranya|antara\s+lain|yaitu|yakni|seperti|termasuk|including|namely)\b[\s,:]*)?$",
                     re.I)


def _owns_subsidiaries(ctx: Context, v: View, start: int, end: int) -> None:
    """"Sanbe Farma juga memiliki sejumlah anak usaha, di antaranya PT A ... dan PT B": every company listed."""
    has = _HAS.search(v.masked[:start])
    before = v.before(start, ORG)
    if has is None or not before or has.start() - before[0].end > 20:
        return
    if not re.fullmatch(r"\s*(?:(?:juga|kini|telah|sudah|also)\s+)*", v.masked[before[0].end : has.start()], re.I):
        return
    parent = before[0]
    kids = [m for m in v.after(end, ORG) if m.ent.category == "company" or re.match(r"PT\.?\s", m.text)]
    if not kids or not _LISTED.match(v.masked[end : kids[0].start]):
        return
    for k in kids:
        ctx.emit("SUBSIDIARY_OF", k.ent, parent.ent, v, 0.75)


_OWNS = re.compile(r"\b(?:owns|memiliki|menaungi)\s+(?:PT\.?\s+)?$", re.I)
_AS_CHILD = re.compile(r"\s*(?:\([^()]*\))?\s*,\s*(?:a|an|sebuah|its)?\s*(?:wholly[\s-]owned\s+|[a-z]+\s+)?$", re.I)


def _owned_named(ctx: Context, v: View, start: int) -> None:
    """"The Company owns PT B (B'), a wholly owned subsidiary …": B belongs to the owner (the company spoken of)."""
    child = next(iter(v.before(start, ORG)), None)
    if child is None or not _AS_CHILD.fullmatch(v.masked[_tail(child) : start]):
        return
    own = _OWNS.search(v.masked[: child.start])
    if own is None:
        return
    owner = next((m.ent for m in v.before(own.start(), ORG) if m.role is None and own.start() - m.end <= 30), None)
    owner = owner or spoken_of(ctx, v, own.start())
    if owner is not None and owner.id != child.ent.id:
        ctx.emit("SUBSIDIARY_OF", child.ent, owner, v, 0.7)


def _tail(m: M) -> int:
    return m.gloss.end + 1 if m.gloss is not None else m.end


_OWNERSHIP = CueGroup(cues.SUBSIDIARY, cues.UNDER, stakes.STAKE, cues.PARENT, stakes.OWNED_BY)  # everything ``_ownership`` reads
# what the distributor-range and by-reference maker rules read (both need a product named in the sentence)
_BY_REFERENCE = CueGroup(RANGE, *firm_refs.CUES)
# what ``find`` runs after the mention rules, with the cues each reads: about half the sentences hold none of them,
# and the rest pay one AND per rule instead of a call asking the prefilter
_CUED = RuleTable(
    (_developed, cues.DEVELOP), (_marketed, cues.MARKET),
    (offerings.per_sentence, *offerings.CUES),  # portfolio, made_at, distributor, sold_by, its_own, permit_holder, …
    (lineups.find, *lineups.CUES),  # "The first products made at the site are A and B", "menyiapkan tiga produk …, yakni A, B"
    (among_products, AMONG), (the_distributor, THE_DIST), (distributor_refs.find, distributor_refs.CUE),
    (collectives.find, *collectives.CUES), (owned_sets.find, *owned_sets.ANY.patterns),
    (later_sellers.find, *later_sellers.CUES),  # "P, yang dikembangkan X dan dipasarkan di Indonesia oleh Y"
    (seated_children.group_member, seated_children.MEMBER),  # "X, a member of the Y Group"
    (_by_reference, *_BY_REFERENCE.patterns, firm_refs.OWN_PLANT),
)


def _under(ctx: Context, v: View, start: int, end: int) -> None:
    """"Kimia Farma sendiri berada di bawah PT Bio Farma (Persero)": a company under a company."""
    after = v.after(end, ORG)
    before = v.before(start, ORG)
    if not after or not before or after[0].start - end > 4 or start - before[0].end > 25:
        return
    child, parent = before[0], after[0]
    if child.ent.category == "company" and parent.ent.category == "company" and _CHILD_GAP.fullmatch(
            v.masked[child.end : start]):
        ctx.emit("SUBSIDIARY_OF", child.ent, parent.ent, v, 0.7)


# "… merupakan unit (kerja) di bawah Y", ", a unit of Y", "adalah unit pelaksana teknis Y": said of a body
_UNIT_OF = re.compile(
    r"^\)?\s*,?\s*(?:yang\s+)?(?:merupakan|adalah|ialah|sebagai|is|was|as)?\s*(?:(?:sebuah|salah\s+satu|a|an|one\s+of\s+the)\s+)?"
    r"(?:(?:unit(?:\s+kerja)?|bagian|satuan\s+kerja|badan|lembaga|division|arm|part|agency|directorate|unit)s?"
    r"(?:\s+[a-z]+){0,2}?\s+(?:(?:yang\s+)?(?:berada\s+)?di\s+(?:bawah|lingkungan)|dari|of|under|within)"
    r"|unit\s+pelaksana\s+teknis(?:\s+\(UPT\))?(?:\s+(?:dari|di\s+bawah))?)\s+(?:the\s+)?$",
    re.I,
)
# "of the", "di bawah (naungan)", and an apposition naming the kind: ", rumah sakit vertikal milik"
_OF_MINISTRY = re.compile(r"\s+(?:of\s+the|of|pada|(?:yang\s+)?(?:berada\s+)?di\s+bawah(?:\s+naungan)?)\s+"
                          r"|\s*,\s*(?:yang\s+)?(?:(?:merupakan|adalah|ialah)\s+)?(?:sebuah\s+|salah\s+satu\s+)?(?:rumah\s+sakit|unit|satuan\s+kerja|lembaga|badan|balai|UPT)"
                          r"(?:\s+[a-z]+){0,2}?\s+(?:(?:milik|di\s+bawah(?:\s+naungan)?|dari)\s+)?"
                          # ", otoritas obat di bawah Kementerian Kesehatan Vietnam": a regulator under its ministry
                          r"|\s*,\s*(?:(?:sebuah|salah\s+satu|the|an?)\s+)?(?:(?:regulatory|national|government)\s+)?(?:otoritas|instansi|regulator|authority|agency)"
                          r"(?:\s+[a-z]+){0,2}?\s+(?:(?:yang\s+)?(?:berada\s+)?di\s+bawah(?:\s+naungan)?|under)\s+(?:the\s+)?")
_PAREN = re.compile(r"\s*\([^()]*\)")
_MINISTRY = re.compile(r"(?:Ministry|Kementerian|Department|Pemerintah|Pemprov|Pemkot|Pemkab|Government)\b")  # and local governments


def _part_of(ctx: Context, v: View, m: M) -> None:
    nxt = v.next_mention(m)
    if nxt is not None and nxt.type == "Organization" and _MINISTRY.match(nxt.ent.name) and not _MINISTRY.match(m.ent.name):
        paren = _PAREN.match(v.text, m.end)  # (read only before a ministry: most bodies are named before none)
        if (_OF_MINISTRY.fullmatch(v.gap(paren.end() if paren else m.end, nxt.start))
                or (paren and m.ent.category != "company" and v.gap(paren.end(), nxt.start).isspace())):
            ctx.emit("PART_OF", m.ent, nxt.ent, v, 0.7)  # "BPJPH of the Ministry …", "BPJPH (BPJPH) Kementerian Agama"
            return
    gap = v.gap((m.gloss or m).end, nxt.start) if nxt is not None else ""
    if nxt is not None and nxt.type == "Location" and (after := v.next_mention(nxt)) is not None \
            and re.fullmatch(r"['\u2019]s\s+", v.gap(nxt.end, after.start)):
        nxt = after  # "part of China's NMPA": the country only qualifies the parent
    if (nxt is not None and nxt.type == "Organization" and m.ent.category != "company" and not nxt.role
            and _UNIT_OF.match(gap)):
        ctx.emit("PART_OF", m.ent, nxt.ent, v, 0.75)  # "BKPK merupakan unit di bawah Kementerian Kesehatan"
        return
    if not UNIT.match(m.text) and not UNIT.match(m.ent.name):
        return
    if _POM_UNIT.search(m.ent.name):  # "Balai Besar POM di Bandung" is a BPOM office wherever it is named
        bpom = next((e for e in ctx.entities if e.type == "Organization" and e.id != m.ent.id
                     and {"BPOM", "Badan POM"} & {e.name, *e.aliases, _initials(e.name)}), None)
        if bpom is not None:
            ctx.emit("PART_OF", m.ent, bpom, v, 0.75)
    prev = v.prev_mention(m)
    if prev is not None and prev.type == "Organization" and _THROUGH.match(v.masked[(prev.gloss or prev).end : m.start]):
        ctx.emit("PART_OF", m.ent, prev.ent, v, 0.75)  # "Badan POM melalui Balai Besar POM di Surabaya"
    nxt = v.next_mention(m)
    if nxt is not None and nxt.type == "Person" and re.fullmatch(rf"(?:\s|{cues.HONORIFIC})*", v.gap(m.end, nxt.start)):
        return  # "Deputi I BPOM dr. William": a title before a name, not a reference to the unit
    # the unit's own name ends with its parent: "Direktorat Pengawasan Produksi Obat BPOM"; of two, the nearer:
    # "Komisi Etik … FK-KMK UGM" is the faculty's (FK-KMK UGM), not the university's (UGM)
    best, size = None, 0
    for e in ctx.entities:
        if e.id != m.ent.id and e.type == "Organization":
            for n in (e.name, *e.aliases, _initials(e.name)):
                if len(n) > max(size, 2) and any(t.endswith(" " + n) and len(t) > len(n) + 8 for t in (m.text, m.ent.name)):
                    best, size = e, len(n)
    if best is not None:
        ctx.emit("PART_OF", m.ent, best, v, 0.85)
        return
    if nxt is None or nxt.type != "Organization" or nxt.role or not _PARENT_GAP.match(v.gap((m.gloss or m).end, nxt.start)):
        return
    if "," in v.gap((m.gloss or m).end, nxt.start):
        after = v.next_mention(nxt)
        if (after is not None and cues.LIST_SEP.match(v.gap(nxt.end, after.start))) \
                or _LIST_GOES_ON.match(v.masked, (nxt.gloss or nxt).end):
            return  # "Biro A, Kementerian B, dan C" is a list (C even where no name was found)
    if not UNIT.match(nxt.text) and not (nxt.ent.category == "company" and m.ent.category in ("government", "regulator")):
        ctx.emit("PART_OF", m.ent, nxt.ent, v, 0.8)  # (no state body is a unit of a company: "… (KPPU), PDU will …")


_LIST_GOES_ON = re.compile(r",?\s*(?:dan|serta|and)\s+[A-Z(]")
_CAMPUS_UNIT = re.compile(r"(?:Fakultas|Faculty|Sekolah\s+Pascasarjana|Graduate\s+School|School\s+of)\s")
_CAMPUS = re.compile(r"(?:Universitas|University|Institut|Institute|Politeknik|Sekolah\s+Tinggi)\b|U[A-Z]|[A-Z]*U[A-Z]*$")


def _titled_unit(ctx: Context, v: View, m: M) -> None:
    """A faculty named in a title ("Dekan Fakultas Kedokteran Universitas X", "Guru Besar Fakultas Farmasi UX") whose
    own name ends with a campus named in the story is part of it."""
    units = [e for e in ctx.entities if e.type == "Organization" and _CAMPUS_UNIT.match(e.name) and e.name in m.text]
    for u in units:
        for e in ctx.entities:
            if e.id != u.id and e.type == "Organization" and _CAMPUS.match(e.name) and not _CAMPUS_UNIT.match(e.name) \
                    and any(len(n) >= 3 and u.name.endswith(" " + n) for n in (e.name, *e.aliases)):
                ctx.emit("PART_OF", u, e, v, 0.85)
                break


def _initials(name: str) -> str:
    """"Badan Pengawas Obat dan Makanan" -> "BPOM": the parent as a unit's name may end with it."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())
