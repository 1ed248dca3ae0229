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
from functools import lru_cache
from operator import attrgetter

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.lexicon import normalize
from graphbuild.ontology import CATEGORIES
from graphbuild.types import Entity, Mention, Span

PRIORITY = {"lexicon": 6, "acronym": 5, "person": 5, "cue": 4, "context": 3, "pattern": 2, "rule": 2, "coref": 1}
DEFAULT_CATEGORY = {"Organization": "other", "Location": "area", "Regulation": "standard"}
_STRIP_TAIL = (" republik indonesia", " ri")
_ORDINAL = re.compile(r"^ke-?\d{1,4}$", re.IGNORECASE)


class _UF:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, x: int) -> int:
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def _key(m: Mention) -> str:
    return _text_key(m.text)


@lru_cache(maxsize=8192)  # a hub is named the same way many times in a document, and across documents
def _text_key(text: str) -> str:
    k = normalize(text)
    for tail in _STRIP_TAIL:
        if k.endswith(tail) and len(k) > len(tail) + 3:
            k = k[: -len(tail)]
    return k


def cluster(ctx: Ctx) -> list[Entity]:
    live = [i for i, m in enumerate(ctx.mentions) if m is not None]
    pos = {m: i for i, m in enumerate(live)}
    uf = _UF(len(live))
    for a, b in ctx.links:
        if a in pos and b in pos:
            uf.union(pos[a], pos[b])
    by_key: dict[tuple[str, str], int] = {}
    expanded: dict[str, str | None] = {}
    for i, m in enumerate(live):
        x = ctx.mentions[m]
        assert x is not None
        plain = _key(x)
        if x.type != "Organization":
            long_form = None
        elif (long_form := expanded.get(plain, "")) == "":  # once per name: hubs are named many times
            long_form = expanded[plain] = _province_expanded(ctx, plain)
        for key in ((x.type, "canon:" + x.canonical) if x.canonical else None, (x.type, plain),
                    (x.type, long_form) if long_form else None):
            if key is None:
                continue
            if key in by_key:
                uf.union(by_key[key], i)
            else:
                by_key[key] = i
    _merge_names(ctx, live, uf)
    _merge_national(ctx, live, uf, by_key)
    _merge_regional(ctx, live, uf)
    groups: dict[int, list[int]] = defaultdict(list)
    for i, m in enumerate(live):
        groups[uf.find(i)].append(m)
    entities = [_entity(ctx, ms) for ms in groups.values()]
    entities = [e for e in entities if e is not None]
    entities.sort(key=lambda e: e.mentions[0].start)
    for n, e in enumerate(entities, 1):
        e.id = f"e{n}"
    return entities


def _province_expanded(ctx: Ctx, key: str) -> str | None:
    """"polda kalbar" -> "polda kalimantan barat": a one-word province short form (gazetteer alias) written
    out, so an office named with either form is one organisation. None when the key has no short form."""
    words = key.split()
    out: list[str] = []
    changed = False
    for w in words[1:]:
        e = ctx.lexicon.lookup(w, "Location") if len(w) >= 3 else None
        if e is not None and e.category == "province" and normalize(e.name) != w:
            out.append(normalize(e.name))
            changed = True
        else:
            out.append(w)
    return " ".join(words[:1] + out) if changed else None


