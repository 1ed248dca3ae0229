"""DEVELOPS from a company's range named by a possessive: "Its portfolio includes A (…) and B (…)", "Its pipeline
includes A, B and C", "Its biosimilar portfolio, including A and the bevacizumab biosimilar B, …", "Portofolio
produknya mencakup A dan B", "Pipeline perseroan antara lain A", "X's product range comprises A and B".

Why: the "About X" paragraph of a press release (and company profiles in news) lists the firm's products after
"Its portfolio / pipeline …" one sentence after the name; ``offerings.portfolio`` reads the first item of "Its
(product) portfolio includes" only, and not "pipeline" or "product range". The list is read with
``lineups.items_from`` (class words, strengths and bracketed substances skipped, lower-case generic names left
out). The owner is the company of the possessive ("X's", "portofolio PT X"), else the one the sentence opens
with, else the "About X" / "Tentang X" heading or the subject of the sentences just before. ``corporate`` runs
:func:`find` only where one of :data:`CUES` may match.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.discourse import (
    NOT_MAKERS,
    regulator_like,
    spoken_of,
    story_firms,
    topic,
)
from graphbuild.extract.relations.lineups import items_from
from graphbuild.extract.relations.subsidiary_refs import release_firm
from graphbuild.types import Entity

_RANGE_NOUN = (r"(?:portfolio|pipeline|product\s+(?:range|line-?up|lines?|portfolio|pipeline)|range\s+of\s+products"
               r"|brands|marketed\s+products)")
_RANGE_KATA = r"(?:portofolio|pipeline|jajaran|deretan|rangkaian|lini)(?:\s+produk(?:-produk)?)?"
# the possessive, the range noun, the verb (or "including") that opens the list
RANGE = re.compile(
    rf"(?P<own>\b(?:its|their|the\s+(?:company|group)['\u2019]s)|\u2588['\u2019]s)\s+(?:[\w-]+\s+){{0,2}}?{_RANGE_NOUN}"
    r"\s*,?\s+(?:now\s+|also\s+|currently\s+)?(?:includes?|including|comprises|consists\s+of|spans|features|such\s+as|covers)\s+"
    rf"|\b{_RANGE_KATA}(?P<kata>nya|\s+(?:perseroan|perusahaan)(?:\s+(?:ini|tersebut|itu))?|\s+(?:PT\.?\s+)?\u2588)"
    r"\s*,?\s+(?:saat\s+ini\s+|kini\s+|juga\s+)?(?:mencakup|meliputi|antara\s+lain|di\s+antaranya|termasuk|terdiri\s+(?:atas|dari)"
    r"|seperti|berisi)\s+",
    re.I,
)
# "the Company's flagship herbal product P", "Penjualan perseroan … ditopang oleh produk unggulan A dan B"
FLAGSHIP = re.compile(r"(?P<own>\b(?:its|their|the\s+(?:company|group)['\u2019]s)|\u2588['\u2019]s)\s+(?:[\w-]+\s+){0,2}?flagship\s+"
                      r"|\bproduk(?:-produk)?\s+(?:andalan|unggulan)\s+(?=(?:[a-z][\w-]*\s+){0,3}\u2588)", re.I)
# "X selama ini dikenal lewat antibiotik A dan multivitamin B", "X is best known for its A and B"
KNOWN = re.compile(r"\b(?:dikenal|terkenal)\s+(?:luas\s+)?(?:lewat|melalui|dengan|karena|berkat)\s+(?:produk(?:-produk)?(?:nya)?\s+)?"
                   r"|\b(?:is|are|was|has\s+been)\s+(?:best\s+|widely\s+|well\s+)?known\s+for\s+(?:its\s+)?", re.I)
_AFTER_PREP = re.compile(r"\b(?:oleh|dari|dengan|bersama|milik|by|from|with|of|and|dan|serta)\s+(?:PT\.?\s+)?$", re.I)
_COMPANY_WORD = re.compile(r"\b(?:perseroan|perusahaan|emiten|the\s+company)\b", re.I)
watch(RANGE, FLAGSHIP, KNOWN)
CUES = (RANGE, FLAGSHIP, KNOWN)
# "About PT X Tbk" / "Tentang X": the boilerplate heading whose company the paragraph's "Its" means
_ABOUT = re.compile(r"^\W*(?:about|tentang|sekilas(?:\s+tentang)?|profil)\s+(?:PT\.?\s+)?$", re.I)
# a sentence's subject opening it: "Founded in 1987, X develops …" is read by ``topic`` only with a short opener
_OPENS = re.compile(r"^[\s\"\u201c]*(?:[^\u2588.;]{0,60},\s*)?(?:PT\.?\s+)?$")
# "Pradiferon (peginterferon alfa-2a) and ", "the erythropoiesis-stimulating agent Epresa, ": an item left unnamed
_UNNAMED = re.compile(r"(?:(?:the|an?)\s+)?(?:[a-z][\w-]*\s+){0,3}[A-Z][\w-]*(?:\s+[A-Z\d][\w-]*)?(?:\s*\([^()]*\))?"
                      r"(?:\s*,\s*(?:(?:and|dan|serta)\s+)?|\s+(?:and|dan|serta)\s+)")
_COUNTED = re.compile(r"(?:(?:more\s+than|over|about|around|lebih\s+dari|sekitar|hampir)\s+)?\d[\d.,]*\s+(?:[a-z][\w-]*\s+){0,2}?"
                      r"(?:products|brands|medicines|produk|merek|obat)\s*,?\s*(?:among\s+them|including|such\s+as|antara\s+lain"
                      r"|di\s+antaranya|termasuk|seperti)\s+", re.I)
_LEAD_IN = re.compile(r"(?:(?:the|an?)\s+)?(?:(?!(?:which|that|yang|by|oleh|from|dari|of|with|and|dan)\b)[A-Za-z][\w-]*\s+){0,3}")
_NEG = re.compile(r"\b(?:tidak|bukan|belum|not|never|no\s+longer)\b", re.I)


def _firm(e: Entity | None) -> Entity | None:
    return e if (e is not None and e.type == "Organization" and e.category not in NOT_MAKERS
                 and not regulator_like(e)) else None


def _heading_firm(ctx: Context, index: int, back: int = 4) -> Entity | None:
    """The company of an "About X" heading among the last ``back`` sentences."""
    for i in range(index - 1, max(-1, index - back - 1), -1):
        w = ctx.views[i]
        if w.mentions and w.mentions[0].type == "Organization" and _ABOUT.match(w.masked[: w.mentions[0].start]):
            return _firm(w.mentions[0].ent)
    return None


def _owner(ctx: Context, v: View, c: re.Match[str]) -> Entity | None:
    own, kata = c.groupdict().get("own") or "", c.groupdict().get("kata") or ""
    at = c.start("own") if own.startswith("\u2588") else (c.end("kata") - 1 if kata.endswith("\u2588") else -1)
    if at >= 0:  # "X's portfolio includes", "portofolio PT X mencakup": the named company's
        m = next((m for m in v.mentions if m.start <= at < m.end), None)
        return _firm(m.ent) if m is not None else None
    first = v.mentions[0] if v.mentions else None
    if first is not None and first.type == "Organization" and first.end <= c.start() and _OPENS.match(v.masked[: first.start]):
        return _firm(first.ent)  # "X, founded in 1987, … ; its portfolio includes …"
    if re.search(r"\u2588", v.masked[: c.start()]):
        return None  # another name before the possessive: whose range it is is unclear
    return _heading_firm(ctx, v.index) or _firm(topic(ctx, v.index, back=2)) or _firm(spoken_of(ctx, v, c.start()))


def find(ctx: Context, v: View) -> None:
    if v.may(FLAGSHIP):
        _flagship(ctx, v)
    if v.may(KNOWN):
        _known(ctx, v)
    if not v.may(RANGE):
        return
    for c in v.cues(RANGE):
        if _NEG.search(v.masked[max(0, c.start() - 30) : c.end()]):
            continue
        start = c.end()
        if (n := _COUNTED.match(v.masked, start)) is not None:
            start = n.end()  # "more than 300 products, among them …"
        while (u := _UNNAMED.match(v.masked, start)) is not None and u.end() - c.end() < 200:
            start = u.end()  # an item the entity pass did not name: read on to the next
        first = next(iter(v.after(start, ("Product",))), None)
        if first is not None and _LEAD_IN.fullmatch(v.masked[start : first.start]):
            start = first.start  # "the OTC brand P": a class phrase with a capital in it
        items = items_from(v, start)
        if not items or items[0].start - start > 60:
            continue
        owner = _owner(ctx, v, c)
        if owner is None:
            continue
        for p in items:
            if p.ent.id != owner.id:
                ctx.emit("DEVELOPS", owner, p.ent, v, 0.65)


def _emit(ctx: Context, v: View, owner: Entity | None, start: int) -> None:
    items = items_from(v, start)
    if owner is None or not items or items[0].start - start > 60:
        return
    for p in items:
        if p.ent.id != owner.id:
            ctx.emit("DEVELOPS", owner, p.ent, v, 0.6)


def _flagship(ctx: Context, v: View) -> None:
    for c in v.cues(FLAGSHIP):
        own = c.group("own") or ""
        if own.startswith("\u2588"):
            m = next((m for m in v.mentions if m.start <= c.start("own") < m.end), None)
            owner = _firm(m.ent) if m is not None else None
        elif own:
            owner = _owner(ctx, v, c) or (_the_company(ctx) if re.match(r"the", own, re.I) else None)
        elif _COMPANY_WORD.search(v.masked[: c.start()]) and not re.search("\u2588", v.masked[: c.start()]):
            owner = _the_company(ctx)
        else:
            continue
        if owner is not None and not _NEG.search(v.masked[max(0, c.start() - 30) : c.start()]):
            _emit(ctx, v, owner, c.end())


def _the_company(ctx: Context) -> Entity | None:
    """"perseroan" / "the Company" far from a name: who the release is by (``release_firm``), among the possible makers."""
    return _firm(release_firm(ctx, firms=[e for e in story_firms(ctx) if _firm(e) is not None]))


def _known(ctx: Context, v: View) -> None:
    for c in v.cues(KNOWN):
        subj = next(iter(v.before(c.start())), None)  # the name right before: "X selama ini dikenal lewat …"
        if (subj is None or subj.type != "Organization" or c.start() - subj.end > 40
                or _NEG.search(v.masked[subj.end : c.start()]) or _AFTER_PREP.search(v.masked[: subj.start])):
            continue
        _emit(ctx, v, _firm(subj.ent), c.end())
