"""Organisations named with what they are: an embassy with its seat ("Kedutaan Besar Republik Indonesia di
Seoul"), an institution after the kind word that describes it ("Lembaga Pemeriksa Halal (LPH) LPPOM MUI").

Split from ``organizations`` (cue-led names) to keep each module short.
"""

from __future__ import annotations

from dataclasses import replace

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_cap
from graphbuild.types import Mention

_UNIVERSITY = frozenset({"Universitas", "University", "Institut", "Institute", "Politeknik"})

_MISSION = ("Kedutaan Besar", "Konsulat Jenderal", "Embassy of", "Consulate General of", "Indonesian Trade Promotion Center")


def missions(ctx: Ctx) -> None:
    """"Kedutaan Besar Republik Indonesia di Seoul": an embassy is named with its seat, as the gold and the
    embassies themselves write it (the short "Kedutaan Besar Jepang" stays an alias)."""
    t = ctx.t
    for m, x in enumerate(ctx.mentions):
        if x is None or x.type != "Organization" or not x.text.startswith(_MISSION):
            continue
        b = ctx.spans[m][1]
        if b + 1 < len(t.words) and t.words[b] in ("di", "in") and not t.newline_before[b + 1] \
                and ctx.type_at(b + 1) == "Location" and ctx.spans[ctx.owner[b + 1]][0] == b + 1:
            ctx.add(ctx.spans[m][0], ctx.spans[ctx.owner[b + 1]][1], "Organization", x.category, x.source)


def kinds(ctx: Ctx) -> None:
    """"Lembaga Pemeriksa Halal (LPH) LPPOM MUI": a kind of institution written before the one meant
    describes it; the kind and its acronym are dropped (and the acronym is no entity elsewhere)."""
    t = ctx.t
    kinds = t.cue.institution_kinds
    for m, x in enumerate(ctx.mentions):
        if x is None or x.type != "Organization" or x.text not in kinds:
            continue
        a, b = ctx.spans[m]
        gloss = b + 2 < len(t.words) and t.words[b] == "(" and t.words[b + 2] == ")"
        after = b + 3 if gloss else b
        if after >= len(t.words) or ctx.type_at(after) != "Organization" or t.newline_before[after]:
            continue
        drop = [m]
        if gloss:
            acr = t.words[b + 1]
            ctx.not_entities.add(acr)
            ctx.defined.pop(acr, None)
            drop += [i for i, y in enumerate(ctx.mentions) if y is not None and y.text == acr]
        for i in drop:
            ctx.drop(i)
        t.masked[a:after] = [True] * (after - a)  # no later rule names the kind again


_CHAPTER = ("Pengurus Daerah", "Pengurus Wilayah", "Pengurus Cabang")


def chapters(ctx: Ctx) -> None:
    """"Pengurus Daerah Ikatan Apoteker Indonesia (PD IAI) Riau", "Kedutaan Besar Republik Indonesia (KBRI) Seoul": a
    regional chapter or a mission is named with its region or seat, also after its acronym (which the name leaves out)."""
    t = ctx.t
    for m, x in enumerate(ctx.mentions):
        if x is not None and x.type == "Organization" and x.category not in ("company", "government", "regulator"):
            _branch(ctx, m, x)
        if x is None or x.type != "Organization" or not x.text.startswith(_CHAPTER + _MISSION):
            continue
        a, b = ctx.spans[m]
        close = next((c for c in range(b + 2, min(b + 5, len(t.words))) if t.words[c] == ")"), -1) if b < len(t.words) and t.words[b] == "(" else -1
        at = close + 1 if close > 0 else b  # "(PD IAI)": the chapter's acronym
        if close > 0 and at + 1 < len(t.words) and t.words[at] == "di" and x.text.startswith(_MISSION) \
                and ctx.type_at(at + 1) == "Location" and ctx.spans[ctx.owner[at + 1]][0] == at + 1 and not t.newline_before[at + 1]:
            # "Kedutaan Besar Republik Indonesia (KBRI) di Tashkent": named with its seat, the seat stays a place
            seat = ctx.mentions[ctx.owner[at + 1]]
            if seat is not None and seat.category != "country":
                ctx.mentions[m] = replace(x, canonical=f"{x.canonical or x.text} di {seat.text}")
            continue
        if at >= len(t.words) or t.newline_before[at] or ctx.type_at(at) != "Location" or ctx.spans[ctx.owner[at]][0] != at:
            continue
        place = ctx.mentions[ctx.owner[at]]
        if place is None or place.category == "country" or (at == b and not x.text.startswith(_CHAPTER)):
            continue  # "Kedutaan Besar Jepang" is named by its country; "KBRI Seoul" without a gloss is the lexicon's
        ctx.add(a, ctx.spans[ctx.owner[at]][1], "Organization", x.category, x.source,
                canonical=f"{x.canonical or x.text} {place.text}")


_BOARDS = frozenset({"Daerah", "Wilayah", "Cabang"})


