"""A regional body or area with its short name bracketed before its seat: "Pemerintah Kabupaten (Pemkab) Lombok
Tengah", "Dinas Pendidikan (Disdik) Kota Tasikmalaya", "Kawasan Ekonomi Khusus (KEK) Mandalika".

Why: local news spells a body's kind out, brackets the short form the rest of the story uses, and only then names
the region; the earlier passes read the kind ("Dinas Pendidikan") and the place ("Kota Tasikmalaya") apart, so the
body the story is about (who signs, who heads it, where the plant stands) is never found. The annotated stories name
the body whole, without the bracket. The short form must fit the kind's words (Schwartz-Hearst, as any defined
acronym), and the seat must be a place the gazetteer knows (an area's own name for a "Kawasan": "KEK Mandalika");
the same bracket before "di" is the office rules' ("Balai Besar POM (BBPOM) di Surabaya").
"""

from __future__ import annotations

import re
from dataclasses import replace

from graphbuild.extract.entities.acronym_fit import matches_acronym
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_cap
from graphbuild.types import Entity

# the first word of a body's kind (the body is an Organization) or an area's (a Location)
_BODY_KINDS = frozenset({"Pemerintah", "Dinas", "Suku", "Kantor", "Badan", "Balai", "Inspektorat", "Sekretariat", "Satuan",
                         "Bagian"})
_AREA_KINDS = frozenset({"Kawasan"})
# an area's kind is generic words only: "Kawasan Industri Maspion (KIM) Manyar" is an estate by its owner's name
_AREA_WORDS = frozenset({"Ekonomi", "Khusus", "Industri", "Terpadu", "Berikat", "Sains", "Teknologi", "Perdagangan",
                         "Bebas", "Pelabuhan", "dan"})
_LEVELS = frozenset({"Provinsi", "Kota", "Kabupaten", "Kab.", "Kecamatan", "Desa"})
_JOINERS = frozenset({"dan", "&"})
_MAX_KIND = 7  # words of the kind before the bracket ("Dinas Pemberdayaan Masyarakat dan Desa")


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for p in t.where(frozenset({"("})):
        if p < 2 or p + 3 >= n or t.words[p + 2] != ")" or t.newline_before[p + 3] or t.newline_before[p + 1]:
            continue
        short = t.words[p + 1]
        if not (is_cap(short) and short.isalpha() and 2 <= len(short) <= 12):  # "Pemkab" … "Diskominfo", "DPMPTSP"
            continue
        a = _kind_start(ctx, p, short)
        if a < 0:
            continue
        area = t.words[a] in _AREA_KINDS
        if area and not all(w in _AREA_WORDS for w in t.words[a + 1 : p]):
            continue
        e = _seat_end(ctx, p + 3, area)
        if e < 0:
            continue
        kind = t.span_text(a, p)
        seat = t.span_text(p + 3, e)
        type_ = "Location" if area else "Organization"
        held = {ctx.owner[k] for k in range(a, e)} - {-1}
        if any(ctx.spans[m][0] < a or ctx.spans[m][1] > e for m in held):
            continue  # a name running past the bracketed span: not this shape
        old = {ctx.mentions[m].canonical or ctx.mentions[m].text for m in held if ctx.mentions[m] is not None}  # type: ignore[union-attr]
        for m in held:
            ctx.drop(m)
        name = f"{kind} {seat}"
        cat = "area" if area else _kind_category(ctx, a, p)
        if ctx.add(a, e, type_, cat, "cue", canonical=name) >= 0:
            _retarget(ctx, short, old | {kind}, type_, cat, name)
            _seated_shorts(ctx, short, kind, seat, area, p + 1)


def _kind_category(ctx: Ctx, a: int, p: int) -> str | None:
    """The category the kind's cue words give ("Dinas Kesehatan": government), so rules reading a local government
    partner see one."""
    t = ctx.t
    n = t.match_phrase(a, t.cue.org_prefix_phrases)
    return t.cue.org_prefix.get(tuple(t.words[a : a + n])) if 0 < n <= p - a else None


