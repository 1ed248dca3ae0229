"""MEMBER_OF from a body's members listed as bullets, and from "all members are also members of B".

"Konsorsium beranggotakan:" / "Asosiasi X terdiri atas:" / "The consortium's members are:" then one item per
member ("- PT A (Sleman)"), and later "Seluruh anggota juga terdaftar sebagai anggota B" / "All members are
also members of B". Why: a founding or profile story lists a consortium's or association's members in a
bulleted list under a line naming the body, not in a sentence; :mod:`.membership` reads members named inline.
The body is the organisation named before the cue, or, for "Konsorsium …" with no name, the one body of that
kind the story has named (by the kind word in its name).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.handovers import past_heading
from graphbuild.extract.relations.registration import bullets
from graphbuild.types import Entity

_KINDS = r"konsorsium|asosiasi|gabungan|perhimpunan|himpunan|ikatan|aliansi|jaringan|forum|consortium|association|alliance|network"
# "Konsorsium (tersebut) beranggotakan:", "KJHM kini beranggotakan:", "The consortium's members are:" — the line ends at its colon
_LISTS = re.compile(
    rf"(?:(?P<kind>{_KINDS})(?:\s+(?:tersebut|itu|ini))?|(?P<named>\u2588+)\s*(?:\([^()]*\)\s*)?)"
    r"[\s,]*(?:(?:yang|kini|saat\s+ini|juga|resmi|now|currently)\s+)*"
    r"(?:beranggotakan|anggotanya\s+(?:terdiri\s+(?:atas|dari)|adalah|yaitu|meliputi)|terdiri\s+(?:atas|dari)"
    r"|['\u2019]s\s+members\s+(?:are|include)|members\s+(?:are|include)|comprises|consists\s+of)"
    r"(?:\s+(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+(?:anggota|perusahaan|produsen|lembaga|institusi|organisasi|members|companies|institutions|organi[sz]ations))?\s*:\s*$",
    re.I,
)
watch(_LISTS)
# "Seluruh anggota (konsorsium) juga terdaftar sebagai anggota B", "All (its) members are also members of B"
_ALL_ALSO = re.compile(
    rf"\b(?:seluruh|semua|all)\s+(?:(?:its|their|the)\s+)?(?:anggota|members)(?:nya)?(?:\s+(?:{_KINDS})(?:\s+(?:tersebut|itu|ini))?)?"
    r"\s+(?:(?:juga|pun|telah|sudah|also|are\s+also|are)\s+)*"
    r"(?:terdaftar\s+sebagai|tercatat\s+sebagai|merupakan|menjadi|members\s+of|belong\s+to)\s+(?:anggota\s+)?(?:(?:of\s+)?the\s+)?(?=\u2588)",
    re.I,
)
watch(_ALL_ALSO)
_REACH = 12  # sentences after the list in which "all members" still means its members


def find(ctx: Context) -> None:
    for v in ctx.where(_LISTS, every=True):
        c = _LISTS.search(v.masked)
        if c is None or any(m.type == "Organization" for m in v.after(c.end())):
            continue  # the members named in the line itself: :mod:`.membership`
        body = _body(ctx, v, c)
        if body is None:
            continue
        items = bullets(ctx, past_heading(ctx, v.index + 1), ("Organization",))
        members = [m.ent for _, m in items if m.ent is not body]
        if len(members) < 2:
            continue
        for w, m in items:
            if m.ent is not body:
                ctx.emit("MEMBER_OF", m.ent, body, w, 0.7)
        last = items[-1][0].index
        for w in ctx.views[last + 1 : last + 1 + _REACH]:
            if w.mentions and _ALL_ALSO.search(w.masked):
                _also(ctx, w, members, body)


def _body(ctx: Context, v: View, c: re.Match[str]) -> Entity | None:
    """The body whose members are listed: the one named before the cue, else the story's one body of that kind."""
    if c.group("named"):
        at = c.start("named")
        m = next((x for x in v.mentions if x.start <= at < x.end), None)
        return m.ent if m is not None and m.type == "Organization" else None
    kind = c.group("kind").lower()
    seen = [e for e in ctx.entities if e.type == "Organization" and re.search(rf"\b{kind}\b", e.name, re.I)]
    return seen[0] if len(seen) == 1 else None


def _also(ctx: Context, w: View, members: list[Entity], body: Entity) -> None:
    for c in w.cues(_ALL_ALSO):
        other = next(iter(w.after(c.end())), None)
        if other is None or other.type != "Organization" or other.ent is body or other.start - c.end() > 2:
            continue
        for e in members:
            ctx.emit("MEMBER_OF", e, other.ent, w, 0.65)
