"""ATTENDED from a roster under a heading: "Narasumber Webinar X:", "Peserta rapat koordinasi", "Dari kalangan
industri, hadir:" and then one line per guest ("- Prof. X, Direktur …", "- BPOM, diwakili Direktur …, Y",
"- Dinas Kesehatan A dan Dinas Kesehatan B"), at the event the heading names or the one told last.

Split out of ``event_speakers``, which feeds every sentence to a ``Roster`` first.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.venues import last_event, same_occasion

# "Narasumber Webinar X:" / "… menghadirkan sejumlah narasumber, antara lain:" — a heading over one line per speaker
# "Sesi diskusi panel menghadirkan:", "The panel featured:": a session presenting one speaker a line
_HEADING = re.compile(r"\b(?:(?P<speaker>narasumber|pembicara|panelis|pemateri|speakers|panelists|(?:sesi|panel|diskusi|seminar|webinar|"
                      r"simposium|symposium|talk\s*show|dialog|session|discussion|lokakarya|workshop)\b[^.!?:\u2588]{0,40}?\b"
                      r"(?:menghadirkan|mendatangkan|featured|featuring|features|brought\s+together))|(?<!berhalangan\s)(?<!tidak\s)hadir|dihadiri|attended\s+by|"
                      r"attendees)\b[^.!?]{0,60}:\s*$", re.I)  # "Dari kalangan industri, hadir:": one line per guest
# "## Peserta rapat koordinasi", "Daftar peserta", "Participants": a label line over one line per guest (no colon)
# "## Pejabat yang hadir", "## Pembicara utama", "Keynote speakers": the guests or the speakers, one line each
_LABEL = re.compile(r"^\W*(?:daftar\s+)?(?:(?:para\s+)?peserta|(?:delegasi|tamu\s+undangan|undangan|pejabat|tamu|tokoh)(?:\s+\w+)?\s+yang\s+hadir|"
                    r"daftar\s+hadir|(?:[\w-]+\s+){0,3}yang\s+(?:berpartisipasi|ikut\s+serta|turut\s+serta|ambil\s+bagian)|"
                    r"(?:participating|attending)\s+(?:\w+\s+){0,2}?(?:agencies|authorities|bodies|organi[sz]ations|institutions|countries|delegations|"
                    r"companies|firms|cooperatives|co-ops|associations|manufacturers|universities|hospitals|regulators)|"  # "## Koperasi peserta (sebagian)"
                    r"(?:instansi|lembaga|otoritas|negara|institusi|koperasi|perusahaan|industri|organisasi|asosiasi|universitas|kampus|"
                    r"produsen|distributor|UMKM|pemerintah\s+daerah|rumah\s+sakit)\s+peserta|daftar\s+hadir|(?P<speaker>(?:para\s+)?(?:pembicara|narasumber|panelis|pemateri)(?:\s+(?:utama|kunci|tamu))?|"
                    r"(?:keynote\s+|featured\s+|guest\s+)?(?:speakers|panelists))|participants|attendees|(?:list\s+of\s+)?(?:participants|attendees|delegations))\b[^.!?;:,]{0,40}:?\s*$", re.I)
_ENVOYS = re.compile(r"\W*(?:perwakilan|delegasi|utusan|representatives?\s+(?:of|from))\b", re.I)  # "- perwakilan A serta B"
_ITEM_HEAD = re.compile(rf"(?:\s|\*|{cues.HONORIFIC}){{0,5}}")  # "Prof. Dr. apt. X – …": the item opens with its person
_ITEM_AND = re.compile(r"\s*(?:\([^()\u2588]{1,30}\)\s*)?(?:,\s*)?(?:dan|serta|and|&)\s+")  # between two bodies of one item (not "Direktorat X BPOM")
_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s*$")
_BULLET = re.compile(r"^\s*(?:[-*\u2022\u2013]|\d{1,2}[.)])\s*")
TITLE_GAP = re.compile(r"(?:[\s,()]|\u2588|[A-Z][\w.-]*|\b(?:dan|serta|di|untuk|of|for|to|and|the)\b)*")  # only a title between
# "Direktur Jenderal Farmasi Kementerian Kesehatan, dr. X, MPH": a title (and its body) before the person
TITLE_FIRST = re.compile(rf"{TITLE_GAP.pattern}?,\s*(?:\s|{cues.HONORIFIC}){{0,5}}")
_TITLE_FIRST_OPT = re.compile(rf"{TITLE_GAP.pattern}?(?:,\s*)?(?:\s|{cues.HONORIFIC}){{0,5}}")
# a roster line's post and body run into the name with no comma: "- Direktur Utama Sirnagalih Farma X"
_TITLE_NAME = re.compile(rf"(?:\*\*)?(?:{cues.TITLE})(?:\s+(?:\u2588+|[A-Z][\w.-]*|dan|&))*\s+(?:\s|{cues.HONORIFIC}){{0,5}}")
# "- BPOM, diwakili Direktur …, X", "- Direksi Danapati, dipimpin Komisaris Utama X": the one the body sent
_SENT_BY = re.compile(r",?\s*\b(?:diwakili|dipimpin|represented\s+by|led\s+by)(?:\s+oleh)?\s+", re.I)
watch(_HEADING, _LABEL)


# "Peserta Paviliun Indonesia antara lain:": a national pavilion stands in an expo, not in the forum told last
_PAVILION = re.compile(r"\b(?:paviliun|pavilion|booth|stan|gerai)\b", re.I)
_EXPO = re.compile(r"\b(?:Expo|Pameran|Fair|Exhibition|Messe|Show|Beautyworld|Cosmoprof)\b")


def _pavilion_expo(ctx: Context, v: View) -> object | None:
    """The expo told last before a pavilion's participant label (none when the label names no pavilion)."""
    if not _PAVILION.search(v.text):
        return None
    return next((e for e in ctx.recent(v.index, ("Event",), back=40, limit=4) if _EXPO.search(e.name)), None)


