"""Who grants what a certification or approval cue names (read for :mod:`.regulatory` and :mod:`.sites`),
and who issued a certificate only seen handed over ("… diterima oleh Direktur Utama PT X").

"… dari/oleh BPOM", "disetujui BPOM", "BPOM menerbitkan …", "Izin edar P diterbitkan BPOM"; "Badan POM
melalui Balai Besar POM menyerahkan sertifikat" (the office acts for its parent); and an agentless "persetujuan
diberikan kepada P" takes the regulator of the sentence before. Finding the granter is shared by certificates,
approvals and sites, so it lives apart from what each of them emits; split out of ``regulatory`` to keep it short.
"""

from __future__ import annotations

import re
from collections import Counter

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.litsearch import literal_search
from graphbuild.extract.relations.registration import FROM as _FROM
from graphbuild.extract.relations.registration import is_regulator as _is_regulator
from graphbuild.types import Entity

_ISSUE = re.compile(r"^[^\u2588]{0,50}?\b(?:menerbitkan|memberikan|memberi|mengeluarkan|menyetujui(?:nya)?|menyerahkan|"
                    r"menganugerahkan|granted|issued|approved|awarded|presented|handed)\b",
                    re.I)
# what stops "izin edar untuk X yang dikembangkan oleh Y" from reading Y as the one granting it
_NOT_GRANTER = re.compile(r"\byang\b(?!\s+(?:(?:telah|sudah|sebelumnya)\s+)*(?:dilakukan|dilaksanakan|digelar|diterbitkan|dikeluarkan|diberikan)"
                          r"\s+(?:oleh\s+)?\u2588*$)|"  # "inspeksi yang dilakukan BPOM"
                          r"\b(?:dikembangkan|diproduksi|dibuat|developed|produced|manufactured)\b", re.I)
_RECEIVED_BY = re.compile(r"\b(?:diterima|received|accepted)\s+(?:(?:langsung|directly)\s+)?(?:oleh|by)\s+(?:the\s+)?$", re.I)
_HANDS = re.compile(r"^\s*(?:,[^,]{1,40},\s*)?(?:juga\s+|secara\s+simbolis\s+|also\s+)?(?:menyerahkan|handed\s+over|presented)\b", re.I)
# "whose certificates are recognized by BPJPH", "sertifikatnya diakui oleh BPJPH": a body accepting another's certificates
_RECOGNISED_BY = re.compile(r"\b(?:diakui|disetarakan|diterima|recogni[sz]ed|accepted|accredited)\s+(?:(?:secara\s+resmi|juga|pula|officially|also)\s+)?"
                            r"(?:oleh|by)\s+(?:the\s+)?$", re.I)
_PASSIVE = re.compile(r"(?:disetujui|approved)\b", re.I)
_ISSUED_BY = re.compile(r"\s*\u2588*\s*(?:(?:untuk|bagi|for)\s+(?:PT\.?\s+)?\u2588+(?:\s*(?:,|dan|and|serta)\s+(?:PT\.?\s+)?\u2588+){0,3}\s+)?"  # "untuk PT A dan PT B"
                        r"(?:halal\s+)?(?:(?:keduanya|ketiganya|mereka)\s+)?(?:(?:milik\s+)?(?:perusahaan|perseroan)\s+)?(?:yang\s+|which\s+)?(?:(?:telah|sudah|sebelumnya|was|has\s+been|previously)\s+)*(?:diterbitkan|dikeluarkan|diberikan|granted|issued)"
                        r"\s+(?:(?:oleh|by)\s+)?(?:the\s+)?(?:\u2588+['\u2019]s\s+)?", re.I)  # "issued by Indonesia's Halal … Agency"
_GLOSS = re.compile(r"\([^()]{0,120}\)")
_BARE_BY = re.compile(r"^\s*(?:oleh|by)?\s*$", re.I)
_not_granter = literal_search(_NOT_GRANTER)  # tried only where one of its words starts


def usable(v: View, m: M) -> bool:
    return m.role is None and m.start not in v.role_orgs and not _outlet(v, m)


# "SURABAYA, KOMPAS.com - …", "JAKARTA (ANTARA) - …": the outlet of a dateline holds and grants nothing
_DATELINE_PLACE = re.compile(r"\s*\u2588+\s*(?:,\s*|\(\s*)")
_DATELINE_DASH = re.compile(r"(?:\.[a-z]{2,3}){0,2}\s*\)?\s*[\u2014\u2013-]{1,2}\s", re.I)


def _outlet(v: View, m: M) -> bool:
    return m.start < 40 and _DATELINE_PLACE.fullmatch(v.masked, 0, m.start) is not None \
        and _DATELINE_DASH.match(v.masked, m.end) is not None


def _official(v: View, m: M) -> bool:
    """"Kepala Balai POM di Kupang menyerahkan sertifikat": a regulator's official hands over what the office issues."""
    return not usable(v, m) and m.ent.category == "regulator"


