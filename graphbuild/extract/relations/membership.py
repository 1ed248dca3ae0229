"""MEMBER_OF: "keanggotaan A dalam B", "A menjadi anggota B", "A, yang menjadi anggota B dan C",
"It … and is a member of B", "A joined B"; "sementara C bergabung pada 2016" (same body, left out);
"B yang beranggotakan A1, A2, serta asosiasi A3" (the body, then its members).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues, member_fronted
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.types import Entity

SIDES = ("Organization", "Location")
_CONJ_BEFORE = re.compile(r"(?:\bsementara(?:\s+itu)?|\bsedangkan|\bdan|\bserta|\bwhile|\bwhereas|\band)\s*,?\s*$", re.I)
_JOINED_BARE = re.compile(r"^\s+(?:juga\s+|baru\s+|kemudian\s+|resmi\s+)*(?:bergabung|menjadi\s+anggota|joined|"
                          r"became\s+a\s+member)\b(?!\s+(?:dengan|ke|dalam|di|with|in))", re.I)
_YEAR_ONLY = re.compile(r"^\s+(?:pada|sejak|in|since)\s+(?:tahun\s+)?\d{4}\b", re.I)  # "…, sedangkan Indonesia pada 2012"
_OBJECT_OF = re.compile(r"\b(?:dengan|kepada|terhadap|with|to)\s+$", re.I)
_MEMBER_OF = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:dalam|di|pada|of|in)\s+$", re.I)


# "Konsorsium X yang beranggotakan A, B dan C", "a network whose members include A and B"
_MADE_OF = re.compile(r"^\s*(?:\([^()]*\)\s*)?,?\s*"
                      # "X (APMF), forum regional yang keanggotaannya mencakup A": a kind word set off before the clause
                      r"(?:(?:forum|jejaring|jaringan|asosiasi|aliansi|organisasi|perhimpunan|konsorsium|network|alliance)(?:\s+[a-z]+){0,2}?\s+(?=yang\s))?"
                      r"(?:yang\s+)?"
                      r"(?:(?:dibentuk|didirikan|berdiri|diluncurkan)\s+(?:pada\s+|sejak\s+)?(?:tahun\s+)?\d{4}\s*(?:,\s*)?(?:dan|serta|,)\s+)?"
                      r"(?:(?:kini|saat\s+ini|juga)\s+)?(?:beranggotakan|anggotanya\s+(?:terdiri\s+(?:atas|dari)|"
                      r"adalah|yaitu|yakni|meliputi|antara\s+lain)|keanggotaannya\s+(?:mencakup|meliputi|termasuk)"
                      r"|whose\s+members(?:hip)?\s+(?:include|includes|are)|which\s+(?:includes|comprises))\s+"
                      r"(?:(?:antara\s+lain|lain|yaitu|yakni|the)\s+)?$", re.I)
# the separator between two listed members, with a kind word before the next name ("serta asosiasi A3")
_NEXT_MEMBER = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:,|\b(?:dan|serta|and)\b|,\s*(?:dan|serta|and)\b)\s*"
                          r"(?:(?:asosiasi|perusahaan|lembaga|organisasi|pemerintah|the)\s+)?$", re.I)
_MADE_OF_CUE = re.compile(r"beranggotakan|anggotanya|keanggotaannya|whose\s+members|which\s+(?:includes|comprises)", re.I)  # the literal gate
# "Satgas itu juga melibatkan A serta B": a task force told before, and the bodies it takes in
_TASK_FORCE = re.compile(r"^\W*(?:satgas|satuan\s+tugas|tim\s+terpadu|the\s+task\s+force)\s+(?:(?:itu|tersebut|ini)\s+)?(?:juga\s+)?"
                         r"(?:melibatkan|beranggotakan|terdiri\s+(?:atas|dari)|involves|includes|comprises)\s+", re.I)
watch(_MADE_OF_CUE, _TASK_FORCE)


def _task_force(ctx: Context, v: View, end: int) -> None:
    named = ctx.recent(v.index, ("Organization",), back=2, limit=8)
    body = next((e for e in named if re.match(r"(?:Satuan\s+Tugas|Satgas|Tim\s+Terpadu|Task\s+Force)\b", e.name, re.I)), None)
    first = next(iter(v.after(end, SIDES)), None)
    if body is None or first is None or v.masked[end : first.start].strip() or cues.negated(v.masked, end):
        return
    for m in v.chain(first, ("Organization",)):
        if _usable(v, m) and m.ent is not body:
            ctx.emit("MEMBER_OF", m.ent, body, v, 0.7)


def find(ctx: Context, v: View) -> None:
    """The rules read through cue words (``CUES``); ``member_ellipsis`` is run apart, in every sentence."""
    for c in v.cues(cues.MEMBER):
        if _THAT_BODY.match(v.masked, c.end()):
            _member_of_that(ctx, v, c.start(), c.end())
        else:
            _member(ctx, v, c.start(), c.end(), c.group().casefold())
    if v.may(_MADE_OF_CUE) and _MADE_OF_CUE.search(v.masked):
        _made_of(ctx, v)
    if v.may(_TASK_FORCE) and (tf := _TASK_FORCE.match(v.masked)):
        _task_force(ctx, v, tf.end())
    member_fronted.find(ctx, v)  # "Sebagai anggota PIC/S sejak 2012, Badan POM …"


CUES = (cues.MEMBER, _MADE_OF_CUE, _TASK_FORCE, member_fronted.CUE)  # what ``find`` reads (``partnerships`` gates on them)


def _made_of(ctx: Context, v: View) -> None:
    """"Konsorsium X yang beranggotakan A, B, serta asosiasi C": each body listed is a member of the one before."""
    for body in v.mentions:
        if body.type != "Organization" or body.start in v.role_orgs:
            continue
        first = v.next_mention(body)
        if first is None or not _MADE_OF.match(v.masked[body.end : first.start]) or cues.negated(v.masked, first.start):
            continue
        cur: M | None = first
        while cur is not None and cur.type in SIDES:
            if _usable(v, cur) and cur.ent is not body.ent:
                ctx.emit("MEMBER_OF", cur.ent, body.ent, v, 0.75)
            nxt = v.next_mention(cur)
            while nxt is not None and nxt.start < cur.end:
                nxt = v.next_mention(nxt)
            if nxt is not None and nxt.type == "Location" and re.fullmatch(r"\s*(?:\([^()]*\)\s*)?", v.gap(cur.end, nxt.start)):
                nxt = v.next_mention(nxt)  # "Gabungan Pengusaha Jamu (GP Jamu) NTT": the name's region, not one more member
                if nxt is not None and not _NEXT_MEMBER.match(v.masked[cur.end : nxt.start]):
                    break
            elif nxt is None or not _NEXT_MEMBER.match(v.masked[cur.end : nxt.start]):
                break
            cur = nxt
        return


# "A dan B merupakan anggota asosiasi tersebut", "both are members of the association": the body named before
_THAT_BODY = re.compile(r"\s+(?:dari\s+)?(?:(?:asosiasi|organisasi|perhimpunan|himpunan|gabungan|ikatan|konsorsium|aliansi|jaringan)\s+"
                        r"(?:tersebut|itu|ini)|(?:of\s+)?the\s+(?:association|organi[sz]ation|alliance|consortium|network|federation))\b", re.I)
_IS_A = re.compile(r"^\s*,?\s*(?:yang\s+)?(?:(?:juga|kini|sudah|telah|also|now)\s+)*(?:merupakan|menjadi|adalah|tercatat\s+sebagai|is|are|was|were|"
                   r"became)\s+(?:(?:salah\s+satu|a|an|one\s+of\s+the)\s+)?$", re.I)
_BODY_WORDS = re.compile(r"\b(?:asosiasi|gabungan|perhimpunan|himpunan|ikatan|konsorsium|aliansi|jaringan|association|alliance|"
                         r"consortium|network|federation|council|organi[sz]ation)\b", re.I)


def _member_of_that(ctx: Context, v: View, start: int, end: int) -> None:
    """The listed subjects are members of the association named last before them (within two sentences)."""
    before = v.before(start)
    if not before or not _usable(v, before[0]) or not _IS_A.match(v.masked[before[0].end : start]) or cues.negated(v.masked, start):
        return
    first, subjects = before[0], [before[0].ent]
    while (prev := v.prev_mention(first)) is not None and _usable(v, prev) and prev.type == first.type and re.fullmatch(
            r"\s*(?:,|(?:,\s*)?(?:dan|serta|and))\s*", v.gap(prev.end, first.start)):
        subjects.append(prev.ent)
        first = prev
    named = ctx.recent(v.index, ("Organization",), pos=first.start, back=2, limit=6)
    body = next((e for e in named if e not in subjects and any(_BODY_WORDS.search(n) for n in (e.name, *e.aliases))), None)
    for who in subjects if body is not None else ():
        ctx.emit("MEMBER_OF", who, body, v, 0.7)


def _usable(v: View, m: M | None) -> bool:
    return m is not None and m.type in SIDES and m.role is None and m.start not in v.role_orgs


def _member(ctx: Context, v: View, start: int, end: int, cue: str) -> None:
    after = v.after(end)
    if not after or cues.negated(v.masked, start) or (cue in ("anggota", "member", "members") and _OBJECT_OF.search(v.masked, 0, start)):
        return  # "bekerja sama dengan anggota B", "talks with members of B": B's members are the other side
    if cue.startswith("keanggotaan") or cue.startswith("membership"):
        # "keanggotaan Indonesia dalam Organisasi PIC/S"
        a = after[0]
        b = v.next_mention(a)
        if (_usable(v, a) and b is not None and b.type == "Organization" and v.masked[end : a.start].strip() == ""
                and _MEMBER_OF.match(v.gap(a.end, b.start))):
            ctx.emit("MEMBER_OF", a.ent, b.ent, v, 0.85)
        elif a.type == "Organization" and _IN_BODY.fullmatch(v.masked[end : a.start]) and (before := v.before(start)):
            # "keberhasilan Indonesia mempertahankan keanggotaan di PIC/S": the holder before a verb that keeps or gains it
            if _usable(v, before[0]) and _KEEPS.fullmatch(v.masked[before[0].end : start]):
                ctx.emit("MEMBER_OF", before[0].ent, a.ent, v, 0.75)
        return
    # "A menjadi anggota B", "A bergabung dengan B", "A is a member of B"
    b = after[0]
    # "anggota ke-54 PIC/S", "member of the": an ordinal or article before the body
    if b.type != "Organization" or not re.fullmatch(r"\s*(?:(?:dari|of|the|ke-?\d+|penuh|full|pendiri|founding|tetap|aktif)\s+)*",
                                                    v.masked[end : b.start], re.I):
        return
    if _PLANNED.search(v.masked[max(0, start - 30) : start]):
        return  # "Indonesia berencana bergabung dengan ICH": not (yet) a member
    if re.match(r"[ \t]+[A-Z][a-z]+\b", v.masked[b.end : b.end + 30]):
        return  # "anggota WHO Programme for International Drug Monitoring": the body's programme, not the body
    last = v.chain(b, ("Organization",))[-1]
    if _INCLUDING.match(v.masked[last.end :]):
        first = v.next_mention(last)
        for who in v.chain(first, SIDES) if _usable(v, first) else ():
            ctx.emit("MEMBER_OF", who.ent, b.ent, v, 0.7)  # "negara anggota ASEAN, termasuk Indonesia dan Vietnam"
        return
    if _AS_MEMBER.search(v.masked[:start]):  # "Sebagai anggota PIC/S, Indonesia wajib …": the subject follows
        last = v.chain(b, ("Organization",))[-1]
        subj_m = v.next_mention(last)
        if _usable(v, subj_m) and re.fullmatch(r"\s*(?:\([^()]*\)\s*)?[^\u2588.;:,]{0,30},\s*", v.masked[last.end : subj_m.start]):  # type: ignore[union-attr]
            for t in v.chain(b, ("Organization",)):
                ctx.emit("MEMBER_OF", subj_m.ent, t.ent, v, 0.75)  # type: ignore[union-attr]
        return
    if (ref := _BODY_REF.search(v.masked, max(0, start - 80), start)) is not None:
        # "PIFN mengumumkan bahwa asosiasi tersebut resmi menjadi anggota B": the association named lately
        named = ctx.recent(v.index, ("Organization",), pos=ref.start(), back=2, limit=6)
        body = next((e for e in named if e is not b.ent and e.category == "association"), None)
        for t in v.chain(b, ("Organization",)) if body is not None else ():
            ctx.emit("MEMBER_OF", body, t.ent, v, 0.7)
        return
    before = v.before(start)
    if not before and _IT.match(v.masked) and (start < 60 or start < 160 and _AND_IS.search(v.masked, 0, start)):
        # "Perusahaan itu kini menjadi anggota B", "The company supplies … and is a member of B"
        it = _it(ctx, v)
        for t in v.chain(b, ("Organization",)) if it is not None else ():
            ctx.emit("MEMBER_OF", it, t.ent, v, 0.7)
        return
    subj = before[0].ent if before and _usable(v, before[0]) else None
    gap = v.masked[before[0].end : start] if before else ""
    owner = next((m for m in before[1:] if m.type in SIDES), None) if len(before) > 1 and _SECOND_PRED.match(gap) else None
    if owner is not None and _usable(v, owner) and _PRED_OBJ.match(_APPOSED.sub("", v.masked[owner.end : before[0].start])):
        for t in v.chain(b, ("Organization",)):  # "A merupakan anak perusahaan B sekaligus anggota C": A is the member,
            ctx.emit("MEMBER_OF", owner.ent, t.ent, v, 0.75)  # B only A's parent ("A, produsen X (…), adalah …")
        return
    seat = _seat_head(v, before[0]) if before and before[0].type == "Location" else None
    if seat is not None and _BASED_IN.search(v.masked[max(0, seat.start - 30) : seat.start]) and _THEN_MEMBER.fullmatch(gap) \
            and not _AND_IS.search(gap):  # ("It operates plants in X and is a member of B": read below)
        org = v.prev_mention(seat)  # "A, yang berkantor di Kota X, juga tercatat sebagai anggota B": A, not X (nobody if A is unnamed)
        if org is not None and org.type in SIDES and _usable(v, org) and _SEAT_CLAUSE.fullmatch(v.masked[org.end : seat.start]):
            for t in v.chain(b, ("Organization",)):
                if not ctx.has("SUBSIDIARY_OF", org.ent, t.ent):  # ("… based in Jakarta and a member of the Y group")
                    ctx.emit("MEMBER_OF", org.ent, t.ent, v, 0.75)
        return
    if (subj is not None or before and _IT.match(v.masked)) and (_AND_IS.search(gap) or (seat is not None and _SECOND_PRED.match(gap) and _BASED_IN.search(
            v.masked[max(0, seat.start - 30) : seat.start]))):  # "It operates plants in X and is a member of B": not X
        # ("… a company based in Jakarta and a member of the B group": the place is where it is, not a member)
        subj = _it(ctx, v) if _IT.match(v.masked) else _described(v, seat or before[0])
    elif subj is None or start - before[0].end > 35 or (v.clause_end(before[0].end) < start and not _WHO_IS.match(gap)):
        return
    if subj is not None:
        subjects = [subj]
        first = before[0]
        listed = subj is first.ent  # the subject is the name before the cue, not "It"
        while listed and (prev := v.prev_mention(first)) is not None and _usable(v, prev) and prev.type == first.type and re.fullmatch(
                r"\s*(?:,|(?:,\s*)?(?:dan|serta|and))\s*", v.gap(prev.end, first.start)):
            subjects.append(prev.ent)  # "Malaysia dan Thailand bergabung dengan PIC/S"
            first = prev
        for t in v.chain(b, ("Organization",)):  # "sebagai anggota PIC/S dan ICH"
            for who in subjects:
                if not ctx.has("SUBSIDIARY_OF", who, t.ent):  # "X, a member of the Y Group": a company of the group, told once
                    ctx.emit("MEMBER_OF", who, t.ent, v, 0.75)


# the words between a seat ("… berbasis di Padang, Sumatera Barat") and the member cue, and between the body and its seat
_THEN_MEMBER = re.compile(r"\s*(?:,\s*)?(?:(?:dan|serta|and|juga|kini|also|is|tercatat|terdaftar|sebagai|as|merupakan|adalah|a|an|"
                         r"telah|sudah|resmi|menjadi|salah\s+satu|one\s+of\s+the)\s*,?\s*)*", re.I)
_SEAT_CLAUSE = re.compile(r"\s*(?:\([^()]*\)\s*)?,?[^\u2588;:.]{0,90}")
# "X is a licensed wholesaler based in Y, and is a member of B": the body the sentence opens by describing
_DESCRIBED = re.compile(r"\.?(?:,?\s*(?:Co|Ltd|Inc|Corp|LLC|Pte)\.?)?\s*(?:\([^()\u2588]*\)\s*)?,?\s*(?:is|adalah|merupakan)\s+(?:a|an|sebuah|perusahaan)\b[^\u2588;:.]*", re.I)


def _described(v: View, place: M) -> Entity | None:
    """The organisation that opens the sentence (after a dateline or "Established in 2009,") and is described up to ``place``."""
    first = next((m for m in v.mentions if m.type != "Location"), None)  # (past a dateline: "LAGOS, 4 March 2025 --")
    if first is None or first.type != "Organization" or first.start > 80 or first.end > place.start or not _usable(v, first):
        return None
    return first.ent if _DESCRIBED.fullmatch(v.masked[first.end : place.start]) else None


def _seat_head(v: View, m: M) -> M:
    """The first place of a seat list ending at ``m``: "based in Basel, Switzerland, and …" gives Basel."""
    while (prev := v.prev_mention(m)) is not None and prev.type == "Location" and re.fullmatch(r"\s*,\s*", v.gap(prev.end, m.start)):
        m = prev
    return m


_BODY_REF = re.compile(r"\b(?:asosiasi|organisasi|perhimpunan|gabungan|ikatan|the\s+association)\s+(?:tersebut|itu|ini)\s+"
                       r"(?:(?:kini|juga|resmi|telah|sudah|pun|now|also|officially|has|had)\s+)*"
                       r"(?:menjadi|merupakan|adalah|tercatat\s+sebagai|became|is|become)?\s*(?:(?:a|an|salah\s+satu)\s+)?$", re.I)
_IN_BODY = re.compile(r"\s*(?:di|dalam|pada|in|of)\s+(?:the\s+)?")
_KEEPS = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:(?:telah|sudah|berhasil|kembali|juga)\s+)*(?:mempertahankan|memperoleh|meraih|memperpanjang|mendapatkan|"
                    r"retained|kept|gained|renewed|won)\s+(?:(?:status|its|the)\s+)?", re.I)
_PLANNED = re.compile(r"\b(?:berencana|akan|ingin|berupaya|bersiap|plans?\s+to|will|aims?\s+to|seeks?\s+to|hopes?\s+to)\s+"
                      r"(?:(?:segera|untuk|resmi)\s+)*(?:menjadi\s+|bergabung\s+(?:sebagai\s+)?|to\s+join\s+as\s+)?$", re.I)
_INCLUDING = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:termasuk|yaitu|yakni|seperti|antara\s+lain|including|such\s+as|namely)\s+"
                        r"(?=\u2588)", re.I)
_AS_MEMBER = re.compile(r"^[^\w\u2588]*(?:sebagai|selaku|as)\s+(?:(?:salah\s+satu|negara|a|an|one\s+of\s+the)\s+){0,2}$", re.I)
# "Indonesia, yang menjadi anggota PIC/S": the relative clause says it of the name before
_WHO_IS = re.compile(r"^\s*,?\s*yang\s+(?:(?:telah|sudah|juga|kini)\s+)*(?:menjadi\s+|merupakan\s+)?$", re.I)
_BASED_IN = re.compile(r"\b(?:based|headquartered|located|berbasis|berkantor(?:\s+pusat)?|berlokasi|bermarkas|in|di)\s+(?:the\s+)?$", re.I)
_AND_IS = re.compile(r"\b(?:and|dan|serta)\s+(?:is|was|has\s+been|juga|merupakan|adalah)\b", re.I)
# "… sekaligus anggota C", "… and a member of C": a second predicate of the same subject
_SECOND_PRED = re.compile(r"^\s*,?\s*(?:sekaligus|serta|dan|and|as\s+well\s+as)\s+(?:(?:juga|also|is|merupakan|menjadi|a|an)\s+){0,3}$", re.I)
# "A merupakan anak perusahaan B", "A is a subsidiary of B": B is the object of A's first predicate
_PRED_OBJ = re.compile(r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:yang\s+)?(?:merupakan|adalah|ialah|is|was)\s+(?:(?:a|an|the|salah\s+satu)\s+)?"
                       r"[a-z][a-z -]{2,40}?\s+(?:(?:dari|of)\s+)?$", re.I)
_APPOSED = re.compile(r"^\s*,[^,;:]{0,80}?(?:\([^()]*\)\s*)?,")  # ", produsen Sinarlin Kapsul (ekstrak meniran 250 mg),"
# "It", "The Company", "Perusahaan ini", "Perusahaan juga tercatat sebagai …": the company told of before
_IT = re.compile(r"^\W*(?:It|Ia|The\s+[Cc]ompany|Perusahaan\s+(?:ini|tersebut|itu)|Perusahaan(?=\s+(?:juga|kini|pun|sudah|telah|"
                 r"tercatat|merupakan|adalah)\b))\b")


def _it(ctx: Context, v: View) -> Entity | None:
    """The company "It" / "Perusahaan ini" stands for: the sentence before's subject when it opens with a company
    ("A merupakan anak usaha B. Perusahaan juga …" is A), else the one named last there."""
    if v.index:
        prev = ctx.views[v.index - 1]
        first = next((m for m in prev.mentions if m.role is None), None)
        if first is not None and first.type == "Organization" and not prev.masked[: first.start].strip(" \t\n\"'*\u201c-"):
            return first.ent
        firm = next((m for m in prev.mentions if m.type == "Organization" and m.role is None and m.ent.category == "company"), None)
        if firm is not None:  # "Founded in 2017 in Bandung, PT X develops … for the ASEAN markets. It is a member of B": X
            return firm.ent
    got = ctx.recent(v.index - 1, ("Organization",), back=0, limit=1) if v.index else []
    if not got and v.index:  # "Its portfolio includes … . The company is … a member of B": the company of the lines before
        got = [e for e in ctx.recent(v.index - 1, ("Organization",), back=2, limit=4) if e.category == "company"]
    return got[0] if got else None


def member_ellipsis(ctx: Context, v: View) -> None:
    """"Indonesia anggota PIC/S sejak 2012, sementara Thailand bergabung pada 2016": same body, object left out."""
    found = ctx.has("MEMBER_OF")
    if not found:  # nothing to carry over: spare normalising every sentence
        return
    said = " ".join(v.text.split())
    bodies = [r.tail for r in found if r.evidence == said]
    if not bodies or bodies[0] not in ctx.by_id:
        return
    for m in v.mentions:
        if not _usable(v, m) or not _CONJ_BEFORE.search(v.masked[max(0, m.start - 25) : m.start]):
            continue
        if (_JOINED_BARE.match(v.masked[m.end :]) or _YEAR_ONLY.match(v.masked[m.end :])) and not v.in_clause(m.end, ("Organization",)):
            ctx.emit("MEMBER_OF", m.ent, ctx.by_id[bodies[0]], v, 0.7)
