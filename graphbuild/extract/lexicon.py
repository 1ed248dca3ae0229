"""Curated lexicon of real institutions, places, standards and products.

Loaded from ``extract/data/*.yaml`` (lists of ``{name, type, category, aliases,
country, located_in}``; ``cues.yaml`` excluded), ``extract/data/gazetteer.tsv``
(``name	type	category	country	aliases``, aliases ``|``-separated) and any
user files given with ``--lexicon``. All surface forms go into one Aho-Corasick
automaton, built once per lexicon and reused for every document, so matching
costs one pass over the text regardless of the lexicon size.

Matching rules: all-caps aliases of at most five letters match case-sensitively
("AS" the country, not "as"); all others case-insensitively, but only
Products may match in lower case ("insulin"); names of other types must start
with a capital in the text, which keeps "medan" (field) from being Medan.
"""

from __future__ import annotations

import csv
import functools
import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path

import ahocorasick
import yaml

from graphbuild.errors import ConfigError
from graphbuild.extract.lexicon_cache import cached_entries
from graphbuild.ontology import CATEGORIES, ENTITY_LABELS

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).resolve().parent / "data"
# libyaml's loader when present: the same documents as the pure-Python SafeLoader, ~8x faster,
# which is most of the lexicon's start-up cost in every worker process.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NON_WORD = re.compile(r"[^\w]+")
# ASCII: word characters (``\w``: letters, digits, "_") lower-cased, the rest a space
_WORD_ASCII = {i: chr(i).lower() if chr(i).isalnum() or i == 95 else " " for i in range(128)}
_LEGAL = frozenset({"pt", "tbk", "persero", "ltd", "inc", "co", "corp", "cv", "llc", "plc", "gmbh"})


@functools.lru_cache(maxsize=65536)
def normalize(surface: str) -> str:
    """Lookup key: NFKC, case-folded, punctuation to spaces, legal forms dropped (memoised: the
    same surface forms recur in every document)."""
    if surface.isascii():  # NFKC changes nothing and casefold is lower(): one translate (no regex pass)
        words = [w for w in surface.translate(_WORD_ASCII).split() if w not in _LEGAL]
    else:
        s = unicodedata.normalize("NFKC", surface).casefold()
        words = [w for w in _NON_WORD.sub(" ", s).split() if w not in _LEGAL]
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class LexEntry:
    name: str
    type: str
    category: str | None = None
    aliases: tuple[str, ...] = ()
    country: str | None = None
    located_in: str | None = None

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class LexHit:
    start: int
    end: int
    text: str
    entry: LexEntry


_START, _END = itemgetter(0), itemgetter(1)  # of a (start, end, entry) hit: C-level sort keys


def _case_sensitive(alias: str) -> bool:
    if not alias.isupper():  # C-speed rejection of nearly every alias (a lower-case letter, or none cased)
        return False
    letters = [c for c in alias if c.isalpha()]
    return bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters)


