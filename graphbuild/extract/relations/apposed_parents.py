"""The company an apposition describes by its parent, owner or incubator: "PT A (A), anak usaha PT B, …",
"PT A, perusahaan rintisan binaan Universitas B, …", "PT A, a Jakarta-listed subsidiary of PT B, is …".

Why: the body named inside the commas only says whose A is; the sentence's verb (a launch, a seat, a certificate,
a signing) is A's. Makers, places, certificates and "kedua perusahaan" all ask the same question of a mention, so
they ask it here, with one list of describing words.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import M, View

# from the end of A (past its bracketed short name) to B: ", (yang merupakan) anak usaha emiten rumah sakit PT "
_PARENT_APPOS = re.compile(
    r"^\.?\)?\s*(?:\([^()]*\)\s*)?,\s*(?:(?:yang\s+(?:merupakan|adalah)|which\s+is)\s+)?(?:(?:a|an|the|sebuah|salah\s+satu)\s+)?"
    r"(?:[\w-]+\s+){0,5}?"
    r"(?:anak\s+(?:usaha|perusahaan)|unit\s+usaha|bagian\s+dari|binaan|asuhan|inkubasi|bentukan|milik|mitra"
    r"|spin-?off(?:\s+(?:of|dari))?|subsidiary(?:\s+of)?|(?:unit|arm)\s+of|incubated\s+(?:by|at)|backed\s+by|owned\s+by)\s+"
    r"(?:(?:of|dari)\s+)?(?:the\s+)?(?:[\w-]+-(?:listed|based)\s+)?(?:(?:[a-z][\w-]*|BUMN)\s+){0,4}?(?:PT\.?\s+)?$",
    re.I)
_CLOSES = re.compile(r"\.?\)?\s*(?:\([^()]*\)\s*)?,")


def apposition_child(v: View, m: M) -> M | None:
    """The organisation named just before ``m`` whose comma-closed apposition names ``m`` as its parent or owner."""
    prev = v.prev_mention(m)
    if prev is None or prev.type != "Organization" or m.type != "Organization" or prev.ent is m.ent:
        return None
    if _PARENT_APPOS.match(v.masked[prev.end : m.start]) and _CLOSES.match(v.masked, m.end):
        return prev
    return None