def _branch(ctx: Ctx, m: int, x: Mention) -> None:
    """"PERDAMI Cabang Jawa Timur", "GP Farmasi Pengurus Daerah Jawa Barat", "IDI (Ikatan Dokter Indonesia) Cabang Semarang": an association's branch is an
    organisation of its own, named with its region (a firm's "PT X Cabang Surabaya" stays the firm)."""
    t = ctx.t
    a, b = ctx.spans[m]
    name = x.text
    glossed = b + 2 < len(t.words) and t.words[b] == "(" and t.words[b + 2] == ")"
    if glossed:
        name, b = t.words[b + 1], b + 3  # "Ikatan Dokter Indonesia (IDI) Cabang Semarang" is "IDI Cabang Semarang"
    at = b + 1
    kind = "Cabang"
    if b + 1 < len(t.words) and t.words[b] == "Pengurus" and t.words[b + 1] in _BOARDS and not t.newline_before[b + 1] \
            and b == ctx.spans[m][1]:  # (not after a gloss: "Ikatan Apoteker Indonesia (IAI) Pengurus Daerah X" stays)
        at, kind = b + 2, "Pengurus " + t.words[b + 1]  # "GP Farmasi Pengurus Daerah Jawa Barat": a regional board
    elif b >= len(t.words) or t.words[b] != "Cabang":
        return
    if at >= len(t.words) or t.newline_before[b] or t.newline_before[at] \
            or ctx.type_at(at) != "Location" or ctx.spans[ctx.owner[at]][0] != at:
        return
    place = ctx.mentions[ctx.owner[at]]
    if place is not None and place.category != "country":
        # after a gloss the body written out stays named too (the branch is read from "Cabang" on)
        ctx.add(b if glossed else a, ctx.spans[ctx.owner[at]][1], "Organization", x.category, x.source,
                canonical=f"{name} {kind} {place.text}")


_UNIT_HEADS = ("Faculty of", "School of", "Department of", "Fakultas", "Sekolah")


def owned_units(ctx: Ctx) -> None:
    """"Universitas Indonesia's Faculty of Pharmacy" is named as the gold names a faculty, "Faculty of Pharmacy
    Universitas Indonesia": the unit with its university (which ``PART_OF`` then reads off the name)."""
    t = ctx.t
    for m, x in enumerate(ctx.mentions):
        if x is None or x.type != "Organization" or not x.text.startswith(_UNIT_HEADS):
            continue
        a = ctx.spans[m][0]
        if a >= 2 and t.words[a - 1] in ("'s", "\u2019s"):
            p = a - 2  # the possessive split off a known name
        elif a >= 1 and t.words[a - 1].endswith(("'s", "\u2019s")):
            p = a - 1
        else:
            continue
        parent = ctx.mentions[ctx.owner[p]] if ctx.owner[p] >= 0 else None
        if parent is not None and parent.type == "Organization" and parent.category == "academic":
            name = parent.text.removesuffix("'s").removesuffix("\u2019s")
            x.canonical = f"{x.canonical or x.text} {name}"


_EMBASSY = frozenset({"embassy", "consulate"})
_NOT_NATION = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Our"})


def embassies(ctx: Ctx) -> None:
    """"the Indonesian embassy in Seoul", "the South Korean consulate in Surabaya": a mission written in lower case
    after its country's adjective, named with its seat."""
    t = ctx.t
    for k in t.where(_EMBASSY):
        if k + 2 >= len(t.words) or t.words[k + 1] != "in" or t.newline_before[k + 2] or ctx.type_at(k + 2) != "Location" \
                or ctx.spans[ctx.owner[k + 2]][0] != k + 2 or ctx.owner[k] >= 0:
            continue
        s = k
        while s > 0 and k - s < 2 and is_cap(t.words[s - 1]) and t.words[s - 1] not in _NOT_NATION \
                and ctx.owner[s - 1] < 0 and not t.newline_before[s]:
            s -= 1
        if s < k:
            ctx.add(s, ctx.spans[ctx.owner[k + 2]][1], "Organization", "government", "pattern")


def nested_university(ctx: Ctx, k: int, e: int) -> None:
    """"Fakultas Kedokteran Universitas Sangkuriang": a unit named with a university the lexicon does not know names
    that university too; it is kept as an entity of its own, nested in the unit's name (``PART_OF`` reads it off)."""
    t = ctx.t
    u = next((i for i in range(k + 2, e - 1) if t.words[i] in _UNIVERSITY), -1)
    if u < 0 or not all(is_cap(w) for w in t.words[u + 1 : e]):
        return
    i = k
    while i > 0 and k - i < 4 and is_cap(t.words[i - 1]) and not t.newline_before[i]:
        i -= 1
        if t.words[i] in t.cue.facility_prefix:
            return  # "Laboratorium Dermatologi Fakultas Kedokteran Universitas X": a site's name, its owner read off it
    start, end = t.starts[u], t.ends[e - 1]
    ctx.mentions.append(Mention(start, end, t.text[start:end], "Organization", "academic", None, "cue"))
    ctx.spans.append((u, e))
