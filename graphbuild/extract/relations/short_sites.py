"""A named site told again by one word of its name: "The Cikande plant received halal certification from BPJPH"
after "the Cikande Oral Solid Dosage Plant", "Pabrik Karawang tersebut menerima sertifikat CPOB" for the
"Mahakam Karawang Solid Dosage Plant" (named before or after). The word must belong to exactly one Facility of
the document, so a plant told only by its town ("pabrik di Cikarang") is left alone.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.types import Entity

# "The Cikande plant", "the new Rungkut facility", "Pabrik Cikande (tersebut)": a capitalised word with the site noun
# (after an opening adverbial: "Sebelumnya, fasilitas Cileungsi …", "In 2024, the Cikande plant …")
_SHORT = re.compile(r"^\W*(?:[A-Z][\w-]*(?:\s+[\w-]+){0,3}\s*,\s*)?(?:(?:[Tt]he|[Ii]ts|[Tt]his)\s+(?:new\s+)?(?P<en>[A-Z][\w-]+)\s+(?:plant|facility|factory|site)"
                    r"|(?:[Pp]abrik|[Ff]asilitas)\s+(?P<id>[A-Z][\w-]+))\b")


def short_site(ctx: Context, v: View, start: int) -> Entity | None:
    """The Facility the sentence opens with by one word of its name, before the cue at ``start``."""
    m = _SHORT.match(v.text, 0, start)
    if m is None:
        return None
    word = m.group("en") or m.group("id")
    sites = [e for e in ctx.entities if e.type == "Facility"
             and any(word in n.split() for n in (e.name, *e.aliases))]
    return sites[0] if len(sites) == 1 else None