def _merge_names(ctx: Ctx, live: list[int], uf: _UF) -> None:
    """Organisation name contained in another (same first word); events sharing their first two words."""
    first_of: dict[tuple[str, ...], int] = {}
    for i, m in enumerate(live):
        x = ctx.mentions[m]
        if x is not None and x.type == "Organization":
            words = tuple(normalize(x.text).split())
            if words:
                uf.union(first_of.setdefault(words, i), i)
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for words in first_of:
        by_first[words[0]].append(words)
    for group in by_first.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda w: ctx.mentions[live[first_of[w]]].start)  # type: ignore[union-attr]
        sets = {w: set(w) for w in group}
        for a in group:
            known = ctx.mentions[live[first_of[a]]].canonical  # type: ignore[union-attr]
            # a known company does not absorb a longer name that adds its own words unless that name is
            # the same lexicon entry: "PT Kimia Farma Apotek" (unknown) and "PT Kimia Farma Sungwun
            # Pharmacopia" (its own entry) are subsidiaries of "Kimia Farma", not other names for it
            longer = [
                b
                for b in group
                if b is not a
                and len(a) <= len(b)
                and sets[a] <= sets[b]
                and not (known and ctx.mentions[live[first_of[b]]].canonical is None)  # type: ignore[union-attr]
                and not _two_entries(known, ctx.mentions[live[first_of[b]]].canonical)  # type: ignore[union-attr]
            ]
            if not longer:
                continue
            # "Daewoong" fits "Daewoong Pharmaceutical" and "PT Daewoong Infion": two companies, so the
            # short name goes with the first one named only, and the two long names stay apart
            maximal = [b for b in longer if not any(b is not c and sets[b] <= sets[c] for c in longer)]
            target = longer if len(maximal) == 1 else [b for b in longer if sets[b] <= sets[maximal[0]]]
            for b in target:
                uf.union(first_of[a], first_of[b])
    _merge_sites(ctx, live, uf)
    events: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, m in enumerate(live):
        x = ctx.mentions[m]
        if x is not None and x.type == "Event":
            words = x.text.split()
            if len(words) >= 3:
                events[tuple(words[:2])].append(i)
    for idxs in events.values():
        for i in idxs[1:]:
            uf.union(idxs[0], i)
    _merge_sessions(ctx, live, uf)


def _merge_sites(ctx: Ctx, live: list[int], uf: _UF) -> None:
    """"Pabrik Sefalosporin" (a headline) and "Pabrik Sefalosporin Cimareme": a site name that starts the
    one longer site name of the document is that site."""
    names: dict[tuple[str, ...], int] = {}
    for i, m in enumerate(live):
        x = ctx.mentions[m]
        if x is not None and x.type == "Facility":
            names.setdefault(tuple(normalize(x.text).split()), i)
    for short, i in names.items():
        longer = [j for w, j in names.items() if len(w) > len(short) >= 2 and w[: len(short)] == short]
        if len(longer) == 1:
            uf.union(i, longer[0])


def _merge_national(ctx: Ctx, live: list[int], uf: _UF, by_key: dict[tuple[str, str], int]) -> None:
    """"Indonesian Ministry of Health" then "the Ministry of Health": the nationality word only qualifies it
    (when the document qualifies that name one way only)."""
    nations = {d.lower() for d in ctx.t.cue.demonyms} | {"indonesian", "indonesia's"}
    found: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(live):
        x = ctx.mentions[m]
        if x is None or x.type != "Organization":
            continue
        words = _key(x).split()
        if len(words) >= 3 and words[0] in nations:
            found[" ".join(words[1:])].add(uf.find(i))
    for rest, roots in found.items():
        j = by_key.get(("Organization", rest))
        if j is not None and len(roots) == 1:
            uf.union(next(iter(roots)), j)


_GOV_ABBREV = {"pemprov": "pemerintah", "pemkab": "pemerintah", "pemkot": "pemerintah", "pemda": "pemerintah",
               "dinkes": "dinas kesehatan", "diskes": "dinas kesehatan", "polda": "polda"}  # "Polda Sulsel" = "Polda Sulawesi Selatan"
_ADMIN_WORDS = frozenset({"provinsi", "kabupaten", "kota", "daerah", "prov", "kab"})


def _regional_key(ctx: Ctx, text: str) -> str | None:
    """"Pemprov Jabar" and "Pemerintah Provinsi Jawa Barat" -> "pemerintah|jawa barat"; None if not that shape."""
    words = normalize(text).split()
    if not words:
        return None
    head = _GOV_ABBREV.get(words[0])
    rest = words[1:]
    if head is None:
        for full, short in (("pemerintah", "pemerintah"), ("dinas kesehatan", "dinas kesehatan"),
                            ("kepolisian daerah", "polda")):
            n = len(full.split())
            if words[:n] == full.split():
                head, rest = short, words[n:]
                break
    rest = [w for w in rest if w not in _ADMIN_WORDS]
    if head is None or not rest:
        return None
    place = ctx.lexicon.lookup(" ".join(rest), "Location")
    if place is None:
        return None
    return head + "|" + normalize(place.name)


