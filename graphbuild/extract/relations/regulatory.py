"""CERTIFIED, APPROVED, REGISTERED_WITH (``registration``) and REVOKED (``revocations``).

"X mendapatkan sertifikasi CPOB dari BPOM"; "Sertifikasi tersebut diberikan
terkait sarana … milik anak usaha Kalbe, PT Bifarma Adiluhung" (the certifier
and standard carry over from the previous certification; the certified one is
the subsidiary/owner named); "BPOM menerbitkan izin edar P"; "BPOM mencabut
sertifikat CPOB X"; "P … tahap akhir proses registrasi di BPOM". Who grants is found in :mod:`.granters`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.granters import THAT as _THAT
from graphbuild.extract.relations.granters import acting_through as _acting_through
from graphbuild.extract.relations.granters import certifier as _certifier
from graphbuild.extract.relations.granters import granted_before as _granted_before
from graphbuild.extract.relations.granters import handed_to as _handed_to
from graphbuild.extract.relations.granters import handing_regulator as _handing_regulator
from graphbuild.extract.relations.granters import usable as _usable
from graphbuild.extract.relations.makers import main_firm, topic
from graphbuild.extract.relations.referents import PRODUCT_ANAPHOR
from graphbuild.extract.relations.registration import (
    COUNTED,
    implied_products,
    listed_next,
    registered,
    tail,
    under_review,
)
from graphbuild.extract.relations.registration import is_regulator as _is_regulator
from graphbuild.extract.relations.revocations import revocations, unnamed_revocations
from graphbuild.types import Entity

HOLDERS = ("Organization", "Facility")
_HOLDER_ANAPHOR = re.compile(
    r"\b(?:fasilitas|pabrik|sarana|perusahaan|industri|the\s+(?:facility|plant|company))\b(?:\s+[\w-]+){0,2}?"
    r"\s+(?:tersebut|itu|ini)\b|\blini\s+produksi\b(?:\s+[\w.,-]+){0,4}?\s+(?:tersebut|itu|ini)\b|"
    # "perusahaan farmasi yang berdiri sejak 1998 itu": a relative clause inside the anaphor
    r"\bperusahaan\s+(?:[\w-]+\s+){0,2}?yang\s+(?:[\w\u2588-]+\s+){1,5}?(?:itu|tersebut|ini)\b|\b(?:this|that)\s+(?:facility|plant|company)\b|^\W*the\s+(?:facility|plant|site)\b"
    # a bare "perusahaan" as the subject of receiving: "Pada Januari lalu, perusahaan juga menerima sertifikat"
    r"|\b(?:perusahaan|perseroan|the\s+company)(?=\s+(?:(?:juga|telah|sudah|pun|also|has|had)\s+)*"
    r"(?:menerima|mendapatkan|memperoleh|mengantongi|meraih|received|obtained|secured)\b)"
    # "It holds a CDOB certificate from BPOM": the company the sentence before describes
    r"|^\W*It(?=\s+(?:(?:also|already|now|has|had|was|is)\s+)*(?:holds?|held|received|obtained|secured|granted|awarded|certified)\b)",
    re.I,
)
# a site named by reference opens the sentence, an aside about its operator follows: the site is the subject
_ASIDE = re.compile(r"^\W*(?:the\s+(?:plant|facility|site|factory)|(?:pabrik|fasilitas|sarana)(?:\s+[\w-]+){0,2}?\s+"
                    r"(?:tersebut|itu|ini))\s*,[^,;]{3,80},", re.I)
_BOTH_SITES = re.compile(r"\b(?:kedua|both)\s+(?:pabrik|fasilitas|sarana|plants|facilities|sites)\b", re.I)
_SITE_WORD = re.compile(r"(?:fasilitas|pabrik|sarana|the\s+(?:facility|plant)|(?:this|that)\s+(?:facility|plant))\b",
                        re.I)
_STANDARD = re.compile(r"\b(?:sertifikasi|sertifikat|certificate|certification|certified)\s+(?P<std>[A-Z][A-Za-z/-]{1,10})\b")
# "… and by the EMA": a second regulator coordinated with the first
_AND_BY = re.compile(r"^[^\u2588;]{0,40}?\b(?:dan|serta|and|as\s+well\s+as)\s+(?:(?:oleh|by|dari|from)\s+)?(?:the\s+)?$",
                     re.I)


def find(ctx: Context) -> None:
    memory: dict[str, object] = {}
    pending: dict[int, Entity] = {}  # "izin edar untuk tiga obat baru": the products are listed next
    for v in ctx.busy:
        seen: set[str] = set()
        for i, c in enumerate(v.cues(cues.CERTIFY)):
            # a later certificate counts only where it names a certifier of its own: "CPOB dari BPOM dan halal dari BPJPH"
            who = _certifier(v, c.start(), c.end()) if i else None
            if i == 0 or (who is not None and who.ent.id not in seen):
                _certified(ctx, v, c.start(), c.end(), memory)
                if memory.get("certifier") is not None:
                    seen.add(memory["certifier"].id)  # type: ignore[attr-defined]
        for c in v.cues(cues.REGISTER):
            registered(ctx, v, c.start(), c.end())
        under_review(ctx, v)
        for c in v.cues(cues.APPROVE):
            if (reg := _approved(ctx, v, c.start(), c.end())) is not None:
                pending[v.index] = reg
        revocations(ctx, v)
    for i, reg in pending.items():
        listed_next(ctx, i + 1, reg)
    unnamed_revocations(ctx)


_RECEIVED = re.compile(r"\b(?:menerima|mendapatkan|memperoleh|mendapat|received|receiving|penerima)\s+$", re.I)
_LIST_INTRO = re.compile(r"\s*(?:[A-Z]{2,6}\s+)?(?:antara\s+lain|yaitu|yakni|di\s+antaranya|terdapat|including|namely|:)\s*(?:PT\.?\s*)?", re.I)
# "Pabrik X (, fasilitas) milik Y", "The X Plant, operated by Y,"
_OWNED_BY = re.compile(r"^\s*(?:,[^\u2588]{0,60})?\b(?:milik|(?:operated|owned|run|managed)\s+by|(?:dioperasikan|dikelola)\s+oleh)"
                       r"\s+(?:PT\.?\s+)?$", re.I)
# "A Cabang Surabaya, B, dan C"; "A yang berkantor di Sidoarjo, B dari Malang, serta C": an item's seat goes with it
_ITEM_GAP = re.compile(r"(?:[\s,\u2588]|\b(?:dan|serta|and|Cabang|Branch|dari|di|asal|yang|berkantor|berlokasi|berada|"
                       r"berbasis|bermarkas|pusat|from|in|based)\b)*", re.I)


def _listed(v: View, holders: list[M]) -> list[M]:
    """The holders coordinated from the first one on."""
    out = [holders[0]]
    for m in holders[1:]:
        if not _ITEM_GAP.fullmatch(v.masked[out[-1].end : m.start]):
            break
        out.append(m)
    return out


def _is_authority(e: Entity) -> bool:
    """Regulators, government and international bodies (PIC/S, WHO) grant or recognise certificates; they do
    not hold them."""
    return e.category in ("regulator", "government", "international")


def _certified(ctx: Context, v: View, start: int, end: int, memory: dict[str, object]) -> None:
    std = next((m.ent.name for m in v.mentions if m.type == "Regulation"), None)
    if std is None:
        s = _STANDARD.search(v.masked)
        std = s.group("std") if s else None
    who = _certifier(v, start, end)
    if who is not None and (acting := _acting_through(v, who)) is not None:
        who = acting  # "Badan POM melalui Balai Besar POM di Surabaya menyerahkan sertifikat": BPOM certifies
    std_next = next(iter(v.after(end)), None)
    if v.masked.startswith("memenuhi", start) and (std_next is None or std_next.type != "Regulation"
                                                   or std_next.start - end > 2):
        return  # "memenuhi persyaratan BPOM": only a named standard ("memenuhi persyaratan CPOB") is certification
    if _NOT_YET.search(v.masked[max(0, start - 50) : start]) or _MUST.search(v.masked[max(0, start - 40) : start]):
        return  # "belum memperoleh sertifikat CPOB", "berencana mengajukan sertifikasi halal", "wajib memenuhi standar"
    certifier: Entity | None = who.ent if who else None
    if certifier is None and (_THAT.search(v.masked) or _RECEIVED.search(v.masked[:start])):
        certifier = memory.get("certifier")  # type: ignore[assignment]
        std = std or memory.get("standard")  # type: ignore[assignment]
    handed = _handed_to(v, end) if certifier is None else None
    if handed is not None:
        certifier = _handing_regulator(ctx, v, memory)
        for m in _listed(v, [handed, *v.after(handed.end, ("Organization",))]) if certifier is not None else []:
            if m.ent.id != certifier.id and not _is_authority(m.ent):  # type: ignore[union-attr]
                ctx.emit("CERTIFIED", certifier, m.ent, v, 0.65, standard=std)
        return
    if certifier is None:
        return
    memory["certifier"], memory["standard"] = certifier, std
    # "PBF yang menerima sertifikat antara lain A, B, dan C": every holder listed
    after = [m for m in v.after(end, HOLDERS) if _usable(v, m)]
    if after and _LIST_INTRO.fullmatch(v.masked[end : after[0].start]):
        for m in _listed(v, after):
            ctx.emit("CERTIFIED", certifier, m.ent, v, 0.75, standard=std)
        return
    # the subsidiary/owner named in the same sentence is what holds the certificate
    for r in ctx.has("SUBSIDIARY_OF"):
        if r.evidence == " ".join(v.text.split()):
            child = ctx.by_id[r.head]
            ctx.emit("CERTIFIED", certifier, child, v, 0.8, standard=std)
            _for_site(ctx, v, end, certifier, std)
            return
    aside = _ASIDE.match(v.masked[:start])  # "The plant, operated by X since 2021, received …": X is no holder
    for m in v.before(start, HOLDERS):
        if aside is not None and m.start < aside.end():
            continue
        if m.ent.id != certifier.id and _usable(v, m) and not (m.type == "Organization" and _is_authority(m.ent)):
            ctx.emit("CERTIFIED", certifier, m.ent, v, 0.8, standard=std)
            site = v.prev_mention(m)
            if site is not None and site.type == "Facility" and _OWNED_BY.search(v.masked[site.end : m.start]):
                ctx.emit("CERTIFIED", certifier, site.ent, v, 0.8, standard=std)  # "Plant X, fasilitas milik Y yang ..."
            _for_site(ctx, v, end, certifier, std)
            return
    for m in v.after(end, HOLDERS):
        if m.ent.id != certifier.id and _usable(v, m) and re.search(r"\b(?:kepada|untuk|bagi|milik|to|for)\s+$",
                                                                     v.masked[: m.start], re.I):
            for x in _listed(v, [m, *(a for a in v.after(m.end, HOLDERS) if _usable(v, a))]):
                ctx.emit("CERTIFIED", certifier, x.ent, v, 0.75, standard=std)  # "kepada PT A dan PT B"
            return
    # "Fasilitas tersebut telah mendapatkan sertifikat CPOB dari BPOM": the site named just before
    both = _BOTH_SITES.search(v.masked[:start])
    if both is not None:  # "Both plants already hold GMP certificates": the two sites named last
        sites = ctx.recent(v.index, ("Facility",), pos=both.start(), back=8, limit=2)
        if len(sites) == 2:
            for site in sites:
                ctx.emit("CERTIFIED", certifier, site, v, 0.7, standard=std)
            return
    ana = _HOLDER_ANAPHOR.search(v.masked[:start])
    if ana is not None:
        if _SITE_WORD.match(ana.group()):  # "Pabrik tersebut": the plant named lately, before any company
            site = ctx.recent(v.index, ("Facility",), pos=ana.start(), back=4, limit=1) or [
                ctx.by_id[r.tail] for r in ctx.typed("CERTIFIED")[::-1]
                if r.tail in ctx.by_id and ctx.by_id[r.tail].type == "Facility"][:1]  # the site certified before
            if site:
                ctx.emit("CERTIFIED", certifier, site[0], v, 0.7, standard=std)
                return
            subject = topic(ctx, v.index)  # else the company the text is about runs it
            if subject is not None and subject.id != certifier.id:
                ctx.emit("CERTIFIED", certifier, subject, v, 0.65, standard=std)
                return
        subject = topic(ctx, v.index, back=2) if not _SITE_WORD.match(ana.group()) else None
        if subject is not None and subject.id != certifier.id:
            ctx.emit("CERTIFIED", certifier, subject, v, 0.7, standard=std)  # the company a recent sentence is about
            return
        for e in ctx.recent(v.index, HOLDERS, pos=ana.start(), back=2, limit=4):
            if e.category == "media":
                continue
            if e.id != certifier.id and e.category not in ("regulator", "government"):
                ctx.emit("CERTIFIED", certifier, e, v, 0.7, standard=std)
                return
        named = any(m.type in HOLDERS and m.ent.id != certifier.id and not _is_authority(m.ent) for m in v.mentions)
        e = main_firm(ctx, v.index) if not (named or _SITE_WORD.match(ana.group())) else None
        if e is not None and e.id != certifier.id:  # "milik perusahaan": the company the text is about
            ctx.emit("CERTIFIED", certifier, e, v, 0.6, standard=std)


# "… untuk Pabrik X", "for its biologics manufacturing facility, the X Plant": the certified site named after the cue
_FOR_SITE = re.compile(r"\b(?:untuk|bagi|for)\s+(?:(?:the|its|their)\s+)?(?:(?:[\w-]+\s+){0,3}?(?:fasilitas|pabrik|sarana|"
                       r"facility|plant|site)(?:\s+[\w-]+){0,3}?\s*,\s*(?:the\s+)?|(?:fasilitas\s+|pabrik\s+)?)$", re.I)


def _for_site(ctx: Context, v: View, end: int, certifier: Entity, std: str | None) -> None:
    """"A meraih sertifikat CPOB dari BPOM untuk Pabrik X": the site the certificate is for holds it too."""
    for f in v.after(end, ("Facility",))[:1]:
        if _FOR_SITE.search(v.masked[: f.start]):
            ctx.emit("CERTIFIED", certifier, f.ent, v, 0.75, standard=std)


_CALLED = re.compile(r"\s+(?:[\w-]+\s+){0,3}(?:bernama|named|called|diberi\s+nama(?:\s+(?:kerja|dagang))?)\s+", re.I)
_ALSO_GOT = re.compile(r"\b(?:dan|serta)\s+(?:(?:telah|sudah|juga)\s+)*(?:mendapat(?:kan)?|memperoleh|mengantongi|menerima)\s+"
                       r"(?:[\w-]+\s+){0,3}\(?$", re.I)


# "menolak permohonan izin edar", "menargetkan izin edar terbit", "belum mendapat persetujuan": no approval yet
_NOT_YET = re.compile(
    r"\b(?:belum|tidak|bukan|menolak|ditolak|penolakan|menargetkan|ditargetkan|menunggu|mengajukan|pengajuan|"
    r"seandainya|andaikan|andai|if|"
    r"permohonan|memohon|jika|apabila|bila|kalau|akan|rejected|refused|denied|not|awaiting|seeking|seeks?|"
    r"applied|application|submitted|will|expects?|expected|anticipates?|hopes?|berharap|diharapkan)"
    r"\s+(?:[\w\u2588-]+\s+){0,3}$",  # names are masked: "expects BPOM approval"
    re.I,
)




def _asked(masked: str) -> bool:
    """A question states no permit: "Apakah P sudah mendapat izin edar?"."""
    text = masked.strip(" \"\u201d\u201c")
    return text.endswith("?") or text[:9].lower().startswith(("apakah ", "benarkah ", "kapan "))


_MUST = re.compile(r"\b(?:harus|wajib|perlu|mewajibkan|diwajibkan|agar|supaya|must|should|required\s+to)\s+"
                   r"(?:[\w-]+\s+){0,2}$", re.I)


# a relative clause after a product's appositive: the approval it states is that product's
_RELATIVE = re.compile(r"^,[^,.;]*\byang\s+(?:telah\s+|sudah\s+)?(?:memperoleh|mendapat(?:kan)?|mengantongi|menerima)\b")


def _approved(ctx: Context, v: View, start: int, end: int) -> Entity | None:
    """Emits the approvals the cue states; returns the regulator when the products are only counted."""
    if _NOT_YET.search(v.masked[max(0, start - 50) : start]) or _asked(v.masked):
        return None
    reg = _certifier(v, start, end) or _granted_before(ctx, v, start, end)
    if reg is None:
        return None
    regs = [reg]
    while (nxt := v.next_mention(regs[-1])) is not None and nxt.type == "Organization" and _usable(v, nxt) \
            and _is_regulator(nxt.ent) and _AND_BY.match(v.masked[tail(regs[-1]) : nxt.start]):
        regs.append(nxt)  # "approved by the FDA in 2023 and by the EMA in 2024"
    after = [m for m in v.after(end, ("Product",)) if m.start - end <= 60]
    chain = v.chain(after[0], ("Product",)) if after else []
    products = [m.ent for m in chain]
    named = v.next_mention(chain[-1]) if chain else None
    if named is not None and named.type == "Product" and _CALLED.fullmatch(v.masked[chain[-1].end : named.start]):
        products.append(named.ent)  # "untuk produk terapi sel CAR-T anti-CD19 bernama Selvora-19"
    near = [m for m in v.before(start, ("Product",)) if start - m.end <= 60][:1]
    if near and _RELATIVE.search(v.masked[near[0].end : start]):
        products = [near[0].ent]  # "Tensiva, obat herbal … yang telah memperoleh izin edar BPOM, serta …"
    if not products:
        near = [m for m in v.before(start, ("Product",)) if start - m.end <= 60][:1]
        while near and (p := v.prev_mention(near[-1])) is not None and p.type == "Product" \
                and cues.LIST_SEP.match(v.gap(p.end, near[-1].start)):
            near.append(p)  # "apixaban dan rivaroxaban … telah mendapat persetujuan"
        products = [m.ent for m in near]
    if not products and v.mentions[0].type == "Product" and v.mentions[0].start <= 3 \
            and v.clause_end(v.mentions[0].end) > start - 60:
        products = [v.mentions[0].ent]  # "Envlo merupakan obat … yang … telah mendapat persetujuan dari MFDS"
    if not products and _ALSO_GOT.search(v.masked[:start]):
        # "Etana memproduksi vaksin AWcorna yang dikembangkan bersama X … dan mendapat izin penggunaan darurat"
        products = [m.ent for m in v.before(start, ("Product",))
                    if start - m.end <= 160 and re.match(r"\s+yang\b", v.masked[m.end :])][:1]
    if not products and PRODUCT_ANAPHOR.search(v.masked[:start]):
        products = implied_products(ctx, v, start)
    for r in regs:
        for p in products:
            ctx.emit("APPROVED", r.ent, p, v, 0.75 if r is reg else 0.7)
    return reg.ent if not products and COUNTED.search(v.masked, end, min(len(v.masked), end + 80)) else None
