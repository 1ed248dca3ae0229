"""HOLDS_POSITION through a short reference to the company: a lower-case possessive and a release's defined term.

Why: English news goes on about the company a clause opens with by "its": "Seri Alam will remain under the
leadership of its Managing Director, Dato' X", "Hanbit has sent a team led by its Vice President for Quality,
Y". The post belongs to the clause's subject (the company that opens the sentence, or the one after "that"),
not to the company named last ("… a subsidiary of CPM and will remain under its Managing Director"). A
release that defines its own company ('PT A Tbk ("Perseroan", kode saham: A)', 'B ("the Company")') means
that company whenever a title closes with the term ("Presiden Direktur Perseroan, X", "the Company's Director
of Finance, Y"), however many other companies it names on the way.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.discourse import defined_firm
from graphbuild.extract.relations.post_records import as_mention, no_mention_between, record
from graphbuild.types import Entity

# "… led by its Vice President for Global Quality, X" / "its chief executive officer, Dr. Y"
_ITS = re.compile(rf"(?<![\w'])its\s+(?:(?:new|current|former|then|own)\s+)?{cues.TITLE}"
                  rf"(?:\s+(?:of|for)\s+[A-Z][\w&-]*(?:\s+(?:[A-Z][\w&-]*|and|&))*)?\s*,\s*{cues.HONORIFIC}*$")
# the clause the possessive sits in opens after a reporting verb's "that"
_THAT = re.compile(r"\b(?:that|bahwa)\b")
# nothing but a dateline ("JAKARTA (Reuters) - ", "Surabaya, 4 June 2025 – "), a bullet or punctuation before the subject
_LEAD = re.compile(r"^(?:[^\n]{0,60}?(?:\d{4}|\))\s*[-\u2013\u2014]\s*)?[\W\d]*$")
# "Presiden Direktur Perseroan, X" / "the Company's Director of Finance, Y" / "Direktur Keuangan Perseroan X"
_TERM = re.compile(r"\b(?:Perseroan|[Tt]he\s+Company)\b")
# "the President Director of the Company, X" in a release that defines "the Company"
_OF_TERM = re.compile(rf"\b{cues.TITLE}\s+of\s+the\s+Company\s*,\s*{cues.HONORIFIC}*$")
watch(_ITS, _OF_TERM)
# "welcomed a delegation from the Food and Drug Administration of the Philippines (FDA Philippines), led by its
# Director General, X": the post is at the delegation's body, not at the host that opens the sentence
_PARTY_FROM = re.compile(r"\b(?:delegation|team|mission|group)\s+(?:from|of)\s+(?:the\s+)?$", re.I)
_LED_BY = re.compile(r"\s*(?:\([^()]*\))?\s*,\s*(?:which\s+was\s+|who\s+were\s+)?(?:led|headed)\s+by\s+$")


def find(ctx: Context, v: View, p: M) -> bool:
    """Record the post "its TITLE, X" names at the clause's subject ("TITLE of the Company, X": at the company a
    release defines so); True when recorded."""
    near = v.text[max(0, p.start - 120) : p.start]
    if "of the Company" in near and (t := _OF_TERM.search(v.text, max(0, p.start - 120), p.start)) is not None \
            and (firm := defined_firm(ctx)) is not None:
        record(ctx, v, p, as_mention(p, firm), t.group("title"), 0.75)
        return True
    if "its " not in near:
        return False
    t = _ITS.search(v.text, max(0, p.start - 120), p.start)
    if t is None or not no_mention_between(v, t.start(), p.start):
        return False
    subject = _party_body(v, t.start()) or _subject(v, t.start())
    if subject is None:
        return False
    record(ctx, v, p, subject, t.group("title"), 0.75)
    return True


def _party_body(v: View, end: int) -> M | None:
    """The body a delegation "led by its …" comes from, named right before the "led by"."""
    body = next(iter(v.before(end, ("Organization",))), None)
    if body is None or not _LED_BY.fullmatch(v.masked, body.end, end) or not _PARTY_FROM.search(v.masked, max(0, body.start - 40), body.start):
        return None
    return body


def _subject(v: View, end: int) -> M | None:
    """The body that opens the clause ``end`` closes: the first name after "that", else the sentence's first."""
    orgs = [m for m in v.mentions if m.type == "Organization" and m.end <= end]
    if not orgs:
        return None
    that = [x.end() for x in _THAT.finditer(v.text, 0, end)]
    if that:  # "X said on Monday that Y will be led by its …": Y
        after = [m for m in orgs if m.start >= that[-1]]
        first = after[0] if after and not v.text[that[-1] : after[0].start].strip(" ,") else None
    else:  # the sentence opens with the company
        first = orgs[0] if _LEAD.match(v.text[: orgs[0].start]) else None
    return first


def defined(ctx: Context, t: re.Match[str]) -> Entity | None:
    """The company a release defines as "Perseroan" / "the Company", when the title ``t`` closes with the term."""
    if not _TERM.search(t.group(0)):
        return None
    return defined_firm(ctx)


