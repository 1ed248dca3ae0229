"""The bodies an enforcement operation told without its doer brings in: partners of the story's regulator.

"BBPOM di Medan menyita … dalam operasi gabungan. Operasi tersebut melibatkan Dinkes Provinsi Sumatera Utara dan
Satresnarkoba Polrestabes Medan"; "Inspeksi kali ini juga melibatkan petugas Dinas Kesehatan Provinsi Jawa Timur";
"Kasus itu kini ditangani bersama Ditreskrimsus Polda Sumatera Utara"; "Petugas kemudian melakukan pemeriksaan ke
sarana produksi bersama Polres Cilacap". The clause names no doer: the operation is the story's, run by the
regulator the story names most so far (a BPOM office, usually). Split out of :mod:`.together`, which reads the
operations whose doer the sentence or the one before names.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.cues import negated
from graphbuild.extract.relations.partner_sides import parent_of_unit
from graphbuild.extract.relations.story_parent import story_regulator
from graphbuild.extract.relations.together import one_body, same_pom

_OP = (r"(?:operasi|razia|inspeksi|pemeriksaan|patroli|penindakan|penggerebekan|sidak|penertiban|pengawasan|"
       r"pemusnahan|pengungkapan|operation|inspection|raid|crackdown)")
_STAFF = r"(?:(?:tim|petugas|personel|jajaran|aparat|perwakilan|unsur|officers\s+(?:of|from))\s+(?:dari\s+)?)?(?:the\s+)?"
# "Operasi tersebut melibatkan A", "Inspeksi kali ini juga melibatkan petugas A", "The raid also involved A"
_INVOLVES = re.compile(rf"\b{_OP}\b[^.;:\u2588]{{0,40}}?\s(?:juga\s+|turut\s+|also\s+)?(?:melibatkan|involved|involving)\s+"
                       rf"{_STAFF}(?=\u2588)", re.I)
# "Kasus itu kini ditangani bersama A", "Perkara tersebut diusut bersama A"
_CASE_WITH = re.compile(r"\b(?:kasus|perkara)\b[^.;:]{0,60}?\b(?:ditangani|diusut|disidik|ditindaklanjuti|dikembangkan)\s+"
                        rf"(?:bersama(?:-sama)?(?:\s+dengan)?|dengan)\s+{_STAFF}(?=\u2588)", re.I)
# "Petugas kemudian melakukan pemeriksaan ke sarana produksi bersama A", "…, didampingi personel A"
_STAFF_WITH = re.compile(rf"^\W*(?:petugas|tim)\b[^.;:\u2588]{{0,30}}?\b(?:melakukan|menggelar|menggerebek|memeriksa|mendatangi)\b"
                         rf"[^.;:\u2588]{{0,80}}?(?:\bbersama(?:-sama)?(?:\s+dengan)?|,\s*didampingi(?:\s+oleh)?)\s+{_STAFF}(?=\u2588)",
                         re.I)
# "A, B dan C menggelar operasi gabungan …", "Polda X dan BBPOM Y sita 18.000 kosmetik": the bodies opening the
# sentence act together
_NAMES = r"(?:the\s+)?\u2588+\s*(?:\([^()]*\)\s*)?(?:of\s+the\s+\u2588+\s*(?:\([^()]*\)\s*)?)?"
_LIST_DOERS = re.compile(rf"^\W*(?:{_NAMES}(?:,\s*(?:dan\s+|serta\s+|and\s+)?|dan\s+|serta\s+|and\s+))+{_NAMES}(?:,\s*)?(?:telah\s+|kembali\s+|resmi\s+)?"
                         r"(?:(?:menggelar|melaksanakan|melakukan)\s+(?:operasi|razia|patroli|penindakan|pemeriksaan|inspeksi|sidak)"
                         r"(?:\s+\w+)?\s+(?:gabungan|bersama|terpadu|serentak)|menggerebek|membongkar|menyita|merazia|gerebek|bongkar|sita"
                         r"|(?:have\s+|has\s+|jointly\s+)*(?:intercepted|seized|raided|dismantled|confiscated))\b", re.I)
for _p in (_INVOLVES, _CASE_WITH, _STAFF_WITH, _LIST_DOERS):
    watch(_p)
CUES = (_INVOLVES, _CASE_WITH, _STAFF_WITH, _LIST_DOERS)
_OF_THE = re.compile(r"\bof\s+the\s+$")
_DENIED = re.compile(r"\b(?:tidak|tak|bukan|belum|not|never)\b", re.I)


def find(ctx: Context, v: View) -> None:
    """Each body a doerless operation clause names partners the story's regulator."""
    for c in v.cues(_LIST_DOERS):
        _doers(ctx, v, c.end())
    for pat in CUES[:3]:
        for c in v.cues(pat):
            if negated(v.masked, c.start()) or _DENIED.search(v.masked, c.start(), c.end()):
                continue
            if pat is not _STAFF_WITH and any(m.type in ("Organization", "Person") for m in v.before(c.start())):
                continue  # a doer named before: read in :mod:`.together`
            if any(m.type in ("Organization", "Person") for m in v.after(c.start(), None, c.end())):
                continue  # ("Kasus yang dilaporkan PT A ditangani bersama B": A is no doer of the operation)
            first = next(iter(v.after(c.end(), ("Organization",))), None)
            if first is None or first.start != c.end() or first.role is not None:
                continue
            own = story_regulator(ctx, v.index)
            if own is None:
                continue
            group = v.chain(first, ("Organization",))
            for other in [m for m in group if (u := parent_of_unit(v, m)) is None or u not in group]:  # (not the unit's parent)
                if other.ent is not own and not one_body(ctx, own, other.ent) and not same_pom(own, other.ent):
                    ctx.emit("PARTNERS_WITH", own, other.ent, v, 0.6)


def _doers(ctx: Context, v: View, end: int) -> None:
    """The bodies of a list opening the sentence before an enforcement verb partner each other."""
    ms = [m for m in v.mentions if m.end <= end and not _OF_THE.search(v.masked, 0, m.start)]  # ("… of the Ministry": its parent)
    if len(ms) < 2 or any(m.type != "Organization" or m.role is not None for m in ms) or len(ms) > 5:
        return
    ents = list({id(m.ent): m.ent for m in ms}.values())
    for i, a in enumerate(ents):
        for b in ents[i + 1 :]:
            if not one_body(ctx, a, b) and not same_pom(a, b):
                ctx.emit("PARTNERS_WITH", a, b, v, 0.6)
