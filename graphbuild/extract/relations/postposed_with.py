"""The partner named after the work the subject did with it: "A <verb> … bersama B (dan C)".

"Balai Besar POM di Banjarmasin telah memusnahkan 3.400 kemasan produk tersebut bersama Dinas Kesehatan Provinsi
Kalimantan Selatan"; "BBPOM di Surabaya menindaklanjuti hasil pemeriksaan bersama BNNK Surabaya"; "Menurut Hendrawan,
BPOM tengah menjalankan Program X bersama Kementerian Y". The body opening the clause is the doer, "bersama B" after
its verb and object the co-doer: partners. "A bersama B <verb>" (B before the verb) is read in :mod:`.together`;
meetings, visits and signings done "bersama" someone are no joint work, and co-hosting an event is ORGANIZED.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.cues import negated
from graphbuild.extract.relations.one_body import one_body, same_pom
from graphbuild.extract.relations.seated_lists import seated_chain

# "bersama B", "bersama dengan tim B", "bersama jajaran B"
_WITH = re.compile(r"\bbersama(?:-sama)?(?:\s+dengan)?\s+(?:(?:tim|jajaran|petugas|personel|pihak|unsur)\s+)?(?=\u2588)", re.I)
watch(_WITH)
CUES = (_WITH,)
_AUX = r"(?:(?:telah|sudah|juga|terus|kembali|tengah|sedang|saat\s+ini|kini|rutin|secara\s+rutin|pun|selalu)\s+)*"
# from the subject to "bersama": its seat or gloss, auxiliaries, one active verb and its object (no clause break)
_DID = re.compile(r"\)?\s*(?:\([^()]*\)\s*)?(?:(?:di|in)\s+(?:(?:Kota|Kabupaten|Provinsi)\s+)?\u2588+\s*)?" + _AUX
                  + r"(?P<verb>(?:me|ber)[a-z]{3,})\b(?:[^.;:!?\"\u201c\u201d,]|(?<=\d)[.,](?=\d)){0,100}?\s$", re.I)
# no joint work: meeting, visiting, signing, witnessing, hosting an event, research told in :mod:`.cooperation`
_NOT_WORK = re.compile(r"(?:menandatangani|meneken|bertemu|berdiskusi|berdialog|berbincang|berfoto|berkunjung|berada|bergabung|"
                       r"menghadiri|mengunjungi|meninjau|menerima|menyambut|membuka|meresmikan|menyaksikan|mendampingi|"
                       r"menyelenggarakan|mengadakan|mengembangkan|memproduksi|meneliti|membahas|menyepakati|menjalin|"
                       r"menggelar\s+(?:rapat|pertemuan|konferensi|seminar|pelatihan|sosialisasi|forum|diskusi|talk\s*show|"
                       r"webinar|workshop|lokakarya|temu|audiensi|acara|pameran|bimbingan|bimtek))\b", re.I)
# denied or only planned ("berencana memperluas patroli bersama B", "akan menggelar …"): no joint work yet
_DENIED = re.compile(r"\b(?:tidak|tak|bukan|belum|tanpa|akan|berencana|rencana|siap|hendak|ingin|berharap|berupaya|mengajak)\b", re.I)


def _usable(v: View, m: M | None) -> bool:
    return m is not None and m.type == "Organization" and m.role is None and m.start not in v.role_orgs


def find(ctx: Context, v: View) -> None:
    """The clause's subject body partners each body named after its verb's "bersama"."""
    for c in v.cues(_WITH):
        first = next(iter(v.after(c.end(), ("Organization",))), None)
        if first is None or first.start != c.end() or not _usable(v, first):
            continue
        before = [m for m in v.mentions if m.end <= c.start() and m.type in ("Organization", "Person")]  # (reading order)
        subj = next((m for m in before if _usable(v, m)), None)  # the first body of the sentence not named by a post
        if subj is None or before[-1] is not subj:
            continue  # (another body or a person between the subject and "bersama")
        did = _DID.fullmatch(v.masked, (subj.gloss or subj).end, c.start())
        if did is None or _NOT_WORK.match(v.masked, did.start("verb")):
            continue
        if negated(v.masked, did.start("verb")) or _DENIED.search(v.masked, (subj.gloss or subj).end, c.start()):
            continue
        for other in seated_chain(v, first):
            if other.ent is not subj.ent and not one_body(ctx, subj.ent, other.ent) and not same_pom(subj.ent, other.ent):
                ctx.emit("PARTNERS_WITH", subj.ent, other.ent, v, 0.6)
