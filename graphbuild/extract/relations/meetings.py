"""MET_WITH (symmetric): "A bertemu dengan B", "disambut oleh B", "Rombongan diterima oleh B".

Runs after HOLDS_POSITION and the role references ("Kepala BPOM", "Menkes" standing for a person), so
a title can be the subject, and two holders of posts in one body are a delegation, not a meeting.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.types import Entity

ORG_OR_LOC = ("Organization", "Location")


def find(ctx: Context) -> None:
    for v in ctx.where(*_CUES.patterns):  # both rules read a sentence only through these cues: most hold none
        _met_with(ctx, v)
        _between(ctx, v)


# "Pertemuan antara A dan B …", "a meeting between A and B": the two named next
_BETWEEN = re.compile(r"\b(?:pertemuan|audiensi|meeting|talks)\s+(?:bilateral\s+)?(?:antara|between)\s+(?=\u2588)", re.I)
# "A dan B bertemu di sela-sela …": the subjects met each other
_MET_ALONE = re.compile(r"(?:bertemu|met)\s*$", re.I)
_HELD_MEETING = re.compile(r"\b(?:melakukan|mengadakan|menggelar|held)\s+(?:a\s+)?(?:pertemuan|audiensi|talks|meeting)"
                           r"(?:\s+(?:bilateral|tertutup|khusus))?\b(?!\s+(?:dengan|with)\b)", re.I)
# "Rombongan disambut Presiden Direktur PT A, X", "… langsung disambut Direktur Utama …": the welcome without "oleh"
# (a title or a name must follow: "disambut baik", "disambut positif" are no welcome of a guest)
_WELCOMED_BARE = re.compile(r"\bdisambut(?:\s+(?:langsung|hangat))?(?!\s+oleh\b)(?=\s+(?-i:[A-Z]|\u2588))")
_ARRIVED = re.compile(r"\b(?:tiba|datang|sampai|mendarat|setiba(?:nya)?|sesampai(?:nya)?|arrived)\b", re.I)
_MEET = re.compile(cues.MEET.pattern + "|" + _WELCOMED_BARE.pattern, re.I)
watch(_BETWEEN, _HELD_MEETING, _WELCOMED_BARE)
_CUES = CueGroup(cues.MEET, _HELD_MEETING, _BETWEEN, _WELCOMED_BARE)  # everything ``_met_with`` and ``_between`` read


def _between(ctx: Context, v: View) -> None:
    for c in v.cues(_HELD_MEETING):  # "A dan B melakukan pertemuan bilateral di Seoul": with each other
        before = v.before(c.start(), ("Person",))
        pair = _with_partners(v, before[0]) if before and c.start() - before[0].end <= 20 else []
        if len(pair) == 2 and not colleagues(ctx, pair[0].id, pair[1].id):
            ctx.emit("MET_WITH", pair[1], pair[0], v, 0.7)
    for c in v.cues(_BETWEEN):
        first = next(iter(v.after(c.end())), None)
        second = _next_companion(v, first) if first is not None and first.type == "Person" else None
        if second is not None and not colleagues(ctx, first.ent.id, second.ent.id):  # type: ignore[union-attr]
            ctx.emit("MET_WITH", first.ent, second.ent, v, 0.75)  # type: ignore[union-attr]


# "Keduanya disambut oleh …", "Ia bertemu dengan …": the people named in the sentence before
_PRONOUN = re.compile(r"^\W*(?:(?:setibanya|sesampainya|setiba|tiba|upon\s+(?:arrival|arriving)|on\s+arriving|"
                      r"(?:dalam|pada|saat|di)\s+(?:pertemuan|acara|sesi|rapat|hari)\b)[^.;:]{0,60}?,\s*)?"  # "Dalam pertemuan pembukaan, tim …"
                      r"(?:[\w-]+\s+){0,3}?(?:(?P<two>keduanya|kedua\s+(?:menteri|pejabat|tamu|pimpinan|kepala|duta\s+besar|direktur|gubernur|delegasi)|mereka|both|they)|(?P<party>rombongan|delegasi|tim|the\s+delegation|the\s+team)"
                      r"|ia|dia|beliau|he|she)\b", re.I)


def _pronoun_subjects(ctx: Context, v: View, pos: int) -> list[Entity]:
    pro = _PRONOUN.match(v.masked[:pos])
    if pro is None or v.before(pro.end(), ("Person", "Organization")):
        return []
    people: list[Entity] = []  # the sentence before, nearest first; "Menkes" standing for a person counts
    back = v.index - 1
    if pro.group("two"):  # "… (two ministers). Rekabio merupakan anak usaha … . Kedua menteri disambut …"
        while back > max(0, v.index - 3) and not any(m.type == "Person" for m in ctx.views[back].mentions):
            back -= 1  # past one or two sentences that name nobody
    for m in reversed(ctx.views[back].mentions if v.index else []):
        if m.type == "Person" and m.ent not in people and len(people) < 3:
            people.append(m.ent)
    want = 2 if pro.group("two") else max(1, len(people)) if pro.group("party") else 1  # "Rombongan": all named
    if pro.group("party"):  # the party's leader: who paid the visit told of just before
        leader = _visitor(ctx, v.index)
        if leader is not None and leader not in people:
            if v.index and _ESCORTED_BY.search(ctx.views[v.index - 1].masked):
                return [leader]  # "… turut didampingi A dan B. Rombongan disambut oleh X": the hosts met the leader
            return [leader] + people[:want]
    return people[:want] if len(people) == want else []


# "X memimpin delegasi Indonesia dalam kunjungan kerja ke …", "X led a delegation to …": the party's leader
# "X melakukan kunjungan kerja ke Y", "berkunjung ke Y", "paid a courtesy visit to Y": a visit made, told by its noun
_VISIT_MADE = re.compile(r"\b(?:(?:melakukan|mengadakan)\s+kunjungan(?:\s+(?:kerja|kehormatan|resmi|dinas|balasan))?\s+ke|berkunjung\s+ke|"
                         r"bertandang\s+ke|paid\s+an?\s+(?:\w+\s+)?visit\s+to)\b", re.I)
_LEADS = re.compile(r"\b(?:memimpin|mengepalai|led|headed)\s+(?:(?:a|the)\s+)?(?:delegasi|rombongan|delegation|mission)\b", re.I)
# "Rombongan diterima oleh Duta Besar …, X, di KBRI Seoul": the party was received at that body
_RECEIVED = re.compile(r"^(?:diterima|disambut|received|welcomed)\b", re.I)
_AT = re.compile(r"^\s*,?\s*(?:di|at)\s+(?:(?:kantor|markas|gedung|kantor\s+pusat|the\s+headquarters\s+of)\s+)?$", re.I)
watch(_LEADS, _VISIT_MADE)


# only a title between the cue and the name: "Duta Besar RI untuk ██, " / "Japan's health minister, "
_ENVOY_GAP = re.compile(r"(?:[\s,()]|\u2588|[A-Z][\w.'\u2019-]*|\b(?:untuk|for|to|of|the|dan|and|di|in|'s|\u2019s|"
                        r"health|minister|ambassador|director|general|head|chief)\b)*")


def _received_at(ctx: Context, v: View, host: M, guests: list[Entity]) -> None:
    """"… diterima oleh <title>, X, di <body>": the guests visited the body they were received at."""
    site = next(iter(v.after(host.end, ("Organization", "Facility"))), None)
    gap = v.masked[host.end : site.start] if site is not None else ""
    if site is None or not _AT.match(re.sub(r"^(?:[\s,]|" + cues.DEGREE + r")*", " ", gap)):
        return
    for g in guests:
        if g is not site.ent:
            ctx.emit("VISITED", g, site.ent, v, 0.7)


_NEW_SENTENCE = re.compile(r"[.;!?]\s+[A-Z]")  # "…, M.Farm. Delegasi juga disambut …": an unsplit sentence between


def _party_of(v: View, pos: int) -> bool:
    """Whether the subject before ``pos`` is a party word ("rombongan", "delegasi")."""
    pro = _PRONOUN.match(v.masked[:pos])
    return pro is not None and pro.group("party") is not None


def _party_after_break(ctx: Context, v: View, start: int, pos: int) -> Entity | None:
    """The leader of the visit told before, where an unsplit sentence opening with a party word holds ``pos``."""
    brk = next(reversed(list(_NEW_SENTENCE.finditer(v.masked, start, pos))), None)
    pro = _PRONOUN.match(v.masked[brk.end() - 1 : pos]) if brk is not None else None
    if pro is None or not pro.group("party"):
        return None
    return _led_by(v, 0, brk.start()) or _visitor(ctx, v.index)  # type: ignore[union-attr]  # "Kunjungan dipimpin X, … . Rombongan …"


_ESCORTED_BY = re.compile(r"\b(?:didampingi|accompanied\s+by)\b", re.I)


# "Delegasi … itu dipimpin oleh Direktur X HSA, Y", "Kunjungan dipimpin Wakil Ketua Komisi IX, Z": the party's leader after the cue
_LED_BY = re.compile(r"\b(?:dipimpin|diketuai|dikepalai|led\s+by|headed\s+by)\s+(?:langsung\s+)?(?:oleh\s+)?", re.I)
watch(_LED_BY)


def _visitor(ctx: Context, index: int) -> Entity | None:
    """The person before a visit cue in one of the three sentences before ``index``, else the one a party is led by."""
    for w in reversed(ctx.views[max(0, index - 3) : index]):
        cue = cues.VISIT_DIRECT.search(w.masked) if w.may(cues.VISIT_DIRECT) else None
        cue = cue or (_LEADS.search(w.masked) if w.may(_LEADS) else None) or (_VISIT_MADE.search(w.masked) if w.may(_VISIT_MADE) else None)
        who = w.before(cue.start(), ("Person",)) if cue else []
        if len(who) > 1 and _ESCORTED_BY.search(w.masked[who[1].end : who[0].start]):
            return who[1].ent  # "A didampingi B mengunjungi …": A leads, B escorts
        if who:
            return who[0].ent
        if (led := _led_by(w, 0, len(w.masked))) is not None:
            return led
    return None


def _led_by(w: View, start: int, end: int) -> Entity | None:
    """The person a party "dipimpin (oleh)" in ``w`` between ``start`` and ``end``: the first named after the cue."""
    led = _LED_BY.search(w.masked, start, end) if w.may(_LED_BY) else None
    who = next((m for m in w.after(led.end(), ("Person",)) if m.start < end), None) if led is not None else None
    if who is None or who.start - led.end() > 160 or re.search(r"(?<=[a-z]{3})\.\s|;", w.masked[led.end() : who.start]):  # type: ignore[union-attr]
        return None
    return who.ent


# "X menerima audiensi jajaran direksi PT A … . Rombongan dipimpin Direktur Utama A, Y": the party's leader
_RECEIVES_PARTY = re.compile(r"(?:menerima|received)\s+(?:(?:kunjungan|audiensi|courtesy\s+(?:call|visit))(?:\s+kehormatan)?|"
                             r"(?:jajaran|rombongan|delegasi|perwakilan|a\s+delegation|the\s+delegation))\b", re.I)
_LED_BODY = (r"(?:rombongan|delegasi|the\s+delegation|the\s+group)\s+(?:(?:itu|tersebut|tamu)\s+)?"
             r"(?:dipimpin|dikepalai|was\s+led\s+by|was\s+headed\s+by)\s+(?:(?:langsung\s+)?oleh\s+)?")
_LED = re.compile(r"^\W*" + _LED_BODY, re.I)
_LED_IN = re.compile(r"[.;]\s+" + _LED_BODY, re.I)  # an unsplit "… Farma Tbk. Rombongan dipimpin …"
_TITLED = re.compile(rf",\s*{cues.HONORIFIC}*$")
_OFFICE = re.compile(r"\b(?:di|at)\s+(?:kantor(?:\s+pusat)?|gedung|markas|the\s+(?:offices?|headquarters)\s+of)\s+$", re.I)


def _party_leader(ctx: Context, v: View, host: Entity, pos: int) -> None:
    """The leader of the party received (named in the next sentence) met the host, and visited the office named."""
    nxt: View | None = v
    led = _LED_IN.search(v.masked, pos)
    for nxt in ([] if led else ctx.views[v.index + 1 : v.index + 3]):  # "… di kantor BPOM. Audiensi ini … . Rombongan …"
        if (led := _LED.match(nxt.masked)) is not None:
            break
    if led is None or nxt is None:
        return
    near = [m for m in nxt.after(led.end(), ("Person",)) if m.start - led.end() <= 90]
    # the name after the title's comma: "dipimpin Direktur Utama A, Ir. Y" (the company may read as a name)
    lead = next((m for m in near if _TITLED.search(nxt.masked, 0, m.start)), near[0] if near else None)
    if lead is None or colleagues(ctx, host.id, lead.ent.id):
        return
    ctx.emit("MET_WITH", host, lead.ent, nxt, 0.7)
    for m in v.after(pos, ("Organization",)):
        if nxt is v and m.start > led.start():
            break
        if _OFFICE.search(v.masked, max(pos, m.start - 40), m.start):  # "… di kantor BPOM, Jakarta"
            ctx.emit("VISITED", lead.ent, m.ent, v, 0.7)
            break


_GUEST_GAP = re.compile(rf"(?:[\s,]|{cues.DEGREE})*")


def _on_visit(ctx: Context, v: View, guest: M, pos: int) -> bool:
    """"Dalam kunjungan itu, X disambut Y", "X meninjau pabrik A. X disambut Y": the subject right before the bare
    "disambut" is the guest of a visit this sentence (before the name) or the one before tells with them in it."""
    if not _GUEST_GAP.fullmatch(v.masked, guest.end, pos):
        return False
    if cues.VISIT.search(v.masked, 0, guest.start):
        return True
    prev = ctx.views[v.index - 1] if v.index else None
    return prev is not None and any(m.ent is guest.ent for m in prev.mentions) and bool(
        cues.VISIT.search(prev.masked) or cues.VISIT_DIRECT.search(prev.masked))


def _met_with(ctx: Context, v: View) -> None:
    for c in v.cues(_MEET):
        if cues.negated(v.masked, c.start()):
            continue  # "Rombongan tidak jadi diterima oleh …"
        before = v.before(c.start(), ("Person",))
        leader = _party_after_break(ctx, v, before[0].end, c.start()) if before else None
        if leader is not None:
            before = []  # an unsplit "…, M.M. Rombongan disambut …": the party is the visit's, not the escort's before
        if before and not c.group().lower().endswith("oleh") and c.group()[:8].lower() == "disambut" and not _ARRIVED.search(
                v.masked, before[0].end, c.start()) and not _on_visit(ctx, v, before[0], c.start()):
            continue  # "Usulan A disambut B": only a guest who arrived (or is on the visit told) is welcomed with no "oleh"
        subjects = _with_partners(v, before[0]) if before else [leader] if leader else _pronoun_subjects(ctx, v, c.start())
        if not before and len(subjects) > 1 and c.group()[:8].lower() == "disambut" and not c.group().lower().endswith("oleh") and (
                (lead := _visitor(ctx, v.index)) in subjects and _ESCORTED_BY.search(ctx.views[v.index - 1].masked)):
            subjects = [lead]  # "A didampingi B dan C. Rombongan disambut X": the escorts are of the guest's side
        if not subjects:
            continue
        p2 = None
        skipped = 0
        for m in v.after(c.end()):
            if m.type == "Person":
                p2 = m
                break
            skipped += 1  # the title's organisation or places: "menerima kunjungan Duta Besar A untuk B, X"
            if skipped > 1 and (m.type not in ORG_OR_LOC or skipped > 3):
                break
        if _RECEIVES_PARTY.match(v.masked, c.start()) and (p2 is None or _LED_IN.search(v.masked, c.end(), p2.start)):
            _party_leader(ctx, v, subjects[0], c.end())  # "menerima audiensi … . Rombongan dipimpin …, Y"
            continue
        if p2 is None and len(subjects) == 2 and _MET_ALONE.match(c.group()) and not colleagues(ctx, subjects[0].id, subjects[1].id):
            ctx.emit("MET_WITH", subjects[1], subjects[0], v, 0.7)
        if p2 is None or p2.start - c.end() > (100 if skipped else 70):
            continue
        end = v.clause_end(c.end())  # "diterima oleh Duta Besar RI untuk Jepang, X": the comma before the name
        if end < p2.start and not (skipped and _ENVOY_GAP.fullmatch(v.masked, c.end(), p2.start)
                                   and not (before and _NEW_SENTENCE.search(v.masked, before[0].end, c.start()))):
            continue
        if not before and end < p2.start and _party_of(v, c.start()):
            leader = _visitor(ctx, v.index)  # "Delegasi disambut oleh …": the leader, not each member named before
            subjects = [leader] if leader is not None and leader in subjects else []
        if _RECEIVED.match(c.group()) and subjects:
            _received_at(ctx, v, p2, subjects[:1] if not before and _party_of(v, c.start()) else subjects)
        while p2 is not None:
            for p1 in subjects:
                if not colleagues(ctx, p1.id, p2.ent.id):
                    ctx.emit("MET_WITH", p1, p2.ent, v, 0.75)
            p2 = _next_companion(v, p2)


# "bertemu dengan A dan Direktur Eksekutif B, C", "disambut oleh A, beserta Direktur B, C"
_AND_ALSO = re.compile(rf"^\s*,?\s*(?:{cues.DEGREE}\s*,?\s*)*(?:beserta|dan|serta|bersama|and|as\s+well\s+as|along\s+with)\s+"
                       r"[^;:!?\u201c\u201d\"]{0,80}$", re.I)  # ("dr. A, MPH, serta Kepala Dinas …, B": the degree first)


def _with_partners(v: View, p: M) -> list[Entity]:
    """``p`` and the people coordinated before it: "A dan Menteri Kesehatan B melakukan pertemuan dengan C"."""
    out = [p.ent]
    while (prev := next(iter(v.before(p.start, ("Person",))), None)) is not None and _AND_ALSO.match(v.masked[prev.end : p.start]):
        out.append(prev.ent)
        p = prev
    return out


def _next_companion(v: View, p: M) -> M | None:
    """The next person coordinated with ``p`` (titles and their organisations may stand between)."""
    nxt = next(iter(v.after(p.end, ("Person",))), None)
    if nxt is None or not _AND_ALSO.match(v.masked[p.end : nxt.start]):
        return None
    return nxt


def colleagues(ctx: Context, a: str, b: str) -> bool:
    """Two people holding posts in the same organisation are a delegation, not a meeting."""
    orgs_a = {org for (_, org), ps in ctx.holders.items() if a in ps}
    orgs_b = {org for (_, org), ps in ctx.holders.items() if b in ps}
    return bool(orgs_a & orgs_b)
