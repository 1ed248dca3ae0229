"""Two bodies acting jointly: "A bersama B (dan C) <verb>" makes them partners.

"BBPOM di Semarang bersama Ditreskrimsus Polda Jawa Tengah membongkar …"; the unit acts with its parent
("Satreskrim Polres Malang bersama BPOM"), the body acting through its office too ("BPOM melalui BBPOM di Surabaya
bersama Polda Jatim"); two offices of one body working together are no partners. Split out of ``cooperation``.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.cues import negated
from graphbuild.extract.relations.one_body import one_body, same_pom
from graphbuild.extract.relations.partner_sides import heads, parent_of_unit, speakers_side
from graphbuild.extract.relations.seated_lists import seated_chain
from graphbuild.extract.relations.story_parent import story_regulator


def _usable(v: View, m: M | None) -> bool:
    return m is not None and m.type == "Organization" and m.role is None and m.start not in v.role_orgs


# "BBPOM di Semarang bersama Ditreskrimsus Polda Jawa Tengah membongkar …": two bodies acting jointly
_BERSAMA = re.compile(r"^\s*(?:\([^()]*\)\s*)?bersama(?:-sama)?\s+(?:dengan\s+)?(?:(?:tim|jajaran|petugas|personel)\s+)?$", re.I)
_JOINT_VERB = re.compile(r"^(?:\s*\([^()]*\))?[^.;:,]{0,70}?\b(?:me(?:ng|ny|m|n)?[a-z]{3,}|sita|gerebek|bongkar|"
                         r"razia|tindak|amankan|gelar)\b", re.I)
_HOSTED_BY = re.compile(r"\b(?:diselenggarakan|digelar|diadakan|organi[sz]ed|hosted)\s+(?:oleh\s+|by\s+)?$", re.I)
# "Operasi itu digelar A bersama B": the operation, not an event, is what the two run
_OPERATION = re.compile(r"\b(?:operasi|razia|penindakan|inspeksi|patroli|penggerebekan|penertiban|sidak)\b[^.;:]{0,60}$", re.I)


def joint_action(ctx: Context, v: View) -> None:
    """Two bodies named "A bersama B (dan C)" before one verb act jointly: partners; so do the speaker's body and B
    in "Kepala Dinkes X, P, menyatakan pihaknya bersama B membuka posko"."""
    if not _CUES.may(v):
        return  # none of its cues, and no "bersama" for the pair loop below
    ok = _CUES.may_each(v)
    if ok[0]:
        for said in _OURS_WITH.finditer(v.masked):
            b = next(iter(v.after(said.end(), ("Organization",))), None)
            if b is None or b.start != said.end() or not _usable(v, b):
                continue
            group = v.chain(b, ("Organization",))
            own = speakers_side(ctx, v, said.end())
            if own is not None and _JOINT_VERB.match(v.masked[(group[-1].gloss or group[-1]).end :]) and not negated(v.masked, said.start()):
                for other in group:
                    if other.ent is not own.ent and not one_body(ctx, own.ent, other.ent) and not (
                            same_pom(own.ent, other.ent)):
                        ctx.emit("PARTNERS_WITH", own.ent, other.ent, v, 0.65)
    if ok[1]:
        for c in v.cues(_OP_WITH):
            _operation_with(ctx, v, c.start(), c.end())
    if ok[2]:
        for c in v.cues(_TRIAL_WITH):
            _trial_with(ctx, v, c.start(), c.end())
    if ok[3]:
        for c in v.cues(_JOINT_TEAM):
            if not negated(v.masked, c.start()):  # ("belum ada patroli terpadu antara A dan B")
                _joint_team(ctx, v, c.end())
    if ok[4]:
        for c in v.cues(_WITH_AFTER):
            _apposed_with(ctx, v, c.start(), c.end())
    if ok[5] and (front := _FRONT_WITH.match(v.masked)) is not None:
        _fronted(ctx, v, front.end())
    for a in v.mentions if ok[6] else ():  # (each pair's gap must hold "bersama")
        b = v.next_mention(a)
        if b is None or not (_usable(v, a) and _usable(v, b)):
            continue
        if same_pom(a.ent, b.ent) or one_body(ctx, a.ent, b.ent):
            continue  # BPOM's own offices acting together are one body, not partners
        by = _HOSTED_BY.search(v.masked[max(0, a.start - 40) : a.start])
        op = by is not None and bool(_OPERATION.search(v.text[max(0, a.start - 100) : a.start - len(by.group())]))
        if not _BERSAMA.match(v.gap(a.end, b.start)) or (by and not op):
            continue  # (an event "diselenggarakan oleh A bersama B": co-hosts, no partners; an operation so run is joint work)
        group = v.chain(b, ("Organization",))  # type: ignore[arg-type]  # "A bersama B dan C meluncurkan …"
        if op or _JOINT_VERB.match(v.masked[(group[-1].gloss or group[-1]).end :]) or (  # "diperiksa oleh A bersama B"
                (by := _BY.search(v.masked[max(0, a.start - 60) : a.start])) and not negated(v.masked, a.start - len(by.group()))):
            doers = [a.ent]
            unit = parent_of_unit(v, a)  # "Satreskrim Polres Malang bersama BPOM": the unit acts, its parent with it
            if unit is not None:
                doers.append(unit.ent)
            head = v.prev_mention(unit or a)  # "BPOM melalui Balai Besar POM di Surabaya bersama B": BPOM acts too
            if head is not None and _usable(v, head) and _VIA.fullmatch(v.gap((head.gloss or head).end, (unit or a).start)):
                doers.append(head.ent)
            for doer in doers:
                for other in group:
                    ctx.emit("PARTNERS_WITH", doer, other.ent, v, 0.7)


# "A (ACR) di Makassar, unit pelaksana teknis BPOM, bersama B menggerebek …": the head before the apposition acts with B
_WITH_AFTER = re.compile(r"\bbersama(?:-sama)?\s+(?:dengan\s+)?(?:(?:tim|jajaran|petugas|personel)\s+)?(?=\u2588)", re.I)
watch(_WITH_AFTER)
_RELATIVE = re.compile(r"\)?\s*(?:(?:di|in)\s+\u2588+\s*)?,\s*(?:yang|which|who)\b")  # "A, yang membawahi 48 puskesmas, bersama B"
_APPOSITION = re.compile(r"\)?\s*(?:(?:di|in)\s+\u2588+\s*)?,\s*[a-z][\w-]*(?:\s+(?:[\w-]+|\u2588+|\([^()]*\)))*\s*")


def _apposed_with(ctx: Context, v: View, start: int, end: int) -> None:
    comma = v.masked.rfind(",", max(0, start - 4), start)
    b = next(iter(v.after(end, ("Organization",))), None)
    if comma < 0 or v.masked[comma + 1 : start].strip() or b is None or b.start != end or not _usable(v, b) or negated(v.masked, start):
        return
    head = next((m for m in v.before(comma) if m.type == "Organization" and comma - m.end <= 120
                 and _APPOSITION.fullmatch(v.masked[(m.gloss or m).end : comma])), None)
    if head is None or not _usable(v, head) or v.after(head.end, ("Person",), comma):
        return  # ("Direktur A, Budi, bersama B": a person's title, not a body's apposition)
    if v.clause_end(head.end) < comma and not _RELATIVE.match(v.masked, (head.gloss or head).end):
        return
    group = v.chain(b, ("Organization",))
    if not _JOINT_VERB.match(v.masked[(group[-1].gloss or group[-1]).end :]):
        return
    for other in group:
        if other.ent is not head.ent and not one_body(ctx, head.ent, other.ent) and not same_pom(head.ent, other.ent):
            ctx.emit("PARTNERS_WITH", head.ent, other.ent, v, 0.65)


# "digerebek tim gabungan A dan B", "Operasi gabungan A, B dan C", "a joint team of A and B": the members are partners
_JOINT_TEAM = re.compile(r"\b(?:tim|operasi|razia|patroli|satgas|satuan\s+tugas)\s+gabungan\s+(?:(?:dari|antara|yang\s+terdiri\s+"
                         r"(?:atas|dari))\s+)?(?:PT\.?\s+)?(?=\u2588)|\bjoint\s+(?:team|operation|raid|task\s+force|inspection)\s+"
                         r"(?:of|from|between|by)\s+(?:the\s+)?(?=\u2588)"
                         # "hasil analisis intelijen bersama antara A dan B", "a joint risk assessment between A and B"
                         r"|\b(?:bersama|terpadu)\s+antara\s+(?:PT\.?\s+)?(?=\u2588)|\bjoint\s+(?:[a-z-]+\s+|\u2588+\s+){1,3}?between\s+(?:the\s+)?(?=\u2588)",
                         re.I)
watch(_JOINT_TEAM)


def _joint_team(ctx: Context, v: View, pos: int) -> None:
    first = next(iter(v.after(pos, ("Organization",))), None)
    if first is None or first.start != pos or not _usable(v, first) or negated(v.masked, pos):
        return
    group = seated_chain(v, first)
    group = [m for m in group if (u := parent_of_unit(v, m)) is None or u not in group]  # "BPOM dan Dit Tipidnarkoba Bareskrim"
    ents = list({m.ent.id: m.ent for m in group}.values())
    for i, a in enumerate(ents if 2 <= len(ents) <= 5 else ()):
        for b in ents[i + 1 :]:
            if not one_body(ctx, a, b) and not same_pom(a, b):
                ctx.emit("PARTNERS_WITH", a, b, v, 0.65)


# "Bersama Universitas X (dan Y), PT Z meluncurkan …", "Together with X, Z launched …": the fronted partners of the subject
_FRONT_WITH = re.compile(r"^\W*(?:bersama(?:-sama)?(?:\s+dengan)?|together\s+with)\s+(?:the\s+)?(?=\u2588)", re.I)
watch(_FRONT_WITH)


_WE_AFTER = re.compile(r"\)?\s*(?:\([^()]*\)\s*)?,\s*(?:kami|pihak\s+kami|we)\s+(?:(?:terus|akan|telah|sudah|juga|will|have|continue\s+to)\s+)*"
                       r"(?!tidak\b|tak\b|belum\b|not\b)\w", re.I)
_EN_VERB = re.compile(r"^[^.;:,]{0,40}?\b(?:[a-z]{3,}ed|ran|held|led|began|set\s+up)\b")  # "Together with A, B launched …"
_DENIED = re.compile(r"^\W*(?:\w+\s+){0,2}?(?:tidak|tak|belum|bukan|not|never|did\s+not)\b", re.I)


def _fronted(ctx: Context, v: View, pos: int) -> None:
    """"Bersama A (dan B), C <verb> …": C acts with each of them."""
    first = v.mentions[0] if v.mentions else None
    if first is None or first.start != pos or not _usable(v, first):
        return
    group = v.chain(first, ("Organization",))
    if _WE_AFTER.match(v.masked, (group[-1].gloss or group[-1]).end) and (own := speakers_side(ctx, v, pos, quoted=True)):
        for other in group:  # '"Bersama BPOM, kami terus mengawasi …," kata Direktur X Polda Y': the speaker's body
            if other.ent is not own.ent and not one_body(ctx, own.ent, other.ent):
                ctx.emit("PARTNERS_WITH", own.ent, other.ent, v, 0.6)
        return
    subj = v.next_mention(group[-1])
    if len(group) > 1 and re.fullmatch(r"\)?\s*,\s*", v.gap((group[-2].gloss or group[-2]).end, group[-1].start)) and (
            subj is None or not _usable(v, subj) or not re.fullmatch(r"\s*(?:dan|and|serta)\s*", v.gap(group[-1].end, subj.start))):
        subj, group = group[-1], group[:-1]  # "Bersama A, B meluncurkan …": B, set off by the comma, is the subject
    elif subj is None or not re.fullmatch(r"\)?\s*(?:\([^()]*\)\s*)?,\s*", v.gap((group[-1].gloss or group[-1]).end, subj.start)):
        return
    rest = v.masked[(subj.gloss or subj).end :] if subj is not None else ""
    if subj is None or not _usable(v, subj) or not (_JOINT_VERB.match(rest) or _EN_VERB.match(rest)) or _DENIED.match(rest):
        return
    for other in group:
        if other.ent is not subj.ent and not one_body(ctx, subj.ent, other.ent) and not (
                same_pom(subj.ent, other.ent)):  # (BPOM's own offices are one body)
            ctx.emit("PARTNERS_WITH", subj.ent, other.ent, v, 0.65)


_OURS_WITH = re.compile(r"\b(?:pihaknya|pihak\s+kami|kami|instansinya|lembaganya|we)\s+(?:(?:juga|akan|telah|sudah|will|have)\s+)*"
                        r"(?:bersama(?:-sama)?(?:\s+dengan)?|together\s+with)\s+(?:(?:tim|jajaran|petugas)\s+)?(?:the\s+)?", re.I)
watch(_OURS_WITH)
_VIA = re.compile(r"\)?\s*,?\s*(?:melalui|lewat|through|via)\s+(?:its\s+)?", re.I)


# "diperiksa oleh A bersama B", "carried out by A together with B": the passive's two doers (co-hosts of an event,
# "diselenggarakan oleh A bersama B", are no partners)
_BY = re.compile(r"\b(?!(?:diselenggarakan|digelar|diadakan|dibuka|diprakarsai|diinisiasi|organi[sz]ed|hosted|held)\b)"
                 r"(?:di[a-z]{3,}|[a-z]{3,}ed(?:\s+out)?)\s+(?:[^\s.;:,\u2588]+\s+){0,3}?(?:oleh|by)\s+"
                 r"(?:(?:tim|petugas|jajaran|personel|the)\s+)?"
                 r"(?:(?:perusahaan|produsen|industri|startup)(?:\s+[a-z]+){0,2}\s+(?:PT\.?\s+)?)?$", re.I)  # "oleh perusahaan rintisan PT A"
# "hasil operasi penindakan yang digelar bersama B", "Menurut X, … operasi gabungan bersama B": the speaker's office ran it with B
# the work of a regional office: "Kegiatan intensifikasi pengawasan pangan … itu digelar bersama B", "Pengawasan PJAS tahun
# ini dilakukan bersama B", "pendampingan dilakukan selama 18 bulan bersama B"
_OP_WITH = re.compile(r"\b(?:operasi|razia|penindakan|pemeriksaan|inspeksi|sidak|patroli|penggerebekan|penertiban|raid|operation|"
                      r"inspection|crackdown|pengawasan|intensifikasi|penelusuran|pendampingan|pembinaan|pengujian|pemantauan|"
                      r"sampling|surveilans|pemusnahan|kegiatan|supervision|monitoring)\b[^.;:\u2588]{0,70}?\b(?:yang\s+)?"
                      r"(?:(?:di(?:gelar|lakukan|laksanakan|adakan|jalankan|selenggarakan|kerjakan)|conducted|carried\s+out|held|"
                      r"launched)(?:\s+[^.;:,\u2588]{1,40}?)?|gabungan)\s+(?:bersama(?:-sama)?(?:\s+dengan)?|together\s+with|jointly\s+with)\s+"
                      r"(?:(?:tim|jajaran|petugas|personel|the)\s+)?(?=\u2588)", re.I)
watch(_OP_WITH)
_RELATIVE_DONE = re.compile(r"\byang\s+(?:di|conducted|held)", re.I)
_REGIONAL_POM = re.compile(r"(?:Balai|Loka|BBPOM|BPOM\s+di)\b")
_ENFORCED = re.compile(r"(?:operasi|razia|penindakan|pemeriksaan|inspeksi|sidak|patroli|penggerebekan|penertiban|raid|operation|"
                       r"inspection|crackdown)\b", re.I)
_DENIED_IN = re.compile(r"\b(?:tidak|tak|bukan|belum|not|never)\b", re.I)


def _operation_with(ctx: Context, v: View, start: int, end: int) -> None:
    """"Kepala Balai POM di Jambi, X, memaparkan hasil operasi yang digelar bersama Polda Jambi": the body the
    subject heads (or the subject body itself) partners each body named after "bersama"."""
    first = next(iter(v.after(end, ("Organization",))), None)
    if first is None or first.start != end or not _usable(v, first) or negated(v.masked, start) or _DENIED_IN.search(
            v.masked, start, end):
        return
    subj = next((m for m in v.mentions if m.end <= start and (m.type == "Person" or _usable(v, m))), None)  # the subject
    own = heads(ctx, subj) if subj is not None and subj.type == "Person" else subj if _usable(v, subj) else None
    enforced = _ENFORCED.match(v.masked, start) is not None  # (other work opening a sentence is no follow-up of the last)
    if not enforced and _RELATIVE_DONE.search(v.masked, start, end):
        return  # "Kegiatan yang digelar bersama B itu diikuti 85 peserta": told of its audience, B a co-host
    doers = [own.ent] if own is not None else [m.ent for m in _doer_before(ctx, v, start)] if enforced else []
    if not doers and own is None and not v.before(start) and (reg := story_regulator(ctx, v.index)) is not None and (
            enforced or _REGIONAL_POM.match(reg.name)):
        doers = [reg]  # "Operasi ini dijalankan bersama B" past a quote: the story's regulator ran it
    others = seated_chain(v, first)
    if not enforced and own is None:  # "Kegiatan … digelar bersama Dinas X": a regional office's work with local government
        others = [m for m in others if m.ent.category in ("government", "regulator")]
    for doer in doers:
        for other in others:
            if other.ent is not doer and not one_body(ctx, doer, other.ent) and not same_pom(doer, other.ent):
                ctx.emit("PARTNERS_WITH", doer, other.ent, v, 0.6)


def _doer_before(ctx: Context, v: View, start: int) -> list[M]:
    """"A membongkar …. Penggerebekan yang dilakukan bersama B …": the sentence opens with the operation, so its doer is
    the body the sentence before opens with (and the parent that unit is named with)."""
    if v.index == 0 or v.masked[:start].strip(" \"\u201c'(") or v.before(start):
        return []
    w = ctx.views[v.index - 1]
    m = next((x for x in w.mentions if x.type in ("Organization", "Person")), None)
    if m is None or not _usable(w, m):
        return []
    parent = w.next_mention(m)  # "Ditreskrimsus Polda Jawa Timur": the unit acts, its parent with it
    return [m] + ([parent] if parent is not None and parent_of_unit(w, parent) is m else [])


# "uji klinik fase 3 vaksin X bersama Universitas Y", '"… pengalaman dalam uji klinik vaksin, termasuk bersama Bio Farma"'
_TRIAL_WITH = re.compile(r"\b(?:uji\s+klini[ks]|studi\s+klinis|clinical\s+trials?|penelitian|riset)\b[^.;:]{0,80}?\b(?:termasuk\s+|including\s+)?"
                         r"(?:bersama(?:-sama)?(?:\s+dengan)?|together\s+with|jointly\s+with)\s+(?:(?:tim|peneliti)\s+)?(?=\u2588)", re.I)
watch(_TRIAL_WITH)
_BERSAMA_WORD = re.compile(r"bersama", re.I)  # what every gap ``_BERSAMA`` reads holds
watch(_BERSAMA_WORD)
# what ``joint_action`` asks about, in its order: one prefilter test spares a sentence holding none of them
_CUES = CueGroup(_OURS_WITH, _OP_WITH, _TRIAL_WITH, _JOINT_TEAM, _WITH_AFTER, _FRONT_WITH, _BERSAMA_WORD)
CUES = _CUES.patterns  # what ``joint_action`` reads (``partnerships`` gates on them)
_RIGHT_BEFORE = re.compile(r"\)?\s*(?:\([^()]*\)\s*)?(?:bersama(?:-sama)?(?:\s+dengan)?|together\s+with|jointly\s+with)\s+"
                           r"(?:(?:tim|peneliti)\s+)?", re.I)
_OURS = re.compile(r"\b(?:perusahaan|pihaknya|kami|we|the\s+company)\b", re.I)


def _its_officer(ctx: Context, subj: M, m: M) -> bool:
    """"Presiden Direktur PT X, P, …": P, named after the body whose post they hold, leaves X the subject."""
    held = heads(ctx, m) if m.type == "Person" else None
    return held is not None and held.ent is subj.ent and subj.ent.category == "company"  # (a regulator oversees others' trials)


def _titled(v: View, subj: M) -> bool:
    """Whether only the subject's title (with the body it names) comes before it ("Presiden Direktur PT X, P, …")."""
    before = [m for m in v.mentions if m.end <= subj.start]
    return subj.type == "Person" and bool(before) and all(m.role is not None or m.start in v.role_orgs for m in before)


