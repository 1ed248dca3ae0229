"""HOLDS_POSITION on a roster line that names the person, a dash, the post and, after a comma, the body last:
"- **X** — Deputi Bidang Pengawasan Obat …, Badan POM", "- Y — Duta Besar RI untuk Tiongkok, KBRI Beijing",
"1. Z, M.Sc. – General Manager, PT A".

Why: lists of speakers or participants write one "name — post, body" line each; the post may be a unit's own
name or a title with its field, and what it belongs to comes last, set off by a comma, so neither the title
patterns (the body right after the title) nor the apposition rules (a comma after the name) read it.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View

# the bullet and the person's honorifics before the name; after it, degrees, bold marks and the dash
_LEAD = re.compile(rf"^\s*(?:[-*\u2022]|\d{{1,2}}[.)])\s*(?:\*\*)?\s*(?:{cues.HONORIFIC}\s*)*(?:\*\*)?\s*$")
_DASH = re.compile(rf"^(?:\s|\*|,|{cues.DEGREE})*[\u2013\u2014]\s*(?:\*\*)?\s*(?=\S)")
_TITLE_FIRST = re.compile(rf"(?:(?:Plt|Plh|Pj)\.?\s+)?{cues.TITLE}\b")
_TAIL = re.compile(r"^[\s.*]*$")  # nothing after the body but the line's end


def find(ctx: Context, v: View, p: M) -> None:
    """``p``'s post in the body that closes its roster line."""
    if not _LEAD.match(v.text[: p.start]):
        return
    dash = _DASH.match(v.text[p.end :])
    last = v.mentions[-1] if dash is not None else None
    if last is None or last is p or last.type != "Organization" or last.start in v.role_orgs or not _TAIL.match(v.text[last.end :]):
        return
    post = p.end + dash.end()  # type: ignore[union-attr]
    title = _TITLE_FIRST.match(v.text, post)
    if title is None or not v.text[post : last.start].rstrip().endswith(",") or ";" in v.text[post : last.start]:
        return
    ctx.emit("HOLDS_POSITION", p.ent, last.ent, v, 0.75, title=title.group("title"))
