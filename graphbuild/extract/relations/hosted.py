"""VISITED told from the host's side: "PT X mendapat kunjungan dari Komisi IX DPR RI", "X received a visit from Y".

Why: a company or office that "mendapat/menerima kunjungan (kerja)" names its guest after the cue and itself
before it, the reverse of "A berkunjung ke B"; a plan ("akan menerima") or a denial names no visit.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.types import Entity

_HOSTS = ("Organization", "Facility", "Location")
# "PT X mendapat kunjungan dari Komisi IX DPR RI", "X received a visit from the Y delegation": the guest, then the host before
GOT_VISIT = re.compile(r"\b(?:mendapat(?:kan)?|menerima|kedatangan|received|hosted)\s+(?:a\s+)?$", re.I)
_GUEST = re.compile(r"\s*(?:dari|from|oleh|by)?\s*(?:the\s+)?(?:(?:delegasi|rombongan|tim|a\s+delegation\s+(?:of|from))\s+(?:dari\s+)?)?",
                    re.I)
_HOST_GAP = re.compile(r"\s*(?:\([^()]*\))?\s*,?\s*(?:juga\s+|pun\s+|telah\s+|sempat\s+|pernah\s+|sudah\s+|also\s+|has\s+|had\s+)*",
                       re.I)
# "BBPOM di Surabaya, unit pelaksana teknis Badan POM di Jawa Timur, menerima kunjungan …": a lower-case apposition
# (it may name the parent and its place) between the host and the cue
_APPOSED_GAP = re.compile(rf"\s*(?:\([^()]*\))?\s*,\s*[a-z][^,;:\u2588]*(?:\u2588+[^,;:\u2588]*)*,{_HOST_GAP.pattern}", re.I)
watch(GOT_VISIT)
# "X today welcomed a delegation from the FDA of the Philippines, led by its Director General, Y, to the Z Facility",
# "PT X menyambut delegasi Y …": the party's body (and its leader) visited the site named after "to/ke", else the host
_WELCOMED_PARTY = re.compile(r"\b(?:welcomed|received|hosted|menyambut|menerima)\s+(?:(?:a|the)\s+)?(?:(?:high-level|official)\s+)?"
                             r"(?:delegation|delegasi|rombongan)\s+(?:from|of|dari)?\s*(?:the\s+)?", re.I)
_LEADER = re.compile(r"\s*(?:\([^()]*\))?\s*,\s*(?:led|headed|dipimpin)\s+(?:by\s+|oleh\s+)?[^;:\u2588]{0,60}$", re.I)
_TO_SITE = re.compile(r"(?:[\s,]|[A-Z][\w.]*\.)*\s(?:to|ke)\s+(?:the\s+)?$", re.I)
_PLAN = re.compile(r"\b(?:will|akan|plans?\s+to|to\s+welcome)\b", re.I)
watch(_WELCOMED_PARTY)


def welcomed(ctx: Context) -> None:
    """A host that welcomed a delegation from a body: the body and the one who led it visited the site or the host."""
    for v in ctx.where(_WELCOMED_PARTY):
        for c in v.cues(_WELCOMED_PARTY):
            body = next(iter(v.after(c.end())), None)
            host = next(iter(v.before(c.start(), _HOSTS)), None)
            if body is None or body.start != c.end() or body.type != "Organization" or host is None or _PLAN.search(v.masked, 0, c.start()):
                continue
            visitors: list[Entity] = [body.ent]
            after = [m for m in v.after(body.end) if m.ent is not body.ent]  # (its short name in brackets)
            lead = next((m for m in after if m.type == "Person"), None)
            if lead is not None and _LEADER.match(v.masked[body.end : lead.start]):
                visitors.append(lead.ent)
                after = v.after(lead.end)
            site = next((m for m in after if m.type in ("Facility", "Organization")), None)
            last = max((m.end for m in v.mentions if m.ent in visitors and m.end <= (site.start if site else 0)), default=body.end)
            gap = v.masked[last : site.start] if site is not None else ""
            target = site.ent if site is not None and _TO_SITE.fullmatch(gap) else host.ent
            for who in visitors:
                if who is not target:
                    ctx.emit("VISITED", who, target, v, 0.7)


def visit_from(ctx: Context, v: View, start: int, end: int) -> None:
    got = GOT_VISIT.search(v.masked, max(0, start - 30), start)
    guest = next(iter(v.after(end, ("Person", "Organization"))), None)
    host = next(iter(v.before(got.start(), _HOSTS)), None) if got is not None else None
    if got is not None:  # the body an apposition follows, not the place the apposition names last
        host = next((m for m in v.before(got.start(), _HOSTS) if _APPOSED_GAP.fullmatch(v.masked, m.end, got.start())), host)
    if (guest is None or host is None or not _GUEST.fullmatch(v.masked, end, guest.start)
            or not _HOST_GAP.fullmatch(v.masked, host.end, got.start()) and not _APPOSED_GAP.fullmatch(v.masked, host.end, got.start())):  # type: ignore[union-attr]  # "akan menerima": a plan
        return
    ctx.emit("VISITED", guest.ent, host.ent, v, 0.7)