def _seated_shorts(ctx: Ctx, short: str, kind: str, seat: str, area: bool, defined_at: int) -> None:
    """Later "Disdik Kota Tasikmalaya", "DPMD Kabupaten Banjar": the short form before a seat is the body of that
    seat, the same body when the seat is the same, the same kind of body of another region when not."""
    t = ctx.t
    for k in t.where(frozenset({short})):
        if k == defined_at or k + 1 >= len(t.words) or t.newline_before[k + 1]:
            continue
        e = _seat_end(ctx, k + 1, area)
        if e < 0:
            continue
        there = t.span_text(k + 1, e)
        held = {ctx.owner[x] for x in range(k, e)} - {-1}
        if any(ctx.spans[m][0] < k or ctx.spans[m][1] > e for m in held):
            continue
        for m in held:
            ctx.drop(m)
        same = there == seat or there.split()[-1] == seat.split()[-1] and there.split()[0] not in _LEVELS
        ctx.add(k, e, "Location" if area else "Organization", "area" if area else None, "cue",
                canonical=f"{kind} {seat if same else there}")


def _retarget(ctx: Ctx, short: str, old: set[str], type_: str, cat: str | None, name: str) -> None:
    """The short form's other uses ("BSPJI", bound by the acronym pass to the kind alone) name the whole body."""
    got = ctx.defined.get(short)
    if got is None or got[2] is None or got[2] in old:
        ctx.defined[short] = (type_, cat, name)
    for k, x in enumerate(ctx.mentions):
        if x is not None and x.text == short and (x.canonical is None or x.canonical in old):
            ctx.mentions[k] = replace(x, type=type_, category=cat, canonical=name)


def _kind_start(ctx: Ctx, p: int, short: str) -> int:
    """Start of the kind's words before the bracket at ``p`` (a kind word first, capitalised words or "dan" after
    it, and the short form fitting them); -1 when there is none."""
    t = ctx.t
    for a in range(p - 1, max(-1, p - 1 - _MAX_KIND), -1):
        w = t.words[a]
        if not (is_cap(w) or w in _JOINERS) or (a < p - 1 and t.newline_before[a + 1]):
            return -1
        if w in _BODY_KINDS or w in _AREA_KINDS:
            if p - a >= 2 and matches_acronym(short, t.span_text(a, p)) and short[0].lower() == w[0].lower():
                return a
    return -1


def _seat_end(ctx: Ctx, s: int, area: bool) -> int:
    """End of the seat from ``s``: a gazetteer place (after a level word, if any) or, for an area, one or two
    capitalised words of its own; -1 when there is none."""
    t = ctx.t
    n = len(t.words)
    loc = ctx.owner[s]
    if loc >= 0 and ctx.type_at(s) == "Location" and ctx.spans[loc][0] == s:
        return ctx.spans[loc][1] if _regional(ctx, loc) else -1
    q = s + 1 if t.words[s] in _LEVELS else s
    if q < n and q > s and not t.newline_before[q]:
        loc = ctx.owner[q]
        if loc >= 0 and ctx.type_at(q) == "Location" and ctx.spans[loc][0] == q:
            return ctx.spans[loc][1] if _regional(ctx, loc) else -1
    if not area or q != s or ctx.owner[s] >= 0:
        return -1
    e = s
    while e < n and e - s < 2 and is_cap(t.words[e]) and t.words[e].isalpha() and ctx.owner[e] < 0 \
            and not t.newline_before[e] and t.words[e] not in t.cue.generic and t.words[e] not in t.cue.dates:
        e += 1
    return e if e > s else -1


def _regional(ctx: Ctx, loc: int) -> bool:
    """A seat inside the country: "Badan Pengawas Obat dan Makanan (BPOM) Republik Indonesia" is the national body."""
    x = ctx.mentions[loc]
    return x is not None and x.category not in ("country", "region")


_BRACKETED = re.compile(r"(.+?) \(([A-Za-z]{2,8})\) (.+)")


def short_aliases(entities: list[Entity]) -> list[Entity]:
    """"BP Batam" for "Badan Pengusahaan (BP) Batam": the short form with its seat names the body too (the whole
    phrase and the name without the bracket are its mention and canonical already)."""
    for e in entities:
        if e.type not in ("Organization", "Location"):
            continue
        for m in e.mentions:
            got = _BRACKETED.fullmatch(m.text)
            if got is None or f"{got[1]} {got[3]}" not in (e.name, *e.aliases):
                continue
            short = f"{got[2]} {got[3]}"
            if short != e.name and short not in e.aliases:
                e.aliases.append(short)
    return entities
