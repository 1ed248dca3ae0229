"""Events a sentence explains by their kind: "CPHI South East Asia 2025, a three-day pharmaceutical ingredients
exhibition at …", "Vitafoods Asia 2025, pameran nutrasetikal terbesar di Asia". A trade show named by its brand
carries no event word, but the edition year and the apposition saying what it is make it one."""

from __future__ import annotations

import re

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.scan import run_backward

# the kind an apposition gives the name (English and Indonesian)
_KINDS = frozenset({"exhibition", "expo", "conference", "fair", "tradeshow", "summit", "congress", "symposium", "convention",
                    "pameran", "konferensi", "kongres", "simposium", "ekspo"})
_YEAR = re.compile(r"(?:19|20)\d\d$")
_OPENERS = frozenset({"a", "an", "the", "sebuah", "ajang", "yakni", "yaitu"})
_MAX_GAP = 6  # words between the comma and the kind word ("a three-day pharmaceutical ingredients exhibition")


def find(ctx: Ctx) -> None:
    t = ctx.t
    for k in t.where(_KINDS, lower=True):
        c = next((x for x in range(k - 1, max(0, k - _MAX_GAP - 2), -1) if t.words[x] == ","), -1)
        if c < 2 or not _YEAR.match(t.words[c - 1]) or t.newline_before[c - 1]:
            continue
        between = t.words[c + 1 : k]
        if between and between[0].lower() not in _OPENERS:
            continue  # "… 21 Mei 2026, untuk mengikuti Simposium X": a date, then what was done
        if any(w[:1].isupper() or w in (",", ".", ";", ":", "(", ")") for w in between):
            continue  # "… 2025, PT X exhibition": another name, not what the first one is
        y = c - 1
        i = run_backward(ctx, y - 1) if y else y
        if i >= y or any(ctx.type_at(x) in ("Person", "Organization", "Event", "Facility") for x in range(i, y)):
            continue  # "PT X 2025, …": an organisation's name; an event already found
        if all(t.words[x] in t.cue.dates or t.words[x].isdigit() for x in range(i, y)):
            continue  # "pada Kamis, 21 Mei 2026, …": a date
        ctx.add(i, y + 1, "Event", None, "cue")
