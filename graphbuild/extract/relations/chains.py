"""Chains of places after commas: "Cikarang, Bekasi, Jawa Barat" is containment, "Jakarta, Surabaya
dan Medan" a list, "Surabaya, Jawa Timur, dan Makassar, Sulawesi Selatan" a list of pairs.

Shared by the LOCATED_IN rules in ``locations``: sizes come from admin words ("Kabupaten",
"Provinsi") or the gazetteer category (``places``).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import places
from graphbuild.extract.relations.common import M, View

COMMA = re.compile(r"^\.?\s*,\s*$")
LIST_NEXT = re.compile(r"^\s*(?:,(?:\s*(?:dan|serta|and)\b)?|\bdan\b|\bserta\b|\band\b)\s*", re.I)


def opens_list(v: View, m: M) -> bool:
    nxt = v.next_mention(m)
    return nxt is not None and nxt.type == "Location" and bool(LIST_NEXT.fullmatch(v.gap(m.end, nxt.start)))


def listed(v: View, m: M) -> bool:
    """Whether anything (of any type) comes before ``m`` joined by a list separator."""
    prev = v.prev_mention(m)
    return prev is not None and bool(LIST_NEXT.fullmatch(v.gap(prev.end, m.start)))


def in_list(v: View, m: M) -> bool:
    prev = v.prev_mention(m)
    return prev is not None and prev.type == m.type and bool(LIST_NEXT.fullmatch(v.gap(prev.end, m.start)))


_ADMIN = re.compile(
    r"^(?:(?P<city>Kabupaten|Kab\.|Kota|Regency|City\s+of)|(?P<prov>Provinsi|Province)|(?P<sub>Kecamatan|Distrik)|"
    r"(?P<vil>Desa|Kelurahan|Kel\.|Village)|(?P<ham>Kampung|Kp\.|Dusun|Dukuh|Hamlet)|"
    r"(?P<estate>Kawasan\s+Industri|Kawasan\s+Berikat|Kawasan\s+Ekonomi\s+Khusus|KEK|Industrial\s+(?:Estate|Park)))\s",
    re.I,
)
_SMALL_BEFORE = re.compile(r"\b(?:kecamatan|kelurahan|desa|kawasan|daerah|district|area)\s+$", re.I)


def rank(v: View, m: M, outer: bool) -> float | None:
    """Size of a place: its admin word ("Kabupaten Bekasi" holds the towns named before it), else the
    gazetteer category; an unknown inner place counts as small."""
    a = _ADMIN.match(m.text)
    if a and (a.group("vil") or a.group("ham") or a.group("estate")):
        # "Kampung A, Desa B, Kecamatan C": a hamlet in its village; "Kawasan Industri X, Cibitung": an estate in its town
        return None if outer and a.group("estate") else (0.2 if a.group("ham") else 0.5 if a.group("vil") else -1)
    if a and a.group("sub"):
        return 1.2 if outer else 0.8  # a kecamatan holds its villages and sits in its kabupaten
    if a and (outer or a.group("city")):
        return 2.0 if a.group("prov") else 1.5  # "Kabupaten Bogor, Kabupaten Bekasi": peers, not containment
    cat = places.category(m.ent)
    if cat is not None and not outer and cat == "city" and not places.known(m.ent):
        return 0.5  # "Songdo, Incheon": a place the gazetteer lacks, before a known city, is a part of it
    if cat is not None:
        return places.RANK.get(cat)
    if a:
        return 2.0 if a.group("prov") else 1.0
    if not outer or _SMALL_BEFORE.search(v.text[: m.start]):
        return 0 if not outer else None
    return None


def contained(v: View, inner: M, outer: M) -> bool:
    """"Rungkut, Surabaya", "Cikarang, Kabupaten Bekasi", "Semarang, Jawa Tengah": a bigger place after a comma."""
    a, b = rank(v, inner, False), rank(v, outer, True)
    if a is not None and b is not None and b > a:
        return True
    # "Cikampek, Karawang", "Cikupa, Tangerang": a regency's town before the regency (or a city), both "city" rank
    # (not "plants in Cikarang, Bogor and, after this deal, Makassar": a list going on after the second)
    return (a == b == 1 and places.town(inner.ent) and not places.town(outer.ent) and not _ADMIN.match(inner.text)
            and not re.match(r"\s+(?:and|dan|serta)\b", v.text[outer.end :]))


def mid_chain(v: View, inner: M, outer: M) -> bool:
    """"Cikarang, Bekasi, Jawa Barat": two towns of one rank, then their province, read as an address
    (small to large), so the first lies in the second."""
    if rank(v, inner, False) != 1 or rank(v, outer, True) != 1 or _ADMIN.match(inner.text):
        return False
    top = v.next_mention(outer)
    return (top is not None and top.type == "Location" and bool(COMMA.match(v.gap(outer.end, top.start)))
            and (rank(v, top, True) or 0) >= 2 and not opens_list(v, top))


def paired(v: View, inner: M, outer: M) -> bool:
    """"Surabaya, Jawa Timur, dan Makassar, Sulawesi Selatan": a list of town-province pairs, each pair
    a containment (the pair next to this one has the same shape)."""
    nxt = v.next_mention(outer)
    if nxt is not None and nxt.type == "Location" and LIST_NEXT.fullmatch(v.gap(outer.end, nxt.start)):
        top = v.next_mention(nxt)
        if top is not None and top.type == "Location" and COMMA.match(v.gap(nxt.end, top.start)) and contained(v, nxt, top):
            return True
    prev = v.prev_mention(inner)
    if prev is not None and prev.type == "Location" and LIST_NEXT.fullmatch(v.gap(prev.end, inner.start)):
        low = v.prev_mention(prev)
        return (low is not None and low.type == "Location" and bool(COMMA.match(v.gap(low.end, prev.start)))
                and contained(v, low, prev))
    return False


def is_list(v: View, m: M) -> bool:
    """Whether ``m`` sits in a coordinated list of places ("Jakarta, Surabaya dan Medan")."""
    chain = [m]
    cur = m
    while (p := v.prev_mention(cur)) is not None and p.type == "Location" and LIST_NEXT.fullmatch(v.gap(p.end, cur.start)):
        chain.insert(0, p)
        cur = p
    cur = m
    while (n := v.next_mention(cur)) is not None and n.type == "Location" and (
            LIST_NEXT.fullmatch(v.gap(cur.end, n.start)) or _RANGE_NEXT.fullmatch(v.gap(cur.end, n.start))):
        chain.append(n)  # ("ke Kalimantan, NTT sampai Papua": a range ahead makes a list of what comes before it)
        cur = n
    return any(re.search(r"\b(?:dan|serta|and|atau|or|sampai|hingga)\b", v.gap(x.end, y.start), re.I)
               for x, y in zip(chain, chain[1:], strict=False))


_RANGE_NEXT = re.compile(r"\s*,?\s*\b(?:sampai|hingga)(?:\s+ke)?\s+", re.I)


def nested(v: View, m: M) -> bool:
    """"Gedung Rektorat Unhas, Kampus Tamalanrea, Makassar": a building, then the campus holding it (no "dan")."""
    prev = v.prev_mention(m)
    return (prev is not None and m.type == prev.type == "Facility" and m.text.split()[0] in ("Kampus", "Kompleks", "Campus")
            and bool(COMMA.match(v.gap(prev.end, m.start)))
            and bool(re.search(r"\b(?:di|in|at)\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}$", v.masked[: prev.start])))


# "SEOUL, South Korea and JAKARTA, Indonesia –": a joint release's dateline names each party's seat
_PLACE = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}"
_JOINT_DATELINE = re.compile(rf"[ \t]*{_PLACE},\s*{_PLACE}\s+(?:and|dan|/|&)\s+{_PLACE},\s*{_PLACE}\s*(?:[,\u2013\u2014-]|$)", re.M)


def joint_dateline(v: View, m: M) -> bool:
    """Whether ``m`` opens one of the two "City, Country" pairs of a joint release's dateline line."""
    line = v.text.rfind("\n", 0, m.start) + 1
    d = _JOINT_DATELINE.match(v.text, line)
    return d is not None and m.start < d.end() and v.text[line : m.start].count(",") in (0, 1)
