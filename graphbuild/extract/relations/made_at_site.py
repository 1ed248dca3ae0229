"""DEVELOPS from the plant a product is made at: "P diproduksi di NBM Biologics Plant", "P is manufactured at the X Plant".

Why: stories and releases tell where a product is made by naming the plant, not the company: "Yohanes menyebut
P diproduksi di X Plant di Kawasan Industri Jababeka", "Alat tersebut dirakit di X Manufacturing Center", "P is
manufactured at the X Biologics Plant, which obtained its CPOB certificate …". The plant's operator makes P.
Run late (from ``same_maker``), when every rule that finds who runs a plant has run; only a plant whose operator
was found, and only a product named right before the verb (or pointed back to by "Alat/Obat tersebut").
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.extract.relations.litsearch import literal_search
from graphbuild.extract.relations.referents import antecedents, opening_anaphor

_MADE_IN = (r"(?:diproduksi|dibuat|dirakit|diracik|diformulasikan|manufactured|produced|made|assembled)\s+"
            r"(?:(?:secara\s+\w+|locally|commercially)\s+)?(?:di|at|in)")
_VERB = _MADE_IN + r"\s+(?:the\s+)?(?:(?:fasilitas|pabrik)\s+(?:produksi\s+)?)?$"
CUE = re.compile(r"\b" + _MADE_IN + r"\b", re.I)
watch(CUE)
_cue = literal_search(CUE)
# between the product and the verb: its gloss and a few adverbs ("P (epoetin alfa) is currently manufactured at ")
_GAP = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:is|are|was|were|will\s+be|be|being|akan|juga|telah|sudah|kini|saat\s+ini|nantinya"
                  r"|currently|now|also|still|already)\s+)*" + _VERB, re.I)
_ANA_GAP = re.compile(r"\s*(?:(?:akan|juga|telah|sudah|kini|saat\s+ini|nantinya|is|are|will\s+be|currently|now|also)\s+)*" + _VERB, re.I)


def find(ctx: Context) -> None:
    runs = {r.tail: r.head for r in ctx.typed("OPERATES")}
    if not runs:
        return
    for v in ctx.where(CUE, every=True):
        if any(m.type == "Facility" and m.ent.id in runs for m in v.mentions) and _cue(v.masked):
            _made_at(ctx, v, runs)


def _made_at(ctx: Context, v: View, runs: dict[str, str]) -> None:
    for site in v.mentions:
        if site.type != "Facility" or site.ent.id not in runs:
            continue
        owner = ctx.by_id.get(runs[site.ent.id])
        if owner is None or regulator_like(owner):
            continue
        prev = v.prev_mention(site)
        if prev is not None and prev.type == "Product" and _GAP.fullmatch(v.masked[(prev.gloss or prev).end : site.start]):
            ctx.emit("DEVELOPS", owner, prev.ent, v, 0.6)
            continue
        ana = opening_anaphor(v.masked)
        if prev is None and ana is not None and _ANA_GAP.fullmatch(v.masked[ana.end() : site.start]):
            for p in antecedents(ctx, v, ana, reach=2):  # "Alat tersebut dirakit di X Manufacturing Center"
                ctx.emit("DEVELOPS", owner, p, v, 0.6)
