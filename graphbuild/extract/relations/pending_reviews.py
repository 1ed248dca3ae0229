"""REGISTERED_WITH of a product a regulator is still weighing, told by its state after the product: "P masih dalam
proses evaluasi di BPOM", "Produk yang sama … tengah diproses di COFEPRIS", "P … menunggu keputusan PPB", "Tiga
produk lain, termasuk P, masih dalam proses evaluasi di otoritas tersebut", "P is under review at NAFDAC".

The registration words ``registration`` reads ("registrasi", "terdaftar") are absent here: the dossier's state is the
cue, and the regulator follows it (or is "otoritas tersebut", the regulator named last).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.referents import PRODUCT_ANAPHOR, antecedents
from graphbuild.extract.relations.registration import brand_beside, is_regulator
from graphbuild.types import Entity

PENDING = re.compile(
    r"\b(?:(?:masih|tengah|sedang|kini)\s+(?:dalam\s+)?(?:(?:tahap|proses)\s+)?(?:evaluasi|penilaian|diproses|dievaluasi|dinilai"
    r"|ditinjau)|menunggu\s+(?:keputusan|evaluasi|persetujuan|penilaian)|(?:under|pending)\s+(?:review|evaluation|assessment))\b",
    re.I)
watch(PENDING)
# "… di BPOM", "… oleh Badan POM", "menunggu keputusan PPB", "under review at the National Agency … (NAFDAC)"
_TO = re.compile(r"\s*(?:(?:izin\s+edar|registrasi|pendaftaran|dokumen|dosier|dossier)\s+)?(?:(?:di|oleh|dari|pada|at|by|with)\s+)?"
                 r"(?:the\s+)?", re.I)
# "… di otoritas tersebut", "… by the agency": the regulator named last
_THAT_BODY = re.compile(r"\s*(?:di|oleh|pada|at|by)\s+(?:(?:otoritas|lembaga|badan|regulator)\s+(?:tersebut|itu)|the\s+(?:agency|"
                        r"authority|regulator))\b", re.I)
_SAME = re.compile(r"\b(?:produk|obat|vaksin)\s+yang\s+sama\b|\bthe\s+same\s+(?:product|drug|vaccine)\b", re.I)
# a product set apart from what the clause says: "Selain P, …"; a clause of its own between product and state
_APART = re.compile(r"\b(?:selain|besides|apart\s+from|other\s+than)\s+$", re.I)
_BREAK = re.compile(r"[;:]|\b(?:sedangkan|sementara|whereas|while)\b", re.I)


def find(ctx: Context) -> None:
    for v in ctx.where(PENDING):
        for c in v.cues(PENDING):
            if cues.negated(v.masked, c.start()):
                continue  # "tidak lagi dalam proses evaluasi"
            body = _regulator(ctx, v, c.end())
            if body is None:
                continue
            for p in _products(ctx, v, c.start()):
                ctx.emit("REGISTERED_WITH", p, body, v, 0.6, status="evaluasi")


def _regulator(ctx: Context, v: View, end: int) -> Entity | None:
    if _THAT_BODY.match(v.masked, end):
        back = [e for e in ctx.recent(v.index, ("Organization",), pos=end, back=3, limit=4) if is_regulator(e)]
        return back[0] if back else None
    reg = next(iter(v.after(end, ("Organization",))), None)
    if reg is None or reg.role is not None or not _TO.fullmatch(v.masked[end : reg.start]) or not is_regulator(reg.ent):
        return None
    return reg.ent


def _products(ctx: Context, v: View, start: int) -> list[Entity]:
    """The product the state is told of: the one named nearest before it in its clause (the brand of a glossed
    molecule), else what "produk tersebut" / "produk yang sama" refers to."""
    near = next(iter(v.before(start, ("Product",))), None)
    if near is not None and start - near.end <= 160 and not _BREAK.search(v.masked[near.end : start]) \
            and not _APART.search(v.masked[: near.start]) and not _in_brackets_after_org(v, near):
        brand = brand_beside(v, near)
        return [(brand or near).ent]
    head = v.masked[:start]
    ana = PRODUCT_ANAPHOR.search(head) or _SAME.search(head)
    if ana is None:
        return []
    if ana.re is _SAME:
        got = ctx.recent(v.index, ("Product",), pos=ana.start(), back=2, limit=1)
        return got[:1]
    return antecedents(ctx, v, ana)


def _in_brackets_after_org(v: View, m: M) -> bool:
    """Not a product's acronym glossing a body: "Pharmacy and Poisons Board (PPB)" read as a product."""
    prev = v.prev_mention(m)
    return prev is not None and prev.type == "Organization" and cues.in_brackets(v.masked, m.start)
