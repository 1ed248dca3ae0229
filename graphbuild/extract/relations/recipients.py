"""Who a certificate handover lists: "kepada PT A, PT B dan PT C", "A Cabang Surabaya, B, dan C", and the
recipients a next sentence adds ("Beberapa di antaranya ialah A, B, dan C").

Split out of ``regulatory`` to keep it short.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch

HOLDERS = ("Organization", "Facility")


# "A Cabang Surabaya, B, dan C"; "A yang berkantor di Sidoarjo, B dari Malang, serta C": an item's seat goes with it
_ITEM_GAP = re.compile(r"(?:[\s,\u2588]|\b(?:dan|serta|and|Cabang|Branch|dari|di|asal|yang|berkantor|berlokasi|berada|"
                       r"berbasis|bermarkas|pusat|from|in|based)\b)*", re.I)


_AT_END = re.compile(r"\b(?:di|at|in)\s+(?:the\s+)?$", re.I)


def listed(v: View, holders: list[M]) -> list[M]:
    """The holders coordinated from the first one on."""
    out = [holders[0]]
    for m in holders[1:]:
        gap = v.masked[out[-1].end : m.start]
        if not _ITEM_GAP.fullmatch(gap) or m.type == "Facility" and _AT_END.search(gap):
            break  # "kepada PT A di Gedung X": the place of the handover
        out.append(m)
    return out


# "… kepada Koperasi X dan 13 UMKM anggotanya. Beberapa di antaranya ialah A, B, dan C": more of the same recipients
_AMONG_THEM = re.compile(r"^\W*(?:(?:beberapa|sebagian|dua|tiga|empat|lima)\s+)?(?:di\s+antaranya|(?:some|several|two|three)\s+of\s+them)"
                         r"\s*,?\s*(?:ialah|adalah|yaitu|yakni|are|were|include[sd]?)?\s*:?\s*(?:PT\.?\s*)?", re.I)


watch(_AMONG_THEM)


def among_them(ctx: Context) -> None:
    for w in ctx.views[1:]:
        if not w.mentions or w.mentions[0].type != "Organization" or not w.may(_AMONG_THEM) or (hit := _AMONG_THEM.match(w.masked)) is None \
                or w.masked[hit.end() : w.mentions[0].start].strip():
            continue
        said = " ".join(ctx.views[w.index - 1].text.split())
        for r in [r for r in ctx.typed("CERTIFIED") if r.evidence == said][:1]:
            for m in listed(w, [x for x in w.mentions if x.type in HOLDERS]):
                ctx.emit("CERTIFIED", ctx.by_id[r.head], m.ent, w, 0.65, standard=r.properties.get("standard"))
