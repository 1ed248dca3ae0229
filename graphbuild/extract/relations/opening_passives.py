"""DEVELOPS and MARKETS from a passive that opens its sentence with no subject: "- **Zenvira (lenacorsen)**,
injeksi untuk …. Dikembangkan oleh Aoyama Seiyaku Co., Ltd.", "Demamin adalah sirup penurun panas. Diproduksi
oleh PT X, sirup ini …", "Developed by X, it is …".

Why: catalogue bullets and product sketches name the brand in their first sentence and who made it in the
next, the brand left out. The sentence before must open on the brand, in the same paragraph or bullet (no line
break between), so the passive's understood subject is that brand and nothing else.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.discourse import regulator_like

# "Dikembangkan oleh ", "Awalnya dikembangkan bersama oleh ", "Diproduksi dan dipasarkan oleh PT ", "Developed by "
_OPENS = re.compile(
    r"^[\s\"\u201c(*_]*(?:(?:awalnya|semula|sebelumnya|kini|originally|first)\s+)?"
    r"(?:(?P<made>dikembangkan|diproduksi|dibuat|diracik|developed|manufactured|produced|discovered|ditemukan)"
    r"(?:\s+(?:dan|serta|and)\s+(?P<also>dipasarkan|didistribusikan|marketed|distributed))?"
    r"|(?P<sold>dipasarkan|didistribusikan|diedarkan|marketed|distributed))"
    r"\s+(?:(?:di|in)\s+[^.;:,\u2588]{0,40}?\s)?(?:oleh|by)\s+(?:(?:perusahaan|the\s+company)\s+(?:[a-z]+\s+){0,3}?)?(?:PT\.?\s+)?$",
    re.I)
CUE = re.compile(r"^[\s\"\u201c(*_]*(?:(?:awalnya|semula|sebelumnya|kini|originally|first)\s+)?"
                 r"(?:dikembangkan|diproduksi|dibuat|diracik|developed|manufactured|produced|discovered|ditemukan|dipasarkan"
                 r"|didistribusikan|diedarkan|marketed|distributed)\b", re.I)
watch(CUE)
# the brand opening the sentence before: "- **P (substance)**, …", "P adalah …", "P, a …"
_LEAD = re.compile(r"^[\s\"\u201c(*_#>-]*(?:\d{1,2}[.)]\s*)?[*_]*$")


def find(ctx: Context, v: View) -> None:
    """The brand the sentence before opens on is made (or sold) by the agent of this subjectless passive."""
    if not v.index or not v.mentions:
        return
    org = v.mentions[0]
    if org.type != "Organization" or regulator_like(org.ent) or (o := _OPENS.match(v.masked[: org.start])) is None:
        return
    prev = ctx.views[v.index - 1]
    if not prev.mentions or "\n" in ctx.doc.text[prev.sent.end : v.sent.start]:
        return  # a new paragraph or bullet: the brand before is not the one meant
    p = prev.mentions[0]
    if p.type != "Product" or not p.text[:1].isupper() or not _LEAD.match(prev.masked[: p.start]):
        return
    kinds = ["MARKETS"] if o.group("sold") else ["DEVELOPS", "MARKETS"] if o.group("also") else ["DEVELOPS"]
    for kind in kinds:
        ctx.emit(kind, org.ent, p.ent, v, 0.6)
