"""MARKETS from a second passive verb after a product's maker: "P (zat), antibodi … yang dikembangkan X dan dipasarkan
di Indonesia oleh Y", "P, developed by X and marketed in Indonesia by Y".

Why: a release describes a brand with a relative clause that names who made it and then, with a second verb, who
sells it. The maker rules read the first verb; the seller sits after the maker's name, so the rules that read
"dipasarkan oleh Y" look back for a product and find the maker in between. Here the second verb's seller sells the
product the relative clause hangs on (the nearest brand before "yang"/"which", past its gloss and a short apposition).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.discourse import regulator_like

_AUX = r"(?:(?:telah|sudah|juga|kini|saat\s+ini|selama\s+ini|is|was|are|were|has\s+been|also|now)\s+)*"
_MADE = r"(?:dikembangkan|diproduksi|dibuat|developed|manufactured|produced|made)"
_SOLD = r"(?:dipasarkan|didistribusikan|diedarkan|dijual|marketed|distributed|sold|commerciali[sz]ed)"
# "… yang dikembangkan X dan dipasarkan di Indonesia oleh " (the seller's name follows)
_SECOND = re.compile(
    rf"(?:\byang\s+|\b(?:which|that)\s+|,\s*){_AUX}{_MADE}(?:\s+(?:oleh|by))?\s+(?:PT\.?\s+)?\u2588+\.?(?:\s*\([^()]{{0,40}}\))?"
    rf"(?:\s+(?:di|in)\s+\u2588+)?\s*,?\s+(?:dan|serta|and)\s+{_AUX}{_SOLD}\s+"
    r"(?:(?:di|ke|in|to|across)\s+(?:[\w\u2588-]+\s+){1,3}?)?(?:oleh|by)\s+(?:PT\.?\s+)?$",
    re.I,
)
watch(_SECOND)
CUES = (_SECOND,)
_HOST_GAP = re.compile(r"[*_]*\)?\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,.;:\u2588]{0,80},?\s*)?")  # "P (zat), antibodi untuk … "


def find(ctx: Context, v: View) -> None:
    for org in v.mentions:
        if org.type != "Organization" or org.role is not None or regulator_like(org.ent):
            continue
        m = _SECOND.search(v.masked, max(0, org.start - 220), org.start)
        if m is None or m.end() != org.start:
            continue
        host = next(iter(v.before(m.start(), ("Product",))), None)
        if host is None or not host.text[:1].isupper() or host.ent is org.ent:
            continue
        if not _HOST_GAP.fullmatch(v.masked[(host.gloss or host).end : m.start()]):
            continue
        ctx.emit("MARKETS", org.ent, host.ent, v, 0.6)
