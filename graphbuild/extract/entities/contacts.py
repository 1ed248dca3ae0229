"""Persons in a press release's contact block: "Media Contact:\\nSari Anggraini\\nCorporate Secretary, PT X".

Why: the block names its person on a line of its own, with no title, honorific or speech verb before
the name, so no other rule sees it. Only the two lines after the block's heading are read, and a line
is a name only when it holds nothing but two to four name words.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.person_names import add_person, name_run

_HEADS = frozenset({"Contact", "contact", "Contacts", "contacts", "Kontak", "kontak", "Narahubung", "narahubung"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    for k in t.where(_HEADS):
        j = k + 1
        while j < n and t.words[j] in ("*", "**", "Person", "Media", "media") and not t.newline_before[j]:
            j += 1  # "Contact Person:", "Kontak Media:", "**Media contact:**"
        if j >= n or t.words[j] != ":":
            continue
        j += 1
        while j < n and t.words[j] in ("*", "**") and not t.newline_before[j]:
            j += 1
        for _ in range(2):  # the name line comes first or right after the office's line
            while j < n and not t.newline_before[j]:
                j += 1
            if j >= n:
                break
            b = name_run(ctx, j)
            if 2 <= b - j <= 4 and (b >= n or t.newline_before[b]):
                add_person(ctx, j, b)
                break
            j += 1
