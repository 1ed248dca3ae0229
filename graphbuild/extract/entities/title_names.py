"""Where a title's run splits into the body and the person.

Why: "Direktur Utama PT Sari Herbalindo Yohanis Pasolang", "Bupati Tana Toraja Zadrak Tombeg" and
"Kepala BPOM Dra. Rina Syam" run the body's words into the name; the text itself says where the body
ends (the company or the region named alone elsewhere, a personal title no body's name holds). A long
title with its unit and organisation ("Director General of X of the Ministry of Health, Rahmat") ends at
the comma, unless the comma goes on with the unit's name ("Industri Kimia, Farmasi dan Tekstil").
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.organizations import HOSPITAL
from graphbuild.extract.entities.person_names import add_person, honorific_at, name_ends, name_run


def firm_named_alone(ctx: Ctx, p: int, e: int) -> int:
    """"Direktur Utama PT Sari Herbalindo Yohanis Pasolang" beside "kepada PT Sari Herbalindo, produsen …":
    the text names the company alone elsewhere (no capitalised word after it), so the words after it here are
    the person's. Returns the end of that company name in [p, e) (p when none; two words left for the name)."""
    words, text = ctx.t.words, ctx.t.text
    if e - 2 < p + 2:
        return p
    head = " ".join(words[p : p + 2])  # every longer key starts with it: its places are found once
    places: list[int] = []
    at = text.find(head)
    while at >= 0:
        places.append(at)
        at = text.find(head, at + 1)
    for x in range(e - 2, p + 1, -1):
        key = " ".join(words[p:x])
        for at in places:
            if not text.startswith(key, at):
                continue
            nxt = text[at + len(key) : at + len(key) + 2]
            if nxt[:1] in (",", ".", ";", ")") or (nxt[:1] == " " and nxt[1:2].islower()) or (nxt[:1] == " " and nxt[1:2] == "("):
                return x
    return p


REGION_HEADS = ("Kabupaten", "Kota", "Provinsi")


def region_words(ctx: Ctx, p: int, e: int) -> tuple[int, str]:
    """How many words after a regional title name its region, and the head the text writes it with: the
    longest run the text also writes after "Kabupaten"/"Kota"/"Provinsi" (two name words left), else one
    word and no head ("Bupati Sleman Harda Kiswaya")."""
    words, text = ctx.t.words, ctx.t.text
    for k in range(min(3, e - p - 2), 1, -1):
        key = " ".join(words[p : p + k])
        if all(w.isalpha() for w in words[p : p + k]):
            head = next((h for h in REGION_HEADS if f"{h} {key}" in text), "")
            if head:
                return k, head
    return 1, ""


_HOSPITALS = HOSPITAL | {"Sakit", "Umum", "Daerah", "Pusat"}  # "Rumah Sakit Umum Daerah" before "dr. X"


def titled_name(ctx: Ctx, p: int, e: int) -> int:
    """"Kepala BPOM Dra. Rina Syam, Apt.", "Kepala BBPOM di Makassar Drs. Ishaq": the body's run ends at a
    personal title (no body's name holds "Dra."); the name follows the title. Returns its end (0 if none)."""
    t = ctx.t
    n = len(t.words)
    if e <= p or e >= n or t.newline_before[e]:
        return 0
    if t.words[p] in _HOSPITALS and all(w in _HOSPITALS for w in t.words[p:e]):
        return 0  # "Direktur Utama RSUD dr. Moewardi": a hospital's name holds the doctor's title
    h = honorific_at(ctx, e) if t.words[e] != "." else 0
    a = e + h if h else e + honorific_at(ctx, e - 1) - 1 if t.words[e] == "." and honorific_at(ctx, e - 1) >= 2 else 0
    if not a or a >= n or t.newline_before[a]:
        return 0
    b = name_run(ctx, a)
    if b - a >= 2 and name_ends(t, b):
        add_person(ctx, a, b)
        return b
    return 0


def named_apart(ctx: Ctx, p: int, e: int) -> bool:
    """The words [p, e) after a regional title also stand alone as a name elsewhere in the text (after a comma
    or an opening parenthesis), so none of them is the region's."""
    key = " ".join(ctx.t.words[p:e])
    text = ctx.t.text
    return any(f"{lead}{key}" in text for lead in (", ", "(", "\n"))


_TITLE_GAP = frozenset({"of", "the", "at", "for", "in", "and", "di", "untuk", "dan", "&"})


def place_led_name(ctx: Ctx, a: int) -> int:
    """End of a name in an apposition after a title whose given name is spelled like a town ("Ketua Umum idEA,
    Bima Laksana Wiratama, mengatakan"): more name words and the closing comma must follow; else ``a``."""
    t = ctx.t
    if ctx.type_at(a) != "Location" or ctx.spans[ctx.owner[a]] != (a, a + 1):
        return a
    z = name_run(ctx, a, allow_places=True)
    return z if z - a >= 2 and z + 1 < len(t.words) and t.words[z] == "," and ctx.type_at(z - 1) != "Location" else a


