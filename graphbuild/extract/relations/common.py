"""Sentence views over entity mentions, shared by every relation family.

Rules look at a sentence as text with entity mentions laid over it. Cues are
searched in a *masked* copy of the sentence (mention characters replaced) so a
cue word inside a name ("Biro Kerjasama dan Humas") never fires a relation.
Mentions inside a parenthesis right after another mention ("Kalbe Farma
(Indonesia)", "BPOM (Badan Pengawas Obat dan Makanan)") are set aside as
glosses, so lists and appositions read as they would to a person. The view itself
(:class:`M`, :class:`View`) lives in :mod:`.views`; this module lays the mentions over a
document's sentences and holds the shared :class:`Context`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable

from graphbuild.extract.relations import places
from graphbuild.extract.relations.cuegroup import CueGroup
from graphbuild.extract.relations.dates import sentence_date
from graphbuild.extract.relations.prefilter import MASK, cue_filter, watch
from graphbuild.extract.relations.views import M, View
from graphbuild.ontology import ALLOWED
from graphbuild.types import Document, Entity, Relation, Sentence

__all__ = ["MASK", "M", "CueGroup", "View", "Context", "watch"]


def _select(doc: Document, entities: list[Entity]) -> list[tuple[int, int, Entity]]:
    """Non-overlapping mentions, longest first (a name beats a name inside it)."""
    n = len(doc.text)
    # (-length, start, input order, end, entity): sorted natively, ties kept in input order
    spans: list[tuple[int, int, int, int, Entity]] = []
    for e in entities:
        for s in e.mentions:
            if 0 <= s.start < s.end <= n:
                spans.append((s.start - s.end, s.start, len(spans), s.end, e))
    spans.sort()
    taken: list[tuple[int, int, Entity]] = []
    used = bytearray(n)  # one byte per character: O(length) instead of O(n²) overlap tests
    for _, st, _, en, e in spans:
        if used.find(1, st, en) == -1:
            used[st:en] = b"\x01" * (en - st)
            taken.append((st, en, e))
    taken.sort()  # disjoint spans: starts differ, so the entities are never compared
    return taken


# relations that hold at the time of writing: a date after the document's is a plan or a deadline told beside them
_PT, _TBK = re.compile(r"PT\.?\s"), re.compile(r"\bTbk\b|\bPersero\b")  # an Indonesian company's legal forms
_STATES = frozenset({"HOLDS_POSITION", "MEMBER_OF", "PART_OF", "LOCATED_IN", "SUBSIDIARY_OF", "OPERATES"})


class Context:
    """Everything the rules share for one document, and the relations found so far."""

    def __init__(self, doc: Document, sentences: list[Sentence], entities: list[Entity]) -> None:
        self.doc = doc
        self.entities = entities
        self.by_id = {e.id: e for e in entities}
        self.relations: list[Relation] = []
        # positions in ``relations`` by type and by (type, head): rules ask "has X already?" per
        # sentence, and a scan of every relation found so far made long documents quadratic
        self._of_type: dict[str, list[int]] = {}
        self._of_head: dict[tuple[str, str], list[int]] = {}
        self.year = _year(doc.published)
        self.holders: dict[tuple[str, str], set[str]] = {}  # (title key, org id) -> person ids
        spans = _select(doc, entities)
        starts = [t[0] for t in spans]
        self.views = [self._view(i, s, spans, bisect_left(starts, s.start)) for i, s in enumerate(sentences)]
        f = cue_filter()
        if _aligned(doc.text, sentences):  # the usual case: one prefilter pass for the whole document
            masks = f.scan_spans(doc.text, [(s.start, s.end) for s in sentences])
        else:
            masks = [f.scan(s.text) for s in sentences]
        self._filter = f
        self._may_at: dict[int, tuple[list[View], dict[int, list[View]]]] = {}  # ``where``'s index, per view list
        absent, bits = f.absent, f.by_id
        for v, mask in zip(self.views, masks, strict=True):
            v._cues, v._bits, v._no = mask, bits, absent(mask)
        # rules only fire in sentences naming something (anaphora reads back through ``views``)
        self.busy = [v for v in self.views if v.mentions]

    def _view(self, index: int, sent: Sentence, spans: list[tuple[int, int, Entity]], first: int) -> View:
        """``spans`` are sorted by start; from ``spans[first]`` on, those inside the sentence become mentions."""
        text = sent.text
        stop = sent.start + len(text)
        ms: list[M] = []
        for k in range(first, len(spans)):
            st, en, e = spans[k]
            if st >= stop:
                break
            if en <= stop:
                ms.append(M(st - sent.start, en - sent.start, e, text[st - sent.start : en - sent.start]))
        parts: list[str] = []  # mentions are disjoint and sorted: mask by concatenation
        last = 0
        for m in ms:
            parts.append(text[last : m.start])
            parts.append(MASK * (m.end - m.start))
            last = m.end
        parts.append(text[last:])
        view = View(index, sent, text, "".join(parts), [], [])
        # set aside mentions glossing the previous one: "X (Y)", "X (Y/Z)"
        kept: list[M] = []
        for m in ms:
            host = kept[-1] if kept else None
            if host is not None and _in_paren_after(text, host.end, m.start, m.end):
                if host.gloss is None:
                    host.gloss = m
                view.glosses.append(m)
                continue
            kept.append(m)
        view.mentions = kept
        if ":" in text and view.glosses:
            _mask_tickers(view)
        return view

    def where(self, *patterns: re.Pattern[str], every: bool = False) -> list[View]:
        """The sentences naming something (``busy``; with ``every``, all of them) where one of ``patterns``
        may match, in order.

        For a family loop that opens with ``if not v.may(P): continue``: one pass with an inline set test
        instead of a ``may`` call per sentence (the gate calls cost more than what they test)."""
        views = self.views if every else self.busy
        if len(patterns) == 1:
            k = id(patterns[0])
            if k not in self._filter._all_ids:  # never filtered: it may match anywhere
                return list(views)
            return list(self._may_index(views).get(k, ()))
        ids = frozenset(map(id, patterns))
        return [v for v in views if not ids <= v._no]

    def _may_index(self, views: list[View]) -> dict[int, list[View]]:
        """Filtered pattern id -> the views of ``views`` where it may match, in order: one pass over the few
        patterns each sentence may hold (about 15), instead of a pass over the sentences for each of the ~60
        patterns ``where`` is asked about. Rebuilt when a rule replaces the list (``busy``)."""
        got = self._may_at.get(id(views))
        if got is not None and got[0] is views:
            return got[1]
        index: dict[int, list[View]] = {}
        present = self._filter.present
        for v in views:
            for k in present(v._cues):
                if (at := index.get(k)) is None:
                    index[k] = [v]
                else:
                    at.append(v)
        self._may_at[id(views)] = (views, index)
        return index

    # ----- emitting -------------------------------------------------------------------------
    def emit(self, rtype: str, head: Entity, tail: Entity, view: View, confidence: float,
             **props: str | None) -> bool:
        """Record a relation if the ontology admits it; returns whether it did."""
        hid = head.id
        if hid == tail.id or (rtype, head.type, tail.type) not in ALLOWED:
            return False
        date = view.date
        if date is None:
            spans = [(m.start, m.end) for m in view.mentions]
            date = view.date = sentence_date(view.text, self.year, spans) or self.doc.published or ""
        if not date:
            date = None
        elif rtype in _STATES and (pub := self.doc.published) and date > pub[: len(date)]:
            date = pub  # "… menargetkan izin edar pada 2027, kata Direktur X": a later date is not when the post was held
        clean = {k: st for k, v in props.items() if v and (st := v.strip())} if props else {}
        evidence = view.evidence
        if evidence is None:
            evidence = view.evidence = " ".join(view.text.split())
        rels = self.relations
        at = len(rels)
        rels.append(Relation(rtype, hid, tail.id, evidence, round(confidence, 3), date, clean))
        self._of_type.setdefault(rtype, []).append(at)
        self._of_head.setdefault((rtype, hid), []).append(at)
        return True

    def has(self, rtype: str, head: Entity | None = None, tail: Entity | None = None) -> list[Relation]:
        """Relations of ``rtype`` found so far (optionally from ``head`` / to ``tail``), in order found."""
        at = self._of_type.get(rtype, ()) if head is None else self._of_head.get((rtype, head.id), ())
        rels = [self.relations[i] for i in at]
        return rels if tail is None else [r for r in rels if r.tail == tail.id]

    def decided(self, view: View, rtype: str) -> bool:
        """Whether a rule already emitted ``rtype`` from this sentence (later readers of it then add nothing)."""
        return view.evidence is not None and any(r.evidence == view.evidence for r in self.has(rtype))

    def typed(self, *rtypes: str) -> list[Relation]:
        """Relations of any of ``rtypes`` found so far, in order found (read backwards for "the latest")."""
        at = sorted(i for t in rtypes for i in self._of_type.get(t, ()))
        return [self.relations[i] for i in at]

    # ----- discourse ------------------------------------------------------------------------
    def recent(self, index: int, types: Iterable[str], *, pos: int | None = None, back: int = 2,
               limit: int = 2) -> list[Entity]:
        """Distinct entities of ``types`` mentioned just before (most recent first).

        Looks in the current sentence before ``pos`` and in the ``back`` sentences
        before it: how "perusahaan tersebut" and "Kedua perusahaan" are read.
        """
        wanted = set(types)
        out: list[Entity] = []
        # by identity: the entities are cluster's, one object per id ("e1", "e2", …), so ``==`` (the
        # dataclass's field-by-field tuple compare, called per pair) says no more than ``is``
        seen: set[int] = set()
        for i in range(index, max(-1, index - back - 1), -1):
            v = self.views[i]
            ms = [m for m in v.mentions if m.type in wanted and m.role is None]
            if i == index:
                ms = [m for m in ms if pos is None or m.end <= pos]
            for m in reversed(ms):
                if (k := id(e := m.ent)) not in seen:
                    seen.add(k)
                    out.append(e)
                    if len(out) >= limit:
                        return out
        return out

    def last_event(self, index: int, back: int = 6) -> Entity | None:
        """The most recently named Event, for "acara ini" / "pertemuan tersebut"."""
        got = self.recent(index, ("Event",), back=back, limit=1)
        return got[0] if got else None

    def is_country(self, e: Entity) -> bool:
        if e.type != "Location":
            return False
        if e.category:
            return e.category == "country"
        return any(n.casefold() in places.COUNTRY_NAMES for n in (e.name, *e.aliases)) or places.category(e) == "country"

    def is_indonesian(self, e: Entity) -> bool:
        """Whether an organisation reads as Indonesian (PT/Tbk/Persero, or located in Indonesia)."""
        names = (e.name, *e.aliases)
        if any(_PT.match(n) or _TBK.search(n) for n in names):
            return True
        for r in self.has("LOCATED_IN", head=e):
            t = self.by_id.get(r.tail)
            if t and any(n.casefold() == "indonesia" for n in (t.name, *t.aliases)):
                return True
        return False


def _aligned(text: str, sentences: list[Sentence]) -> bool:
    """Whether the sentences are ordered, disjoint slices of ``text`` (as ``split_sentences`` makes them)."""
    last = 0
    for s in sentences:
        if s.start < last or s.text != text[s.start : s.end]:
            return False
        last = s.end
    return True


_OPEN_PAREN = re.compile(r"\.?\s*\([^()]*")  # "Osaka Bio Inc. (Japan)": the legal form's dot


_TICKER_LEAD = re.compile(r"\((?:[A-Z]{2,6}|[Kk]ode\s+(?:[Ss]aham|[Ee]miten)|[Tt]icker)\s*:\s*$")


def _mask_tickers(view: View) -> None:
    """"PT X Tbk (kode saham: XXXX) menandatangani …": the market and its colon are masked with the ticker, so
    the rules read the gloss as they read "PT X Tbk (XXXX)"."""
    masked = view.masked
    for g in view.glosses:
        lead = _TICKER_LEAD.search(view.text, max(0, g.start - 20), g.start)
        if lead is not None:
            masked = masked[: lead.start() + 1] + MASK * (g.start - lead.start() - 1) + masked[g.start :]
    view.masked = masked


def _in_paren_after(text: str, host_end: int, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` sits inside a parenthesis opened right after ``host_end``."""
    before = text[host_end:start]
    if "(" not in before or not _OPEN_PAREN.fullmatch(before):  # the substring test spares most regex calls
        return False
    close = text.find(")", end)
    return close != -1 and "(" not in text[end:close]


def _year(published: str | None) -> int | None:
    if published and re.match(r"\d{4}", published):
        return int(published[:4])
    return None
