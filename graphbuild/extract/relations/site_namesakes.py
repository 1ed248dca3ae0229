"""The company a site is named after ("namesake"), for the OPERATES rules of ``operators``.

"the Combiphar Padalarang Plant", "Pabrik Ekstrak Sekar Arum Nguter" (PT Jamu Sekar Arum), "Sentosa Distribution
Center" (PT Sentosa Farma Distribusi): the site's name shares the telling words of one company's name, or opens with
it. Split out of ``operators`` because this is a self-contained name-matching group (telling words, the document's
companies, the listed parent, the opener word) that reads no sentence, only the document's entities; ``operators``
calls :func:`namesake` once per site mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graphbuild.extract.relations.common import Context, M
from graphbuild.extract.relations.cues import SELLER_NAME
from graphbuild.extract.relations.makers import regulator_like
from graphbuild.extract.relations.site_owners import VENUE, bare
from graphbuild.types import Entity

# words too common in company names to tie a site to one company ("Farma", "Indonesia")
_COMMON_NAME_WORDS = frozenset(
    "indonesia nusantara farma pharma pharmaceutical pharmaceuticals medika medica laboratories laboratoria "
    "industri industries kimia global international group grup holding holdings jaya abadi sejahtera makmur "
    "sentosa utama prima mitra sehat plant pabrik center centre fasilitas laboratorium factory biotech bio "
    "biologics biopharma healthcare lifesciences persero "
    # kind words of sites and trades: "Pusat Distribusi X" is no sign of PT Y Distribusi, "Laboratorium Terpadu
    # Biofarmaka" none of a cooperative named "… Biofarmaka …"
    "distribusi distribution logistik logistics gudang warehouse pusat terpadu biofarmaka manufacturing produksi "
    "production research riset storage".split())


_MAKING = re.compile(r"\b(?:Plant|Pabrik|Factory|Bioplant)\b")


@lru_cache(maxsize=8192)  # the same company names recur in every document that names them
def _name_words(name: str) -> frozenset[str]:
    """The words of a name that can tell one company from another: capitalised and uncommon, or an acronym."""
    return frozenset(w for w in re.findall(r"[A-Za-z][\w-]*", name)
                     if (w.isupper() and len(w) >= 3) or (w[0].isupper() and len(w) >= 5 and w.casefold() not in _COMMON_NAME_WORDS))


def namesake(ctx: Context, f: M) -> Entity | None:
    """The one company a site is named after: "the Combiphar Padalarang Plant", "Pabrik Ekstrak Sekar Arum Nguter"
    (PT Jamu Sekar Arum), "Laboratorium Pengolahan Sel NST" (NST). Worked out once per site and document."""
    cache: dict[str, Entity | None] = ctx.__dict__.setdefault("_namesakes", {})
    if f.ent.id not in cache:
        cache[f.ent.id] = _find_namesake(ctx, f)
    return cache[f.ent.id]


def _find_namesake(ctx: Context, f: M) -> Entity | None:
    site = _name_words(f.ent.name)
    found: list[Entity] = []
    opener: tuple[int, Entity] | None = None
    best: list[tuple[int, Entity]] = []
    for e, heads, words in _companies(ctx):
        if e.id == f.ent.id:
            continue
        shared = len(words & site)
        if opener is None and f.ent.name.startswith(heads):  # one of its names (4 letters or more) opens the site's name
            opener = (shared, e)
        elif words & site:
            found.append(e)
            best.append((shared, e))
    # "Pradana Hokuyo Karawang Plant" beside PT Pradana Farma Tbk and their venture PT Pradana Hokuyo Biologics,
    # "Pabrik Nirmala Generik" beside PT Nirmala Farma Tbk and PT Nirmala Generik Indonesia: the one with more words of it
    top = max((n for n, _ in best), default=0)
    more = [e for n, e in best if n == top]
    if top >= 2 and len(more) == 1 and top > (opener[0] if opener is not None else 1):
        return more[0]
    if opener is not None:
        return opener[1]
    if len(found) > 1 and _MAKING.search(f.ent.name) and not SELLER_NAME.search(f.ent.name):
        # "Andalas Medan Plant" beside PT Andalas Husada Tbk and its PT Andalas Medika Distribusi: a plant is the
        # maker's, not the distributor's (whose depot would be named "… Distribution Center")
        found = [e for e in found if not SELLER_NAME.search(e.name)] or found
    found.sort(key=lambda e: -len(e.mentions))  # "Arjuna Medika" (named throughout), not its holding named once
    if found:
        if len(found) == 1 or len(found[0].mentions) > 2 * len(found[1].mentions):
            return found[0]
        return _listed(ctx, found, site) if f.ent.name.startswith(("Pabrik ", "Fasilitas ")) else None
    return _opener(ctx, f.ent.name)


def _listed(ctx: Context, found: list[Entity], site: frozenset[str]) -> Entity | None:
    """"Pabrik Mandala Sidoarjo" beside PT Mandala Sehat Sentosa Tbk and its PT Mandala Distribusi Prima: a plant named by
    the group's word and a town only is the listed parent's (a word of its own, "Arunika Oncology Plant", tells no parent).
    Only for a name opened by its kind ("Pabrik X Kota"): "the Delta Bogor Plant, a facility owned by the company" may be
    a subsidiary's."""
    listed = [e for e in found if re.search(r"\bTbk\b", e.name)]
    if len(listed) != 1:
        return None
    places = {w for e in ctx.entities if e.type == "Location" for n in (e.name, *e.aliases) for w in n.split()}
    own = next(words for e, _, words in _companies(ctx) if e is listed[0])
    return listed[0] if site - own <= places else None


