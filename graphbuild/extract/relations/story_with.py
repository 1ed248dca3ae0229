"""PARTNERS_WITH for joint work told without its doer: "Kegiatan … itu digelar bersama A dan B", "Pengawasan PJAS tahun
ini dilakukan bersama A", "Penurunan tautan dilakukan melalui koordinasi dengan A serta B", "Sementara itu, kajian
analitik dikerjakan melalui kerja sama dengan A".

Why: a report names its doer once in the lead (the BBPOM office that ran the raid, the lab that made the kit) and then
tells each joint step in a clause of its own, the activity as subject and only the partners named. The doer is the
story's body (:func:`story_body`): the organisation named most up to that sentence, clearly ahead of any other and
named in the lead. A clause that names any body, person or event before the verb is left to the rules that read it.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.cues import negated
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.extract.relations.one_body import one_body
from graphbuild.types import Entity

# an adverbial opener, the activity (no name in it), a passive verb of doing, then "with" and the first partner
_WITH = re.compile(
    r"^\W*(?:(?:sementara\s+itu|selain\s+itu|adapun|di\s+samping\s+itu|selanjutnya|kemudian|menurut\s+dia|menurutnya)\s*,?\s*)?"
    r"(?P<what>(?:[a-z][\w-]*|[A-Z]{2,6}|\d[\d.,]*)(?:\s+(?:[\w-]+|\([^()\u2588]{1,30}\))){0,11}?)\s+"
    r"(?:(?:itu|tersebut|ini|juga|pun|akan|telah|sudah|kini|kemudian|selama\s+ini)\s+)*"
    r"(?:dilakukan|digelar|diselenggarakan|dilaksanakan|dijalankan|dikerjakan|diadakan)\s+(?:(?:secara\s+)?(?:terpadu|bersama)\s+)?"
    r"(?:bersama(?:-sama)?(?:\s+dengan)?|(?:melalui\s+)?(?:koordinasi|kerja\s*sama|kolaborasi)\s+dengan|"
    r"berkoordinasi\s+dengan|bekerja\s*sama\s+dengan|berkolaborasi\s+dengan)\s+"
    r"(?:(?:tim|jajaran|petugas|personel|pihak|para\s+peneliti|peneliti)\s+(?:dari\s+)?)?(?=\u2588)", re.I)
watch(_WITH)
CUE = _WITH
# the activity a report does with a partner; an event or a deal ("Seminar ini", "Penandatanganan MoU") is read elsewhere
_EVENT_WORD = re.compile(r"\b(?:seminar|webinar|forum|simposium|konferensi|kongres|pameran|expo|lokakarya|workshop|talk\s*show|"
                         r"temu\s+\w+|penandatanganan|peresmian|pelantikan|acara|rapat|pertemuan|ajang)\b", re.I)
_NOT_DOERS = ("media",)
# research or making: a regulator reports on it (approves the product, inspects the trial) but does not do it
_RESEARCH = re.compile(r"\b(?:uji|kajian|studi|standardisasi|pengembangan|riset|penelitian|validasi|formulasi|produksi|sintesis|"
                       r"analisis|pengujian|pembuatan)\b", re.I)


def story_body(ctx: Context, index: int, exclude: list[Entity]) -> Entity | None:
    """The organisation a report is about up to sentence ``index``: named most there (at least twice, more often than
    any other) and named in its first three sentences (the headline or lead)."""
    count: dict[str, list] = {}  # type: ignore[type-arg]
    lead: set[str] = set()
    for w in ctx.views[: index + 1]:
        for m in w.mentions:
            if m.type == "Organization" and m.ent.category not in _NOT_DOERS and all(m.ent is not x for x in exclude):
                count.setdefault(m.ent.id, [m.ent, 0])[1] += 1
                if w.index < 3:
                    lead.add(m.ent.id)
    ranked = sorted(count.values(), key=lambda x: -x[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] >= ranked[0][1]) or ranked[0][0].id not in lead:
        return None
    return ranked[0][0]


def find(ctx: Context, v: View) -> None:
    if not v.may(_WITH):
        return
    c = _WITH.match(v.masked)
    if c is None or _EVENT_WORD.search(c.group("what")) or negated(v.masked, c.end()) \
            or re.search(r"\byang$", c.group("what"), re.I):  # "Kegiatan yang digelar bersama A itu …": a description

        return
    first = next(iter(v.after(c.end(), ("Organization",))), None)
    if first is None or first.start != c.end() or first.role is not None or first.start in v.role_orgs:
        return
    partners = [m for m in v.chain(first, ("Organization",)) if m.role is None and m.start not in v.role_orgs]
    doer = story_body(ctx, v.index, [m.ent for m in partners])
    if doer is not None and regulator_like(doer) and _RESEARCH.search(c.group("what")):
        return  # "Standardisasi ekstrak dikerjakan bersama A" in a report of BPOM's approval: the maker's work
    for m in partners if doer is not None else ():
        if not one_body(ctx, doer, m.ent):  # type: ignore[arg-type]
            ctx.emit("PARTNERS_WITH", doer, m.ent, v, 0.6)  # type: ignore[arg-type]
