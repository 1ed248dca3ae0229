"""A joint venture named beside its two owners: SUBSIDIARY_OF from the venture to each owner, the owners as partners, and
the venture as the company a plant or product told without a name belongs to once its owners have held the stage.

"X, perusahaan patungan antara A dan B", "X merupakan usaha patungan A dengan B", "X adalah perusahaan patungan antara BUMN
farmasi A dan produsen vaksin asal India, B", "X, a joint venture between A and B", "X is a JV company of A and B",
"Perusahaan tersebut merupakan usaha patungan A dengan B" (X: the company the last sentence named).

Why: releases and news introduce a venture by its owners in an apposition or with a copula; ``cooperation`` reads the
owners as partners only where nothing stands before them, and no rule read the venture's parents. A venture
"yang berlokasi di …" (no owners named) or one "A dan B membentuk" (the owners before the cue) is left alone.
After the owners ("A menguasai 51 persen saham, sedangkan sisanya dimiliki B"), "Pabrik itu akan memproduksi P" or "Tiga
produknya, yakni P, Q" are the venture's, not the owner named last: :func:`venture_of` maps an owner back to its venture
for the rules that guess the company from the sentences before (``discourse._operator``, ``its_products``).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues, venture_stakes
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.extract.relations.subsidiary_refs import emit as _emit
from graphbuild.types import Entity

ORG = ("Organization",)
# a word of a short description: "BUMN farmasi", "produsen vaksin asal █", "Osaka-based", "Jakarta-listed", "India's"
_W = r"(?:[a-z][\w-]*|BUMN|BUMS|\u2588+(?:-[a-z]+|['\u2019]s)?|[A-Z][a-z]+-(?:based|listed|headquartered))"
_DESC = rf"(?:{_W}(?:\s+{_W}){{0,5}}\s*,?\s+)?"
# the cue and what leads to the first owner
_VENTURE = re.compile(r"\b(?:(?:perusahaan|usaha)\s+(?:patungan|JV)|joint[\s-]+venture(?:\s+(?:company|firm|entity))?|JV\s+company)"
                      r"(?:\s+(?:baru|new))?\s+(?:(?:antara|between|of|milik|yang\s+dibentuk\s+oleh|formed\s+by|owned\s+by)\s+)?", re.I)
_LEAD = re.compile(rf"(?:[Tt]he\s+)?{_DESC}(?:PT\.?\s+)?")  # the first owner's description
watch(_VENTURE)
# between the two owners: "(ABBR)", "asal Osaka, Jepang", "and", then the second's description
_AND = re.compile(r"\.?\s*(?:\([^()]*\)\s*)?(?:,?\s*(?:asal|from|of|dari|based\s+in|yang\s+berbasis\s+di|yang\s+berkantor\s+pusat\s+di)\s+"
                  r"[\u2588\s,]+?)?,?\s*(?:dan|and|serta|dengan|with|&)\s+(?:the\s+)?" + _DESC + r"(?:PT\.?\s+)?")
# between the venture and the cue: an apposition or a copula ("X (XYZ), perusahaan patungan", "X merupakan sebuah usaha patungan")
_IS = re.compile(r"(?:[\"\u201d\u2019']?\))?(?:,?\s*(?:Pte|Ltd|Inc|Co|Corp|LLC|Limited|GmbH|AG|Sdn\s+Bhd)\b\.?)*\s*(?:\([^()]*\)\s*)?(?:,\s*(?:(?:yang\s+merupakan|which\s+is|selaku)\s+)?|\s+(?:(?:juga|kini|sendiri)\s+)?"
                 r"(?:adalah|merupakan|ialah|is|was|is\s+now|has\s+been)\s+)(?:(?:sebuah|suatu|a|an|the|also|the\s+new|a\s+new)\s+)?", re.I)
# "Perusahaan tersebut merupakan usaha patungan …": the venture by reference, the company the sentence before named
_IT_IS = re.compile(r"^[\s\"\u201c]*(?:[Pp]erusahaan|[Pp]abrik|[Tt]he\s+company)\s+(?:tersebut|ini|itu)?\s*(?:adalah|merupakan|ialah|is)\s+"
                    r"(?:(?:sebuah|suatu|a|an)\s+)?$")


def find(ctx: Context) -> None:
    for v, jv, a, b in _found(ctx):
        ctx.emit("PARTNERS_WITH", a.ent, b.ent, v, 0.6)
        if jv is not None:
            _emit(ctx, v, jv, a.ent)
            _emit(ctx, v, jv, b.ent)
    venture_stakes.find(ctx)  # "… to establish PT J … A will hold a 60 percent stake": J is A's


def venture_of(ctx: Context, e: Entity | None) -> Entity | None:
    """The venture whose owner ``e`` is, else ``e`` itself."""
    if e is None:
        return None
    table = ctx.__dict__.get("_venture_of")
    if table is None:
        owned: dict[str, Entity] = {}
        for _v, jv, a, b in _found(ctx):
            if jv is not None:
                owned.setdefault(a.ent.id, jv)
                owned.setdefault(b.ent.id, jv)
        table = ctx.__dict__["_venture_of"] = {k: jv for k, jv in owned.items() if jv.id not in owned}
    return table.get(e.id, e)


def _found(ctx: Context) -> list[tuple[View, Entity | None, M, M]]:
    """Each venture cue with its two owners and the venture (None when unnamed), worked out once per document."""
    found = ctx.__dict__.get("_ventures")
    if found is None:
        found = ctx.__dict__["_ventures"] = []
        for v in ctx.where(_VENTURE):
            for c in v.cues(_VENTURE):
                if cues.negated(v.masked, c.start()):
                    continue  # "X bukan perusahaan patungan antara A dan B"
                owners = _owners(v, c.end())
                if owners is not None:
                    found.append((v, _venture(ctx, v, c.start(), owners), *owners))
    return found


def _ok(m: M | None) -> bool:
    return m is not None and m.type == "Organization" and m.role is None and not regulator_like(m.ent)


def _owners(v: View, pos: int) -> tuple[M, M] | None:
    """The two owners named right after the cue (``pos``), each after its short description."""
    first = next(iter(v.after(pos, ORG)), None)
    if first is None or first.start - pos > 80 or not _ok(first) or not _LEAD.fullmatch(v.masked[pos : first.start]):
        return None
    second = next(iter(v.after(first.end, ORG)), None)
    if second is None or not _ok(second) or second.ent is first.ent \
            or not _AND.fullmatch(v.masked[(first.gloss or first).end : second.start]):
        return None
    return first, second


def _venture(ctx: Context, v: View, pos: int, owners: tuple[M, M]) -> Entity | None:
    """The venture: the company right before the cue in apposition or with a copula, else the one a reference stands for."""
    own = {owners[0].ent.id, owners[1].ent.id}
    before = next(iter(v.before(pos)), None)
    if before is not None and _ok(before) and before.ent.id not in own \
            and _IS.fullmatch(v.masked[(before.gloss or before).end : pos]):
        return before.ent
    if before is None and _IT_IS.match(v.masked[:pos]) and v.index > 0:
        prev = ctx.views[v.index - 1]
        firms = [m.ent for m in prev.mentions if _ok(m) and m.ent.category == "company" and m.ent.id not in own]
        if len({e.id for e in firms}) == 1:
            return firms[0]
    return None