def _opener(ctx: Context, site: str) -> Entity | None:
    """"Sentosa Distribution Center" beside PT Sentosa Farma Distribusi: a site whose name opens with the first word of
    just one company's bare name, then words of its own, is that company's (a common word like "Sentosa" tells when it
    opens the site's name, not when it only occurs in it). Halls, towns and kind words are no company's opener."""
    first = site.split(" ", 1)[0]
    if len(first) < 4 or not first[0].isupper() or first.casefold() in _SITE_OPENERS or VENUE.match(site) \
            or site.count(" ") < 2:
        return None
    places = ctx.__dict__.get("_place_words")
    if places is None:
        places = ctx.__dict__["_place_words"] = {w for e in ctx.entities if e.type == "Location" for n in (e.name, *e.aliases)
                                                 for w in n.split()}
    if first in places:
        return None
    owners = {e.id: e for e, heads, _ in _companies(ctx) if any(h.split(" ", 1)[0] == first for h in heads)}
    return next(iter(owners.values())) if len(owners) == 1 else None


# words that open a site's name as its kind, not as a company's name
_SITE_OPENERS = frozenset("pabrik plant gudang fasilitas laboratorium pusat unit kantor gedung kampus kawasan sentra klinik "
                          "apotek instalasi depo depot stasiun menara wisma graha balai rumah the indonesia national nasional "
                          "regional asia global".split())


def _companies(ctx: Context) -> list[tuple[Entity, tuple[str, ...], set[str]]]:
    """Each organisation that may run a site, its names (4 letters or more, a space after each: what may open a site's
    name) and their telling words (place words dropped), once per document."""
    got = ctx.__dict__.get("_companies")
    if got is None:
        places = {w for e in ctx.entities if e.type == "Location" for n in (e.name, *e.aliases) for w in n.split()}
        got = ctx.__dict__["_companies"] = [
            (e, tuple(n + " " for n in {*names, *map(bare, names)} if len(n) >= 4),
             set().union(*(_name_words(n) for n in names)) - places)
            for e in ctx.entities if e.type == "Organization" and not regulator_like(e)
            for names in [(e.name, *e.aliases)]]
    return got
