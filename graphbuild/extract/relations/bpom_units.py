"""PART_OF BPOM for its central units named alone: "di kantor Direktorat Registrasi Obat, Jalan Percetakan Negara"
in a story about BPOM.

Why: BPOM's deputies, directorates, centres and bureaus (the lexicon's "BPOM and its units" section, real bodies)
belong to BPOM wherever they are named; news often name the unit without the agency after it, so no sentence
pattern joins them. Only when the story names BPOM too, and only where no rule placed the unit already.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

from graphbuild.extract.relations.common import Context, M, View
from graphbuild.types import Entity

_DATA = Path(__file__).resolve().parent.parent / "data" / "organizations_id.yaml"
_SECTION = re.compile(r"^# --- BPOM and its units.*?(?=^# ---)", re.M | re.S)
_NAME = re.compile(r"^- name: (.+)$", re.M)
_CENTRAL = re.compile(r"(?:Deputi|Kedeputian|Direktorat|Pusat|Biro|Sekretariat|Inspektorat)\b")  # (not the regional offices)
_BPOM = frozenset({"BPOM", "Badan POM"})


@functools.cache
def units() -> frozenset[str]:
    """The central units' lexicon names."""
    section = _SECTION.search(_DATA.read_text(encoding="utf-8"))
    names = _NAME.findall(section.group(0)) if section else []
    return frozenset(n.strip().strip('"') for n in names if _CENTRAL.match(n.strip().strip('"')))


def agency(ctx: Context) -> Entity | None:
    """BPOM's entity in this story, by its short names (the units hang under it), or None."""
    return next((e for e in ctx.entities if e.type == "Organization" and _BPOM & {e.name, *e.aliases}), None)


def find(ctx: Context) -> None:
    here = [e for e in ctx.entities if e.type == "Organization" and e.name in units()]
    if not here:
        return
    bpom = agency(ctx)
    if bpom is None:
        return
    placed = {r.head for r in ctx.relations if r.type == "PART_OF"}
    for unit in here:
        if unit.id in placed:
            continue
        v = next((v for v in ctx.busy if any(m.ent is unit and _told(v, m) for m in v.mentions)), None)
        if v is not None:
            ctx.emit("PART_OF", unit, bpom, v, 0.6)


# the unit told of as a body: opening the sentence or after a preposition ("di kantor X", "Inspektur dari X"), not
# a title before a name ("Deputi Bidang … Rita Endang") nor a page's byline ("Dilihat 2289 kali Pusat Data …")
_BEFORE = re.compile(r"(?:^|\b(?:di|dari|oleh|ke|kepada|dengan|bersama|melalui|pada|kantor|gedung|antara|menurut|and|dan|serta|from|by|at|of)\s+"
                     r"|\bdi(?:selenggarakan|gelar|adakan|laksanakan|terbitkan|keluarkan|inisiasi|prakarsai)\s+)$",  # a passive's agent
                     re.I)


def _told(v: View, m: M) -> bool:
    nxt = v.next_mention(m)
    if nxt is not None and nxt.type == "Person" and not v.gap(m.end, nxt.start).strip(" ,"):
        return False
    before = v.masked[: m.start].lstrip(" \t\n\"'*\u201c-")
    if not before and not v.masked[m.end :].strip(" .\t\n"):
        return False  # a line naming the unit alone: a byline or a signature
    return bool(_BEFORE.search(before))
