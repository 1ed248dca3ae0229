"""VISITED for the site an inspection was carried out at: "BBPOM di Bandung melakukan inspeksi CUKB terhadap
pelaksanaan uji klinik … di RS Pendidikan Universitas Citarum", "tim inspektur SFDA yang melakukan inspeksi GMP
di fasilitas produksi PT X", "the team conducted a GMP inspection at the Y plant".

Why: the visit words ``visits`` reads ("kunjungan ke", "meninjau") are absent; an inspection "di" a named
hospital, plant or company is an on-site visit all the same, and annotators count it as one. The inspector is
the subject before the verb; the site is the first body or site after "di"/"at" in the clause (a described
site first: "di fasilitas pengisian insulin milik PT X"). A planned or refused inspection is no visit.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, watch
from graphbuild.extract.relations.visitors import subject, with_companions

_INSPECTED = re.compile(r"\b(?:melakukan|melaksanakan|menggelar|conducted|carried\s+out|performed)\s+(?:an?\s+)?"
                        r"(?:inspeksi|sidak|pemeriksaan\s+setempat|audit\s+lapangan|(?:on-site\s+)?inspections?)\b", re.I)
# what lies between the verb and the site: the inspection's kind and object, then "di"/"at" and a described site
_TO_SITE = re.compile(r"[^.;:!?]{0,160}?\b(?:di|at)\s+(?:the\s+)?(?:(?:fasilitas|pabrik|sarana|gudang|lokasi|kantor|facility|plant|site|"
                      r"premises)\s+(?:[a-z][\w-]*\s+){0,3}?(?:(?:milik|owned\s+by|of)\s+)?)?$", re.I)
_PLANNED = re.compile(r"\b(?:akan|berencana|dijadwalkan|rencananya|will|plans?\s+to|is\s+to)\s+(?:\w+\s+)?$", re.I)
_TARGETS = ("Organization", "Facility")
watch(_INSPECTED)


def find(ctx: Context) -> None:
    for v in ctx.busy:
        if not v.may(_INSPECTED):
            continue
        for c in v.cues(_INSPECTED):
            if cues.negated(v.masked, c.start()) or _PLANNED.search(v.masked, max(0, c.start() - 30), c.start()):
                continue
            site = next((m for m in v.after(c.end()) if m.type in (*_TARGETS, "Location")), None)
            if site is None or site.type not in _TARGETS or site.start in v.role_orgs \
                    or not _TO_SITE.fullmatch(v.masked, c.end(), site.start):
                continue
            who = subject(v, c.start(), ctx)
            unit = v.prev_mention(who) if who is not None and who.type == "Organization" else None
            if unit is not None and unit.type == "Organization" and not v.gap(unit.end, who.start).strip():
                who = unit  # "tim inspektur Direktorat X Badan POM melakukan …": the unit, named with its parent
            party = with_companions(ctx, v, who)
            lead = v.prev_mention(who) if who is not None else None
            if lead is not None and lead.type == "Organization" and _WITH.fullmatch(v.masked, lead.end, who.start):
                party.append(lead)  # "BBPOM di X bersama tim inspektur Direktorat Y melakukan …": both inspected
            for m in party:
                if m.ent is not site.ent:
                    ctx.emit("VISITED", m.ent, site.ent, v, 0.7)


_WITH = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:bersama(?:\s+dengan)?|together\s+with|with)\s+(?:(?:tim|team|para)\s+(?:inspektur|pemeriksa|"
                   r"gabungan|auditor|inspectors?|auditors?)\s+)?(?:(?:dari|from|of)\s+)?(?:the\s+)?", re.I)
