"""DEVELOPS from a maker named before the brand it sells the product under: "<jenis> produksi PT Y yang
dipasarkan dengan merek P".

Why: news first says what a product is and who makes it, then gives its brand in a relative clause: "vaksin
polio oral tipe 2 produksi PT Y yang dipasarkan dengan merek P", "tablet metformin buatan CV Y yang dijual di
bawah merek P", "a vaccine made by Y that is marketed under the brand P". The maker's cue ("produksi",
"buatan", "diproduksi oleh", "made by") stands before Y and the brand comes after the clause, so the rules
reading a maker next to its product see none. P is what Y develops (not only sells: the brand is its product).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.discourse import regulator_like

# "yang dipasarkan dengan merek ", "yang dijual di Indonesia dengan nama merek ", "that is marketed under the brand "
CUE = re.compile(
    r"\b(?:yang|which\s+is|that\s+is)\s+(?:(?:akan|kini|telah|sudah|juga|rencananya|nantinya|now|also|will\s+be)\s+)*"
    r"(?:dipasarkan|dijual|diedarkan|beredar|didaftarkan|terdaftar|marketed|sold|registered)\s+(?:(?:di|ke|in)\s+[\w\u2588-]+\s+)?"
    r"(?:dengan\s+(?:nama\s+)?merek(?:\s+dagang)?|di\s+bawah\s+(?:nama\s+)?merek(?:\s+dagang)?"
    r"|under\s+the\s+(?:brand(?:\s+name)?|trade\s*name|name))\s+$",
    re.I,
)
watch(CUE)
CUES = (CUE,)
# the maker's cue right before its name: "produksi PT ", "buatan ", "diproduksi oleh ", "made by "
_MADE_BY = re.compile(r"\b(?:produksi|buatan|besutan|keluaran|(?:diproduksi|dibuat|dikembangkan)(?:\s+oleh)?"
                      r"|(?:made|manufactured|produced|developed)\s+by)\s+(?:PT\.?\s+)?$", re.I)
_GAP = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*")


def find(ctx: Context, v: View) -> None:
    """Run per sentence from ``corporate``: the maker named before "yang dipasarkan dengan merek P" develops P."""
    for p in v.mentions:
        if p.type != "Product":
            continue
        c = CUE.search(v.masked, max(0, p.start - 120), p.start)
        if c is None or c.end() != p.start:
            continue
        org = next(iter(v.before(c.start())), None)
        if (org is None or org.type != "Organization" or org.role is not None or regulator_like(org.ent)
                or not _GAP.fullmatch(v.masked, (org.gloss or org).end, c.start())
                or not _MADE_BY.search(v.masked, max(0, org.start - 40), org.start)):
            continue
        ctx.emit("DEVELOPS", org.ent, p.ent, v, 0.65)
