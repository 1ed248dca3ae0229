"""LOCATED_IN (and OPERATES) of a plant named after it was told of by kind.

Why: the lead tells of a plant by kind, with its place and owner ("meninjau fasilitas produksi vaksin milik PT A di
Kecamatan Ceper, Kabupaten Klaten"; "pabrik … milik PT B di kawasan industri KIIC"), and a later sentence names it
("Pabrik yang diberi nama F itu …", "Fasilitas bernama F itu …", "The facility, named the F, …"). F is the plant
told before: it lies at that place and the owner runs it. Only a story with one named plant (``named_plants``), a
plant whose place no other sentence tells, and the nearest such sentence within eight before the naming are read.
Runs after ``sites`` so a place or operator told outright wins.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import named_plants, places
from graphbuild.extract.relations.chains import COMMA
from graphbuild.extract.relations.common import Context, M, View, watch

# "meninjau fasilitas produksi vaksin milik PT A di Kecamatan Ceper, …": a plant told by kind, with its place
_UNNAMED_AT = re.compile(r"\b(?:pabrik|fasilitas|plant|facility|factory)\b[^.;:]{0,120}?\b(?:di|in|at)\s+(?:the\s+)?"
                         r"(?-i:(?:kawasan|kompleks|zona)(?:\s+industri)?\s+)?$", re.I)
_OWNED = re.compile(r"\b(?:milik|owned\s+by|of)\s+(?:perusahaan\s+)?$", re.I)
watch(_UNNAMED_AT)


def find(ctx: Context) -> None:
    """"… fasilitas produksi milik PT A di Kecamatan Ceper. … Pabrik yang diberi nama F itu …": the plant the story
    names later is the one told by kind before, with its place (and its owner after "milik")."""
    named = named_plants.named_plant(ctx)
    if named is None:
        return
    plant, at = named
    if ctx.has("LOCATED_IN", head=plant.ent):
        return  # the story tells its place itself
    for v in ctx.views[max(0, at - 8) : at][::-1]:
        if not v.may(_UNNAMED_AT) or any(m.type == "Facility" for m in v.mentions):
            continue
        for m in v.mentions:
            if m.type != "Location" or (u := _UNNAMED_AT.search(v.masked[: m.start])) is None:
                continue
            if ctx.is_country(m.ent) or v.before(m.start, ("Location",)) and v.before(m.start, ("Location",))[0].start > u.start():
                continue
            if _elsewhere(v, m, plant.ent.name):
                return  # "Pabrik bernama Nirwana Plant Pasuruan": named after another town than the one told
            ctx.emit("LOCATED_IN", plant.ent, m.ent, v, 0.6)
            owner = next((o for o in v.after(u.start(), ("Organization",), until=m.start)
                          if o.ent.category == "company" and _OWNED.search(v.masked, max(0, o.start - 30), o.start)), None)
            if owner is not None and not ctx.has("OPERATES", tail=plant.ent):
                ctx.emit("OPERATES", owner.ent, plant.ent, v, 0.6)
            return


def _elsewhere(v: View, m: M, name: str) -> bool:
    """The plant's name holds a town the gazetteer knows that is none of the address told ("di X, Y, Z")."""
    told, last = [m.ent], m
    while (n := v.next_mention(last)) is not None and n.type == "Location" and COMMA.match(v.gap(last.end, n.start)):
        told.append(n.ent)
        last = n
    said = " ".join(x for e in told for x in (e.name, *e.aliases)).casefold()
    table = places._countries()
    return any(w.casefold() in table and w.casefold() not in said for w in name.split()[1:] if w[:1].isupper())
