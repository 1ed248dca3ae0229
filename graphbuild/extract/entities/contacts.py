"""Persons in a press release's contact block: "Media Contact:\\nSari Anggraini\\nCorporate Secretary, PT X".

Why: the block names its person on a line of its own, with no title, honorific or speech verb before
the name, so no other rule sees it. Only the two lines after the block's heading are read, and a line
is a name only when it holds nothing but two to four name words; or, one contact a line, when the name is
followed by a comma and the line ends in the contact's e-mail address ("Nadia Pramesti, Corporate Communications,
PT X, media@x.co.id").
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
        seen = 0
        for i in range(4):  # the name line comes first or right after the office's line
            while j < n and not t.newline_before[j]:
                j += 1
            if j >= n:
                break
            b = name_run(ctx, j)
            if 2 <= b - j <= 4 and (b >= n or t.newline_before[b]):
                add_person(ctx, j, b)
                break
            if 2 <= b - j <= 4 and t.words[b] == "," and _mail_line(t, b):
                add_person(ctx, j, b)  # "Nadia Pramesti, Corporate Communications, PT X, media@x.co.id": one contact a line
                seen += 1
            elif seen or i >= 1:
                break
            j += 1


def _mail_line(t, k: int) -> bool:  # type: ignore[no-untyped-def]
    """The line of token k ends in an e-mail address (a contact's line)."""
    e = k
    while e + 1 < len(t.words) and not t.newline_before[e + 1]:
        e += 1
    return "@" in t.text[t.starts[k] : t.ends[e]]
