"""The organisers a host phrase lists: "oleh A, B dan C", "bersama A", "such as A and B", seats between.

Why: host lists run over forms a plain coordination does not ("Kedutaan Besar Jepang di Indonesia dan
JICA", "the Ministry of Health of the Republic of Indonesia and the B", "…, serta beberapa mitra
Jepang seperti A, B dan C"), and ORGANIZED must take every body in them and none named later on.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import M, View
from graphbuild.extract.relations.venues import AT_PLACE

_SUCH_AS = re.compile(r"\s*,?\s*(?:serta|dan|and|as\s+well\s+as)\s+[^;:.]{0,50}?\b(?:seperti|yaitu|yakni|antara\s+lain|"
                      r"termasuk|including|such\s+as|namely)\s+", re.I)
# "the Ministry of Health of the Republic of Indonesia and …": the body's country, then the list goes on
_OF_COUNTRY = re.compile(r"^\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?:the\s+)?$", re.I)
# "hosted by the Ministry of Health and the Japan External Trade Organization": the article between
_AND_THE = re.compile(r"^\s*,?\s*(?:and|as\s+well\s+as)\s+the\s+$", re.I)
# "oleh A bersama penyelenggara pameran B", "by A with event organiser B": the partner by its part in it
_WITH_ROLE = re.compile(r"^\s*(?:\([^()]*\))?\s*,?\s*(?:bersama(?:\s+dengan)?|dan|serta|together\s+with|with|and)\s+(?:the\s+)?"
                        r"(?:mitra|penyelenggara|event\s+organi[sz]er|co-organi[sz]er|organi[sz]er|partner)"
                        r"(?:\s+(?:pameran|acara|kegiatan|expo|exhibition|event|swasta))?\s*,?\s*$", re.I)


_LEAD_PAREN = re.compile(r"^\s*\([^()]*\)")


def host_list(v: View, first: M) -> list[M]:
    """``first`` and its coordinated names, across "…, serta beberapa mitra Jepang seperti A, B dan C"."""
    out = v.chain(first, ("Organization",))
    while True:
        nxt = v.next_mention(out[-1])
        seat = nxt if nxt is not None and nxt.type == "Location" and (
            AT_PLACE.match(v.gap(out[-1].end, nxt.start)) or _OF_COUNTRY.match(v.gap(out[-1].end, nxt.start))) else None
        if seat is not None:  # "Kedutaan Besar Jepang di Indonesia dan JICA": the seat, then the list goes on
            nxt = v.next_mention(seat)
            if nxt is None or nxt.type != "Organization" or not re.fullmatch(r"\s*(?:,|dan|serta|and)\s*(?:the\s+)?",
                                                                             v.gap(seat.end, nxt.start)) or _address(v, seat, nxt):
                break
            out += v.chain(nxt, ("Organization",))
        elif nxt is not None and nxt.type == "Organization" and (cues.WITH.match(gap := _LEAD_PAREN.sub("", v.masked[out[-1].end : nxt.start], 1))
                                                                 or _AND_THE.match(gap) or _WITH_ROLE.match(gap)):
            out += v.chain(nxt, ("Organization",))  # ("the Korea … Agency (KOTRA) and the Embassy …": past its acronym)
        else:
            break
    while True:
        more = _SUCH_AS.match(v.masked, out[-1].end)
        nxt = v.after(more.end(), ("Organization",)) if more else []
        if not nxt or nxt[0].start != more.end():  # type: ignore[union-attr]
            return out
        out += v.chain(nxt[0], ("Organization",))


def _address(v: View, seat: M, body: M) -> bool:
    """"di Grha Sabha Pramana, Universitas Gadjah Mada (UGM), Yogyakarta": the body after the venue, then a
    place, is part of the venue's address, not one more host."""
    after = v.next_mention(body)
    return (v.gap(seat.end, body.start).strip() == "," and after is not None and after.type == "Location"
            and re.fullmatch(r"\s*(?:\([^()]*\))?\s*,\s*", v.gap(body.end, after.start)) is not None)
