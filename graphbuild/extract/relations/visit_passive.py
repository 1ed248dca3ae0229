"""VISITED told in the passive: "Pabrik X di A, B, dikunjungi Deputi … BPOM, Dr. Y", "fasilitas ini
ditinjau oleh Kepala Dinas Kesehatan …, dr. Z", "dikunjungi oleh tim inspeksi K melalui L".

The site is the name before the verb (read back over the places that say where it is: "di A, B,"), or,
for "fasilitas ini/tersebut", the site named last in the sentences before. The visitor is the first name
after the verb; where a title ("Kepala Dinas …, ") leads to a person, the person went, not the body.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View

TARGETS = ("Organization", "Facility", "Location")
_DI = re.compile(r"^\s+(?:di|in|at)\s+(?:(?:kota|kabupaten|provinsi|kawasan|daerah)\s+)?$", re.I)
_PLACE_SEP = re.compile(r"^\s*,\s*$")
# "fasilitas ini ditinjau oleh …": the site told before
_THIS_SITE = re.compile(r"\b(?:fasilitas|pabrik|sarana|lokasi|gudang|laboratorium|the\s+(?:facility|plant|site))\s+"
                        r"(?:(?:produksi|baru)\s+)?(?:ini|tersebut|itu)?\s*$", re.I)
# "Kepala ", "Deputi Bidang … BPOM, Dr. apt. ": only a title (and the unit it heads) before the person
_TITLE_GAP = re.compile(r"(?:[\s,()]|\u2588|[A-Z][\w.-]*|\b(?:dan|serta|di|untuk|bidang|of|for|and|the|apt\.|dr\.|drg\.)(?!\w))*")
_PLANNED = re.compile(r"\b(?:akan|dijadwalkan|direncanakan|will\s+be|is\s+to\s+be)\s+(?:\w+\s+)?$", re.I)
_THROUGH = re.compile(r"^\s+(?:melalui|through|via)\s+(?:the\s+)?$", re.I)


def visited_by(ctx: Context, v: View, start: int, end: int) -> None:
    """The visitors after the passive verb at ``start``–``end`` saw the site before it."""
    if _PLANNED.search(v.masked[max(0, start - 25) : start]):
        return  # "akan dikunjungi …": not yet
    after = [m for m in v.after(end) if m.start - end <= 240]
    if not after or after[0].type not in ("Person", "Organization"):
        return
    first = after[0]
    person = next((m for m in after if m.type == "Person"), None)
    if person is not None and person is not first and "," in v.masked[first.start : person.start] \
            and _TITLE_GAP.fullmatch(v.masked, end, person.start):
        first = person  # "dikunjungi Deputi Bidang … BPOM, Dr. apt. Y": Y went
    elif first.start != end and not (person is first and _TITLE_GAP.fullmatch(v.masked, end, person.start)):
        return
    site = _site(ctx, v, start)
    if site is None:
        return
    visitors = v.chain(first, (first.type,))
    nxt = v.next_mention(visitors[-1])
    if first.type == "Organization" and nxt is not None and nxt.type == "Organization" and _THROUGH.match(
            v.gap(visitors[-1].end, nxt.start)):
        visitors.append(nxt)  # "tim inspeksi K melalui L": the agency acting for the ministry went too
    for who in visitors:
        if who.ent is not site:
            ctx.emit("VISITED", who.ent, site, v, 0.75)


def _site(ctx: Context, v: View, start: int):
    site: M | None = next(iter(v.before(start)), None)
    while site is not None and site.type == "Location":  # "Pabrik X di A, B, dikunjungi": the places say where X is
        host = v.prev_mention(site)
        if host is None:
            break
        gap = v.gap(host.end, site.start)
        if host.type == "Location" and _PLACE_SEP.match(gap):
            site = host
            continue
        if _DI.match(gap):
            site = host
        break
    if site is not None and site.type in TARGETS and v.clause_end(site.end) >= start and site.start not in v.role_orgs:
        return site.ent if site.type != "Location" or not _THIS_SITE.search(v.masked[:start]) else None
    if site is None and _THIS_SITE.search(v.masked[max(0, start - 40) : start]) and v.index:
        told = ctx.recent(v.index - 1, ("Facility",), back=1, limit=1)
        return told[0] if told else None
    return None
