"""PART_OF: a unit or body named with its parent ("Direktorat Pengawasan Produksi Obat BPOM", "BKPK merupakan unit
di bawah Kementerian Kesehatan", "Badan POM melalui Balai Besar POM di Surabaya") and a faculty named in a title.

Split out of ``corporate`` (which keeps the ownership rules, SUBSIDIARY_OF) to keep each module short;
``corporate.find`` calls :func:`part_of` per organization mention and :func:`titled_unit` per titled mention
in the same pass, so the rule order is unchanged. No pattern here is a prefilter cue.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch

UNIT = re.compile(
    r"^(?:Direktorat|Ditjen|Subdirektorat|Biro|Balai|Loka|Deputi|Pusat|Inspektorat|Sekretariat|Dinas|Bidang|"
    r"Divisi|Departemen|Unit|UPT|Kantor|Satuan|Lembaga|Directorate|Bureau|Division|Department|Office|Unit|"
    r"Fakultas|Faculty|Sekolah|School|Komisi|Organisasi\s+Riset|Institute\s+(?:of|for)|ITPC|Indonesian\s+Trade\s+Promotion\s+Cent(?:er|re))\b"
)
# "Lembaga Penyakit Tropis (Institute of Tropical Disease/ITD) Unair": the unit's English name in brackets
_PARENT_GAP = re.compile(r"^\)?(?:\s*\([^()]{2,20}\)|\s*\((?:[A-Z][\w-]*|of|for|and|the|/)(?:[\s/]+(?:[A-Z][\w-]*|of|for|and|the))+\))?(?:\s+|\s+(?:pada|di\s+lingkungan|of(?:\s+the)?|dari|at|within)\s+|\s*,\s*)$",
                         re.I)
_THROUGH = re.compile(r"^\)?\s*,?\s+(?:melalui|lewat|through)\s+(?:its\s+|the\s+)?$", re.I)  # "Kemenkes, melalui Ditjen X,"
_POM_UNIT = re.compile(r"^(?:Balai\s+Besar|Balai|Loka)\s+POM\b|^BBPOM\b")
# "… merupakan unit (kerja) di bawah Y", ", a unit of Y", "adalah unit pelaksana teknis Y": said of a body
_UNIT_OF = re.compile(
    r"^(?:\)|\s*\([^()]{1,12}\))?\s*,?\s*(?:yang\s+)?(?:merupakan|adalah|ialah|sebagai|is|was|as)?\s*(?:(?:sebuah|salah\s+satu|a|an|one\s+of\s+the)\s+)?"
    r"(?:(?:unit(?:\s+kerja)?|bagian|satuan\s+kerja|badan|lembaga|division|arm|part|agency|directorate|unit)s?"
    r"(?:\s+[a-z]+){0,2}?\s+(?:(?:yang\s+)?(?:berada\s+)?di\s+(?:bawah|lingkungan)|dari|of|under|within)"
    # ", salah satu direktorat di bawah Y", ", balai di bawah Y", ", laboratorium rujukan nasional milik Y": the unit's own kind
    r"|(?:direktorat|balai|biro|pusat(?:\s+riset|\s+penelitian|\s+studi)?|laboratorium|bureau|centre|center|laboratory)"
    r"(?:\s+[a-z]+){0,3}?\s+(?:(?:yang\s+)?(?:berada\s+)?di\s+bawah(?:\s+naungan)?|milik|under)"
    r"|unit\s+pelaksana\s+teknis(?:\s+\(UPT\))?(?:\s+(?:dari|di\s+bawah))?)\s+(?:the\s+)?$",
    re.I,
)
# "of the", "di bawah (naungan)", and an apposition naming the kind: ", rumah sakit vertikal milik"
_OF_MINISTRY = re.compile(r"\s+(?:of\s+the|of|pada|under\s+the|(?:yang\s+)?(?:berada\s+)?di\s+bawah(?:\s+naungan)?)\s+"
                          r"|\s*,\s*(?:yang\s+)?(?:(?:merupakan|adalah|ialah)\s+)?(?:sebuah\s+|salah\s+satu\s+)?(?:rumah\s+sakit|unit|satuan\s+kerja|lembaga|badan|balai|UPT)"
                          r"(?:\s+[a-z]+){0,2}?\s+(?:(?:milik|di\s+bawah(?:\s+naungan)?|dari)\s+)?"
                          # ", otoritas obat di bawah Kementerian Kesehatan Vietnam": a regulator under its ministry
                          r"|\s*,\s*(?:(?:sebuah|salah\s+satu|the|an?)\s+)?(?:(?:regulatory|national|government)\s+)?(?:otoritas|instansi|regulator|authority|agency)"
                          r"(?:\s+[a-z]+){0,2}?\s+(?:(?:yang\s+)?(?:berada\s+)?di\s+bawah(?:\s+naungan)?|under)\s+(?:the\s+)?")
# "Direktorat X berada di bawah Direktorat Jenderal Y": no kind word, the unit's own name says what it is
_SITS_UNDER = re.compile(r"^\)?\s*,?\s*(?:yang\s+)?(?:(?:kini|juga|saat\s+ini)\s+)?berada\s+di\s+bawah(?:\s+naungan)?\s+$", re.I)
_PAREN = re.compile(r"\s*\([^()]*\)")
# "BPOM's Directorate of X", "the Ministry of Health's Bureau of Y": a state body's unit told after its possessive
_EN_UNIT = re.compile(r"(?:Directorate|Bureau|Division|Department|Office|Inspectorate|Secretariat)(?:\s+General)?\s+(?:of|for)\s")
_POSSESSIVE = re.compile(r"[^\s()]+(?:\s+[^\s()]+){0,5}['\u2019]s\s+")
_MINISTRY = re.compile(r"(?:Ministry|Kementerian|Department|Pemerintah|Pemprov|Pemkot|Pemkab|Government)\b")  # and local governments


def part_of(ctx: Context, v: View, m: M) -> None:
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
            and (_UNIT_OF.match(gap) or (_SITS_UNDER.match(gap) and (UNIT.match(m.text) or UNIT.match(m.ent.name))))):
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
    if prev is not None and prev.type == "Organization" and prev.ent.category != "company" and _EN_UNIT.match(m.text) \
            and _POSSESSIVE.fullmatch(v.text[prev.start : m.start]):
        ctx.emit("PART_OF", m.ent, prev.ent, v, 0.75)  # "BPOM's Directorate of Drug Registration"
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
CAMPUS_UNIT = re.compile(r"(?:Fakultas|Faculty|Sekolah\s+Pascasarjana|Graduate\s+School|School\s+of)\s")
_CAMPUS = re.compile(r"(?:Universitas|University|Institut|Institute|Politeknik|Sekolah\s+Tinggi)\b|U[A-Z]|[A-Z]*U[A-Z]*$")


def titled_unit(ctx: Context, v: View, m: M) -> None:
    """A faculty named in a title ("Dekan Fakultas Kedokteran Universitas X", "Guru Besar Fakultas Farmasi UX") whose
    own name ends with a campus named in the story is part of it."""
    units = [e for e in ctx.entities if e.type == "Organization" and CAMPUS_UNIT.match(e.name) and e.name in m.text]
    for u in units:
        for e in ctx.entities:
            if e.id != u.id and e.type == "Organization" and _CAMPUS.match(e.name) and not CAMPUS_UNIT.match(e.name) \
                    and any(len(n) >= 3 and u.name.endswith(" " + n) for n in (e.name, *e.aliases)):
                ctx.emit("PART_OF", u, e, v, 0.85)
                break


def _initials(name: str) -> str:
    """"Badan Pengawas Obat dan Makanan" -> "BPOM": the parent as a unit's name may end with it."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


