"""PART_OF for a regional office named by its parent: "Kantor Wilayah Direktorat Jenderal Bea dan Cukai
Kalimantan Bagian Barat" is part of the Direktorat Jenderal Bea dan Cukai.

Why: the parent's name sits inside the office's, between the office kind and the region, so the rule
for units whose name ends with their parent ("Direktorat X BPOM") does not see it.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context

_OFFICE = re.compile(r"(?:Kantor\s+(?:Wilayah|Regional)|Kanwil)\s+")


def find(ctx: Context) -> None:
    orgs = [e for e in ctx.entities if e.type == "Organization"]
    for v in ctx.busy:
        for m in v.mentions:
            head = _OFFICE.match(m.text) if m.type == "Organization" else None
            if head is None:
                continue
            rest = m.text[head.end() :]
            parent = next((e for e in orgs if e.id != m.ent.id and any(
                len(n) >= 3 and rest.startswith(n + " ") for n in (e.name, *e.aliases))), None)
            if parent is not None:
                ctx.emit("PART_OF", m.ent, parent, v, 0.8)
