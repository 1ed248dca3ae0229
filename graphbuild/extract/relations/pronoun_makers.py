"""A maker or seller told by a pronoun beside the product (DEVELOPS, MARKETS), for :mod:`.offerings`.

"Kavora received approval for Venatrix, its treatment for hepatitis B", "Zentra Health said its Cardiflo tablets …"
(the sentence's subject), "Bevanusa, biosimilar bevacizumab buatannya" (the company spoken of), "A mengembangkan P,
sedangkan B memasarkannya" (the object pronoun: the product named last), "Perusahaan tersebut memproduksi A dan B,
lalu mendistribusikannya" (the maker sells what it made). Split out of ``offerings`` to keep it short; its rule table
runs :func:`its_own` and :func:`object_pronoun` in their old places.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.makers import OPENER, ORG, products_listed, regulator_like, spoken_of

# "Kavora received approval for Venatrix, its treatment for hepatitis B": "its" is the sentence's subject
ITS_OWN = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:treatments?|drugs?|vaccines?|therap(?:y|ies)|products?"
                      r"|brands?|biosimilars?|medicines?|supplements?|syrups?|tablets?|capsules?|creams?|injections?)\b", re.I)
watch(ITS_OWN)


# "its Cardiflo tablets", "its lead candidate NVX-101", "its investigational vaccine, X"
ITS_BEFORE = re.compile(r"\b(?:its|their)\s+(?:(?:new|latest|flagship|first|second|own|best-selling|lead|leading|investigational"
                         r"|experimental|novel|proprietary|innovative)\s+){0,2}(?:(?:product|drug|vaccine|candidate|therapy"
                         r"|biosimilar|medicine|treatment)\s*,?\s+)?$", re.I)
watch(ITS_BEFORE)
# "A and B signed a deal under which B grants A rights to make its biosimilar": "its" is the granter's, not the subject's
_GRANTER = re.compile(r"\u2588\s+(?:(?:also|will|now|kini|akan|juga)\s+)?(?:grants?|granted|gives?|gave|licenses?|licensed"
                      r"|memberikan|memberi|melisensikan)\s+(?:[\w\u2588-]+\s+){0,3}?(?:hak|lisensi|rights?|licen[cs]es?)\b", re.I)


# "Bevanusa, biosimilar bevacizumab buatannya", "Tussirex, obat batuk produksi perseroan": the company spoken of makes it
# "Filgranus, biosimilar filgrastim hasil pengembangannya sendiri", "P, hasil riset perseroan": its own development too
MADE_HERE = re.compile(r"\b(?:buatan|produksi|besutan|kembangan|racikan|(?:hasil\s+)?(?:pengembangan|riset|penelitian|inovasi))(?:nya\b|\s+(?:perseroan|perusahaan\s+(?:ini|tersebut|itu))\b)",
                        re.I)
_MADE_GAP = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:[\w\u2588-]+\s+){0,4})?")  # "P, vaksin … buatannya", "P buatannya"
watch(MADE_HERE)


def _made_here(ctx: Context, v: View) -> None:
    for c in v.cues(MADE_HERE):
        ps = [m for m in v.before(c.start(), ("Product",)) if _MADE_GAP.fullmatch(v.masked[m.end : c.start()])]
        p = next((m for m in ps if "," in v.masked[m.end : c.start()]), ps[0] if ps else None)
        if p is None or v.masked[p.start - 1 : p.start] == "(":
            continue
        subj = next((m for m in v.before(p.start, ORG) if m.role is None and m.start not in v.role_orgs), None)
        if "," not in v.masked[p.end : c.start()] and (subj is None or len(v.before(p.start, ORG)) > 1):
            continue  # "A menargetkan P buatannya …" only: "A memperoleh prakualifikasi WHO untuk P buatannya" is unclear
        # "perseroan memperoleh izin edar BPOM untuk P, … hasil pengembangannya": the regulator granted it; the company made it
        maker = subj.ent if subj is not None and not regulator_like(subj.ent) else spoken_of(ctx, v, p.start)
        if maker is not None and not regulator_like(maker):
            ctx.emit("DEVELOPS", maker, p.ent, v, 0.6)


def its_own(ctx: Context, v: View) -> None:
    _made_here(ctx, v)
    subj = v.mentions[0] if v.mentions else None
    if (v.may(ITS_BEFORE) and subj is not None and subj.type == "Organization" and subj.role is None
            and OPENER.fullmatch(v.masked[: subj.start]) and not regulator_like(subj.ent)):
        for p in v.after(subj.end, ("Product",)):  # "Zentra Health said its Cardiflo tablets won approval"
            if ITS_BEFORE.search(v.masked, max(0, p.start - 40), p.start) and not _GRANTER.search(v.masked, subj.end, p.start):
                ctx.emit("DEVELOPS", subj.ent, p.ent, v, 0.6)
    for c in v.cues(ITS_OWN):
        p = next(iter(v.before(c.start(), ("Product",))), None)
        subj = v.mentions[0] if v.mentions else None
        if p is None or subj is None or not re.fullmatch(r"\s*,\s*", v.masked[p.end : c.start()]):
            continue
        if (subj.type == "Organization" and subj.role is None and subj.start not in v.role_orgs
                and OPENER.fullmatch(v.masked[: subj.start]) and not regulator_like(subj.ent)):
            ctx.emit("DEVELOPS", subj.ent, p.ent, v, 0.65)


# "A mengembangkan P, sedangkan B memasarkannya": the object pronoun is the product named last
ITS_VERB = re.compile(r"\b(?:(?P<m>memasarkan|mendistribusikan|menjual|mengedarkan)|memproduksi|mengembangkan|membuat)nya\b",
                       re.I)
watch(ITS_VERB)


# "Perusahaan tersebut memproduksi A dan B …, lalu mendistribusikannya": the sentence's subject sells what it made
_THEN = re.compile(r"\b(?:lalu|kemudian|dan|serta|sebelum|and\s+then|then)\s+(?:(?:juga|ikut|turut)\s+)?$", re.I)
_SUBJECT_ANAPHOR = re.compile(r"^\W*(?:perusahaan|perseroan|produsen|pabrik)(?:\s+(?:tersebut|itu|ini))?\b", re.I)


def _then_sells(ctx: Context, v: View, c: re.Match[str]) -> bool:
    """The made-then-sold reading of "… A dan B …, lalu mendistribusikannya"; False when it does not apply."""
    first = next(iter(v.after(0, ("Product",))), None)
    if not c.group("m") or first is None or first.end > c.start() or not _THEN.search(v.masked[: c.start()]):
        return False
    lead = next(iter(v.after(0, ORG)), None)
    if lead is not None and lead.start < first.start and lead.role is None and not re.search(r"\w", v.masked[: lead.start]):
        maker = lead.ent
    else:
        maker = spoken_of(ctx, v, 0) if _SUBJECT_ANAPHOR.match(v.masked) else None
    if maker is None or regulator_like(maker):
        return False
    for p in products_listed(v, first):
        if p.end <= c.start():
            ctx.emit("MARKETS", maker, p.ent, v, 0.6)
    return True


def object_pronoun(ctx: Context, v: View) -> None:
    for c in v.cues(ITS_VERB):
        if _then_sells(ctx, v, c):
            continue
        subj = next(iter(v.before(c.start(), ORG)), None)
        if subj is None or c.start() - subj.end > 30 or subj.role is not None or regulator_like(subj.ent):
            continue
        if re.search(r"[,;]", v.masked[subj.end : c.start()]):
            continue
        prods = [m.ent for m in v.before(subj.start, ("Product",))][:1]
        if not prods and v.index:  # "A memproduksi P. Kini B mendistribusikannya": the sentence before
            prods = ctx.recent(v.index - 1, ("Product",), back=0, limit=1)
        for product in prods:
            ctx.emit("MARKETS" if c.group("m") else "DEVELOPS", subj.ent, product, v, 0.6)
