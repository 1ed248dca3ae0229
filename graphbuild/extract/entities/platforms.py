"""Online marketplaces named as examples of their class: "pengelola lokapasar, antara lain A dan B", "Tiga platform
dengan tautan terbanyak adalah A, B, dan C", "Perwakilan lokapasar: A dan B", "marketplaces such as A and B".

Why: takedown and MoU stories name the marketplaces that sell illegal medicines, and a marketplace's name is a
coined word ("Belanjain") or ordinary capitalised words ("Lapak Kilat") that no other rule reads as an organisation.
The class noun (lokapasar, platform, marketplace, e-commerce) before an example word or a colon says that every
capitalised item of the list that follows is a company. The lexicon already holds the large real marketplaces.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

_CLASS = frozenset({"lokapasar", "marketplace", "marketplaces", "e-commerce", "platform", "platforms", "e-marketplace",
                    "lokapasar-lokapasar", "platform-platform"})
_OPENERS = frozenset({"adalah", "yaitu", "yakni", "ialah", "meliputi", "termasuk", "seperti", "lain", "antaranya",
                      "including", "namely", "as", "are", "include", ":"})
_LEAD = {"lain": "antara", "antaranya": "di", "as": "such"}
_SEP = frozenset({",", "dan", "serta", "and", "&"})
_END = frozenset({",", ".", ";", ")", "(", "untuk", "yang", "for", "to", "which", "that", "dengan", "with", "juga",
                  "akan", "telah", "sudah", "masih", "di", "pada", "in", "on"})
# nouns of other lists a platform sentence may give ("menyaring kata kunci, termasuk A dan B")
_OTHER = frozenset({"produk", "obat", "products", "produk-produk", "jenis", "kategori", "fitur", "media", "kunci", "kata",
                    "keyword", "keywords", "merek", "brand", "brands", "iklan", "ads", "drugs", "medicines", "items"})
_REACH = 12
_MAX = 4


def find(ctx: Ctx) -> None:
    t = ctx.t
    if not t.where(_CLASS, lower=True):  # the gate: no marketplace noun, nothing to do
        return
    for k in t.where(_OPENERS, lower=True):
        lead = _LEAD.get(t.lower[k])
        if lead is not None and (k == 0 or t.lower[k - 1] != lead):
            continue
        if not _classed(t, k):
            continue
        for a, b in _items(t, k + 1):
            if ctx.free(a, b) and not any(t.masked[a:b]):
                ctx.add(a, b, "Organization", "company", "cue")


def _classed(t: object, k: int) -> bool:
    """A marketplace noun in the few words before the opener, in the same sentence (and no other list's noun
    nearer: "platform … untuk produk seperti A dan B" lists products)."""
    words, lower, nl = t.words, t.lower, t.newline_before  # type: ignore[attr-defined]
    for j in range(k - 1, max(-1, k - _REACH), -1):
        if words[j] in (".", "!", "?", ";", ":") or (nl[j + 1] if j + 1 < k else False):
            return False
        if lower[j] in _CLASS:
            return True
        if lower[j] in _OTHER:
            return False
    return False


def _items(t: object, pos: int) -> list[tuple[int, int]]:
    """The capitalised items of a list at ``pos``, each of at most four words, set apart by commas and "dan"/"and";
    the list must end where a clause goes on or the line ends."""
    words, nl = t.words, t.newline_before  # type: ignore[attr-defined]
    n = len(words)
    items: list[tuple[int, int]] = []
    while pos < n and not nl[pos]:
        while pos < n and words[pos] in _SEP and not nl[pos]:
            pos += 1
        b = pos
        while b < n and b - pos < _MAX and words[b][:1].isupper() and not nl[b]:
            b += 1
        if b == pos:  # "…, antara lain A dan B, untuk …": a comma closed the list
            return items
        if b < n and not nl[b] and words[b] not in _SEP and words[b].lower() not in _END:
            return []
        items.append((pos, b))
        if b >= n or nl[b] or words[b] not in _SEP:
            break
        pos = b
    return items
