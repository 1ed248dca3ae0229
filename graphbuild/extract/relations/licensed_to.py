"""LICENSED from a coordinated passive (for :mod:`.licences`).

"Kedua produk dikembangkan oleh A dan dilisensikan kepada B", "P, yang diproduksi A, kemudian dilisensikan ke B",
"P was developed by A and licensed to B": the licensee follows "dilisensikan kepada" / "licensed to"; the licensor is
the agent of the passive verb coordinated before it (the product's developer or maker), not a company named elsewhere.
The licensor may also be the passive's own agent: "P dilisensikan (oleh) A kepada B", "P was licensed by A to B".
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch

ORG = ("Organization",)

# the cue (no mask in it: the prefilter reads its leading words)
CUE = re.compile(r"\b(?:dilisensikan|licen[cs]ed)\s+(?:(?:secara\s+)?eksklusif\s+|exclusively\s+)?(?:kepada|ke|to)\s+", re.I)
watch(CUE)
# "P dilisensikan (oleh) A (secara eksklusif) kepada B", "P is licensed by A to B": the agent, then the licensee
BY_CUE = re.compile(r"\b(?:dilisensikan(?:\s+oleh)?|licen[cs]ed\s+by)\s+(?:PT\.?\s+)?(?=\u2588)", re.I)
watch(BY_CUE)
_TO = re.compile(r"\.?(?:\s*\([^()]*\))?\s*,?\s*(?:(?:secara\s+)?eksklusif\s+|exclusively\s+)?(?:kepada|ke|to)\s+(?:PT\.?\s+)?", re.I)
# before the cue: "dikembangkan oleh A dan (kemudian) ", "diproduksi A, lalu ", "developed by A and (then) "
_AGENT_AND = re.compile(r"\b(?:di[a-z]+kan|di[a-z]+|[a-z]+ed)\s+(?:oleh\s+|by\s+)?(?:PT\.?\s+)?(?P<agent>\u2588+)\.?"
                        r"(?:\s*,?\s*(?:Pte|Ltd|Inc|Co|Corp|LLC|GmbH|AG|S\.A|Sdn\s+Bhd)\b\.?)*"  # "A Pte. Ltd. (Singapura) dan"
                        r"(?:\s*\([^()]*\))?\s*(?:,\s*)?(?:dan|serta|and|lalu|kemudian|then|,)\s+"
                        r"(?:(?:kemudian|lalu|telah|juga|then|later|subsequently|has\s+been|was|were)\s+)*$", re.I)


# "dilisensikan oleh pusat riset itu kepada B": the licensor by reference, the body of that kind named before
_BY_REF = re.compile(r"\b(?:dilisensikan\s+oleh|licen[cs]ed\s+by)\s+(?:the\s+)?(?P<kind>[a-z]+(?:\s+[a-z]+)?)\s+(?:itu|tersebut|ini)\s+"
                     r"(?:(?:secara\s+)?eksklusif\s+)?(?:kepada|ke|to)\s+(?:PT\.?\s+)?(?=\u2588)")
watch(_BY_REF)


def find(ctx: Context, v: View) -> None:
    for c in v.cues(_BY_REF):
        tail = next(iter(v.after(c.end(), ORG)), None)
        kind = c.group("kind")
        head = next((e for e in ctx.recent(v.index, ORG, pos=c.start(), back=3, limit=8) if kind in e.name.casefold()), None)
        if tail is not None and tail.start == c.end() and head is not None and head is not tail.ent:
            ctx.emit("LICENSED", head, tail.ent, v, 0.65)
    for c in v.cues(CUE):
        tail = next(iter(v.after(c.end(), ORG)), None)
        if tail is None or not re.fullmatch(r"(?:PT\.?\s+)?", v.masked[c.end() : tail.start]):
            continue
        agent = _AGENT_AND.search(v.masked, max(0, c.start() - 120), c.start())
        if agent is None:
            continue
        head = next((m for m in v.mentions if m.start == agent.start("agent")), None)
        if head is None or head.type != "Organization" or head.ent is tail.ent or head.start in v.role_orgs:
            continue
        ctx.emit("LICENSED", head.ent, tail.ent, v, 0.7)
    for c in v.cues(BY_CUE):
        after = v.after(c.end(), ORG)[:2]
        if len(after) < 2 or after[0].start != c.end() or after[0].start in v.role_orgs or after[0].ent is after[1].ent:
            continue
        if _TO.fullmatch(v.masked[after[0].end : after[1].start]):
            ctx.emit("LICENSED", after[0].ent, after[1].ent, v, 0.7)
