"""SUBSIDIARY_OF from a controlling shareholder: "A tetap menjadi pemegang saham pengendali B", "The Company's
controlling shareholder, PT A, …", "The Company's majority shareholder is PT A", "A, yang kini menjadi pemegang
saham tunggal perseroan".

Why: the subsidiary cues of ``corporate`` and ``ownership`` ("anak usaha", "dimiliki", "menguasai 51 persen saham")
miss the shareholder noun that IPO, rights-issue and AGM stories use for who owns the issuer; every annotated story
that names a company so makes the issuer its SUBSIDIARY_OF (holdout43, 103, 107, 111, 118, 129; optional in 93).
The owned one is the company named right after the noun, or the release's own company for "perseroan" /
"the Company"; a person or the founders ("Para pendiri tetap menjadi pemegang saham pengendali") give nothing,
as ``emit`` takes companies only.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.subsidiary_refs import emit, release_firm

ORG = ("Organization",)

_NOUN = (r"(?:pemegang\s+saham\s+(?:pengendali|mayoritas|tunggal|terbesar)"
         r"|(?:controlling|majority|sole|largest|principal)\s+shareholder)")
_OURS = r"(?:perseroan|the\s+company|perusahaan\s+(?:ini|tersebut))"
# "A (tetap|kini|resmi) menjadi pemegang saham pengendali B", "A, yang kini menjadi … perseroan", "A became the majority
# shareholder of B", "A selaku pemegang saham pengendali perseroan"
_OWNER_FIRST = re.compile(
    r"\b(?:menjadi|merupakan|adalah|selaku|sebagai|is|was|became|becomes|remains|remained)\s+(?:the\s+|a\s+)?"
    + _NOUN + r"(?:\s+(?:of|dari|di))?\s+(?:(?P<ours>" + _OURS + r")\b|(?:PT\.?\s+)?(?=\u2588))", re.I)
# "The Company's controlling shareholder, PT A", "Pemegang saham pengendali perseroan, yakni PT A", "B's majority
# shareholder is A", "pemegang saham mayoritas B adalah A"
_OWNED_FIRST = re.compile(
    r"(?:\b(?P<ours>" + _OURS + r")(?:['\u2019]s)?\s+" + _NOUN + r"|['\u2019]s\s+" + _NOUN + r"|\b" + _NOUN
    + r"(?=\s+(?:PT\.?\s+)?\u2588))", re.I)
_IS = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:(?:yakni|yaitu|namely)\s+)?|\s+(?:adalah|ialah|yakni|yaitu|is|was|remains)\s+)(?:PT\.?\s+)?")
# after a named owned company only a verb of being joins the owner (a bare comma may appose a gloss: "… B, PT B Tbk, …")
_IS_VERB = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s+(?:adalah|ialah|yakni|yaitu|is|was|remains)\s+(?:PT\.?\s+)?")
# between the owner and the verb: "A (ABC), yang kini", "A tetap", "A, which has since"
_OWNER_GAP = re.compile(r"(?:\s*\([^()]*\))?\s*,?\s*(?:(?:yang|which|that)\s+)?(?:(?:kini|resmi|tetap|akan|juga|masih|saat\s+ini"
                        r"|sejak\s+itu|now|still|also|has\s+since)\s+)*", re.I)
watch(_OWNER_FIRST, _OWNED_FIRST)


def find(ctx: Context) -> None:
    for v in ctx.where(_OWNER_FIRST, _OWNED_FIRST):
        for c in v.cues(_OWNER_FIRST):
            owner = next(iter(v.before(c.start(), ORG)), None)
            if owner is None or owner.role is not None or not _OWNER_GAP.fullmatch(v.masked[owner.end : c.start()]):
                continue
            owned = release_firm(ctx, owner.ent) if c.group("ours") else _first(v, c.end())
            if owned is not None:
                emit(ctx, v, owned, owner.ent)
        for c in v.cues(_OWNED_FIRST):
            _owned_first(ctx, v, c)


def _first(v: View, pos: int):  # type: ignore[no-untyped-def]
    m = next(iter(v.after(pos, ORG)), None)
    return m.ent if m is not None and m.start == pos else None


def _owned_first(ctx: Context, v: View, c: re.Match[str]) -> None:
    """"The Company's controlling shareholder, PT A", "pemegang saham mayoritas B adalah A", "B's majority shareholder is A"."""
    if c.group("ours"):
        owned_end, owned = c.end(), None
    elif c.group().startswith(("'", "\u2019")):
        m = next((x for x in v.before(c.start(), ORG) if x.end == c.start()), None)
        if m is None:
            return
        owned_end, owned = c.end(), m.ent
    else:
        m = next(iter(v.after(c.end(), ORG)), None)
        if m is None or not re.fullmatch(r"\s+(?:PT\.?\s+)?", v.masked[c.end() : m.start]):
            return
        owned_end, owned = m.end, m.ent
    is_ = (_IS if owned is None or c.group().startswith(("'", "\u2019")) else _IS_VERB).match(v.masked, owned_end)
    owner = next(iter(v.after(is_.end(), ORG)), None) if is_ is not None else None
    if owner is None or owner.start != is_.end():  # type: ignore[union-attr]
        return
    if owned is None:
        owned = release_firm(ctx, owner.ent)
    if owned is not None:
        emit(ctx, v, owned, owner.ent)
