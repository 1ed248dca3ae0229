"""HOLDS_POSITION from English news style that writes the post in lower case between the body and the name:
"GPFI chairman X said …", "Informa Markets event director Y", "BPOM drug registration director Z".

Why: wire copy and English-language Indonesian dailies put a lower-case post (a few field words, then the head
word) right after the body's name, with no comma before the name; the title rules read capitalised titles only.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View

_STOP = r"(?!(?:said|says|and|with|by|from|to|of|at|for|the|has|had|was|is|who|also|as|in|on|its|their|new|former)\b)"
_HEAD = (r"chairman|chairwoman|chairperson|chief\s+executive(?:\s+officer)?|chief\s+(?:operating|financial|medical|scientific)\s+officer|"
         r"director(?:[-\s]general)?|president(?:\s+director)?|head|secretary(?:[-\s]general)?|spokes(?:person|man|woman)|"
         r"minister|ambassador|adviser|advisor|(?:general\s+)?manager|commissioner|co-?founder|founder|CEO|CFO|COO|CTO")
# the gap between the body and the name: its short name in brackets, a possessive, field words, the head word
_GAP = re.compile(rf"\s*\)?\s*(?:\([^()]{{1,20}}\)\s*)?(?:['\u2019]s\s+)?(?P<title>(?:{_STOP}[a-z][a-z-]+\s+){{0,3}}?(?:{_HEAD}))\s+{cues.HONORIFIC}*")
_CUE = re.compile(rf"\b(?:{_HEAD})\s", re.I)


def find(ctx: Context, v: View, p: M) -> None:
    """The post written in lower case between the body named right before ``p`` and ``p``."""
    body = v.prev_mention(p)
    if body is None or body.type != "Organization" or p.start - body.end > 70 or not _CUE.search(v.masked, body.end, p.start + 1):
        return
    t = _GAP.fullmatch(v.masked, body.end, p.start)
    if t is not None:
        ctx.emit("HOLDS_POSITION", p.ent, body.ent, v, 0.75, title=" ".join(t.group("title").split()))
