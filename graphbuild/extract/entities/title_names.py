"""Where a title's run splits into the body and the person when no comma marks it.

Why: "Direktur Utama PT Sari Herbalindo Yohanis Pasolang", "Bupati Tana Toraja Zadrak Tombeg" and
"Kepala BPOM Dra. Rina Syam" run the body's words into the name; the text itself says where the body
ends (the company or the region named alone elsewhere, a personal title no body's name holds).
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
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


def titled_name(ctx: Ctx, p: int, e: int) -> int:
    """"Kepala BPOM Dra. Rina Syam, Apt.", "Kepala BBPOM di Makassar Drs. Ishaq": the body's run ends at a
    personal title (no body's name holds "Dra."); the name follows the title. Returns its end (0 if none)."""
    t = ctx.t
    n = len(t)
    if e <= p or e >= n or t.newline_before[e]:
        return 0
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
