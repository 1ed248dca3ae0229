"""LOCATED_IN for a plant named after its place, placed where the story tells of it unnamed.

"Pabrik obat onkologi milik PT X di Kawasan Industri Kendal (KIK), Jawa Tengah, diresmikan …" and later
"pabrik yang diberi nama Kendal Oncology Plant itu": news place a company's plant before (or after) they
name it, so the place of "pabrik perusahaan di Y" is that of the one plant the story names after Y's name
(a plant not named after it may be another: "pabrik perusahaan di Cikarang" beside "Sanbe Biopharmaceutical Plant").
"""

from __future__ import annotations

import functools
import re

from graphbuild.extract.entities.site_town_names import town_words
from graphbuild.extract.relations import places
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.cue_literals import odd_case
from graphbuild.types import Entity

# "pabrik perusahaan di", "Pabrik obat onkologi milik PT X di", "the company's plant in": an unnamed site placed
# (the kind may run long, with an abbreviation in brackets and a relative clause: "fasilitas produksi bahan baku obat
# (BBO) berbasis fermentasi milik perusahaan yang berlokasi di", "the plant, which is located in")
_UNNAMED_SITE = re.compile(r"\b(?:pabrik|fasilitas\s+produksi|plant|manufacturing\s+(?:plant|facility|site))"
                           r"(?:\s+(?!di\b|in\b|at\b)(?:\([\w\s/-]{1,24}\)|[\w\u2588'\u2019-]+)){0,12}?,?\s+(?:di|in|at)\s+(?:the\s+)?(?:kawasan\s+)?",
                           re.I)
watch(_UNNAMED_SITE)
_NEAR = re.compile(r"\w+(?:\s+(?!di\b|in\b|at\b)[\w\u2588'\u2019-]+){0,5}?\s+(?:di|in|at)\s+(?:the\s+)?(?:kawasan\s+)?", re.I)
_PLANT = re.compile(r"\b(?:Plant|Pabrik|Factory|Facility)\b", re.I)
_CHAIN = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?,\s*")  # "Kawasan Industri Kendal (KIK), Jawa Tengah"


# "the Cakra Biologics Plant, Cakra Husada's biologics facility in the Ngoro estate, Mojokerto": the owner's possessive
# and the kind of site stand between the site and its place
_OWNERS_SITE = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:facility|plant|site|factory|hub|campus|warehouse)\s+"
                          r"(?:(?:located|based)\s+)?(?:in|at)\s+(?:the\s+)?", re.I)
watch(_OWNERS_SITE)


def _owners_site(ctx: Context) -> None:
    for v in ctx.where(_OWNERS_SITE):
        for hit in _OWNERS_SITE.finditer(v.masked):
            place = next((x for x in v.mentions if x.start == hit.end()), None)
            site = next(iter(v.before(hit.start(), ("Facility",))), None)
            if place is None or place.type != "Location" or site is None \
                    or not _APPOSED.fullmatch(v.masked[(site.gloss or site).end : hit.start()]):
                continue
            ctx.emit("LOCATED_IN", site.ent, place.ent, v, 0.7)


# ", Cakra Husada's", ", PT X's", ", the company's" between the site and the owner's possessive
_APPOSED = re.compile(r"\)?\s*,\s*(?:the\s+)?(?:\u2588+|(?:PT\.?\s+)?(?:[A-Z][\w&-]*\s+){0,3}[A-Z][\w&-]*|company)")


def find(ctx: Context) -> None:
    """Runs once a story is read: the named plant takes the place its unnamed mentions give."""
    _owners_site(ctx)
    _town_province(ctx)
    _unnamed_sites(ctx)
    _named_after(ctx)  # last: the places the story gives the site come first


def _town_province(ctx: Context) -> None:
    """"Pabrik Adhiguna Karawang, Jawa Barat": the site is in the town its name closes with, the town in the province."""
    sites = [e for e in ctx.entities if e.type == "Facility" and town_words(e.name)]
    if not sites:
        return
    towns = {n.casefold(): e for e in ctx.entities if e.type == "Location" for n in (e.name, *e.aliases)}
    for v in ctx.busy:
        for m in v.mentions:
            if m.ent not in sites or (nxt := v.next_mention(m)) is None or nxt.type != "Location" \
                    or places.category(nxt.ent) != "province" or not _CHAIN.fullmatch(v.gap(m.end, nxt.start)):
                continue
            town = towns.get((town_words(m.ent.name) or "").casefold())
            if town is not None and town is not nxt.ent and not places.contains(town, nxt.ent):
                ctx.emit("LOCATED_IN", m.ent, town, v, 0.6)
                ctx.emit("LOCATED_IN", town, nxt.ent, v, 0.6)


