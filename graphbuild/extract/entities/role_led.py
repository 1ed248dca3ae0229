"""Persons after a role title: ``ROLE [ORG] [,] NAME`` ("Kepala BPOM, Taruna Ikrar", "Direktur Utama PT X Budi").

Read for ``persons`` wherever a role opens: the post's field, its organisation and seat, a gloss in brackets and
the comma before the name are stepped over, and the trailing name-like run is the holder; the company words
inside that run stay the company's.
"""

from __future__ import annotations

from graphbuild.extract.entities import rosters
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.firm_shorts import company_lead, company_prefix, firm_whole, foreign_short
from graphbuild.extract.entities.org_suffixes import legal_tail
from graphbuild.extract.entities.person_names import (
    FIRM_TAIL,
    MAX_NAME,
    PATRONYMIC,
    add_person,
    balinese,
    honorific_at,
    is_initial,
    mid_initials,
    name_ends,
    name_run,
    plain_name_to_comma,
    regnal,
    surname_first,
)
from graphbuild.extract.entities.scan import nameish, run_forward
from graphbuild.extract.entities.title_names import (
    firm_named_alone,
    long_title_name,
    named_apart,
    past_field,
    place_led_name,
    region_before_name,
    region_words,
    titled_name,
    unit_list,
)
from graphbuild.extract.entities.tokens import is_cap

_ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI"})


def _org_with_seat_end(ctx: Ctx, p: int) -> int:
    """End of an organisation mention starting at p whose name has "di <seat>" in it (else p)."""
    m = ctx.owner[p]
    if m < 0 or ctx.spans[m][0] != p or ctx.type_at(p) != "Organization":
        return p
    a, b = ctx.spans[m]
    return b if "di" in ctx.t.words[a:b] else p


_FIELDS = frozenset({"Operasi", "Operasional", "Keuangan", "Pemasaran", "Produksi", "Medis", "Regulatori", "Komersial", "Teknik",
                     "Hukum", "Bisnis", "Riset", "Pengembangan", "Penjualan", "Kepatuhan", "Strategi", "Investasi", "Manufaktur",
                     "Mutu", "Pengadaan", "Regulasi", "Korporat", "Komunikasi"})
# heads that take a name after them: the words that follow are the body's ("FK Universitas Nusantara Timur")
_NAMED_BODIES = frozenset({"Universitas", "Institut", "Politeknik", "Akademi", "University", "Institute", "Kementerian", "RSUD", "RSUP",
                           "RS", "RSU", "RSIA", "Sakit", "Klinik", "Apotek", "Puskesmas"})  # "Direktur RS Permata Bakti": the hospital
# English regional posts ("Batang Regent X", "Governor of Bali X"): the region is never written right after them
_EN_REGIONAL = frozenset({"Mayor", "Governor", "Regent", "Deputy Regent", "Vice Regent"})
_CLAUSE_WORDS = frozenset({"dalam", "pada", "saat", "ketika", "seusai", "usai"})
_FILLED = frozenset({"diisi", "dijabat", "dipegang", "diemban"})


