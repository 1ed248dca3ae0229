"""OPERATES: a site named with its company's short name in the possessive ("Tirta Husada's Cikande Sterile Plant",
"Arunika's own Cikande Biologics Plant", "at Sanggabuana’s new Cikarang Biologics Plant").

The short name before "'s" is often no mention of its own (the possessive keeps it from the entity scan), so the
words are read off the text and matched with the names of the companies the document knows: a name or alias equal to
them first, else the one bare name they open (a listed "Tbk" company among several sharing them). "the Company's F"
is the release's company and read in ``operators``.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.makers import regulator_like
from graphbuild.extract.relations.site_owners import bare
from graphbuild.types import Entity

# "Tirta Husada's ", "PT Arunika’s own ", "Sanggabuana's new ": up to four capitalised words right before the site
_POSSESSIVE = re.compile(r"(?<![\w.-])((?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['\u2019]s\s+(?:(?:own|new|flagship|existing|main)\s+)?$")
# words that are no company's short name ("Indonesia's first plant", "the Company's", "Group's")
_NOT_FIRM = frozenset("company group indonesia indonesian world country nation government ministry region province city "
                      "asia asean java jawa".split())


def possessive_owner(ctx: Context, v: View, f: M) -> None:
    """OPERATES for the company whose short name stands in the possessive right before the site ``f``."""
    before = v.text[max(0, f.start - 60) : f.start]
    if "s " not in before[-12:]:  # the prefilter: no possessive "…'s " right before the site
        return
    hit = _POSSESSIVE.search(before)
    if hit is None:
        return
    name = re.sub(r"^(?:The|the|At|at|In|in)\s+", "", hit.group(1))
    if name.casefold() in _NOT_FIRM or (name.split()[-1].casefold() in _NOT_FIRM):
        return
    owner = _firm_named(ctx, name)
    if owner is not None and owner is not f.ent:
        ctx.emit("OPERATES", owner, f.ent, v, 0.7)


def _firm_named(ctx: Context, name: str) -> Entity | None:
    firms = [e for e in ctx.entities if e.type == "Organization" and not regulator_like(e)]
    key = name.casefold()
    same = [e for e in firms if any(key in (n.casefold(), bare(n).casefold()) for n in (e.name, *e.aliases))]
    if len(same) == 1:
        return same[0]
    if len(key) < 4:
        return None
    opened = [e for e in firms if any(bare(n).casefold().startswith(key + " ") for n in (e.name, *e.aliases))]
    if len(opened) > 1:
        opened = [e for e in opened if re.search(r"\bTbk\b", e.name)]
    return opened[0] if len(opened) == 1 else None
