"""Short references to a person inside one document: "kata Rizka" after "L. Rizka Andalucia", "Taj Yasin"
after "Taj Yasin Maimoen", "Made Suardana" after "I Made Suardana": a first, called or last name, or a
leading part, that no other person in the document shares.

Split out of ``coref`` (which reads shortened names of bodies) to keep it short.
"""

from __future__ import annotations

from collections import defaultdict

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.tokens import is_cap

_NOBLE = frozenset({"Teuku", "Tengku", "Tuanku", "Raden", "Cut"})
_NOBLE_SECOND = frozenset({"Ayu", "Mas", "Roro", "Rara", "Ajeng", "Nyak", "Bagus"})
_SHORT_PROPHET = frozenset({"Muh", "Moh", "Mhd", "Moch", "Much", "Mohd", "Muhd"})
_PROPHET = frozenset({"Muhammad", "Muhamad", "Mohammad", "Mohamad", "Mohammed", "Mochammad", "Mochamad", "Mohamed"})


def find(ctx: Ctx) -> None:
    """Link each short person mention to the one full name it can be, and find the unmarked ones."""
    t = ctx.t
    n = len(t.words)
    persons = [m for m, x in enumerate(ctx.mentions) if x is not None and x.type == "Person"]
    full: dict[tuple[str, ...], int] = {}
    part_owner: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    named: list[tuple[int, tuple[str, ...]]] = []  # (mention, its words), made once for both loops
    spans, words_ = ctx.spans, t.words
    for m in persons:
        a, b = spans[m]
        words = tuple(words_[a:b])
        named.append((m, words))
        full.setdefault(words, m)
        if len(words) >= 2:
            # ("L. Rizka Andalucia" … "kata Rizka": the given name after an initial)
            lead = next((w for w in words if w != "." and len(w) > 1), words[0]) if len(words[0]) == 1 else words[0]
            # ("Mohamad Kurniadi Pratama" … "ujar Kurniadi": after Muhammad the name the person goes by)
            called = words[1] if words[0] in _PROPHET and len(words) >= 3 and words[1] != "." else lead
            # ("Teuku Rizal Mahendra" … "jelas Rizal", "Muh. Ikhsan Daeng Matutu" … "kata Ikhsan": after a
            # noble title or a shortened Muhammad the name the person goes by)
            if len(words) >= 3 and (words[0] in _NOBLE or (words[0] in _SHORT_PROPHET and words[1] == ".")):
                called = next((w for w in words[1:] if w != "." and w not in _NOBLE_SECOND), lead)  # "Raden Ayu X": X
            for w in {lead, called, words[-1]}:
                if len(w) >= 3:
                    part_owner[w].add(words)
    by_head: dict[str, list[tuple[str, ...]]] = defaultdict(list)  # full names by first word: a prefix shares it
    for w in full:
        by_head[w[0]].append(w)
    for m, words in named:
        if len(words) == 1 and words[0] in part_owner and len(part_owner[words[0]]) == 1:
            ctx.link(m, full[next(iter(part_owner[words[0]]))])
        elif len(words) >= 2:  # "kata Siti Mariana" after "Siti Mariana Wulandari"
            longer = [w for w in by_head[words[0]] if len(w) > len(words) and w[: len(words)] == words]
            if len(longer) == 1:
                ctx.link(m, full[longer[0]])
            elif words[0] not in ("I", "Ni") and len(particled := [full[w] for w in ((p, *words) for p in ("I", "Ni")) if w in full]) == 1:
                ctx.link(m, particled[0])  # "Made Suardana" after "I Made Suardana": the Balinese particle dropped
    full_by_first: dict[str, list[tuple[tuple[str, ...], int]]] = defaultdict(list)
    for words, m in full.items():
        full_by_first[words[0]].append((words, m))
    # "Taj Yasin" after "Taj Yasin Maimoen": the first two words of a three-word name, when no other name shares them
    prefixes: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for words, m in full.items():
        if len(words) >= 3:
            prefixes[words[:2]].append(m)
    for pre, ms in prefixes.items():
        if len(ms) == 1 and pre not in full:
            full_by_first[pre[0]].append((pre, ms[0]))
    for lst in full_by_first.values():
        lst.sort(key=lambda x: -len(x[0]))
    for k in t.where(full_by_first.keys() | part_owner.keys()):  # type: ignore[arg-type]
        w = t.words[k]
        if ctx.owner[k] >= 0 or t.masked[k]:
            continue
        for words, m in full_by_first.get(w, ()):
            e = k + len(words)
            if tuple(t.words[k:e]) == words and ctx.free(k, e) and not (e < n and ctx.name_like(e)):
                ctx.link(m, ctx.add(k, e, "Person", None, "coref"))
                break
        else:
            owners = part_owner.get(w)
            if owners and len(owners) == 1 and not ctx.name_like(k - 1) and not ctx.name_like(k + 1):
                if k + 1 < n and is_cap(t.words[k + 1]) and not t.newline_before[k + 1]:
                    continue
                ctx.link(full[next(iter(owners))], ctx.add(k, k + 1, "Person", None, "coref"))
