"""HOLDS_POSITION in the unit an appointment or a bare title names: "X dilantik untuk memimpin Direktorat A",
"X dilantik sebagai Direktur Industri Kimia Hilir dan Farmasi", "Jabatan Kepala BBPOM di Medan dipercayakan
kepada Y", "Kepala Biro Hukum dan Organisasi kini dijabat Z", "Direktur Registrasi Obat, W, menjelaskan …".

Why: reports of a swearing-in and rosters of speakers give a government post without its parent body; the post
names the unit held ("Direktur Registrasi Obat" heads "Direktorat Registrasi Obat", named elsewhere in the story)
or the unit stands between the post and a passive verb whose agent is the holder ("… dijabat/diemban/dipercayakan
kepada Y"). :mod:`.positions` reads a post only with its body after it, :mod:`.appointments` only a bare post and
the meeting's company. A former post ("mantan …", "sebelumnya menjabat …") is not told by these phrasings.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import MASK, Context, CueGroup, M, View, watch
from graphbuild.extract.relations.title_bodies import headed_unit

# a head's post (not a member's): the unit it heads is named by the words after it
_TITLE = r"(?P<title>(?:(?:Plt\.?|Plh\.?|Wakil|Pelaksana\s+Tugas)\s+)?(?:Direktur\s+Jenderal|Direktur|Kepala|Deputi|Sekretaris|Inspektur))"
# the unit's field: capitalised words, conjunctions and commas between them (masked text: a name is no field word)
_FIELD = r"(?P<field>(?:(?>\s*,\s+|\s+)(?:[A-Z][\w-]*|dan|serta|&))+)"
_NOT_FORMER = r"(?<!mantan )(?<!Mantan )(?<!eks )(?<!Eks )(?<!former )(?<!Former )"
_M = MASK
# "Direktur Registrasi Obat, **apt. W**": the post alone before the name, with an acronym at most
_BARE = re.compile(rf"(?:^|[\s(*\u2013\u2014-]){_NOT_FORMER}{_TITLE}{_FIELD}\s*(?:\([^()]{{1,20}}\)\s*)?,\s*(?:\*\*)?\s*{cues.HONORIFIC}*$")
# "X dilantik sebagai Direktur Jenderal Farmasi dan Alat Kesehatan": the post after the appointed name
_AS = re.compile(rf"(?:[\s,]|{cues.DEGREE})*(?:(?:telah|resmi|kemudian|juga)\s+)?(?:(?:dilantik|diangkat|ditunjuk|dipercaya)\s+)?"
                 rf"(?:sebagai|menjadi)\s+(?:\*\*)?{_TITLE}{_FIELD}")
# "X dilantik untuk memimpin Direktorat A": the unit's own name right after the verb
_LEADS = re.compile(rf"(?:[\s,]|{cues.DEGREE})*(?:(?:telah|resmi|kemudian|juga)\s+)?(?:dilantik|diangkat|ditunjuk|dipercaya)\s+"
                    r"(?:untuk\s+)?(?:memimpin|mengepalai)\s+(?:\*\*)?")
# "Jabatan Kepala BBPOM di Medan dipercayakan kepada Y", "Kepala Biro A kini dijabat Y": the post before the holder
_HELD_BY = re.compile(rf"{_NOT_FORMER}{_TITLE}(?:{_FIELD}|\s+(?P<unit>{_M}+))\s+(?:(?:kini|saat\s+ini|sekarang|selanjutnya|resmi)\s+)?"
                      rf"(?:dijabat|diemban|dipegang|diisi|dipercayakan\s+kepada)\s+(?:oleh\s+)?(?:\*\*)?\s*{cues.HONORIFIC}*$")
_APPOINT = re.compile(r"\b(?:melantik|dilantik|mengangkat|diangkat|menunjuk|ditunjuk|pelantikan|penunjukan|pengangkatan|dipercaya)\b", re.I)
_HEAD_WORD = re.compile(r"\b(?:Direktur|Kepala|Deputi|Sekretaris|Inspektur)\b")
watch(_APPOINT, _HEAD_WORD)
_CUES = CueGroup(_HEAD_WORD, _APPOINT)


def find(ctx: Context) -> None:
    """Each person's post in a unit the sentence names or the story names elsewhere."""
    for v in ctx.where(*_CUES.patterns):
        appoint = v.may(_APPOINT) and _APPOINT.search(v.masked) is not None
        for p in (m for m in v.mentions if m.type == "Person"):
            _before(ctx, v, p)
            if appoint:
                _after(ctx, v, p)


def _before(ctx: Context, v: View, p: M) -> None:
    """The post before the name: bare ("Direktur Registrasi Obat, W") or held by the name ("… dijabat W")."""
    head = v.masked[: p.start]
    t = _BARE.search(head) or _HELD_BY.search(head)
    if t is None:
        return
    if t.re is _HELD_BY and t.group("unit"):
        unit = next((m for m in v.mentions if m.start == t.start("unit")), None)
        if unit is not None and unit.type == "Organization":
            ctx.emit("HOLDS_POSITION", p.ent, unit.ent, v, 0.75, title=t.group("title"))
        return
    _field_unit(ctx, v, p, t.group("title"), t.group("field"))


def _after(ctx: Context, v: View, p: M) -> None:
    """The post after the appointed name: "sebagai Direktur A" (a unit named elsewhere), "memimpin Direktorat A"."""
    if (t := _AS.match(v.masked, p.end)) is not None:
        _field_unit(ctx, v, p, t.group("title"), t.group("field"))
    elif (t := _LEADS.match(v.masked, p.end)) is not None:
        unit = next((m for m in v.mentions if m.start >= p.end), None)
        if unit is not None and unit.type == "Organization" and unit.start == t.end():
            ctx.emit("HOLDS_POSITION", p.ent, unit.ent, v, 0.75, title="Kepala")


def _field_unit(ctx: Context, v: View, p: M, title: str, field: str) -> None:
    field = re.sub(r"(?:\s+(?:dan|serta|&))+$", "", field.strip(" ,"))
    if not field or (unit := headed_unit(ctx, title, field)) is None:
        return
    ctx.emit("HOLDS_POSITION", p.ent, unit, v, 0.75, title=f"{title} {field}")
