"""ATTENDED for the bodies that sent envoys and for the head of a delegation: "Hadir pula perwakilan regulator
negara tetangga, antara lain A Malaysia, B Singapura dan C", "Turut hadir delegasi dari A, B, dan C", "Also
present were representatives of A and B", "Delegasi Indonesia dipimpin oleh Direktur X Badan POM, Y", "The
Indonesian delegation was led by Y".

Why: meeting reports open a roll call with the envoys' kind ("perwakilan regulator …") and name their bodies
after a list word, not after an attendance verb; the delegation's leader is named only as who led it. The event
is the one the sentence names, else the one told of just before; a plan ("akan dipimpin") is not a visit made.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.venues import last_event

# the envoys' kind, then (after a list word, or "dari") the first body
_ENVOYS = (r"(?:para\s+)?(?:perwakilan|delegasi|utusan|representatives|delegates|delegations)\b(?:[^\u2588.;:]{0,60}?"
           r"(?:antara\s+lain|di\s+antaranya|yakni|yaitu|seperti|termasuk|including|such\s+as|namely)\s*:?\s+|\s+(?:dari|of|from)\s+"
           r"|(?<=perwakilan)\s+)"  # "Hadir pula perwakilan A dan B": the bodies right after the word
           r"(?:the\s+)?(?=\u2588)")
PRESENT_ENVOYS = re.compile(rf"^\W*(?:(?:turut|tampak|juga)\s+)?hadir\b(?:\s+(?:pula|juga|pun))?\s+{_ENVOYS}"
                            rf"|^\W*(?:also\s+)?(?:present|attending)\s+were\s+(?:also\s+)?{_ENVOYS}", re.I)
# "Representatives of A and B also attended", "Simposium itu juga menghadirkan perwakilan A": the bodies, then (for the
# first) the verb after the list; the event is the one the sentence names, else the one told of just before
SENT_ENVOYS = re.compile(r"^\W*(?:the\s+)?(?:representatives|delegates|delegations|officials)\s+(?:of|from)\s+(?:the\s+)?(?=\u2588)"
                         r"|\b(?:juga\s+|pun\s+)?(?:menghadirkan|mengundang)\s+(?:para\s+)?(?:perwakilan|utusan|delegasi)\s+"
                         r"(?:dari\s+)?(?=\u2588)", re.I)
_ITEM_SEP = re.compile(r"\s*(?:,\s*(?:(?:dan|serta|and)\s+)?|\s(?:dan|serta|and)\s+)(?:the\s+)?", re.I)
_HOSTED = re.compile(r"menghadirkan|mengundang", re.I)
_THEN_ATTENDED = re.compile(r"\s+(?:also\s+)?(?:attended|were\s+(?:also\s+)?(?:present|in\s+attendance)|took\s+part|joined)\b", re.I)
# "Delegasi Indonesia dipimpin oleh …", "The delegation was headed by …"
# (the main clause only: "delegasi X yang dipimpin Y meninjau pabrik", "the delegation led by Y toured …" tell another act)
LED_BY = re.compile(r"\b(?:delegasi|rombongan|delegation)\b(?:(?!\byang\b|\bwhich\b)[^.;:,]){0,40}?\b(?:dipimpin(?:\s+langsung)?(?:\s+oleh)?|"
                    r"diketuai(?:\s+oleh)?|(?:was|were|is)\s+(?:(?:personally|also)\s+)?(?:led|headed)\s+by)\s+", re.I)
_TITLE = re.compile(r"[^;:!?\u201c\u201d\"]{0,120}")  # the leader's title and body, within the clause
_PLANNED = re.compile(r"\b(?:akan|berencana|dijadwalkan|rencananya|batal|ditunda|will|would|plans?\s+to|scheduled)\b", re.I)
WATCHED = CueGroup(PRESENT_ENVOYS, LED_BY, SENT_ENVOYS)
watch(*WATCHED.patterns)


def find(ctx: Context, v: View) -> None:
    present, led, sent = WATCHED.may_each(v)
    if sent:
        _sent_envoys(ctx, v)
    cue = PRESENT_ENVOYS.match(v.masked) if present else None
    if cue is not None and not _PLANNED.search(v.masked[: cue.end()]):
        first = next(iter(v.after(cue.end())), None)
        if first is not None and first.start == cue.end() and first.type == "Organization":
            ev = _event(ctx, v)
            for m in v.chain(first, ("Organization", "Location")) if ev is not None else ():
                if m.type == "Organization" and m.start not in v.role_orgs:
                    ctx.emit("ATTENDED", m.ent, ev, v, 0.7)
    for c in v.cues(LED_BY) if led else ():
        if _PLANNED.search(v.masked[: c.end()]) or cues.negated(v.masked, c.start()):
            continue  # ("will be led by", "akan dipimpin oleh")
        who = next(iter(v.after(c.end(), ("Person",))), None)  # past the leader's title: "oleh Direktur X BPOM, apt. Y"
        if who is None or not _TITLE.fullmatch(v.masked, c.end(), who.start):
            continue
        sites = _visited_before(ctx, v)  # "Delegasi X mengunjungi pabrik Y. Rombongan dipimpin Z.": Z visited Y
        for site in sites:
            ctx.emit("VISITED", who.ent, site, v, 0.65)
        ev = _event(ctx, v) if not sites else None
        if ev is not None:
            ctx.emit("ATTENDED", who.ent, ev, v, 0.7)


def _sent_envoys(ctx: Context, v: View) -> None:
    """ATTENDED for the bodies after "Representatives of" (the verb closing the list) or "menghadirkan perwakilan"."""
    for c in v.cues(SENT_ENVOYS):
        first = next(iter(v.after(c.end())), None)
        if first is None or first.start != c.end() or first.type != "Organization" or _PLANNED.search(v.masked[: c.end()]):
            continue
        chain = _listed(v, first)
        if not _HOSTED.search(c.group()) and not _THEN_ATTENDED.match(v.masked, _past_gloss(v, chain[-1])):
            continue  # ("Representatives of A said …": no attendance told)
        if (ev := _event(ctx, v)) is None:
            continue
        for m in chain:
            if m.start not in v.role_orgs:
                ctx.emit("ATTENDED", m.ent, ev, v, 0.7)


def _listed(v: View, first: M) -> list[M]:
    """``first`` and the bodies listed after it ("A (X), B dan C", "A and the B"); a body right after another with no
    list word between is not another item ("Direktorat A Kementerian B" is the unit of B)."""
    out = [first]
    while (nxt := v.next_mention(out[-1])) is not None and nxt.type == "Organization" and _ITEM_SEP.fullmatch(
            v.masked, _past_gloss(v, out[-1]), nxt.start):
        out.append(nxt)
    return out


def _past_gloss(v: View, m: M) -> int:
    """Where ``m`` ends, past its bracketed acronym: "the Korea Health Industry Development Institute (KHIDI)"."""
    g = re.match(r"\s*\([^()]*\)", v.text[m.end :])
    return m.end + g.end() if g else m.end


def _visited_before(ctx: Context, v: View) -> list:  # type: ignore[type-arg]
    """The places a body visited in the two sentences before ``v`` (the delegation's visit, told first)."""
    told = {" ".join(w.text.split()) for w in ctx.views[max(0, v.index - 2) : v.index]}
    return list({r.tail: ctx.by_id[r.tail] for r in ctx.typed("VISITED") if r.evidence in told and r.tail in ctx.by_id
                 and ctx.by_id[r.head].type == "Organization"}.values())


def _event(ctx: Context, v: View):  # type: ignore[no-untyped-def]
    named = [m for m in v.mentions if m.type == "Event"]
    return named[0].ent if named else last_event(ctx, v.index)
