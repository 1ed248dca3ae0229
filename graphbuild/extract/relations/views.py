"""A sentence as text with entity mentions laid over it: :class:`M` and :class:`View` (re-exported by :mod:`.common`).

A view holds the sentence, its *masked* copy (mention characters replaced, so cue words inside names never
fire), its mentions in reading order and the glosses set aside, with the navigation every rule uses
(``after``/``before``, ``next_mention``, ``chain``, ``clause_end``) and the prefilter's ``may``/``cues`` gates.
It knows nothing of the document; :class:`~.common.Context` builds the views and holds what is shared.
Split out of ``common`` to keep each module short.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.litsearch import literal_finditer
from graphbuild.extract.units import STRENGTH
from graphbuild.types import Entity, Sentence

_NOTHING: Iterator[re.Match[str]] = iter(())  # exhausted for good: shared by every cue that cannot match
# what a product list carries between its items: strengths and sizes, batch and registration numbers
_LIST_NOISE = re.compile(rf"\b{STRENGTH}(?!\w)"
                         r"|\b(?:dengan\s+)?(?:(?:nomor|no\.?)\s+(?:bets|batch|lot|registrasi|reg\.?|izin\s+edar)|NIE|batch|lot|bets)"
                         # "dengan nomor bets LS2402117 dan LS2402118": every code of the item
                         r"(?:\s+(?:no\.?|number|nomor))?\s*[:.]?\s*[A-Z0-9][\w./-]*\d[\w./-]*"
                         r"(?:\s*(?:,|dan|and)\s*[A-Z]{1,4}[\w./-]*\d[\w./-]*)*", re.I)
_MAY_NOISE = re.compile(r"\d")  # no digit, no noise to read through

@dataclass(slots=True)
class M:
    """A mention inside one sentence (offsets relative to the sentence)."""

    start: int
    end: int
    ent: Entity
    text: str
    role: str | None = None  # title, when this is "Kepala BPOM" standing for the person
    gloss: M | None = None  # "(Indonesia)" after "Kalbe Farma"
    type: str = field(init=False)  # the entity type, copied: rules read it in every loop
    i: int = field(init=False, default=-1)  # position in the view's mention list

    # written out rather than generated (``dataclass`` keeps a class's own ``__init__``): the generated one
    # plus a ``__post_init__`` call cost twice as much, and every sentence makes one M per mention
    def __init__(self, start: int, end: int, ent: Entity, text: str, role: str | None = None,
                 gloss: M | None = None) -> None:
        self.start = start
        self.end = end
        self.ent = ent
        self.text = text
        self.role = role
        self.gloss = gloss
        self.type = ent.type
        self.i = -1


@dataclass(slots=True)
class View:
    """One sentence with its mentions, in reading order."""

    index: int
    sent: Sentence
    text: str
    masked: str
    mentions: list[M]
    glosses: list[M] = field(default_factory=list)
    role_orgs: set[int] = field(default_factory=set)  # starts of ORG mentions used as "Kepala <ORG>"
    _src: list[M] | None = None  # the mention list ``M.i`` indexes (rules may swap ``mentions``)
    date: str | None = None  # sentence date, computed on first emit
    evidence: str | None = None  # whitespace-normalised text, computed on first emit
    _cues: int = -1  # prefilter bits of the watched patterns that may match here, with its ``always`` bit (all, until set)
    _bits: dict[int, int] = field(default_factory=dict)  # the prefilter's id(pattern) -> bit
    _no: frozenset[int] = frozenset()  # ids of the watched patterns that cannot match here (``_cues``' zero bits)

    def __post_init__(self) -> None:
        if self._cues != -1 and self._bits:  # a view made with its mask (``Context`` sets all three itself)
            self._no = frozenset(k for k, b in self._bits.items() if not self._cues & b)

    def gap(self, a: int, b: int) -> str:
        return self.text[a:b] if a <= b else ""

    def after(self, pos: int, types: Iterable[str] | None = None, until: int | None = None) -> list[M]:
        wanted = set(types) if types else None
        end = len(self.text) if until is None else until
        return [m for m in self.mentions if m.start >= pos and m.end <= end and (wanted is None or m.type in wanted)]

    def before(self, pos: int, types: Iterable[str] | None = None) -> list[M]:
        """Mentions ending at or before ``pos``, nearest first."""
        wanted = set(types) if types else None
        out = [m for m in self.mentions if m.end <= pos and (wanted is None or m.type in wanted)]
        return out[::-1]

    def _index(self, m: M) -> int | None:
        """Position of ``m`` in ``mentions`` (O(1); relinked when a rule swaps the list)."""
        ms = self.mentions
        if self._src is not ms:
            self._src = ms
            for k, x in enumerate(ms):
                x.i = k
        i = m.i
        return i if 0 <= i < len(ms) and ms[i] is m else None

    def next_mention(self, m: M) -> M | None:
        ms = self.mentions
        i = m.i if self._src is ms else self._index(m)  # the common case inline: rules call this in every loop
        if i is not None and 0 <= i < len(ms) and ms[i] is m:
            return ms[i + 1] if i + 1 < len(ms) else None
        for x in self.mentions:
            if x.start >= m.end:
                return x
        return None

    def prev_mention(self, m: M) -> M | None:
        ms = self.mentions
        i = m.i if self._src is ms else self._index(m)
        if i is not None and 0 <= i < len(ms) and ms[i] is m:
            return ms[i - 1] if i > 0 else None
        prev = None
        for x in self.mentions:
            if x.end <= m.start:
                prev = x
        return prev

    def may(self, pattern: re.Pattern[str]) -> bool:
        """False only when ``pattern`` cannot match anywhere in this sentence (its text or masked text).

        Rules ask this thousands of times a document: one set test (``_no`` holds only filtered patterns, so
        one the filter leaves out always may). ``v._cues & v._bits.get(id(pattern), -1) != 0`` says the same."""
        return id(pattern) not in self._no

    def cues(self, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
        """``pattern``'s matches in the masked text, tried only where its leading words start."""
        if id(pattern) in self._no:
            return _NOTHING
        return literal_finditer(pattern, self.masked)

    def clause_end(self, pos: int) -> int:
        m = cues.CLAUSE_END.search(self.masked, pos) if self.may(cues.CLAUSE_END) else None
        if m is not None and self.glosses:  # the quotes of 'X Co., Ltd. ("X")' end no clause
            while m is not None and any(g.start - 2 <= m.start() <= g.end + 1 for g in self.glosses):
                m = cues.CLAUSE_END.search(self.masked, m.end())
        return m.start() if m else len(self.text)

    def in_clause(self, pos: int, types: Iterable[str] | None = None) -> list[M]:
        """Mentions from ``pos`` up to the end of the clause."""
        return self.after(pos, types, self.clause_end(pos))

    def chain(self, first: M, types: Iterable[str]) -> list[M]:
        """``first`` and the mentions coordinated with it ("A, B dan C"), read through the noise product
        lists carry between items: "Febrinol Sirup 60 ml (parasetamol) nomor bets FB2508, Batukin …"."""
        wanted = set(types)
        out = [first]
        cur = first
        text = self.text
        while True:
            nxt = self.next_mention(cur)
            # a mention inside the brackets after ``cur`` glosses it ("(parasetamol)"): no list item
            while nxt is not None and text.count("(", cur.end, nxt.start) > text.count(")", cur.end, nxt.start):
                nxt = self.next_mention(nxt)
            if nxt is None or nxt.type not in wanted:
                return out
            gap = text[cur.end:nxt.start]
            if not cues.LIST_SEP.match(gap) and not (_MAY_NOISE.search(gap)
                                                     and cues.LIST_SEP.match(_LIST_NOISE.sub(" ", gap))):
                return out
            out.append(nxt)
            cur = nxt