def role_led(ctx: Ctx, k: int, r: int) -> int:
    """Parse ``ROLE [ORG] [,] NAME`` starting at token k; returns where to continue."""
    t = ctx.t
    n = len(t.words)
    c = t.cue
    role = " ".join(t.words[k : k + r])
    r0 = k  # where the post opens (``k`` is reused below)
    p = k + r
    if p < n and t.words[p] in _ROMAN:
        p += 1
    if p + 2 < n and t.words[p] == "(" and ")" in t.words[p + 2 : p + 4]:
        p = t.words.index(")", p + 2) + 1  # "Direktur Utama (Dirut) PT X, Y": the title's short form
    p = past_field(ctx, p)
    after_of = False
    if p + 1 < n and t.words[p] in ("of", "at", "for"):  # "the CEO of Genexine Inc., Neyla Kim", "Head of the TGA, X"
        skip = 2 if t.words[p + 1] == "the" and p + 2 < n else 1
        if nameish(ctx, p + skip) and plain_name_to_comma(t, p + skip) and (
                t.words[p] != "for" or p + skip + 1 < n and t.words[p + skip + 1] != ","):  # not "Deputy for Drug, Narcotics"
            p += skip
            after_of = True
    if p < n and t.words[p] in (".",) and t.words[p - 1] in ("Plt", "Plh", "Pj"):
        return p
    f = p  # "Direktur Keuangan perseroan, X, S.E.": the post's field before the company word
    while f + 1 < n and f - p < 3 and (t.words[f] in _FIELDS or (f > p and t.words[f] in ("dan", "&") and t.words[f + 1] in _FIELDS)):
        f += 1
    if f + 2 < n and t.lower[f] in ("perusahaan", "perseroan"):  # "Direktur Utama perusahaan, Budi Santosa, …"
        q = f + 1 + (t.lower[f + 1] in ("ini", "tersebut", "itu"))
        if q + 1 < n and t.words[q] == "," and not t.newline_before[q + 1]:
            a = q + 1 + honorific_at(ctx, q + 1)
            b = name_run(ctx, a)
            if b - a >= 2:
                add_person(ctx, a, b)
                return b
    if (b := rosters.post_colon_name(ctx, k, p)) > 0:  # "- Direktur Keuangan: Hadi N. Setiawan, S.E."
        return b
    if p + 2 < n and t.lower[p] in _FILLED:  # "Posisi Presiden Komisaris diisi (oleh) Park Jae-won"
        a = p + 1 + (t.lower[p + 1] == "oleh")
        a += honorific_at(ctx, a) if a < n else 0
        b = name_run(ctx, a) if a < n and not t.newline_before[a] else a
        if b - a >= 2:
            add_person(ctx, a, b)
            return b
    if p >= n or honorific_at(ctx, p) or t.newline_before[p]:
        return p
    e = run_forward(ctx, p) if nameish(ctx, p) else p
    if p < e < n and t.words[e - 1] in ("PT", "CV") and nameish(ctx, e) and not t.newline_before[e]:
        e = run_forward(ctx, e)  # "(Direktur Produksi) PT Mentari Kapsulindo": after "PT" a verb-like word is a name
    if e - 1 > p and (j := mid_initials(ctx, e - 1)) and ctx.name_like(e - 2):
        e = name_run(ctx, j)  # "Rektor Universitas X Prof. Dr. Marthen A. B. Tuhumury": the run stops at an initial
    clause = next((b for b in range(p + 2, e) if t.words[b] in _CLAUSE_WORDS and ctx.name_like(b - 1)), -1)
    if clause > 0:
        e = clause  # "Kepala BPOM Taruna Ikrar dalam Rapat Kerja …": the name ends where the clause goes on
    cut = next((b for b in range(p + 2, e) if t.words[b] in ("dan", "serta", "and")), -1)
    if cut > 0:
        a = cut
        while a - 1 >= p and ctx.name_like(a - 1) and ctx.owner[a - 1] < 0:
            a -= 1
        if cut - a >= 2 and (a == p or ctx.owner[a - 1] >= 0):
            e = cut  # "Ketua Umum GP Farmasi Elfiandi Rasyid dan Vikram": two people, not one name
            b = name_run(ctx, cut + 1)
            if b > cut + 1 and (b >= n or not is_cap(t.words[b])):
                add_person(ctx, cut + 1, b)
    b = legal_tail(ctx, e - 1) if e - 1 > p else e
    legal_end = b > e - 1 and t.words[e - 1] not in ("PT", "CV")  # a legal form ends the run: no name is inside it
    # ("PT" opens a company's name: what follows it is the company, "Presiden Direktur PT Arta Sentosa Kimia;")
    if legal_end:  # "Chairman X Pharmaceutical Co., Ltd. Liu Jianguo": the name after the legal form
        a = b + (b < n and t.words[b] == ".")
        z = name_run(ctx, a) if a < n and not t.newline_before[a] else a
        if z - a >= 2 and name_ends(t, z) and not c.verb_like(t.words[a]):  # "Bupati Sukoharjo Tinjau Pabrik …"
            add_person(ctx, a, z)
            return z
        e = b
    at = next((b for b in range(p + 2, min(e, n - 1)) if t.words[b] in ("in", "at", "di") and ctx.type_at(b + 1) == "Location"), e)
    if at < e and all(ctx.name_like(b) for b in range(p, at)):
        e = at  # "BPOM Head Rina Kusumawardani in Jakarta": the name ends before the place
    floor = e if legal_end else p
    oe = _org_with_seat_end(ctx, p)
    if oe > e:  # "Kepala BBPOM di Bandung Sukmawati Rahayu": the name follows the office and its seat
        e = run_forward(ctx, oe) if oe < n and nameish(ctx, oe) and not t.newline_before[oe] else oe
        floor = oe
    b = titled_name(ctx, p, e)
    if b:
        return b
    if region_before_name(ctx, role, p, e):
        return e  # the person after the comma is read from there
    org_start = t.words[p] in ("PT", "PT.", "CV")
    top = e - 1 if e - 2 > floor and regnal(t, e - 1) and ctx.name_like(e - 2) else e  # "… Buwono X"
    s = top
    hops = 0
    while s - 1 >= floor and top - s - hops < MAX_NAME:
        if ctx.name_like(s - 1):
            s -= 1
        elif s - 3 >= floor and is_initial(t, s - 2):
            s -= 2  # "Marthen A. B. Tuhumury": middle initials
            hops += 1
        else:
            break
    while org_start and e - s > 2 and (t.words[s] in FIRM_TAIL or c.org_suffix.get(t.words[s]) == "company"):
        s += 1  # "Direktur Utama PT Sinar Medika Nusantara Budi Hartanto": a firm-name word closes the company
    pt = next((x for x in range(p, min(p + 3, e)) if t.words[x] in ("PT", "PT.", "CV")), -1)
    if pt >= 0 and e - pt >= 4:  # "Direktur (Pemasaran) PT X Y Nama": the company as the text names it alone
        s = max(s, firm_named_alone(ctx, pt, e))
    lead = company_lead(ctx, p, e) if e - p >= 3 else p
    if lead == p and e - p >= 4 and t.words[p] in _FIELDS:  # "Direktur Produksi Vaksira Yohanes T.": the field, then the company
        lead = company_lead(ctx, p + 1, e)
        lead = p if lead == p + 1 else lead
    if lead > s:
        s = lead  # "Direktur Utama Borneo Herbal Muhammad Rizal Fahlevi": the company's short form, then the name
    elif s < e and s - 1 >= floor and surname_first(ctx, s - 1):
        s -= 1  # "Presiden Direktur Hanbit Pharm Park Ji-hoon": a site word leading the name is a family name
    elif s < e and s - 1 >= floor and balinese(t, s - 1):
        s -= 1  # "Kepala Dinas Kesehatan Provinsi Bali I Nyoman Gede Anom"
    k, head = region_words(ctx, p, e) if role in c.regional_roles and e - p >= 3 and ctx.owner[p] < 0 and s < e else (1, "")
    if (s == p or (head and s <= p + k)) and role in c.regional_roles and e - p >= 3 and ctx.owner[p] < 0 and (
            head or (not named_apart(ctx, p, e) and role not in _EN_REGIONAL)):  # "Gubernur Andi Muhammad Ridwan" beside ", Andi Muhammad Ridwan,": all name
        # "Batang Regent Sri Wahyuni Kartika": English names the region before the post, so what follows is the name
        # "Bupati Tana Toraja Zadrak Tombeg" beside "Kabupaten Tana Toraja"
        cat = "district" if head == "Kabupaten" else "city"
        full = f"{head} {t.span_text(p, p + k)}" if head else None
        ctx.add(p, p + k, "Location", cat, "rule", canonical=full)
        for x in (x for x in range(n - k) if head and t.words[x] == head and t.words[x + 1 : x + 1 + k] == t.words[p : p + k]):
            if all(o < 0 for o in ctx.owner[x : x + 1 + k]):
                ctx.add(x, x + 1 + k, "Location", cat, "rule")  # the region as the text names it in full
        s = p + k
    # "Presiden Direktur PT Sinar Medika Sterilindo, Ir. X": one word at the end of a company name is
    # the company's, not a person; a name carved out of an organisation run needs two words
    org_led = t.words[p] in ("PT", "PT.", "CV") or bool(t.match_phrase(p, c.org_prefix_phrases)) or (
        "PT" in t.words[p + 1 : e])  # "Direktur Pemasaran PT Sinar Medika Nusantara, Lim Wei Ming": a unit, then the company
    # "Analis PT Mandiri Sekuritas, Dimas Prakoso": with a name after the comma, the run is the company's
    # "Director of Operations, Rini Kartikasari": so is the unit named after "of"
    comma = e + 1 < n and t.words[e] == ","
    a1 = e + 1 + honorific_at(ctx, e + 1) if comma else n
    z1 = name_run(ctx, a1) if a1 < n else a1
    # "Ketua Koperasi Produsen Jamu Sekar Arum, Wagiyem,": one name word set off by commas after a body's name
    named_after = e + 1 < n and t.words[e] == "," and (z1 - a1 >= 2 or (
        z1 - a1 == 1 and org_led and z1 < n and t.words[z1] == ",")) and (org_led or after_of or company_prefix(ctx, p, e) or (p < s < e and company_prefix(ctx, s, e))
                                                                         or (a1 > e + 1 and z1 - a1 >= 2)  # ", Ir. Rudi Hartanto": the titled name is the holder
                                                                         # "Direktur Utama Sentosa Medika Raya, Hadi K. S.": a word left after the company is its
                                                                         or (e - s == 1 and s > p and z1 - a1 >= 2 and (ctx.type_at(s - 1) == "Organization" or t.words[s - 1] in c.org_suffix)))
    # "Direktur Office of International Programs di ...": words after "of" finish an English unit name
    english_tail = s > p and t.words[s - 1] in ("of", "for", "the", "&")
    # "President Director of Cakra Husada, signed …": with no name after its comma, the run after "of" is the body
    if (s < e and (s > p or e - s >= 1) and not (org_led and s > p and e - s < 2) and not named_after
            and not english_tail and not after_of and not (org_start and s <= p + 1) and not (s > p and e - s < 2 and unit_list(t, e))
            and not (e - s == 1 and _company_word(ctx, s)) and not (s == p and e - s <= 3 and company_prefix(ctx, p, e))
            and not ((org_start or org_led) and t.words[e - 1] in FIRM_TAIL)  # "… PT Arta Sentosa Kimia;", "… Tunas Sejahtera"
            and not (s > p and e - s <= 4 and foreign_short(ctx, s, e))  # "Direktur Asia-Pasifik Farmacéutica Orbis," beside "… S.A."
            and not any(firm_whole(ctx, i, e) for i in range(p, s))  # "Direktur Operasional Mandala Sehat Sentosa" beside "PT …"
            and not (s > p and t.words[s - 1] in _NAMED_BODIES)  # "Kepala Laboratorium X Universitas Nusantara Timur"
            and not (s > p and t.words[s - 1] in ("PT", "PT.", "CV"))  # "menjabat Direktur Keuangan PT Rekabio Vaksindo.": no firm is "PT" alone
            and not (s == p and _body_glossed(ctx, e))):  # "Ketua Gabungan Pengusaha Jamu (GP Jamu) Jawa Timur, X": the body
        if e - s >= 3 and s == p and _company_word(ctx, s):
            s += 1  # "Presiden Direktur Medisynth Lukas Santoso Halim": the company's short name, then the person
        while e - s > 2 and t.words[s] in _FIELDS:
            s += 1  # "Direktur Operasi Melati Kusumawardani": the post's field is no part of the name
        if e + 1 < n and t.words[e] in PATRONYMIC and not t.newline_before[e]:
            e = max(e, name_run(ctx, s))  # "CEO Al-Hijaz Medical Industries Faisal bin Abdullah Al-Ghamdi": the name goes on
        if not all(w in _FIELDS for w in t.words[s:e]):  # "Direktur Medis dan Regulatori" before a name already read
            add_person(ctx, s, e)
        return e
    q = e
    if q + 1 < n and t.words[q] == "lainnya" and t.words[q + 1] == ",":
        q += 1  # "Anggota Komisi IX lainnya, X": another holder of the post
    seated = False
    if q < n and t.words[q] == "di" and q + 1 < n and nameish(ctx, q + 1):
        m = ctx.owner[q]
        if m >= 0 and ctx.type_at(q) == "Organization" and ctx.spans[m][1] > q + 1:
            q = ctx.spans[m][1]  # "Kepala BBPOM di Makassar Sukmawati Pasaribu": the office ends at its seat
            seated = True
        else:
            q = run_forward(ctx, q + 1, comma_list=False, max_tokens=3)
    if q + 1 < n and t.words[q] == "." and t.words[q + 1] == ",":
        q += 1  # "CEO Genexine Inc., Neyla Hong": the legal form's dot
    glossed = False
    if q < n and t.words[q] == "(":
        close = q + 1
        while close < n and t.words[close] != ")" and close - q < 12:
            close += 1
        glossed = close < n and t.words[close] == ")"
        q = close + 1 if glossed else q
        if glossed and q + 1 < n and t.words[q + 1] == "," and ctx.type_at(q) == "Location":
            q += 1  # "Kepala Health Sciences Authority (HSA) Singapura, Raymond Chua": the body's country
        elif glossed and q < n and ctx.type_at(q) == "Location" and ctx.spans[ctx.owner[q]][0] == q:
            q = ctx.spans[ctx.owner[q]][1]  # "CEO Health Sciences Authority (HSA) Singapura Raymond Chua"
    if (glossed or seated) and q < n and t.words[q] != "," and not t.newline_before[q]:
        # "Kepala Badan Pengawas Obat dan Makanan (BPOM) Taruna Ikrar meninjau …": no comma after the gloss
        a = q + honorific_at(ctx, q)
        b = name_run(ctx, a)
        one = b - a == 1 and b < n and t.words[b][:1].islower() and not t.newline_before[b]  # "(Menko PMK) Pratikno memimpin"
        if (b - a >= 2 or one) and not (b < n and is_cap(t.words[b]) and not t.newline_before[b]):
            add_person(ctx, a, b)
            return b
    if q < n and t.words[q] == "," and q + 1 < n:
        a = q + 1
        h = honorific_at(ctx, a)
        a += h
        b = name_run(ctx, a) if h or not c.verb_like(t.words[a]) else a  # "Menteri MFDS Korea, Dorong Percepatan …": a headline verb
        if b == a and not h:
            b = place_led_name(ctx, a)  # "Ketua Umum GPFI, Bima Arya, hadir": a given name spelled like a town
        # "Fransiska Lumbantobing (Direktur Utama, Gemilang Husada)": in a named person's bracket the body follows the post
        glossing = not h and b < n and t.words[b] == ")" and r0 >= 2 and t.words[r0 - 1] == "(" and (
            ctx.type_at(r0 - 2) == "Person" or ctx.name_like(r0 - 2))
        if b > a and not glossing and not (b < n and t.words[b] not in (",", ".") and is_cap(t.words[b]) and not t.newline_before[b]):
            add_person(ctx, a, b)
            return b
    b = long_title_name(ctx, p)
    return b if b > 0 else max(e, p)


def _company_word(ctx: Ctx, k: int) -> bool:
    """Token k is the distinctive first word of a company already named ("PT Medisynth Indonesia Tbk")."""
    w = ctx.t.words[k]
    if len(w) < 4:
        return False
    for x in ctx.mentions:
        if x is not None and x.type == "Organization" and x.category == "company":
            words = x.text.split()
            first = words[1] if words[0] in ("PT", "PT.", "CV") and len(words) > 1 else words[0]
            if first == w:
                return True
    return False


def _body_glossed(ctx: Ctx, e: int) -> bool:
    """Whether a bracket right after the run gives a body's known short form ("(GP Jamu)", "(IAI)"): the run
    is that body's name, not a person's."""
    t = ctx.t
    if e + 2 >= len(t.words) or t.words[e] != "(":
        return False
    close = next((x for x in range(e + 2, min(e + 6, len(t.words))) if t.words[x] == ")"), -1)
    return close > 0 and ctx.lexicon.lookup(t.span_text(e + 1, close), "Organization") is not None
