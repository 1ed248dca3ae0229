"""VISITED told from the host's side: "PT X mendapat kunjungan dari Komisi IX DPR RI", "X received a visit from Y".

Why: a company or office that "mendapat/menerima kunjungan (kerja)" names its guest after the cue and itself
before it, the reverse of "A berkunjung ke B"; a plan ("akan menerima") or a denial names no visit.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch

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
