"""SUBSIDIARY_OF, PART_OF (and, through ``operators``, OPERATES; through ``makers``, DEVELOPS, MARKETS).

Ownership and structure are stated with fixed phrases: "milik anak usaha Kalbe,
PT Bifarma Adiluhung", "B, anak perusahaan A", "Direktorat X BPOM" (a unit name
followed by its parent), "fasilitas milik A". The product-maker and marketer
rules ("A mengembangkan P", "P diproduksi oleh A", "A memasarkan P") live in
``makers``, the site-operator rules in ``operators``, the unit-and-parent rules (PART_OF) in
``part_of``; ``find`` runs them in the same pass. (Agreements are in ``agreements``.)
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import (
    bpom_units,
    branded_makers,
    child_lists,
    co_developed,
    collectives,
    consortia,
    cues,
    distributor_refs,
    firm_refs,
    imported_from,
    item_makers,
    item_owners,
    its_products,
    joint_referents,
    later_sellers,
    lineups,
    made_lists,
    maker_named_next,
    named_sets,
    noun_doers,
    offerings,
    opening_passives,
    owned_groups,
    owned_sets,
    owner_appos,
    portfolios,
    seated_children,
    stakes,
    subject_children,
    table_rows,
    then_made,
)
from graphbuild.extract.relations.common import Context, CueGroup, M, View
from graphbuild.extract.relations.cuegroup import RuleTable
from graphbuild.extract.relations.distributors import RANGE, THE_DIST, distributor_range, the_distributor
from graphbuild.extract.relations.makers import maker, spoken_of
from graphbuild.extract.relations.makers_joint import AMONG, among_products
from graphbuild.extract.relations.offerings import bulleted
from graphbuild.extract.relations.operators import operates
from graphbuild.extract.relations.part_of import CAMPUS_UNIT, part_of, titled_unit, unit_refs
from graphbuild.extract.relations.product_makers import made_by
from graphbuild.extract.relations.speech import SAY, SAY_EN
from graphbuild.extract.relations.subsidiary_refs import (
    bracketed_child,
    company_parent,
    described_child,
    fronted_child,
    own_subsidiary,
    unnamed_child,
)

ORG = ("Organization",)
# "anak usaha holding BUMN farmasi A", "anak usaha kelompok usaha A", "a unit of the conglomerate A": the group word
# and a few words describing it stand before the parent's name
GROUP = r"(?:(?:(?:[a-z]+-owned|investment|healthcare|pharmaceutical|industrial|state|family)\s+){0,3}(?:holding|kelompok\s+usaha|grup|group|konglomerasi|konglomerat|conglomerate)(?:\s+(?:BUMN|[a-z]+)){0,4}?\s+)?"
_BASED = re.compile(r"-(?:based|headquartered|listed)\s+")
_OF_SEATED = re.compile(r"\s*(?:of|dari)\s+(?:the\s+)?[\w\u2588]+-(?:based|headquartered|listed)\s+")  # "of Tokyo-listed X"
_FROM = re.compile(r"\s*(?:dari\s+)?(?:sebuah\s+)?(?:perusahaan|emiten|produsen|grup|kelompok\s+usaha)\s+(?:[a-z]+\s+){0,2}asal\s+")
# "anak usaha emiten kimia A", "anak perusahaan BUMN farmasi A", "a subsidiary of Indonesian drugmaker A": a noun
# saying what the parent is, and a few plain words, before its name (not "perusahaan tersebut", "the company that …")
_NOT_DESC = r"(?!(?:tersebut|itu|ini|lain|lainnya|yang|dan|serta|di|dengan|untuk|and|that|which|with|in|for)\b)"
DESC = (rf"(?:(?:emiten|BUMN|perusahaan|produsen|korporasi|raksasa|(?:{_NOT_DESC}[A-Za-z-]+\s+){{0,2}}(?:drugmaker|company|"
        rf"firm|manufacturer|maker|producer|distributor))(?:\s+{_NOT_DESC}[a-z]+){{0,3}}?\s+)?")
_OF = re.compile(rf"^\s*(?:dari|of|milik|the)?\s*(?:the\s+)?{GROUP}{DESC}(?:PT\.?\s*)?$", re.I)
_NAMELY = re.compile(r"^(?:\s+(?:yang\s+)?lain(?:nya)?)?\s*,?\s*(?:yaitu|yakni|namely|bernama)?\s*(?:PT\.?\s*)?$", re.I)


def find(ctx: Context) -> None:
    for v in ctx.busy:
        if _OWNERSHIP.may(v):  # most sentences hold none of its cues: one test instead of four
            _ownership(ctx, v)
            child_lists.find(ctx, v)  # "Its subsidiaries include PT A and PT B"
        for m in v.mentions:
            if m.type == "Organization" and m.role is None:
                part_of(ctx, v, m)
            elif m.role is not None and CAMPUS_UNIT.search(m.text):
                titled_unit(ctx, v, m)  # "Dekan Fakultas Kedokteran Universitas X": the faculty in a title is still X's
            elif m.type == "Facility":
                operates(ctx, v, m)
            elif m.type == "Product":
                made_by(ctx, v, m)
        _CUED.run(ctx, v)  # the rules read through cue words, in order
    bulleted(ctx)  # "… tiga produk baru. Produk-produk tersebut adalah:" and a bulleted list
    made_lists.headed(ctx)  # "## Produk yang diluncurkan" over one bullet a product
    child_lists.bulleted(ctx)  # "Perseroan membawahi empat anak perusahaan" and one bullet per subsidiary
    child_lists.headed(ctx)  # "Susunan anak usaha per Maret 2025:" and a bulleted list, an indented bullet under its own
    consortia.find(ctx)  # "A memimpin konsorsium … beranggotakan B dan C. Produk yang dikembangkan diberi nama P"
    maker_named_next.find(ctx)  # "… sirup produksi PT A. Produk yang ditarik adalah P": the products named next
    item_makers.find(ctx)  # "1. Jamu A — PT X": a list item pairing a product with its maker
    item_owners.find(ctx)  # "- Obat A (inn) – tablet dari PT X": a list item naming its maker or seller by a cue
    table_rows.find(ctx)  # "| Perusahaan | Produk |" and "| PT A | P, Q |": a maker and its brands in one table row
    bpom_units.find(ctx)  # "di kantor Direktorat Registrasi Obat" in a story about BPOM: its unit
    unit_refs(ctx)  # "Direktorat tersebut merupakan unit di bawah Deputi X": the unit named just before


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
            gap = v.masked[before[0].end : c.start()]
            apposed = _APPOSED.fullmatch(gap) and not re.search(r"\b(?:milik|dimiliki|owned)\b", v.masked[c.end() : after[0].start])
            if (_IS_PARENT.fullmatch(gap) or apposed) and not c.group().endswith("nya"):
                ctx.emit("SUBSIDIARY_OF", after[0].ent, before[0].ent, v, 0.7)  # "A merupakan induk usaha B"
            else:
                ctx.emit("SUBSIDIARY_OF", before[0].ent, after[0].ent, v, 0.7)  # "A dan induk usahanya, B"


# "Danvera AG, induk perusahaan PT Danvera Pharma Indonesia": an apposition says what A is, so A is the parent
# (not "B, perusahaan induk milik A": B is the one owned)
_APPOSED = re.compile(r"\.?(?:\s*\([^()]*\))?\s*,\s*")
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
            or _FROM.fullmatch(v.masked[end : after[0].start]) and v.masked[after[0].end : after[1].start] in (" ", ", ")):
        parent = after[1]  # "a subsidiary of Swiss-based X", "anak usaha perusahaan asal Korea Selatan X": its seat first
    if parent is None:
        if subject_children.apposed(ctx, v, start, end):  # "PT A … with a distribution subsidiary, PT B"
            return
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
    if fronted_child(ctx, v, start, (parent.gloss or parent).end, parent.ent) or unnamed_child(ctx, v, start, parent.ent):  # "B, yang bermarkas di Seoul, merupakan …", "Perusahaan yang merupakan …"
        return
    if before and before[0].type == "Organization" and start - before[0].end <= 40 and (
            before[0].start not in v.role_orgs or _APPOSED.fullmatch(v.masked[before[0].end : start])):
        # ("Direktur PT A, anak perusahaan B": the firm of a post is B's child all the same)
        if _HAS.search(v.masked[before[0].end : start]):
            return  # "A memiliki anak usaha B": A owns B (``child_lists``), it is not B's child
        if _CHILD_GAP.fullmatch(v.masked[before[0].end : start]):
            ctx.emit("SUBSIDIARY_OF", before[0].ent, parent.ent, v, 0.8)
            peer = v.prev_mention(before[0])  # "A, yang bersama B merupakan anak perusahaan C": A too
            if peer is not None and peer.type == "Organization" and (
                    _TOGETHER.fullmatch(v.masked[peer.end : before[0].start])
                    or _LIKE.fullmatch(v.masked[: peer.start]) and v.masked[peer.end : before[0].start].strip() == ","):
                ctx.emit("SUBSIDIARY_OF", peer.ent, parent.ent, v, 0.7)  # "Seperti A, B merupakan anak perusahaan C": A too
    elif before and before[0].type == "Location":
        seated_children.seated(ctx, v, start, parent.ent)  # "X is a … company headquartered in P, C, and a subsidiary of Y"


# "B merupakan anak perusahaan A", "B (AAM), the distribution subsidiary of A", "B sendiri adalah bagian dari grup A"
_LIKE = re.compile(r"\W*(?:(?:sama\s+halnya\s+dengan|sama\s+seperti|seperti|like|as\s+with)\s+)(?:PT\.?\s+)?", re.I)
_TOGETHER = re.compile(r"\s*,?\s*yang\s+bersama(?:\s+dengan)?\s+(?:PT\.?\s+)?", re.I)
_CHILD_GAP = re.compile(  # (the child may be the quoted short name in its brackets: 'PT A ("A" or "the Company"), a …')
    r"(?:\s*\([^()]*\)|[\"\u201d'\u2019][^()]{0,30}\))?[\s,(\u2013\u2014]*(?:\b(?:yang|merupakan|adalah|sebagai|is|a|an|the|its|sendiri|itself|juga|kini|salah\s+satu)\b\s*"
    # "B will be consolidated as a subsidiary of A", "B akan menjadi / dicatat sebagai anak usaha A", "B became a subsidiary of A"
    r"|\b(?:will|shall|be|become|becomes|became|consolidated|as|akan|menjadi|dikonsolidasikan|dikonsolidasi|dicatat)\b\s*"
    rf"|\b(?:lanjut|{SAY})nya\s*,\s*|\b(?:he|she)\s+(?:{SAY_EN})\s*,\s*)*"
    r"(?:[a-z-]+\s+){0,2}(?:(?:and|dan)\s+[a-z-]+\s+)?",  # "is a wholly owned subsidiary of", "the vaccine and biologics subsidiary of"
    re.I,
)
_HAS = re.compile(r"\b(?:memiliki|mempunyai|membawahi|membawahkan|has|owns)\s+(?:[a-z]+\s+){0,2}$", re.I)
# ("dua anak usaha utama, yaitu …": a word saying which of its subsidiaries may come first)
_LISTED = re.compile(r"^(?:\s+(?:utama|inti|langsung|aktif|main|key|principal))?[\s,:]*(?:(?:di\s+antaranya|antara\s+lain|yaitu|yakni|seperti|termasuk|including|namely)\b[\s,:]*)?$",
                     re.I)


def _owns_subsidiaries(ctx: Context, v: View, start: int, end: int) -> None:
    """"Sanbe Farma juga memiliki sejumlah anak usaha, di antaranya PT A ... dan PT B": every company listed."""
    has = _HAS.search(v.masked[:start])
    before = v.before(start, ORG)
    if has is None or not before or has.start() - before[0].end > 20:
        return
    if not re.fullmatch(r"\s*(?:(?:juga|kini|telah|sudah|sendiri|itself|also)\s+)*", v.masked[before[0].end : has.start()], re.I):
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
    (joint_referents.find, *joint_referents.CUES),  # "Produk tersebut dikembangkan bersama (perusahaan Korea,) B"
    (branded_makers.find, *branded_makers.CUES),  # "vaksin X produksi PT Y yang dipasarkan dengan merek P"
    (imported_from.find, *imported_from.CUES),  # "Obat tersebut diimpor PT A dari produsen B": B makes it
    (co_developed.find, *co_developed.CUES),  # "A and B signed an MoU to co-develop P": both develop it
    (named_sets.find, *named_sets.CUES),  # "dua produk andalan X, yakni A dan B", "X's OHT range, including A"
    (owned_groups.find, owned_groups.CUE),  # "Kedua merek milik X tersebut didistribusikan oleh Y"
    (owned_groups.group_agent, owned_groups.GROUP_CUE),
    (opening_passives.find, opening_passives.CUE),  # "- P (…), injeksi …. Dikembangkan oleh X"  # "Ketiga produk telah memperoleh NIE … dan diproduksi oleh X"
    (then_made.find, then_made.CUE),  # "P diimpor dari India, dan diproduksi oleh X"
    (later_sellers.find, *later_sellers.CUES),  # "P, yang dikembangkan X dan dipasarkan di Indonesia oleh Y"
    (noun_doers.find, noun_doers.CUES[0]),  # "Pengembangan P dilakukan bersama X", "Production of P is carried out by X"
    (noun_doers.contract_maker, noun_doers.CUES[1]),  # "Produksinya dikerjakan secara maklon oleh X"
    (seated_children.group_member, seated_children.MEMBER),  # "X, a member of the Y Group"
    (_by_reference, *_BY_REFERENCE.patterns, firm_refs.OWN_PLANT),
    (its_products.find, *its_products.CUES),  # "dua produknya, A dan B", "It currently manufactures A"
    (owner_appos.find, *owner_appos.CUES),  # "P, salah satu produk andalan perusahaan", "Produk milik PT X ini …"
    (portfolios.find, *portfolios.CUES),  # "Its portfolio / pipeline includes A and B", "Portofolio produknya mencakup A"
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
