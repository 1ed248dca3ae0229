"""Organisations from cue words, legal forms and list context.

Prefix cues ("Kementerian", "Direktorat", "Universitas", "KBRI") start a name
that runs over capitalised words, connectors and comma lists of unit names;
suffix cues ("Group", "Pharmaceutical", "Administration", "Tbk") end one;
"PT X" names a company. Unknown ALL-CAPS words used as organisations are
``org_acronyms``.
"""

from __future__ import annotations

from graphbuild.extract.entities import named_parts, org_kinds, org_suffixes, regional_offices
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.facilities import VENUE_KINDS
from graphbuild.extract.entities.named_parts import HOSPITAL
from graphbuild.extract.entities.org_suffixes import BOARDS, LEGAL_TAIL
from graphbuild.extract.entities.person_names import honorific_at
from graphbuild.extract.entities.scan import (
    NAMESAKE_TITLES,
    nameish,
    proper_tokens,
    run_forward,
    titled_person,
)

_JOINT_ACTS = frozenset({"operasi", "tim", "satgas", "patroli", "razia", "aksi", "latihan", "pasukan", "satuan"})
_PT = frozenset({"PT", "PT.", "CV", "UD", "PJ"})  # UD: Usaha Dagang, a trading firm; PJ: Perusahaan Jamu
_BRANCH = frozenset({"Cabang", "Branch"})
_TAIL_LEGAL = frozenset({"Tbk", "Persero"})


# the heads of a regional government whose office building is named after them ("Kantor Gubernur X", "Kantor Bupati Y")
_REGIONAL_HEADS = frozenset({"Gubernur", "Bupati", "Walikota", "Wali"})

def find(ctx: Ctx) -> None:
    _prefix(ctx)
    org_suffixes.find(ctx)
    org_kinds.kinds(ctx)
    org_kinds.missions(ctx)
    org_kinds.chapters(ctx)
    org_kinds.embassies(ctx)
    org_kinds.owned_units(ctx)
    regional_offices.same_seats(ctx)  # "Loka POM Banyumas" after "Loka POM di Kabupaten Banyumas"