def _trial_with(ctx: Context, v: View, start: int, end: int) -> None:
    """The trial's sponsor (the body right before "bersama", else the sentence's subject or the company spoken for)
    partners each body named after "bersama"."""
    first = next(iter(v.after(end, ("Organization",))), None)
    if first is None or first.start != end or not _usable(v, first) or negated(v.masked, start) or _DENIED_IN.search(
            v.masked, start, end) or any(m.type not in ("Product", "Program", "Location") for m in v.after(start, None, end)):
        return
    near = v.prev_mention(first)
    subj = next((m for m in v.mentions if m.end <= start and (m.type == "Person" or _usable(v, m))), None)
    if near is not None and _usable(v, near) and _RIGHT_BEFORE.fullmatch(v.masked[(near.gloss or near).end : end]):
        own = near  # "uji klinik yang dilakukan PT X bersama Y": X runs it
    elif subj is None or len(v.masked[: subj.start]) > (120 if _titled(v, subj) else 30) or any(
            m.type in ("Organization", "Location", "Person") and not _its_officer(ctx, subj, m)
            for m in v.after((subj.gloss or subj).end, None, start)):
        own = None  # only the subject opening the sentence, nobody else named before the trial
    elif subj.type == "Person":  # the speaker's own trial: "perusahaan", "kami", or a company's officer speaking
        own = heads(ctx, subj)
        own = own if own is not None and (_OURS.search(v.masked[subj.end : start]) or own.ent.category == "company") else None
    else:
        own = subj
    if own is None:
        return
    for other in v.chain(first, ("Organization",)):
        if other.ent is not own.ent and not one_body(ctx, own.ent, other.ent):
            ctx.emit("PARTNERS_WITH", own.ent, other.ent, v, 0.6)
