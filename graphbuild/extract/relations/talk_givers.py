"""ATTENDED for the speakers of an event report told by what they gave, not by a verb of coming.

Why: a report names the event once, then its speakers by their part in it: "X, peneliti senior PT A,
berbagi pengalaman …", "Y, yang membawakan materi tentang …", "Z, yang turut memberikan pidato kunci,
…", "Materi kedua dibawakan Ketua ADFI, W, …", "The keynote address was delivered by V, Director …".
Each is a talk given at the event told before (or named in the sentence). A body shares its experience
the same way ("PT B, produsen garam, membagikan pengalamannya …"). The giver is the subject right
before the verb (its degrees or a post set off by commas between), or the person right after "oleh"/"by";
a plan ("akan berbagi", "siap berbagi") is not a talk given.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.event_refs import last_event
from graphbuild.extract.relations.event_rosters import TITLE_FIRST, TITLE_GAP

# the part given, after its giver: "berbagi pengalaman", "membawakan materi", "memberikan pidato kunci"
_GAVE = re.compile(r"\b(?:(?P<share>berbagi|membagikan)\s+pengalaman(?:nya)?|(?:membawakan|menyampaikan|memaparkan)\s+materi|"
                   r"(?:memberikan|menyampaikan|membawakan)\s+pidato\s+kunci|shared\s+(?:\w+\s+)?experiences?)\b", re.I)
# between the giver and the verb: degrees, a post set off by commas, "yang (juga|turut)"
_SUBJECT = re.compile(rf"(?:[\s,*]|{cues.DEGREE})*(?:,[^,;:.\u201c\u201d\"]{{1,100}}?,\s*)?(?:yang\s+|who\s+)?(?:juga\s+|turut\s+|pun\s+|also\s+)?$")
# "Materi kedua dibawakan (oleh) …", "The keynote address was delivered by …": the giver named next
_GIVEN_BY = re.compile(r"^\W*(?:(?:sementara\s+itu|selanjutnya|kemudian|adapun)\s*,?\s*)?materi\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:disampaikan|dibawakan|dipaparkan)\s+(?:oleh\s+)?"
                       r"|\b(?:keynote\s+(?:address|speech)|pidato\s+kunci)\s+(?:was\s+|di)?(?:delivered|disampaikan|dibawakan)\s+(?:by|oleh)\s+",
                       re.I)
_NOT_GIVEN = re.compile(r"\b(?:akan|siap|berencana|dijadwalkan|diharapkan|will|ready\s+to|plans?\s+to)\s+(?:\w+\s+)?$", re.I)
watch(_GAVE, _GIVEN_BY)
_AND = re.compile(r"\b(?:dan|serta|and)\b")


def find(ctx: Context, v: View) -> None:
    """Who gave a talk in this sentence attended the event it names, else the one told before."""
    if not v.mentions or not (v.may(_GAVE) or v.may(_GIVEN_BY)):
        return
    named = [m for m in v.mentions if m.type == "Event"]
    ev = named[0].ent if named else last_event(ctx, v.index)
    if ev is None:
        return
    for c in v.cues(_GAVE):
        if cues.negated(v.masked, c.start()) or _NOT_GIVEN.search(v.masked, max(0, c.start() - 30), c.start()):
            continue
        who = next(iter(v.before(c.start(), ("Person",))), None)
        if who is None and c.group("share") and v.mentions[0].type == "Organization" and v.mentions[0].start not in v.role_orgs:
            who = v.mentions[0]  # "PT B, produsen garam di C, membagikan pengalamannya": the body is the subject
        if who is not None and _SUBJECT.fullmatch(v.masked, who.end, c.start()):
            ctx.emit("ATTENDED", who.ent, ev, v, 0.7, role="narasumber")
    for c in v.cues(_GIVEN_BY):
        nxt = next(iter(v.after(c.end(), ("Person",))), None)
        if nxt is not None and nxt.start - c.end() <= 150 and (
                TITLE_GAP.fullmatch(v.masked, c.end(), nxt.start) or TITLE_FIRST.fullmatch(v.masked, c.end(), nxt.start)):
            ctx.emit("ATTENDED", nxt.ent, ev, v, 0.7, role="narasumber")
            prev = nxt  # "Materi disampaikan oleh Koordinator A, X, serta Kepala Dinas B, Y": each titled giver listed
            for more in v.after(nxt.end, ("Person",)):
                gap = v.masked[prev.end : more.start]
                if not _AND.search(gap) or not (TITLE_GAP.fullmatch(gap) or TITLE_FIRST.fullmatch(gap)):
                    break
                ctx.emit("ATTENDED", more.ent, ev, v, 0.7, role="narasumber")
                prev = more
