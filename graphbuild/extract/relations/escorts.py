"""MET_WITH for escorts: "X didampingi Kepala Dinas Kesehatan …, A, serta Kepala Balai POM …, B".

A visiting official is escorted by the officials of the place visited (the regional health office, the POM office,
the company's director): the visitor met each of them. The escorted person is a name just before the cue ("Eri
Cahyadi, didampingi …"), or a pronoun / "orang nomor satu di X itu" standing for the visitor told of in the
sentences before. Escorts holding posts in the visitor's own body (a deputy of the same agency, two POM offices)
are a delegation, not a meeting. "…, dan diterima langsung oleh <title>, C" after the escorts: the visitor met C too.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.meetings import colleagues
from graphbuild.types import Entity

_ESCORTED = re.compile(r"\b(?:didampingi(?:\s+oleh)?|(?:was\s+|were\s+)?accompanied\s+by)\s+(?:the\s+)?", re.I)
watch(_ESCORTED)
# the escorted name right before the cue: "A (kiri), didampingi", "dr. A, M.Kes., didampingi", "A juga didampingi"
_NAME_GAP = re.compile(rf"\s*(?:\([^()]{{0,30}}\)\s*)?,?\s*(?:{cues.DEGREE}\s*,?\s*)*(?:yang\s+)?(?:(?:juga|turut|pun|pula)\s+)?"
                       r"(?:(?:was|were|is)\s+)?", re.I)
# a pronoun or epithet for the visitor: "Dalam kunjungan itu, ia didampingi", "orang nomor satu di Jateng itu didampingi"
_STAND_IN = re.compile(r"^\W*(?:(?:dalam|selama|saat|pada|during)\s+[^,.;:]{0,50},\s*)?(?:ia|dia|beliau|he|she|"
                       r"orang\s+nomor\s+(?:satu|wahid)\s+[^,.;:]{0,40}?\s+itu)\s*$", re.I)
# the escorted person is the host told just before ("disambut oleh A, didampingi B"): both are of one side
_HOST_BEFORE = re.compile(r"\b(?:disambut|diterima|welcomed|received|greeted)\s+(?:langsung\s+)?(?:oleh|by)\s+[^.;]{0,80}$", re.I)
# where an escort's title may run before the name: no clause break, no verb of its own
_TITLE_GAP = re.compile(r"[^;:!?\u201c\u201d\"]{0,120}")
_NEXT = re.compile(rf"\s*(?:\([^()]{{0,30}}\)\s*)?,?\s*(?:{cues.DEGREE}\s*,?\s*)*(?:serta|dan|and|as\s+well\s+as|beserta)\s+"
                   r"(?!(?:di|ter|me|ber)[a-z]+\b)[^;:!?\u201c\u201d\"]{0,100}", re.I)  # "…, dan diterima oleh": no escort
_RECEIVED_TOO = re.compile(rf"\s*,?\s*(?:{cues.DEGREE}\s*,?\s*)*(?:dan|serta|and)\s+(?:(?:juga|langsung)\s+)?(?:diterima|disambut|"
                           r"(?:was\s+)?(?:received|welcomed|greeted))\s+(?:langsung\s+)?(?:oleh|by)\s+[^;:!?\u201c\u201d\"]{0,100}",
                           re.I)
_VISIT = (cues.VISIT_DIRECT, cues.VISIT)
_POM = re.compile(r"\b(?:B?B?POM|Badan\s+POM|Balai(?:\s+Besar)?\s+POM|Loka\s+POM|Pengawas\s+Obat)\b")


def find(ctx: Context) -> None:
    for v in ctx.where(_ESCORTED):
        for c in v.cues(_ESCORTED):
            if cues.negated(v.masked, c.start()):
                continue
            who = _escorted(ctx, v, c.start())
            if who is None:
                continue
            escorts = _escorts(v, c.end())
            # a host's escorts from his region's offices are his side; a visitor's are the hosts he met
            host = not any(v.may(p) and p.search(v.masked) for p in _VISIT) and who is not _visitor(ctx, v.index)
            for e in escorts:
                if not _same_side(ctx, who, e.ent, host):
                    ctx.emit("MET_WITH", who, e.ent, v, 0.7)
            if escorts and (rec := _RECEIVED_TOO.match(v.text, escorts[-1].end)) is not None:
                host = next(iter(v.after(escorts[-1].end, ("Person",), rec.end())), None)
                if host is not None and not _same_side(ctx, who, host.ent):
                    ctx.emit("MET_WITH", who, host.ent, v, 0.75)


def joined_visit(ctx: Context) -> None:
    """"Dalam kunjungan itu X didampingi A serta B": the escorts toured the sites X visited in the sentences before
    (run by ``visits``, once the visits are found)."""
    for v in ctx.where(_ESCORTED):
        if not _IN_VISIT.match(v.masked):
            continue
        for c in v.cues(_ESCORTED):
            who = _escorted(ctx, v, c.start()) if not cues.negated(v.masked, c.start()) else None
            escorts = _escorts(v, c.end()) if who is not None else []
            sites = [r.tail for r in ctx.has("VISITED", who) if r.tail in _recent_tails(ctx, v.index)
                     and ctx.by_id[r.tail].type == "Facility"] if escorts else []  # the site toured, not its firm or town
            for e in escorts:
                for site in sites:
                    ctx.emit("VISITED", e.ent, ctx.by_id[site], v, 0.65)


# the sentence is told inside the visit just reported: the escorts named in it went along
_IN_VISIT = re.compile(r"^\W*(?:dalam|selama|saat|pada|during)\s+(?:kunjungan|peninjauan|lawatan|the\s+visit)(?:\s+(?:kerja|itu|tersebut)|nya)*\b", re.I)


def _recent_tails(ctx: Context, index: int) -> set[str]:
    """The ids of what the three sentences before ``index`` name (the visit's sites)."""
    return {m.ent.id for w in ctx.views[max(0, index - 3) : index] for m in w.mentions}


def _escorted(ctx: Context, v: View, pos: int) -> Entity | None:
    """The person escorted: the name just before the cue, or the visitor a pronoun stands for."""
    before = next(iter(v.before(pos)), None)
    if before is not None and before.type == "Person" and _NAME_GAP.fullmatch(v.text, before.end, pos):
        if _HOST_BEFORE.search(v.masked, max(0, before.start - 90), before.start):
            return None  # "disambut oleh A, didampingi B": the host's own aide
        return before.ent
    if _STAND_IN.match(v.masked[:pos]) and not v.before(pos, ("Person",)):
        return _visitor(ctx, v.index)
    return None


def _visitor(ctx: Context, index: int) -> Entity | None:
    """The person paying the visit told of in the three sentences before ``index``; else the one person just before."""
    for w in reversed(ctx.views[max(0, index - 3) : index]):
        for pat in _VISIT:
            cue = pat.search(w.masked) if w.may(pat) else None
            who = w.before(cue.start(), ("Person",)) if cue else []
            if who:
                return who[0].ent
    prev = ctx.views[index - 1] if index else None
    people = {m.ent.id: m.ent for m in prev.mentions if m.type == "Person"} if prev else {}
    return next(iter(people.values())) if len(people) == 1 else None


def _escorts(v: View, pos: int) -> list[M]:
    """The people named after the cue, each after its title: "Kepala …, dr. A, M.Sc., serta Kepala …, B"."""
    out: list[M] = []
    first = next(iter(v.after(pos, ("Person",))), None)
    if first is None or not _TITLE_GAP.fullmatch(v.masked, pos, first.start):
        return out
    out.append(first)
    while (nxt := next(iter(v.after(out[-1].end, ("Person",))), None)) is not None and len(out) < 5:
        if nxt.ent is out[-1].ent:
            out[-1] = nxt  # "Duta Besar Republik Korea …, X": the title read as X, then X's name
            continue
        if not _NEXT.fullmatch(v.masked, out[-1].end, nxt.start):
            break
        out.append(nxt)
    return out


def _posts(ctx: Context, ent: Entity) -> set[str]:
    """The bodies ``ent`` holds a post in; for a bare short name ("Rizal") with none, those of the one full name it
    shortens ("Teuku Rizal Mahendra")."""
    out = {r.tail for r in ctx.has("HOLDS_POSITION", ent)}  # (every ``ctx.holders`` entry is one of these)
    if not out and " " not in ent.name:
        longer = [e for e in ctx.entities if e.type == "Person" and e is not ent and ent.name in e.name.split()]
        if len(longer) == 1:
            return _posts(ctx, longer[0])
    return out


# a regional government office named for its region: "Dinas Kesehatan Provinsi Riau", "Bappeda Kota Batam"
_REGIONAL = re.compile(r"\b(?:Dinas|Badan|Biro|Bappeda|Sekretariat|Pemerintah|Pemprov|Pemkab|Pemkot|Satpol)\b")


def _region_of(ctx: Context, orgs: set[str]) -> set[str]:
    """The regions a person serves: a post in a province or town itself ("Gubernur Riau"), or in its office."""
    out: set[str] = set()
    for o in orgs:
        e = ctx.by_id.get(o)
        if e is None:
            continue
        if e.type == "Location":
            out.add(re.sub(r"^(?:Provinsi|Kabupaten|Kota)\s+", "", e.name).casefold())
        elif _REGIONAL.search(e.name) and (r := re.search(r"\b(?:Provinsi|Kabupaten|Kota)\s+(.+)$", e.name)):
            out.add(r.group(1).casefold())
    return out


def _same_side(ctx: Context, a: Entity, b: Entity, host: bool = False) -> bool:
    """One delegation: posts in one body, both in BPOM and its offices, or (a host's) one region's governor and his
    heads of office ("Gubernur Azwar didampingi Kepala Dinas Kesehatan Provinsi Riau, X"); a visiting regent's own
    health office head escorting him still met him (the visit's hosts)."""
    if a.type != "Person" or b.type != "Person" or colleagues(ctx, a.id, b.id):
        return True
    pa, pb = _posts(ctx, a), _posts(ctx, b)
    if pa & pb or (host and _region_of(ctx, pa) & _region_of(ctx, pb)):
        return True
    return any(_POM.search(ctx.by_id[o].name) for o in pa if o in ctx.by_id) and any(
        _POM.search(ctx.by_id[o].name) for o in pb if o in ctx.by_id)
