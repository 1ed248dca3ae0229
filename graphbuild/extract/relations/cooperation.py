"""PARTNERS_WITH told by what was done together, by whose partner a body is, or by who owns or joins what.

News states joint work by what was done and with whom, the doer often far from the partner or named
only in the sentence before: "dengan dukungan transfer teknologi dari (perusahaan Jerman,) B",
"Produk tersebut dikembangkan bersama B" (the company of the story), "Vaksin itu diteliti A selama empat
tahun bersama B", "Uji validasi dilakukan bekerja sama dengan B dan C", "…, which entered phase III
trials in cooperation with B", "distributes products from B under a distribution agreement". Also
"B, mitra teknologi A", "A menunjuk B sebagai mitra", "Under the partnership, A … B", "A dan B akan
bersama-sama mengembangkan …", a joint venture's owners, a consortium's members, partners listed one
per bullet after "… bekerja sama dengan sejumlah lembaga, yaitu:", and "A bersama B (dan C) <verb>" is read in :mod:`.together`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.coop_doers import ORG, _doer, usable
from graphbuild.extract.relations.discourse import regulator_like, story_firms
from graphbuild.extract.relations.partner_sides import speakers_side
from graphbuild.extract.relations.subjects import apposition_head, regulators_before
from graphbuild.extract.relations.together import one_body

# "(dengan dukungan|melalui skema) transfer/alih teknologi dari/dengan B", "with technology transfer from B"
_TECH_FROM = re.compile(r"\b(?:(?:transfer|alih)\s+teknologi|technology\s+transfer)(?:\s+[\w-]+){0,3}?\s+(?:dari|from|dengan|with)\s+", re.I)
# the words that may describe the partner before its name: "perusahaan Jerman, B", "Swiss firm B"
_DESCRIBED = re.compile(r"^(?:(?:the\s+)?(?:perusahaan|produsen|mitra|pihak|firm|company|maker|manufacturer|[\w\u2588-]+\s+firm)"
                        r"(?:\s+[\w\u2588-]+){0,3}?\s*,?\s*|\u2588+\s+(?:firm|company)\s+)?(?:asal\s+\u2588+\s*,\s*)?$", re.I)
# a passive or reduced clause of joint work: "dikembangkan (A sejak 2020) bersama B", "developed … in cooperation with B"
_DONE_WITH = re.compile(
    r"\b(?:dikembangkan|diteliti|diproduksi|dirancang|dilakukan|dilaksanakan|dibangun|diuji|diformulasikan|diracik|dikaji|"
    r"dikerjakan|disusun|diciptakan|dihasilkan|dikelola|dijalankan|developed|co-developed|conducted|designed|formulated|tested|managed|"
    r"carried\s+out|built|(?:entered|began|started|completed)\s+phase\s+[IV1-4]+(?:\s+[\w-]+){0,2})\b(?P<mid>[^.;:]{0,60}?)\b"
    r"(?:bersama(?:-sama)?(?:\s+dengan)?|together\s+with|jointly\s+with|bekerja\s*sama\s+dengan|"
    r"in\s+(?:cooperation|collaboration|partnership)\s+with)\s+(?:the\s+)?"
    r"(?:(?:para\s+)?(?:peneliti|tim\s+peneliti|ilmuwan|researchers|scientists)\s+(?:dari\s+|from\s+|at\s+)?)?"  # "bersama peneliti B"
    r"(?:(?:mitra(?:nya)?|rekanan(?:nya)?|(?:its|their)\s+(?:[\w-]+\s+)?partners?)\s*,?\s*)?"  # "bersama mitranya, B"
    r"(?:(?:perusahaan|produsen|mitra)\s+(?:[\w-]+\s+){0,2}?asal\s+\u2588+\s*,\s*)?(?=\u2588)", re.I)
_BY = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:oleh|by)\s+$", re.I)
_STAFF = re.compile(r"(?:peneliti|researchers|scientists|ilmuwan)\s+(?:dari\s+|from\s+|at\s+)?$", re.I)
# "distributes (oncology) products from B under a distribution agreement"
_SELLS_FROM = re.compile(r"\b(?:distribut\w*|mendistribusikan|memasarkan|markets|marketed|sells|menjual)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:products?|produk|obat|portfolio)\s+(?:(?:[\w-]+\s+){0,2}?(?:from|of|dari|milik|buatan)\s+|(?=\u2588|PT\b))", re.I)
_UNDER_DEAL = re.compile(r"\b(?:under|through|via)\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,3}?(?:agreement|contract|partnership)\b"
                         r"|\b(?:berdasarkan|melalui)\s+(?:perjanjian|kontrak|kesepakatan)\b", re.I)
# "A akan mentransfer teknologi produksi vaksin kepada B", "A will transfer its technology to B"
_TECH_TO = re.compile(r"\b(?:mentransfer|mengalihkan|transfer(?:s|red|ring)?)\s+(?:[\w-]+\s+){0,4}?(?:teknologi|technology|know-how)\b"
                      r"[^.;:\u2588]{0,40}?\b(?:kepada|ke|to)\s+", re.I)
# "Under the partnership, A will supply … while B …", "Melalui MoU tersebut, A dan B akan …": the two named are the parties
_FRONT_DEAL = re.compile(r"^\W*(?:under|through|in|pursuant\s+to|dalam|melalui|lewat|berdasarkan)\s+(?:the\s+terms\s+of\s+)?(?:the\s+|this\s+)?"
                         r"(?:partnership|collaboration|cooperation|alliance|agreement|MoU|kerja\s*sama|kemitraan|kolaborasi|"
                         r"nota\s+kesepahaman|perjanjian|kesepakatan)(?:\s+(?:ini|tersebut|itu))?\s*,\s*", re.I)
_BOUGHT = re.compile(r"\b(?:saham|shares?|stake|membeli|mengakuisisi|akuisisi|acquir\w+|purchas\w+|bought|persen|percent)\b", re.I)
# "B, mitra teknologi A,": B partners A; "A menunjuk/menjadikan B sebagai mitra": likewise
_PARTNER_OF = re.compile(r"\u2588\s*,\s*(?:the\s+)?(?:mitra|partner)(?:\s+(?:teknologi|strategis|riset|distribusi|technology|"
                         r"strategic|research|distribution|manufacturing|lokal|local))?\s+(?:dari\s+|of\s+)?(?:PT\.?\s+)?(?=\u2588)"
                         # "distributed by A's partner, B": the possessor partners B
                         r"|\u2588['\u2019]s\s+(?:(?:local|distribution|technology|strategic|research|manufacturing|marketing)\s+)?partner\s*,\s*"
                         r"(?:PT\.?\s+)?(?=\u2588)"
                         r"|\b(?:menjadi|adalah|merupakan|is|became|has\s+been)\s+(?:the\s+|a\s+|an\s+|its\s+)?"
                         r"(?:(?:research|technology|distribution|strategic|official|local|manufacturing)\s+)?(?:mitra|partner)"
                         r"(?:\s+(?:resmi|strategis|utama|teknologi|riset|penelitian|distribusi|pemasaran|produksi|lokal|official|strategic|key|technology|marketing|"
                         r"research|distribution|local))?\s+(?:dari\s+|of\s+)?(?:PT\.?\s+)?(?=\u2588)"
                         r"|\b(?:menunjuk|menjadikan|memilih|menetapkan|appointed|named|chose|selected)\s+(?=\u2588[^.;:]{0,60}?\b(?:sebagai|as)\s+"
                         r"(?:(?:a|the|its)\s+)?(?:[\w-]+\s+)?(?:mitra|partner)\b)"
                         # "diimpor dari mitra asal Prancis, B", "sourced from its partner in Germany, B": the subject's partner
                         r"|(?P<from>(?:(?<=dari\s)|(?<=oleh\s)|(?<=from\s)|(?<=by\s)|(?<=its\s)|(?<=their\s)"  # (led by the noun)
                         r"|(?<=melalui\s)|(?<=bersama\s)|(?<=through\s)|(?<=via\s))"  # "melalui mitranya di Indonesia, B"
                         r"(?:(?:mitra(?:nya)?|partner)(?:\s+[\w-]+)?\s+(?:asal|dari|di|from|in)\s+\u2588+\s*,\s*"
                         # "bersama mitra lokalnya PT B", "melalui mitranya, PT B": the partner named at once
                         r"|(?<!its\s)(?<!their\s)(?:mitranya|mitra\s+(?:lokal|teknologi|strategis|distribusi|riset)nya)\s*,?\s*(?:PT\.?\s+)?))(?=\u2588)"
                         r"|\b(?P<own>(?:the\s+)?(?:company|group)['\u2019]s\s+(?:[\w-]+\s+)?partners?|its\s+(?:[\w-]+\s+)?partners?"
                         r"|(?:mitra|rekanan)(?:\s+[\w-]+)?\s+(?:perseroan|perusahaan(?:\s+(?:ini|tersebut|itu))?))\s*,\s*(?=\u2588)"
                         # '"… melalui mitra kami, PT X," kata Benny', "our distribution partner, X": the speaker's company
                         r"|\b(?P<ours>(?:mitra|partner)(?:\s+[\w-]+)?\s+(?:kami|kita)|our(?:\s+[\w-]+)?\s+partners?)\s*,?\s*"
                         r"(?:yakni\s+|yaitu\s+)?(?:PT\.?\s+)?(?=\u2588)", re.I)
# "A dan B akan bersama-sama mengembangkan …", "A and B will jointly develop …", "A dan B sepakat untuk membangun …"
_JOINTLY = re.compile(r"\b(?:(?:akan\s+|will\s+)?(?:bersama-sama|jointly)\s+(?:me\w+|develop|produce|build|research|market|"
                      r"manufacture|conduct|launch|invest)|sepakat\s+(?:untuk\s+)?(?!menyelesaikan|mengakhiri|membatalkan|menghentikan|memutus)me\w+"
                      # "A dan B menyepakati kerja sama pelatihan", "sepakat (untuk) bekerja sama", "A and B agreed to cooperate on …"
                      r"|(?:sepakat\s+(?:untuk\s+)?|menyepakati\s+(?:sebuah\s+|program\s+)?)(?:bekerja\s*sama|berkolaborasi|bermitra|kerja\s*sama|"
                      r"kolaborasi|kemitraan)|agreed\s+(?:to\s+(?:cooperate|collaborate|partner|work\s+together)|on\s+(?:a\s+|new\s+)?"
                      r"(?:joint\s+\w+|cooperation|collaboration|partnership)))\b",
                      re.I)  # (agreeing to settle a dispute or to part is no partnership)
# a joint venture's owners are partners: "patungan yang mayoritas sahamnya dimiliki A, sedangkan sisanya dipegang B",
# "Dalam perjanjian usaha patungan …, A menguasai 51 persen saham, sedangkan B memegang 49 persen"
_VENTURE = re.compile(r"\b(?:perusahaan|usaha)\s+patungan|\bjoint[\s-]+venture", re.I)
_OWNED_BY = re.compile(r"(?:\b(?:dimiliki|dipegang|dikuasai|owned|held|milik)\s+|\d\s*(?:%|persen|percent)\s+(?:sisanya\s+)?)"
                       r"(?:oleh\s+|by\s+)?(?:PT\.?\s+)?$", re.I)  # "… dimiliki A dan 49% oleh B"
_HOLDS = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:[\w,]+\s+){0,4}?(?:menguasai|memegang|memiliki|holds|owns|held|owned)\s+(?:\w+\s+)?"
                    r"\d+(?:[.,]\d+)?\s*(?:persen|%)", re.I)
# "Konsorsium yang terdiri atas A, B, dan C": the members of a consortium are partners
_CONSORTIUM = re.compile(r"\b(?:konsorsium|consortium)\b[^.;:\u2588]{0,40}?\b(?:terdiri\s+(?:atas|dari)|beranggotakan|melibatkan|"
                         r"consisting\s+of|comprising|comprises|consists\s+of|includes|made\s+up\s+of|of)\s+(?:PT\.?\s+)?(?=\u2588)", re.I)
# "A menjalin kerja sama dengan sejumlah lembaga, yaitu:" and a bulleted list of them after
_LIST_INTRO = re.compile(r"\b(?:kerja\s*sama|bermitra|berkolaborasi|menggandeng|kemitraan|partnered|partnerships?|collaborat\w*|"
                         r"cooperat\w*)\b[^.;\u2588]{0,60}:\s*$", re.I)
_BOTH_AGREE = re.compile(r"\b(?:kedua\s+(?:otoritas|regulator)|(?:both|the\s+two)\s+regulators)\s+(?:(?:juga|telah|also|have)\s+)?"
                         r"(?:sepakat|menyepakati|agreed)\b", re.I)
_BULLET = re.compile(r"^\s*(?:[-*\u2022]|\d{1,2}[.)])\s+")
_CUES = CueGroup(_TECH_FROM, _DONE_WITH, _SELLS_FROM, _TECH_TO, _FRONT_DEAL, _PARTNER_OF, _JOINTLY, _VENTURE, _CONSORTIUM,
                 _LIST_INTRO)  # everything ``find`` reads a sentence for
watch(*_CUES.patterns, _BOTH_AGREE)


def find(ctx: Context) -> None:
    for v in ctx.where(*_CUES.patterns):
        for c in v.cues(_TECH_FROM):
            _from_partner(ctx, v, c.start(), c.end(), 0.65)
        for c in v.cues(_TECH_TO):
            _from_partner(ctx, v, c.start(), c.end(), 0.65)
        for c in v.cues(_DONE_WITH):
            _done_with(ctx, v, c)
        for c in v.cues(_FRONT_DEAL):
            orgs = list({m.ent.id: m.ent for m in v.after(c.end(), ORG) if usable(v, m)}.values())
            if len(orgs) == 2 and not _BOUGHT.search(v.masked):
                ctx.emit("PARTNERS_WITH", orgs[0], orgs[1], v, 0.6)
        for c in v.cues(_JOINTLY):
            _jointly(ctx, v, c.start())
        for c in v.cues(_VENTURE):
            _pairs(ctx, v, [m for m in v.after(c.end(), ORG) if _OWNED_BY.search(v.masked[max(0, m.start - 30) : m.start])
                            or _HOLDS.match(v.masked[m.end :])], 3)
            _venture_of(ctx, v, c.end())
            break
        for c in v.cues(_LIST_INTRO):
            _bulleted(ctx, v, c.start())
        for c in v.cues(_CONSORTIUM):
            first = next(iter(v.after(c.end(), ORG)), None)
            _pairs(ctx, v, v.chain(first, ORG) if first is not None and first.start == c.end() else [], 5)
        for c in v.cues(_PARTNER_OF):
            _partner_of(ctx, v, c)
        for c in v.cues(_SELLS_FROM):
            if _UNDER_DEAL.search(v.masked, c.end()):
                _from_partner(ctx, v, c.start(), c.end(), 0.6)
    for v in ctx.where(_BOTH_AGREE, every=True):  # "Kedua otoritas sepakat memperbarui nota kesepahaman": the two regulators of the story
        if (both := _BOTH_AGREE.search(v.masked)) and len(pair := regulators_before(ctx, v, both.start())) == 2:
            ctx.emit("PARTNERS_WITH", pair[0], pair[1], v, 0.6)


# "perusahaan patungan antara A asal Osaka, Jepang, dan B", "a joint venture between A and B", "usaha patungan A dan B"
_VENTURE_OF = re.compile(r"\s+(?:(?:baru\s+)?(?:antara|between|of|milik)\s+(?:the\s+)?)?(?:PT\.?\s+)?")
_VENTURE_AND = re.compile(r"\.?\s*(?:\([^()]*\)\s*)?(?:,?\s*(?:asal|from|of|dari|based\s+in)\s+[\u2588\s,]+?)?,?\s*(?:dan|and|serta|dengan|with|&)\s+"
                          r"(?:the\s+)?(?:PT\.?\s+)?")


def _venture_of(ctx: Context, v: View, pos: int) -> None:
    """The two owners named right after "perusahaan patungan (antara)": partners."""
    first = next(iter(v.after(pos, ORG)), None)
    if first is None or not usable(v, first) or not _VENTURE_OF.fullmatch(v.masked[pos : first.start]):
        return
    second = next((m for m in v.after(first.end, ORG)), None)
    if second is not None and usable(v, second) and _VENTURE_AND.fullmatch(v.masked[(first.gloss or first).end : second.start]):
        ctx.emit("PARTNERS_WITH", first.ent, second.ent, v, 0.6)


def _pairs(ctx: Context, v: View, ms: list[M], most: int) -> None:
    """Every two of 2..``most`` distinct bodies: the owners of a venture, the members of a consortium."""
    ents = list({m.ent.id: m.ent for m in ms if usable(v, m)}.values())
    for i, a in enumerate(ents if 2 <= len(ents) <= most else ()):
        for b in ents[i + 1 :]:
            ctx.emit("PARTNERS_WITH", a, b, v, 0.6)


def _jointly(ctx: Context, v: View, pos: int) -> None:
    """"A dan B (akan) bersama-sama mengembangkan …", "A (ACR), B dan C sepakat …": the list right before the adverb."""
    b = next(iter(v.before(pos)), None)
    a = v.prev_mention(b) if b is not None else None
    if (a is not None and b is not None and usable(v, a) and usable(v, b)
            and re.fullmatch(r"\.?\s*(?:\([^()]*\))?\s*,?\s*(?:dan|and|serta|&)\s*(?:the\s+)?", v.gap(a.end, b.start), re.I)
            and re.fullmatch(r"\.?\s*(?:\([^()]*\)\s*)?(?:(?:juga|telah|akan|will|have|has|resmi)\s+)*", v.masked[b.end : pos])):
        items = [b, a]
        while (p := v.prev_mention(items[-1])) is not None and usable(v, p) and len(items) < 5 \
                and re.fullmatch(r"\.?\s*(?:\([^()]*\))?\s*,\s*", v.gap(p.end, items[-1].start)):
            items.append(p)  # the list's earlier items, each glossed or not
        _pairs(ctx, v, items[::-1], 5)


def _from_partner(ctx: Context, v: View, start: int, end: int, conf: float) -> None:
    """The partner named (after a short description) where ``end`` leaves off; the doer before."""
    if cues.negated(v.masked, start):
        return
    partner = next((m for m in v.after(end, ORG) if _DESCRIBED.match(v.masked[end : m.start])), None)
    if partner is None or not usable(v, partner) or any(m.type == "Organization" for m in v.after(end, None, partner.start)):
        return
    doer = _doer(ctx, v, start, partner)
    if doer is not None and regulator_like(doer) and partner.ent.category == "company" and all(m.ent is not doer for m in v.mentions):
        # "Fasilitas itu dibangun dengan alih teknologi dari B" after "sertifikat halal dari BPJPH": the firm of the story
        firms = [e for e in ctx.recent(v.index, ORG, pos=start, back=4, limit=6) if e.category == "company" and e is not partner.ent]
        firms = firms or story_firms(ctx, partner.ent, pt_named=True)
        doer = max(firms, key=lambda e: len(e.mentions)) if firms else None
    if doer is not None:
        ctx.emit("PARTNERS_WITH", doer, partner.ent, v, conf)


# "bersama Pusat Riset Bahan Baku Obat, Badan Riset dan Inovasi Nasional (BRIN)", "bersama Direktorat X Badan POM":
# a research centre or directorate named with its parent after it; the unit is the partner, the parent its address
_UNIT = re.compile(r"(?:Pusat\s+(?:Riset|Studi|Penelitian|Kajian)|Direktorat|Research\s+Cent(?:er|re))\b")
_PARENT_GAP = re.compile(r"\)?\s*(?:\([^()]{1,30}\)\s*)?,?\s*")


def _done_with(ctx: Context, v: View, c: re.Match[str]) -> None:
    if cues.negated(v.masked, c.start()) or cues.negated(v.masked, c.end("mid")):
        return  # ("yang diproduksi A, bukan bekerja sama dengan B")
    first = next(iter(v.after(c.end(), ORG)), None)
    staff = bool(_STAFF.search(c.group()))  # "bersama peneliti Fakultas Kedokteran Unhas": the researchers' body
    if first is None or first.start != c.end() or not (usable(v, first) or staff):
        return
    group = [m for m in v.chain(first, ("Organization", "Location")) if usable(v, m) or m is first]  # "RSUD X Surabaya dan Dinkes Y"
    group = [m for i, m in enumerate(group) if not (i and _UNIT.match(group[i - 1].ent.name)
                                                    and _PARENT_GAP.fullmatch(v.gap((group[i - 1].gloss or group[i - 1]).end, m.start)))]
    between = v.after(c.start(), None, c.start("mid") + len(c.group("mid")))
    if any(m.type == "Person" for m in between):
        return
    by = v.next_mention(group[-1])
    if by is not None and usable(v, by) and _BY.match(v.gap((group[-1].gloss or group[-1]).end, by.start)):
        doer = by.ent  # "dikembangkan bersama B oleh A"
    else:
        inside = [m for m in between if usable(v, m)]
        doer = inside[-1].ent if inside else _doer(ctx, v, c.start(), first)  # "dikembangkan A sejak 2020 bersama B"
    for other in group if doer is not None else ():
        if other.ent is not doer and not one_body(ctx, doer, other.ent):  # type: ignore[arg-type]
            ctx.emit("PARTNERS_WITH", doer, other.ent, v, 0.65)  # type: ignore[arg-type]


_ALONG = re.compile(r"\b(?:melalui|bersama|through|via)\s$", re.I)
_PLACED = re.compile(r"\b(?:di|ke|kepada|at|to)\s+$", re.I)  # "registrasi di BPOM melalui mitranya, B": BPOM is no side of it
_DENIED = re.compile(r"\b(?:tidak|tak|belum|bukan|not|never|no\s+longer)\b", re.I)


def _partner_of(ctx: Context, v: View, c: re.Match[str]) -> None:
    nxt = next(iter(v.after(c.end(), ORG)), None)
    if nxt is None or not usable(v, nxt) or nxt.start != c.end():
        return
    if c.group().startswith("\u2588"):  # "B, mitra teknologi A": B is the mention ending the match's first character
        own = next((m for m in v.before(c.start() + 1, ORG) if usable(v, m)), None)
        if own is not None and own.end == c.start() + 1:
            ctx.emit("PARTNERS_WITH", own.ent, nxt.ent, v, 0.6)
        return
    speaker = speakers_side(ctx, v, c.start(), quoted=True) if c.group("ours") else None
    if speaker is not None:  # '"… mitra kami, B," kata X': the body X holds a post in
        doer = speaker.ent
    elif c.group("own") or c.group("ours"):  # "the Company's technology partner, B": the company the release is about
        near = [e for e in ctx.recent(v.index, ORG, pos=c.start(), back=12, limit=8)
                if e is not nxt.ent and (e.category == "company" or ctx.is_indonesian(e))]
        doer = max(near, key=lambda e: len(e.mentions)) if near else None
    elif c.group("from"):  # "A, anak usaha C, memasarkan vaksin yang diimpor dari mitra asal Prancis, B": A
        orgs = [m for m in v.before(c.start(), ORG) if usable(v, m) and not _PLACED.search(v.masked, max(0, m.start - 8), m.start)]
        doer = apposition_head(v, orgs[0], v.mentions).ent if orgs else _doer(ctx, v, c.start(), nxt)
        if _DENIED.search(v.masked, orgs[0].end if orgs else 0, c.start()):
            return  # "tidak lagi mengimpor komponen dari mitra asal Jepang, B"
        if _ALONG.search(v.masked, max(0, c.start() - 9), c.start()) and _DENIED.search(v.masked, 0, c.start()):
            return  # "Vaksin itu tidak dikembangkan A bersama mitranya, B"
    else:
        doer = _doer(ctx, v, c.start(), nxt)
    if doer is not None and not cues.negated(v.masked, c.start()):
        ctx.emit("PARTNERS_WITH", doer, nxt.ent, v, 0.6)


def clause_subject(v: View, pos: int) -> M | None:
    """"LPPOM MUI, kata dia, telah menambah auditor yang … dan bekerja sama dengan B": the organisation opening the
    sentence is the subject of a predicate coordinated after its first one, when nothing else is named between."""
    first = v.mentions[0] if v.mentions else None
    if (first is None or not usable(v, first) or v.masked[: first.start].strip(" \"\u201c*-") or v.after(first.end, None, pos)
            or not _COORDINATED.search(v.masked[first.end : pos])):
        return None
    return first


_COORDINATED = re.compile(r"\b(?:dan|serta|and)\s+(?:(?:juga|telah|sudah|also|has|have)\s+)*$", re.I)


def _bulleted(ctx: Context, v: View, pos: int) -> None:
    """The partners listed one per bullet after "… bekerja sama dengan sejumlah lembaga, yaitu:"."""
    subj = next((m for m in v.before(pos, ORG) if usable(v, m)), None)
    if subj is None or cues.negated(v.masked, pos):
        return
    for w in ctx.views[v.index + 1 : v.index + 16]:
        bullet = _BULLET.match(w.text)
        if bullet is None:
            return
        first = w.mentions[0] if w.mentions else None
        if first is not None and first.start == bullet.end() and usable(w, first) and first.ent is not subj.ent:
            ctx.emit("PARTNERS_WITH", subj.ent, first.ent, w, 0.6)
