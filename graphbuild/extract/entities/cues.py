"""Cue-word lists from ``extract/data/cues.yaml``, loaded once.

Keeping the words in data (not code) lets an analyst add a role title or an
organisation cue without touching the rules that use them.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import yaml

from graphbuild.extract.lexicon import YAML_LOADER

CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "cues.yaml"
_MEMO_MAX = 100_000  # words remembered by ``verb_like``: bounded, however long the run


def _phrases(words: list[str]) -> tuple[tuple[str, ...], ...]:
    """Multi-word cues as token tuples, longest first (so "Direktur Utama" beats "Direktur")."""
    out = {tuple(w.split()) for w in words}
    return tuple(sorted(out, key=len, reverse=True))


@dataclass(frozen=True)
class Cues:
    raw: dict
    honorifics: frozenset[str]
    degrees: tuple[str, ...]
    legal_forms: frozenset[str]
    roles: tuple[tuple[str, ...], ...]
    role_words: frozenset[str]
    regional_roles: frozenset[str]
    provincial_capitals: frozenset[str]
    speech_before: frozenset[str]
    speech_after: frozenset[str]
    org_prefix: dict[tuple[str, ...], str]
    org_prefix_phrases: tuple[tuple[str, ...], ...]
    org_suffix: dict[str, str]
    facility_prefix: frozenset[str]
    facility_suffix: frozenset[str]
    event_prefix: tuple[tuple[str, ...], ...]
    event_suffix: frozenset[str]
    program_cues: frozenset[str]
    program_prefix: frozenset[str]
    agreement_prefix: tuple[tuple[str, ...], ...]
    agreement_suffix: frozenset[str]
    regulation_prefix: tuple[tuple[str, ...], ...]
    product_cues: frozenset[str]
    approval_cues: tuple[str, ...]
    area_cues: frozenset[str]
    compass: frozenset[str]
    connectors: frozenset[str]
    generic: frozenset[str]
    institutional: frozenset[str]
    not_org_acronyms: frozenset[str]
    dates: frozenset[str]
    org_context_before: frozenset[str]
    furniture_prefixes: tuple[str, ...]
    headline_verbs: frozenset[str]
    inn_suffixes: tuple[str, ...]
    demonyms: frozenset[str]
    event_words: frozenset[str]  # event cues in lower case, for "pertemuan X ke-36"
    institution_kinds: frozenset[str]  # "Lembaga Pemeriksa Halal": a kind written before the institution meant

    @functools.cached_property
    def person_triggers(self) -> frozenset[str]:
        """Tokens at which a person rule can start (honorifics, role heads, speech verbs)."""
        hon = self.honorifics | {h.rstrip(".") for h in self.honorifics}
        return frozenset(hon | {r[0] for r in self.roles} | self.speech_before | self.speech_after | {"anggota"})  # "anggota DPR"

    @functools.cached_property
    def role_heads(self) -> frozenset[str]:
        """First words of the roles."""
        return frozenset(r[0] for r in self.roles)

    @functools.cached_property
    def name_stops(self) -> frozenset[str]:
        """Capitalised words that are never part of a person's name (``Ctx.name_like``), as one set."""
        return (self.generic | self.institutional | self.role_words | self.honorifics | self.dates | self.legal_forms
                | frozenset(self.org_suffix) | self.facility_suffix)

    @functools.cached_property
    def _verb_memo(self) -> dict[str, bool]:
        return {}

    def verb_like(self, w: str) -> bool:
        """A verb by list or by shape (-kan, me-...-i); institution words and roles never are.
        Memoised per word (the rules ask about the same words in every document), up to a bound."""
        memo = self._verb_memo
        got = memo.get(w)
        if got is None:
            got = self._verb_like(w)
            if len(memo) < _MEMO_MAX:
                memo[w] = got
        return got

    def _verb_like(self, w: str) -> bool:
        if w in self.institutional or w in self.role_words or w in self.generic:
            return False
        lw = w.lower()
        if lw in self.headline_verbs:
            return True
        if len(lw) <= 5:
            return False
        if lw.endswith("kan") and not lw.startswith(("pe", "ke")):
            return True
        return lw.startswith(("mem", "men", "meng", "meny")) and lw.endswith(("kan", "i"))


@functools.lru_cache(maxsize=1)
def cues() -> Cues:
    raw = yaml.load(CUES_FILE.read_text(encoding="utf-8"), Loader=YAML_LOADER)
    org_prefix: dict[tuple[str, ...], str] = {}
    for cat, words in raw["org_prefix"].items():
        for w in words:
            org_prefix.setdefault(tuple(w.split()), cat)
    org_suffix: dict[str, str] = {}
    for cat, words in raw["org_suffix"].items():
        for w in words:
            org_suffix.setdefault(w.split()[-1], cat)
    roles = _phrases(raw["roles"])
    return Cues(
        raw=raw,
        honorifics=frozenset(raw["honorifics"]),
        degrees=tuple(sorted(raw["degrees"], key=len, reverse=True)),
        legal_forms=frozenset(raw["legal_forms"]),
        roles=roles,
        role_words=frozenset(w for r in roles for w in r),
        regional_roles=frozenset(raw["regional_roles"]),
        provincial_capitals=frozenset(raw["provincial_capitals"]),
        speech_before=frozenset(raw["speech_before"]),
        speech_after=frozenset(raw["speech_after"]),
        org_prefix=org_prefix,
        org_prefix_phrases=_phrases([' '.join(p) for p in org_prefix]),
        org_suffix=org_suffix,
        facility_prefix=frozenset(raw["facility_prefix"]),
        facility_suffix=frozenset(w.split()[-1] for w in raw["facility_suffix"]),
        event_prefix=_phrases(raw["event_prefix"]),
        event_suffix=frozenset(raw["event_suffix"]),
        program_cues=frozenset(raw["program_cues"]),
        program_prefix=frozenset(raw["program_prefix"]),
        agreement_prefix=_phrases(raw["agreement_prefix"]),
        agreement_suffix=frozenset(w.split()[-1] for w in raw["agreement_suffix"]),
        regulation_prefix=_phrases(raw["regulation_prefix"]),
        product_cues=frozenset(raw["product_cues"]),
        approval_cues=tuple(raw["approval_cues"]),
        area_cues=frozenset(raw["area_cues"]),
        compass=frozenset(raw["compass"]),
        connectors=frozenset(raw["connectors"]),
        generic=frozenset(raw["generic"]),
        institutional=frozenset(raw["institutional"]),
        not_org_acronyms=frozenset(raw["not_org_acronyms"]),
        dates=frozenset(raw["months"]) | frozenset(raw["weekdays"]),
        org_context_before=frozenset(raw["org_context_before"]),
        furniture_prefixes=tuple(raw["furniture_prefixes"]),
        headline_verbs=frozenset(w.lower() for w in raw.get("headline_verbs", ())),
        demonyms=frozenset(raw.get("demonyms", ())),
        event_words=frozenset(p.split()[0].lower() for p in raw["event_prefix"]) | frozenset(raw.get("event_words", ())),
        institution_kinds=frozenset(raw.get("institution_kinds", ())),
        inn_suffixes=tuple(sorted({s.lower() for s in raw.get("inn_suffixes", ())}, key=len, reverse=True)),
    )
