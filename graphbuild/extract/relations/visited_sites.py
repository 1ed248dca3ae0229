"""VISITED of the named facility a visit told by a generic site noun went to.

Why: a visit report names the site by kind and owner or place ("meninjau fasilitas produksi fitofarmaka milik
PT A di Cicurug", "meninjau pabrik perusahaan tersebut di Cileungsi", "toured the plant of A") and gives the
facility's own name elsewhere in the story ("Pabrik Fitofarmaka A Cicurug", "Pabrik Cileungsi"). The visit
rules read the owner or the place as what was visited; the facility itself, the one the owner operates (or the
one in that place), was the site. Run last, once OPERATES and LOCATED_IN are known: only a single facility of
that owner or place (or the one whose name the sentence repeats) is taken.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context
from graphbuild.extract.relations.views import View
from graphbuild.types import Entity

# a site noun, a few words of its kind, then the owner ("milik A", "of A") or the place ("di B") right before the mention
_SITE = re.compile(r"\b(?:fasilitas|pabrik|plant|facility|facilities|site|sarana\s+produksi|lokasi\s+produksi)\b"
                   r"(?:\s+[a-z][\w-]*){0,4}?\s+(?:(?:milik|of|at|in|di)\s+(?:the\s+)?)?(?:perusahaan\s+|perseroan\s+|PT\s+)?"
                   r"(?:(?:milik|di|in|at)\s+)?$", re.I)

_PLANNED = re.compile(r"\b(?:akan|berencana|dijadwalkan|rencananya|batal|will|would|plans?\s+to|scheduled)\b", re.I)  # no visit made yet


def find(ctx: Context) -> None:
    """For each visit of an owner or place read off a site noun, the one facility it names, visited too."""
    visits = [r for r in ctx.typed("VISITED") if (t := ctx.by_id.get(r.tail)) is not None and t.type in ("Organization", "Location")]
    if not visits or not any(e.type == "Facility" for e in ctx.entities):
        return
    views: dict[str, View] = {}
    for v in ctx.busy:
        views.setdefault(" ".join(v.text.split()), v)
    for r in visits:
        v = views.get(r.evidence)
        tail = ctx.by_id[r.tail]
        if v is None:
            continue
        for m in v.mentions:
            if m.ent is tail and _SITE.search(v.masked[max(0, m.start - 90) : m.start]) and not _PLANNED.search(v.masked[: m.start]):
                site = _facility(ctx, v, tail)
                if site is not None:
                    ctx.emit("VISITED", ctx.by_id[r.head], site, v, 0.6)
                break


def _facility(ctx: Context, v: View, body: Entity) -> Entity | None:
    """The one facility ``body`` operates (an organisation) or that stands in ``body`` (a place)."""
    if body.type == "Organization":
        found = [ctx.by_id[x.tail] for x in ctx.has("OPERATES", head=body) if x.tail in ctx.by_id]
    else:
        placed = {x.head for x in ctx.has("LOCATED_IN", tail=body)}
        key = body.name.casefold()
        found = [e for e in ctx.entities if e.type == "Facility" and (e.id in placed or key in e.name.casefold().split(" ", 1)[-1])]
    found = list({e.id: e for e in found if e.type == "Facility"}.values())
    if len(found) > 1:  # the one the sentence names by its own words ("di Cileungsi": "Pabrik Cileungsi")
        text = v.text.casefold()
        found = [e for e in found if e.name.casefold().split()[-1] in text]
    return found[0] if len(found) == 1 and not _cut(ctx, found[0]) else None


def _cut(ctx: Context, site: Entity) -> bool:
    """Whether the text shows the site's name right after another capitalised word ("… Biotech Plant X" for "Plant
    X"): the name was cut from a longer one, and a visit to it would name the wrong node."""
    return re.search(rf"(?<![\w-])[A-Z][\w-]*[ \t]+{re.escape(site.name)}\b", ctx.doc.text) is not None
