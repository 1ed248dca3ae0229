"""Regional offices named by their parent and region: "Kantor Wilayah Direktorat Jenderal Bea dan Cukai
Kalimantan Bagian Barat", "Kantor Regional BPJS Kesehatan Jawa Barat".

Such an office is one body (the head of it holds a post there), not "Kantor Wilayah" beside a parent whose
name took the region; the parent, a lexicon body, stays an entity of its own nested in the office's name, so
the office can be told PART_OF it.
"""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.scan import nameish

_KINDS = frozenset({"Wilayah", "Regional"})  # "Kantor Wilayah", "Kantor Regional"


def extend(ctx: Ctx, k: int, e: int) -> tuple[int, int]:
    """End of the office's name opening at token k ("Kantor") whose run stopped at e, and the parent's
    mention nested in it; (e, -1) when tokens k.. are no such office."""
    t = ctx.t
    n = len(t)
    s = k + 1
    if e != s + 1 or t.words[s] not in _KINDS or e >= n or t.newline_before[e]:
        return e, -1
    m = ctx.owner[e]
    x = ctx.mentions[m] if m >= 0 else None
    if x is None or x.type != "Organization" or x.source not in ("lexicon", "acronym") or ctx.spans[m][0] != e:
        return e, -1
    b = ctx.spans[m][1]
    r = b
    while r < n and r - b < 4 and not t.newline_before[r] and nameish(ctx, r) and ctx.type_at(r) in (None, "Location"):
        r += 1  # the region: "Kalimantan Bagian Barat", "Jawa Timur I", "DKI Jakarta"
    if r == b:
        return e, -1  # "Kantor Wilayah BPOM": no region named, the parent's premises or an unnamed office
    return _areas(ctx, r), m


def _areas(ctx: Ctx, r: int) -> int:
    """Past a list of further regions the office covers ("… Bea dan Cukai Bali, NTB dan NTT"): places after
    commas, the last after "dan"; r when the list does not close so."""
    t = ctx.t
    n = len(t)
    q, commas = r, 0
    while q + 1 < n and t.words[q] in (",", "dan", "and") and not t.newline_before[q + 1] and ctx.type_at(q + 1) == "Location" \
            and ctx.spans[ctx.owner[q + 1]][0] == q + 1:
        last = t.words[q]
        commas += last == ","
        q = ctx.spans[ctx.owner[q + 1]][1]
        if last in ("dan", "and"):
            return q if commas else r
    return r


_SEATED = re.compile(r"^(?P<office>.+?) di (?:(?P<admin>Kabupaten|Kota) )?(?P<seat>.+)$")


def same_seats(ctx: Ctx) -> None:
    """"Loka POM di Kabupaten Banyumas … petugas Loka POM Banyumas": an office's seat written once with its
    admin word and once without is one office; the bare form takes the full name (not when both a Kota and
    a Kabupaten of that name are written: two places)."""
    full: dict[tuple[str, str], set[str]] = {}
    seated = []
    for x in ctx.mentions:
        m = _SEATED.match(x.canonical) if x is not None and x.type == "Organization" and x.canonical else None
        if m is not None:
            seated.append((x, m))
            if m.group("admin"):
                full.setdefault((m.group("office"), m.group("seat")), set()).add(x.canonical)  # type: ignore[arg-type]
    for x, m in seated if full else ():
        names = full.get((m.group("office"), m.group("seat")))
        if not m.group("admin") and names is not None and len(names) == 1:
            x.canonical = next(iter(names))  # type: ignore[union-attr]
