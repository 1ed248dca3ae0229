"""HOLDS_POSITION at a body named apart from the post: a company given by the first words of its name
("Direktur Utama Rimba Husada, Yosef Kurniadi" beside "PT Rimba Husada Herbalindo Tbk"), the body of a
holder coordinated before, the body whose delegation the person leads ("Delegasi SFDA yang dipimpin Wakil
CEO Bidang Obat, Dr. X").

Why: news names a company in full once and then by its short form, which the entity stage does not
always make a mention of; a post before a comma and a name still says which company it is, when exactly
one company the document names starts with those words.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.appointments import POST
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.litsearch import literal_search

# a post ("Sekretaris perusahaan" too), then capitalised words (no mention among them: the text is masked), a comma and the name
_TITLE_RUN = re.compile(rf"(?<!\w){POST}(?:\s+(?:perusahaan|perseroan))?(?P<run>(?:\s+[A-Z\u2588][\w&\u2588-]*){{1,6}})\s*,\s*{cues.HONORIFIC}*$")
_LEGAL = frozenset({"PT", "PT.", "CV", "Tbk", "Tbk.", "(Persero)"})
# "X, co-founder and Chief Executive Officer of ViraGen": the post after the name, the body after "of"
_OF_RUN = re.compile(r"\s*,\s*(?:[\w-]+\s+(?:and|&)\s+)?(?P<title>(?:[A-Z][\w-]*\s+){0,3}(?:Officer|Director|Head|President|Founder|"
                     r"Chairman|Chairwoman|Manager|Partner|CEO|CFO|COO|CTO))\s+(?:of|at)\s+(?P<run>[A-Z\u2588][\w&\u2588-]*(?:\s+[A-Z][\w&-]*){0,4})")
# "Direktur Utama PT X, A, dan Direktur Produksi B": the second post, no body named, after the first holder
_AND_TITLE = re.compile(rf"[\s,]*\b(?:dan|serta|and)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){{0,2}}{POST}(?:\s+[A-Z][\w-]*){{0,3}}?"
                        rf"\s*,?\s*{cues.HONORIFIC}*$")
_AND_LEAD = re.compile(r"^[\s,]*(?:dan|serta|and)\s+(?:the\s+)?")
watch(_TITLE_RUN, _OF_RUN, _AND_TITLE)
_title_run_search = literal_search(_TITLE_RUN)  # tried only where a post word starts in the window


def coordinated(ctx: Context, v: View, p: M) -> None:
    """"A, Direktur Utama PT X, dan Direktur Produksi B": B's post is at the body A's post is at."""
    base = max(0, p.start - 120)
    lead = v.masked[base : p.start]
    t = _AND_TITLE.search(lead) if ("dan " in lead or "serta " in lead or "and " in lead) and v.may(_AND_TITLE) else None
    q = v.prev_mention(p) if t is not None else None
    if q is None or q.type != "Person" or v.masked[q.end : base + t.start()].strip(" ,") or ctx.has("HOLDS_POSITION", p.ent):
        return
    for r in ctx.has("HOLDS_POSITION", q.ent):
        body = ctx.by_id[r.tail]
        if r.evidence == v.evidence and body.type == "Organization":
            ctx.emit("HOLDS_POSITION", p.ent, body, v, 0.7, title=_AND_LEAD.sub("", t.group(0)).strip(" ,"))


def find(ctx: Context, v: View, p: M) -> None:
    """``p`` holds the post at the one company whose name opens with the words after the post."""
    if ctx.has("HOLDS_POSITION", p.ent):
        return
    base = max(0, p.start - 160)  # the post sits right before the name: a short window
    lead = v.masked[base : p.start]
    t = _title_run_search(lead) if "," in lead[-30:] and v.may(_TITLE_RUN) else None
    after = _OF_RUN.match(v.masked, p.end) if t is None and v.may(_OF_RUN) else None
    t = t or after
    if t is None:
        return
    if after is not None and "\u2588" in after.group("run"):  # "co-founder and CEO of ViraGen": a body named there
        body = next((m for m in v.mentions if m.start == after.start("run") and m.type == "Organization"), None)
        if body is not None:
            ctx.emit("HOLDS_POSITION", p.ent, body.ent, v, 0.75, title=after.group("title"))
        return
    at = 0 if after is not None else base
    words = v.text[at + t.start("run") : at + t.end("run")].split()  # "Direktur █████ Sejahtera, X": the short name a mention began
    firms = [e for e in ctx.entities if e.type == "Organization" and (after or e.category == "company")]
    for k in range(len(words)):
        short = words[k:]
        if len(short) < 2 and len(short[0]) < 5:
            break
        found = {e.id: e for e in firms if any(_opens(n, short) for n in (e.name, *e.aliases))}
        if len(found) == 1:
            ctx.emit("HOLDS_POSITION", p.ent, next(iter(found.values())), v, 0.7,
                     title=" ".join([t.group("title"), *words[:k]]))
            return
        if found:
            return


def _opens(name: str, short: list[str]) -> bool:
    """The name, less its legal form, starts with the words ``short`` (or is them)."""
    words = [w for w in name.split() if w not in _LEGAL]
    return len(words) >= len(short) and words[: len(short)] == short


# "Delegasi SFDA yang dipimpin Wakil CEO Bidang Obat, Dr. X": the leader holds the post in the delegation's body
_DELEGATION = re.compile(r"\b(?:delegasi|rombongan|the\s+delegation\s+(?:of|from))\s+(?:dari\s+)?$", re.I)
_LED_BY = re.compile(rf"\s*(?:\([^()]*\)\s*)?,?\s*(?:yang\s+)?(?:dipimpin|diketuai|led\s+by|headed\s+by)\s+(?:oleh\s+)?(?:the\s+)?"
                     rf"(?P<title>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,5}})\s*,?\s*{cues.HONORIFIC}*")  # the leader's post: capitalised words
watch(_DELEGATION)


def delegation_head(ctx: Context, v: View, p: M) -> None:
    body = v.prev_mention(p)
    if body is None or body.type != "Organization" or not v.may(_DELEGATION) or ctx.has("HOLDS_POSITION", p.ent):
        return
    led = _LED_BY.fullmatch(v.masked, body.end, p.start)
    if led is not None and _DELEGATION.search(v.masked[max(0, body.start - 30) : body.start]):
        ctx.emit("HOLDS_POSITION", p.ent, body.ent, v, 0.7, title=led.group("title"))
