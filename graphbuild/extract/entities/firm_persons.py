"""A company's name read as a person's: "Managing Director Sarvodaya Chemicals, Rajesh V." beside "Sarvodaya Chemicals
Pvt. Ltd.", "Direktur Utama PT Biofarma Nusa Madani" split into "PT Biofarma" and a person "Nusa Madani".

Why: the person rules run before the organisation rules and take the capitalised words after a post for a name;
the story names the same words as a company elsewhere. A person mention whose words are a company's own name in
the same text (its whole name, or the rest of it after the company mention just before) becomes that company.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.person_names import add_person, name_run


def find(ctx: Ctx) -> None:
    """Person mentions that spell a company the text names: retyped as it."""
    firms: dict[str, tuple[str | None, str | None]] = {}
    for x in ctx.mentions:
        if x is not None and x.type == "Organization" and x.category == "company":
            for s in (x.text, x.canonical):
                if s:
                    firms.setdefault(_key(s), (x.category, x.canonical))
    if not firms:
        return
    t = ctx.t
    for m, x in enumerate(ctx.mentions):
        if x is None or x.type != "Person" or len(x.text.split()) < 2:
            continue
        i, j = ctx.spans[m]
        got = firms.get(_key(x.text))
        start = i
        prev = ctx.owner[i - 1] if i else -1
        if got is None and prev >= 0 and (p := ctx.mentions[prev]) is not None and p.type == "Organization" \
                and t.ends[i - 1] + 1 == t.starts[i]:  # "PT Biofarma" + "Nusa Madani": one name split in two
            got = firms.get(_key(p.text + " " + x.text))
            start = ctx.spans[prev][0] if got is not None else i
        if got is None:
            continue
        if start < i:
            ctx.drop(prev)
        ctx.drop(m)
        ctx.add(start, j, "Organization", got[0], "cue", canonical=got[1])
        if j + 1 < len(t.words) and t.words[j] == "," and ctx.owner[j + 1] < 0 and not t.newline_before[j + 1]:
            e = name_run(ctx, j + 1)  # "Managing Director X Chemicals, Rajesh V.,": the name the post was for
            if e - j - 1 >= 2 and e < len(t.words) and t.words[e] == ",":
                add_person(ctx, j + 1, e)


def _key(s: str) -> str:
    return " ".join(s.removeprefix("PT ").split()).casefold()
