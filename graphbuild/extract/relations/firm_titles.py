"""A company post stated without naming the company: the company the text is about holds it.

Why: business reports name the company once and then give posts by reference ("Direktur Keuangan
perseroan, X", "X, the company's chief executive, said") or, wire style, bare ("President Director X
told reporters" after a sentence about the company). A bare title counts only when the sentence
follows one company named just before, or one named far more often than any other there.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.litsearch import prefix_search
from graphbuild.extract.relations.speech import SAY, SAY_EN, SAY_MEN
from graphbuild.extract.relations.subsidiary_refs import release_firm as story_release_firm
from graphbuild.types import Entity

# "Direktur Keuangan perseroan, X", "Pemilik usaha, X", "Direktur Produksi dan Quality Operations perusahaan tersebut, X"
_FIRM_TITLE = re.compile(rf"(?<!\w)(?P<title>{cues.TITLE.replace('?P<title>', '')}(?:\s+(?:(?:dan|and|&)\s+)?[A-Z][\w-]*){{0,4}})\s+"
                         r"(?:[Pp]erseroan|perusahaan(?:\s+(?:ini|tersebut|itu))?|emiten\s+(?:ini|tersebut|itu)|the\s+company(?:'s)?|"
                         r"usaha(?:\s+(?:ini|tersebut|itu))?|UMKM\s+(?:ini|tersebut|itu))"
                         # "Direktur Utama perseroan yang baru (dilantik), dr. X": the new holder of the post
                         r"(?:\s+(?:yang\s+)?(?:baru(?:\s+saja)?(?:\s+(?:dilantik|diangkat|ditunjuk|terpilih))?|terpilih)|\s+yang\s+lama)?"
                         rf"\s*,?\s*{cues.HONORIFIC}*$")
# "X, Direktur Keuangan perseroan, mengatakan", "menunjuk X sebagai Komisaris Utama perseroan": the post after the name
_FIRM_AFTER = re.compile(rf"\s*(?:,|\(|\bselaku\b|\bsebagai\b|"  # "X, M.M. kemudian ditunjuk sebagai Presiden Komisaris perseroan"
                         rf"(?:[\s,]*{cues.DEGREE})*\s*(?:(?:kemudian|lalu|juga|resmi|kini)\s+){{0,2}}(?:ditunjuk|diangkat|dilantik|ditetapkan|terpilih)(?:\s+kembali)?"
                         r"\s+(?:sebagai|menjadi)\b|"
                         r"\s+(?:(?:kini|saat\s+ini|sekarang|juga)\s+)?(?:duduk|bertugas|menjabat)\s+(?:sebagai|menjadi)\b)"  # "X kini duduk sebagai …"
                         rf"\s*(?:(?:yang\s+)?(?:kini\s+|saat\s+ini\s+)?menjabat(?:\s+sebagai)?\s+)?"
                         rf"(?P<title>{cues.TITLE.replace('?P<title>', '')}(?:\s+[A-Z][\w-]*){{0,3}})\s+"
                         r"(?:perseroan|perusahaan(?:\s+(?:ini|tersebut|itu))?|emiten\s+(?:ini|tersebut|itu))\b")
# "President Director X told reporters"
_CORP_TITLE = re.compile(r"(?:^|[\s\"\u201d,])(?P<title>President\s+Director|Presiden\s+Direktur|Direktur\s+Utama|Dirut|CEO|"
                         r"Chief\s+\w+\s+Officer|Managing\s+Director|Presiden\s+Komisaris|Komisaris\s+Utama)\s+$")
# "X, the company's chief executive," / "X, perseroan's …"
_ITS_AFTER = re.compile(r"\s*,\s*(?:the\s+)?(?:company|firm|group)['\u2019]s\s+(?P<title>(?:[a-z]+\s+){0,3}?"
                        r"(?:chief\s+executive(?:\s+officer)?|chief\s+\w+\s+officer|president(?:\s+director)?|director|"
                        r"chairman|chairwoman|founder|head|spokes(?:man|woman|person)))\b")
# the bare-titled person is the one quoted: "… told reporters", "kata Direktur Utama X"
_SAYS_AFTER = re.compile(rf"\s*,?\s*(?:{SAY_EN}|{SAY_MEN})\b")
_SAYS_BEFORE = re.compile(rf"\b(?:{SAY}|{SAY_EN})\s+(?:\w+\s+){{1,3}}$")
# "The company's chief executive, X, said": the post before the name
_ITS_BEFORE = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?P<firm>[Cc]ompany|[Ff]irm|[Gg]roup)['\u2019]s\s+(?P<title>(?i:(?:[a-z]+\s+){0,3}?"
                         r"(?:chief\s+executive(?:\s+officer)?|chief\s+\w+\s+officer|president(?:\s+director)?|director|"
                         r"chairman|chairwoman|founder|head|spokes(?:man|woman|person))(?:\s+of\s+[A-Za-z]+)?))\s*,\s*$")
_FIRMS = re.compile(r"(?:company|firm|group)['\u2019]s", re.I)
# 'PT X ("X" or "the Company")': a release's defined term, which "the Company's President Director" later means
_DEFINES = re.compile(r"(?:the\s+)?[\"\u201c](?:the\s+)?(?:Company|Perseroan)[\"\u201d]")  # ("the Company" or the "Company"; the literal gate of ``_ITS_BEFORE``)
# '"…," said Dr. X, Director of Operations.': a press release's quote, the post bare at the sentence end
_SAID_BEFORE = re.compile(r"\bsaid\s+(?:\w+\.?\s+)?$")
_SAID_POST = re.compile(r"\s*,\s*(?P<title>(?:[A-Z][a-z]+\s+){0,3}(?:Director|Officer|Head|Manager|President|Chairman|Chairwoman|"
                        r"Secretary|Commissioner)(?:\s+(?:of|for)\s+[A-Z][a-z]+(?:\s+(?:and|&)\s+[A-Z][a-z]+)*)?)\s*(?:\.\s*$|\.[\"\u201d\s])")
watch(_FIRM_TITLE, _FIRM_AFTER, _CORP_TITLE, _ITS_AFTER, _FIRMS)
_firm_title_before = prefix_search(_FIRM_TITLE)  # its search before a name, tried only where a title word starts


def subject_firm(ctx: Context, v: View, p: M) -> tuple[re.Match[str], Entity] | None:
    """"Daewon, a unit of X, developed Y. The company's chief executive, Z, said …": the post and the company
    the sentence before is about (the first company it names), unless this sentence names one first."""
    t = _ITS_BEFORE.search(v.text[: p.start]) if v.may(_FIRMS) else None
    if t is None:
        return None
    if t.group("firm") == "Company" and (defined := defined_company(ctx)) is not None:
        return t, defined  # "to the Company's President Director, X": the company the release defines so
    here = [m for m in v.mentions if m.type == "Organization" and m.end <= t.start() and m.ent.category == "company"]
    before = [m for m in ctx.views[v.index - 1].mentions if m.type == "Organization" and m.ent.category == "company"] if v.index else []
    first = (here or before or [None])[0]
    return (t, first.ent) if first is not None else None


def defined_company(ctx: Context) -> Entity | None:
    """The company a release defines as "the Company" (the company named last before the term)."""
    for v in ctx.views:
        term = _DEFINES.search(v.text) if "ompany" in v.text or "Perseroan" in v.text else None
        if term is not None:
            firms = [m for m in v.before(term.start(), ("Organization",)) if m.ent.category == "company"]
            return firms[0].ent if firms else None
    return None


def title_for(ctx: Context, v: View, p: M) -> re.Match[str] | None:
    """The title of a post at the company told of, when ``p`` is given one by reference."""
    t = _firm_title_before(v.text, p.start) if v.may(_FIRM_TITLE) else None
    t = t or (_ITS_AFTER.match(v.text, p.end) if v.may(_ITS_AFTER) else None)
    t = t or (_FIRM_AFTER.match(v.text, p.end) if v.may(_FIRM_AFTER) else None)
    if t is None and "said" in v.text[max(0, p.start - 12) : p.start] and _SAID_BEFORE.search(v.text[: p.start]):
        t = _SAID_POST.match(v.masked, p.end)  # '"…," said Dr. X, Director of Operations.'
    if t is None and v.may(_CORP_TITLE) and (_SAYS_AFTER.match(v.text, p.end) or _SAYS_BEFORE.search(v.text[: p.start])):
        t = _CORP_TITLE.search(v.text[: p.start])  # wire style, the speaker quoted: the company the text is about
        near = sorted((len(e.mentions), e.id) for e in ctx.recent(v.index, ("Organization",), pos=p.start, back=3, limit=8)
                      if e.category == "company")
        t = t if near and (len(near) == 1 or near[-1][0] > 2 * near[-2][0]) else None
    return t


def release_firm(ctx: Context, t: re.Match[str]) -> list[Entity]:
    """The company a press release is about, for a post told bare after a quote: named far more than any other."""
    if t.re is not _SAID_POST:
        return []
    firms = sorted(((len(e.mentions), e.id, e) for e in ctx.entities if e.type == "Organization" and e.category == "company"),
                   key=lambda x: (x[0], x[1]))
    return [firms[-1][2]] if firms and (len(firms) == 1 or firms[-1][0] >= 2 * firms[-2][0]) else []


def perseroan_firms(ctx: Context, t: re.Match[str], near: list[Entity]) -> list[Entity]:
    """"Direktur Utama perseroan, X" after "PT A Tbk dan perusahaan Turki B menandatangani …": "perseroan" is the
    Indonesian legal term for a PT, so of the companies named lately the Indonesian ones are meant, even where the
    foreign partner is named more often (of a child and its listed parent, the one named more: the caller's rule);
    with none named lately, the company the story is by."""
    if "erseroan" not in t.group() or len(near) == 1:
        return near
    if not near:  # named far back: the company the story is by ("perseroan" defined, its one Tbk, else named most)
        firm = story_release_firm(ctx)
        return [firm] if firm is not None else []
    local = [e for e in near if ctx.is_indonesian(e)]
    return local or near
