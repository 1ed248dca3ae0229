"""An activity told first and named in the next sentence: "Menko PMK Pratikno menggelar pertemuan dengan …
di Kantor X, Jakarta Pusat. Pertemuan bertajuk Dialog Kebijakan Y itu membahas …".

Why: reports often say what happened (who held a meeting, where) before they give its title; the title
sentence ("Pertemuan bertajuk Y itu …") names the same activity, so Y has the host, place and the person
who held it from the sentence before. Only when that sentence names no event of its own.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch

_KINDS = (r"pertemuan|acara|kegiatan|rapat|forum|diskusi|dialog|seminar|webinar|lokakarya|sosialisasi|pelatihan|"
          r"konferensi(?:\s+pers)?|peluncuran|penyerahan|temu\s+\w+|meeting|event|workshop|forum")
# "Pertemuan bertajuk █ itu …": the first mention is the event, right after the kind and its title word
_TITLED = re.compile(rf"^\W*(?:{_KINDS})(?:\s+[a-z]+)?\s+(?:yang\s+)?(?:bertajuk|bertema|bernama|berjudul|titled|called|dubbed)\s*"
                     r"[\"\u201c*]*\s*$", re.I)
_TITLE_WORD = re.compile(r"bertajuk|bertema|bernama|berjudul|titled|called|dubbed", re.I)  # the literal gate
# "… menggelar pertemuan dengan …": the activity by its kind, lower case (a named event would be a mention)
_HELD_KIND = re.compile(rf"\b(?:menggelar|menyelenggarakan|mengadakan|memimpin|held|hosted|convened)\s+(?:sebuah\s+|a\s+|an\s+)?(?:{_KINDS})\b",
                        re.I)
_AT = re.compile(r"^[^\u2588;:]{0,80}?\b(?:di|in|at)\s+(?:(?:kantor|gedung|aula|the)\s+)?$", re.I)
watch(_TITLE_WORD)


def find(ctx: Context, v: View) -> None:
    """The event named by title gets the host, the holder and the place of the activity told just before."""
    if not v.index or not v.mentions or v.mentions[0].type != "Event" or not v.may(_TITLE_WORD):
        return
    ev = v.mentions[0]
    if not _TITLED.match(v.masked[: ev.start]):
        return
    prev = ctx.views[v.index - 1]
    held = _HELD_KIND.search(prev.masked)
    if held is None or any(m.type == "Event" for m in prev.mentions) or cues.negated(prev.masked, held.start()):
        return
    subj = next(iter(prev.before(held.start(), ("Person", "Organization"))), None)
    if subj is not None and held.start() - subj.end <= 60:
        if subj.type == "Person":
            ctx.emit("ATTENDED", subj.ent, ev.ent, v, 0.7)
            bodies = {r.tail for r in ctx.has("HOLDS_POSITION", subj.ent) if r.evidence == prev.evidence}
            if len(bodies) == 1 and (body := ctx.by_id[next(iter(bodies))]).type == "Organization":
                ctx.emit("ORGANIZED", body, ev.ent, v, 0.7)  # "Menko PMK Pratikno menggelar pertemuan": his ministry held it
        elif subj.start not in prev.role_orgs:
            ctx.emit("ORGANIZED", subj.ent, ev.ent, v, 0.75)
    _place(ctx, prev, held.end(), ev)


def _place(ctx: Context, prev: View, pos: int, ev: M) -> None:
    """"… di Kantor Kemenko PMK, Jakarta Pusat": the first place (or the city after a venue) the activity was at."""
    for m in prev.after(pos):
        if not _AT.match(prev.masked[pos : m.start]):
            continue
        if m.type == "Location" and not ctx.is_country(m.ent):
            ctx.emit("HELD_IN", ev.ent, m.ent, prev, 0.7)
            return
        city = prev.next_mention(m)
        if m.type in ("Facility", "Organization") and city is not None and city.type == "Location" and re.fullmatch(
                r"\s*(?:\([^()]*\)\s*)?,\s*", prev.gap(m.end, city.start)) and not ctx.is_country(city.ent):
            ctx.emit("HELD_IN", ev.ent, city.ent, prev, 0.7)
        return
