"""Officials signing for the bodies they head, for :mod:`.agreements`.

"Kepala BPOM, X, menandatangani … dengan Rektor Unhas" (the official opening the sentence signs for the body in the
title), "ditandatangani oleh Kepala A, X, dan Sekjen B, Y", "diteken Rektor X dan Presiden Direktur Y",
"Penandatanganan dilakukan Dekan A, X, …" (each official for the body they head; not who only witnessed it;
"Gubernur …": the province's government). Split out of ``subjects`` to keep it short.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.types import Entity

# officials signing for the bodies they head (read for :mod:`.agreements`)
# "Penandatanganan MoU dilakukan oleh …", "was signed at Hotel X in Jakarta by …" (the venue before the signers)
_BY_TITLED = re.compile(r"^\s*(?:(?:at|in|di)\s+[^,.;:()]{0,60}?\s+)?(?:\w+\s+){0,3}?(?:oleh|by)\b", re.I)
_TITLE_END = re.compile(rf"(?<!\w){cues.TITLE}\s*$")


_TITLED_OPEN = re.compile(rf"^\W*(?:[^,.;:\u2588]{{0,30}},\s*)?{cues.TITLE}\s+$")  # ("Pada hari kedua, Kepala BPOM …")
# what may stand between the opening official and the signing verb: the name, and a predicate before "dan"
_TO_SIGN = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:,[^,.;:]{0,60},\s*)?(?:[^.;:,]{0,80}?\b(?:dan|serta|lalu|kemudian|and|then)\s+)?"
                      r"(?:(?:juga|telah|resmi|also)\s+)*$", re.I)


def titled_subject(ctx: Context, v: View, pos: int) -> M | None:
    """The body of the official opening the sentence when that official signs ("Kepala BPOM, X, menandatangani …")."""
    head = v.mentions[0] if v.mentions else None
    if head is None or head.end > pos or not _TO_SIGN.match(v.masked[head.end : pos]):
        return None
    if head.type == "Person" and head.role and re.fullmatch(r"\W*(?:[^,.;:\u2588]{0,30},\s*)?", v.masked[: head.start]):
        held = [ctx.by_id.get(r.tail) for r in ctx.has("HOLDS_POSITION", head=head.ent)]  # "Kepala BPOM" for the person
        org = next((o for o in held if o is not None and o.type == "Organization"), None)
        return M(head.start, head.end, org, head.text) if org is not None else None
    if head.type != "Organization" or head.start not in v.role_orgs or not _TITLED_OPEN.match(v.masked[: head.start]):
        return None
    return head


_TITLE_START = re.compile(rf"\s*{cues.TITLE}", re.I)
_DONE_BY_TITLED = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:dilakukan|dilaksanakan)\s+(?:langsung\s+)?", re.I)


def signed_by_officials(ctx: Context, v: View, pos: int) -> list[Entity]:
    """"ditandatangani oleh Kepala A, X, dan Sekjen B, Y": each official signs for the body they head."""
    by = _BY_TITLED.match(v.masked[pos:])
    if by is None and re.search(r"\b(?:ditandatangani|diteken)$", v.masked[:pos], re.I) and _TITLE_START.match(v.text[pos:]):
        by = re.match(r"\s*", v.masked[pos:])  # "diteken Rektor X dan Presiden Direktur Y": no "oleh"
    if by is None and (done := _DONE_BY_TITLED.match(v.masked[pos:])) and _TITLE_START.match(v.text[pos + done.end() :]):
        by = done  # "Penandatanganan dilakukan Dekan A, X, dan Direktur B, Y": no "oleh" either
    if by is None or _WITNESSED.search(by.group()):
        return []  # "Penandatanganan tersebut disaksikan oleh …"
    out: list[Entity] = []
    witness = _WITNESSED.search(v.masked, pos + by.end())
    for m in v.after(pos + by.end(), None, witness.start() if witness else len(v.masked)):  # not who only witnessed it
        if m.type == "Organization" and (_TITLE_END.search(v.text[: m.start]) or _FOR_BODY.search(v.masked[max(0, m.start - 20) : m.start])):
            if m.ent not in out:
                out.append(m.ent)  # "oleh Kepala BPOM …": the official's body, named or not; "P mewakili B"
            continue
        if m.type != "Person":
            continue
        held = [ctx.by_id.get(r.tail) for r in ctx.has("HOLDS_POSITION", head=m.ent)]
        if any(org in out for org in held):
            continue  # "Dekan Fakultas Farmasi Unhas, X": the faculty named in the title signs, not also its university
        near = {id(x.ent) for w in ctx.views[max(0, v.index - 1) : v.index + 1] for x in w.mentions}
        held.sort(key=lambda org: id(org) not in near)  # "A dan B menandatangani X. X diteken oleh Hendro": Hendro signs for A, the
        # party just named, not for the company he runs as well
        for org in held:
            if org is not None and org.type == "Location":  # "Gubernur Syahrul": the province's government signs
                org = next((e for e in ctx.entities if e.type == "Organization" and _GOVERNMENT.match(e.name)
                            and any(n in e.name for n in (org.name, *org.aliases))), None)
            if org is not None and org.type == "Organization" and org not in out:
                out.append(org)
                break
    return out


_FOR_BODY = re.compile(r"\b(?:mewakili|representing|atas\s+nama|on\s+behalf\s+of)\s+(?:PT\.?\s+)?$", re.I)
# "…, disaksikan (oleh) Kepala BPOM", "witnessed by the Minister", "in the presence of": the witness signs nothing
_WITNESSED = re.compile(r"\b(?:(?:dengan\s+)?disaksikan|menyaksikan|turut\s+hadir|didampingi|witnessed|in\s+the\s+presence\s+of|"
                        r"attended\s+by)\b", re.I)
_GOVERNMENT = re.compile(r"Pemerintah\s+(?:Provinsi|Kabupaten|Kota)\b|Pem(?:prov|kab|kot)\b")