def long_title_name(ctx: Ctx, p: int) -> int:
    """"Director General of X of the Ministry of Health, Rahmat Hidayat Lubis": a title, its unit and its
    organisation, then a comma and the name. The stretch before the comma must end in a known organisation
    or place and hold no verb; returns the end of the name added (0 if none)."""
    t = ctx.t
    n = len(t.words)
    c = t.cue
    j = p
    while j < n and j - p < 18 and not t.newline_before[j] and (t.words[j] != "," or unit_list(t, j) or (  # "Kimia, Farmasi,
            j + 2 < n and t.words[j + 1] in ("dan", "serta", "and", "&") and t.words[j + 2][:1].isupper() and "," in t.words[p:j])):  # dan Tekstil"
        w = t.words[j]
        if w == "," or (w == "(" and ")" in t.words[j + 2 : j + 4]):  # "Industri Kimia, Farmasi dan Tekstil (IKFT)"
            j = t.words.index(")", j) + 1 if w == "(" else j + 1
            continue
        if w in (".", ";", ":", '"', "“") or (c.verb_like(w) and ctx.owner[j] < 0):
            return 0
        if not (w[:1].isupper() or w in _TITLE_GAP or ctx.owner[j] >= 0 or (w.isalpha() and w.islower() and len(w) <= 8)):
            return 0
        j += 1
    if j >= n - 1 or t.words[j] != "," or j == p:
        return 0
    named = ctx.type_at(j - 1) in ("Organization", "Location")
    # organisations are found after persons: an institution word right before the comma also names one
    if not named and not (t.words[j - 1][:1].isupper() and t.words[j - 1] in c.institutional and t.words[j - 2] in _TITLE_GAP):
        return 0
    h = honorific_at(ctx, j + 1)
    a = j + 1 + h
    b = name_run(ctx, a) if h or a >= n or not c.verb_like(t.words[a]) else a  # ", Dorong Percepatan …": a headline verb
    if b == a and not h:
        b = place_led_name(ctx, a)  # ", Bima Laksana Wiratama,"
    if b - a >= 2 and name_ends(t, b):
        add_person(ctx, a, b)
        return b
    return 0


def unit_list(t, e: int) -> bool:  # type: ignore[no-untyped-def]
    """"Direktur Jenderal Industri Kimia, Farmasi dan Tekstil": the comma at ``e`` goes on with the unit's
    name (capitalised words joined by "dan"), so the word before it is no one's name."""
    n = len(t.words)
    if e + 3 >= n or t.words[e] != "," or not t.words[e + 1][:1].isupper() or t.newline_before[e + 1]:
        return False
    for j in range(e + 2, min(n - 1, e + 6)):
        w = t.words[j]
        if w in ("dan", "serta", "&", "and"):  # "Chemical, Pharmaceutical and Textile Industries": English too
            items = t.words[e + 1 : j]
            if "," in items and not any(x in t.cue.institutional for x in items):
                return False  # "…, Taufik Hidayat Nugroho, serta Wali Kota X": a name, then the next person
            return t.words[j + 1][:1].isupper() and not t.newline_before[j + 1]
        if not (w[:1].isupper() or w == ",") or t.newline_before[j]:
            return False
    return False


_REGION_KIND = {"Kabupaten": "district", "Kota": "city", "Provinsi": "province"}
# the head a regional title's region is written with: "Bupati Bungo" is Kabupaten Bungo
_ROLE_HEAD = {"Bupati": "Kabupaten", "Wakil Bupati": "Kabupaten", "Regent": "Kabupaten", "Deputy Regent": "Kabupaten",
              "Vice Regent": "Kabupaten", "Wali Kota": "Kota", "Walikota": "Kota", "Wakil Wali Kota": "Kota",
              "Wakil Walikota": "Kota", "Mayor": "Kota"}


def region_before_name(ctx: Ctx, role: str, p: int, e: int) -> bool:
    """"Wakil Bupati Bungo, H. X", "Sekretaris Daerah Kabupaten Bungo, Drs. Y": the words after the title name a
    region (one the gazetteer may lack), then a comma and the person; adds the region, True when it did."""
    t = ctx.t
    n = len(t.words)
    if e >= n or t.words[e] != "," or e + 1 >= n or t.newline_before[e + 1]:
        return False
    if role not in _ROLE_HEAD and not any(w in _REGION_KIND for w in t.words[p:e]):
        return False  # neither a regional title nor a region's head word: nothing to read here
    a = e + 1 + honorific_at(ctx, e + 1)
    z = name_run(ctx, a)
    if z - a < 2 or any(ctx.owner[x] >= 0 for x in range(p + 1, e)) or not name_ends(t, z) and t.words[z] != ",":
        return False
    h = next((x for x in range(p, e - 1) if t.words[x] in _REGION_KIND), -1)
    if h >= 0 and 2 <= e - h <= 4 and all(w[:1].isupper() and w.isalpha() for w in t.words[h + 1 : e]):
        if ctx.owner[h] < 0:  # (a body's name that took the head word, "Dinas Kesehatan Kabupaten", keeps it: no person)
            ctx.add(h, e, "Location", _REGION_KIND[t.words[h]], "rule")
        add_person(ctx, a, z)
        return True
    if ctx.owner[p] >= 0:
        return False
    head = _ROLE_HEAD.get(role)
    if head and 1 <= e - p <= 2 and all(w[:1].isupper() and w.isalpha() for w in t.words[p:e]):
        ctx.add(p, e, "Location", _REGION_KIND[head], "rule", canonical=f"{head} {t.span_text(p, e)}")
        add_person(ctx, a, z)
        return True
    return False


def past_field(ctx: Ctx, p: int) -> int:
    """Past a listed field and its short form before the body: "Direktur Jenderal Industri Kimia, Farmasi dan Tekstil
    (IKFT) Kementerian Perindustrian, X" reads on from the ministry (the commas inside the field end no title)."""
    t = ctx.t
    n = len(t.words)
    for q in range(p + 2, min(n - 3, p + 12)):
        w = t.words[q]
        if w == "(":
            b = q + 2
            if b + 1 < n and t.words[q + 1].isupper() and t.words[b] == ")" and ctx.type_at(b + 1) == "Organization" \
                    and "," in t.words[p:q] and not t.newline_before[b + 1]:
                return b + 1
            return p
        if not (w[:1].isupper() or w in (",", "dan", "and", "&")) or t.newline_before[q] or ctx.owner[q] >= 0:
            return p
    return p
