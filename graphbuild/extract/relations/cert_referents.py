"""What an unnamed holder of a certificate refers to, for :mod:`.cert_holders`.

"pabrik tersebut" (the plant named lately or certified before), "milik perseroan" (the company the story names
most), "Fasilitas sediaan cair X" (X's one plant): lookups over the story, apart from the per-cue decision that uses
them. Split out of ``regulatory`` to keep it short.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.extract.relations.discourse import story_firms
from graphbuild.extract.relations.site_owners import bare
from graphbuild.types import Entity

PLANT = re.compile(r"\b(?:Plant|Pabrik|Factory|Facility|Fasilitas|Site|Park|Gudang|Warehouse)\b")  # a production site, not a venue


def firms_plant(ctx: Context, firm: Entity) -> Entity | None:
    """The one plant a company runs: told so already, else the one plant named with the first word of its bare name
    ("Arum Medika Plant Bandung" of PT Arum Medika) that opens no other company's name."""
    run = list({r.tail: ctx.by_id[r.tail] for r in ctx.has("OPERATES", firm) if r.tail in ctx.by_id}.values())
    if run:
        return run[0] if len(run) == 1 and run[0].type == "Facility" and PLANT.search(run[0].name) else None  # not its R&D centre
    words = {bare(n).split()[0] for n in (firm.name, *firm.aliases) if bare(n).split()}
    others = {bare(n).split()[0] for e in ctx.entities if e.type == "Organization" and e.id != firm.id
              for n in (e.name, *e.aliases) if bare(n).split()}
    plants = [e for e in ctx.entities if e.type == "Facility" and PLANT.search(e.name) and e.name.split()[0] in words - others]
    return plants[0] if len(plants) == 1 else None


def just_named(ctx: Context, v: View) -> Entity | None:
    """The one company the two sentences before name ("Salah satu UMKM … adalah CV A. … Rumah produksi perusahaan …")."""
    firms = [e for e in ctx.recent(v.index, ("Organization",), pos=0, back=2, limit=4) if e.category == "company"]
    return firms[0] if len(firms) == 1 else None


def held_before(ctx: Context, v: View) -> Entity | None:
    """Who the sentence before certified: "… pabrik perseroan … memperoleh sertifikat CPOTB dari BPOM. Pabrik itu juga
    telah tersertifikasi halal oleh BPJPH" (the same plant's holder)."""
    said = " ".join(ctx.views[v.index - 1].text.split()) if v.index else None
    return next((ctx.by_id[r.tail] for r in ctx.typed("CERTIFIED")[::-1] if r.evidence == said and r.tail in ctx.by_id), None)


def site_referred(ctx: Context, v: View, pos: int) -> list[Entity]:
    """The plant "pabrik tersebut" is: named lately, else certified before, else the one plant the story has named."""
    site = ctx.recent(v.index, ("Facility",), pos=pos, back=4, limit=1) or [
        ctx.by_id[r.tail] for r in ctx.typed("CERTIFIED")[::-1]
        if r.tail in ctx.by_id and ctx.by_id[r.tail].type == "Facility"][:1]
    named = {m.ent.id: m.ent for w in ctx.views[: v.index] for m in w.mentions if m.type == "Facility" and PLANT.search(m.ent.name)}
    return site or (list(named.values()) if len(named) == 1 else [])


def plant_named_later(ctx: Context, v: View) -> Entity | None:
    """The one plant the story names, first named after ``v``: "Pabrik senilai Rp640 miliar itu telah mengantongi
    sertifikat CPOB … . Peresmian X Sterile Plant dilakukan oleh …" (the unnamed plant is the one named next)."""
    named = {m.ent.id: m.ent for w in ctx.views for m in w.mentions if m.type == "Facility"}
    if len(named) != 1:
        return None
    (plant,) = named.values()
    if not PLANT.search(plant.name) or any(m.ent is plant for w in ctx.views[: v.index + 1] for m in w.mentions):
        return None
    # named soon after, and not as another plant ("Kami punya dua pabrik lain. Pabrik Pandaan …", "Selain X, … juga …")
    w = next((w for w in ctx.views[v.index + 1 : v.index + 7] if any(m.ent is plant for m in w.mentions)), None)
    return plant if w is not None and not _ANOTHER.search(w.text) and not _ANOTHER.search(ctx.views[w.index - 1].text) else None


_ANOTHER = re.compile(r"\b(?:lain(?:nya)?|juga|selain|sendiri|another|other|also|besides)\b", re.I)


def story_firm(ctx: Context) -> Entity | None:
    """The company a story names most (and more than any other): who "milik perseroan" is, far from its name."""
    firms = sorted(story_firms(ctx), key=lambda e: len(e.mentions), reverse=True)
    return firms[0] if firms and (len(firms) == 1 or len(firms[0].mentions) > len(firms[1].mentions)) else None


def plantless_firm(ctx: Context) -> Entity | None:
    """The story's company when the story names no production site: what "pabrik tersebut" is left to stand for."""
    return None if any(e.type == "Facility" and PLANT.search(e.name) for e in ctx.entities) else story_firm(ctx)


# "The 22,000-square-metre plant is operated by X": the sentence before opens with the plant as its subject
_PLANT_OPENS = re.compile(r"^\W*(?:The|This|Pabrik|Fasilitas)\s+(?:[\w,.-]+\s+){0,3}?(?:plant|facility|factory|pabrik|fasilitas)\b"
                          r"(?:\s+(?:tersebut|itu|ini))?\s+(?:is|was|has|kini|telah|akan)\b", re.I)


def plant_subject_before(ctx: Context, v: View) -> Entity | None:
    """The plant the sentence before is about ("The plant is operated by X. It received its CPOB certificate …"): "It"
    is the plant, not the company named in that sentence."""
    if not v.index:
        return None
    w = ctx.views[v.index - 1]
    first = w.mentions[0] if w.mentions else None
    if _PLANT_OPENS.match(w.masked) or (first is not None and first.type == "Facility" and not w.masked[: first.start].strip(" \"'(")):
        got = ctx.recent(v.index, ("Facility",), back=3, limit=1)
        return got[0] if got else None
    return None
