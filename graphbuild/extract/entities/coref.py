"""Short references inside one document.

Once "PT Kalbe Farma Tbk (Kalbe)" or "Prof. dr. Taruna Ikrar" is known, later
"Kalbe", "Hebei MPA", "Prof Taruna" and "Sekjen Kunta" are the same entity:
repeated surface forms, names without legal forms, initials of long names
("Hebei Medical Products Administration" -> "Hebei MPA"); a person's first or
last name when no other person in the document shares it is ``coref_persons``'.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from graphbuild.extract.entities import clipped_names, coref_persons, fused_shorts, local_units
from graphbuild.extract.entities import coref_offices as offices
from graphbuild.extract.entities.coined import coined_first_words
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.merges import form_after
from graphbuild.extract.entities.tokens import is_acronym, is_cap

_LEGAL = frozenset({"PT", "Tbk", "Persero", "(", ")", "CV", "."})
_KIND_TAIL = frozenset({
    "Indonesia", "Pharmaceutical", "Pharmaceuticals", "Therapeutics", "Biotechnology", "Biotechnologies", "Biologics",
    "Lifesciences", "LifeSciences", "BioLogics", "Laboratories", "Laboratoria", "Biotech", "Biotek", "Bioteknologi", "Healthcare", "Biopharma", "Biofarma", "Biopharm", "BioPharm", "BioPharma", "Biopharmaceuticals", "Corporation", "Holdings",
    "AB", "AG", "SA", "Ltd", "Inc", "Co", "Corp", "Limited", "GmbH", "Sdn", "Bhd", "Berhad", "Oy", "Oyj",
    "AS", "ASA", "NV", "BV", "SpA", "Pte", "LLC", "PLC", "Plc",  # "Nordhavn Nutrition AS" -> "Nordhavn Nutrition"
    "Jamu", "Herbal", "Kosmetika", "Kosmetik",  # "PT Sekar Arum Jamu Nusantara" -> "Sekar Arum"
})


_LEGAL_FORMS = frozenset({"AB", "AG", "SA", "Ltd", "Inc", "Co", "Corp", "Limited", "GmbH", "Corporation", "Sdn", "Bhd", "Berhad",
                          "Oy", "Oyj", "AS", "ASA", "NV", "BV", "SpA", "Pte", "LLC", "PLC", "Plc"})
# "PT Rempah Sari Nusantara" -> "Rempah Sari" (two words left: "PT Hanmi Nusantara" is not "Hanmi")
_PLACE_TAIL = frozenset({"Nusantara", "Jaya", "Abadi", "Sentosa", "Sejahtera", "Makmur", "Perkasa"})  # "Herba Lestari"
# "PT Nusa Biologika Farma" -> "Nusa Biologika" (two words left: "PT Kimia Farma" is not "Kimia")
_TRADE_TAIL = frozenset({"Farma", "Pharma", "Farmasi"})
# "PT Herba Lestari Jaya" -> "Herba Lestari": a closing word of good omen (two words left)
_OMEN_TAIL = frozenset({"Jaya", "Abadi", "Sejahtera", "Mandiri", "Utama", "Sentosa", "Perkasa", "Makmur", "Lestari"})
_SOFT_TAIL = _TRADE_TAIL | _OMEN_TAIL


def _blend_tail(word: str) -> bool:
    """A trade word blended with "-indo" ("PT Nusa Husada Herbalindo Tbk" -> "Nusa Husada"; two words left)."""
    return len(word) > 7 and word.endswith("indo") and word[:1].isupper()



def _searchable(f: tuple[str, ...]) -> bool:
    """A one-word form must be a capitalised word of two letters or more to be searched for."""
    return len(f) != 1 or (f[0][:1].isupper() and len(f[0]) >= 2)


def _forms(ctx: Ctx, m: int) -> list[tuple[str, ...]]:
    """The searchable short forms of mention ``m`` (memoised by ``find``: a mention's tokens and type never change)."""
    a, b = ctx.spans[m]
    words = tuple(ctx.t.words[a:b])
    mention = ctx.mentions[m]
    if mention is None or mention.type != "Organization":
        return [words] if _searchable(words) else []
    return _org_searchable(words)


@lru_cache(maxsize=4096)  # named the same way throughout a text and across texts (callers only read it)
def _org_searchable(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """``_org_forms`` that can be searched for (memoised whole: the filter is not re-run per mention)."""
    return [f for f in _org_forms(words) if _searchable(f)]


def _org_forms(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    out = [words]
    core = tuple(w for w in words if w not in _LEGAL)
    if core != words and core:
        out.append(core)
    # "PT Pharos Indonesia" -> "Pharos", "Daewoong Pharmaceutical Co., Ltd." -> "Daewoong": the
    # distinctive words before a company-kind or country tail are how the article goes on to name it
    bare = list(core)
    while len(bare) > 1 and (bare[-1] in _KIND_TAIL or not bare[-1].isalnum() or (bare[-1] in _PLACE_TAIL and len(bare) > 2)
                             or ((bare[-1] in _SOFT_TAIL or _blend_tail(bare[-1])) and len(bare) > 2)):
        bare.pop()
        if len(bare) >= 2 and bare[-1].isalnum() and bare[-1] not in _KIND_TAIL and tuple(bare) not in out:
            out.append(tuple(bare))  # "Hanul BioPharm Co., Ltd." -> "Hanul BioPharm" (then "Hanul")
        elif len(bare) >= 2 and bare[-1] in _KIND_TAIL and bare[-1] not in _LEGAL_FORMS and tuple(bare) not in out:
            out.append(tuple(bare))
    if len(bare) < len(core) and bare and all(is_cap(w) for w in bare) and len(bare[0]) >= 4:
        out.append(tuple(bare))
    content = [w for w in core if is_cap(w)]
    if len(content) >= 3 and all(w.isalpha() for w in content):
        out.append(("".join(w[0] for w in content),))
        out.append((content[0], "".join(w[0] for w in content[1:])))
    return out


def find(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t.words)
    forms: dict[tuple[str, ...], set[int]] = defaultdict(set)
    memo = ctx.forms  # coref runs twice: each mention's forms are made once
    for m, mention in enumerate(ctx.mentions):
        if mention is None or mention.type == "Person":
            continue
        got = memo.get(m)
        if got is None:
            got = memo[m] = _forms(ctx, m)
        for f in got:
            forms[f].add(m)
    coined_first_words(ctx, forms, _LEGAL, _KIND_TAIL)
    clipped_names.add_forms(ctx, forms)  # "PT Nusantara Biosains Medika" … "Nusantara Biosains"
    fused_shorts.add_forms(ctx, forms, _KIND_TAIL)  # "PT Nusantara Biologi Utama Tbk" … "Nusabio", "PT Nusantara Biovaksin" … "Biovaksin"
    _search(ctx, forms, n)
    _defined(ctx)
    coref_persons.find(ctx)
    offices.sole_office(ctx)
    offices.sole_mission(ctx)
    local_units.find(ctx)  # "Dinas Kesehatan setempat": the one "Dinas Kesehatan <place>" the text names
    _code_tails(ctx)


def _code_tails(ctx: Ctx) -> None:
    """"Etavax-PCV13" then "PCV13": a brand's code after its hyphen names the same product."""
    by_text: dict[str, list[int]] = defaultdict(list)
    for m, x in enumerate(ctx.mentions):
        if x is not None and x.type == "Product":
            by_text[x.text].append(m)
    for text, ms in list(by_text.items()):
        head, _, tail = text.rpartition("-")
        if head[:1].isupper() and len(tail) >= 3 and tail.isupper() and any(ch.isdigit() for ch in tail):
            for other in by_text.get(tail, ()):
                ctx.link(ms[0], other)


def _defined(ctx: Ctx) -> None:
    """Acronyms defined in the text whose defining mention was absorbed into a longer name."""
    t = ctx.t
    if not ctx.defined:
        return
    for k in t.where(ctx.defined.keys()):  # type: ignore[arg-type]
        w = t.words[k]
        type_, cat, canonical = ctx.defined[w]
        if not t.masked[k] and (ctx.owner[k] < 0 or _lexicon_other(ctx, k, type_)):
            ctx.add(k, k + 1, type_, cat, "coref", canonical=canonical)


def _lexicon_other(ctx: Ctx, k: int, type_: str) -> bool:
    """Token k alone is a lexicon name of another kind than the text defined it as ("Borneo" after
    '("Borneo")' named a company): the document's own definition wins."""
    x = ctx.mentions[ctx.owner[k]]
    return x is not None and x.source == "lexicon" and x.type != type_ and ctx.spans[ctx.owner[k]] == (k, k + 1)


def _search(ctx: Ctx, forms: dict[tuple[str, ...], set[int]], n: int) -> None:
    t = ctx.t
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for f in forms:
        by_first[f[0]].append(f)
    for lst in by_first.values():
        if len(lst) > 1:  # most first words open one form
            lst.sort(key=len, reverse=True)
    heads: dict[str, list[int]] = defaultdict(list)  # organisations by their first word (short-form clashes)
    for m, x in enumerate(ctx.mentions):
        if x is not None and x.type == "Organization":
            a, b = ctx.spans[m]
            first = t.words[a]
            if first in _LEGAL:  # "PT X": the first word after the legal ones
                first = next((w for w in t.words[a + 1 : b] if w not in _LEGAL), None)
            if first in by_first:
                heads[first].append(m)
    k = 0
    owner, spans, mentions = ctx.owner, ctx.spans, ctx.mentions
    for p in t.where(by_first.keys()):  # type: ignore[arg-type]  # only tokens that can start a form
        if p < k:
            continue
        k = p
        cands = by_first[t.words[k]]
        if t.masked[k]:
            continue
        held = 0  # a form over a lexicon name at k must start where it does and end past it (lexicon_inside)
        if (o := owner[k]) >= 0:
            a, b = spans[o]
            if a != k:
                continue
            if mentions[o].source != "lexicon" and not _cut_short(t.words, k, b, mentions[o], cands):  # type: ignore[union-attr]
                continue
            held = b - k
        for f in cands:
            if len(f) <= held:
                break  # longest first: no shorter form can hold that name either
            e = k + len(f)
            if tuple(t.words[k:e]) != f or not (held and ctx.free(b, e) or ctx.lexicon_inside(k, e)) or not t.joined(k, e):
                continue
            if e < n and is_cap(t.words[e]) and not t.newline_before[e] and not is_acronym(f[-1]) \
                    and ctx.type_at(e) != "Person" and not t.match_phrase(e, t.cue.roles):
                continue  # part of a longer, different name (not "Medisynth Lukas …", "Daehan Chief Executive Officer X")
            targets = forms[f]
            if len(targets) != 1:
                types = {ctx.mentions[x].type for x in targets}  # type: ignore[union-attr]
                if len(types) != 1:
                    continue
            if len(heads.get(f[0], ())) > 1:
                targets = _one_of(ctx, f, targets, heads[f[0]])
            src = min(targets, key=lambda x: ctx.spans[x][0])
            sm = ctx.mentions[src]
            m = ctx.add(k, e, sm.type, sm.category, "coref", canonical=sm.canonical)  # type: ignore[union-attr]
            for x in targets:
                ctx.link(m, x)
            k = e
            break


def _cut_short(words: list[str], k: int, b: int, x: object, cands: list[tuple[str, ...]]) -> bool:
    """An organisation found at k that stops short of a longer name the text gives a company in full ("Cendana Medika"
    before "Utama", where "PT Cendana Medika Utama" was named): the known name takes its place."""
    if getattr(x, "type", None) != "Organization":
        return False
    for f in cands:  # longest first: the first form no longer than the name ends the search
        if len(f) <= b - k:
            return False
        if tuple(words[k : k + len(f)]) == f:
            return True
    return False


def _one_of(ctx: Ctx, f: tuple[str, ...], targets: set[int], named: list[int]) -> set[int]:
    """"Daeyang Bio, anak usaha Daeyang Holdings Corp." … "Daeyang": a short form that fits two different
    names (neither contains the other, or one is a foreign firm written "X Pte. Ltd." and the other a local "PT X …") is the one named first; linking it to both would make one body of
    a parent and its subsidiary."""
    t = ctx.t
    cores: dict[int, tuple[str, ...]] = {}
    for x in (*targets, *named):
        words = tuple(w for w in t.words[slice(*ctx.spans[x])] if w not in _LEGAL and w != ",")
        if words[: len(f)] == f:
            cores[x] = words
    names = set(cores.values())
    formed = {cores[x] for x in cores if form_after(t.text, t.ends[ctx.spans[x][1] - 1])}  # "Saelim Biotech Pte. Ltd."
    local = {cores[x] for x in cores if t.words[ctx.spans[x][0]] == "PT"}
    if all(set(a) <= set(b) or set(b) <= set(a) for a in names for b in names) and not (formed - local and local - formed):
        return targets
    first = min(cores, key=lambda x: ctx.spans[x][0])
    return {x for x in cores if set(cores[x]) <= set(cores[first])}
