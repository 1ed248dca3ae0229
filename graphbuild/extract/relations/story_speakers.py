"""ATTENDED for the people a report about one gathering quotes speaking, with no word tying them to it.

Why: a story whose headline or lead is a forum, seminar, technical guidance or summit goes on to quote its
speakers sentence by sentence ("Ketua Umum GP Farmasi, X, mengingatkan …", "Sementara itu, Presiden
Direktur PT Y, Z, membagikan pengalaman …", "W memaparkan …") and never says "dalam forum tersebut" again.
Annotators count them as having attended (about four in five such speakers over the annotated sets).
Only a story with a single event, one of the gatherings where people speak, named in its first lines, and
only speakers quoted after it is named; a shareholders' meeting (directors quoted about the company) and
a sentence about another time ("tahun lalu", "akan") are left alone.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, watch
from graphbuild.extract.relations.litsearch import literal_search

# gatherings where people take the floor (not an expo's stands, not a shareholders' meeting)
_GATHERING = re.compile(r"\b(?:Forum|Seminar|Webinar|Simposium|Symposium|Konferensi|Conference|Summit|"
                        r"Bimbingan\s+Teknis|Bimtek|Temu\s+(?:Bisnis|Usaha|Ilmiah|Industri)|Lokakarya|Workshop|Kuliah\s+Umum|"
                        r"Rapat\s+Koordinasi|Rakor\w*|Roundtable|Dialog|Sarasehan|Sosialisasi|Pelatihan|Talk\s*Show)\b")
_SHAREHOLDERS = re.compile(r"\b(?:Pemegang\s+Saham|Shareholders|RUPS\w*|GMS|AGM\w*|EGM\w*)\b")
# the speaker, then the verb: "X, M.Farm., menyebut …", "Z juga membagikan pengalaman …"
_SPOKE = re.compile(rf"(?:[\s,]|{cues.DEGREE}|\*)*(?:,\s*[^,;:.\u2588\u201c\"]{{1,80}}?,\s*)?(?:juga\s+|pun\s+|turut\s+|kemudian\s+|also\s+)?"
                    r"(?:menyebut|menyebutkan|menambahkan|menerangkan|mengatakan|menjelaskan|menegaskan|menyampaikan|mengungkapkan|memaparkan|menyoroti|menekankan|"
                    r"mengingatkan|membagikan|berbagi|melaporkan|meminta|mendorong|menilai|menuturkan|mengajak|mengusulkan|"
                    r"membahas|mempresentasikan|said|says|explained|noted|presented|stressed|highlighted|shared|urged|added)\b",
                    re.I)
_ELSEWHEN = re.compile(r"\b(?:akan|berencana|tahun\s+lalu|sebelumnya|will|last\s+year|previously|earlier)\b", re.I)
_elsewhen = literal_search(_ELSEWHEN)
watch(_SPOKE)


def find(ctx: Context) -> None:
    events = [e for e in ctx.entities if e.type == "Event"]
    if len(events) != 1 or not _GATHERING.search(events[0].name) or _SHAREHOLDERS.search(events[0].name):
        return
    ev = events[0]
    first = next((v.index for v in ctx.views if any(m.ent is ev for m in v.mentions)), None)
    if first is None or first > 3:
        return  # an event told in passing, not the story's
    for v in ctx.views[first + 1 :]:
        if not v.may(_SPOKE) or any(m.type == "Event" for m in v.mentions):
            continue  # a sentence naming the event is read by the rules that tie people to it there
        for m in v.mentions:
            if m.type != "Person":
                continue
            said = _SPOKE.match(v.masked, m.end)
            if said is None or cues.negated(v.masked, said.start()) or _elsewhen(v.masked[: said.end()]):
                continue
            if not ctx.has("ATTENDED", m.ent, ev):
                ctx.emit("ATTENDED", m.ent, ev, v, 0.55, role="pembicara")
            break  # one speaker a sentence: the first to take the floor
