"""The checks the sentence fallback (:mod:`.fallback`) makes on a pair after a rule's cue matched.

Why: split out of ``fallback`` to keep it short. A cue word and one entity on each side are not enough in these
sentences: a contrast clause carries the cue for only its own entities ("P obtained its NIE, while the dossier
for Q is under review"), a permit may be only scheduled ("dijadwalkan memperoleh sertifikat CPOB"), a bloc may be
named as a market ("eight other ASEAN markets"), and a building may be only where a certificate was handed over.
The parties of a signed deal are also linked as partners here (``co_signers``).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.types import Entity

_CLAUSE_SPLIT = re.compile(r",\s+(?:while|whereas|and|but|sedangkan|sementara|dan|namun)\b|;", re.I)


def clause_of(v: View, cue_at: int, many: list[Entity]) -> list[Entity]:
    """The entities named in the clause of the cue when a contrast clause carries it; else all of ``many``."""
    splits = [m.end() for m in _CLAUSE_SPLIT.finditer(v.masked, 0, cue_at)]
    if not splits:
        return many
    inside = {id(m.ent) for m in v.mentions if m.start >= splits[-1]}
    return [e for e in many if id(e) in inside] or many


# "eight other ASEAN markets", "negara-negara anggota ASEAN": a body's name standing for its region
_REGION_AFTER = re.compile(r"\s+(?:markets?|countries|member\s+(?:states|countries)|region|economies)\b", re.I)
_REGION_BEFORE = re.compile(r"\b(?:negara(?:-negara)?|kawasan|pasar|wilayah)\s+(?:anggota\s+)?$", re.I)


def as_region(v: View, e: Entity) -> bool:
    ms = [m for m in v.mentions if m.ent is e]
    return bool(ms) and all(_REGION_AFTER.match(v.masked, m.end) or _REGION_BEFORE.search(v.masked, max(0, m.start - 30), m.start)
                            for m in ms)


def co_signers(ctx: Context, v: View, parties: list[Entity]) -> None:
    """"X ditandatangani Kepala BPOM dan Kepala Polri": the parties to a deal are partners (when no rule
    before found any partnership in the document)."""
    for i, a in enumerate(parties):
        for b in parties[i + 1 :]:
            ctx.emit("PARTNERS_WITH", a, b, v, 0.45)


# "dijadwalkan memperoleh", "is scheduled to receive", "ditargetkan mengantongi": a permit still to come
SCHEDULED = re.compile(r"\b(?:dijadwalkan|direncanakan|diproyeksikan|diperkirakan|ditargetkan|menargetkan|scheduled|slated|"
                       r"expected|yet\s+to|not\s+yet|(?:has|have|had)\s+not)"  # "has yet to obtain the CPOB certificate"
                       r"\s+(?:to\s+)?(?:(?:a|an|the)\s+)?(?:[\w\u2588-]+\s+(?:(?:a|an|the)\s+)?){0,3}$", re.I)


_HANDOVER = re.compile(r"\b(?:menyerahkan|diserahkan|penyerahan|handed|presented)\b", re.I)


# "… dalam Forum X yang digelar BPJPH di JIExpo Kemayoran": a gathering, whose place is no holder
_GATHERING = re.compile(r"\b(?:digelar|diselenggarakan|berlangsung|dihelat|held|hosted|forum|acara|seremoni|upacara|ceremony)\b",
                        re.I)


def venue(v: View, e: Entity) -> bool:
    """Whether ``e`` is only named as the place of a handover or a gathering ("… di Gedung X"), not as a holder."""
    at = [m for m in v.mentions if m.ent is e]
    return bool(at) and bool(_HANDOVER.search(v.masked) or _GATHERING.search(v.masked)) and all(
        re.search(r"\b(?:di|at|in)\s+(?:the\s+)?$", v.masked[max(0, m.start - 8) : m.start], re.I) for m in at)


# "Pemeriksaan kehalalan dilakukan oleh LPH X sebelum ketetapan halal dikeluarkan …", "audited by X": the body that
# inspects for the certificate, not the one that holds it
_INSPECTED_BY = re.compile(r"(?:\b(?:pemeriksaan|audit|inspeksi|pengujian|asesmen|penilaian|inspection|assessment)\b[^.;]{0,40}?"
                           r"\b(?:dilakukan|dilaksanakan|was\s+conducted|was\s+carried\s+out|was\s+performed)|"
                           r"\b(?:diperiksa|diaudit|diinspeksi|diuji|dinilai|inspected|audited|assessed))\s+(?:oleh|by)\s+(?:the\s+)?$", re.I)


def _only_after(v: View, e: Entity, words: re.Pattern[str]) -> bool:
    """Whether every mention of ``e`` in ``v`` comes right after ``words`` (within 90 characters)."""
    at = [m for m in v.mentions if m.ent is e]
    return bool(at) and all(words.search(v.masked[max(0, m.start - 90) : m.start]) for m in at)


def inspector(v: View, e: Entity) -> bool:
    """Whether ``e`` is named only as the body that inspected or audited for the certificate."""
    return _only_after(v, e, _INSPECTED_BY)


# "menyerahkan sertifikat CPOB kepada tiga Unit Donor Darah (UDD) Palang Merah Indonesia": the body the counted units
# belong to; the units are the holders (named next: "Ketiganya adalah …")
_UNITS_OF = re.compile(r"\b(?:kepada|bagi|to)\s+(?:sebanyak\s+)?(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d{1,3}|"
                       r"two|three|four|five|six)\s+(?:(?:unit|UDD|UTD|cabang|gerai|apotek|klinik|laboratorium|gudang|pabrik|fasilitas|"
                       r"units?|branch(?:es)?)\b|\u2588+)(?:\s+(?!(?:dan|serta|and|yakni|yaitu|yang)\b)[\w\u2588-]+|\s+\([\w\u2588-]+\)){0,4}\s+$", re.I)


def units_owner(v: View, e: Entity) -> bool:
    """Whether ``e`` is named only as the body a counted group of recipient units belongs to."""
    return _only_after(v, e, _UNITS_OF)
