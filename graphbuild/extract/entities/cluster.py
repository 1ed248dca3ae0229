"""Mentions -> one Entity per real thing in the document.

Two mentions are one entity when they are linked (acronym definition,
coreference), share a lexicon entry, normalise to the same name, or one
organisation name is the other without its cue words ("CSPC Group" and "CSPC
Pharmaceutical Group"). The entity's name is the lexicon name or the fullest
surface form; every other surface form becomes an alias.
"""

from __future__ import annotations

import re
from collections import defaultdict
from operator import attrgetter, itemgetter

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.merges import (
    UF,
    Typed,
    merge_names,
    merge_parent_acronym,
    text_key,
)
from graphbuild.extract.entities.regional_merges import (
    merge_national,
    merge_regency_towns,
    merge_regional,
    province_expanded,
)
from graphbuild.extract.entities.spelled_out import merge_spelled_out
from graphbuild.extract.units import STRENGTH
from graphbuild.ontology import CATEGORIES
from graphbuild.types import Entity, Mention, Span

# foreign legal forms the scorer (and most gold) leaves in a name: "Aldmark Pharma A/S" is also "Aldmark Pharma"
_FOREIGN_LEGAL = re.compile(r"^(?P<bare>.*?\w)\s*,?\s+(?:A/S|S\.?A\.?|S\.p\.A\.?|SpA|N\.?V\.?|B\.?V\.?|AG|KGaA|AB|ASA|Oyj?|SE"
                            r"|Pte\.?\s+Ltd\.?|Pvt\.?\s+Ltd\.?|Sdn\.?\s+Bhd\.?|K\.?K\.?)$")


_FOREIGN_TAILS = frozenset({"A/S", "SA", "S.A", "S.p.A", "SpA", "NV", "N.V", "BV", "B.V", "AG", "KGaA", "AB", "ASA", "Oy", "Oyj", "SE",
                            "Ltd", "Bhd", "KK", "K.K"})


def _bare(type_: str, name: str, aliases: list[str]) -> list[str]:
    """``aliases`` with the name's bare form added when it ends in a foreign legal form."""
    if type_ != "Organization" or name.rsplit(None, 1)[-1].rstrip(".") not in _FOREIGN_TAILS:
        return aliases
    m = _FOREIGN_LEGAL.match(name)
    if m is None or len(m["bare"]) < 2 or m["bare"].lower() in {a.lower() for a in aliases}:
        return aliases
    return [*aliases, m["bare"]]

PRIORITY = {"lexicon": 6, "acronym": 5, "person": 5, "cue": 4, "context": 3, "pattern": 2, "rule": 2, "coref": 1}
DEFAULT_CATEGORY = {"Organization": "other", "Location": "area", "Regulation": "standard"}


def cluster(ctx: Ctx) -> list[Entity]:
    mentions = ctx.mentions
    live = [i for i, m in enumerate(mentions) if m is not None]
    pos = {m: i for i, m in enumerate(live)}
    uf = UF(len(live))
    for a, b in ctx.links:
        if a in pos and b in pos:
            uf.union(pos[a], pos[b])
    by_key: dict[tuple[str, str], int] = {}
    expanded: dict[str, str | None] = {}
    # the live mentions of each type, in order: every merge rule reads one or two types, so each walks
    # its own short list instead of all the document's mentions
    of: defaultdict[str, list[tuple[int, Mention]]] = defaultdict(list)  # the merges read it with .get
    setdefault, union = by_key.setdefault, uf.union
    for i, m in enumerate(live):
        x = mentions[m]
        assert x is not None
        type_ = x.type
        of[type_].append((i, x))
        plain = text_key(x.text)
        # each key joins i to the mention that first had it (setdefault: one lookup; j == i when i is the first)
        if x.canonical and (j := setdefault((type_, "canon:" + x.canonical), i)) != i:
            union(j, i)
        if (j := setdefault((type_, plain), i)) != i:
            union(j, i)
        if type_ == "Organization":
            if (long_form := expanded.get(plain, "")) == "":  # once per name: hubs are named many times
                long_form = expanded[plain] = province_expanded(ctx, plain)
            if long_form and (j := setdefault((type_, long_form), i)) != i:
                union(j, i)
    _merge_sized(of, uf, by_key)
    merge_parent_acronym(of, uf, by_key)
    merge_names(ctx, of, uf)
    merge_national(ctx, of, uf, by_key)
    merge_regional(ctx, of, uf)
    merge_regency_towns(ctx, of, uf)
    merge_spelled_out(of, uf)
    groups: dict[int, list[int]] = defaultdict(list)
    parent = uf.p
    for i, m in enumerate(live):
        r = i
        while parent[r] != r:  # uf.find inline (no call per mention); roots are what UF.find gives
            r = parent[r]
        parent[i] = r  # later mentions pointing here walk one step
        groups[r].append(m)
    entities = [_entity(ctx, ms) for ms in groups.values()]
    entities = [e for e in entities if e is not None]
    entities.sort(key=lambda e: e.mentions[0].start)
    for n, e in enumerate(entities, 1):
        e.id = f"e{n}"
    return entities


