"""VISITED for a plant the story names only after the visit or inauguration told of it by kind.

Why: "Menkes meninjau pabrik bahan baku obat (BBO) milik PT A di Y. … Fasilitas bernama F itu memproduksi …",
"Pabrik obat onkologi milik PT B … diresmikan oleh Dirjen …, C. … pabrik yang diberi nama F itu …": the visit or
inauguration sentence names no site, and the plant toured is the one the story names later ("yang diberi nama",
"bernama", "known as"). The gold sets count the visit as one to that plant (and to the company at most optionally).
A plant known to be run by another company than the one of the visit sentence is not taken, and only one named plant per story.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.makers import regulator_like

# "Fasilitas bernama F itu", "pabrik yang diberi nama **F**", "The facility, known as the F"
_NAMING = re.compile(r"\b(?:pabrik|fasilitas|gudang|laboratorium|plant|facility|factory|warehouse|laboratory)"
                     # "Gudang seluas 12.000 meter persegi tersebut, yang diberi nama F": a size or kind between
                     r"(?:\s+(?:baru|produksi|new)|\s+(?:seluas|berkapasitas)\s+[\d.,]+(?:\s+[a-z\u00b2]+){1,2})?(?:\s+(?:tersebut|itu|ini))?\s*,?\s*"
                     r"(?:yang\s+)?(?:diberi\s+nama|dinamai|dinamakan|bernama|named|called|dubbed|known\s+as)\s+(?:the\s+)?[*\"\u201c]*$",
                     re.I)
# the parts of a plant a tour goes through: "meninjau ruang bersih kelas A dan lini pengisian", "rumah produksi PT A",
# "toured the cleanroom and the filling line"
_PARTS = (r"rumah\s+produksi|sarana\s+produksi|ruang(?:an)?\s+(?:bersih|produksi|steril)|lini\s+(?:produksi|pengisian|pengemasan)|"
          r"production\s+(?:line|hall|floor)s?|clean\s*rooms?|filling\s+lines?|packaging\s+lines?")
# "meninjau (progres pembangunan) pabrik …", "melakukan kunjungan kerja ke fasilitas produksi …", "meresmikan pabrik …"
_TOURED = re.compile(r"\b(?:meninjau|mengunjungi|menyambangi|meresmikan|berkunjung\s+ke|kunjungan(?:\s+kerja)?(?:\s+\w+)?\s+ke|"
                     r"visited|toured|inaugurated|opened)\s+(?:(?:langsung|progres|progress|pembangunan|construction|of|the|a|its|new|baru)\s+){0,3}"
                     r"(?:pabrik|fasilitas|gudang|plant|facility|factory|warehouse|" + _PARTS + r")\b", re.I)
# "Pabrik … milik PT A … diresmikan oleh <title> C": the plant first, its opener after the passive verb
_OPENED_BY = re.compile(r"^(?:[^.;:]{0,60}?\s[-\u2013\u2014]+\s+)?\W*(?:pabrik|fasilitas)\b[^.;:]{0,200}?\b(?:diresmikan|dikunjungi|ditinjau)\s+(?:langsung\s+)?oleh\s", re.I)
_OWNER = re.compile(r"\b(?:milik|owned\s+by|of)\s+(?:perusahaan\s+)?$", re.I)
_PLANNED = re.compile(r"\b(?:akan|berencana|dijadwalkan|will|plans?\s+to)\s+(?:\w+\s+)?$", re.I)
watch(_TOURED, _OPENED_BY)


def find(ctx: Context) -> None:
    named = named_plant(ctx)
    if named is None:
        return
    plant, at = named
    for v in ctx.views[: at + 1]:
        if v.may(_TOURED):
            for c in v.cues(_TOURED):
                if not cues.negated(v.masked, c.start()) and not _PLANNED.search(v.masked[max(0, c.start() - 40) : c.start()]):
                    _visit(ctx, v, plant, at, c.end(), v.before(c.start(), ("Person",))[:1])
        if v.may(_OPENED_BY) and (c := _OPENED_BY.match(v.masked)) is not None:
            _visit(ctx, v, plant, at, 0, v.after(c.end(), ("Person",))[:1])


def named_plant(ctx: Context) -> tuple[M, int] | None:
    """The one plant the story names with a naming clause, and the sentence that names it."""
    found: list[tuple[M, int]] = []
    for v in ctx.views:
        for m in v.mentions:
            if m.type == "Facility" and _NAMING.search(v.masked, max(0, m.start - 80), m.start):
                if all(f.ent is not m.ent for f, _ in found):
                    found.append((m, v.index))
    return found[0] if len(found) == 1 else None


def _visit(ctx: Context, v: View, plant: M, at: int, pos: int, visitors: list[M]) -> None:
    """The visitors of the unnamed plant at ``pos`` visited ``plant`` when the company told with it runs it."""
    if any(m.type == "Facility" for m in v.mentions):
        return  # the sentence names its site itself
    owner = next((m for m in v.after(pos, ("Organization",)) if _OWNER.search(v.masked, max(0, m.start - 30), m.start)), None)
    runs = {r.head for r in ctx.has("OPERATES", tail=plant.ent)}
    firms = {m.ent.id for m in ctx.views[at].mentions if m.type == "Organization" and not regulator_like(m.ent)}
    if owner is not None and ((runs and owner.ent.id not in runs) or (firms and owner.ent.id not in firms)):
        return  # another company's plant
    heads = {r.head for r in ctx.has("VISITED") if r.evidence == v.text and ctx.by_id[r.head].type == "Person"}
    for who in [*visitors, *(ctx.by_id[h] for h in heads)]:
        ent = who.ent if isinstance(who, M) else who
        ctx.emit("VISITED", ent, plant.ent, v, 0.7)
