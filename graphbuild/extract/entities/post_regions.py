"""A world region a post covers, told between the title and the company: no part of the company's name.

"Managing Director Asia Pacific Veldhoven Pharma, X", "Head of Southeast Asia Helvion Pharma", "Direktur Asia-Pasifik
Orbis Pharma": the region qualifies the post (the holder's remit), so the company's name starts after it, and the region is no place the article is about (no mention of its own).
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

# world regions a regional post covers (either language; hyphenated and spaced forms)
REGIONS = frozenset(n.casefold() for n in (
    "Asia", "Asia Pacific", "Asia-Pacific", "Asia Pasifik", "Asia-Pasifik", "Southeast Asia", "South East Asia",
    "Asia Tenggara", "Asia Timur", "East Asia", "Asia Selatan", "South Asia", "APAC", "EMEA", "Eropa", "Europe",
    "Timur Tengah", "Middle East", "Amerika Latin", "Latin America", "ASEAN", "Indo-Pasifik", "Indo-Pacific"))
# words that close a post's title right before the region ("Managing Director", "Head of", "Wakil Presiden")
_POSTS = frozenset({"Direktur", "Director", "Manajer", "Manager", "Head", "Kepala", "President", "Presiden", "Officer",
                    "Chief", "Lead", "Leader", "Representative", "Perwakilan", "Wakil", "Vice", "General", "GM", "CEO",
                    "VP", "Chairman", "Ketua"})


def start_after(ctx: Ctx, i: int, j: int) -> int:
    """Where a company's name read back from its suffix at ``j`` starts when it opens (at ``i``) with a world region
    right after a post's title: after the region; else ``i``."""
    t = ctx.t
    if i == 0 or ctx.type_at(i) != "Location":
        return i
    a, b = ctx.spans[ctx.owner[i]]
    if a != i or b >= j or " ".join(t.words[a:b]).casefold() not in REGIONS:
        return i
    k = i - 1
    if t.words[k] in ("of", "for", "untuk") and k > 0:
        k -= 1  # "Head of Asia Pacific X"
    if t.words[k] not in _POSTS:
        return i
    ctx.drop(ctx.owner[i])  # the post's remit, no place the text is about
    return b
