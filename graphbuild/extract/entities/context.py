"""Shared state of one document's entity extraction.

Extractors run in a fixed order of reliability (lexicon, acronym definitions,
persons, cue-led names, patterns, short references) and claim tokens as they go;
a later, longer name may absorb earlier ones it fully contains (an event name
containing "Badan POM"), but never cuts one in half. ``links`` records which
mentions are the same entity (acronym definitions, "atau disebut", coreference).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graphbuild.extract.entities.cues import Cues
from graphbuild.extract.entities.tokens import Tokens, is_acronym
from graphbuild.extract.lexicon import Lexicon
from graphbuild.types import Mention

LOCKED_SOURCES = frozenset({"person"})
# site heads after a possessive company name: "X's Y Plant" names a site of X
_SITE_WORDS = frozenset({"Plant", "Facility", "Factory", "Site", "Center", "Centre", "Campus"})


_CONNECTORS = frozenset({"and", "dan", "serta", "&", "or", "atau"})

# words after which an all-caps word of two or three letters is a person's initials (crime reports)
_INITIAL_CUES = frozenset({"berinisial", "inisial", "initials", "tersangka", "pelaku", "korban", "saksi", "tsk"})
_OPEN = frozenset({"("})


def _is_initials(w: str) -> bool:
    return 2 <= len(w) <= 3 and w.isalpha() and w.isupper()


def _initials(t: Tokens) -> frozenset[str]:
    """Suspects and victims named by initials ("tersangka RH", "pelaku berinisial AS", "RH (38)"): police
    reports never give their names, and the letters must not become an organisation or a country."""
    words = t.words
    n = len(words)
    out = {words[k + 1] for k in t.where(_INITIAL_CUES, lower=True) if k + 1 < n and _is_initials(words[k + 1])}
    for k in t.where(_OPEN):  # "RH (38)": initials with the age, as crime news writes them
        if 0 < k < n - 2 and words[k + 2] == ")" and len(words[k + 1]) == 2 and words[k + 1].isdigit() \
                and _is_initials(words[k - 1]):
            out.add(words[k - 1])
    return frozenset(out)


def _name_word(w: str, c: Cues) -> bool:
    """The word-only part of ``Ctx.name_like``."""
    return (
        w[:1].isupper()
        and len(w) >= 2
        and not (w.isupper() and is_acronym(w))
        and (w.isalpha() or not any(ch.isdigit() for ch in w))  # a letter is never a digit
        and w not in c.name_stops
        and not ("-" in w and any(p in c.institutional or p in c.generic for p in w.split("-")))
    )


@dataclass
class Ctx:
    t: Tokens
    lexicon: Lexicon
    mentions: list[Mention | None] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)  # token span of each mention
    owner: list[int] = field(default_factory=list)  # token -> mention index, -1 if free
    links: list[tuple[int, int]] = field(default_factory=list)
    degrees: dict[int, list[str]] = field(default_factory=dict)  # person mention -> degrees
    not_entities: set[str] = field(default_factory=set)  # acronyms defined as non-entities ("API")
    defined: dict[str, tuple[str, str | None, str | None]] = field(default_factory=dict)  # acronym -> type, cat, canon
    forms: dict[int, list[tuple[str, ...]]] = field(default_factory=dict)  # mention -> searchable short forms (coref memo)

    initials: frozenset[str] = frozenset()  # people named by initials ("tersangka RH"): never entities
    _namey: dict[str, bool] = field(default_factory=dict)  # word -> name_like's word tests (per document)
    firm_leads: tuple[str, ...] | None = None  # the company prefixes ("PT ", "CV ") the text holds (firm_shorts)
    form_starts: list[int] | None = None  # where a foreign legal form (", S.A.", " SARL") opens (firm_shorts)
    firm_ends: dict[str, tuple[int, ...]] = field(default_factory=dict)  # key -> where "PT <name>" ends a name (firm_shorts)
    fused_words: list[tuple[str, str]] | None = None  # words that may be a fused short name, with their opening (fused_shorts)
    fused_cores: dict[tuple[int, int], tuple[tuple[str, ...], bool]] = field(default_factory=dict)  # span -> name core (fused_shorts)

    def __post_init__(self) -> None:
        self.owner = [-1] * len(self.t)
        self.initials = _initials(self.t)

    def free(self, i: int, j: int) -> bool:
        return max(self.owner[i:j], default=-1) < 0

    def type_at(self, k: int) -> str | None:
        owner = self.owner
        m = owner[k] if 0 <= k < len(owner) else -1
        if m < 0:
            return None
        x = self.mentions[m]
        return x.type if x is not None else None

    def add(
        self,
        i: int,
        j: int,
        type_: str,
        category: str | None = None,
        source: str = "rule",
        canonical: str | None = None,
        absorb: bool = True,
    ) -> int:
        """Add a mention over tokens [i, j); returns its index or -1 when it conflicts."""
        t = self.t
        while i < j and t.words[i] in _CONNECTORS:
            i += 1  # "Arkana Farma and Seogwang Biologics Sign …" (a headline): no name starts with "and"
        while j > i and t.words[j - 1] in _CONNECTORS:
            j -= 1  # "UGM, RSUP Dr. Sardjito dan Herbanusa Teken …" (a headline): nor ends with it
        if i >= j or j > len(t.words) or any(t.masked[i:j]):
            return -1
        if j - i == 1 and self.initials and t.words[i] in self.initials:
            return -1  # "berinisial AS" is a suspect, not Amerika Serikat
        if type_ == "Organization" and j < len(t.words) and t.words[j] in _SITE_WORDS and any(
                w.endswith(("'s", "\u2019s")) for w in t.words[i : j - 1]):
            return -1  # "Sentosa Medika's Cikande Biologics Plant": a company's site, not one organisation
        held = self.owner[i:j]
        if max(held) >= 0:  # most adds find their tokens free
            inside = set(filter((0).__le__, held))  # the mentions already there
            for m in inside:
                a, b = self.spans[m]
                if a < i or b > j or not absorb or self.mentions[m].source in LOCKED_SOURCES:  # type: ignore[union-attr]
                    return -1
                if (a, b) == (i, j) and self.mentions[m].type == type_:  # type: ignore[union-attr]
                    return m
            for m in inside:
                self.mentions[m] = None
        start, end = t.starts[i], t.ends[j - 1]
        if j - i >= 2 and t.words[j - 1].endswith(("'s", "’s")) and j < len(t.words) and (
                t.words[j][:1].islower() or t.words[j - 1][:-2] in t.cue.org_suffix):
            end -= 2  # "the Ministry of Health's agenda": the possessive is not part of the name
        idx = len(self.mentions)
        self.mentions.append(Mention(start, end, t.text[start:end], type_, category, canonical, source))
        self.spans.append((i, j))
        self.owner[i:j] = [idx] * (j - i)
        return idx

    def drop(self, m: int) -> None:
        """Take mention ``m`` back, freeing its tokens (also a locked one: the rule replacing it knows better)."""
        a, b = self.spans[m]
        self.mentions[m] = None
        self.owner[a:b] = [-1] * (b - a)

    def lexicon_inside(self, i: int, j: int, types: frozenset[str] | None = None) -> bool:
        """Tokens [i, j) are free, or hold only shorter lexicon names (of ``types``) inside them: "Sinar Husada
        Biofarma" (an article's own company) is not the lexicon's "Biofarma" it ends in, "Kuku Bima" no place."""
        for m in set(self.owner[i:j]):
            if m < 0:
                continue
            a, b = self.spans[m]
            x = self.mentions[m]
            if a < i or b > j or (a, b) == (i, j) or x is None or x.source != "lexicon" or (types and x.type not in types):
                return False
        return True

    def add_quoted(self, i: int, j: int, type_: str) -> int:
        """Add a quoted title-case name: such quotes are masked as slogans or themes, but after a word that names
        their kind ('acara "X"', 'program bertajuk "X"') they are names. The mask stays when the add fails."""
        was = self.t.masked[i:j]
        self.t.masked[i:j] = [False] * (j - i)
        idx = self.add(i, j, type_, None, "cue")
        if idx < 0:
            self.t.masked[i:j] = was
        return idx

    def link(self, a: int, b: int) -> None:
        if a >= 0 and b >= 0 and a != b:
            self.links.append((a, b))

    def name_like(self, k: int) -> bool:
        """A token that can be part of a person's name."""
        t = self.t
        if k < 0 or k >= len(t.words) or self.owner[k] >= 0 or t.masked[k]:
            return False
        w = t.words[k]
        got = self._namey.get(w)
        if got is None:  # the word-only tests, once per distinct word of the document
            got = self._namey[w] = _name_word(w, t.cue)
        return got
