"""OPERATES: who runs a named site.

"the Combiphar Padalarang Plant" / "Pabrik Ekstrak Sekar Arum Nguter" (a site named after its
company), "Laboratorium X (LX) UGM" (a site named right before its organisation), "fasilitas milik
A", "A mengoperasikan F", "F … dioperasikan oleh A", "from its Uppsala Manufacturing Center", and a new
plant named only in the next sentence ("… a new plant operated by B. The facility, named F, …").
Split out of ``corporate``, which calls :func:`operates` per site mention in its pass (the makers
rules read what it found in the same pass). Which company a site is named after is worked out in ``site_namesakes``.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.cues import LIST_SEP
from graphbuild.extract.relations.makers import regulator_like
from graphbuild.extract.relations.possessive_sites import possessive_owner
from graphbuild.extract.relations.site_namesakes import namesake
from graphbuild.extract.relations.site_owners import suffix_owner
from graphbuild.extract.relations.subsidiary_refs import issuer, release_firm
from graphbuild.types import Entity

ORG = ("Organization",)
_OWNED = re.compile(
    r"^\s*,?\s*(?:(?:yang\s+merupakan\s+)?(?:fasilitas|pabrik|sarana|gedung|plant|facility)\s+(?:[\w-]+\s+){0,3}?)?"
    r"(?:yang\s+(?:(?:juga|kini|saat\s+ini)\s+)?|(?:which|that)\s+is\s+(?:(?:also|now)\s+)?)?"  # ", yang dioperasikan PT W"
    r"(?:milik|kepunyaan|owned\s+by|operated\s+by|run\s+by|managed\s+by|(?:dikelola|dioperasikan|dijalankan)(?:\s+oleh)?"
    r"|(?:itu\s+|tersebut\s+)?dibangun\s+oleh)\s+"  # "F itu dibangun oleh PT B, anak usaha PT A": B's, not A's it is named after
    # "milik perusahaan farmasi PT A", "milik perusahaan Jepang, A": the owner described first
    r"(?:(?:perusahaan|produsen|the\s+company|company|firm)(?:\s+(?:[a-z]+|\u2588+)){0,2}?\s*,?\s+"
    # "F, fasilitas yang dioperasikan anak usahanya, PT W", "operated by its wholly owned subsidiary, W"
    r"|(?:anak\s+(?:usaha|perusahaan)(?:nya|\s+perseroan|\s+perusahaan)?|(?:its|a|the\s+company['\u2019]s)\s+"
    r"(?:wholly[\s-]owned\s+)?subsidiary)\s*,?\s+)?(?:PT\.?\s+)?$",
    re.I,
)
_OPERATES = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:mengoperasikan|mengelola|memiliki|operates|runs|owns|meresmikan|membangun|mendirikan|builds|built"
    # "A merampungkan pembangunan Pabrik X", "A completed construction of its X Plant"
    r"|(?:merampungkan|menyelesaikan|memulai)\s+pembangunan|(?:completed|completes|began|begins|started)\s+construction\s+of)"
    # "operates three manufacturing sites: the A; …", "mengoperasikan dua pabrik, yaitu A dan …": a counted list's first
    r"\s+(?:[\w-]+\s+){0,3}?(?:[\w-]+\s*(?::|,\s*(?:yaitu|yakni|namely))\s+(?:the\s+)?)?$"
    r"|^\s*,\s+(?:melalui|lewat|through|via)\s+(?:its\s+)?$|^['\u2019]s\s+(?:new\s+)?$", re.I
)
# "PT A melalui anak usahanya, B, …": the parent acts through the subsidiary named after the comma
_THROUGH_UNIT = re.compile(r"\b(?:melalui|lewat|through|via)\s+(?:(?:anak|unit)\s+(?:usaha|perusahaan)(?:nya)?|(?:its|a)\s+"
                           r"(?:wholly[\s-]owned\s+)?(?:subsidiary|unit))\s*,\s*(?:PT\.?\s+)?$", re.I)
# ("… dioperasikan oleh anak perusahaan Perseroan, PT W", "operated by its wholly owned subsidiary, W": the one named)
_RUN_BY_LATE = re.compile(r"\b(?:dioperasikan|dikelola|dimiliki|operated|owned|run)\s+(?:oleh|by)\s+"
                          r"(?:(?:anak\s+(?:usaha|perusahaan)(?:nya|\s+perseroan|\s+perusahaan)?"
                          r"|(?:its|the\s+company['\u2019]s)\s+(?:[\w-]+\s+){0,2}?subsidiary)\s*,?\s*)?(?:PT\.?\s+)?$", re.I)

# a laboratory named with the faculty or university it sits in is that school's
_LAB = re.compile(r"(?:Laboratorium|Laboratory|Lab|Pusat\s+Riset|Pusat\s+Studi|Research\s+Cent(?:er|re))\b|.*\bLaborator(?:y|ies)$")
_ACADEMIC = re.compile(r"(?:Fakultas|Universitas|Institut|Sekolah|Politeknik|Departemen|Faculty|University|Institute|School"
                       r"|Department)\b")
_ITS = re.compile(r"\b(?:its|their)\s+$|\b(?:fasilitas|pabrik)\s+(?:[a-z][\w-]*\s+)?(?:milik)?nya\s+$"
                  # "untuk gudangnya, F", "pusat distribusinya, F", "its new warehouse, the F": a site of the subject's, named
                  r"|\b(?:fasilitas|pabrik|gudang|laboratorium|depo|pusat|sentra)(?:\s+(?:distribusi|produksi|baru|utama|penyimpanan|riset|obat))?nya\s*,\s*$"
                  r"|\b(?:its|their)\s+(?:[a-z-]+\s+){0,2}?(?:warehouse|plant|facility|factory|laboratory|hub"
                  r"|distribution\s+cent(?:er|re))\s*,\s*(?:the\s+)?$", re.I)
_FROM_BODY = re.compile(r"\b(?:dari|oleh|from|by)\s+$", re.I)  # "memperoleh sertifikat dari Badan POM untuk gudangnya": not BPOM's


# "at the Company's Karawang Biologics Plant", "the Company's new sterile injectables facility, F"
_COMPANYS = re.compile(r"\bthe\s+company['\u2019]s\s+(?:new\s+)?$|\bthe\s+company['\u2019]s\s+(?:[\w-]+\s+){0,4}?(?:plant|facility|factory|site)\s*,\s*$",
                       re.I)
# "X, anak usaha B, … di F milik perusahaan": B is named as the parent, not as the company meant
_PARENT_CUE = re.compile(r"\b(?:anak\s+(?:usaha|perusahaan)|(?:a\s+)?subsidiary\s+of|unit\s+of)\s+(?:PT\.?\s+)?$", re.I)
_ITS_SITE = re.compile(r"^\s*,\s*(?:(?:the\s+company['\u2019]s|its)\s+(?:[a-z&-]+\s+){0,2}?"
                       r"(?:research\s+(?:centre|center)|plant|factory|facility|laboratory|site)\b"
                       # "Pabrik X, fasilitas produksi milik perusahaan tersebut di Y"
                       r"|(?:fasilitas|pabrik|sarana)\s+(?:[a-z]+\s+){0,2}?milik\s+(?:perusahaan|perseroan)(?:\s+(?:tersebut|itu|ini))?\b)"
                       # "di Pabrik Makale milik perusahaan setelah …": the company spoken of, no name after the word
                       r"|^\s+milik\s+(?:perusahaan|perseroan)(?:\s+(?:tersebut|itu|ini))?(?!\s+(?:farmasi|(?-i:[A-Z\u2588])))\b",
                       re.I)

# "di fasilitas milik perusahaan, F", "pabrik produksi milik perseroan tersebut, F": the site of the company spoken of, named after
_SITE_BEFORE = re.compile(r"\b(?:fasilitas|pabrik|sarana)\s+(?:[a-z]+\s+){0,2}?milik\s+(?:perusahaan|perseroan)"
                          r"(?:\s+(?:tersebut|itu|ini))?\s*,\s*$", re.I)


# "A memproduksi P di Pabrik X", "A manufactures P at its X Plant": the maker runs the site it makes it at
_MADE_AT = re.compile(r"\u2588\s+(?:(?:juga|kini|telah|sudah|akan|mulai|also|now|will|shall|is\s+to|plans\s+to)\s+)*"
                      r"(?:memproduksi|membuat|produces|manufactures|makes|(?<=\s)(?:produce|manufacture|make))"
                      r"\s[^.;\u2588]{0,20}\u2588+[^.;\u2588]{0,30}?\s(?:di|at|in)\s+(?:(?:its|the)\s+)?$", re.I)


# a venue where a ceremony or lecture is held, not a site an organisation runs: "di Balai Senat UGM", "Gedung
# Rektorat Unhas", "Aula Kahuripan, Kampus C", "Hotel Grand Barito" (the annotators give the university or the
# firm of the same name no OPERATES for it)
_VENUE = re.compile(r"(?:Aula|Auditorium|Balai\s+Senat|Ruang|Hotel|Gedung\s+Rektorat|Kampus|Campus)\b")


def operates(ctx: Context, v: View, f: M) -> None:
    if _VENUE.match(f.ent.name):
        return
    made = _MADE_AT.search(v.masked, max(0, f.start - 160), f.start)
    maker = next((m for m in v.before(f.start, ORG) if made is not None and m.end == made.start() + 1), None)
    if maker is not None and maker.role is None and not regulator_like(maker.ent):
        ctx.emit("OPERATES", maker.ent, f.ent, v, 0.65)
    possessive_owner(ctx, v, f)  # "Tirta Husada's Cikande Sterile Plant": the short name in the possessive
    nxt = v.next_mention(f)
    stated = nxt is not None and nxt.type == "Organization" and _OWNED.match(v.gap(f.end, nxt.start)) is not None
    # "the Combiphar Padalarang Plant": a site named after the company that runs it (unless "X milik PT Y" tells whose)
    owner = None if stated else namesake(ctx, f)
    if owner is not None:
        ctx.emit("OPERATES", owner, f.ent, v, 0.7)
    if (last := suffix_owner(ctx, f.ent)) is not None and last is not owner:  # "Laboratorium Quality Control Bio Farma"
        ctx.emit("OPERATES", last, f.ent, v, 0.7)
    # "Nordavia will supply … from its Uppsala Manufacturing Center"
    if _ITS.search(v.masked, max(0, f.start - 120), f.start):
        owner = next((m for m in v.before(f.start, ORG) if m.start not in v.role_orgs and not (
            regulator_like(m.ent) and _FROM_BODY.search(v.masked, max(0, m.start - 8), m.start))
            and not _PARENT_CUE.search(v.masked, max(0, m.start - 30), m.start)), None)  # (not "a subsidiary of B")
        if owner is not None and f.start - owner.end <= 140 and not regulator_like(owner.ent):
            ctx.emit("OPERATES", owner.ent, f.ent, v, 0.65)
    if _COMPANYS.search(v.masked[max(0, f.start - 80) : f.start]) and not _firms_before(v, f.start):
        owner = release_firm(ctx, f.ent)  # "at the Company's Karawang Biologics Plant": the release's (listed) company
        if owner is not None:
            ctx.emit("OPERATES", owner, f.ent, v, 0.65)
    owned_after = bool(_ITS_SITE.match(v.masked[(f.gloss or f).end :].replace(")", "", 1) if f.gloss else v.masked[f.end :]))
    if owned_after or ("milik" in v.text and _SITE_BEFORE.search(v.masked, max(0, f.start - 80), f.start)):
        # "X (DLBS), the company's research centre": the company the text is about runs it
        # (a sentence's subject before the parent it names: "Sanbio sendiri adalah anak perusahaan PT B. … milik perusahaan tersebut")
        parents = {id(m.ent) for m in v.before(f.start, ORG) if _PARENT_CUE.search(v.masked, max(0, m.start - 30), m.start)}
        if not owned_after and v.index:  # "A adalah anak usaha B. … di fasilitas milik perusahaan, F": A's, not its parent's
            parents |= {id(ctx.by_id[r.tail]) for r in ctx.typed("SUBSIDIARY_OF") if r.evidence == ctx.views[v.index - 1].evidence}
        # "F milik perseroan": "perseroan" is the release's own (listed) company, not the firm told of last
        ours = release_firm(ctx, f.ent) if _OURS.search(v.masked, max(0, f.start - 80), (f.gloss or f).end + 40) else None
        owner = subject_before(ctx, v, f.start) or ours or next((e for e in ctx.recent(v.index, ORG, pos=f.start, back=2, limit=4)
                                                          if e.category == "company" and id(e) not in parents), None)
        owner = owner or next((e for e in issuer(ctx, f.ent) if id(e) not in parents), None)  # the story's company
        if owner is not None:
            ctx.emit("OPERATES", owner, f.ent, v, 0.65)
    if stated and nxt is not None:
        ctx.emit("OPERATES", nxt.ent, f.ent, v, 0.75)
    elif (nxt is not None and nxt.type == "Organization" and nxt.role is None and not regulator_like(nxt.ent)
          and re.fullmatch(r"\)? (?:\([^()]{3,80}\) )?", v.gap((f.gloss or f).end, nxt.start))):  # (an English name between)
        ctx.emit("OPERATES", nxt.ent, f.ent, v, 0.7)  # "Cell Processing Center RSUP X", "Laboratorium Y (LPPT) UGM"
    elif (nxt is not None and nxt.type == "Organization" and _LAB.match(f.ent.name) and _ACADEMIC.match(nxt.ent.name)
          and re.fullmatch(r"\)?\s+(?:di|pada|at|of)\s+(?:the\s+)?", v.gap((f.gloss or f).end, nxt.start), re.I)):
        ctx.emit("OPERATES", nxt.ent, f.ent, v, 0.65)  # "Laboratorium Riset X (LRX) di Fakultas Farmasi Universitas Y"
    prev, f0 = v.prev_mention(f), f
    while prev is not None and prev.type == "Facility" and LIST_SEP.match(v.gap(prev.end, f0.start)):
        f0, prev = prev, v.prev_mention(prev)  # "memiliki Pabrik A dan Pabrik B": B is run by who runs A
    gap = v.gap(prev.end, f0.start) if prev is not None and prev.type == "Organization" else ""
    if prev is not None and gap.startswith(",") and _THROUGH_UNIT.search(v.masked, max(0, prev.start - 40), prev.start):
        gap = gap[1:]  # "A melalui anak usahanya, B, meresmikan F": the subsidiary set off by commas opens F
    if prev is not None and prev.type == "Organization" and (hit := _OPERATES.match(gap)) \
            and not (re.search(r"meresmikan", hit.group(), re.I) and (prev.role is not None or regulator_like(prev.ent))):
        # "Kepala BPOM meresmikan Pabrik X": an official opens a plant that another company runs
        ctx.emit("OPERATES", prev.ent, f.ent, v, 0.75)
    if (_WE_RUN.match(v.masked, 0, f.start) and not v.before(f.start, ORG)
            and (owner := release_firm(ctx, f.ent)) is not None):
        ctx.emit("OPERATES", owner, f.ent, v, 0.65)  # "Perseroan saat ini mengoperasikan Pabrik X": the release's company
    elif (_DEFINED_RUNS.match(v.masked, 0, f.start) and not v.before(f.start, ORG)
          and (owner := release_firm(ctx, f.ent)) is not None):
        ctx.emit("OPERATES", owner, f.ent, v, 0.65)  # "Headquartered in Jakarta, the Company operates F": the defined term
    if v.index and _NAMED_SITE.match(v.masked[: f.start]):
        _named_after(ctx, v, f)
    if f is v.mentions[0]:  # "Pabrik X yang terletak di Y, Z, dioperasikan oleh PT W"
        org = next(iter(v.after(f.end, ORG)), None)
        if org is not None and org.start - f.end <= 100 and _RUN_BY_LATE.search(v.masked[f.end : org.start]):
            ctx.emit("OPERATES", org.ent, f.ent, v, 0.7)


_OURS = re.compile(r"\bmilik\s+perseroan\b", re.I)


def _firms_before(v: View, pos: int) -> bool:
    """A company (not a regulator, not an official's body) named before ``pos``: "Inspectors from the Balai Besar POM
    visited the Company's F" still speaks of the release's company."""
    return any(m.role is None and not regulator_like(m.ent) for m in v.before(pos, ORG))


# "Perseroan saat ini mengoperasikan F": the listed company the text is about ("the company" may be the one told of before)
_WE_RUN = re.compile(r"^\W*(?:(?:selain\s+itu|kini|saat\s+ini|currently|today)\s*,?\s+)?perseroan\s+(?:(?:saat\s+ini|kini|juga|telah|sudah|masih|currently|also|now|still)\s+)*"
                     r"(?:mengoperasikan|mengelola|menjalankan|memiliki|operates|runs|owns|manages)\s+"
                     r"(?:(?:the|its|a|sebuah|dua|tiga|two|three)\s+)?(?:[\w-]+\s+){0,3}?(?:[\w-]+\s*(?::|,\s*(?:yaitu|yakni|namely)))?\s*$",
                     re.I)


# "Headquartered in Jakarta, the Company operates F": "the Company" (capitalised inside the sentence) is the release's own
_DEFINED_RUNS = re.compile(r"^\W*(?:[A-Z][^.;:]{0,80},\s+)?(?-i:the\s+Company)\s+(?:(?:currently|also|now|still|today)\s+)*"
                           r"(?:operates|runs|owns|manages)\s+(?:(?:the|its|a|two|three)\s+)?(?:[\w-]+\s+){0,3}?$")


# "The facility, named F, …", "Pabrik tersebut, yang diberi nama F, …": the plant the sentence before told of gets its name
_NAMED_SITE = re.compile(
    # "The 14,000 m2 facility, known as the F", "Fasilitas yang diberi nama **F** itu"
    r"^\W*(?:(?:the|this)\s+(?:new\s+|[\d.,]+\s*(?:m2|m\u00b2|square\s+metres?|square\s+meters?|sq\s*m|hectares?)\s+){0,2}(?:plant|facility|factory)\s*,\s*"
    r"(?:named|called|dubbed|known\s+as)(?:\s+the)?"
    r"|(?:pabrik|fasilitas)(?:\s+(?:baru|produksi))?\s+(?:(?:tersebut|itu|ini)\s*,?\s*)?(?:yang\s+)?(?:diberi\s+nama|dinamai|dinamakan|bernama))\s+[*\"\u201c]*$",
    re.I,
)
_NEW_SITE = re.compile(r"\b(?:plant|facility|factory|pabrik|fasilitas)\b", re.I)
_OPENS = re.compile(r"^(?:\s*\([^()]*\))?[^.;\u2588]{0,60}?\b(?:inaugurated|inaugurates|opened|opens|built|builds|completed"
                    r"|meresmikan|membuka|membangun|mendirikan|merampungkan|mengoperasikan|operates)\b[^;\u2588]*$"
                    # "A tengah menyelesaikan pembangunan pabrik …", "A is constructing a new plant": the plant word next
                    r"|^[^.;\u2588]{0,60}?\b(?:pembangunan|building|constructing)\s+(?:(?:a|an|the|its|new|sebuah)\s+){0,2}$", re.I)
_RUN_BY = re.compile(r"\b(?:operated|run|managed|dioperasikan|dikelola)\b[^.;\u2588]{0,60}$|\b(?:milik|owned\s+by)\s+(?:PT\.?\s+)?$", re.I)
# "… has been granted a certificate for its new sterile injectables plant": the company "its" points to built it
_ITS_NEW = re.compile(r"\b(?:its|their)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:plant|facility|factory)\b", re.I)


def _named_after(ctx: Context, v: View, f: M) -> None:
    """The company that opened, and the one that runs, the unnamed plant of the sentence before run ``f``."""
    u = ctx.views[v.index - 1]
    site = _NEW_SITE.search(u.masked)
    if site is None:
        return
    orgs = [m for m in u.mentions if m.type == "Organization" and m.role is None and not regulator_like(m.ent)]
    if orgs and orgs[0].start < site.start() and _OPENS.match(u.masked[orgs[0].end : site.start()]):
        ctx.emit("OPERATES", orgs[0].ent, f.ent, v, 0.65)  # "A today inaugurated a new plant …"
    for m in orgs:
        if m.start > site.start() and _RUN_BY.search(u.masked, max(0, m.start - 70), m.start):
            ctx.emit("OPERATES", m.ent, f.ent, v, 0.65)  # "… operated by its subsidiary, B"
            break
    its = _ITS_NEW.search(u.masked, 0, site.end())
    if its is not None and (near := [m for m in orgs if m.end <= its.start()]) and its.start() - near[-1].end <= 250:
        ctx.emit("OPERATES", near[-1].ent, f.ent, v, 0.6)


def subject_before(ctx: Context, v: View, pos: int | None = None) -> Entity | None:
    """The company the sentence before opens with, when it goes on to name its parent ("A, anak usaha B"); given
    ``pos``, first the one this sentence opens with before it ("A, anak usaha B, … di F milik perusahaan")."""
    for i in range(v.index if pos is not None else v.index - 1, max(-1, v.index - 3), -1):  # a quote may come between
        w = ctx.views[i]
        first = w.mentions[0] if w.mentions and (i < v.index or w.mentions[0].end <= pos) else None  # type: ignore[operator]
        if i == v.index and first is None:
            continue
        if first is not None and first.type == "Organization" and first.role is None and not regulator_like(first.ent):
            child = {r.head for r in ctx.has("SUBSIDIARY_OF") if r.evidence == w.evidence}
            return first.ent if first.ent.id in child else None
        if any(m.type == "Organization" and m.role is None for m in w.mentions):
            return None
    return None
