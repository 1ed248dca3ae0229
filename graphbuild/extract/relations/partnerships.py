"""PARTNERS_WITH (symmetric); MEMBER_OF is read in :mod:`.membership`.

"kerja sama strategis antara A dan B", "A bekerjasama dengan B", "A gandeng B",
"kolaborasi Indonesia–China", "komitmen kerjasama antara A dengan mitranya di
Jepang, B"; "A dan B telah menjalin kerja sama"; "Kerja sama tersebut juga melibatkan C";
"perusahaan juga bekerja sama dengan B" (the company the story is about); "Sinergi A dan B"; '"Kami
bermitra dengan B," kata X' (the speaker's body). Joint work, "mitra" and ownership are read in :mod:`.cooperation`;
the sides a clause leaves unnamed are found in :mod:`.partner_sides`, those a cue names (and the
edge itself) in :mod:`.partner_pairs`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import (
    agreement_items,
    consortium_partners,
    cooperation,
    cues,
    joined,
    member_lists,
    membership,
    named_parties,
    operation_partners,
    partner_lists,
    partner_pairs,
    postposed_with,
    story_with,
    subjects,
    together,
)
from graphbuild.extract.relations.co_subjects import besides, co_subjects
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.cuegroup import RuleTable
from graphbuild.extract.relations.manner import manner_subject
from graphbuild.extract.relations.partner_pairs import also_with as _also_with
from graphbuild.extract.relations.partner_pairs import emit as _emit
from graphbuild.extract.relations.partner_pairs import pair_before as _pair_before
from graphbuild.extract.relations.partner_pairs import second as _second
from graphbuild.extract.relations.partner_pairs import sides as _sides
from graphbuild.extract.relations.partner_sides import (
    SIDES,
    event_host,
    kind_anaphor,
    parent_of_unit,
)
from graphbuild.extract.relations.partner_sides import deal_before as _deal_before
from graphbuild.extract.relations.partner_sides import fronted_subject as _fronted_subject
from graphbuild.extract.relations.partner_sides import last_pair as _last_pair
from graphbuild.extract.relations.partner_sides import speakers_side as _speakers_side
from graphbuild.extract.relations.partner_sides import subject as _subject
from graphbuild.extract.relations.partner_sides import the_company as _the_company
from graphbuild.extract.relations.partner_sides import usable as _usable

_ANTARA = re.compile(r"^[^,;:.]{0,40}?\b(?:antara|between)\s+$", re.I)
_DENGAN = re.compile(r"^\s*(?:[\w-]+\s+){0,3}?(?:dengan|with|bersama)\s+(?:(?:pihak|mitra|the|an?)\s+)?"
                     r"(?:(?:perusahaan|produsen|lembaga|institusi)\s+(?:[a-z-]+\s+){0,2}?(?=asal\s))?(?:asal\s+)?"
                     # "dengan perusahaan farmasi nasional PT X", "with Indonesian drugmaker PT X": the partner described
                     # "dengan distributor farmasi milik negara, PT X", "dengan BUMN farmasi PT X", "with the state-owned distributor PT X"
                     # "dengan importir Mesir, B", "dengan produsen farmasi India, B": the partner's country after its trade
                     r"(?:(?:perusahaan|produsen|distributor|pabrikan|BUMN|importir|eksportir)(?:\s+[a-z-]+){0,3}?(?:\s+\u2588+)?\s*,?\s+"
                     r"|(?:\u2588+-based\s+)?(?:[a-z-]+\s+){0,2}(?:company|firm|drugmaker|distributor|manufacturer|developer|wholesaler)\s+"
                     r"|\u2588+['\u2019]s\s+)?"  # "with Japan's B": the partner by its country
                     r"(?:(?:[\w-]+\s+){0,2}[\w-]+\s*,?\s*(?:yakni|yaitu|namely|antara\s+lain|including|such\s+as)\s+|(?:[\w-]+\s+){0,5}[\w-]+\s*:\s*)?$",
                     re.I)  # "dengan tiga lembaga, yakni A, B dan C", "with three partners in the programme: A, B and C"
_DIRECT = re.compile(r"^\s*(?:(?:strategis|strategic|resmi)\s+)?(?:of\s+)?$", re.I)  # "a collaboration of A with B"  # "Kemitraan strategis A dan B"
_PAIR = re.compile(r"^\s*[-\u2013\u2014/]\s*$")
_BOTH = re.compile(r"\b(?:kedua\s+(?:belah\s+)?(?:perusahaan|pihak|lembaga|institusi|instansi|negara|organisasi)|"
                   r"both\s+(?:companies|parties|agencies|countries)|the\s+two\s+(?:companies|parties|agencies))\b", re.I)
watch(_BOTH)
# "has no plans to enter into a joint venture with B"; "kerja sama antara A dan B batal terwujud": no partnership
_NO_PLAN = re.compile(r"\b(?:no\s+plans?|not\s+plan\w*|(?:tidak|belum)\s+berencana|tidak\s+ada\s+rencana)\b[^.;:\u2588]{0,30}$"
                      r"|\b(?:berharap|ingin|hopes?\s+to|wants?\s+to|seeks?\s+to)\s+(?:(?:dapat|bisa|untuk)\s+)?$", re.I)  # a wish
_WITHOUT = re.compile(r"\b(?:tanpa|without)\s+$", re.I)  # "tanpa menggandeng B"
_CALLED_OFF = re.compile(r"[^.;:]{0,80}?\b(?:batal|urung|dibatalkan|(?:gagal|belum)\s+(?:terwujud|terlaksana)|called\s+off|cancel+ed|"
                         r"terminated)\b", re.I)


def find(ctx: Context) -> None:
    for v in ctx.busy:
        _PARTNERED.run(ctx, v)  # "A bermitra dengan B", then memberships told by cue words
        membership.member_ellipsis(ctx, v)  # (reads no cue: "…, sementara Thailand bergabung pada 2016")
        _JOINT.run(ctx, v)  # "A bersama B <verb>", "B joined as a partner", "A worked with B"
    low = ctx.doc.text.lower()  # (a plain substring test: a case-blind regex over the whole text is slow)
    for v in ctx.where(_BOTH, every=True) if "kedua" in low or "both" in low or "the two" in low else ():
        if not v.mentions and _BOTH.search(v.masked):  # "Kedua perusahaan telah bermitra."
            for c in v.cues(cues.PARTNER):
                _partners(ctx, v, c.start(), c.end())
    cooperation.find(ctx)
    consortium_partners.find(ctx)
    agreement_items.find(ctx)  # "MoU X — antara A dan B", "A – B: nota kesepahaman …" in summaries and lists
    partner_lists.find(ctx)  # bodies listed under 'bekerja sama dengan:' or 'Instansi yang terlibat'; 'digerebek oleh A dan B'
    member_lists.find(ctx)  # "Konsorsium beranggotakan:" over bullets; "Seluruh anggota juga … anggota B"
    subjects.signed_by_partners(ctx)  # a named deal told after the partnership sentence
    named_parties.find(ctx)  # "the A–B Supply Agreement": a deal named after its two parties


def _partners(ctx: Context, v: View, start: int, end: int) -> None:
    if cues.negated(v.masked, start) or _WITHOUT.search(v.masked[max(0, start - 12) : start]) or _NO_PLAN.search(v.masked[max(0, start - 60) : start]) or _CALLED_OFF.match(
            v.masked[end : v.clause_end(end)]):
        return
    after = [m for m in v.after(end) if m.type != "Person"]
    first = after[0] if after else None
    anchor = first
    if first is not None and first.type == "Location" and len(after) > 1 and after[1].type == "Organization" and (
            _ORIGIN_APPOSITION.match(v.masked[first.end : after[1].start]) and _ORIGIN_WORD.search(v.masked[: first.start])):
        first = after[1]  # "kerja sama dengan mitra asal Jepang, Towa Pharmaceutical": the partner is Towa
    elif first is not None and first.type == "Location" and len(after) > 1 and after[1].type == "Organization" and re.match(
            r"(?:-based|['\u2019]s)\s+(?:[a-z-]+\s+){0,3}(?:PT\.?\s+)?$", v.masked[first.end : after[1].start]):
        first = anchor = after[1]  # "partnered with Jakarta-based logistics firm PT B", "with Thailand's B": B, not the place
    # "kerja sama ... antara A dan/dengan B"
    if _usable(v, first) and _ANTARA.match(v.masked[end : first.start]):
        second = _second(v, first)
        if second is not None:
            _emit(ctx, v, first, second, 0.85)
            return
    # "A dan B telah menjalin kerja sama": the pair before the cue
    pair = (_pair_before(v, start, bool(_VERB_CUE.match(v.masked[start:end])))
            if not re.match(r"\s+(?:\w+\s+){0,2}?(?:dengan|with)\b", v.masked[end:]) else None)
    if pair is not None:  # (not "A dan B menjalin kerja sama dengan C": C is the partner of both)
        group = [*reversed(co_subjects(v, pair[0])), *pair]  # "A, B dan C bekerja sama": every two of them
        for i, a in enumerate(group):
            for b in group[i + 1 :]:
                _emit(ctx, v, a, b, 0.75)
        return
    # "kerja sama A dengan B": the noun, then both sides
    if _usable(v, first) and _NOUN_CUE.match(v.masked[start:end]) and _DIRECT.match(v.masked[end : first.start]) and (
            not re.match(r"\s*\(", v.masked[end:])):
        second = _second(v, first)
        doers = [first]
        unit = v.next_mention(first)
        if unit is not None and _usable(v, unit) and _VIA.fullmatch(v.gap((first.gloss or first).end, unit.start)) and (
                (third := _second(v, unit)) is not None):  # "kerja sama A melalui X dengan B": A and its office X both
            doers, second = [first, unit], third
        if second is not None and _WITH_OTHER.match(v.gap((doers[-1].gloss or doers[-1]).end, second.start)):
            for other in _sides(v, second):  # "kerja sama A dengan B, C dan D": A partners each of them
                for doer in doers:
                    if _usable(v, other) and other.ent is not doer.ent:
                        _emit(ctx, v, doer, other, 0.75)
            return
        group = [m for m in _sides(v, first) if _usable(v, m)]  # "Sinergi BPOM dan Polri", "Kolaborasi A, B, dan C"
        # "kolaborasi Ditresnarkoba Polda Riau dan B": a unit's parent named right after it is no side of its own
        group = [m for m in group if (u := parent_of_unit(v, m)) is None or u not in group]
        if 1 < len(group) <= 3 and re.search(r"\b(?:dan|and|serta)\s*$", v.gap(group[-2].end, group[-1].start)) and (
                not re.search(r"\b(?:oleh|by)\s+$", v.masked[:start])):  # "diprakarsai oleh kerja sama A, B, …": co-hosts
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    _emit(ctx, v, a, b, 0.7)
            return
    # "Kerja sama tersebut juga melibatkan C": C joins the parties of the deal told before
    joins = _INVOLVES.match(v.masked, end)
    if joins is not None and _usable(v, first) and first.start == joins.end():  # type: ignore[union-attr]
        pair = None if joins.group("all") else _deal_before(ctx, v)
        group = [m for m in _sides(v, first) if _usable(v, m)] if not pair else []  # "melibatkan tiga pihak, yakni A, B, dan C"
        for i, a in enumerate(group if len(group) > 1 else ()):
            for b in group[i + 1 :]:
                _emit(ctx, v, a, b, 0.65)
        for side in pair or ():
            if side.ent is not first.ent:  # type: ignore[union-attr]
                _emit(ctx, v, side, first, 0.65)  # type: ignore[arg-type]
        if pair or len(group) > 1:
            return
    # "A bekerjasama dengan B (, C dan D)", "A menggandeng perusahaan bioteknologi asal X, B"
    if _usable(v, first) and (_DENGAN.match(v.masked[end : anchor.start])  # type: ignore[union-attr]
                              or (_DESCRIBED.match(v.masked[end : anchor.start])  # type: ignore[union-attr]
                                  and re.search(r"gandeng|gaet|rangkul", v.masked[start:end], re.I))):
        sides = _sides(v, first)  # type: ignore[arg-type]
        sides += _also_with(v, sides[-1])
        subj = (_possessor(v, start) or _subject(v, start) or _speakers_side(ctx, v, start) or _the_company(ctx, v, start) or kind_anaphor(ctx, v, start)
                or (cooperation.clause_subject(v, start) if _VERB_CUE.search(v.masked[start:end]) else None) or manner_subject(v, start)
                or event_host(ctx, v, start))
        fronted = subj is None and _FRONTED.match(v.masked[:start]) is not None
        if fronted:
            subj, sides = _fronted_subject(v, sides)
        if subj is not None:  # (the partners listed before a fronted phrase's subject are no co-subjects of it)
            sides = [*sides, *([] if fronted else besides(v, subj))]  # "Selain A, X juga bekerja sama dengan B": A too
            unit = parent_of_unit(v, subj) if subj.end > subj.start and not fronted else None
            # "Fakultas Farmasi Universitas Gadjah Mada (UGM) bekerja sama dengan B": the faculty acts, not only its parent
            for who in [subj, *([unit] if _usable(v, unit) else []), *(() if fronted else co_subjects(v, subj))]:
                for other in sides:
                    if other.ent is not who.ent:
                        _emit(ctx, v, who, other, 0.8)
            return
    # "Kedua perusahaan juga telah berkolaborasi …": the two parties named before
    both = _BOTH.search(v.masked[max(0, start - 40) : start])
    if both is not None:
        pair = _last_pair(ctx, v, start - 40 + both.start() if start >= 40 else both.start(),
                          bool(re.search(r"perusahaan|compan", both.group(), re.I)))
        if pair is not None:
            _emit(ctx, v, pair[0], pair[1], 0.65)
            return
    # "kolaborasi Indonesia–China" / "Kalbe–CSPC: Sinergi"
    for a in v.mentions:
        b = v.next_mention(a)
        if (_usable(v, a) and _usable(v, b) and _PAIR.match(v.gap(a.end, b.start))
                and (0 <= a.start - end <= 25 or 0 <= start - b.end <= 10)):
            _emit(ctx, v, a, b, 0.7)


_VIA = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:melalui|lewat|through|via)\s+(?:its\s+)?", re.I)
_OWNS_CUE = re.compile(r"^['\u2019]s\s+(?:(?:earlier|previous|existing|ongoing|long-standing|longstanding|recent|new|first|"
                       r"strategic|research|clinical|r&d)\s+){0,2}$", re.I)


def _possessor(v: View, start: int) -> M | None:
    """"Seonjin's earlier collaboration with B": the organisation whose partnership it is (English possessive)."""
    m = next(iter(v.before(start)), None)
    if m is None or m.type != "Organization" or not _OWNS_CUE.match(v.masked[m.end : start]):
        return None
    return m
_NOUN_CUE = re.compile(r"(?:kerja\s*sama|kolaborasi|kemitraan|sinergi|partnership|collaboration|cooperation)$", re.I)
_WITH_OTHER = re.compile(r"^\)?\s*(?:dengan|with)\s+$", re.I)
_INVOLVES = re.compile(r"\s+(?:tersebut|ini|itu)\s+(?:juga\s+)?(?:melibatkan|involves|also\s+involves)\s+(?:the\s+)?"
                       r"(?P<all>(?:\w+\s+)?(?:pihak|parties)\s*,?\s*(?:yakni|yaitu|namely|antara\s+lain)?\s*)?", re.I)
_DESCRIBED = re.compile(r"^\s*(?:(?:perusahaan|mitra|produsen|lembaga|institusi|BUMN|company|firm|" + partner_pairs.CLASS_NOUN + r")\b[^\u2588,.;]{0,40}?)?"
                        r"(?:\basal\s+|\bfrom\s+)?(?:(?:[\w-]+\s+){0,2}[\w-]+\s*,?\s*(?:yakni|yaitu|namely|antara\s+lain|including)\s+"
                        r"|(?:[\w-]+\s+){0,5}[\w-]+\s*:\s*)?$",
                        re.I)  # "menggandeng dua universitas, yakni A dan B"
# a cue that is itself the verb: "A dan B berkolaborasi", "A and B collaborate"
_VERB_CUE = re.compile(r"(?:ber\w+|bekerja\s*sama|collaborat(?:e|ed|es)|partnered|teamed\s+up|cooperat(?:e|ed)|join(?:ed)?\s+forces)$",
                       re.I)


# "Melalui kemitraan dengan A, B akan …": the fronted phrase names the partner, the clause's subject follows
_FRONTED = re.compile(r"^\W*(?:(?:melalui|lewat|berkat|dalam|dengan|through|via|under|in|with)\s+(?:\w+\s+){0,2})?$", re.I)
# (no preposition: "Bekerja sama dengan A, B menggelar …", "Partnering with A, B …": the cue opens the sentence)
_ORIGIN_APPOSITION = re.compile(r"^\s*,\s*(?:PT\.?\s+)?$")
_ORIGIN_WORD = re.compile(r"\basal\s+$", re.I)


# "A mengembangkan vaksin X bersama B", "A developed the vaccine together with B": research done jointly
_WORKED_WITH = re.compile(r"\b(?:mengembangkan|meneliti|memproduksi|menguji|develop(?:ed|s)?|research(?:ed|es)?|produc(?:ed|es))"
                          r"\s+[^.;:,]{0,70}?\b(?:bersama(?:-sama)?(?:\s+dengan)?|together\s+with|jointly\s+with)\s+", re.I)
watch(_WORKED_WITH)


def _worked_with(ctx: Context, v: View, start: int, end: int) -> None:
    after = v.after(end, SIDES)
    if not after or after[0].start != end or not _usable(v, after[0]) or after[0].type != "Organization" or any(
            m.type not in ("Product", "Program") for m in v.after(start, None, end)):
        return  # only what was made may stand between the verb and the partner
    subj = _subject(v, start) or _the_company(ctx, v, start)
    for other in v.chain(after[0], ("Organization",)) if subj is not None else ():
        if other.ent is not subj.ent:  # type: ignore[union-attr]
            _emit(ctx, v, subj, other, 0.7)  # type: ignore[arg-type]


def _partnered(ctx: Context, v: View) -> None:
    for c in v.cues(cues.PARTNER):
        _partners(ctx, v, c.start(), c.end())


def _worked_with_all(ctx: Context, v: View) -> None:
    for c in v.cues(_WORKED_WITH):
        _worked_with(ctx, v, c.start(), c.end())


# ``find``'s per-sentence rules, in order, with the cues each reads (most sentences hold none of them)
_PARTNERED = RuleTable((_partnered, cues.PARTNER), (membership.find, *membership.CUES))
_JOINT = RuleTable((together.joint_action, *together.CUES), (joined.find, joined.CUE), (_worked_with_all, _WORKED_WITH),
                  (operation_partners.find, *operation_partners.CUES), (postposed_with.find, *postposed_with.CUES),
                  (story_with.find, story_with.CUE))