# "Sertifikat diserahkan langsung oleh Kepala Balai Besar POM di Semarang": handed over by the office's head
_BY_OFFICIAL = re.compile(r"\s*(?:[\w-]+\s+){0,3}?(?:diserahkan|diberikan|diterbitkan|dikeluarkan|handed\s+over|presented|issued)\s+"
                          r"(?:(?:secara\s+)?langsung\s+|directly\s+)?(?:oleh|by)\s+(?:the\s+)?(?:[\w.\u2588-]+\s+){1,3}", re.I)


def certifier(v: View, start: int, end: int | None = None) -> M | None:
    """Who grants what the cue names: "… dari/oleh BPOM", "disetujui BPOM", "BPOM menerbitkan …"."""
    end = start if end is None else end
    glossed = [g for x in v.after(end, ("Location",)) if (g := x.gloss) is not None and g.type == "Organization"]
    for m in sorted([*v.after(end, ("Organization",)), *glossed], key=lambda x: x.start):  # "otoritas Arab Saudi (SFDA)"
        gap = v.masked[end : m.start]
        # "a certificate of GMP for … (Cara Pembuatan …, CPOTB) by …": a bracketed gloss does not count to the distance
        if len(_GLOSS.sub("", gap) if "(" in gap else gap) > 90 or _not_granter(gap):
            break
        if not _is_regulator(m.ent) and any(p.start < m.start for p in v.after(end, ("Product",))):
            continue  # "menyetujui produk P dari PT X": the company P comes from, not who approved it
        if (usable(v, m) or _official(v, m)) and m.ent.category == "regulator" and _BY_OFFICIAL.fullmatch(gap):
            return m
        if _RECEIVED_BY.search(gap) or _RECOGNISED_BY.search(gap):
            break  # "The certificates were received by PT X": the holder, not the granter; "diakui oleh BPJPH": it accepts them
        if usable(v, m) and (_FROM.search(v.masked[: m.start])
                              or (_PASSIVE.match(v.masked[start:end]) and _BARE_BY.match(gap)
                                  # "approved X" is active in English: X is what was approved, unless "approved by X"
                                  and (v.masked[start:end].lower().startswith("disetujui") or gap.strip()))
                              or (gap.strip() in ("", ")") and _is_regulator(m.ent))  # "(EUA) BPOM"
                              or _ISSUED_BY.fullmatch(gap)):  # "Izin edar P diterbitkan BPOM"
            return m
    if v.may(_AND_ISSUES) and _AND_ISSUES.search(v.masked[max(0, start - 60) : start]):
        # "Balai X menyerahkan sertifikat CPOTB kepada CV Y, …, serta menyerahkan nomor izin edar …": the subject again
        subj = next((m for m in v.mentions if m.type == "Organization" and m.start < start and usable(v, m)), None)
        if subj is not None and _ISSUE.match(v.masked[(subj.gloss or subj).end :]):
            return subj
    for m in v.before(start, ("Organization",)):
        tail = m.gloss.end if m.gloss is not None and m.gloss.start - m.end <= 3 else m.end  # "Badan … (BPOM)"
        # no mention between the granter and the cue (or none after it) but the standard: "handed over GMP certificates"
        nxt = next((x.start for x in v.mentions if x.start >= tail and x.type != "Regulation"), -1)
        if (usable(v, m) or _official(v, m) and _HANDS.match(v.masked[tail:])) and _ISSUE.match(v.masked[tail:]) \
                and (nxt < 0 or nxt > start):
            return m
    return None


_AND_ISSUES = re.compile(r"\b(?:serta|dan|and)\s+(?:juga\s+)?(?:menyerahkan|menerbitkan|memberikan|mengeluarkan|granted|issued|"
                         r"presented|handed\s+over)\s+(?:(?:nomor|the|a)\s+)?$", re.I)
watch(_AND_ISSUES)


_THROUGH = re.compile(r"^\)?\s+(?:melalui|lewat|through|via)\s+(?:its\s+)?$", re.I)


def acting_through(v: View, m: M) -> M | None:
    """"A melalui B": B acts for A (a regulator through its regional office)."""
    prev = v.prev_mention(m)
    if prev is not None and prev.type == "Organization" and _THROUGH.match(v.masked[(prev.gloss or prev).end : m.start]):
        return prev
    return None


# "Kali ini, persetujuan diberikan kepada P", "Izin edar untuk P diterbitkan pada Selasa": granted, no granter named
_AGENTLESS = re.compile(r"\b(?:diberikan|diterbitkan|dikeluarkan|granted|issued)\b(?!\s+(?:oleh|by)\b)", re.I)


def granted_before(ctx: Context, v: View, start: int, end: int) -> M | None:
    """The regulator of the sentence before, for an agentless grant in a sentence naming no organisation."""
    clause = re.split(r"[,;.]", v.masked[end : end + 100], maxsplit=1)[0]
    if any(m.type == "Organization" for m in v.mentions) or not _AGENTLESS.search(clause):
        return None
    prev = ctx.views[v.index - 1] if v.index else None
    regs = [m for m in (prev.mentions if prev else []) if m.type == "Organization" and _is_regulator(m.ent) and usable(prev, m)]
    return regs[0] if regs and prev is not None and prev.may(cues.APPROVE) and cues.APPROVE.search(prev.masked) else None


