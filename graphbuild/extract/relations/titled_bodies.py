"""Whether an organisation in a list of attendees is only the body in the title of the person after it.

Why: "dibuka oleh Direktur Jenderal Farmasi dan Alat Kesehatan (Dirjen Farmalkes) Kemenkes, Dr. apt. X":
the ministry and its directorate name X's post; X opened the event, the bodies did not attend it on their
own. ``View.role_orgs`` catches the body right after a title; a glossed title with a second body after the
gloss slips past it.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View

# between the body and the person: more bodies, glosses, commas and honorifics, but no list word or clause end
_GAP = re.compile(r"[^;!?]{0,120}")  # (a view is one sentence; "Dr." keeps its dot)
_LIST = re.compile(r"\b(?:dan|serta|and|beserta|bersama)\b|;", re.I)


def of_next(ctx: Context, v: View, m: M) -> bool:
    """Org mention ``m`` is the body of a post held by the first person named after it in the sentence."""
    p = next(iter(v.after(m.end, ("Person",))), None)
    if p is None or any(x.type not in ("Organization", "Person") for x in v.mentions if m.end <= x.start < p.start):
        return False
    gap = v.masked[m.end : p.start]
    return bool(_GAP.fullmatch(gap)) and not _LIST.search(gap) and bool(ctx.has("HOLDS_POSITION", head=p.ent, tail=m.ent))
