"""The bodies that share a partnership's subject: coordinated before it, or fronted by "Selain A,".

"Unhas dan RSUP X menjalin kerja sama dengan C" (C partners both), "Selain A, X juga bekerja sama dengan B" (A is
another partner of X, not a second subject), and a body qualified by its city ("Universitas Airlangga (Unair)
Surabaya"). Split out of :mod:`.partnerships` to keep it short.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import M, View
from graphbuild.extract.relations.partner_sides import usable


def seated(v: View, m: M | None) -> M | None:
    """The body a city right after its name (and acronym) qualifies ("Universitas Airlangga (Unair) Surabaya"), else ``m``."""
    prev = v.prev_mention(m) if m is not None and m.type == "Location" else None
    if prev is not None and prev.type == "Organization" and re.fullmatch(r"\)?\s*(?:\([^()]*\)\s*)?", v.gap((prev.gloss or prev).end, m.start)):  # type: ignore[union-attr]
        return prev
    return m


def co_subjects(v: View, subj: M) -> list[M]:
    """The bodies coordinated before the subject ("Unhas dan RSUP X menjalin kerja sama dengan C")."""
    out: list[M] = []
    cur = subj
    while (prev := v.prev_mention(cur)) is not None and (body := seated(v, prev)) is not None and body.type == "Organization" and (
            usable(v, body) and _CO.fullmatch(v.gap((prev.gloss or prev).end, cur.start))) and len(out) < 3 and (
            not _BESIDES.search(v.masked[: body.start])) and not _SOURCE.search(v.masked[max(0, body.start - 20) : body.start]):
        out.append(body)
        cur = body
    return out


# "Selain A, X juga bekerja sama dengan B": A is another partner of X, not a second subject
_SOURCE = re.compile(r"\b(?:menurut|according\s+to)\s+$", re.I)  # "Menurut BPOM, B …": the source, no co-subject
_BESIDES = re.compile(r"\b(?:selain|besides|apart\s+from|in\s+addition\s+to|di\s+samping)\s+(?:dengan\s+|with\s+)?$", re.I)


def besides(v: View, subj: M) -> list[M]:
    """The partners fronted by "Selain A (dan B)," before the subject."""
    prev = v.prev_mention(subj)
    if prev is None or not usable(v, prev) or not _CO.fullmatch(v.gap((prev.gloss or prev).end, subj.start)):
        return []
    group = [prev]
    while (p := v.prev_mention(group[0])) is not None and usable(v, p) and cues.LIST_SEP.match(v.gap((p.gloss or p).end, group[0].start)):
        group.insert(0, p)
    return group if _BESIDES.search(v.masked[: group[0].start]) else []


_CO = re.compile(r"\)?\s*(?:\([^()]*\)\s*)?(?:,\s*(?:dan|serta|and)?|dan|serta|and|&)\s*")
