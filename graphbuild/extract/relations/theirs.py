"""Who "mereka"/"they" is when it sells or makes something: "Perusahaan ini tetap beroperasi. Mereka
mendistribusikan P ke toko-toko …".

Why: officials quoted on a raided distributor, or a company on its own business, go on with a plural
pronoun; the name-based rules see no subject next to the verb. The pronoun is the company only when the
company is what the text was just about: the last body or person named before it (this sentence or the
one before) is a company, or the sentence before points back to one ("perusahaan ini", "PBF tersebut").
Suspects, officers and delegations ("Petugas menangkap dua tersangka. Mereka mengedarkan P") are not.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.types import Entity

_THEY = re.compile(r"(?:^|[.,;:\"\u201c]\s*|\b(?:dan|lalu|kemudian|bahkan|and|then)\s+)(?:mereka|they)\s+"
                   r"(?:(?:juga|masih|tetap|telah|sudah|kini|sekarang|akan|diam-diam|kemudian|lalu|pun|bahkan|also|still|then|now|will)\s+)*$", re.I)
# "perusahaan ini", "PBF tersebut", "distributor itu", "the company": the company told just before
_FIRM_REF = re.compile(r"\b(?:perusahaan|perseroan|PBF|distributor|pedagang\s+besar\s+farmasi)(?:-nya)?\s+(?:ini|itu|tersebut)\b"
                       r"|\bthe\s+company\b", re.I)


def they_firm(ctx: Context, v: View, pos: int) -> Entity | None:
    """The company "mereka" just before ``pos`` stands for, or None."""
    if not _THEY.search(v.masked, max(0, pos - 60), pos):
        return None
    last = next((m.ent for i in (v.index, v.index - 1) if i >= 0 for m in reversed(ctx.views[i].mentions)
                 if m.type in ("Organization", "Person") and (i < v.index or m.end <= pos)), None)
    if last is not None and _company(last):
        return last
    if last is not None and last.type == "Person" or v.index == 0 or not _FIRM_REF.search(ctx.views[v.index - 1].masked):
        return None
    near = [e for e in ctx.recent(v.index - 1, ("Organization",), back=3, limit=4) if _company(e)]
    return near[0] if near else None


def _company(e: Entity) -> bool:
    return e.type == "Organization" and e.category == "company" and not regulator_like(e)
