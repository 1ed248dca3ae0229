"""Short names a story gives a company without defining them, for ``coref``.

"PT Nusantara Biologi Utama Tbk" … "Presiden Direktur Nusabio" (the openings of its words fused into one),
"PT Nusantara Biovaksin Tbk" … "Biovaksin merupakan anak usaha …" (its coined last word, after a stock opening
word). News and headlines use these forms without the "(Nusabio)" a press release would add; left unbound
they are a second company or nothing, and every deal, subsidiary and partner told with them is lost.
"""

from __future__ import annotations

from graphbuild.extract.entities.blended_names import fused
from graphbuild.extract.entities.classed import common_words
from graphbuild.extract.entities.coined import COMPANY_WORDS
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.person_names import FIRM_TAIL

_FIRM = frozenset({"PT", "PT.", "CV"})
_DROP = _FIRM | {"Tbk", "Persero", "(", ")", ".", ","}


def add_forms(ctx: Ctx, forms: dict[tuple[str, ...], set[int]], kind_tail: frozenset[str]) -> None:
    """Add the fused and coined-last-word forms of each PT/CV company (one company only per form) to ``forms``."""
    t = ctx.t
    cores: dict[int, tuple[str, ...]] = {}
    holders: dict[str, list[tuple[str, ...]]] = {}  # each word of an organisation's name, and the names holding it
    memo = ctx.fused_cores  # coref runs twice over mostly the same mentions: each span's core is read once
    for m, x in enumerate(ctx.mentions):
        if x is None or x.type != "Organization":
            continue
        span = ctx.spans[m]
        got = memo.get(span)
        if got is None:
            words = t.words[span[0] : span[1]]
            core = tuple(w for w in words if w not in _DROP)
            got = memo[span] = (core, words[0] in _FIRM and len(core) >= 2 and all(w.isalpha() and w[:1].isupper() for w in core))
        core = got[0]
        for w in core:
            holders.setdefault(w, []).append(core)
        if got[1]:
            cores[m] = core
    if not cores:
        return
    found: dict[str, set[tuple[str, ...]]] = {}
    targets: dict[str, set[int]] = {}
    for m, core in cores.items():
        last = core[-1]
        if len(core) == 2 and (core[0] in FIRM_TAIL or core[0] in COMPANY_WORDS) and _coined(ctx, last, kind_tail):
            found.setdefault(last, set()).add(core)  # "PT Nusantara Biovaksin Tbk" … "Biovaksin"
            targets.setdefault(last, set()).add(m)
    by_head: dict[str, list[int]] = {}  # the companies a fused form could open with each three-letter start
    for m, core in cores.items():
        for h in {w[:3].casefold() for w in core[:-1]}:
            by_head.setdefault(h, []).append(m)
    for w, h in _candidates(ctx):
        if h not in by_head or w in holders or (w,) in forms or ctx.lexicon.lookup(w) is not None:
            continue
        for m in by_head[h]:
            if fused(w, cores[m]):  # "Nusabio" for "PT Nusantara Biologi Utama Tbk"
                found.setdefault(w, set()).add(cores[m])
                targets.setdefault(w, set()).add(m)
    for w, named in found.items():
        if len(named) != 1 or (w,) in forms:
            continue  # two companies fit: neither is meant
        own = set(next(iter(named)))
        if all(set(c) <= own for c in holders.get(w, ())):  # no other body's name holds the word
            forms[(w,)].update(targets[w])


def _candidates(ctx: Ctx) -> list[tuple[str, str]]:
    """The text's words (in ``set`` order) that may be a fused short name, each with its first three letters folded:
    the word tests that do not depend on the mentions, worked out once for both coref passes (the lexicon look-up,
    dearer, stays last in the caller)."""
    got = ctx.fused_words
    if got is None:
        common = common_words()
        got = ctx.fused_words = [(w, w[:3].casefold()) for w in set(ctx.t.words) if len(w) >= 5 and w[:1].isupper()
                                 and w[1:].islower() and w.isalpha() and w.lower() not in common]
    return got


def _coined(ctx: Ctx, w: str, kind_tail: frozenset[str]) -> bool:
    """An invented word ("Biovaksin", "Medisindo"): not an ordinary, company-kind or institutional word."""
    c = ctx.t.cue
    return (len(w) >= 6 and w.isalpha() and w[1:].islower() and w.lower() not in common_words() and w not in kind_tail
            and w not in COMPANY_WORDS and w not in FIRM_TAIL and w not in c.institutional and w not in c.generic
            and w not in c.demonyms and ctx.lexicon.lookup(w) is None)
