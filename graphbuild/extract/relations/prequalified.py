"""APPROVED by the WHO's prequalification: "WHO has granted prequalification to P", "WHO has prequalified P",
"A memperoleh prakualifikasi WHO untuk vaksin P", "P yang telah mendapat prakualifikasi dari WHO".

Why: a prequalification is the WHO's approval of a product, but the WHO is no drug regulator, so neither the
permit rules in ``approvals`` nor the fallback (which wants a regulator) link it; and "prakualifikasi" alone is
also the word of an application ("mengajukan prakualifikasi", "menargetkan lolos prakualifikasi"), left out here.
``regulatory`` runs :func:`find` with its sentence rules.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.cues import negated

CUE = re.compile(r"\b(?:prakualifikasi|prequalifi(?:cation|ed))\b", re.I)
watch(CUE)
_WHO_NAMES = frozenset({"WHO", "World Health Organization", "World Health Organisation", "Organisasi Kesehatan Dunia"})
# an application, a plan or a target in the words before: no approval (yet)
_PENDING = re.compile(r"\b(?:proses|sedang|tengah|masih|menunggu|akan|rencana|berencana|mengajukan|diajukan|pengajuan|"
                      r"menargetkan|ditargetkan|target|belum|tidak|bukan|upaya|persiapan|menyiapkan|dokumen|dossier|"
                      r"apply\w*|applied|application|submit\w*|seek\w*|will|plans?|aims?|expects?|not|pending|toward\w*)\b", re.I)
# the prequalifier right after the cue: "prakualifikasi WHO", "prakualifikasi dari Organisasi Kesehatan Dunia"
_BY_AFTER = re.compile(r"\s*(?:(?:dari|oleh|from|by)\s+)?(?:the\s+)?")
# the prequalifier before the cue: "WHO has granted prequalification to", "WHO memberikan status prakualifikasi kepada"
_BY_BEFORE = re.compile(r"\)?\s*(?:\([^()]*\)\s*)?(?:(?:has|have|had|telah|sudah|resmi|juga|officially|also)\s+)*"
                        r"(?:(?:granted|gave|awarded|memberikan|menganugerahkan)\s+(?:(?:status|its)\s+)?)?", re.I)
# the product after: "untuk vaksin tifoid konjugat P", "to P, its typhoid vaccine", "has prequalified P"
_FOR = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:(?:untuk|bagi|kepada|atas|to|for)\s+(?:(?:the|its|their|[a-z-]+)\s+){0,4}"
                  r"|(?:(?:the|its|vaksin|vaccine|obat|produk)\s+)?)")
# the product before, as the subject: "P (telah) memperoleh prakualifikasi", "P, yang telah mendapat …", "P was prequalified by"
_GOT = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:yang\s+|which\s+)?(?:(?:telah|sudah|juga|resmi|kini|has|have|had|also|was|is|been|now)\s+)*"
                  r"(?:(?:memperoleh|mendapat(?:kan)?|mengantongi|menerima|meraih|lolos|received|obtained|achieved|secured|earned|"
                  r"granted|passed)\s+)?(?:(?:status|the|its)\s+)?", re.I)


def _clipped(m: M) -> bool:
    """A mention that is a clipped part of its entity's name ("PCV13" for "Etavax-PCV13") may be another maker's
    product of the same kind ("Walvax memperoleh prakualifikasi WHO untuk vaksin PCV13 buatannya")."""
    return m.text != m.ent.name and m.text in m.ent.name


def _who(m: M | None) -> bool:
    return m is not None and m.type == "Organization" and m.role is None and (
        m.ent.name in _WHO_NAMES or not _WHO_NAMES.isdisjoint(m.ent.aliases))


def find(ctx: Context) -> None:
    for v in ctx.where(CUE):
        _prequalified(ctx, v)


def _prequalified(ctx: Context, v: View) -> None:
    """Each prequalification the sentence says the WHO granted, for the products it names."""
    for c in v.cues(CUE):
        start, end = c.start(), c.end()
        if negated(v.masked, start) or _PENDING.search(v.masked, max(0, start - 80), start):
            continue
        after = v.after(end)
        before = v.before(start)
        who = after[0] if after and _who(after[0]) and _BY_AFTER.fullmatch(v.masked, end, after[0].start) else None
        granter_before = before[0] if before and _who(before[0]) and _BY_BEFORE.fullmatch(
            v.masked, (before[0].gloss or before[0]).end, start) else None
        who = who or granter_before
        if who is None:
            continue
        pos = max(end, who.end if who.start > start else end)
        goods = [m for m in v.after(pos) if m.type == "Product"]
        if goods and _FOR.fullmatch(v.masked, pos, goods[0].start) and not any(
                m.type != "Product" for m in v.after(pos, until=goods[0].start)):
            for p in v.chain(goods[0], ("Product",)):
                if not _clipped(p):
                    ctx.emit("APPROVED", who.ent, p.ent, v, 0.7)
            continue
        subj_end = granter_before.start if granter_before is not None else start
        subj = next(iter(v.before(subj_end)), None)
        if subj is not None and subj.type == "Product" and not _clipped(subj) and _GOT.fullmatch(v.masked, (subj.gloss or subj).end, subj_end):
            ctx.emit("APPROVED", who.ent, subj.ent, v, 0.7)
