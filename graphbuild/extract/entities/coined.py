"""Companies named by the coined first word of their name, for ``coref``.

"PT Javaplant Herba Medika" … "Fasilitas produksi Javaplant": press releases shorten an invented
company name to its first word, but ordinary and company-kind words ("Sinar", "Kimia", "Farma") open
too many names to stand for one.
"""

from __future__ import annotations

from collections import defaultdict

from graphbuild.extract.entities.classed import common_words
from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.lexical import story_firm_word
from graphbuild.extract.entities.person_names import FIRM_TAIL
from graphbuild.extract.entities.tokens import is_cap


def coined_first_words(ctx: Ctx, forms: dict[tuple[str, ...], set[int]], legal: frozenset[str], kind_tail: frozenset[str]) -> None:
    """"PT Javaplant Herba Medika" … "Fasilitas produksi Javaplant": a company named by the coined first word
    of its name (not an ordinary or company-kind word), when no other organisation of the text starts with it."""
    t = ctx.t
    c = t.cue
    owners: dict[str, set[str]] = defaultdict(set)
    ms: dict[str, list[int]] = defaultdict(list)
    for m, x in enumerate(ctx.mentions):
        if x is None or x.type != "Organization" or x.category != "company":
            continue
        a, b = ctx.spans[m]
        words = [w for w in t.words[a:b] if w not in legal]
        if len(words) >= 2:
            owners[words[0]].add(x.canonical or x.text)
            ms[words[0]].append(m)
    common = common_words()
    for w, names in owners.items():
        # "Daesung Pharm Co., Ltd." and then "Daesung Pharm": one company named in full and shorter
        if len(names) > 1 and len({n for n in names if not any(o != n and o.startswith(n + " ") for o in names)}) > 1:
            # "PT Nutrisehat Indotama Tbk" and its unit "PT Nutrisehat Distribusi Nusantara": the bare word names the
            # listed parent of the group, when exactly one of them is listed ("Tbk")
            listed = [m for m in ms[w] if "Tbk" in t.words[ctx.spans[m][0] : ctx.spans[m][1]]]
            if len({ctx.mentions[m].canonical or ctx.mentions[m].text for m in listed}) != 1:  # type: ignore[union-attr]
                continue
            ms[w] = listed
        if ((w,) not in forms and len(w) >= 5 and w.isalpha() and is_cap(w) and not w.isupper()
                and w.lower() not in common and w not in kind_tail and w not in _COMPANY_WORDS and w not in c.institutional
                and w not in c.generic and w not in c.demonyms and w.lower() not in c.event_words  # "PT Pameran Niaga": not "Pameran"
                and ((hit := ctx.lexicon.lookup(w)) is None or (hit.type == "Organization" and story_firm_word(t.text, w, hit.surfaces)))):
            forms[(w,)].update(ms[w])


# words that open many Indonesian company names: never a company's short name on their own
_COMPANY_WORDS = FIRM_TAIL | frozenset({"Sinar", "Kimia", "Farma", "Medika", "Husada", "Sehat", "Mitra", "Karya",
                                        "Prima", "Mulia", "Dharma", "Mega", "Global", "Sumber", "Tunas", "Cahaya",
                                        "Putra", "Putri", "Bintang", "Indah", "Agung", "Surya", "Bumi", "Jaya",
                                        "Nusa", "Indo", "Multi", "Kalbe", "Mahkota", "Citra", "Cipta", "Harapan",
                                        "Anugerah", "Berkat", "Lestari", "Graha", "Griya", "Bersama", "Gemilang",
                                        "Teknologi", "Industri", "Pharma", "Medical", "Health", "International",
                                        "National"})

COMPANY_WORDS = _COMPANY_WORDS  # (read by ``fused_shorts``)
