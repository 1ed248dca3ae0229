"""LOCATED_IN.

"X di Jakarta Timur", "Shijiazhuang, Tiongkok", "markas besar CSPC, Tiongkok",
"Kalbe Farma (Indonesia)", "berlokasi di Y", "Daewoong asal Korea Selatan",
"Baylor College of Medicine dari Amerika Serikat", "Bandung, Jawa Barat". A
place after a comma only counts when it is a country (or a province after a
smaller place) and it does not open a list ("Jepang, Korea, dan China").
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import places
from graphbuild.extract.relations.common import Context, M, View

HEADS = ("Organization", "Facility", "Location")
_DI = re.compile(r"^\s+(?:di|in)\s+(?:(?:kota|kabupaten|provinsi|kawasan|daerah)\s+)?$", re.I)
_COMMA = re.compile(r"^\s*,\s*$")
_SITED = re.compile(
    r"\b(?:berlokasi|berada|terletak|bermarkas|berkantor(?:\s+pusat)?|berpusat|berbasis|"
    r"based|headquartered|located)\s+(?:di|in|at)\s+$",
    re.I,
)
# "X asal Korea Selatan" (any place); "X dari Amerika Serikat" (a country only: "dari Jakarta" is often a trip)
_ORIGIN = re.compile(r"^\s*,?\s+(?:yang\s+)?(?:asal|berasal\s+dari|berbasis\s+di|based\s+in)\s+$", re.I)
_FROM_COUNTRY = re.compile(r"^\s+(?:dari|from|of)\s+$", re.I)
_LIST_NEXT = re.compile(r"^\s*(?:,(?:\s*(?:dan|serta|and)\b)?|\bdan\b|\bserta\b|\band\b)\s*", re.I)


def find(ctx: Context) -> None:
    for v in ctx.busy:
        for m in v.mentions:
            if m.type not in HEADS or m.role:
                continue
            if m.gloss is not None and m.gloss.type == "Location" and m.type != "Location":
                ctx.emit("LOCATED_IN", m.ent, m.gloss.ent, v, 0.75)
            nxt = v.next_mention(m)
            if nxt is None or nxt.type != "Location":
                continue
            # "PT Nusantara Biotek (NBM) di Cikarang": read the gap after the gloss
            end = m.gloss.end if m.gloss is not None and m.gloss.end <= nxt.start else m.end
            gap = v.gap(end, nxt.start)
            if end != m.end:
                gap = re.sub(r"^[^()]*\)", "", gap, count=1)
            if m.type != "Location" and m.start not in v.role_orgs and (
                    _ORIGIN.match(gap) or (_FROM_COUNTRY.match(gap) and ctx.is_country(nxt.ent))):
                ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.75)
            elif _DI.match(gap) and not ctx.is_country(m.ent) and m.start not in v.role_orgs:
                ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.7)
            elif _COMMA.match(gap) and ctx.is_country(nxt.ent) and not ctx.is_country(m.ent):
                if not _opens_list(v, nxt) and not _in_list(v, m):
                    ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.8 if m.type == "Location" else 0.7)
            elif _COMMA.match(gap) and m.type == "Location" and _contained(v, m, nxt) and not _is_list(v, m):
                ctx.emit("LOCATED_IN", m.ent, nxt.ent, v, 0.75)
        for m in v.mentions:
            if m.type != "Location":
                continue
            prev = v.prev_mention(m)
            if prev is not None and prev.type in HEADS and _SITED.search(v.masked[prev.end : m.start]):
                if len(v.masked[prev.end : m.start]) <= 60:
                    ctx.emit("LOCATED_IN", prev.ent, m.ent, v, 0.8)


def _opens_list(v: View, m: M) -> bool:
    nxt = v.next_mention(m)
    return nxt is not None and nxt.type == "Location" and bool(_LIST_NEXT.fullmatch(v.gap(m.end, nxt.start)))


def _in_list(v: View, m: M) -> bool:
    prev = v.prev_mention(m)
    return prev is not None and prev.type == m.type and bool(_LIST_NEXT.fullmatch(v.gap(prev.end, m.start)))


_ADMIN = re.compile(
    r"^(?:(?P<city>Kabupaten|Kab\.|Kota|Regency|City\s+of)|(?P<prov>Provinsi|Province)|(?P<sub>Kecamatan|Distrik))\s", re.I
)
_SMALL_BEFORE = re.compile(r"\b(?:kecamatan|kelurahan|desa|kawasan|daerah|district|area)\s+$", re.I)


def _rank(v: View, m: M, outer: bool) -> float | None:
    """Size of a place: its admin word ("Kabupaten Bekasi" holds the towns named before it), else the
    gazetteer category; an unknown inner place counts as small."""
    a = _ADMIN.match(m.text)
    if a and a.group("sub"):
        return 1.2 if outer else 0.8  # a kecamatan holds its villages and sits in its kabupaten
    if a and (outer or a.group("city")):
        return 2.0 if a.group("prov") else 1.5  # "Kabupaten Bogor, Kabupaten Bekasi": peers, not containment
    cat = places.category(m.ent)
    if cat is not None:
        return places.RANK.get(cat)
    if a:
        return 2.0 if a.group("prov") else 1.0
    if not outer or _SMALL_BEFORE.search(v.text[: m.start]):
        return 0 if not outer else None
    return None


def _contained(v: View, inner: M, outer: M) -> bool:
    """"Rungkut, Surabaya", "Cikarang, Kabupaten Bekasi", "Semarang, Jawa Tengah": a bigger place after a comma."""
    a, b = _rank(v, inner, False), _rank(v, outer, True)
    return a is not None and b is not None and b > a


def _is_list(v: View, m: M) -> bool:
    """Whether ``m`` sits in a coordinated list of places ("Jakarta, Surabaya dan Medan")."""
    chain = [m]
    cur = m
    while (p := v.prev_mention(cur)) is not None and p.type == "Location" and _LIST_NEXT.fullmatch(v.gap(p.end, cur.start)):
        chain.insert(0, p)
        cur = p
    cur = m
    while (n := v.next_mention(cur)) is not None and n.type == "Location" and _LIST_NEXT.fullmatch(v.gap(cur.end, n.start)):
        chain.append(n)
        cur = n
    return any(re.search(r"\b(?:dan|serta|and|atau|or)\b", v.gap(x.end, y.start), re.I) for x, y in zip(chain, chain[1:], strict=False))
