"""A certificate told of in one sentence and handed over in the next: "PT X mengantongi sertifikat CDOB untuk cabang
Surabaya. Sertifikat tersebut diserahkan Kepala Balai Besar POM di Surabaya, …". The second sentence names the
certifier but points back at the certificate ("Sertifikat tersebut/itu"), so its holder is the one the sentence
before names as receiving a certificate.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.approvals import NOT_YET
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.granters import certifier
from graphbuild.types import Entity

_THAT_CERT = re.compile(r"^\W*(?:sertifikat|certificate)(?:\s+[A-Z][\w/-]*)?\s+(?:tersebut|itu|ini)\s+(?:(?:juga|telah|sudah|pun|"
                        r"langsung|secara\s+resmi)\s+)*(?:diserahkan|diberikan|diterbitkan|ditandatangani)\b", re.I)


def prior_holder(ctx: Context, v: View) -> Entity | None:
    """The holder the sentence before tells receiving a certificate, when ``v`` opens with "Sertifikat tersebut diserahkan"."""
    if not v.index or not _THAT_CERT.match(v.masked):
        return None
    w = ctx.views[v.index - 1]
    cue = cues.CERTIFY.search(w.masked) if w.may(cues.CERTIFY) else None
    if cue is None:
        return None
    holder = next((m for m in w.before(cue.start(), ("Organization", "Facility")) if m.role is None
                   and m.ent.category == "company"), None)
    return holder.ent if holder is not None else None


def handing_body(v: View) -> Entity | None:
    """The office named handing it over ("diserahkan Kepala Balai Besar POM di Surabaya"), which certifies too."""
    opened = _THAT_CERT.match(v.masked)
    if opened is None:
        return None
    m = next(iter(v.after(opened.end(), ("Organization",))), None)
    return m.ent if m is not None and m.start - opened.end() <= 40 and m.ent.category in ("regulator", "government") else None


# "Kedua sertifikat diserahkan … di pabrik yang diberi nama X itu", "Sertifikat itu diberikan untuk fasilitas bernama X"
_THESE_CERTS = re.compile(r"^\W*(?:(?:kedua|ketiga|both)\s+)?(?:sertifikat|certificates?)(?:\s+[A-Z][\w/-]*)?"
                          r"(?:\s+(?:tersebut|itu|ini))?\s+(?:(?:juga|telah|sudah|pun|langsung|secara\s+resmi|were|was)\s+)*"
                          r"(?:diserahkan|diberikan|handed\s+over|presented)\b", re.I)
_AT_PLANT = re.compile(r"\b(?:di|kepada|untuk|bagi|at|to|for)\s+(?:the\s+)?(?:pabrik|fasilitas|plant|facility)(?:\s+produksi)?"
                       r"(?:\s+(?:baru|new))?\s*(?:,\s*|\s+(?:yang\s+)?(?:diberi\s+nama|dinamai|bernama|named|called)\s+)?[*_\"\u201c]*$",
                       re.I)


def plant_named(ctx: Context) -> None:
    """"PT A … mengantongi sertifikat CPOB dari BPOM dan halal dari BPJPH. Kedua sertifikat diserahkan … di pabrik yang
    diberi nama X itu": the plant the handover names holds what the sentence before gave its company."""
    for v in ctx.where(cues.CERTIFY):
        if not v.index or (opened := _THESE_CERTS.match(v.masked)) is None:
            continue
        site = next((m for m in v.after(opened.end(), ("Facility",)) if _AT_PLANT.search(v.masked, 0, m.start)), None)
        said = ctx.views[v.index - 1].evidence
        if site is None or said is None:
            continue
        for r in ctx.typed("CERTIFIED"):
            holder = ctx.by_id.get(r.tail)
            if r.evidence == said and holder is not None and holder.category == "company" and r.head != site.ent.id:
                ctx.emit("CERTIFIED", ctx.by_id[r.head], site.ent, v, 0.65, **r.properties)


# "Direktorat Pengawasan Produksi Obat … BPOM menyerahkan sertifikat CPOB kepada X": the unit named with its agency hands it
_UNIT = re.compile(r"(?:Direktorat|Deputi|Kedeputian|Pusat|Balai|Loka|Directorate)\b")
_HANDS_OVER = re.compile(r"\s+(?:(?:juga|telah|sudah|secara\s+resmi|resmi)\s+)*(?:menyerahkan|memberikan|menerbitkan|"
                         r"mengeluarkan|handed\s+over|presented|issued|granted)\b", re.I)


def unit_handing(ctx: Context) -> None:
    """The agency's unit named just before it, as the subject that hands the certificate over, certifies with it."""
    for v in ctx.where(cues.CERTIFY):
        if v.evidence is None:
            continue  # nothing certified here
        for m in v.mentions:
            unit = v.prev_mention(m)
            if (unit is None or m.type != "Organization" or unit.type != "Organization" or unit.role is not None
                    or unit.ent.category != "regulator" or not _UNIT.match(unit.ent.name) or v.gap(unit.end, m.start).strip()
                    or not _HANDS_OVER.match(v.masked, (m.gloss or m).end)):
                continue
            for r in ctx.has("CERTIFIED", head=m.ent):
                if r.evidence == v.evidence and r.tail != unit.ent.id:
                    ctx.emit("CERTIFIED", unit.ent, ctx.by_id[r.tail], v, 0.65, **r.properties)


# "Fasilitas bernama X itu …", "Pabrik yang diberi nama X itu …", "The facility, named X, …": a plant named only after
# the sentence before told it (unnamed: "Pabrik senilai Rp 1,2 triliun itu") receiving a certificate
_NAMED_NEXT = re.compile(r"^\W*(?:the\s+)?(?:pabrik|fasilitas|sarana|plant|facility|factory)(?:\s+(?:produksi|baru|tersebut|itu|"
                         r"ini|new|production))*\s*,?\s+(?:yang\s+|which\s+is\s+)?(?:diberi\s+nama|dinamai|dinamakan|bernama|"
                         r"named|called|dubbed)\s+[*_\"\u201c]*$", re.I)
_NAMING = re.compile(r"\b(?:diberi\s+nama|dinamai|dinamakan|bernama|named|called|dubbed)\b", re.I)
watch(_NAMING)
_PLANT_WORD = re.compile(r"\b(?:pabrik|fasilitas|sarana\s+produksi|plant|facility|factory)\b", re.I)


def named_next(ctx: Context) -> None:
    """The plant the sentence after a certification names: it holds what the sentence before gave its company
    ("Pabrik … itu sekaligus menerima sertifikat CPOB dari Badan POM. Fasilitas bernama X itu akan memproduksi …")."""
    for v in ctx.where(_NAMING):
        site = v.mentions[0] if v.index and v.mentions else None
        if site is None or site.type != "Facility" or not _NAMED_NEXT.match(v.masked[: site.start]):
            continue
        w = ctx.views[v.index - 1]
        cue = cues.CERTIFY.search(w.masked) if w.may(cues.CERTIFY) else None
        if cue is None or any(m.type == "Facility" for m in w.mentions) or not _PLANT_WORD.search(w.masked) \
                or NOT_YET.search(w.masked[max(0, cue.start() - 40) : cue.start()]):
            continue  # a plant named there already holds it; "Pabrik itu belum menerima sertifikat …"
        body = certifier(w, cue.start(), cue.end())
        if body is not None and body.ent.category != "company" and body.ent.id != site.ent.id:
            std = next((m.ent.name for m in w.after(cue.start(), ("Regulation",))), None)
            ctx.emit("CERTIFIED", body.ent, site.ent, v, 0.65, standard=std)