class Roster:
    """The roster a document is in the middle of: the heading's sentence and event, the speakers' role, and
    whether the last line was a bare item number."""

    def __init__(self) -> None:
        self.heading: tuple[int, object] | None = None  # (index of the last roster line, the event)
        self.role: str | None = None
        self.numbered = False  # the line before was a bare item number

    def read(self, ctx: Context, v: View) -> bool:
        """Read ``v`` as the roster's heading or one of its lines; False (and the roster closed) when it is neither."""
        if (":" in v.masked[-3:] and v.may(_HEADING) and (head := _HEADING.search(v.masked))) or (
                len(v.masked) <= 60 and v.may(_LABEL) and (head := _LABEL.match(v.masked))):
            named = [m for m in v.mentions if m.type == "Event"]
            ev = named[0].ent if named else (_pavilion_expo(ctx, v) or last_event(ctx, v.index))
            ev = ev if ev is None or named or same_occasion(v.masked, ev) else None  # "Peresmian dihadiri oleh:" after a meeting
            self.heading = (v.index, ev) if ev is not None else None
            self.role = "narasumber" if head.group("speaker") else None
            return True
        if self.heading is not None and v.index == self.heading[0] + 1 and _NUMBER.match(v.text):
            self.heading = (v.index, self.heading[1])  # "1." split off as a sentence of its own: the item follows
            self.numbered = True
            return True
        bullet = _BULLET.match(v.text) if self.heading is not None and v.index == self.heading[0] + 1 else None
        if self.heading is not None and (bullet or (self.numbered and v.index == self.heading[0] + 1)):
            self.heading = (v.index, self.heading[1])
            self.numbered = False
            people = [m for m in v.mentions if m.type == "Person"]
            start = bullet.end() if bullet else 0
            if people and (_ITEM_HEAD.fullmatch(v.text, start, people[0].start)
                           or TITLE_FIRST.fullmatch(v.masked, start, people[0].start)
                           or _TITLE_NAME.fullmatch(v.masked, start, people[0].start)):
                ctx.emit("ATTENDED", people[0].ent, self.heading[1], v, 0.7, role=self.role)  # type: ignore[arg-type]
            elif people and (rep := _SENT_BY.search(v.masked, start, people[0].start)) is not None and _TITLE_FIRST_OPT.fullmatch(
                    v.masked, rep.end(), people[0].start):  # "- BPOM, diwakili Direktur Registrasi Obat, X": both came
                ctx.emit("ATTENDED", people[0].ent, self.heading[1], v, 0.7, role=self.role)  # type: ignore[arg-type]
                body = next(iter(v.before(rep.start(), ("Organization",))), None)
                if body is not None and _ITEM_HEAD.fullmatch(v.text, start, body.start):
                    ctx.emit("ATTENDED", body.ent, self.heading[1], v, 0.7, role=self.role)  # type: ignore[arg-type]
                    if not ctx.has("HOLDS_POSITION", people[0].ent):  # "Hanseo …, diwakili Vice President Y": Y's post
                        ctx.emit("HOLDS_POSITION", people[0].ent, body.ent, v, 0.6)
            elif not people and _ENVOYS.match(v.masked, start):
                for m in (m for m in v.mentions if m.type == "Organization"):
                    ctx.emit("ATTENDED", m.ent, self.heading[1], v, 0.7, role=self.role)  # type: ignore[arg-type]
            elif not people and v.mentions and v.mentions[0].type == "Organization" and _ITEM_HEAD.fullmatch(v.text, start, v.mentions[0].start):
                ctx.emit("ATTENDED", v.mentions[0].ent, self.heading[1], v, 0.7, role=self.role)  # "- Dinas Kesehatan X": the body came
                for a, b in zip(v.mentions, v.mentions[1:], strict=False):  # "- Pemerintah Kota A dan Pemerintah Kabupaten B": each body
                    if b.type != "Organization" or not _ITEM_AND.fullmatch(v.masked, a.end, b.start):
                        break
                    ctx.emit("ATTENDED", b.ent, self.heading[1], v, 0.7, role=self.role)
            return True
        self.heading = None
        return False
