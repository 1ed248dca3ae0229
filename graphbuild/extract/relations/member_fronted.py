"""MEMBER_OF told by a fronted clause: "Sebagai anggota PIC/S sejak 2012, Badan POM …", "As a member of
the ICH, BPOM …", "Sebagai negara anggota ASEAN, Indonesia …".

Why: the member is the subject after the comma, not a name next to "anggota", so the verb-led rules of
``membership`` never pair them.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch

_AS_MEMBER = re.compile(r"\b(?:sebagai|as)\s+(?:(?:salah\s+satu|one\s+of\s+the|a|an)\s+)?(?:(?:negara|lembaga|countries|country)\s+)?"
                        r"(?:anggota|members?\s+(?:of|state\s+of|country\s+of)(?:\s+the)?|member\s+(?:states?|countries)\s+of(?:\s+the)?)\s+$",
                        re.I)
# the body's bracketed long form, a since-year, then the comma before the subject
_THEN_SUBJECT = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:(?:sejak|since|pada|in)\s+(?:tahun\s+)?\d{4}\s*)?,\s*(?:the\s+)?$", re.I)
watch(_AS_MEMBER)
CUE = _AS_MEMBER  # what ``find`` gates on (``membership.CUES`` lists it)


def find(ctx: Context, v: View) -> None:
    if not v.may(_AS_MEMBER):
        return
    for m in v.mentions:
        if m.type != "Organization" or m.role is not None or not _AS_MEMBER.search(v.masked[max(0, m.start - 60) : m.start]):
            continue
        subj = v.next_mention(m)
        if subj is not None and subj.type in ("Organization", "Location") and subj.role is None \
                and _THEN_SUBJECT.match(v.gap((m.gloss or m).end, subj.start).removeprefix(")")):
            ctx.emit("MEMBER_OF", subj.ent, m.ent, v, 0.7)