def _merge_regional(ctx: Ctx, live: list[int], uf: _UF) -> None:
    """Regional governments and health offices written short and long are one body."""
    seen: dict[str, int] = {}
    keys: dict[str, str | None] = {}  # per name: hubs are named many times
    for i, m in enumerate(live):
        x = ctx.mentions[m]
        if x is None or x.type != "Organization":
            continue
        if (key := keys.get(x.text, "")) == "":
            key = keys[x.text] = _regional_key(ctx, x.text)
        if key is not None:
            if key in seen:
                uf.union(seen[key], i)
            else:
                seen[key] = i


def _two_entries(a: str | None, b: str | None) -> bool:
    """Two different lexicon names are two companies ("PT Kimia Farma Tbk", "PT Kimia Farma Trading & Distribution")."""
    return a is not None and b is not None and normalize(a) != normalize(b)


def _merge_sessions(ctx: Ctx, live: list[int], uf: _UF) -> None:
    """Events with the same session number ("ke-36") that share a name word are one session."""
    numbered: dict[str, list[tuple[int, set[str]]]] = defaultdict(list)
    c = ctx.t.cue
    for i, m in enumerate(live):
        x = ctx.mentions[m]
        if x is None or x.type != "Event":
            continue
        words = x.text.replace("(", " ").replace(")", " ").split()
        if len(words) >= 2 and _ORDINAL.match(words[-1]):
            names = {w for w in words[:-1] if w[:1].isupper() and w.lower() not in c.event_words}
            numbered[words[-1].lower()].append((i, names))
    for group in numbered.values():
        for a, (i, wi) in enumerate(group):
            for j, wj in group[a + 1 :]:
                if wi & wj:
                    uf.union(i, j)


def _first(k: tuple[int, int, str]) -> int:
    return k[0]


_start = attrgetter("start")


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
    aliases = [s] if s.lower() != name.lower() else []
    degrees = list(dict.fromkeys(ctx.degrees.get(m, []))) if type_ == "Person" else []
    return Entity("", type_, name, aliases, category, [Span(x.start, x.end, x.text)], degrees)  # type: ignore[union-attr]


def _entity(ctx: Ctx, ms: list[int]) -> Entity | None:
    if len(ms) == 1:
        return _single(ctx, ms[0])
    mentions = [ctx.mentions[m] for m in ms]
    score: dict[str, int] = defaultdict(int)
    for x in mentions:
        score[x.type] += PRIORITY.get(x.source, 1) * 10 + 1  # type: ignore[union-attr]
    type_ = max(score, key=lambda t: (score[t], t))
    typed = sorted((x for x in mentions if x.type == type_), key=lambda x: -PRIORITY.get(x.source, 1))  # type: ignore[union-attr]
    canonical = next((x.canonical for x in typed if x.canonical), None)
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
    if len(name) < 2:
        return None
    c = ctx.t.cue
    if all(s in c.generic for s in surfaces):
        return None
    category = next((x.category for x in typed if x.category), None)
    allowed = CATEGORIES.get(type_)
    if allowed is None:
        category = None
    elif category not in allowed:
        category = DEFAULT_CATEGORY[type_]
    aliases = [s for s in surfaces if s.lower() != name.lower()]
    if canonical and ctx.lexicon.lookup(canonical, type_) is None:
        # "Balai Besar POM di Semarang" written once as bare "BBPOM": that surface names the national body
        # in the lexicon, so as an alias it would pull the office into that body when ids are resolved
        aliases = [s for s in aliases if ctx.lexicon.lookup(s, type_) is None]
    degrees: list[str] = []
    for m in ms:
        for d in ctx.degrees.get(m, []):
            if d not in degrees:
                degrees.append(d)
    # deduplicated as tuples (same hash and equality as Span, so the same order), built once each
    keys = sorted({(x.start, x.end, x.text) for x in mentions}, key=_first)  # type: ignore[union-attr]
    spans = [Span(a, b, t) for a, b, t in keys]
    return Entity("", type_, name, aliases, category, spans, degrees if type_ == "Person" else [])
