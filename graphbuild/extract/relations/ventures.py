"""Whose a joint venture's plant and products are when the text points back to them without a name.

Why: a story about a joint venture names its parents right after the cue ("PT C, perusahaan patungan antara PT A
dan B Co., Ltd.", "Perusahaan tersebut merupakan usaha patungan PT A dengan B", "C, a joint venture between A and
B"), and then the parents hold the stage ("A menguasai 51 persen saham, sedangkan sisanya dimiliki B") just before
"Pabrik itu akan memproduksi P" or "Tiga produknya, yakni P, Q …". The plant and its products are the venture's,
not the parent named last: :func:`venture_of` maps a parent back to its venture for the rules that guess the
company from the sentences before (``discourse._operator``, ``its_products``). One pass per document, only where
the text holds the cue.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context
from graphbuild.types import Entity

_CUE = re.compile(r"\b(?:(?:usaha|perusahaan|badan\s+usaha)\s+patungan|joint[\s-]venture(?:\s+company)?)\b", re.I)
# from the cue to the first parent: "antara", "between", "of", a short description ("BUMN farmasi", "the Japanese
# drugmaker") but never "dengan" / "with" ("A membentuk joint venture dengan B": B is a partner, the venture unnamed)
_TO_FIRST = re.compile(r"\s*,?\s*(?:(?:antara|between|of|milik|dari|owned\s+by)\s+)?(?:(?:the|sebuah)\s+)?"
                       r"(?:[\w-]+\s+){0,3}?(?:PT\.?\s*)?$", re.I)
_NOT_FIRST = re.compile(r"\b(?:dengan|with|bersama|together|dan|and)\b", re.I)
# between the parents: "dan", "dengan", "and", "&", with the first one's description or seat in between
_BETWEEN = re.compile(r"[^.;:]{0,60}?\s(?:dan|dengan|serta|and|&)\s+(?:(?:the|sebuah)\s+)?(?:[\w-]+\s+){0,3}?(?:PT\.?\s*)?$", re.I)


def venture_of(ctx: Context, e: Entity | None) -> Entity | None:
    """The venture whose parent ``e`` is, else ``e`` itself."""
    if e is None:
        return None
    table = ctx.__dict__.get("_ventures")
    if table is None:
        table = ctx.__dict__["_ventures"] = _ventures(ctx)
    return table.get(e.id, e)


def _ventures(ctx: Context) -> dict[str, Entity]:
    text = ctx.doc.text
    if "patungan" not in text and "oint" not in text:
        return {}
    firms = sorted(((s.start, s.end, e) for e in ctx.entities if e.type == "Organization" and e.category == "company"
                    for s in e.mentions), key=lambda t: t[0])
    out: dict[str, Entity] = {}
    for c in _CUE.finditer(text):
        after = [f for f in firms if c.end() <= f[0] < c.end() + 120]
        if len(after) < 2:
            continue
        first = after[0]
        gap = text[c.end() : first[0]]
        if not _TO_FIRST.fullmatch(gap) or _NOT_FIRST.search(gap):
            continue
        second = next((f for f in after[1:] if f[2] is not first[2]), None)
        if second is None or not _BETWEEN.fullmatch(text, first[1], second[0]):
            continue
        parents = {first[2].id, second[2].id}
        child = next((f[2] for f in reversed(firms) if f[1] <= c.start() and c.start() - f[1] <= 400
                      and f[2].id not in parents), None)
        if child is None:
            continue
        for p in (first[2], second[2]):
            out.setdefault(p.id, child)
    return {k: v for k, v in out.items() if v.id not in out}
