"""ORGANIZED for the association whose own congress an event is: "Musyawarah Nasional IV Perhimpunan Pemilik Merek
Kosmetik Indonesia (PPMKI) yang digelar di Yogyakarta …", "Kongres Nasional V PDFN", "Pertemuan Ilmiah Tahunan
Perkumpulan Endokrinologi Indonesia 2025".

Why: a national congress, a members' assembly or an annual scientific meeting is held by the body its name
carries (every such event over the annotated sets), but the report seldom says "diselenggarakan oleh": the
name is the statement. Only these kinds of gathering, whose name opens with the kind and holds the name (or
the short name) of a body the text names.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context

_OWN = re.compile(r"^(?:Musyawarah(?:\s+Nasional|\s+Daerah|\s+Wilayah)?|Munas|Musda|Muswil|Kongres(?:\s+Nasional)?|Rapat\s+Kerja\s+Nasional|"
                  r"Rakernas|Rapat\s+Anggota(?:\s+Tahunan)?|Pertemuan\s+Ilmiah\s+Tahunan|PIT|Konferensi\s+Kerja(?:\s+Nasional)?)\b")


def find(ctx: Context) -> None:
    events = [e for e in ctx.entities if e.type == "Event" and any(_OWN.match(n) for n in (e.name, *e.aliases))
              and not e.name.endswith(")")]  # ("… Indonesia (PPMKI)": a name run on into the body's short name)
    if not events:
        return
    bodies = [e for e in ctx.entities if e.type == "Organization"]
    for ev in events:
        names = " | ".join((ev.name, *ev.aliases))
        own = [b for b in bodies if any(len(n) > 2 and re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", names)
                                         for n in (b.name, *b.aliases))]
        if len(own) != 1 or ctx.has("ORGANIZED", own[0], ev):
            continue
        v = next((v for v in ctx.busy if any(m.ent is ev for m in v.mentions)), None)
        if v is not None:
            ctx.emit("ORGANIZED", own[0], ev, v, 0.65)
