"""The site a sentence only points back to (OPERATES) and what is made there (DEVELOPS), for :mod:`.collectives`.

"The plant is operated by the Company's wholly owned subsidiary, PT X", "Dioperasikan oleh PT Y, pabrik tersebut …"
(the plant named in a sentence before), and "Dari plasma tersebut akan diproduksi albumin, IVIG, …" (an agentless
passive: the plant's operator makes it). Split out of ``collectives`` to keep it short; its rule table runs these
in their old place among the collective-subject rules.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import named_plants
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.makers import regulator_like
from graphbuild.extract.relations.makers_joint import products_listed

# "The plant is operated by the Company's wholly owned subsidiary, PT X", "Pabrik tersebut dioperasikan oleh anak usahanya, PT Y"
SITE_RUN_BY = re.compile(
    # "Pabrik seluas 4,5 hektare itu dibangun … dan dioperasikan oleh anak usaha perseroan, PT Y": a described plant, a second verb
    # "Built on a 4.2-hectare site …, the facility is operated by X": a fronted participle clause first
    # "Michael menjelaskan pabrik tersebut dibangun dan dioperasikan oleh …", "He said the plant is run by …": a speaker first
    r"^[\s\"\u201c(]*(?:(?:\u2588+\s+|[A-Z][\w.-]*\s+){1,5}(?:menjelaskan|mengatakan|menyebutkan|menuturkan|menambahkan|memaparkan|said|explained|"
    r"added|noted)\s*,?\s+(?:bahwa\s+|that\s+)?)?(?:(?:built|located|constructed|situated|spanning|covering|dibangun|berlokasi|terletak|berdiri)\b"
    r"(?:[^.;]|(?<=\d)\.(?=\d)){0,160}?,\s*)?"
    r"(?:(?:the|this)\s+(?:plant|facility|factory|site)|(?:pabrik|fasilitas)\s+(?:[\w.,-]+\s+){0,4}?(?:tersebut|itu|ini))"
    r"(?:\s[^.;\u2588]{0,100}?\s(?:dan|serta|and))?"
    r"\s+(?:(?:is|was|will\s+be|has\s+been|akan|kini|saat\s+ini|juga|telah)\s+)*(?:operated|run|managed|dioperasikan|dikelola|dijalankan)\s+"
    r"(?:oleh|by)\s+(?:(?:the\s+company['\u2019]s|its|the\s+group['\u2019]s)\s+)?"
    r"(?:(?:wholly[\s-]owned|majority[\s-]owned|manufacturing)\s+)?"
    r"(?:subsidiary|anak\s+(?:usaha|perusahaan)(?:nya|\s+(?:perseroan|perusahaan))?)?\s*,?\s*(?:PT\.?\s+)?$",
    re.I,
)
watch(SITE_RUN_BY)
# "Operated by SAP, the plant will produce …", "Dioperasikan oleh PT Y, pabrik tersebut …": a fronted participle
RUN_BY_FRONT = re.compile(r"^[\s\"\u201c(]*(?:operated|run|managed|dioperasikan|dikelola|dijalankan)\s+(?:oleh|by)\s+(?:PT\.?\s+)?$", re.I)
_THE_PLANT = re.compile(r"\s*,\s*(?:(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:plant|facility|factory|site)|(?:pabrik|fasilitas)\s+"
                        r"(?:[\w.,-]+\s+){0,3}?(?:tersebut|itu|ini))\b", re.I)
watch(RUN_BY_FRONT)
# "Dari plasma tersebut akan diproduksi albumin, IVIG, dan faktor VIII", "Di pabrik ini nantinya juga akan diproduksi P":
# an agentless passive before what is made there: the plant's operator makes it
WILL_BE_MADE = re.compile(
    r"(?:^\W*|,\s*|\b(?:di|dari)\s+(?:pabrik|fasilitas|plasma|bahan|lini)\b[^,.;:\u2588]{0,40}?\s)"
    r"(?:(?:nantinya|akan|juga|kelak|rencananya|pun|selanjutnya)\s+)*(?:diproduksi|dibuat)\s+(?:(?!(?:oleh|untuk|di|dan)\b)[a-z][\w-]*\s+){0,3}$",
    re.I,
)
watch(WILL_BE_MADE)


def first_org(v: View) -> M | None:
    """The first organisation the sentence names in no role of its own (the one the rules read as the agent)."""
    return next((m for m in v.mentions if m.type == "Organization" and m.role is None), None)


def site_run_by(ctx: Context, v: View) -> None:
    org = first_org(v)
    if org is None or regulator_like(org.ent) or not SITE_RUN_BY.match(v.masked[: org.start]):
        return
    if any(x.type == "Facility" and x.start < org.start for x in v.mentions):
        return  # the site is named in the sentence: ``operators`` reads it
    site = ctx.recent(v.index - 1, ("Facility",), back=2, limit=1)
    if not site and (named := named_plants.named_plant(ctx)) is not None and named[1] < v.index:
        site = [named[0].ent]  # "Fasilitas bernama F itu …" told a few sentences before: the story's one named plant
    if site:
        ctx.emit("OPERATES", org.ent, site[0], v, 0.65)


def site_fronted(ctx: Context, v: View) -> None:
    org = first_org(v)
    if org is None or regulator_like(org.ent) or not RUN_BY_FRONT.match(v.masked[: org.start]):
        return
    if not _THE_PLANT.match(v.masked, org.end):
        return
    site = ctx.recent(v.index, ("Facility",), back=2, limit=1)
    if site:
        ctx.emit("OPERATES", org.ent, site[0], v, 0.65)


def made_there(ctx: Context, v: View) -> None:
    first = next((m for m in v.mentions if m.type == "Product"), None)
    if first is None or any(m.type == "Organization" for m in v.before(first.start)):
        return  # a company named before the verb: the name-based rules read it
    if not WILL_BE_MADE.search(v.masked[: first.start]):
        return
    plants = ctx.typed("OPERATES")
    site = next(iter(ctx.recent(v.index, ("Facility",), back=2, limit=1)), None)
    owner = next((ctx.by_id[r.head] for r in reversed(plants) if site is not None and r.tail == site.id), None)
    if owner is None or regulator_like(owner):
        return
    for p in products_listed(v, first):
        ctx.emit("DEVELOPS", owner, p.ent, v, 0.6)
