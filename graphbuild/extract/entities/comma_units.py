"""Government units whose name lists their fields with commas: "Direktorat Pengawasan Keamanan, Mutu, dan Ekspor
Impor Obat", "Direktorat Standardisasi Obat Tradisional, Suplemen Kesehatan, dan Kosmetik".

Why: the name rules stop at the first comma, so such a unit came out as "Direktorat Pengawasan Keamanan" and the
facts of the whole name went to a fragment. A unit head's name runs on through a list of capitalised fields
closed by "dan"/"serta"/"&" before a last field; an item that opens with an institution's head word ("Direktorat
B, Direktorat C dan …") is a list of units, not one name.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_acronym, is_cap

_HEADS = frozenset({"Direktorat", "Subdirektorat", "Deputi", "Pusat", "Biro", "Kedeputian"})
# words that open the name of another body: "Direktorat A, Direktorat B dan Badan C" lists three
_OPENERS = frozenset({"Direktorat", "Subdirektorat", "Deputi", "Pusat", "Biro", "Kedeputian", "Badan", "Balai",
                      "Kementerian", "Kemenkes", "Dinas", "PT", "CV", "Universitas", "Rumah", "Lembaga", "Komisi",
                      "Direktur", "Kepala", "Sekretariat", "Inspektorat", "Loka", "Kantor", "Ditjen", "Dirjen"})
_AND = frozenset({"dan", "serta", "&"})
_ITEM = 4  # words of one field at most


def _field(ctx: Ctx, k: int) -> int:
    """End of a field of capitalised words at ``k`` ("Mutu", "Ekspor Impor Obat"); ``k`` when none."""
    t = ctx.t
    n = len(t.words)
    e = k
    while e < n and e - k < _ITEM and is_cap(t.words[e]) and not is_acronym(t.words[e]) and not t.newline_before[e] \
            and not t.masked[e] and ctx.type_at(e) in (None, "Organization") and t.words[e] not in _OPENERS:
        e += 1
    return e


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for k in t.where(_HEADS):
        m = ctx.owner[k]
        if m < 0 or ctx.mentions[m] is None or ctx.mentions[m].type != "Organization" or ctx.spans[m][0] != k:  # type: ignore[union-attr]
            continue
        j = ctx.spans[m][1]
        if j + 1 >= n or t.words[j] != "," or j - k < 2:
            continue
        e, closed = j, False
        while e + 1 < n and t.words[e] == "," and not closed:
            a = e + 1
            if t.words[a] in _AND:  # ", dan Ekspor Impor Obat"
                a += 1
                closed = True
            f = _field(ctx, a)
            if f == a:
                break
            e = f
        if not closed and e < n - 1 and t.words[e] in _AND and e > j:  # "…, Suplemen Kesehatan dan Kosmetik"
            f = _field(ctx, e + 1)
            if f > e + 1:
                e, closed = f, True
        if not closed:
            continue  # "Direktorat X, Kementerian Y": an apposition, not a field list
        if any(ctx.owner[x] >= 0 and ctx.owner[x] != m for x in range(j, e)):
            continue  # another name already holds a field
        cat = ctx.mentions[m].category  # type: ignore[union-attr]
        ctx.drop(m)
        if ctx.add(k, e, "Organization", cat, "cue") < 0:
            ctx.add(k, j, "Organization", cat, "cue")