# a product's strength or pack size at the end of its name: "Batugen Sirup 60 mL", "Zetacef 1 g", "15 mg/5 mL"
_SIZE_TAIL = re.compile(rf"\s+{STRENGTH}$", re.I)
_SALT_TAIL = re.compile(r"\s+(?:HCl|HBr|hidroklorida|hydrochloride|hidrobromida|hydrobromide)$")  # the salt a strength is of


def _merge_sized(of: Typed, uf: UF, by_key: dict[tuple[str, str], int]) -> None:
    """A product named with its size ("Batugen Sirup 60 mL" in a table) is the product named without it
    ("pencabutan izin edar Batugen Sirup") when the document also names it so."""
    for i, x in of.get("Product", ()):
        if not x.text[-1:].isalpha() and x.text[-1:] != "%":
            continue
        bare = _SIZE_TAIL.sub("", x.text)
        if bare != x.text and (j := by_key.get(("Product", text_key(bare)))) is not None:
            uf.union(i, j)
        elif bare != x.text and (salt := _SALT_TAIL.sub("", bare)) != bare and (
                j := by_key.get(("Product", text_key(salt)))) is not None:
            uf.union(i, j)  # "Tramadol HCl 50 mg" (a seized pack) and "tramadol" later: one substance


def _sized(s: str) -> bool:
    return _SIZE_TAIL.search(s) is not None


_first = itemgetter(0)
_start = attrgetter("start")
_type = attrgetter("type")
_span_key = attrgetter("start", "end", "text")  # C-level getters: no Python frame per mention

# ``Span(a, b, t)`` runs the frozen dataclass's ``__init__`` (an ``object.__setattr__`` call per field,
# twice the cost of filling the slots); every entity span is built here, so the slots are filled
# directly: the same frozen Span, equal and hashed by value (tests/test_cluster_span.py holds the fields)
_new = object.__new__
_set_start, _set_end, _set_text = Span.start.__set__, Span.end.__set__, Span.text.__set__  # type: ignore[attr-defined]


def _span(start: int, end: int, text: str) -> Span:
    x = _new(Span)
    _set_start(x, start)
    _set_end(x, end)
    _set_text(x, text)
    return x  # type: ignore[no-any-return]


def _single(ctx: Ctx, m: int) -> Entity | None:
    """``_entity`` for a one-mention group (most of them), without the voting."""
    x = ctx.mentions[m]
    s = " ".join(x.text.split())  # type: ignore[union-attr]
    name = x.canonical or s  # type: ignore[union-attr]
    if len(name) < 2 or s in ctx.t.cue.generic:
        return None
    type_ = x.type  # type: ignore[union-attr]
    category = x.category  # type: ignore[union-attr]
    allowed = CATEGORIES.get(type_)
    if allowed is None:
        category = None
    elif category not in allowed:
        category = DEFAULT_CATEGORY[type_]
    aliases = [s] if x.canonical and s.lower() != name.lower() else []  # type: ignore[union-attr]  # else name is s
    if type_ == "Organization":
        aliases = _bare(type_, name, aliases)
    degrees = list(dict.fromkeys(ctx.degrees.get(m, []))) if type_ == "Person" else []
    return Entity("", type_, name, aliases, category, [_span(x.start, x.end, x.text)], degrees)  # type: ignore[union-attr]