THAT = re.compile(r"\b(?:sertifika\w+|sertifikat|certificat\w+)\s+(?:tersebut|itu|ini)\b", re.I)
# "Sertifikat CPOB diterima langsung oleh Presiden Direktur PT X", "penyerahan sertifikat … kepada Direktur Utama PT X"
_HANDED = re.compile(r"\b(?:kepada|diterima\s+(?:langsung\s+)?oleh|(?:handed|presented)\s+(?:over\s+)?to|"
                     r"received\s+by|accepted\s+by)\s+(?:(?:[A-Z][\w.-]*|of|the)\s+){0,4}$"
                     # "kepada pedagang besar farmasi (PBF) PT A": the kind of firm before its name
                     r"|\bkepada\s+(?:pedagang\s+besar\s+farmasi|industri\s+(?:farmasi|obat\s+tradisional)|perusahaan(?:\s+farmasi)?|"
                     r"distributor|produsen)\s+(?:\([A-Z]{2,6}\)\s+)?$")
_NOT_GMP = re.compile(r"\s+(?:pelatihan|kompetensi|penghargaan|keikutsertaan|kehadiran|partisipasi|apresiasi|training|attendance|"
                      r"appreciation|participation)\b", re.I)
NOT_GMP = _NOT_GMP  # "sertifikat pelatihan", "sertifikat kehadiran": no certification of a site or firm
_OPENS_CERT = re.compile(r"\W*(?:sertifikat|the\s+certificates?)\s+(?:[\u2588]+\s+)?(?:(?:telah|sudah|was|were)\s+)?(?:diterbitkan|dikeluarkan|issued)\b",
                         re.I)  # "Sertifikat diterbitkan Badan POM setelah …" (no "tersebut")
_ISSUED = re.compile(r"\b(?:diterbitkan|dikeluarkan|diberikan|issued|granted)\b", re.I)
_HANDOVER = re.compile(r"\b(?:menyerahkan|penyerahan|diserahkan|diterima|handed|presented|received\s+by|accepted\s+by)\b",
                       re.I)


def handed_to(v: View, end: int) -> M | None:
    """The company a certificate is handed over to, through the title of who received it."""
    if not _HANDOVER.search(v.masked) or _NOT_GMP.match(v.masked, end):
        return None
    for m in v.after(end, ("Organization",))[:2]:
        if m.start - end <= 120 and _HANDED.search(v.masked[: m.start]) and not _is_regulator(m.ent):
            return m
    return None


def handing_regulator(ctx: Context, v: View, memory: dict[str, object]) -> Entity | None:
    """Who issued a certificate handed over: the certifier so far, "Sertifikat tersebut diterbitkan BPOM" next,
    else the regulator named lately."""
    if memory.get("certifier") is not None:
        return memory["certifier"]  # type: ignore[return-value]
    if v.index + 1 < len(ctx.views):
        w = ctx.views[v.index + 1]
        if (THAT.search(w.masked) or _OPENS_CERT.match(w.masked)) and _ISSUED.search(w.masked):  # "Sertifikat (tersebut) diterbitkan BPOM …"
            reg = next((m.ent for m in w.mentions if m.type == "Organization" and _is_regulator(m.ent)), None)
            if reg is not None:
                return reg
    # else the regulator the story names most ("Kepala BPOM … didampingi Kepala Balai Besar POM di Bandung")
    count = Counter(m.ent.id for w in ctx.views for m in w.mentions if m.type == "Organization" and _is_regulator(m.ent))
    return ctx.by_id.get(count.most_common(1)[0][0]) if count else None


# "Lembaga konsumen mendesak pencabutan izin edar P": a demand, not a revocation
_DEMANDED = re.compile(r"\b(?:mendesak|meminta|menuntut|mengusulkan|mendorong|menunggu|berencana|rencana|akan|usulan|desakan|"
                       r"urged?|demand(?:ed|s)?|called\s+for|calls?\s+for|asked\s+for|seeks?)\s+(?:[\w-]+\s+){0,2}$", re.I)


def nominal_revoker(ctx: Context, v: View, start: int, end: int) -> Entity | None:
    """Who an agentless "pencabutan/pembekuan izin edar P" is by: the regulator named lately, else the one the
    story names most ("Salah satu kasus yang menonjol adalah pencabutan izin edar …" in a BPOM report)."""
    if not re.match(r"(?:pencabutan|pembekuan)\b", v.masked[start:end], re.I) or _DEMANDED.search(v.masked[max(0, start - 40) : start]):
        return None
    near = next((e for e in ctx.recent(v.index, ("Organization",), pos=start, back=3, limit=8) if e.category == "regulator"), None)
    if near is not None:
        return near
    count = Counter(m.ent.id for w in ctx.views for m in w.mentions if m.type == "Organization" and m.ent.category == "regulator")
    return ctx.by_id.get(count.most_common(1)[0][0]) if count else None
