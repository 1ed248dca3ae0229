"""HOLDS_POSITION from an epithet that stands for the person just quoted: '"…," ujar guru besar ilmu kesehatan
anak Unpad itu', '"…," kata Ketua Umum GP Jamu tersebut'.

Why: after naming someone once, Indonesian reports close a quote with the person's post and a demonstrative
instead of the name; the post's body is named there and nowhere next to the name.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, watch
from graphbuild.extract.relations.speech import SAY

# the speech verb, a post (lower or title case, a few words of field), the body, then "itu/tersebut"
_EPITHET = re.compile(rf"\b(?:{SAY})(?:nya)?\s+(?:(?:pria|wanita|perempuan|sosok)\s+"
                      r"yang\s+(?:juga\s+)?(?:menjabat\s+(?:sebagai\s+)?)?)?(?P<post>(?:guru\s+besar|dosen|peneliti|pakar|ahli|staf\s+pengajar|"
                      r"[Dd]ekan|[Rr]ektor|[Dd]irektur(?:\s+[Uu]tama|\s+[Jj]enderal)?|[Kk]etua(?:\s+[Uu]mum)?|[Kk]epala|[Ss]ekretaris\s+[Jj]enderal|"
                      r"CEO|[Pp]residen\s+[Dd]irektur)(?:\s+[\w-]+){0,5}?)\s+(?=\u2588)", re.I)
_CLOSE = re.compile(r"\s+(?:itu|tersebut|ini)\b")
watch(_EPITHET)


def find(ctx: Context) -> None:
    for v in ctx.where(_EPITHET):
        if not ('"' in v.text or "\u201d" in v.text) or not (
                "itu" in v.masked or "tersebut" in v.masked or "ini" in v.masked):
            continue  # "kata" and "jelas" open common verbs ("mengatakan"): the demonstrative is needed too
        for c in v.cues(_EPITHET):
            body = next(iter(v.after(c.end())), None)
            if body is None or body.start != c.end() or body.type != "Organization" or not _CLOSE.match(v.masked, body.end):
                continue
            people = [m for m in v.before(c.start(), ("Person",))]
            if not people and v.index:  # the quote is a sentence of its own: whoever the sentence before names
                people = list({m.ent.id: m for m in ctx.views[v.index - 1].mentions if m.type == "Person"}.values())
            if len(people) == 1:  # two people before it: no guess
                ctx.emit("HOLDS_POSITION", people[0].ent, body.ent, v, 0.7, title=" ".join(c.group("post").split()))
