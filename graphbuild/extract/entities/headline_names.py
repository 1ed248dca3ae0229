"""A person named in a title-case headline, cut to the name the body gives: "Yusran Mappasessu Langsung Tancap Gas"
is "Yusran Mappasessu", "Deputi I Kini Dijabat Hesti Anggraini" is "Hesti Anggraini".

Why: a headline capitalises every word, so the verbs and adverbs around a name ("Kini Dijabat", "Langsung Tancap
Gas") read as more of the name. The body names the person again in running text; when a headline person holds
that name (two words or more) and more words besides, the headline's mention is the body's name; not when the
body repeats the headline's whole name ("Hendra Gunawan Saputra" there, "Hendra Gunawan" a short form).
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

_SMALL = frozenset({"di", "dan", "ke", "dari", "untuk", "yang", "of", "the", "and", "in", "to", "for", "as", "at"})


def find(ctx: Ctx) -> None:
    t = ctx.t
    persons = [m for m, x in enumerate(ctx.mentions) if x is not None and x.type == "Person"]
    if len(persons) < 2:
        return
    heads: list[int] = []
    lines: dict[int, bool] = {}
    for m in persons:
        a, b = ctx.spans[m]
        s = _line_start(t, a)  # the title (the first line) or a markdown heading, not a list item "- **X Y Z** — …"
        if b - a >= 3 and (s == 0 or t.words[s] == "#") and _headline(t, s, lines):
            heads.append(m)
    if not heads:
        return
    names = {tuple(t.words[a:b]) for a, b in (ctx.spans[m] for m in persons if m not in heads) if b - a >= 2}
    for m in heads:
        a, b = ctx.spans[m]
        whole = t.words[a:b]
        if any(k != a and t.words[k:k + b - a] == whole for k in t.where(frozenset({t.words[a]}))):
            continue  # "Hendra Gunawan Saputra" again in the body: the headline's name is whole, not run on
        best: tuple[int, int] | None = None
        for i in range(a, b - 1):
            for j in range(b, i + 1, -1):
                if (i, j) != (a, b) and tuple(t.words[i:j]) in names and (best is None or j - i > best[1] - best[0]):
                    best = (i, j)
                    break
        if best is not None:
            x = ctx.mentions[m]
            ctx.drop(m)
            if ctx.add(best[0], best[1], "Person", x.category if x else None, "person") < 0:
                ctx.mentions[m] = x  # (cannot happen: the tokens were the mention's own; keep it if it does)
                ctx.owner[a:b] = [m] * (b - a)


def _line_start(t, k: int) -> int:  # type: ignore[no-untyped-def]
    while k > 0 and not t.newline_before[k]:
        k -= 1
    return k


def _headline(t, s: int, seen: dict[int, bool]) -> bool:  # type: ignore[no-untyped-def]
    """The line from token ``s`` is a title-case headline: four words or more, every word capitalised but small ones,
    and no sentence end inside."""
    if s in seen:
        return seen[s]
    n = len(t.words)
    k, words, ok = s, 0, True
    while k < n and (k == s or not t.newline_before[k]) and k - s < 40:
        w = t.words[k]
        if w[:1].isalpha():
            words += 1
            if w[:1].islower() and w not in _SMALL:
                ok = False
                break
        elif w in (".", "!", "?") and k + 1 < n and not t.newline_before[k + 1]:
            ok = False
            break
        k += 1
    ok = ok and words >= 4 and (k >= n or t.newline_before[k])
    seen[s] = ok
    return ok
