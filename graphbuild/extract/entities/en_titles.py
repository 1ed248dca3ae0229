"""Persons named after a lower-case English title: "The company's chief executive, Park Ji-hoon, said",
"Indonesia's ambassador to South Korea, Gandi Sulistiyanto, at …", "Daewon chief executive Park Ji-hoon said".

Why: wire copy writes titles in lower case, which the Indonesian role list (capitalised) never sees; the
name is only taken where the title is set off the way a post is (commas after it, or a speech verb after
the name), so "the head of research said" or "executive summary" name no one.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.person_names import add_person, honorific_at, name_run, surname_first

# the last word of a lower-case English title
_HEADS = frozenset({"executive", "officer", "director", "ambassador", "chairman", "chairwoman", "minister", "president",
                    "founder", "spokesperson", "spokesman", "spokeswoman", "governor", "commissioner", "envoy",
                    "secretary-general", "director-general", "head", "chief", "regent", "mayor", "consul"})
_SPEECH = frozenset({"said", "says", "told", "added", "noted", "explained", "stated", "announced", "stressed"})
# "GHPI president director Kenji Matsuda, who ran …": a relative clause sets the name off as a speech verb does
_SPEECH_OR_WHO = _SPEECH | {"who", "whose"}
_POSTED = frozenset({"to", "of", "for", "at", "in"})  # "ambassador to South Korea", "head of the agency"


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for k in t.where(_HEADS):
        if ctx.owner[k] >= 0 or k + 3 >= n or t.newline_before[k + 1]:
            continue
        j = k + 1
        if t.words[j] in _POSTED:  # "ambassador to South Korea": the post's place or body, capitalised
            j += 1 + (t.words[j + 1] == "the")
            s = j
            while j < n and j - s < 5 and (t.words[j][:1].isupper() or ctx.owner[j] >= 0) and t.words[j] != ",":
                j += 1
            if j == s:
                continue
        comma = j < n and t.words[j] == ","
        a = j + comma
        a += honorific_at(ctx, a) if a < n else 0
        if a >= n or t.newline_before[a] or not (ctx.name_like(a) or surname_first(ctx, a)):
            continue
        b = name_run(ctx, a)
        after = t.words[b] if b < n else "."
        closed = after in (",", ".") if comma else after in _SPEECH or (after == "," and b + 1 < n and t.words[b + 1] in _SPEECH_OR_WHO)
        if b - a >= 2 and closed:
            add_person(ctx, a, b)
