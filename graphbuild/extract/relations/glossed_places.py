"""LOCATED_IN inside a bracket that glosses a company: "Koyal Biotech (Bengaluru, India)", "PT X (Pasuruan, Jawa
Timur)", "(Waingapu, Kabupaten Sumba Timur)": the town is in the country or province after its comma.

Split out of ``locations`` to keep it short; ``locations`` runs it on sentences with glosses.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import places
from graphbuild.extract.relations.chains import contained
from graphbuild.extract.relations.common import Context, View

_COMMA_KAB = re.compile(r"\.?\s*,\s*(?:(?:Kabupaten|Kab\.|Kota)\s+)?")  # "(Waingapu, Kabupaten Sumba Timur)": the cue outside the name


def find(ctx: Context, v: View) -> None:
    """"Koyal Biotech (Bengaluru, India)", "PT X (Pasuruan, Jawa Timur)": the town the bracket gives a company is
    in the country or province after its comma (the glosses are set aside from the mentions, so the rule for
    "Bengaluru, India" in running text does not see them)."""
    gs = v.glosses
    for a, b in zip(gs, gs[1:], strict=False):
        if a.type != "Location" or b.type != "Location" or not _COMMA_KAB.fullmatch(v.gap(a.end, b.start)):
            continue
        after = v.text[b.end : b.end + 2]
        if not after.startswith(")") or ctx.is_country(a.ent) or places.region(b.ent):
            continue  # "(Jepang, Korea, dan China)": a list, not a place and its country
        if ctx.is_country(b.ent) or places.contains(b.ent, a.ent) or contained(v, a, b):  # "(Kalabahi, Kabupaten Alor)"
            ctx.emit("LOCATED_IN", a.ent, b.ent, v, 0.75)

