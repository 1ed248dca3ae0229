"""Who holds the certificate a certification cue names (CERTIFIED, read sentence by sentence in :mod:`.regulatory`).

"X mendapatkan sertifikasi CPOB dari BPOM"; "Sertifikasi tersebut diberikan terkait sarana … milik anak usaha Kalbe"
(the certifier and standard carry over from the previous certification; the certified one is the subsidiary/owner
named, the site a reference points to, or the listed recipients). Split out of ``regulatory`` to keep it short: this
is the one long decision about a certificate's holder, ``regulatory`` keeps the order the cues are read in.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.apposed_parents import apposition_child
from graphbuild.extract.relations.approvals import MUST as _MUST
from graphbuild.extract.relations.approvals import NOT_YET as _NOT_YET
from graphbuild.extract.relations.cert_apposed import both_of, its_certificate, pending, which_site
from graphbuild.extract.relations.cert_bodies import halal_body, remembered
from graphbuild.extract.relations.cert_phrases import (
    ASIDE,
    BOTH_AFTER,
    BOTH_SITES,
    BPOM_STD,
    BULLETS_NEXT,
    COMPANY_SITE,
    FIRMS_OWN,
    FIRMS_SITE,
    FOR_HOLDER,
    GIVEN_TO,
    HALAL_NEXT,
    HOLDER_ANAPHOR,
    LIST_INTRO,
    OWNED_BY,
    OWNER_OF_REF,
    RECEIVED,
    SITE_WORD,
    STANDARD,
    TO_FIRM,
)
from graphbuild.extract.relations.cert_referents import firms_plant as _firms_plant
from graphbuild.extract.relations.cert_referents import held_before as _held_before
from graphbuild.extract.relations.cert_referents import just_named as _just_named
from graphbuild.extract.relations.cert_referents import plant_named_later, plant_subject_before
from graphbuild.extract.relations.cert_referents import plantless_firm as _plantless_firm
from graphbuild.extract.relations.cert_referents import site_referred as _site_referred
from graphbuild.extract.relations.cert_referents import story_firm as _story_firm
from graphbuild.extract.relations.common import Context, View
from graphbuild.extract.relations.granters import NOT_GMP as _NOT_GMP
from graphbuild.extract.relations.granters import THAT as _THAT
from graphbuild.extract.relations.granters import acting_through as _acting_through
from graphbuild.extract.relations.granters import certifier as _certifier
from graphbuild.extract.relations.granters import handed_to as _handed_to
from graphbuild.extract.relations.granters import handing_regulator as _handing_regulator
from graphbuild.extract.relations.granters import usable as _usable
from graphbuild.extract.relations.handed_back import handing_body, prior_holder
from graphbuild.extract.relations.handovers import PENDING as _PENDING
from graphbuild.extract.relations.handovers import counted as _counted
from graphbuild.extract.relations.handovers import for_site as _for_site
from graphbuild.extract.relations.handovers import group_town as _group_town
from graphbuild.extract.relations.handovers import is_authority as _is_authority
from graphbuild.extract.relations.handovers import is_item as _is_item
from graphbuild.extract.relations.handovers import item as _item
from graphbuild.extract.relations.handovers import item_handed as _item_handed
from graphbuild.extract.relations.handovers import past_heading as _past_heading
from graphbuild.extract.relations.handovers import permit_item as _permit_item
from graphbuild.extract.relations.handovers import possessed_site as _possessed_site
from graphbuild.extract.relations.intro_granters import bracket_item, intro_regulator
from graphbuild.extract.relations.makers import main_firm, topic
from graphbuild.extract.relations.product_holders import for_product, held_by_products
from graphbuild.extract.relations.recipients import listed as _listed
from graphbuild.extract.relations.registration import bullets
from graphbuild.extract.relations.short_sites import short_site
from graphbuild.extract.relations.site_antecedents import site_owner
from graphbuild.extract.relations.site_subjects import described_site, subject_site
from graphbuild.types import Entity

HOLDERS = ("Organization", "Facility")

# the noun of a revocation just before the certificate: "pencabutan sertifikat", "revocation of its GMP certificate"
_UNDONE = re.compile(r"\b(?:pencabutan|pembekuan|pembatalan|penangguhan|revocation\s+of|suspension\s+of)\s+(?:(?:the|its|their)\s+)?$",
                     re.I)

# the certificate as the subject of its revocation: "sertifikat CDOB milik PT A dicabut oleh BPOM", "the GMP certificate of
# X was suspended" (not "belum dicabut", "bisa dicabut": a holder that still holds it)
_TAKEN_AFTER = re.compile(r"(?:\s+(?!(?:belum|tidak|bisa|dapat|akan|terancam|sempat|dan|serta|sedangkan|sementara|namun|"
                          r"while|but|and|not|may|could|will)\b)[^\s.;,]+){0,8}?\s+(?:(?:juga|turut|telah|sudah|resmi|pun)\s+)?"
                          r"(?:dicabut|dibekukan|dibatalkan|ditangguhkan|(?:was|were|has\s+been|had\s+been)\s+"
                          r"(?:revoked|suspended|withdrawn|cancell?ed))\b", re.I)

_FIRM_WORD = re.compile(r"(?:perusahaan|the\s+company)\b", re.I)


def certified(ctx: Context, v: View, start: int, end: int, memory: dict[str, object]) -> None:
    std = next((m.ent.name for m in v.mentions if m.type == "Regulation"), None)
    if std is None:
        s = STANDARD.search(v.masked)
        std = s.group("std") if s else None
    who = _certifier(v, start, end)
    if who is not None and (acting := _acting_through(v, who)) is not None:
        who = acting  # "Badan POM melalui Balai Besar POM di Surabaya menyerahkan sertifikat": BPOM certifies
    std_next = next(iter(v.after(end)), None)
    if v.masked.startswith("memenuhi", start) and (std_next is None or std_next.type != "Regulation"
                                                   or std_next.start - end > 2):
        return  # "memenuhi persyaratan BPOM": only a named standard ("memenuhi persyaratan CPOB") is certification
    if _NOT_GMP.match(v.masked, end):
        return  # "menyerahkan sertifikat pelatihan kepada …": a training certificate certifies no one
    if _UNDONE.search(v.masked, max(0, start - 30), start):
        return  # "Selain pencabutan sertifikat CDOB oleh Badan POM, …": a certificate taken away, none granted
    if _TAKEN_AFTER.match(v.masked, end):
        return  # "sertifikat CDOB milik PT A dicabut oleh BPOM": the certificate taken away
    if _NOT_YET.search(v.masked[max(0, start - 50) : start]) or _MUST.search(v.masked[max(0, start - 40) : start]) \
            or pending(v, start):
        return  # "belum memperoleh sertifikat CPOB", "berencana mengajukan sertifikasi halal", "wajib memenuhi standar"
    certifier: Entity | None = who.ent if who else intro_regulator(ctx, v, start, True)  # "BPOM memaparkan capaian:" + "- penerbitan sertifikat …"
    if certifier is None and (_THAT.search(v.masked) or RECEIVED.search(v.masked[:start]) or GIVEN_TO.match(v.masked, end)):
        std = std or memory.get("standard")  # type: ignore[assignment]
        certifier = remembered(ctx, v, memory.get("certifier"), std)  # type: ignore[arg-type]
        if certifier is not None and not halal_body(certifier) and HALAL_NEXT.match(v.masked, end):
            return  # "… memperoleh sertifikat halal yang diakui BPJPH": a halal certificate is no drug regulator's
    if certifier is None and v.masked[start:end].lower() == "tersertifikasi" and (nxt := next(iter(v.after(end)), None)) \
            and nxt.type == "Regulation" and nxt.ent.name in BPOM_STD and v.masked[end : nxt.start].isspace() \
            and any(m.type == "Organization" and m.ent.category == "company" for m in v.before(start)):
        # "Direktur PT A mengungkapkan fasilitas produksi perusahaannya telah tersertifikasi CPOTB": BPOM certified it
        certifier = next((e for e in ctx.entities if e.name == "Badan Pengawas Obat dan Makanan"), None)
    if (pair := bracket_item(v, start)) is not None:  # "- Sertifikat CPOB (BPOM) — PT A untuk Pabrik X": BPOM, A and X
        ctx.emit("CERTIFIED", pair[0], pair[1], v, 0.7, standard=std)
        _for_site(ctx, v, end, pair[0], std)
        return
    if certifier is None and _item_handed(ctx, v, start, std):
        return  # "… menyerahkan:" then "- sertifikat CPKB kepada PT A": the intro's regulator, the holder after
    if certifier is None and _is_item(v, start) and not cues.REVOKE.search(v.masked) \
            and not _PENDING.search(v.masked, end):
        _item(ctx, v, std, memory)  # "- PT A — sertifikat CPOB untuk …": one recipient of a listed handover
        return
    if (prior := prior_holder(ctx, v)) is not None:
        # "… mengantongi sertifikat CDOB. Sertifikat tersebut diserahkan Kepala Balai Besar POM di X": BPOM and its office
        bodies = [b for b in (certifier, handing_body(v)) if b is not None and b.id != prior.id]
        for body in bodies:
            ctx.emit("CERTIFIED", body, prior, v, 0.7, standard=std)
        if bodies:
            memory["certifier"], memory["standard"], memory["town"] = bodies[0], std, None
            return
    handed = _handed_to(v, end) if certifier is None else None
    if handed is not None:
        certifier = _handing_regulator(ctx, v, memory)
        for m in _listed(v, [handed, *v.after(handed.end, ("Organization",))]) if certifier is not None else []:
            if m.ent.id != certifier.id and not _is_authority(m.ent):  # type: ignore[union-attr]
                ctx.emit("CERTIFIED", certifier, m.ent, v, 0.65, standard=std)
        if certifier is not None:
            _for_site(ctx, v, end, certifier, std)  # "sertifikat CPOB untuk X Plant diserahkan … kepada Direktur PT A": X too
        return
    if held_by_products(ctx, v, start, end, certifier):
        return  # "Kedua produk tersebut telah memperoleh … sertifikat halal BPJPH": their maker holds it
    if certifier is None:
        return
    memory["certifier"], memory["standard"], memory["town"] = certifier, std, None
    if len(both := both_of(v, start, end)) >= 2:  # "… diterbitkan BPOM, sementara sertifikat halal keduanya dikeluarkan BPJPH"
        for e in both:
            ctx.emit("CERTIFIED", certifier, e, v, 0.7, standard=std)
        return
    if (site := which_site(v, start)) is not None and site.ent.id != certifier.id:
        ctx.emit("CERTIFIED", certifier, site.ent, v, 0.75, standard=std)  # "… the X Plant in Y, which was certified by …"
        return
    if (both := BOTH_AFTER.search(v.masked, max(0, start - 40), start)) is not None \
            and len(sites := v.before(both.start(), ("Facility",))[:2]) == 2:
        for m in sites:  # "two plants, the A in X and the B in Y, both certified for CPOB by Badan POM"
            ctx.emit("CERTIFIED", certifier, m.ent, v, 0.75, standard=std)
        return
    if for_product(ctx, v, end, certifier, std):
        return  # "sertifikat halal untuk P diterbitkan oleh BPJPH": P's maker holds it, not the site the clause before names
    if (site := described_site(ctx, v, start)) is not None and site.id != certifier.id:
        ctx.emit("CERTIFIED", certifier, site, v, 0.7, standard=std)  # "its sterile plant in X has been awarded …": the plant named
    if not any(m.type in HOLDERS and m.start < start and m.ent.id != certifier.id and not _is_authority(m.ent) for m in v.mentions) \
            and (own := _possessed_site(ctx, v, start)) is not None:
        for e in own:  # "SelNusa's manufacturing hub received a CPOB certificate": the company and its named hub
            if e is not None and e.id != certifier.id:
                ctx.emit("CERTIFIED", certifier, e, v, 0.7, standard=std)
        return
    # "PBF yang menerima sertifikat antara lain A, B, dan C": every holder listed
    after = [m for m in v.after(end, HOLDERS) if _usable(v, m)]
    if after and LIST_INTRO.fullmatch(v.masked[end : after[0].start]):
        for m in _listed(v, after):
            if not _is_authority(m.ent):  # "Penerbit sertifikat: BPJPH": the issuer named, no holder
                ctx.emit("CERTIFIED", certifier, m.ent, v, 0.75, standard=std)
        return
    if (not after and BULLETS_NEXT.match(v.masked, end)) or (
            not any(m.ent.id != certifier.id for m in after) and _counted(v, start, end)
            # "Pabrik yang dioperasikan PT A itu memperoleh sertifikat … dan kini memasok P kepada 30 industri": A's, no group's
            and not any(m.ent.id != certifier.id and not _is_authority(m.ent) for m in v.before(start, HOLDERS))):
        # "Beberapa penerima sertifikat halal antara lain:", "… kepada tiga industri farmasi." + bullets
        memory["town"] = town = _group_town(v, end)  # "kepada lima perusahaan farmasi di Kota Semarang": theirs
        for w, m in bullets(ctx, _past_heading(ctx, v.index + 1), ("Organization",)):
            if _permit_item(ctx, w, certifier):
                continue  # "| UD A | Nomor izin edar | P |": a marketing authorisation for the row's product, no certificate
            if not _is_authority(m.ent) and not _PENDING.search(w.masked) and not cues.REVOKE.search(w.masked):
                ctx.emit("CERTIFIED", certifier, m.ent, w, 0.7, standard=std)
                _for_site(ctx, w, (m.gloss or m).end, certifier, std)  # "2. PT A (Kota), untuk Fasilitas X di …": the site too
                if town is not None:
                    ctx.emit("LOCATED_IN", m.ent, town, w, 0.6)
        return
    named = any(m.type in HOLDERS and m.ent.id != certifier.id and not _is_authority(m.ent) for m in v.mentions)
    if not named and (to := TO_FIRM.search(v.masked, end)) is not None and v.clause_end(end) >= to.start() \
            and (firm := topic(ctx, v.index) or main_firm(ctx, v.index) or _story_firm(ctx)) is not None and firm.id != certifier.id:
        ctx.emit("CERTIFIED", certifier, firm, v, 0.65, standard=std)  # "… dari BPJPH kepada manajemen perusahaan": the story's firm
        return
    firm = (_just_named(ctx, v) or topic(ctx, v.index) or main_firm(ctx, v.index) or _story_firm(ctx)) \
        if COMPANY_SITE.search(v.masked[:start]) or FIRMS_OWN.match(v.masked, end) else None
    if firm is not None and firm.id != certifier.id and not any(
            m.type in HOLDERS and m.ent.id != certifier.id and not _is_authority(m.ent) for m in v.mentions):
        ctx.emit("CERTIFIED", certifier, firm, v, 0.65, standard=std)  # "Pabrik perusahaan di X telah tersertifikasi"
        return
    if not v.before(start, HOLDERS) and (site := short_site(ctx, v, start)) is not None and site.id != certifier.id:
        ctx.emit("CERTIFIED", certifier, site, v, 0.7, standard=std)  # "The Cikande plant received …": the site named so
        return
    # the subsidiary/owner named in the same sentence is what holds the certificate
    for r in ctx.has("SUBSIDIARY_OF"):
        if r.evidence == " ".join(v.text.split()):
            child = ctx.by_id[r.head]
            ctx.emit("CERTIFIED", certifier, child, v, 0.8, standard=std)
            if (site := subject_site(v, start)) is not None:  # "its new facility, X Plant, located in …, has been granted"
                ctx.emit("CERTIFIED", certifier, site.ent, v, 0.75, standard=std)
            _for_site(ctx, v, end, certifier, std)
            if ASIDE.match(v.masked[:start]):  # "The plant is operated by the Company's subsidiary X and received …"
                for site in ctx.recent(v.index, ("Facility",), pos=0, back=3, limit=1):
                    ctx.emit("CERTIFIED", certifier, site, v, 0.7, standard=std)
            return
    aside = ASIDE.match(v.masked[:start])  # "The plant, operated by X since 2021, received …": X is no holder
    for m in v.before(start, HOLDERS):
        if aside is not None and m.start < aside.end() or apposition_child(v, m) is not None:
            continue  # "PT A, perusahaan binaan Universitas B, memperoleh …": A, not B
        if m.ent.id != certifier.id and _usable(v, m) and not (m.type == "Organization" and _is_authority(m.ent)):
            if m.type == "Organization" and m.ent.category == "government" and (site := v.prev_mention(m)) is not None \
                    and site.type == "Facility" and v.gap(site.end, m.start).isspace():
                m = site  # "Cell Processing Center RSUP Dr. Sardjito yang telah memperoleh …": the site, named with its hospital
            ctx.emit("CERTIFIED", certifier, m.ent, v, 0.8, standard=std)
            ana = HOLDER_ANAPHOR.search(v.masked, m.end, start)
            if ana is None and (a0 := HOLDER_ANAPHOR.search(v.masked, 0, start)) is not None and a0.start() < m.start < a0.end():
                ana = a0  # "Pabrik yang dioperasikan PT A itu memperoleh …": the plant, its operator named inside the reference
            for x in _site_referred(ctx, v, ana.start()) if ana is not None and SITE_WORD.match(ana.group()) else []:
                ctx.emit("CERTIFIED", certifier, x, v, 0.7, standard=std)  # "Direktur X menjelaskan, pabrik tersebut telah …"
            site = v.prev_mention(m)
            if site is not None and site.type == "Facility" and OWNED_BY.search(v.masked[site.end : m.start]):
                ctx.emit("CERTIFIED", certifier, site.ent, v, 0.8, standard=std)  # "Plant X, fasilitas milik Y yang ..."
            elif m.type == "Organization" and (site := subject_site(v, start)) is not None and site.start < m.start:
                ctx.emit("CERTIFIED", certifier, site.ent, v, 0.75, standard=std)  # "X Plant, …, is operated by Y and was …"
            elif m.type == "Organization" and FIRMS_SITE.fullmatch(v.masked[: m.start]) \
                    and (plant := _firms_plant(ctx, m.ent)) is not None:
                ctx.emit("CERTIFIED", certifier, plant, v, 0.7, standard=std)  # "Fasilitas sediaan cair X memperoleh …": X's one plant
            _for_site(ctx, v, end, certifier, std)
            return
    for m in v.after(end, HOLDERS):
        if m.ent.id != certifier.id and _usable(v, m) and FOR_HOLDER.search(v.masked[: m.start]) \
                and not OWNER_OF_REF.match(v.masked, m.end):  # "rumah sakit milik Pemprov X itu": the hospital
            for x in _listed(v, [m, *(a for a in v.after(m.end, HOLDERS) if _usable(v, a))]):
                ctx.emit("CERTIFIED", certifier, x.ent, v, 0.75, standard=std)  # "kepada PT A dan PT B"
            _for_site(ctx, v, end, certifier, std)  # "kepada PT A untuk gudang barunya, X": the site too
            return
    # "Fasilitas tersebut telah mendapatkan sertifikat CPOB dari BPOM": the site named just before
    both = BOTH_SITES.search(v.masked[:start])
    if both is not None:  # "Both plants already hold GMP certificates": the two sites named last
        sites = ctx.recent(v.index, ("Facility",), pos=both.start(), back=8, limit=2)
        if len(sites) == 2:
            for site in sites:
                ctx.emit("CERTIFIED", certifier, site, v, 0.7, standard=std)
            return
    ana = HOLDER_ANAPHOR.search(v.masked[:start])
    if ana is None and its_certificate(v, start) and (prior := _held_before(ctx, v)) is not None and prior.id != certifier.id:
        ctx.emit("CERTIFIED", certifier, prior, v, 0.7, standard=std)  # "X Plant holds CPKB … . Its halal certificate was …"
        return
    if ana is not None:
        if SITE_WORD.match(ana.group()):  # "Pabrik tersebut": the plant named lately, before any company
            site = _site_referred(ctx, v, ana.start())
            later = plant_named_later(ctx, v)  # "Pabrik senilai Rp640 miliar itu …", the plant named further on
            if site and site[0] is not later:
                ctx.emit("CERTIFIED", certifier, site[0], v, 0.7, standard=std)
                return
            if later is not None:  # (and its company, below, as the plant is not yet named)
                ctx.emit("CERTIFIED", certifier, later, v, 0.65, standard=std)
            # else the company whose unnamed plant was told of, else the company the text is about, runs it
            plant = bool(re.match(r"(?:pabrik|plant|factory)\b", ana.group(), re.I))  # not the warehouse's owner
            subject = site_owner(ctx, v, ana.start(), plant) or topic(ctx, v.index) or _held_before(ctx, v) or _plantless_firm(ctx)
            if subject is not None and subject.id != certifier.id:
                ctx.emit("CERTIFIED", certifier, subject, v, 0.65, standard=std)
                return
        if ana.group().lstrip(" \"'(").startswith("It") and (site := plant_subject_before(ctx, v)) is not None:
            ctx.emit("CERTIFIED", certifier, site, v, 0.7, standard=std)  # "The plant is operated by X. It received …"
            return
        subject = topic(ctx, v.index, back=2) if not SITE_WORD.match(ana.group()) else None
        if subject is not None and subject.id != certifier.id:
            ctx.emit("CERTIFIED", certifier, subject, v, 0.7, standard=std)  # the company a recent sentence is about
            _for_site(ctx, v, end, certifier, std)  # "The company also received … for its laboratory, the X Lab"
            return
        firm_word = _FIRM_WORD.match(ana.group()) is not None
        for e in ctx.recent(v.index, HOLDERS, pos=ana.start(), back=2, limit=4):
            if e.category == "media" or (firm_word and e.category not in ("company", None)):
                continue  # "Perusahaan tersebut …": a company, not the university or hospital named last
            if e.id != certifier.id and e.category not in ("regulator", "government"):
                ctx.emit("CERTIFIED", certifier, e, v, 0.7, standard=std)
                return
        named = any(m.type in HOLDERS and m.ent.id != certifier.id and not _is_authority(m.ent) for m in v.mentions)
        e = main_firm(ctx, v.index) if not (named or SITE_WORD.match(ana.group())) else None
        if e is not None and e.id != certifier.id:  # "milik perusahaan": the company the text is about
            ctx.emit("CERTIFIED", certifier, e, v, 0.6, standard=std)

