"""Organisations from cue words, legal forms and list context.

Prefix cues ("Kementerian", "Direktorat", "Universitas", "KBRI") start a name
that runs over capitalised words, connectors and comma lists of unit names;
suffix cues ("Group", "Pharmaceutical", "Administration", "Tbk") end one;
"PT X" names a company. An unknown ALL-CAPS word is an organisation only where
the sentence treats it as one: in a list next to other organisations or after
"antara", "oleh", "mitra", "seperti" (so "API" in "Bahan Farmasi Aktif (API)"
is not).
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.scan import nameish, proper_tokens, run_backward, run_forward
from graphbuild.extract.entities.tokens import is_acronym, is_cap

_PT = frozenset({"PT", "PT.", "CV"})
_BRANCH = frozenset({"Cabang", "Branch"})
_TAIL_LEGAL = frozenset({"Tbk", "Persero"})
_LIST_SEP = frozenset({",", "dan", "serta", "and", "&"})
_OF = frozenset({"of", "for"})
_ENGLISH_CONNECTORS = frozenset({"of", "and", "for", "the", "&"})
# Legal forms that may trail a foreign company name, possibly chained ("Co., Ltd.", "Pvt. Ltd.").
_LEGAL_TAIL = frozenset({"Co", "Ltd", "Inc", "Corp", "Limited", "LLC", "PLC", "GmbH", "AG", "Pvt", "Bhd", "Sdn", "Corporation", "SA"})


def find(ctx: Ctx) -> None:
    _prefix(ctx)
    _suffix(ctx)


def _prefix(ctx: Ctx) -> None:
    t = ctx.t
    n = len(t)
    c = t.cue
    prefixes = c.org_prefix_phrases
    k = 0
    for cand in sorted(set(t.starts_of(prefixes)) | set(t.where(_PT))):  # only cue words start a name
        if cand < k:
            continue
        k = cand
        w = t.words[k]
        if not is_cap(w) or t.masked[k] or (ctx.owner[k] >= 0 and ctx.type_at(k) == "Person"):
            k += 1
            continue
        if w in _PT:
            s = k + 1
            if s < n and t.words[s] == ".":
                s += 1
            if s < n and nameish(ctx, s) and not t.newline_before[s]:
                e = run_forward(ctx, s, comma_list=False, connectors=frozenset({"&", "dan"}), max_tokens=6, cue_start=k)
                e = _second_company(ctx, s, e)
                e = next((b + 1 for b in range(s, e) if t.words[b].endswith(("'s", "\u2019s"))), e)  # "PT X Tbk's CEO"
                e = next((b for b in range(s + 1, e) if t.words[b] in _BRANCH), e)  # "PT X Cabang Surabaya" is X
                if e < n and t.words[e] in _TAIL_LEGAL:
                    e += 1
                if e + 2 < n and t.words[e] == "(" and t.words[e + 1] == "Persero" and t.words[e + 2] == ")":
                    e += 3
                if e > s and ctx.add(k, e, "Organization", "company", "cue") >= 0:
                    k = e
                    continue
            k += 1
            continue
        L = t.match_phrase(k, prefixes)
        if L and k + L < n and not t.newline_before[k + L]:
            cat = c.org_prefix[tuple(t.words[k : k + L])]
            s = k + L
            if nameish(ctx, s):
                e = run_forward(ctx, s, comma_list=True, cue_start=k, parent_stop=True)
                if t.words[k] in ("KBRI", "KJRI"):
                    e = min(e, s + 2)
                if t.words[k] in _HOSPITAL and e - s >= 2 and _ends_in_city(ctx, e) and proper_tokens(ctx, s, e - 1):
                    e -= 1  # "Rumah Sakit Kanker Dharmais Jakarta": the city says where, it is not the name
                if _acceptable(ctx, k, e, L) and ctx.add(k, e, "Organization", cat, "cue") >= 0:
                    k = e
                    continue
        k += 1


_HOSPITAL = frozenset({"Rumah", "RS", "RSUP", "RSUD", "RSPAD"})


def _second_company(ctx: Ctx, s: int, e: int) -> int:
    """"PT Sinar Medika dan Hanbit Pharm": a run after "dan" ending in a company word is a second company."""
    t = ctx.t
    i = next((b for b in range(e - 1, s, -1) if t.words[b] in ("dan", "and")), -1)
    if i > s and i + 1 < e and (t.cue.org_suffix.get(t.words[e - 1]) == "company" or t.words[e - 1] in _LEGAL_TAIL
                                or t.words[i + 1] in _PT):
        return i
    return e


def _ends_in_city(ctx: Ctx, e: int) -> bool:
    """The last token of [.., e) is a one-word known city (lexicon or gazetteer)."""
    k = e - 1
    if ctx.type_at(k) == "Location" and ctx.spans[ctx.owner[k]] == (k, e):
        return True
    hit = ctx.lexicon.lookup(ctx.t.words[k])
    return hit is not None and hit.type == "Location"


def _acceptable(ctx: Ctx, i: int, j: int, cue_len: int) -> bool:
    """A cue-led name must add a real word to its cue ("Badan" alone, "Pusat dan" are not names)."""
    t = ctx.t
    words = t.words[i + cue_len : j]
    if not words:
        return False
    if all(w in t.cue.generic and w not in t.cue.institutional for w in words):
        return False
    return True


def _suffix(ctx: Ctx) -> None:
    t = ctx.t
    c = t.cue
    for j in t.where(c.org_suffix):  # type: ignore[arg-type]
        w = t.words[j]
        if j == 0 or t.masked[j] or ctx.owner[j] >= 0 or not is_cap(w):
            continue
        i = run_backward(ctx, j)
        if i >= j:
            continue
        k = next((b for b in range(j - 1, i, -1) if t.words[b] in ("dan", "and")), -1)
        if k > i and ctx.owner[k - 1] >= 0 and ctx.type_at(k - 1) == "Organization":
            i = k + 1  # "PT Sinar Medika and Hanbit Pharm": a company is named before the connector
        if t.words[i] in c.org_suffix and proper_tokens(ctx, i, j + 1) == 0:
            continue
        ctx.add(i, legal_tail(ctx, of_tail(ctx, j + 1)), "Organization", c.org_suffix[w], "cue")


def legal_tail(ctx: Ctx, e: int) -> int:
    """Extend a company name over trailing legal forms: "Hanbit Biologics Co., Ltd.", "X Pvt. Ltd"."""
    t = ctx.t
    n = len(t)
    w = t.words
    while e < n and not t.newline_before[e]:
        k = e + 1 if w[e] == "," else e
        if k >= n or w[k] not in _LEGAL_TAIL or t.newline_before[k]:
            break
        k += 1
        # the abbreviation's dot belongs to the name only when another legal form follows it
        if k + 2 < n and w[k] == "." and w[k + 1] == "," and w[k + 2] in _LEGAL_TAIL:
            k += 1
        e = k
    return e


def of_tail(ctx: Ctx, e: int) -> int:
    """English names go on after their head noun: "College of Medicine", "Administration of Thailand"."""
    t = ctx.t
    n = len(t)
    while (
        e + 1 < n
        and t.words[e] in _OF
        and is_cap(t.words[e + 1])
        and nameish(ctx, e + 1)
        and not t.newline_before[e]
        and not t.newline_before[e + 1]
    ):
        e = run_forward(ctx, e + 1, comma_list=False, connectors=_ENGLISH_CONNECTORS, max_tokens=5)
    return e


def find_acronyms_in_context(ctx: Ctx) -> None:
    """Unknown ALL-CAPS words used as organisations ("antara GPFI dengan", "METI Kansai, FPMAJ dan JETRO")."""
    t = ctx.t
    n = len(t)
    c = t.cue
    cands = t.where_word(lambda w: is_acronym(w) and w not in c.not_org_acronyms and sum(ch.isalpha() for ch in w) <= 6)
    changed = True
    while changed:
        changed = False
        for k in cands:  # the word-only tests below, done once per distinct word
            w = t.words[k]
            if (
                ctx.owner[k] >= 0
                or t.masked[k]
                or not is_acronym(w)
                or w in c.not_org_acronyms
                or w in ctx.not_entities
                or sum(ch.isalpha() for ch in w) > 6
            ):
                continue
            e = k + 1
            if e < n and is_cap(t.words[e]) and not is_acronym(t.words[e]) and not t.newline_before[e]:
                if ctx.type_at(e) == "Location" or (e + 1 >= n or t.words[e + 1] in _LIST_SEP or t.words[e + 1] == "."):
                    if ctx.owner[e] < 0 or ctx.type_at(e) == "Location":
                        e += 1
            if e < n and not (t.words[e] in _LIST_SEP or t.words[e] in (".", ")", ";") or not is_cap(t.words[e])):
                continue
            before = t.words[k - 1] if k > 0 else ""
            if _org_context(ctx, k, e, before):
                if ctx.add(k, e, "Organization", "other", "context") >= 0:
                    changed = True


def _org_context(ctx: Ctx, k: int, e: int, before: str) -> bool:
    t = ctx.t
    if before in t.cue.org_context_before or (k > 1 and " ".join(t.words[k - 2 : k]) in t.cue.org_context_before):
        return True
    # a list neighbour that is an organisation
    if before in _LIST_SEP and k >= 2 and ctx.type_at(k - 2) == "Organization":
        return True
    if before == "dan" and k >= 2 and ctx.type_at(k - 2) == "Organization":
        return True
    if e < len(t) and t.words[e] in _LIST_SEP and e + 1 < len(t) and ctx.type_at(e + 1) == "Organization":
        return True
    return False