def _prefix(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    c = t.cue
    prefixes = c.org_prefix_phrases
    k = 0
    for cand in sorted(set(t.starts_of(prefixes)) | set(t.where(_PT))):  # only cue words start a name
        if cand < k:
            continue
        k = cand
        w = t.words[k]
        if not w[:1].isupper() or t.masked[k] or (ctx.owner[k] >= 0 and ctx.type_at(k) == "Person"):
            k += 1
            continue
        if w in _PT:
            s = k + 1
            if s < n and t.words[s] == ".":
                s += 1
            if s < n and nameish(ctx, s) and not t.newline_before[s]:
                e = run_forward(ctx, s, comma_list=False, connectors=frozenset({"&", "dan"}), max_tokens=6, cue_start=k)
                if w == "PJ" and (e - s < 2 or t.match_phrase(s, c.roles)):
                    k += 1  # "PJ Gubernur" (penjabat): a jamu firm's name has two words or more after its form
                    continue
                e = _second_company(ctx, s, e, paired=k > 0 and t.words[k - 1].lower() in ("antara", "between"))
                e = next((b + (t.words[b][:-2] not in _TAIL_LEGAL) for b in range(s, e)
                          if t.words[b].endswith(("'s", "\u2019s"))), e)  # "PT X Tbk's CEO", "PT X's plant"
                e = next((b for b in range(s + 1, e) if t.words[b] in _BRANCH), e)  # "PT X Cabang Surabaya" is X
                e = next((b + 1 for b in range(s + 1, e - 1) if t.words[b] == "Tbk"), e)  # "PT X Tbk Budi Utama": Tbk ends it
                if e < n and t.words[e] in _TAIL_LEGAL:
                    e += 1
                if e + 2 < n and t.words[e] == "(" and t.words[e + 1] == "Persero" and t.words[e + 2] == ")":
                    e += 3
                    e += e < n and t.words[e] == "Tbk"  # "PT Kimia Farma (Persero) Tbk"
                if e > s and ctx.add(k, e, "Organization", "company", "cue") >= 0:
                    k = e
                    continue
            k += 1
            continue
        L = t.match_phrase(k, prefixes)
        if L == 2 and w == "Institute" and k and (t.words[k - 1] == "(" or t.words[k - 1][:1].isupper()):
            k += 1  # "Research Institute for X" names more; "Lembaga X (Institute of X)" glosses a name: not the name
            continue
        if w == "University" and k + 1 < n and t.words[k + 1] == "Hospital" and k and t.words[k - 1][:1].isupper() \
                and not t.newline_before[k]:
            k += 1  # "Mahakam University Hospital": the hospital's name runs before it (read by its suffix)
            continue
        if w == "Pusat" and k and t.words[k - 1] in ("Gudang", "Warehouse") and not t.newline_before[k]:
            k += 1  # "Gudang Pusat X Cibitung": a central warehouse (a Facility), not a Pusat office
            continue
        if L == 1 and w in ("Balai", "Pusat") and k + 1 < n and t.words[k + 1] in (_HALLS if w == "Balai" else VENUE_KINDS):
            k += 1  # "Balai Senat UGM", "Balai Kota Bandung": a hall (a Facility), not a Balai office
            continue
        if (w == "Dewan" and k + 1 < n and t.words[k + 1] in BOARDS) or (w == "Majelis" and k + 1 < n and t.words[k + 1] == "Hakim"):
            k += 2  # "Dewan Komisaris (PT X)", "Dewan Pembina PPMKI", "Majelis Hakim": a body's own board or a court's
            continue  # bench, no organisation of its own
        if w == "PBF" and k + 1 < n and t.words[k + 1] in _PT:
            k += 1  # "oleh PBF PT X": the distributor's kind before its legal name, no part of it
            continue
        if L and k + L < n and not t.newline_before[k + L]:
            cat = c.org_prefix[tuple(t.words[k : k + L])]
            s = k + L
            if w == "Gabungan" and k and t.lower[k - 1] in _JOINT_ACTS:
                k += 1  # "Operasi Gabungan Nasional", "Tim Gabungan Polda": a joint action, not an association
                continue
            if t.words[k] == "Kantor" and t.words[s] in _REGIONAL_HEADS:
                b = s + 2 if t.words[s] == "Wali" and s + 1 < n and t.words[s + 1] == "Kota" else s + 1
                if b < n and not t.newline_before[b] and nameish(ctx, b):
                    # "di Kantor Gubernur Sulawesi Selatan": the governor's office building, a site (a Facility)
                    a = k - 1 if k and t.words[k - 1] in c.facility_prefix and ctx.owner[k - 1] < 0 and not t.newline_before[k] else k
                    ctx.add(a, run_forward(ctx, b, comma_list=False, max_tokens=4), "Facility", None, "cue")  # ("Aula Kantor …")
                k += 1  # (bare "Kantor Gubernur": a building named by no place, no entity)
                continue
            if t.words[k] in ("Kantor", "Gedung") and _known_org_at(ctx, s):
                k += 1  # "di Kantor BPOM": the known body's premises, named by the body
                continue
            if t.words[k] == "Kantor" and s + 1 < n and t.words[s] in ("Pusat", "Cabang", "Perwakilan") \
                    and (ctx.type_at(s + 1) == "Organization" and ctx.spans[ctx.owner[s + 1]][0] == s + 1
                         or any(x is not None and x.type == "Organization" and x.text.startswith(("PT " + t.words[s + 1], "PT. " + t.words[s + 1]))
                                for x in ctx.mentions)):
                k += 2  # "di Kantor Pusat Bio Farma, Bandung": the body's seat, named by the body
                continue
            if t.words[k] in _SHOPS and ctx.type_at(s) == "Location":
                k += 1  # "harga obat di Apotek Semarang …": pharmacies in a town, not one named
                continue
            # "RSUD dr. Moewardi", "Rumah Sakit Umum Daerah dr. Soetomo": a hospital named after a doctor keeps the title
            hosp = t.words[k] in HOSPITAL
            h = honorific_at(ctx, s) if hosp and not nameish(ctx, s) else 0  # ("RSUP Prof. Dr. R. D. Kandou" reads as it is)
            if nameish(ctx, s + h) and (not h or t.words[s + h][:1].isupper()) and not (
                    s + 1 < n and t.words[s + 1] == "." and t.words[s] in NAMESAKE_TITLES and titled_person(t.words, k, s)):
                # "Kepala Badan POM Prof. dr. X": the title opens the head's name, the body ends before it
                e = run_forward(ctx, s + h, comma_list=True, cue_start=k, parent_stop=True)
                if hosp and not honorific_at(ctx, s + h):  # "RS Paru Dr. Sumitro": "Dr." ends the run; the doctor follows
                    e = next((b for b in range(s + h + 1, e) if t.words[b] in ("Dr", "DR", "Prof") and b + 1 < n
                              and t.words[b + 1] == "."), e)
                if hosp and e < n and (not nameish(ctx, e) or t.words[e] in ("Dr", "DR", "Prof")) \
                        and (h2 := honorific_at(ctx, e)) and e + h2 < n and nameish(ctx, e + h2) and not t.newline_before[e]:
                    e = run_forward(ctx, e + h2, comma_list=True, cue_start=k, parent_stop=True)
                if t.words[k] in _SHOPS:
                    e = min(e, s + 4)  # "Apotek Sehat Sentosa": a shop's name is short
                if t.words[k] in ("KBRI", "KJRI", "ITPC"):
                    e = min(e, s + 2)
                if cat in ("academic", "association"):
                    e = _second_company(ctx, s, e)  # "Universitas X dan Sinar Jaya Medika": a company after "dan"
                    e = next((b + 1 for b in range(s, e - 1) if t.words[b].endswith(("'s", "\u2019s"))), e)  # "X's Faculty"
                elif cat == "government":  # "Ministry of Health's Directorate of X": the unit after the possessive is its own
                    e = next((b + 1 for b in range(s, e - 1) if t.words[b].endswith(("'s", "\u2019s"))
                              and t.words[b + 1] in _EN_UNITS), e)
                    if w in _EN_UNITS:
                        e = _en_list_name(ctx, e)
                prof = next((b for b in range(s + 1, e) if t.words[b] in ("Prof", "Adj", "Assoc")), e)  # "Rektor Universitas X (Adj.) Prof. Y"
                if prof < e and ctx.lexicon.lookup(t.span_text(k, e), "Organization") is None:
                    e = prof
                parent = -1
                known = None
                if t.words[k] in _FACULTY or t.words[k] in _UNITS:  # "RS Akademik UGM", "Komisi Fatwa MUI": a unit
                    e, parent, known = named_parts.with_university(ctx, k, e, t.words[k] in _FACULTY)
                    if w == "Pengurus" and parent < 0 and not any(ctx.type_at(x) == "Organization" for x in range(s, e)):
                        k += 1  # "IAI Pengurus Daerah Jawa Timur": a board is named with its association after it
                        continue
                if t.words[k] in HOSPITAL:
                    e, known = named_parts.namesake_after_gloss(ctx, k, e)
                if t.words[k] in HOSPITAL and e - s >= 2 and _ends_in_city(ctx, e) and proper_tokens(ctx, s, e - 1):
                    e -= 1  # "Rumah Sakit Kanker Dharmais Jakarta": the city says where, it is not the name
                    if known is not None and known.endswith(" " + t.words[e]) and ctx.lexicon.lookup(known, "Organization") is None:
                        known = known[: -len(t.words[e]) - 1]  # "Rumah Sakit Umum Daerah (RSUD) dr. Saiful Anwar Malang"
                if known is None and t.words[e - 1].endswith(("'s", "\u2019s")):
                    known = t.span_text(k, e)[:-2]  # "Universitas Airlangga's Faculty of Pharmacy": the university
                if known is None and e - 1 > s and t.words[e - 1] == "RI":  # "Badan Pengawas Obat dan Makanan RI"
                    known = getattr(ctx.lexicon.lookup(t.span_text(k, e - 1), "Organization"), "name", None)
                headed = w == "Dinkes" and e == s and t.headline and t.headline[k] and ctx.type_at(s) == "Location"
                if headed:
                    e = ctx.spans[ctx.owner[s]][1]  # "… Gandeng Dinkes NTT Awasi …" (a headline the body says in full)
                if w == "Dinkes" and known is None and not headed:
                    known = "Dinas Kesehatan " + t.span_text(s, e)  # "Dinkes Kota X" is the Dinas Kesehatan Kota X
                if w == "Kantor" and parent < 0:  # "Kantor Wilayah Ditjen X Jawa Timur": a parent's regional office
                    e, parent = regional_offices.extend(ctx, k, e)
                kept = ctx.mentions[parent] if parent >= 0 else None
                if _head_named(ctx, k, s, e):
                    k = s  # "Kepala BBPOM Dewi menambahkan": the head, named short after the body, is no part of it
                    continue
                if _acceptable(ctx, k, e, L) and ctx.add(k, e, "Organization", cat, "cue", canonical=known) >= 0:
                    if kept is not None and ctx.mentions[parent] is None:
                        ctx.mentions.append(kept)  # the university stays an entity of its own
                        ctx.spans.append(ctx.spans[parent])
                    elif kept is None and known is None and (t.words[k] in _FACULTY or w in ("Departemen", "Department")):
                        org_kinds.nested_university(ctx, k, e)
                    k = e
                    continue
        k += 1


def _en_list_name(ctx: Ctx, e: int) -> int:
    """"Directorate of Drug, Narcotics, Psychotropics and Precursor Production Control": an English unit's name runs
    over a comma list of capitalised words closed by "and"; the end past it (else ``e``). Words another rule has
    named (a company after the comma) end it."""
    t = ctx.t
    n = len(t.words)
    if e >= n or t.words[e] != ",":
        return e
    j, seen_and = e, False
    while j < n and j - e < 14 and not t.newline_before[j] and ctx.owner[j] < 0 and t.words[j] not in _PT \
            and not t.match_phrase(j, t.cue.org_prefix_phrases) and (
            t.words[j] in (",", "and") or (t.words[j][:1].isupper() and t.words[j] != "(")):
        seen_and = seen_and or t.words[j] == "and"
        j += 1
    while j > e and not t.words[j - 1][:1].isupper():
        j -= 1
    return j if seen_and and j > e + 3 and t.words[j - 2] != "and" else e


def _head_named(ctx: Ctx, k: int, s: int, e: int) -> bool:
    """"Kepala BBPOM Dewi", "Ketua IAI Rina Susanti": after a post, the words run on from the body's
    one-word name are a person the text has already named in full."""
    t = ctx.t
    if e - s > 3 or not k or t.match_phrase(k - 1, t.cue.roles) != 1 or not t.words[k].isupper():
        return False
    names = {w for x in ctx.mentions if x is not None and x.type == "Person" for w in x.text.split()}
    return all(t.words[b] in names for b in range(s, e))


def _known_org_at(ctx: Ctx, s: int) -> bool:
    """A lexicon organisation starts at token s."""
    m = ctx.owner[s] if s < len(ctx.t) else -1
    x = ctx.mentions[m] if m >= 0 else None
    return x is not None and x.type == "Organization" and x.source == "lexicon" and ctx.spans[m][0] == s


_SHOPS = frozenset({"Apotek", "Toko"})
_EN_UNITS = frozenset({"Directorate", "Bureau", "Division", "Department", "Office", "Agency", "Inspectorate", "Secretariat"})
_HALLS = frozenset({"Senat", "Kota", "Desa", "Sidang", "Pertemuan", "Rung", "Prajurit"})
_FACULTY = frozenset({"Fakultas", "Sekolah", "Faculty", "School", "Institute"})  # "Institute of X Universitas Y": a university's institute
# units named with the university or body they belong to ("Departemen Teknik Biomedik ITS", "Komisi Fatwa MUI")
_UNITS = frozenset({"Departemen", "Department", "Komisi", "RS", "Rumah", "Pusat", "Pengurus"})


_NAMESAKE = frozenset({"Dr", "dr", "Prof"})  # "Universitas Padjadjaran and Dr. Hasan Sadikin General Hospital": a second body


def _second_company(ctx: Ctx, s: int, e: int, paired: bool = False) -> int:
    """"PT Sinar Medika dan Hanbit Pharm": a run after "dan" ending in a company word is a second company;
    so is any run after "dan" in "antara PT X dan Y" (the two parties of a deal)."""
    t = ctx.t
    i = next((b for b in range(e - 1, s, -1) if t.words[b] in ("dan", "and")), -1)
    if i > s and i + 1 < e and (t.cue.org_suffix.get(t.words[e - 1]) == "company" or t.words[e - 1] in LEGAL_TAIL
                                or t.words[i + 1] in _PT or t.words[i + 1] in _NAMESAKE or paired):
        return i
    return e


def _ends_in_city(ctx: Ctx, e: int) -> bool:
    """The last token of [.., e) is a one-word known city (lexicon or gazetteer)."""
    k = e - 1
    if ctx.type_at(k) == "Location" and ctx.spans[ctx.owner[k]] == (k, e):
        return True
    hit = ctx.lexicon.lookup(ctx.t.words[k])
    return hit is not None and hit.type == "Location"


def _acceptable(ctx: Ctx, i: int, j: int, cue_len: int) -> bool:
    """A cue-led name must add a real word to its cue ("Badan" alone, "Pusat dan" are not names)."""
    t = ctx.t
    words = t.words[i + cue_len : j]
    if not words:
        return False
    if all(w in t.cue.generic and w not in t.cue.institutional for w in words):
        return False
    return True