def _lower_same_length(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class Lexicon:
    """Entries plus a cached automaton over all their surface forms."""

    def __init__(self, entries: Iterable[LexEntry]) -> None:
        self.entries: list[LexEntry] = []
        self._by_key: dict[str, LexEntry] = {}
        for e in entries:
            self._add(e)
        self._automaton: tuple[ahocorasick.Automaton, ahocorasick.Automaton] | None = None

    def _add(self, e: LexEntry) -> None:
        if e.type not in ENTITY_LABELS:
            raise ConfigError(f"lexicon entry {e.name!r}: unknown type {e.type!r}; use one of {', '.join(ENTITY_LABELS)}")
        if e.category and e.category not in CATEGORIES.get(e.type, ()):
            log.warning("lexicon entry %r: category %r not in ONTOLOGY.md; dropped", e.name, e.category)
            e = LexEntry(e.name, e.type, None, e.aliases, e.country, e.located_in)
        self.entries.append(e)
        for s in e.surfaces:
            key = normalize(s)
            if key and key not in self._by_key:
                self._by_key[key] = e

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, surface: str, type_: str | None = None) -> LexEntry | None:
        """The entry whose name or alias normalises like ``surface`` (and has ``type_``)."""
        e = self._by_key.get(normalize(surface))
        if e is not None and (type_ is None or e.type == type_):
            return e
        return None

    def _build(self) -> tuple[ahocorasick.Automaton, ahocorasick.Automaton]:
        """Short all-caps aliases must match the raw text, all others match case-folded; one pass over
        the lower-cased text finds both kinds (an ASCII all-caps alias is verified against the raw
        text at its hit). Non-ASCII all-caps aliases, whose lower-casing may depend on context, get a
        first automaton over the raw text (usually empty)."""
        exact = ahocorasick.Automaton()
        both: dict[str, tuple[list, list]] = {}  # lower-cased key -> (exact (alias, entry)s, folded ones)
        for e in self.entries:
            for s in e.surfaces:
                s = s.strip()
                if len(s) < 2:
                    continue
                sensitive = _case_sensitive(s)
                if sensitive and not s.isascii():
                    vals = exact.get(s) if s in exact else []
                    vals.append((s, e))
                    exact.add_word(s, vals)
                    continue
                pair = both.setdefault(s.lower() if sensitive else _lower_same_length(s), ([], []))
                # an ASCII key's exact group holds one raw spelling: its lower-casing is one-to-one
                pair[0 if sensitive else 1].append((s, e))
        merged = ahocorasick.Automaton()
        for key, (ex, fo) in both.items():
            merged.add_word(key, (ex or None, fo or None))
        for a in (exact, merged):
            if len(a):
                a.make_automaton()
        return exact, merged

    def match(self, text: str) -> list[LexHit]:
        """Leftmost-longest whole-word matches of any surface form in ``text``."""
        return [LexHit(start, end, text[start:end], entry) for start, end, entry in self.spans(text)]

    def spans(self, text: str) -> list[tuple[int, int, LexEntry]]:
        """``match`` as (start, end, entry) triples: the entity finder needs no hit objects (a frozen
        dataclass costs a Python call per hit)."""
        if not self.entries:
            return []
        if self._automaton is None:
            self._automaton = self._build()
        n = len(text)
        hits: list[tuple[int, int, LexEntry]] = []  # LexHit objects only for the hits that are kept
        exact, merged = self._automaton
        if len(exact):  # before the others: on one span an exact hit sorts first
            for end_idx, vals in exact.iter(text):
                end = end_idx + 1
                alias, entry = vals[0]
                start = end - len(alias)
                if not ((start > 0 and text[start - 1].isalnum()) or (end < n and text[end].isalnum())):
                    hits.append((start, end, entry))
        if not len(merged):
            return self._select(text, hits)
        for end_idx, pair in merged.iter(_lower_same_length(text)):
            end = end_idx + 1
            if end < n and text[end].isalnum():
                continue  # inside a word, for both kinds of key (most raw hits: short keys in longer words)
            ex, vals = pair
            if ex is not None:
                alias, entry = ex[0]
                start = end - len(alias)
                if text[start:end] == alias and not (start > 0 and text[start - 1].isalnum()):
                    hits.append((start, end, entry))
            if vals is None:
                continue
            alias, entry = vals[0]
            start = end - len(alias)
            if start > 0 and text[start - 1].isalnum():
                continue
            c0 = text[start]
            # a name in lower case is a description, unless the name itself is written so ("e-Katalog")
            if entry.type != "Product" and not (c0.isupper() or c0.isdigit() or text[start:end] == alias):
                if not any(v[1].type == "Product" for v in vals):
                    continue
                entry = next(v[1] for v in vals if v[1].type == "Product")
            hits.append((start, end, entry))
        return self._select(text, hits)

    @staticmethod
    def _select(text: str, hits: list[tuple[int, int, LexEntry]]) -> list[tuple[int, int, LexEntry]]:
        """Leftmost-longest, non-overlapping; on one span the hit found first wins."""
        # leftmost, then longest: two stable sorts on C-level keys (no Python key call per hit); hits on
        # one span keep the order they were found in
        hits.sort(key=_END, reverse=True)
        hits.sort(key=_START)
        out: list[tuple[int, int, LexEntry]] = []
        last = -1
        for hit in hits:
            if hit[0] >= last:
                out.append(hit)
                last = hit[1]
        return out

    @classmethod
    def from_files(cls, paths: Sequence[Path]) -> Lexicon:
        entries: list[LexEntry] = []
        for p in paths:
            entries.extend(cached_entries(p, _read_tsv if p.suffix == ".tsv" else _read_yaml))
        return cls(entries)