# "Direktorat tersebut merupakan unit di bawah Y", "Direktorat yang berada di bawah Y itu …": the unit named just before
_UNIT_REF = re.compile(
    r"^\W*(?P<kind>Direktorat|Subdirektorat|Balai\s+Besar|Balai|Loka|Biro|Pusat|Deputi|Kedeputian)\s+"
    r"(?:(?:tersebut|itu|ini)\s+(?:juga\s+)?(?:merupakan|adalah|berada)\s+(?:(?:sebuah|salah\s+satu)\s+)?"
    r"(?:(?:unit(?:\s+kerja)?|bagian|satuan\s+kerja)\s+)?(?:yang\s+)?(?:berada\s+)?(?:di\s+bawah(?:\s+naungan)?|dari)"
    r"|yang\s+(?:berada\s+)?di\s+bawah(?:\s+naungan)?)\s+$")
watch(_UNIT_REF)


def unit_refs(ctx: Context) -> None:
    """PART_OF from the unit a sentence-opening "Direktorat tersebut" points back to, to the parent named after it."""
    for v in ctx.where(_UNIT_REF):
        parent = next((m for m in v.mentions if m.type == "Organization" and m.role is None), None)
        if parent is None or (c := _UNIT_REF.match(v.masked[: parent.start])) is None:
            continue
        kind = c.group("kind")
        unit = next((e for e in ctx.recent(v.index - 1, ("Organization",), back=1, limit=6)
                     if e.name.startswith(kind + " ") and e is not parent.ent), None) if v.index else None
        if unit is not None and unit.category != "company":
            ctx.emit("PART_OF", unit, parent.ent, v, 0.7)
