"""HOLDS_POSITION of the one a new office-holder replaces, told by a generic noun for the body.

Why: congress and shareholder-meeting reports name the successor's body and then the predecessor with only
"the association" or "the company" ("… menetapkan X sebagai Ketua Umum, menggantikan Y yang telah memimpin
perhimpunan selama dua periode", "X succeeds Y, who has led the company since 2015"): Y held a post in the
body X now heads. The body is the one the successor holds a post in, of the kind the noun names (an
association's noun never picks the successor's own company).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.types import Entity

_CUE = re.compile(r"\b(?:menggantikan|succeed(?:s|ing|ed)?|replac(?:es|ing|ed))\s")
_LEADING = re.compile(rf"(?:\s|{cues.HONORIFIC})*")
# "…, yang telah memimpin asosiasi tersebut selama dua periode", "…, who has led the association since 2019"
_LED = re.compile(rf"(?:[\s,]|{cues.DEGREE})*(?:yang|who)\s+(?:(?:telah|sudah|pernah|has|had)\s+)?(?:(?:been\s+)?(?:memimpin|mengetuai|"
                  r"menakhodai|led|headed|chaired|leading|heading|chairing))\s+(?:the\s+)?(?P<noun>asosiasi|perhimpunan|organisasi|"
                  r"ikatan|himpunan|gabungan|persatuan|konsorsium|association|organi[sz]ation|consortium|federation|society|"
                  r"perseroan|perusahaan|emiten|company|firm)\b", re.I)
# "…, who has been appointed President Commissioner", "… yang kini duduk sebagai Komisaris": a seat on the successor's board
_SEATED = re.compile(rf"(?:[\s,]|{cues.DEGREE})*(?:who\s+(?:has|had)\s+been\s+(?:appointed|named)(?:\s+as)?|yang\s+kini\s+(?:(?:ditunjuk|diangkat)\s+"
                     r"(?:menjadi|sebagai)|duduk\s+sebagai|menjadi))\s+(?:the\s+)?(?:Wakil\s+|Vice\s+)?(?:Presiden\s+|President\s+)?"
                     r"(?:Komisaris|Commissioner|Direktur|Director)\b")
# "… yang mendapat tugas baru di BPOM pusat sebagai Direktur …": the body named right after
_MOVED = re.compile(rf"(?:[\s,]|{cues.DEGREE})*yang\s+(?:kini\s+)?(?:mendapat\s+tugas\s+baru|ditugaskan|dipindahtugaskan|dimutasi|"
                    r"dipromosikan)\s+(?:di|ke)\s+$")
# "X, Direktur Utama B, ditunjuk sebagai …", "X, yang sehari-hari menjabat Presiden Direktur B": a post held besides
_SIDE_POST = re.compile(rf"(?:,\s*|\bmenjabat\s+(?:sebagai\s+)?){cues.TITLE}[\w\s&-]{{0,50}}$")
_NOT_SEAT = frozenset({"media", "city", "country"})  # a post told in the sentence may be in any body but these
_FIRM_NOUN = frozenset({"perseroan", "perusahaan", "emiten", "company", "firm"})
_NOT_BODY = frozenset({"regulator", "government", "ministry", "media", "city", "country"})
_APPOINTED = re.compile(r"\b(?:melantik|dilantik|mengangkat|diangkat|menunjuk|ditunjuk|menetapkan|ditetapkan|appointed|named)\b")
watch(_CUE)


def find(ctx: Context) -> None:
    """The predecessor holds a post in the body of the noun's kind that the successor before the cue holds one in."""
    for v in ctx.where(_CUE):
        for c in _CUE.finditer(v.masked):
            pred = next((m for m in v.mentions if m.start >= c.end()), None)
            if pred is None or pred.type != "Person" or not _LEADING.fullmatch(v.text, c.end(), pred.start):
                continue
            after = next((m for m in v.mentions if m.start >= pred.end), None)
            if after is not None and after.type == "Organization" and _MOVED.match(v.text[: after.start], pred.end):
                ctx.emit("HOLDS_POSITION", pred.ent, after.ent, v, 0.6)
                continue
            led = _LED.match(v.text, pred.end)
            succ = next((m for m in reversed(v.mentions) if m.end <= c.start() and m.type == "Person"), None)
            if succ is None and v.index and (prev := ctx.views[v.index - 1]).mentions:  # "She succeeds Y, …"
                succ = next((m for m in reversed(prev.mentions) if m.type == "Person"), None)
            seated = led is None and _SEATED.match(v.text, pred.end) is not None
            if succ is None:
                continue
            if led is None and not seated:  # "X diangkat sebagai Direktur Utama PT A menggantikan Y": Y held the post in A
                for body in _bodies_told(ctx, v, succ.ent):
                    ctx.emit("HOLDS_POSITION", pred.ent, body, v, 0.55)
                continue
            firm = seated or led.group("noun").casefold() in _FIRM_NOUN
            bodies = [ctx.by_id[r.tail] for r in ctx.has("HOLDS_POSITION", succ.ent)]
            bodies = [b for b in bodies if b.type == "Organization" and b.category not in _NOT_BODY
                      and (b.category == "company") == firm]
            if bodies:
                ctx.emit("HOLDS_POSITION", pred.ent, bodies[-1], v, 0.6)


def _bodies_told(ctx: Context, v: View, succ: Entity) -> list[Entity]:
    """The bodies of the successor's posts told in this sentence or the one before ("X dilantik sebagai Kepala A.
    Ia menggantikan Y"): the post the predecessor left. Golds list the predecessor's post in every story that
    names one (25 as a plain item, 16 as an optional one, none left out). A body named there after a post the
    successor holds besides ("X, Direktur Utama B, ditunjuk sebagai …", "yang menjabat Presiden Direktur B") is
    not the one left."""
    got = _told_in(ctx, ctx.views[max(0, v.index - 1) : v.index + 1], succ)
    if got:
        return got
    # "X dilantik sebagai Direktur A. X sebelumnya menjabat …. Ia menggantikan Y": the appointing sentence, further back
    return _told_in(ctx, [w for w in ctx.views[max(0, v.index - 4) : v.index - 1] if _APPOINTED.search(w.masked)
                          and any(m.ent is succ for m in w.mentions)][-1:], succ)


def _told_in(ctx: Context, views: list[View], succ: Entity) -> list[Entity]:
    """The bodies of the successor's posts whose evidence is one of ``views``, less those of a post held besides."""
    told = {" ".join(w.text.split()) for w in views}
    out: dict[str, Entity] = {}
    for r in ctx.has("HOLDS_POSITION", succ):
        if r.evidence not in told or (body := ctx.by_id.get(r.tail)) is None:
            continue
        if body.type != "Organization" or body.category in _NOT_SEAT:
            continue
        if not any(_SIDE_POST.search(u.text[max(0, m.start - 90) : m.start]) for u in views for m in u.mentions if m.ent is body):
            out[body.id] = body
    return list(out.values())
