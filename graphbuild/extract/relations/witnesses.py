"""ATTENDED by the witnesses of the occasion told before: "Acara tersebut disaksikan Direktur Jenderal …, drg. X,
serta Deputi … BPOM, Dr. Y", "The ceremony was witnessed by Z". The occasion is the event named last (a signing
"di sela Forum W" took place at W); with no event named, nothing (a bare signing is no event)."""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.event_refs import last_event

# the occasion, by its kind and a pointer, then "disaksikan (langsung) (oleh)"
WITNESSED = re.compile(r"^\W*(?:acara|kegiatan|penandatanganan|seremoni|upacara|prosesi|the\s+(?:ceremony|signing|event)"
                       r"(?:\s+ceremony)?)\s+(?:(?:tersebut|itu|ini)\s+)?(?:juga\s+|turut\s+)?(?:disaksikan|was\s+witnessed)"
                       r"\s+(?:langsung\s+|secara\s+langsung\s+)?(?:oleh\s+|by\s+)?", re.I)
watch(WITNESSED)


def find(ctx: Context, v: View) -> None:
    c = WITNESSED.match(v.masked)
    if c is None or not v.index or any(m.type == "Event" for m in v.mentions):
        return
    ev = last_event(ctx, v.index)
    if ev is None:
        return
    for m in v.after(c.end(), ("Person",)):
        ctx.emit("ATTENDED", m.ent, ev, v, 0.7, role="saksi")
