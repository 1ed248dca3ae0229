"""One tokenisation of the document shared by every extractor.

Extractors work on token indices rather than re-scanning the text with many
regexes, which is what keeps extraction within a few milliseconds per article.
A token is a word (letters/digits with inner ``-/&'’.``) or one punctuation mark.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, repeat
from operator import add, contains, methodcaller, not_, sub

from graphbuild.extract.entities.cues import Cues, cues
from graphbuild.extract.entities.masks import headlines, mask
from graphbuild.extract.relations import places

# A middle initial ("Penny K. Lukito") is one token "K." so a name run can cross it; it must sit
# between a lower-case letter and a capitalised word, which keeps "vitamin C." sentence ends apart.
# "Jakarta-based", "Stockholm-headquartered": the place is a token of its own; so is the standard of
# "CPOB-certified", "PIC/S-compliant".
_TOKEN = re.compile(
    r"(?<=[a-z] )[A-Z]\.(?= [A-Z][a-z])|[A-Z][\w’'/]*(?=-(?:based|headquartered|certified|compliant|accredited)\b)"
    r"|[^\W_][\w’'\-/&]*(?:\.[^\W_][\w’'\-/&]*)*|[^\w\s]"
)
# possessive repeats: nothing after a run of word characters or spaces could ever take some back
_TOKEN_WS = re.compile(r"(\s*+)(" + _TOKEN.pattern.replace("]*", "]*+").replace(")*|", ")*+|") + r"|_+)")
# the same without the "Jakarta-based" branch, which every capitalised word tries first: for texts without
# "-based"/"-headquartered" it cannot match, so the tokens are the same
_PLACE_BASED = r"|[A-Z][\w’'/]*+(?=-(?:based|headquartered|certified|compliant|accredited)\b)"
_SPLIT_TAILS = ("-based", "-headquartered", "-certified", "-compliant", "-accredited")
_TOKEN_WS_PLAIN = re.compile(_TOKEN_WS.pattern.replace(_PLACE_BASED, "", 1))
# the initial branch of _TOKEN on its own, led by the dot so the regex engine skips to dots (a text has ten times
# more capitals); a match here is a match of the branch one character earlier: only whether one exists is asked
_INITIAL = re.compile(r"\.(?<=[a-z] [A-Z]\.)(?= [A-Z][a-z])")


def is_initial(t: str) -> bool:
    """A middle initial token ("K.")."""
    return len(t) == 2 and t[1] == "." and t[0].isupper()


def is_cap(t: str) -> bool:
    return t[:1].isupper()


def is_acronym(t: str) -> bool:
    """ALL-CAPS word of 2+ letters, possibly with digits or a slash ("PIC/S"; not "G2", "BGSi")."""
    if len(t) < 2 or not t.isupper():
        return False
    return (t[0].isalpha() and t[1].isalpha()) or sum(1 for c in t if c.isalpha()) >= 2


_PHRASE_INDEX: dict[int, tuple[tuple[tuple[str, ...], ...], dict[str, list[tuple[str, ...]]]]] = {}


def _phrase_index(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases grouped by first word, longest first; built once per phrase list."""
    hit = _PHRASE_INDEX.get(id(phrases))
    if hit is not None and hit[0] is phrases:
        return hit[1]
    index: dict[str, list[tuple[str, ...]]] = {}
    for ph in sorted(phrases, key=len, reverse=True):
        index.setdefault(ph[0], []).append(ph)
    _PHRASE_INDEX[id(phrases)] = (phrases, index)
    return index


_PHRASE_ENDS: dict[int, tuple[tuple[tuple[str, ...], ...], dict[str, list[tuple[str, ...]]]]] = {}


