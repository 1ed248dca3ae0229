"""MARKETS for products counted back to: "Lintas Medika akan menyalurkan keempat produk tersebut ke 6.000 apotek",
"Perusahaan distribusi itu akan mendistribusikan ketiga produk ke apotek" (the distributor appointed the sentence
before), "X will distribute all three products". The count says how many brands are meant: the list of exactly that
many named further up (``counted_pronouns.counted_list``). Runs late, once every product is known.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.counted_pronouns import counted_list
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.types import Entity

_CUE = re.compile(
    r"\b(?:menyalurkan|mendistribusikan|memasarkan|mengedarkan|menjual|(?:distribute|market|sell|supply)s?)\s+"
    r"(?:ke(?P<id>dua|tiga|empat|lima|enam)\s+(?:produk|obat|jamu|varian|vaksin|suplemen)(?:\s+(?:baru|herbal))?"
    r"(?:\s+(?:tersebut|itu|ini))?"
    r"|(?:all\s+)?(?:the\s+|these\s+)?(?P<en>two|three|four|five|six)\s+(?:new\s+)?(?:products|medicines|drugs|vaccines))\b", re.I)
watch(_CUE)
# "X (PBF) akan menyalurkan", "X, yang juga akan menjual", "X will also distribute": the seller, then its verb
_SUBJECT = re.compile(r"[*_]*\s*(?:\([^()]*\)\s*)?(?:,\s*)?(?:(?:akan|juga|nantinya|kelak|kini|selanjutnya|will|also|now|then)\s+)*$",
                      re.I)
# "Perusahaan distribusi yang berkantor pusat di Surabaya itu akan …", "The distributor will …": the one appointed before
_ANAPHOR = re.compile(r"^\W*(?:(?:perusahaan(?:\s+distribusi)?|distributor|PBF|pedagang\s+besar\s+farmasi)\b[^.;:]{0,80}?"
                      r"\b(?:itu|tersebut|ini)|the\s+(?:distributor|company))\s+(?:(?:akan|juga|nantinya|will|also)\s+)*$", re.I)
_APPOINTED_AS = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:sebagai|as)\s+(?:(?:the|its|an?)\s+)?(?:[a-z]+\s+){0,2}?"
                           r"(?:distributor|pemasar|PBF)\b", re.I)


def find(ctx: Context) -> None:
    for v in ctx.where(_CUE, every=True):
        for c in _CUE.finditer(v.masked):
            if cues.negated(v.masked, c.start()):
                continue
            seller = _seller(ctx, v, c.start())
            if seller is None:
                continue
            many = cues.COUNT_WORDS.get((c.group("id") or c.group("en")).lower(), 0)
            for p in counted_list(ctx, v, many):
                ctx.emit("MARKETS", seller, p, v, 0.6)


def _seller(ctx: Context, v: View, start: int) -> Entity | None:
    before = v.before(start, ("Organization",))
    if before and _SUBJECT.fullmatch(v.masked[before[0].end : start]):
        org = before[0].ent
        return None if regulator_like(org) else org
    if before or not v.index or not _ANAPHOR.match(v.masked[:start]):
        return None
    prev = ctx.views[v.index - 1]
    named: list[M] = [m for m in prev.mentions if m.type == "Organization" and _APPOINTED_AS.match(prev.masked[m.end :])]
    return named[-1].ent if named else None
