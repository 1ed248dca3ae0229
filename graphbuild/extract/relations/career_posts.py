"""HOLDS_POSITION of a new post told after the person's apposed current or former one.

Why: appointment news names the person, sets off the post held now or before in an apposition, and only then
gives the new post: "Agus Sumarta, yang sebelumnya menjabat Direktur Operasional PT A, diangkat sebagai Direktur
Utama PT B", "X, currently Director of Business Development at A, will serve as President Director of PT B",
"The two companies have appointed Y, currently Head of … at A, as President Director of PT B". The title rules
read only a post right after the name, so the new post after the apposition's closing comma went unread. The
apposition must open with a comma after the name (and its degrees) and close with a comma; no other person may
stand in it; the new post is a listed title and its body is the organisation right after it.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, watch

# the cue: a link word that gives a post ("sebagai", "menjadi", "as")
_CUE = re.compile(r"\b(?:sebagai|menjadi|as)\s")
_OPEN = re.compile(rf"(?:\s|{cues.DEGREE}|,(?=[^,]*{cues.DEGREE}))*,\s")  # the comma after the name and its degrees
# after the apposition's closing comma: the verb that gives the new post, then the post up to its body
_LINK = (r"(?:(?:akan|kemudian|lalu|kini|resmi|juga|will|has\s+been|was|is|also|now)\s+)*"
         r"(?:(?:ditunjuk|diangkat|dilantik|ditetapkan|terpilih|dipercaya|dipilih|menjabat|duduk)\s+(?:sebagai|menjadi)"
         r"|menjabat|serve\s+as|serves\s+as|appointed(?:\s+as)?|named(?:\s+as)?|elected(?:\s+as)?|take\s+(?:up|on)\s+the\s+role\s+of"
         r"|become|becomes|join\s+(?:the\s+board\s+)?as)")
_NEW_POST = re.compile(rf"^\s*,\s*{_LINK}\s+(?:the\s+|an?\s+)?(?:(?:Plt|Plh|Pj)\.?\s+)?{cues.TITLE}"
                       r"(?:\s+(?:(?:of|for|and|dan|&)\s+)?[A-Z][\w-]*){0,4}?\s+(?:(?:of|at|di|pada|dari|for)\s+(?:the\s+)?)?(?:PT\.?\s+)?$")
# "have appointed Y, currently …, as President Director of PT B": a bare "as"/"sebagai" after an appointing verb before Y
_APPOINTER = re.compile(rf"\b(?:appoint(?:ed|s)?|nam(?:ed|es)|elect(?:ed|s)|mengangkat|menunjuk|menetapkan|memilih|melantik)\s+(?:\s|{cues.HONORIFIC})*$")
_AS_POST = re.compile(rf"^\s*,\s*(?:as|sebagai|menjadi)\s+(?:the\s+|an?\s+)?{cues.TITLE}"
                      r"(?:\s+(?:(?:of|for|and|dan|&)\s+)?[A-Z][\w-]*){0,4}?\s+(?:(?:of|at|di|pada|dari|for)\s+(?:the\s+)?)?(?:PT\.?\s+)?$")
watch(_CUE)


def find(ctx: Context) -> None:
    """The body right after the new post that follows a person's apposition."""
    for v in ctx.where(_CUE):
        ms = v.mentions
        for i, p in enumerate(ms):
            if p.type != "Person" or not (o := _OPEN.match(v.text, p.end)):
                continue
            close = v.text.find(",", o.end(), p.end + 200)  # the apposition's closing comma (past its degrees and any name's own comma: "Co., Ltd.")
            while close > 0 and (_DEGREE_AT.match(v.text, close + 1) or any(m.start < close < m.end for m in ms[i + 1 : i + 4])):
                close = v.text.find(",", close + 1, p.end + 200)
            if close < 0:
                continue
            body = next((m for m in ms[i + 1 :] if m.start > close), None)
            if body is None or body.type != "Organization" or any(m.type == "Person" for m in ms[i + 1 :] if m.start < body.start):
                continue
            gap = v.text[close : body.start]
            t = _NEW_POST.match(gap)
            if t is None and _APPOINTER.search(v.text, max(0, p.start - 40), p.start):
                t = _AS_POST.match(gap)
            if t is not None:
                ctx.emit("HOLDS_POSITION", p.ent, body.ent, v, 0.7, title=t.group("title"))


_DEGREE_AT = re.compile(rf"\s*{cues.DEGREE}\s*(?:,|$)")
