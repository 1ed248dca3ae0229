"""REVOKED from a list a passive sanction opens with a colon, the pointer word before the verb.

"Izin edar tiga produk berikut dicabut:", "Sertifikat CDOB dua distributor dibekukan selama enam bulan:",
"The marketing authorisations of the following products were revoked:" and one product or firm opening each
bulleted or numbered item after ("- **Oksimeter jari A** (AKL) — …", "1. **PT X**, Medan — …"). The intro names no
agent: the regulator of the story revokes. :mod:`.revoked_lists` reads the intro whose pointer follows the verb
("… dicabut adalah:"); this reads the one where it comes first.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View
from graphbuild.types import Entity

# the pointer before the verb: "berikut", a count ("tiga produk", "dua distributor"), "the following", "these"
_POINTER = re.compile(r"\b(?:berikut(?:\s+ini)?|tersebut|di\s+bawah\s+ini|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
                      r"sepuluh|\d{1,2}|following|these|two|three|four|five|six|seven|eight|nine|ten|below)\b", re.I)
# what follows the verb up to the colon: an adjunct of time or reason, never another clause ("dicabut karena:" is a reason)
_TAIL = re.compile(r"(?:\s+(?:(?:selama|sementara|untuk|hingga|sampai|sejak|mulai|efektif|per|pada|temporarily|"
                   r"for|until|from|effective|with\s+immediate\s+effect)\b[^\u2588:;.,]{0,40}?))?\s*(?:sebagai\s+berikut|as\s+follows)?"
                   r"\s*:\s*$", re.I)
_KIND_WORDS = re.compile(r"\W*(?:(?:\d{1,2}[.)]|[-*\u2022])\s*)?\W*(?:[A-Za-z][\w-]*\s+){0,3}?\W*")  # "- **Oksimeter jari " before the name
_ITEM = re.compile(r"\s*(?:\d{1,2}[.)]|[-*\u2022])\s")
_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")


def colon_intro(v: View, start: int, end: int) -> bool:
    """Whether the passive cue at ``start``–``end`` opens a list: a pointer before it, a colon closing the sentence."""
    return bool(_TAIL.fullmatch(v.masked, end)) and bool(_POINTER.search(v.masked, max(0, start - 80), start)) \
        and not v.after(end)


def _items(ctx: Context, j: int) -> list[tuple[View, M]]:
    """The product or company opening each bulleted or numbered item from sentence ``j`` on."""
    out: list[tuple[View, M]] = []
    numbered = False  # "1." split off as a sentence of its own: the item is the next one
    for w in ctx.views[j : j + 25]:
        if _NUMBER.fullmatch(w.text):
            numbered = True
            continue
        if not (numbered or _ITEM.match(w.text)):
            break
        numbered = False
        m = w.mentions[0] if w.mentions else None
        if m is None or not (m.type == "Product" or (m.type == "Organization" and m.ent.category == "company")) \
                or not _KIND_WORDS.fullmatch(w.masked[: m.start]):
            break
        out.append((w, m))
    return out


def listed(ctx: Context, v: View, reg: Entity, what: str | None) -> None:
    """Each item under the intro ``v`` loses its permit or certificate to ``reg`` (to its body, for a unit of one:
    "Kementerian Kesehatan melalui Direktorat X" told before)."""
    reg = next((ctx.by_id[r.tail] for r in ctx.has("PART_OF") if r.head == reg.id and r.tail in ctx.by_id), reg)
    for w, m in _items(ctx, v.index + 1):
        if m.ent.id != reg.id:
            ctx.emit("REVOKED", reg, m.ent, w, 0.6, what=what)
