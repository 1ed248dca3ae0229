"""HOLDS_POSITION for a post that covers a world region, with the region told beside the company.

"Wakil Presiden Veltrix Biologics untuk kawasan Asia-Pasifik, X", "Perwakilan Tsubaki Pharmaceutical untuk Asia
Tenggara, Y", "Head of Medical Affairs Orbis Pharma for Southeast Asia, Z": the region after the company is the
post's remit, so the comma before the holder follows the region, not the company. "X, Direktur Asia-Pasifik Orbis
Pharma S.A., …": the holder first, then the title, the region and the company.

Why: the title patterns of ``positions`` want only commas, brackets and honorifics between the body and the
holder, and a region between the title and the company is no part of either.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import title_patterns as tp
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.places import region
from graphbuild.extract.relations.post_records import no_mention_between, record

_REGION_WORDS = (r"Asia(?:[\s-]+(?:Pasifik|Pacific|Tenggara|Timur|Selatan))?|(?:Southeast|South\s+East|East|South)\s+Asia|"
                 r"APAC|EMEA|Eropa|Europe|Timur\s+Tengah|Middle\s+East|Amerika\s+Latin|Latin\s+America|ASEAN|Indo-Pas(?:ifik|ific)")
# the remit after the company: "untuk (kawasan) Asia-Pasifik", "for (the) Asia Pacific (region)", "wilayah Asia Tenggara"
_REMIT = re.compile(rf"^\.?\s*(?:untuk|bagi|for|di|in)\s+(?:(?:kawasan|wilayah|regional|region|the)\s+)?(?P<r>{_REGION_WORDS})"
                    r"(?:\s+region)?\s*$")
_REGION = re.compile(_REGION_WORDS)
_REGION_NOUN = re.compile(r"\s+region\b")
_CUE = re.compile(r"\b(?:Asia|APAC|EMEA|Eropa|Europe|Tengah|Middle|Latin|ASEAN|Pasifik|Pacific)\b")
watch(_CUE)
# the holder first: "X, Direktur Asia-Pasifik …"
_COMMA = re.compile(r"^(?:\s|\*)*,\s*(?:\*\*)?\s*$")


def find(ctx: Context, v: View, p: M) -> None:
    """``p``'s post in a company named beside the region it covers."""
    if not v.may(_CUE):
        return
    prev = v.prev_mention(p)
    if prev is not None:
        org, gap, rest = prev, "", ""
        if (prev.type == "Location" and region(prev.ent)) or (prev.type == "Organization" and _REGION.fullmatch(prev.text)):
            org = v.prev_mention(prev)
            gap, rest = (v.gap(org.end, prev.start) + prev.text if org is not None else ""), v.gap(prev.end, p.start)
            if (word := _REGION_NOUN.match(rest)) is not None:  # "for the Southeast Asia region, X"
                gap, rest = gap + word.group(0), rest[word.end() :]
        elif prev.type == "Organization" and "," in (between := v.gap(prev.end, p.start)):  # the region as plain words
            cut = between.index(",")
            gap, rest = between[:cut], between[cut:]
        if org is not None and org.type == "Organization" and _REMIT.match(gap) and tp.GAP_TO_PERSON.match(rest):
            t = tp.title_before(v.text, org.start)  # "Wakil Presiden X", "Kepala Riset X" (the post's field)
            title = t.group("title") if t else None
            if t is None and (t := tp.title_unit_before(v.text, org.start)) is not None:
                title = t.group("title") + t.group("unit")
            if t and no_mention_between(v, t.end(), org.start):
                record(ctx, v, p, org, " ".join(title.split()), 0.8)
                return
    nxt = v.next_mention(p)  # "X, Direktur Asia-Pasifik Orbis Pharma S.A."
    if nxt is None or nxt.type != "Location" or not region(nxt.ent):
        return
    org = v.next_mention(nxt)
    if org is None or org.type != "Organization" or v.gap(nxt.end, org.start).strip():
        return
    t = tp.title_before(v.text, nxt.start)
    if t and t.start() > p.end and _COMMA.match(v.gap(p.end, t.start())):
        record(ctx, v, p, org, t.group("title"), 0.75)
