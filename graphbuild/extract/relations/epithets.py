"""HOLDS_POSITION from an epithet that stands for the person just quoted: '"…," ujar guru besar ilmu kesehatan
anak Unpad itu', '"…," kata Ketua Umum GP Jamu tersebut'; or for the one the sentence before names, opening the next:
"Guru besar Fakultas Farmasi Universitas A itu sebelumnya …", "Perempuan kelahiran Gianyar itu sebelumnya memimpin
Balai POM di Kupang", "Ia kini memimpin Direktorat X" (a post held before keeps "mantan" in its title).

Why: after naming someone once, Indonesian reports close a quote with the person's post and a demonstrative
instead of the name; the post's body is named there and nowhere next to the name.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.speech import SAY

# the speech verb, a post (lower or title case, a few words of field), the body, then "itu/tersebut"
_EPITHET = re.compile(rf"\b(?:{SAY})(?:nya)?\s+(?:(?:pria|wanita|perempuan|sosok)\s+"
                      r"yang\s+(?:juga\s+)?(?:menjabat\s+(?:sebagai\s+)?)?)?(?P<post>(?:guru\s+besar|dosen|peneliti|pakar|ahli|staf\s+pengajar|"
                      r"[Dd]ekan|[Rr]ektor|[Dd]irektur(?:\s+[Uu]tama|\s+[Jj]enderal)?|[Kk]etua(?:\s+[Uu]mum)?|[Kk]epala|[Ss]ekretaris\s+[Jj]enderal|"
                      r"CEO|[Pp]residen\s+[Dd]irektur)(?:\s+[\w-]+){0,5}?)\s+(?=\u2588)", re.I)
_CLOSE = re.compile(r"\s+(?:itu|tersebut|ini)\b")
# a sentence opening with the post and its body, then "itu": "Guru besar Fakultas Farmasi Unair itu sebelumnya …"
_OPENING_POST = re.compile(r"(?:^\W*|[.!?]\s+)(?P<post>(?i:guru\s+besar|dosen|peneliti|dekan|rektor|pendiri))(?:\s+[a-z][\w-]*){0,4}?\s+(?=\u2588)")
# a sentence opening with an epithet or a pronoun, then "memimpin" a body: "Pria kelahiran Medan itu sebelumnya memimpin …"
_LEADS = re.compile(r"(?:^\W*|[.!?]\s+)(?:(?:Perempuan|Pria|Wanita|Lelaki|Laki-laki|Sosok|Alumnus|Alumni|Lulusan)\b[^.;:\"\u201c]{0,80}?\s(?:itu|tersebut)"
                    r"|Ia|Dia|Beliau)\s+(?P<adv>(?:(?:sebelumnya|pernah|sempat|juga|kini|saat\s+ini|sekarang)\s+)*)"
                    r"(?:memimpin|mengepalai)\s+(?=\u2588)")
_BEFORE = re.compile(r"\b(?:sebelumnya|pernah|sempat)\b")
watch(_EPITHET, _OPENING_POST, _LEADS)


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
    for v in ctx.where(_OPENING_POST, _LEADS):
        _opening(ctx, v)


def _opening(ctx: Context, v: View) -> None:
    """The post an opening epithet gives the one person the sentence before names."""
    post, led = _OPENING_POST.search(v.masked), _LEADS.search(v.masked)  # (also after an unsplit "…, M.Kes. Perempuan …")
    c = post or led
    body = next(iter(v.after(c.end())), None) if c is not None and (v.index or c.start()) else None
    if body is None or body.start != c.end() or body.type != "Organization":  # type: ignore[union-attr]
        return
    end = body.end
    for m in v.after(body.end):  # "Fakultas Farmasi █ Universitas A █": the unit's parent run into its name
        if v.masked[end : m.start].strip():
            break
        end = m.end
    if post is not None and not _CLOSE.match(re.sub(r"^\s*\([^()]*\)", "", v.masked[end:])):
        return  # ("Kepala BPOM X mengatakan …": a title before a name, no epithet)
    told = v.before(c.start(), ("Person",)) or [m for m in ctx.views[v.index - 1].mentions if m.type == "Person"]  # type: ignore[union-attr]
    people = list({m.ent.id: m for m in told}.values())
    if len(people) != 1 or any(m.type == "Person" for m in v.mentions if m.start > c.start()):  # type: ignore[union-attr]
        return
    if post is not None:
        title = " ".join(post.group("post").split())
    else:
        title = "mantan Kepala" if _BEFORE.search(led.group("adv")) else "Kepala"  # type: ignore[union-attr]
    ctx.emit("HOLDS_POSITION", people[0].ent, body.ent, v, 0.65, title=title)
