"""SUBSIDIARY_OF told as a second predicate after the company's seat, and a company's corporate group.

"X is a biopharmaceutical company headquartered in Bekasi, Indonesia, and a subsidiary of Y", "X adalah
perusahaan farmasi yang berkantor pusat di Surabaya dan merupakan anak usaha Y": the subsidiary rule in
``corporate`` reads the name right before its cue, and here the seat's places stand between.
"X, a member of the Y Group", "X merupakan bagian dari Grup Y" with the group word inside the group's name: a
company's group is its parent (an association's members are MEMBER_OF, read in ``membership``).
``corporate`` calls :func:`seated` from its subsidiary rule and runs :func:`group_member` with its cued rules.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.types import Entity

# the subject's description, its seat (places only) and the second predicate up to the subsidiary cue
_SEATED = re.compile(
    r"(?:\s*\([^()]*\))?\s*,?\s*(?:is|was|adalah|merupakan|ialah)\s+(?:(?:a|an|sebuah|one\s+of\s+the|salah\s+satu)\s+)?"
    r"[^\u2588.;:]{0,60}?\b(?:headquartered|based|located|berkantor(?:\s+pusat)?|berbasis|berlokasi|bermarkas|berkedudukan)"
    r"\s+(?:in|di)\s+\u2588+(?:\s*,\s*\u2588+){0,3}\s*,?\s*(?:and|dan|serta|sekaligus)\s+"
    r"(?:(?:is|merupakan|adalah|juga|also)\s+)*(?:(?:a|an|the|salah\s+satu)\s+)?(?:[a-z-]+\s+){0,2}",
    re.I,
)
# "a member of the", "bagian dari", "part of": the group's name follows at once
MEMBER = re.compile(r"\b(?:member\s+of|bagian\s+dari|part\s+of)\s+(?:the\s+)?(?=\u2588)", re.I)
watch(MEMBER)
# a corporate group by its name: "Helvetia Life Sciences Group", "Grup Prima Nusantara", "Kelompok Usaha X"
_GROUP_NAME = re.compile(r"\b(?:Group|Grup|Holdings?)$|^(?:PT\s+)?(?:Grup|Group|Kelompok\s+Usaha)\b")
# "X, a member of", "X merupakan bagian dari", "X is also part of"
_DIRECT = re.compile(r"\.?(?:\s*\([^()]*\))?\s*,?\s*(?:(?:yang|which\s+is|is|was|merupakan|adalah|ialah|juga|kini|now|also|"
                     r"itself|sendiri|a|an|sebuah|salah\s+satu)\s+)*", re.I)


def _child_before(v: View, start: int) -> M | None:
    """The company whose description and seat run from its name up to ``start``."""
    for m in v.before(start):
        if m.type == "Organization":
            if m.role is None and m.start not in v.role_orgs and _SEATED.fullmatch(v.masked, m.end, start):
                return m
            return None
        if m.type != "Location":
            return None
    return None


def seated(ctx: Context, v: View, start: int, parent: Entity) -> bool:
    """"X is a … company headquartered in P, C, and a subsidiary of Y": X's parent is Y."""
    child = _child_before(v, start)
    if child is None or child.ent is parent:
        return False
    return ctx.emit("SUBSIDIARY_OF", child.ent, parent, v, 0.75)


def group_member(ctx: Context, v: View) -> None:
    """"X, a member of the Y Group" / "X merupakan bagian dari Kelompok Usaha Y": a company in its corporate group."""
    for c in v.cues(MEMBER):
        parent = next((m for m in v.after(c.end()) if m.start == c.end()), None)
        if parent is None or parent.type != "Organization" or parent.ent.category != "company" \
                or not _GROUP_NAME.search(parent.ent.name):
            continue
        child = _child_before(v, c.start())
        if child is None:
            before = next((m for m in v.before(c.start()) if m.type == "Organization"), None)
            if before is None or before.role is not None or not _DIRECT.fullmatch(v.masked, before.end, c.start()):
                continue
            child = before
        if child.ent.category == "company" and child.ent is not parent.ent:
            ctx.emit("SUBSIDIARY_OF", child.ent, parent.ent, v, 0.75)
