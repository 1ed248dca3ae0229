"""Names that run over a part named with them: a faculty with its university ("Fakultas Farmasi Universitas
Gadjah Mada"), a hospital's namesake after its type's acronym ("Rumah Sakit Umum Pusat (RSUP) Dr. Sardjito").

Split out of ``organizations`` (which reads the cue words that open a name) to keep it short.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.person_names import honorific_at
from graphbuild.extract.entities.scan import nameish, run_forward
from graphbuild.extract.entities.tokens import is_acronym

HOSPITAL = frozenset({"Rumah", "RS", "RSU", "RSUP", "RSUPN", "RSUD", "RSPAD"})  # the words a hospital's name opens with


def with_university(ctx: Ctx, k: int, e: int, faculty: bool = True) -> tuple[int, int, str | None]:
    """"Fakultas Farmasi Universitas Gadjah Mada": a faculty is named with its university (unlike an
    agency's unit, whose parent stays apart), so the name runs over the university right after it.

    Returns the new end, the university's mention (-1 when none follows; the caller keeps it as an
    entity of its own, nested in the faculty's name) and, when the university's own acronym follows
    and the name stops before it, the faculty's full name as its canonical name.
    """
    t = ctx.t
    of = int(faculty and e + 1 < len(t.words) and t.words[e] == "of" and t.words[k] in ("Faculty", "School", "Institute"))
    m = ctx.owner[e + of] if e + of < len(t.words) else -1  # "Faculty of Medicine of Universitas Padjadjaran": English, "of" between
    if m < 0 or ctx.spans[m][0] != e + of or t.newline_before[e]:
        return e, -1, None
    x = ctx.mentions[m]
    if x is None or x.type != "Organization":
        return e, -1, None
    academic = x.category == "academic" or t.words[e + of] in ("Universitas", "Institut", "University", "Institute")
    b = ctx.spans[m][1]
    if not (academic if faculty else academic and x.text.split()[0] not in HOSPITAL or x.category == "association"):
        return e, -1, None
    if _own_gloss(ctx, x.text, b):
        return e, -1, f"{t.span_text(k, e + of)} {x.text}"
    return b, m, None


def _own_gloss(ctx: Ctx, name: str, b: int) -> bool:
    """"… Universitas Gadjah Mada (UGM) di …": the university's own acronym after it makes it the head
    the rest of the sentence speaks of, so the faculty's name stops before it."""
    t = ctx.t
    if b + 2 >= len(t.words) or t.words[b] != "(" or t.words[b + 2] != ")":
        return False
    mine = ctx.lexicon.lookup(name, "Organization")
    return mine is not None and ctx.lexicon.lookup(t.words[b + 1], "Organization") is mine


def namesake_after_gloss(ctx: Ctx, k: int, e: int) -> tuple[int, str | None]:
    """"Rumah Sakit Umum Pusat (RSUP) Dr. Sardjito": the hospital's namesake after its type's acronym.

    Returns the name's end and the name: the lexicon's when "RSUP Dr. Sardjito" is a known hospital.
    """
    t = ctx.t
    if not (e + 4 < len(t.words) and t.words[e] == "(" and is_acronym(t.words[e + 1]) and t.words[e + 2] == ")"):
        return e, None
    h = honorific_at(ctx, e + 3)
    if not h or t.newline_before[e + 3] or not nameish(ctx, e + 3 + h) or ctx.owner[e + 3 + h] >= 0:
        return e, None
    end = run_forward(ctx, e + 3 + h, comma_list=False, max_tokens=4)
    hit = ctx.lexicon.lookup(t.words[e + 1] + " " + t.span_text(e + 3, end), "Organization")
    return end, hit.name if hit else f"{t.span_text(k, e)} {t.span_text(e + 3, end)}"  # the gloss is no part of it
