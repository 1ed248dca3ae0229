"""HOLDS_POSITION on a roster line that names the person, a dash, the post and, after a comma, the body last:
"- **X** — Deputi Bidang Pengawasan Obat …, Badan POM", "- Y — Duta Besar RI untuk Tiongkok, KBRI Beijing",
"1. Z, M.Sc. – General Manager, PT A"; a speaker line with a comma after the name and the body closing the post
before a dash and the talk's topic: "- **X, Apt.**, Deputi Bidang Pengawasan Obat, Narkotika, … BPOM — topik",
"- Dr. Y, Technical Officer WHO – …" (the field's own commas and a post the title list lacks read as well).

Why: lists of speakers or participants write one "name — post, body" line each; the post may be a unit's own
name or a title with its field, and what it belongs to comes last, set off by a comma, so neither the title
patterns (the body right after the title) nor the apposition rules (a comma after the name) read it.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.title_bodies import headed_unit

# the bullet and the person's honorifics before the name; after it, degrees, bold marks and the dash
_LEAD = re.compile(rf"^\s*(?:[-*\u2022]|\d{{1,2}}[.)])\s*(?:\*\*)?\s*(?:{cues.HONORIFIC}\s*)*(?:\*\*)?\s*$")
_DASH = re.compile(rf"^(?:\s|\*|,|{cues.DEGREE})*[\u2013\u2014]\s*(?:\*\*)?\s*(?=\S)")
_TITLE_FIRST = re.compile(rf"(?:(?:Plt|Plh|Pj)\.?\s+)?{cues.TITLE}\b")
_TAIL = re.compile(r"^[\s.*]*$")  # nothing after the body but the line's end
# after the name and its degrees: a comma, then the post (a listed title, or a staff post the list lacks: "Technical Officer")
_COMMA_POST = re.compile(rf"^(?:\s|\*|{cues.DEGREE}|,(?=[^,]*{cues.DEGREE}))*,\s*(?:\*\*)?\s*(?:(?:Plt|Plh|Pj)\.?\s+)?(?:{cues.TITLE}|"
                         r"(?P<staff>(?:[A-Z][a-z]+\s+){1,2}(?:Officer|Adviser|Advisor|Specialist|Consultant|Coordinator|Lead)))\b")
# the words of a post's field between the title and the body: capitalised words, commas and conjunctions
_FIELD = re.compile(r"^(?:(?>\s*,\s+|\s+)(?:[A-Z][\w-]*|dan|serta|and|&|of|for|the))*\s+$")  # (atomic: linear in the gap)
_TOPIC = re.compile(r"^\s*(?:\*\*)?\s*(?:[\u2013\u2014]|\s-\s|:|[;.]?\s*$)")  # the dash before the talk's topic, or the line's end


def find(ctx: Context, v: View, p: M) -> None:
    """``p``'s post in the body that closes its roster line."""
    if not _LEAD.match(v.text[: p.start]):
        return
    if (post := _COMMA_POST.match(v.text[p.end :])) is not None and _speaker(ctx, v, p, post):
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


def _speaker(ctx: Context, v: View, p: M, post: re.Match[str]) -> bool:
    """"- **X**, Deputi Bidang …, … BPOM — topik": the body right before the dash closes the post."""
    start = p.end + post.end()
    body = next((m for m in v.mentions if m.start >= start and _TOPIC.match(v.text[m.end :])), None)
    if body is not None and body.type == "Location" and (org := v.prev_mention(body)) is not None and org.start >= start \
            and not v.text[org.end : body.start].strip():
        body = org  # "Programme Officer UNICEF Indonesia —": the body's country office, the body itself
    if body is None or body.type != "Organization" or body.start in v.role_orgs or not _FIELD.match(" " + v.text[start : body.start]):
        return False
    if any(m.start >= start and m.end <= body.start and m.type == "Person" for m in v.mentions):
        return False
    title = " ".join((post.group("staff") or post.group("title")).split())
    if not ctx.emit("HOLDS_POSITION", p.ent, body.ent, v, 0.75, title=title):
        return False
    field = v.text[start : body.start].strip(" ,")
    if post.group("title") and field and (unit := headed_unit(ctx, title, field)) is not None and unit is not body.ent:
        ctx.emit("HOLDS_POSITION", p.ent, unit, v, 0.7, title=f"{title} {field}")  # "Direktur Registrasi Obat BPOM": the directorate
    return True
