"""Where a named agreement or event really ends (or starts) when the cue-led run stopped short of it.

- the parties joined by a dash: "Perjanjian Distribusi Eksklusif Garuda–Mitra Niaga Sehat";
- a manner phrase in title case: "Nota Kesepahaman tentang Pengawasan Obat secara Daring";
- a second field after "dan" that looks like a verb by its -kan ending: "Perjanjian Distribusi dan Pasokan Eksklusif";
- an English list of fields opened before a comma: "License, Supply and Technology Transfer Agreement";
- an event for an audience across a region: "Sosialisasi Penerapan CDOB bagi Pedagang Besar Farmasi se-Jawa Barat".

Only agreement and event mentions already found are looked at, so a text without one costs nothing.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_acronym, is_cap

_DASHES = frozenset({"\u2013", "-", "\u2014"})
_AND = frozenset({"dan", "serta"})
_EN_AND = frozenset({"and", "&"})
_DEAL_HEADS = frozenset({"Perjanjian", "Nota", "Kesepakatan", "Kontrak", "Memorandum"})
_MAX_TAIL = 4
_MOU_HEADS = frozenset({"MoU", "MOU", "PKS", "LoI", "LOI", "Perjanjian", "Nota", "Kesepakatan", "Kontrak", "Memorandum"})
_EN_HEADS = frozenset({"Agreement", "MoU", "MOU", "Understanding", "Contract"})
_DEAL_WORDS = frozenset({"MoU", "MOU", "Agreement", "Perjanjian", "Nota", "Kesepakatan", "Kontrak", "Memorandum"})


_TYPES = frozenset({"Agreement", "Event"})


def find(ctx: Ctx) -> None:
    if not any(x is not None and x.type in _TYPES for x in ctx.mentions):
        return
    for m in range(len(ctx.mentions)):
        x = ctx.mentions[m]
        if x is None or x.type not in _TYPES or x.source == "lexicon":
            continue
        i, j = ctx.spans[m]
        if x.type == "Event":
            e = _region_tail(ctx, j)
            if e > j:
                ctx.add(i, e, "Event", x.category, x.source)
            continue
        j2 = _tail(ctx, i, j)
        i2 = _listed_start(ctx, i, j)
        if (i2, j2) != (i, j):
            ctx.add(i2, j2, "Agreement", None, "cue")


def _free_caps(ctx: Ctx, k: int, limit: int) -> int:
    """End of the free capitalised words from ``k`` (at most ``limit``), no acronym or owned token among them."""
    t = ctx.t
    n = len(t.words)
    e = k
    while e < n and e - k < limit and is_cap(t.words[e]) and ctx.owner[e] < 0 and not t.masked[e] \
            and not t.newline_before[e] and not is_acronym(t.words[e]) and t.words[e] not in t.cue.legal_forms:
        e += 1
    return e


def _party(ctx: Ctx, k: int, limit: int = _MAX_TAIL) -> int:
    """End of a party's name from ``k``: free capitalised words or acronyms ("Rheinberg", "BPI"), or one whole
    organisation mention that starts there ("BfArM", "Tsubasa Medical")."""
    t = ctx.t
    n = len(t.words)
    if k < n and ctx.owner[k] >= 0:
        a, b = ctx.spans[ctx.owner[k]]
        return b if a == k and b - k <= limit and ctx.type_at(k) == "Organization" else k
    e = k
    while e < n and e - k < limit and is_cap(t.words[e]) and ctx.owner[e] < 0 and not t.masked[e] \
            and not t.newline_before[e] and t.words[e] not in t.cue.legal_forms and t.words[e] not in _DEAL_WORDS:
        e += 1
    return e


def _closed(t, e: int) -> bool:  # type: ignore[no-untyped-def]
    """The name stops at ``e``: end of text, punctuation, a line break or a lower-case word."""
    return e >= len(t.words) or t.newline_before[e] or not t.words[e][:1].isalnum() or t.words[e][:1].islower()


def _tail(ctx: Ctx, i: int, j: int) -> int:
    t = ctx.t
    n = len(t.words)
    w = t.words
    if j + 1 >= n or t.newline_before[j]:
        return j
    if w[j] in _DASHES and t.starts[j] == t.ends[j - 1] and t.ends[j] == t.starts[j + 1] and w[i] in _DEAL_HEADS:
        e = _free_caps(ctx, j + 1, _MAX_TAIL)  # "… Eksklusif Garuda–Mitra Niaga Sehat": the second party
        if e > j + 1 and _closed(t, e):
            return e
    if w[j] in _DASHES and t.starts[j] == t.ends[j - 1] and t.ends[j] == t.starts[j + 1] and w[i] in _MOU_HEADS:
        e = _party(ctx, j + 1)  # "MoU Cahaya Lestari–Rheinberg", "MoU BPOM–BfArM": the second party
        return e if e > j + 1 and _closed(t, e) else j
    if w[j - 1] in _EN_HEADS and j + 3 < n and w[j + 1] in _DASHES and t.starts[j + 1] == t.ends[j] \
            and t.ends[j + 1] == t.starts[j + 2] and not t.newline_before[j + 2] and _party(ctx, j, 1) == j + 1:
        e = _party(ctx, j + 2)  # "Joint Venture Agreement KDI–Tsubasa": the parties after the English head
        return e if e > j + 2 and _closed(t, e) else j
    if w[j] == "secara" and "tentang" in w[i:j] and j + 1 < n and is_cap(w[j + 1]) and ctx.owner[j + 1] < 0:
        e = _free_caps(ctx, j + 1, 2)  # "… tentang Pengawasan … secara Daring": the topic's manner
        return e if _closed(t, e) else j
    if w[j] in _AND and w[i] in _DEAL_HEADS and j - i <= 4 and "tentang" not in w[i:j]:
        e = _free_caps(ctx, j + 1, 3)  # "Perjanjian Distribusi dan Pasokan Eksklusif": a second field
        if e > j + 1 and _closed(t, e) and t.cue.verb_like(w[j + 1]) and w[j + 1].lower().endswith("an") \
                and not t.match_phrase(j + 1, t.cue.org_prefix_phrases):
            return e
    return j


def _listed_start(ctx: Ctx, i: int, j: int) -> int:
    """"License, Supply and Technology Transfer Agreement": the fields before the comma belong to the name when
    the run after it closes its list with "and"."""
    t = ctx.t
    w = t.words
    if i < 2 or w[i - 1] != "," or not any(x in _EN_AND for x in w[i:j]) or w[j - 1] in _DEAL_HEADS:
        return i
    k = i
    while k >= 2 and w[k - 1] == "," and is_cap(w[k - 2]) and ctx.owner[k - 2] < 0 and not t.masked[k - 2] \
            and not t.newline_before[k - 1] and not is_acronym(w[k - 2]) and (k - 3 < 0 or not is_cap(w[k - 3])):
        k -= 2  # one word per field: "Development, Manufacturing and Supply Agreement"
    return k


def _region_tail(ctx: Ctx, j: int) -> int:
    """"… bagi Pedagang Besar Farmasi se-Jawa Barat": "se-<Region>" (across the region) closes the event's name."""
    t = ctx.t
    w = t.words
    if j >= len(w) or t.newline_before[j] or not w[j].startswith("se-") or len(w[j]) < 5 or not w[j][3].isupper():
        return j
    e = j + 1
    while e < len(w) and e - j < 3 and is_cap(w[e]) and not t.newline_before[e] and not t.masked[e] \
            and (ctx.owner[e] < 0 or ctx.type_at(e) == "Location"):
        e += 1  # "se-Jawa Barat", "se-Kota Bandung"
    return e if _closed(t, e) else j
