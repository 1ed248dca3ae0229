"""Programmes named after a programme word: "program Jabar Sehat Mandiri", 'program bertajuk "Jamu Naik Kelas"'.

Called from the product pass's cue loop (products and programmes share its word index); split out so a
programme's naming rules sit together.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.scan import proper_tokens, run_forward
from graphbuild.extract.entities.tokens import Tokens, is_cap

_TITLED = frozenset({"bertajuk", "bernama", "berjudul", "bertema", "called", "named", "dubbed", "titled"})
_OPEN_QUOTE = frozenset({'"', "\u201c", "'", "\u2018"})
_CLOSE_QUOTE = frozenset({'"', "\u201d", "'", "\u2019"})


def after_cue(ctx: Ctx, k: int) -> None:
    """The programme named after the programme word at token ``k``, if any."""
    t = ctx.t
    if (named := quoted_name(t, k)) is not None:
        ctx.add_quoted(*named, "Program")  # the quotes delimit the name, so a capitalised "Program" may lead too
        return
    if not t.words[k].islower():
        return
    n = len(t.words)
    j = k + 1
    # "program Jabar Sehat Mandiri": a place may lead the name when other words follow it
    placed = j < n and ctx.type_at(j) == "Location" and ctx.spans[ctx.owner[j]] == (j, j + 1)
    if j < n and is_cap(t.words[j]) and (ctx.owner[j] < 0 or placed) and not t.masked[j] and not t.newline_before[j]:
        e = run_forward(ctx, j, comma_list=False, max_tokens=8)
        if e < n and _phone(t.words[e]):
            return  # "layanan HALOBPOM 1500533": a contact line with its number, no programme (ONTOLOGY: contact numbers)
        if (placed and e - j >= 2) or not placed and proper_tokens(ctx, j, e) >= 1:  # "program Jateng Sehat": the place leads
            ctx.add(j, e, "Program", None, "cue")


def _phone(w: str) -> bool:
    """A phone number token: "1500533", "08112345678", "+6221…"."""
    return len(w) >= 5 and w.lstrip("+").isdigit()


def quoted_name(t: Tokens, k: int) -> tuple[int, int] | None:
    """The tokens of a quoted, capitalised name after the programme word: 'program (bertajuk) "Jamu Naik Kelas"'."""
    j = k + 1 + (k + 1 < len(t.words) and t.lower[k + 1] in _TITLED)
    if j + 2 >= len(t.words) or t.words[j] not in _OPEN_QUOTE or t.newline_before[j]:
        return None
    close = next((x for x in range(j + 2, min(len(t.words), j + 10)) if t.words[x] in _CLOSE_QUOTE), -1)
    inner = t.words[j + 1 : close]
    if close < 0 or not is_cap(inner[0]) or not all(is_cap(x) or x.isdigit() or x in t.cue.connectors for x in inner):
        return None
    return j + 1, close