def _entity(ctx: Ctx, ms: list[int]) -> Entity | None:
    if len(ms) == 1:
        return _single(ctx, ms[0])
    mentions = [ctx.mentions[m] for m in ms]
    types = set(map(_type, mentions))
    if len(types) == 1:  # most groups: no vote to hold
        type_ = types.pop()
    else:
        score: dict[str, int] = defaultdict(int)
        for x in mentions:
            score[x.type] += PRIORITY.get(x.source, 1) * 10 + 1  # type: ignore[union-attr]
        type_ = max(score, key=lambda t: (score[t], t))
    # the winning type's canonical name and category from its highest-priority mention having one (the
    # first of equal priority), as a stable sort by priority would give
    canonical = category = None
    best_canon = best_cat = 0  # priorities are >= 1
    for x in mentions:
        if x.type == type_ and (x.canonical or x.category):  # type: ignore[union-attr]
            p = PRIORITY.get(x.source, 1)  # type: ignore[union-attr]
            if x.canonical and p > best_canon:  # type: ignore[union-attr]
                canonical, best_canon = x.canonical, p  # type: ignore[union-attr]
            if x.category and p > best_cat:  # type: ignore[union-attr]
                category, best_cat = x.category, p  # type: ignore[union-attr]
    surfaces: list[str] = []
    seen: set[str] = set()
    texts: set[str] = set()  # a hub is named the same way many times: each text is read once
    for x in sorted(mentions, key=_start):
        if x.text in texts:  # type: ignore[union-attr]
            continue
        texts.add(x.text)  # type: ignore[union-attr]
        s = " ".join(x.text.split())  # type: ignore[union-attr]
        low = s.lower()
        if low not in seen:
            seen.add(low)
            surfaces.append(s)
    name = canonical or max(surfaces, key=lambda s: (len(s.split()), len(s)))
    if type_ == "Product" and _sized(name) and (bare := _SIZE_TAIL.sub("", name)).lower() in seen:
        name = bare  # "Batugen Sirup", the size left to an alias
    if type_ == "Product" and name[:1].islower() and (caps := [s for s in surfaces if s[:1].isupper() and " " not in s and any(c.islower() or c.isdigit() for c in s) and ctx.lexicon.lookup(s, "Product") is None]) \
            and len({c.lower() for c in caps}) == 1:  # (several brands of one substance: the substance keeps its name)
        name = max(caps, key=len)  # "Ondavit, ondansetron injeksi …": the brand names the product (not "EG"), the substance an alias
    if len(name) < 2:
        return None
    if ctx.t.cue.generic.issuperset(surfaces):
        return None
    allowed = CATEGORIES.get(type_)
    if allowed is None:
        category = None
    elif category not in allowed:
        category = DEFAULT_CATEGORY[type_]
    name_low = name.lower()
    aliases = [s for s in surfaces if s.lower() != name_low]
    if canonical and type_ == "Organization" and ctx.lexicon.lookup(canonical, type_) is None:
        # "Balai Besar POM di Semarang" written once as bare "BBPOM": that surface names the national body
        # in the lexicon, so as an alias it would pull the office into that body when ids are resolved
        aliases = [s for s in aliases if ctx.lexicon.lookup(s, type_) is None]
    aliases = _bare(type_, name, aliases)
    degrees: list[str] = []
    if type_ == "Person":  # only a person keeps them
        for m in ms:
            for d in ctx.degrees.get(m, []):
                if d not in degrees:
                    degrees.append(d)
    # deduplicated as tuples (same hash and equality as Span, so the same order), built once each
    keys = sorted(set(map(_span_key, mentions)), key=_first)
    spans = [_span(a, b, t) for a, b, t in keys]
    return Entity("", type_, name, aliases, category, spans, degrees)
