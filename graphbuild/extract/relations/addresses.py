"""LOCATED_IN read off addresses and anaphoric seats that ``locations`` does not cover.

Why: news gives a venue as an address from small to large, "di Gedung Rektorat Unhas, Kampus
Tamalanrea, Makassar", "di Graha X, Kampus Universitas Y (Unpad) Dipatiukur, Bandung": the building
lies in the town that closes the address, over the campus between them. A list of towns closed by a
province ("dua pabrik di Kabupaten Bogor dan Kota Cimahi, Jawa Barat") places the town next to it there.
A seat clause about "perusahaan yang berkantor pusat di X itu" in the middle of a sentence refers back
to the company named last ("Direktur PT A, B, mengatakan perusahaan yang berkantor pusat di X itu …").
A firm is set off with its address ("produksi PT X, Tangerang, Banten"); an association's branch is named
with it ("PERDAMI Cabang Jawa Timur").
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import places
from graphbuild.extract.relations.chains import COMMA, LIST_NEXT, contained, opens_list, rank
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.makers import topic
from graphbuild.types import Entity

_AT = re.compile(r"\b(?:di|in|at)\s+(?:the\s+)?$", re.I)
# from one part of an address to the next: a comma, a campus word, an unnamed quarter ("(Unpad) Dipatiukur, ")
_LINK = re.compile(r"\)?\s*(?:[A-Z][\w.-]*\s*)?,\s*(?:(?:Kampus|Campus|Kompleks|Complex)\s+)?|\)?\s+")
_LIST_WORD = re.compile(r"\b(?:dan|serta|and|atau|or)\b", re.I)
# "perusahaan (farmasi) yang berkantor pusat di X itu": a seat told of the company named last
_SEAT_CLAUSE = re.compile(r"\b(?:perusahaan|perseroan|produsen|pabrikan)(?:\s+[a-z]+){0,2}\s+yang\s+(?:berkantor\s+pusat|bermarkas|"
                          r"berbasis|berpusat|berlokasi|berkedudukan|berdomisili|(?:pabrik|fasilitas\s+produksi)nya\s+"
                          r"(?:berada|terletak|berlokasi))\s+di\s+$", re.I)  # "perusahaan yang pabriknya berada di X itu"
# "fasilitas produksi … milik perusahaan tersebut di X": the site of the company told of before
_SITE_OF_REF = re.compile(r"\b(?:pabrik|fasilitas|sarana|gudang)(?:\s+[\w-]+){0,6}?\s+milik\s+(?:perusahaan|perseroan)\s+"
                          r"(?:tersebut|itu|ini)\s+(?:yang\s+(?:berada|berlokasi|terletak)\s+)?di\s+$", re.I)
# "RSUP Dr. Hasan Sadikin (RSHS) Bandung", "Universitas Padjadjaran (Unpad) Bandung": the town after the gloss
_TOWN_NAMED = re.compile(r"(?:RS|RSU|RSUP|RSUD|RSIA|Rumah\s+Sakit|Universitas|Institut|Politeknik|Sekolah\s+Tinggi)\b")
# "The Company is headquartered in South Jakarta" closing an "About X" paragraph whose sentences open with no name
_THE_COMPANY_SEAT = re.compile(r"^\W*(?:the\s+company|perseroan)\s+(?:(?:is|was|currently|kini|saat\s+ini)\s+)*"
                               r"(?:headquartered|based|domiciled|berkantor\s+pusat|berkedudukan|bermarkas)\s+(?:di|in)\s+$", re.I)
# "PT Afiat Biomedika, yang memproduksi cangkang kapsul di Cikarang": where it makes things is where it sits
_MAKES_AT = re.compile(r"\)?\s*,?\s*(?:yang|which|that)\s+(?:(?:kini|juga|telah|sudah|now|also)\s+)?(?:memproduksi|berproduksi|"
                       r"membuat|produces|manufactures|makes)\s+(?:[\w-]+\s+){0,6}?(?:di|in)\s+(?:(?:kota|kabupaten)\s+)?", re.I)
# "Pabrik baru SMFA di KIK, yang dinamai Satria Kendal Plant": the plant named after its place is there
_NAMED_AFTER = re.compile(r"\)?\s*,\s*(?:yang\s+(?:dinamai|diberi\s+nama|bernama)|(?:which\s+is\s+)?(?:named|called))\s+(?:the\s+)?",
                          re.I)
_PLANT_AT = re.compile(r"\b(?:pabrik|fasilitas|plant|facility|factory)\b[^,.;]{0,40}\b(?:di|in|at)\s+(?:the\s+)?$", re.I)
_ABOUT = re.compile(r"^\W*(?:About|Tentang)\s+$")
_BACK_REF = re.compile(r"\)?\s*(?:\([^()]{1,20}\))?\s*,?\s*(?:itu|tersebut)\b")
_FOREIGN_FORM = re.compile(r"\b(?:Co\.|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|AG|GmbH|AB|SA|LLC|K\.K\."
                           r"|Seiyaku|Yakuhin|Jeyak|Yaoye|Zhiyao)(?:\W|$)")  # the last: "pharmaceutical" in JP/KR/CN names
watch(_SEAT_CLAUSE, _SITE_OF_REF, _THE_COMPANY_SEAT)
_SEAT_CUES = CueGroup(_SEAT_CLAUSE, _SITE_OF_REF, _THE_COMPANY_SEAT)  # asked once a sentence, for its first place


_UNIT = re.compile(r"(?:Fakultas|Faculty|Departemen|Department|Sekolah)\s")


def find(ctx: Context) -> None:
    for v in ctx.busy:
        seat_cues: list[bool] | None = None
        for m in v.mentions:
            if m.type == "Facility" and m.role is None and _AT.search(v.masked, max(0, m.start - 10), m.start):
                _venue(ctx, v, m)
            elif m.type == "Facility" and (place := v.prev_mention(m)) is not None and place.type == "Location" \
                    and _NAMED_AFTER.fullmatch(v.gap((place.gloss or place).end, m.start)) \
                    and _PLANT_AT.search(v.masked[: place.start]):
                ctx.emit("LOCATED_IN", m.ent, place.ent, v, 0.65)
            elif m.type == "Location":
                _list_closed(ctx, v, m)
                _made_at(ctx, v, m)
                seat_cues = seat_cues or _SEAT_CUES.may_each(v)
                seat_clause, site_ref, company_seat = seat_cues
                if seat_clause and _SEAT_CLAUSE.search(v.masked[: m.start]):
                    _seat_back(ctx, v, m)
                elif site_ref and _SITE_OF_REF.search(v.masked[: m.start]):
                    _seat_back(ctx, v, m, told=True)
                elif company_seat and _THE_COMPANY_SEAT.match(v.masked[: m.start]) and topic(ctx, v.index) is None:
                    _about(ctx, v, m)
            elif m.type == "Organization" and m.gloss is not None and _TOWN_NAMED.match(m.text):
                _town_after(ctx, v, m)
            elif m.type == "Organization" and _UNIT.match(m.text) and _AT.search(v.masked, max(0, m.start - 10), m.start):
                _unit_of(ctx, v, m)
            if m.type == "Organization" and m.ent.category == "company":
                _firm_address(ctx, v, m)
            elif m.type == "Organization" and " Cabang " in m.ent.name:
                _branch_of(ctx, v, m)


def _venue(ctx: Context, v: View, m: M) -> None:
    """"di Gedung A, Kampus B, Makassar": each building of the address lies in the town that ends it."""
    parts, cur = [m], m
    while (n := v.next_mention(cur)) is not None:
        gap = v.gap((cur.gloss or cur).end, n.start)
        if not _LINK.fullmatch(gap) or _LIST_WORD.search(gap) or n.type not in ("Facility", "Organization", "Location"):
            return
        if n.type == "Location":
            break
        parts.append(n)
        cur = n
    else:
        return
    if len(parts) < 2 or ctx.is_country(n.ent) or rank(v, n, True) != 1 or opens_list(v, n):
        return  # a lone building before its town is read by ``locations``
    for p in parts:
        if p.type == "Facility":
            ctx.emit("LOCATED_IN", p.ent, n.ent, v, 0.65)


def _list_closed(ctx: Context, v: View, m: M) -> None:
    """"di Kabupaten Bogor dan Kota Cimahi, Jawa Barat": the last town of a list lies in the province after it."""
    prev, nxt = v.prev_mention(m), v.next_mention(m)
    if prev is None or nxt is None or prev.type != "Location" or nxt.type != "Location":
        return
    if not LIST_NEXT.fullmatch(v.gap(prev.end, m.start)) or not _LIST_WORD.search(v.gap(prev.end, m.start)):
        return
    if not COMMA.match(v.gap(m.end, nxt.start)) or (rank(v, nxt, True) or 0) < 2 or ctx.is_country(nxt.ent):
        return
    after = v.next_mention(nxt)
    if after is not None and LIST_NEXT.fullmatch(v.gap(nxt.end, after.start)):
        return  # "… dan Kota Denpasar, Bali, Jawa Timur …": not an address's end
    if contained(v, m, nxt):
        ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.7)


def _about(ctx: Context, v: View, m: M) -> None:
    """The company an "About X" heading names (``locations`` reads it when a recent sentence opens with it)."""
    for w in ctx.views[max(0, v.index - 8) : v.index][::-1]:
        if w.mentions and w.mentions[0].type == "Organization" and _ABOUT.match(w.masked[: w.mentions[0].start]):
            ctx.emit("LOCATED_IN", w.mentions[0].ent, m.ent, v, 0.65)
            return


def _unit_of(ctx: Context, v: View, m: M) -> None:
    """"di Fakultas Farmasi Universitas Mulawarman (Unmul), Samarinda": the faculty and the university its name
    ends with lie in the town after them (the gold of every set places both)."""
    whole = v.next_mention(m)
    if whole is None or whole.type != "Organization" or v.gap(m.end, whole.start) != " ":
        return
    town = v.next_mention(whole)
    if (town is not None and town.type == "Location" and COMMA.match(v.gap((whole.gloss or whole).end, town.start).lstrip(")"))
            and rank(v, town, True) == 1 and not ctx.is_country(town.ent) and not opens_list(v, town)):
        ctx.emit("LOCATED_IN", m.ent, town.ent, v, 0.65)
        ctx.emit("LOCATED_IN", whole.ent, town.ent, v, 0.65)


def _made_at(ctx: Context, v: View, m: M) -> None:
    prev = v.prev_mention(m)
    while prev is not None and prev.type == "Product":
        prev = v.prev_mention(prev)  # "which manufactures insulin in Cikarang": over what it makes
    if (prev is not None and prev.type == "Organization" and prev.ent.category == "company" and prev.role is None
            and _MAKES_AT.fullmatch(v.gap((prev.gloss or prev).end, m.start)) and not ctx.is_country(m.ent)
            and not places.region(m.ent)):
        ctx.emit("LOCATED_IN", prev.ent, m.ent, v, 0.65)


_ADDR_COMMA = re.compile(r"\s*,\s*")
_ADDR_END = re.compile(r"\s*(?:[.;:)]|$|,\s+(?:[a-z]|PT\b|CV\b))")


def _firm_address(ctx: Context, v: View, m: M) -> None:
    """"diproduksi oleh PT X, Tangerang, Banten": a firm set off with its town and the province around it."""
    town = v.next_mention(m)
    if town is None or town.type != "Location" or not _ADDR_COMMA.fullmatch(v.gap((m.gloss or m).end, town.start)):
        return
    prov = v.next_mention(town)
    if (prov is not None and prov.type == "Location" and _ADDR_COMMA.fullmatch(v.gap(town.end, prov.start))
            and places.contains(prov.ent, town.ent) and not ctx.is_country(town.ent)
            and _ADDR_END.match(v.masked, prov.end)):
        ctx.emit("LOCATED_IN", m.ent, town.ent, v, 0.65)


def _branch_of(ctx: Context, v: View, m: M) -> None:
    """"PERDAMI Cabang Jawa Timur" is a part of PERDAMI, when the association is named in the story."""
    parent = m.ent.name.split(" Cabang ", 1)[0]
    e = next((e for e in ctx.entities if e.type == "Organization" and e.id != m.ent.id and e.category != "company"
              and parent in (e.name, *e.aliases)), None)
    if e is not None:
        ctx.emit("PART_OF", m.ent, e, v, 0.7)


def _town_after(ctx: Context, v: View, m: M) -> None:
    nxt = v.next_mention(m)
    if (nxt is not None and nxt.type == "Location" and not v.gap(m.gloss.end, nxt.start).strip(" )")  # type: ignore[union-attr]
            and nxt.start > m.gloss.end and rank(v, nxt, True) == 1 and not ctx.is_country(nxt.ent)):  # type: ignore[union-attr]
        ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.65)


def _seat_back(ctx: Context, v: View, m: M, told: bool = False) -> None:
    """"… mengatakan perusahaan yang berkantor pusat di Jakarta Barat itu …": the company named last (``told``:
    the clause already says "perusahaan tersebut")."""
    last = m
    while (n := v.next_mention(last)) is not None and n.type == "Location" and COMMA.match(v.gap(last.end, n.start)):
        last = n  # "berlokasi di Kabupaten Serang, Banten, itu"
    if not told and not _BACK_REF.match(v.masked, (last.gloss or last).end):
        return
    firms: list[Entity] = []
    for o in v.before(m.start, ("Organization",)):
        if o.ent.category == "company" and o.ent not in firms:
            firms.append(o.ent)
    for w in ctx.views[max(0, v.index - 2) : v.index][::-1] if not firms else ():
        for o in w.mentions[::-1]:  # (a company named in a title, "Direktur PT X, Y, …", counts)
            if o.type == "Organization" and o.ent.category == "company" and o.ent not in firms:
                firms.append(o.ent)
    abroad = places.foreign(m.ent)
    fits = [e for e in firms if (not ctx.is_indonesian(e) if abroad else not foreign_firm(ctx, e))]
    firm = fits[0] if len(firms) == len(fits) == 1 else None  # two companies before it: which one is meant is not told
    if firm is not None:
        ctx.emit("LOCATED_IN", firm, m.ent, v, 0.65)


def foreign_firm(ctx: Context, e: Entity) -> bool:
    """A firm with a foreign legal form or seat ("Tokai Yakuhin Co., Ltd. asal Osaka"): not the one a
    domestic seat clause refers back to."""
    if any(_FOREIGN_FORM.search(n) for n in (e.name, *e.aliases)):
        return True
    return any((t := ctx.by_id.get(r.tail)) is not None and (places.foreign(t) or ctx.is_country(t) and t.name != "Indonesia")
               for r in ctx.has("LOCATED_IN", head=e))
