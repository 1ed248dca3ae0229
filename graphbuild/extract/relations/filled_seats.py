"""HOLDS_POSITION of a successor told through the seat another left: "Posisi tersebut kini diisi Y", "Posisinya kini
diisi Y", "Kursi yang ditinggalkan X di Semarang kini diisi Y", "Jabatan tersebut kini diemban oleh Y".

Why: reports of a swearing-in or a shareholders' meeting name a post once ("X dari kursi Presiden Direktur",
"X, yang memimpin BBPOM di Bandung, dilantik sebagai …") and give its new holder in the next sentence by reference
only. :mod:`.unit_posts` and :mod:`.appointments` read the post only when its title stands before the passive verb
("Kepala Biro A kini dijabat Y"). The seat is found, in order: among the posts found for the named predecessor (the
one left, "sebelumnya …", where he holds two; its place when the text gives one), in the nearest sentence before
(an office after "memimpin", "menjabat", "jabatan …"), then among the predecessor's posts there, and last the
company whose shareholders' meeting the story tells of.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.appointments import meeting_company
from graphbuild.extract.relations.common import MASK, Context, M, View, watch
from graphbuild.types import Entity, Relation

_M = MASK
_SEAT = re.compile(
    r"(?<!\w)(?:[Pp]osisi|[Jj]abatan|[Kk]ursi)"
    rf"(?:(?P<own>nya)|\s+(?:tersebut|itu)|(?:\s+(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,3}}))?\s+yang\s+"
    rf"(?:(?:sebelumnya|telah)\s+)?(?:ditinggalkan|dilepas|dikosongkan|diduduki|dijabat)\s+(?:oleh\s+)?(?P<who>{_M}+)"
    rf"(?:\s+di\s+(?P<place>{_M}+|[A-Z][\w-]*))?)"
    r"\s+(?:(?:kini|sekarang|selanjutnya|akan|resmi|untuk\s+sementara)\s+)?"
    r"(?:diisi|dijabat|diemban|ditempati|diduduki|dipegang|diserahkan\s+kepada|dipercayakan\s+kepada)\s+(?:oleh\s+)?"
    rf"(?:\*\*)?\s*{cues.HONORIFIC}*$")
# an office held or handed over before: "memimpin BBPOM di Bandung", "menjabat Kepala BBPOM di Surabaya",
# "serah terima jabatan (sertijab) Kepala BBPOM di Makassar"
_HELD = re.compile(r"\b(?:memimpin|mengepalai|menjabat(?:\s+sebagai)?|jabatan|kursi|posisi)(?:\s*\([^()]{1,20}\))?"
                   r"(?:\s+(?:Kepala|Direktur(?:\s+Utama)?|Ketua|Presiden\s+Direktur))?\s+$")
# the post given up, not the new one: "Sebelumnya, X menjabat …", "X, yang selama empat tahun memimpin …"
_FORMER = re.compile(r"\b(?:[Ss]ebelumnya|[Ss]ebelum|selama|pernah|mantan|[Ee]ks)\b")
watch(_SEAT)


def find(ctx: Context) -> None:
    """Each holder named after a seat told by reference."""
    for v in ctx.where(_SEAT):
        for p in (m for m in v.mentions if m.type == "Person"):
            if (t := _SEAT.search(v.masked[: p.start])) is None:
                continue
            who = next((m for m in v.mentions if m.type == "Person" and m.start == t.start("who")), None) if t.group("who") else None
            place = v.text[t.start("place") : t.end("place")] if t.group("place") else ""
            got = _seat(ctx, v, p, who, place)
            if got is not None:
                ctx.emit("HOLDS_POSITION", p.ent, got[0], v, 0.7, title=t.group("title") or got[1])


def _seat(ctx: Context, v: View, p: M, who: M | None, place: str) -> tuple[Entity, str] | None:
    """The office of the seat and its title: the predecessor's post left, an office held in the sentence before,
    the meeting's company."""
    if who is not None:
        return _left(ctx, who.ent, place, p.ent)
    for w in (ctx.views[i] for i in range(v.index - 1, max(-1, v.index - 3), -1)):
        if not w.mentions:
            continue
        for m in reversed(w.mentions):
            if m.type == "Organization" and _HELD.search(w.masked[max(0, m.start - 60) : m.start]):
                return m.ent, ""
        for m in (m for m in w.mentions if m.type == "Person" and m.ent is not p.ent):
            if (got := _left(ctx, m.ent, place, p.ent)) is not None:
                return got
        break  # the nearest sentence naming something tells the seat, or none does
    firm = meeting_company(ctx, v)
    return (firm, "") if firm is not None else None


def _left(ctx: Context, who: Entity, place: str, holder: Entity) -> tuple[Entity, str] | None:
    """The post ``who`` left: the one where the text gives a place, else a former one among two or more."""
    rels = [r for r in ctx.has("HOLDS_POSITION", who) if r.tail != holder.id]
    if place:
        rels = [r for r in rels if place in ctx.by_id[r.tail].name or any(place in a for a in ctx.by_id[r.tail].aliases)]
    if len(rels) > 1:
        rels = [r for r in rels if _was(r)]
    if len(rels) != 1:
        return None
    return ctx.by_id[rels[0].tail], rels[0].properties.get("title", "").removeprefix("mantan ")


def _was(r: Relation) -> bool:
    return r.properties.get("title", "").startswith("mantan") or _FORMER.search(r.evidence) is not None