def _phrase_end_index(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """Phrases grouped by last word; built once per phrase list."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for ph in phrases:
        index.setdefault(ph[-1], []).append(ph)
    _PHRASE_ENDS[id(phrases)] = (phrases, index)
    return index


@dataclass
class Tokens:
    text: str
    starts: list[int]
    ends: list[int]
    words: list[str]
    newline_before: list[bool]
    masked: list[bool] = field(default_factory=list)  # inside furniture lines or title-case quotes
    cue: Cues = field(default_factory=cues)
    headline: list[bool] = field(default_factory=list)  # inside a Title Case headline line
    body: str = ""  # " w1 w2 ... " words outside headlines (case kept: names keep theirs in the body)

    _index: dict[str, list[int]] | None = None
    _lindex: dict[str, list[int]] | None = None
    # lower-cased words, a plain attribute (rules read it in their loops, where a property would cost a
    # call each time; a __getattr__ hook would slow every other attribute read)
    lower: list[str] = field(init=False)

    def __post_init__(self) -> None:
        self.lower = list(map(str.lower, self.words))

    def starts_of(self, phrases: tuple[tuple[str, ...], ...]) -> list[int]:
        """Indices of tokens that are the first word of one of ``phrases``."""
        return self.where(_phrase_index(phrases))  # type: ignore[arg-type]

    def where(self, words: frozenset[str], lower: bool = False) -> list[int]:
        """Indices of tokens in ``words`` (one C-speed pass instead of a Python loop per rule)."""
        index = self._lindex if lower else self._index
        if index is None:  # word -> positions, built once per document and shared by every rule
            index = self._lower_index() if lower else self._word_index()
        if len(words) < len(index):  # C-level loops over the smaller side (positions lists are never empty)
            hits = list(filter(None, map(index.get, words)))
        else:
            hits = list(map(index.__getitem__, filter(words.__contains__, index)))
        if not hits:
            return []
        if len(hits) == 1:
            return list(hits[0])
        return sorted(chain.from_iterable(hits))

    def _word_index(self) -> dict[str, list[int]]:
        index: defaultdict[str, list[int]] = defaultdict(list)
        for k, w in enumerate(self.words):
            index[w].append(k)
        index.default_factory = None  # from here on a plain mapping: a miss raises, never inserts
        self._index = index
        return index

    def _lower_index(self) -> dict[str, list[int]]:
        """Merged from the word index: one ``lower()`` per distinct word, not per token."""
        words = self._index if self._index is not None else self._word_index()
        index: dict[str, list[int]] = {}
        for w, at in words.items():
            low = w.lower()
            old = index.get(low)
            index[low] = at if old is None else sorted(old + at)
        self._lindex = index
        return index

    def where_word(self, pred: Callable[[str], bool], maybe: Callable[[str], object] | None = None) -> list[int]:
        """Indices (ascending) of tokens whose word satisfies ``pred``, testing each distinct word once.

        ``maybe``, a C-level test every word satisfying ``pred`` passes (``str.isupper``,
        ``methodcaller("startswith", ...)``), is mapped over the distinct words first, so the
        Python predicate only sees the few candidates."""
        index = self._index if self._index is not None else self._word_index()
        words = index if maybe is None else compress(index, map(maybe, index))
        hits = [index[w] for w in words if pred(w)]
        if not hits:
            return []
        if len(hits) == 1:
            return list(hits[0])
        return sorted(chain.from_iterable(hits))

    def where_key(self, key: Callable[[str], object], keys: frozenset[object]) -> list[int]:
        """Indices (ascending) of tokens whose ``key(word)`` is in ``keys``; ``key`` a C-level function
        (``str.casefold``, ``itemgetter(slice(-3, None))``) mapped over the distinct words, so no Python
        frame runs per word."""
        index = self._index if self._index is not None else self._word_index()
        hits = [index[w] for w in compress(index, map(keys.__contains__, map(key, index)))]
        if not hits:
            return []
        if len(hits) == 1:
            return list(hits[0])
        return sorted(chain.from_iterable(hits))

    def ends_phrase(self, k: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
        """Whether one of ``phrases`` ends right before token ``k`` (line breaks not checked); only the
        phrases ending in word k-1 are compared."""
        if k <= 0:
            return False
        hit = _PHRASE_ENDS.get(id(phrases))
        index = hit[1] if hit is not None and hit[0] is phrases else _phrase_end_index(phrases)
        cands = index.get(self.words[k - 1])
        if not cands:
            return False
        words = self.words
        return any(k >= len(r) and tuple(words[k - len(r) : k]) == r for r in cands)

    def token_starting_at(self, offset: int) -> int:
        """Index of the token starting exactly at ``offset``, -1 if none (maps regex hits to tokens)."""
        k = bisect.bisect_left(self.starts, offset)  # a few look-ups per document: no table to build
        return k if k < len(self.starts) and self.starts[k] == offset else -1

    def in_body(self, i: int, j: int) -> bool:
        """Whether the words of tokens [i, j) also occur, in this order, outside the headline."""
        return f" {' '.join(self.words[i:j])} " in self.body

    def __len__(self) -> int:
        return len(self.words)

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.starts[i] : self.ends[j - 1]]

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < len(self.words) else ""

    def joined(self, i: int, j: int) -> bool:
        """Whether tokens i..j-1 sit on one line (names never cross a line break)."""
        return not any(self.newline_before[i + 1 : j])

    def index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)

    def match_phrase(self, i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
        """Length of the longest phrase (token tuple) starting at token i, 0 if none."""
        hit = _PHRASE_INDEX.get(id(phrases))
        index = hit[1] if hit is not None and hit[0] is phrases else _phrase_index(phrases)
        words = self.words
        cands = index.get(words[i]) if i < len(words) else None
        if not cands:
            return 0
        for ph in cands:
            n = len(ph)
            if n == 1:
                return 1
            if tuple(words[i : i + n]) == ph and not any(self.newline_before[i + 1 : i + n]):
                return n
        return 0


def tokenize(text: str, furniture: tuple[str, ...] = ()) -> Tokens:
    """One regex pass; each token comes with the whitespace before it, so offsets and line breaks
    are running sums rather than per-token searches (tokenising is on every document's hot path)."""
    based = any(map(text.__contains__, _SPLIT_TAILS))
    # split, not findall: [gap, spaces, token, gap, spaces, token, …, tail], so two C-level slices give the
    # two groups of every match without a tuple per token to unzip
    parts = (_TOKEN_WS if based else _TOKEN_WS_PLAIN).split(text)
    spaces = parts[1::3]
    words = parts[2::3]
    sizes = list(map(len, words))
    ends = list(accumulate(map(add, map(len, spaces), sizes)))
    starts = list(map(sub, ends, sizes))
    nl = list(map(contains, spaces, repeat("\n")))  # C-level: no Python frame per token
    if "_" in text:  # "_" is matched only to keep the running offsets exact
        keep = [k for k, w in enumerate(words) if w[0] != "_"]
        words = [words[k] for k in keep]
        starts = [starts[k] for k in keep]
        ends = [ends[k] for k in keep]
        nl = [nl[k] for k in keep]
    if _INITIAL.search(text) is not None:  # only the initial branch makes a "K." token: most texts have none
        merged = [k for k, w in enumerate(words) if len(w) == 2 and w[1] == "." and not (k and words[k - 1][:1].isupper())]
        for k in reversed(merged):  # from the end, so inserting keeps the earlier indices valid
            _split_initial(k, starts, ends, words, nl)
    if "'s" in text or "\u2019s" in text:  # the Python test only for the few words ending in a possessive
        owned = compress(range(len(words)), map(methodcaller("endswith", _POSSESSIVES), words))
        for k in reversed([k for k in owned if (w := words[k])[:-2] in _COUNTRY_WORDS or (
                len(w) > 4 and w[:-2].isupper() and w[:-2].isalpha())]):  # "WHO's Regional Office": the body, then its unit
            _split_possessive(k, starts, ends, words, nl)
    toks = Tokens(text, starts, ends, words, nl)
    toks.masked = mask(toks, furniture or toks.cue.furniture_prefixes)
    toks.headline = headlines(toks)
    if any(toks.headline):
        toks.body = " " + " ".join(compress(words, map(not_, toks.headline))) + " "
    return toks


def _split_initial(k: int, starts: list[int], ends: list[int], words: list[str], nl: list[bool]) -> None:
    """"vitamin C. Selain": a letter ending a sentence, not an initial; undo the merge."""
    s = starts[k]
    ends[k] = s + 1
    words[k] = words[k][0]
    starts.insert(k + 1, s + 1)
    ends.insert(k + 1, s + 2)
    words.insert(k + 1, ".")
    nl.insert(k + 1, False)


_POSSESSIVES = ("'s", "\u2019s")
# "South Korea's Daewoong", "Japan's X": a country's possessive is the place, then the firm it qualifies
_COUNTRY_WORDS = frozenset(n.split()[-1] for n in places.COUNTRY_NAMES_CASED)


def _split_possessive(k: int, starts: list[int], ends: list[int], words: list[str], nl: list[bool]) -> None:
    """"Korea's" -> "Korea" "'s"."""
    e = ends[k]
    ends[k] = e - 2
    words[k], tail = words[k][:-2], words[k][-2:]
    starts.insert(k + 1, e - 2)
    ends.insert(k + 1, e)
    words.insert(k + 1, tail)
    nl.insert(k + 1, False)