def _read_yaml(path: Path) -> list[LexEntry]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=YAML_LOADER) or []
    except (OSError, yaml.YAMLError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read lexicon {path}: {exc}; fix the file or leave it out") from exc
    if not isinstance(data, list):
        raise ConfigError(f"lexicon {path} must be a YAML list of entries with name/type/aliases")
    out = []
    for i, rec in enumerate(data):
        if not isinstance(rec, dict) or not rec.get("name") or not rec.get("type"):
            raise ConfigError(f"lexicon {path}: entry {i + 1} needs at least 'name' and 'type'")
        aliases = tuple(str(a) for a in (rec.get("aliases") or []))
        out.append(
            LexEntry(str(rec["name"]), str(rec["type"]), rec.get("category"), aliases, rec.get("country"), rec.get("located_in"))
        )
    return out


def _read_tsv(path: Path) -> list[LexEntry]:
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ConfigError(f"cannot read gazetteer {path}: {exc}") from exc
    out = []
    for r in rows:
        if not r.get("name"):
            continue
        aliases = tuple(a for a in (r.get("aliases") or "").split("|") if a)
        out.append(LexEntry(r["name"], r.get("type") or "Location", r.get("category") or None, aliases, r.get("country") or None))
    return _bare_regencies(out)


def _bare_regencies(entries: list[LexEntry]) -> list[LexEntry]:
    """"Pacitan", "Badung": news drops "Kabupaten" when no city of that name could be meant.

    A bare town row with no "Kota X" alias ("Cilacap", "Karawang") is the regency's seat, not an
    autonomous city: news means the regency by it, so it folds into "Kabupaten X" instead of
    splitting one place into two nodes. Real cities ("Bogor" with "Kota Bogor") stay apart.
    """
    regencies = {normalize(e.name[len("Kabupaten "):]) for e in entries if e.name.startswith("Kabupaten ")}
    entries = [
        e for e in entries
        if not (e.type == "Location" and e.category == "city" and not e.aliases and normalize(e.name) in regencies)
    ]
    taken = {normalize(s) for e in entries for s in e.surfaces}
    out = []
    for e in entries:
        bare = e.name[len("Kabupaten "):] if e.name.startswith("Kabupaten ") else ""
        if bare and normalize(bare) not in taken:
            e = LexEntry(e.name, e.type, e.category, (*e.aliases, bare), e.country, e.located_in)
        out.append(e)
    return out


def shipped_files() -> list[Path]:
    files = sorted(p for p in DATA_DIR.glob("*.yaml") if p.name != "cues.yaml")
    gaz = DATA_DIR / "gazetteer.tsv"
    return files + ([gaz] if gaz.exists() else [])


def load_lexicon(extra: tuple[str, ...] = ()) -> Lexicon:
    """Shipped lexicon plus user files, loaded once per distinct set of files as they now are: a user who
    edits their file between two loads in one process (a notebook, a service) gets the new rows."""
    return _load(tuple((p, _stamp(p)) for p in extra))


def _stamp(path: str) -> tuple[int, int] | None:
    try:
        st = Path(path).stat()
    except OSError:
        return None  # reading it will fail with a message naming the file
    return st.st_mtime_ns, st.st_size


@functools.lru_cache(maxsize=8)
def _load(extra: tuple[tuple[str, tuple[int, int] | None], ...]) -> Lexicon:
    return Lexicon.from_files([*shipped_files(), *(Path(p) for p, _ in extra)])
