"""Plants a company speaks of before naming them (OPERATES, LOCATED_IN, CERTIFIED).

"Darya-Varia announced that its two manufacturing plants in Bogor Regency have received halal
certificates from BPJPH. The certification covers products made at the Citeureup Plant and the
Gunung Putri Plant." The sites named right after "its two plants" are those plants: the company
runs them, they lie where the plants were said to be, and they hold what the plants received.
Runs after ``regulatory`` (it reads the certificate's grantor the same way).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues, named_plants
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.granters import certifier as _certifier
from graphbuild.extract.relations.makers import regulator_like, spoken_of

_OWN_SITES = re.compile(
    r"\b(?:its|their|the\s+company['\u2019]s)\s+(?:(?P<n>two|three)\s+)?(?:[a-z-]+\s+)?(?P<en>plant|factory|facility|site)(?P<pl>s)?\b"
    r"|\b(?:(?P<m>dua|tiga|kedua|ketiga)\s+)?(?:pabrik|fasilitas)(?:\s+[a-z]+){0,2}?nya\b"
    # "resmi mengoperasikan pabrik injeksi steril baru di X": a new plant, named in the next sentence
    r"|\b(?:mengoperasikan|meresmikan|membangun)\s+(?:sebuah\s+)?(?:pabrik|fasilitas)(?:\s+[a-z]+){0,3}?\s+baru\b",
    re.I,
)
# "Pabrik milik PT A, anak perusahaan B, ini berkapasitas …": the plant the sentence before named is A's
_OWNED_THIS = re.compile(r"\b(?:pabrik|fasilitas)\s+(?:[a-z]+\s+){0,2}?(?:milik|yang\s+(?:dioperasikan|dikelola|dimiliki)(?:\s+oleh)?)"
                         r"\s+(?:PT\.?\s+)?(?=\u2588)", re.I)  # "Pabrik yang dioperasikan PT A itu …" too
_THIS = re.compile(r"[^.;:]{0,80}?\b(?:ini|tersebut|itu)\b")
# "The facility, operated by subsidiary PT A, has …", "Pabrik tersebut dioperasikan oleh PT A": the site told of before is A's
_RUN_THIS = re.compile(
    r"^\W*(?:(?:the|this)\s+(?:new\s+)?(?:plant|facility|factory)\s*,\s*(?:which\s+is\s+)?(?:operated|run|owned|managed)\s+by"
    r"(?:\s+(?:its|the\s+company['\u2019]s|a))?(?:\s+wholly[\s-]owned)?(?:\s+subsidiary\s*,?)?"
    r"|(?:pabrik|fasilitas)(?:\s+(?:produksi|baru))?\s+(?:tersebut|itu|ini)\s*,?\s*(?:(?:kini|saat\s+ini|sejak\s+\d{4})\s+)?"
    r"(?:dioperasikan|dikelola|dimiliki)\s+oleh(?:\s+anak\s+(?:usaha|perusahaan)(?:nya)?\s*,?)?)\s+(?:PT\.?\s+)?(?=\u2588)",
    re.I,
)
# "berkapasitas 3.000 ton parasetamol per tahun", "an annual capacity of 500 tonnes of P": the plant makes P
_CAPACITY = re.compile(r"\b(?:berkapasitas|kapasitas|capacity)\s+(?:(?:produksi|terpasang|awal|sebesar|mencapai|hingga|of)\s+){0,3}"
                       r"[\d.,]+\s*(?:(?:juta|ribu|miliar|million|billion|thousand)\s+)?(?:ton|tonnes?|tons|kg|kilogram|liter|litres?|"
                       r"dosis|doses|tablet|tablets|vial|vials|botol|kapsul|capsules)\s+(?:(?:of|bahan\s+baku(?:\s+aktif)?)\s+)?(?=\u2588)",
                       re.I)
watch(_OWN_SITES, _OWNED_THIS, _RUN_THIS, _CAPACITY)
_CUES = CueGroup(_OWN_SITES, _OWNED_THIS, _RUN_THIS, _CAPACITY)  # one test for the four: most sentences hold none
_PLANT_WORD = re.compile(r"\b(?:Plant|Pabrik|Factory|Facility|Fasilitas)\b")
_IN = re.compile(r"\s+(?:in|di)\s+(?:(?:kawasan|kompleks)\s+(?:industri\s+)?)?$", re.I)


def find(ctx: Context) -> None:
    for v in ctx.where(*_CUES.patterns):
        for c in v.cues(_OWN_SITES):
            _own_sites(ctx, v, c)
        for c in v.cues(_OWNED_THIS):
            _owned_this(ctx, v, c)
        for c in v.cues(_RUN_THIS):
            _owned_this(ctx, v, c, told=True)
        for c in v.cues(_CAPACITY):
            _capacity(ctx, v, c)
    named_plants.find(ctx)  # "meninjau pabrik milik PT A. … Fasilitas bernama F itu …": the visit was to F


def _owned_this(ctx: Context, v: View, c: re.Match[str], told: bool = False) -> None:
    org = next(iter(v.after(c.end(), ("Organization",))), None)
    if org is None or org.start != c.end() or re.search(r"\w", v.masked[: c.start()]) \
            or not (told or _THIS.match(v.masked, org.end)) or (told and any(m.type == "Facility" for m in v.mentions)):
        return
    sites: list = []
    for i in range(v.index - 1, max(-1, v.index - 5), -1):  # the latest sentence naming a site, four at most (a quote between)
        sites = list({m.ent.id: m.ent for m in ctx.views[i].mentions if m.type == "Facility"}.values())
        if sites:
            break
    if not sites:  # told of far back (quotes between): the one plant the story has named
        sites = list({m.ent.id: m.ent for w in ctx.views[: v.index] for m in w.mentions
                      if m.type == "Facility" and _PLANT_WORD.search(m.ent.name)}.values())
    if len(sites) == 1 and not regulator_like(org.ent):
        ctx.emit("OPERATES", org.ent, sites[0], v, 0.65)


def _capacity(ctx: Context, v: View, c: re.Match[str]) -> None:
    """The plant's owner makes what its capacity is counted in: the owner named "milik A", else the plant's operator."""
    goods = v.after(c.end(), ("Product",))
    if not goods or goods[0].start != c.end():
        return
    owned = _OWNED_THIS.search(v.masked, 0, c.start())
    org = next(iter(v.after(owned.end(), ("Organization",))), None) if owned is not None else None
    if org is None:
        site = next((m for m in v.before(c.start(), ("Facility",))), None)
        runs = ctx.has("OPERATES", tail=site.ent) if site is not None else []
        maker = ctx.by_id.get(runs[0].head) if runs else None
    else:
        maker = org.ent
    if maker is not None and not regulator_like(maker):
        ctx.emit("DEVELOPS", maker, goods[0].ent, v, 0.6)


def _own_sites(ctx: Context, v: View, c: re.Match[str]) -> None:
    word = c.group("n") or c.group("m")
    count = cues.COUNT_WORDS.get(word.lower(), 0) if word else (1 if c.group("en") is None or c.group("pl") is None else 0)
    sites = _named_next(ctx, v, c.end(), count)
    if not sites:
        return
    named = [m for m in v.before(c.start(), ("Organization",))
             if m.role is None and m.start not in v.role_orgs and not regulator_like(m.ent) and m.ent.category != "media"]
    # "X, a subsidiary of Y, inaugurated its new facility": the sentence's subject, not the parent named last
    subj = named[-1] if named and not re.sub(r"[\W\d]+", "", v.masked[: named[-1].start]) else next(iter(named), None)
    owner = subj.ent if subj is not None else spoken_of(ctx, v, c.start())
    if owner is None:
        return
    place = next(iter(v.after(c.end())), None)
    place = place if place is not None and place.type == "Location" and _IN.fullmatch(v.masked[c.end() : place.start]) else None
    grant = next(v.cues(cues.CERTIFY), None)
    who = _certifier(v, grant.start(), grant.end()) if grant is not None else None
    std = next((m.ent.name for m in v.mentions if m.type == "Regulation"), None)
    for s in sites:
        ctx.emit("OPERATES", owner, s.ent, v, 0.6)
        if place is not None:
            ctx.emit("LOCATED_IN", s.ent, place.ent, v, 0.6)
        if who is not None and who.ent.id != owner.id:
            ctx.emit("CERTIFIED", who.ent, s.ent, v, 0.6, standard=std)


def _named_next(ctx: Context, v: View, pos: int, count: int) -> list[M]:
    """The sites named in this sentence after ``pos`` or in the next one, when their number fits
    (``count`` 0: an unstated plural)."""
    here = v.after(pos, ("Facility",))
    nxt = ctx.views[v.index + 1].mentions if v.index + 1 < len(ctx.views) else []
    sites = here or [m for m in nxt if m.type == "Facility"]
    distinct = list({m.ent.id: m for m in sites}.values())
    if len(distinct) != count if count else len(distinct) < 2:
        return []  # "its two plants" then two sites; "fasilitas barunya" then one; "its plants" then several
    return distinct