def _unnamed_sites(ctx: Context) -> None:
    plants = [e for e in ctx.entities if e.type == "Facility" and _PLANT.search(e.name)]
    words = {w for e in plants for w in _words(e.name)}
    if not words or not any(e.type == "Location" and _words(e.name) & words for e in ctx.entities):
        return  # no plant named after a place of the story: the common case, decided once
    firm = _main_firm(ctx)
    for v in ctx.where(_UNNAMED_SITE, every=True):
        for hit in _UNNAMED_SITE.finditer(v.masked):
            m = next((x for x in v.mentions if x.start == hit.end()), None)
            if m is None or m.type != "Location" or ctx.is_country(m.ent):
                continue
            if any(x.type == "Facility" or x.type == "Organization" and x.ent is not firm for x in v.after(hit.start(), None, m.start)):
                continue  # "pabrik Helvion di Singapura" (another company's), "Pabrik X di Y" (named there)
            named = [e for e in plants if _words(e.name) & _words(m.ent.name)]
            if not named and m.ent.name.startswith("Kawasan") and (town := _chained(v, m)) is not None:
                named = [e for e in plants if _words(e.name) & _words(town.ent.name)]  # "di Kawasan Industri S, Karawang"
            if len(named) != 1:
                continue  # the plant is named after its place ("Kendal Oncology Plant" in "Kawasan Industri Kendal")
            ctx.emit("LOCATED_IN", named[0], m.ent, v, 0.6)
            nxt = _chained(v, m)
            if nxt is not None and not ctx.is_country(nxt.ent) and _NEAR.fullmatch(hit.group()):  # (a far kind: the estate only)
                ctx.emit("LOCATED_IN", named[0], nxt.ent, v, 0.55)


# "Pabrik Steril X Pasuruan", "Gudang Pusat X Cibitung", "Novell Gunung Putri Plant": a site carries its town's name
_SITE_KIND = re.compile(r"^(?:Pabrik|Gudang|Pusat\s+Distribusi|Fasilitas)\b|\b(?:Plant|Distribution\s+(?:Center|Centre)|Factory|Warehouse)$")


_ESTATE = re.compile(r"\b(?:Kawasan|Industrial|Estate|Park)\b")


def _may_hold(name: str, n: str) -> bool:
    """False only when ``name`` cannot hold ``n`` under IGNORECASE: every (site, place) pair would compile a pattern
    (0.1 ms each, ``re``'s cache holds few of them), and most places are not in the site's name. Lower-casing decides
    only for an ASCII ``n`` and a name it keeps the length of, without "ı"/"ſ" (``re`` matches them as "i"/"s")."""
    if not n.isascii():
        return True
    low = name.lower()
    return len(low) != len(name) or odd_case(name) or n.lower() in low


def _named_after(ctx: Context) -> None:
    sites = [e for e in ctx.entities if e.type == "Facility" and _SITE_KIND.search(e.name)]
    if not sites:
        return
    places = [e for e in ctx.entities if e.type == "Location" and not ctx.is_country(e)]
    for site in sites:
        inside = [p for p in places if p.name != site.name and any(  # not a name the town opens ("Citeureup Plant",
            len(n) >= 4 and _may_hold(site.name, n) and (m := re.search(rf"(?<!\w){re.escape(n)}(?!\w)", site.name, re.I))
            and m.start() > 0  # "Cibitung
            for n in (p.name, *p.aliases))]  # Biologics Plant"): the town is what the site is called by, the gold leaves it out
        if not inside:
            continue
        v = next((w for w in ctx.busy if any(m.ent is site for m in w.mentions)), None)
        if v is None:
            continue
        for p in inside:
            if any(q is not p and p.name in q.name for q in inside):
                continue  # "Kawasan Industri Kendal" over "Kendal"
            if any(_ESTATE.search(ctx.by_id[r.head].name) for r in ctx.has("LOCATED_IN", None, p) if r.head in ctx.by_id) or any(
                    e.type in ("Location", "Facility") and e is not site and _ESTATE.search(e.name) and p.name in e.name for e in ctx.entities):
                continue  # the story's estate in that town is the site's place ("Kawasan Industri S, Karawang", "… Modern Cikande")
            ctx.emit("LOCATED_IN", site, p, v, 0.5)


_COMMON = frozenset({"plant", "pabrik", "factory", "facility", "kawasan", "industri", "industrial", "estate", "park", "city",
                     "kota", "kabupaten", "provinsi", "jawa", "barat", "timur", "tengah", "utara", "selatan"})


@functools.lru_cache(maxsize=4096)
def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(name.casefold()) if w not in _COMMON)


_WORD = re.compile(r"[a-z]{4,}")


def _chained(v: View, m: M) -> M | None:
    nxt = v.next_mention(m)
    return nxt if nxt is not None and nxt.type == "Location" and _CHAIN.fullmatch(v.gap(m.end, nxt.start)) else None


def _main_firm(ctx: Context) -> Entity | None:
    """The company the story names most (ties: none)."""
    count: dict[str, int] = {}
    for w in ctx.views:
        for m in w.mentions:
            if m.type == "Organization" and m.ent.category == "company":
                count[m.ent.id] = count.get(m.ent.id, 0) + 1
    ranked = sorted(count.items(), key=lambda kv: -kv[1])
    return ctx.by_id[ranked[0][0]] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
