"""Sentence-level fallback: a relation a sentence's cue words state between the one pair it can link.

Why: the families before this one read particular constructions precisely, and unseen articles
phrase the same facts in many other ways ("P telah mengantongi izin edar dari BPOM", "produk
Sinar Husada yang memperoleh sertifikat halal antara lain P"). Here a sentence that carries a
relation's cue words and names exactly one entity that can stand on one side of it gets that
relation with every entity of the other side's kind, at a lower confidence. A relation type the
families already found in a sentence is left as they read it there. A side named only by reference
("perseroan", "produk tersebut") is filled from ``fallback_referents``; the checks on a pair a cue found are in
``fallback_checks``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from graphbuild.extract.relations import cues
from graphbuild.extract.relations import fallback_sides as side
from graphbuild.extract.relations.approvals import NOT_YET, described_substance
from graphbuild.extract.relations.common import Context, CueGroup, View, watch
from graphbuild.extract.relations.contents import not_contents
from graphbuild.extract.relations.covers import branded_substances
from graphbuild.extract.relations.cues import negated
from graphbuild.extract.relations.fallback_checks import (
    SCHEDULED,
    as_region,
    clause_of,
    co_signers,
    inspector,
    units_owner,
    venue,
)
from graphbuild.extract.relations.fallback_referents import COMPANY_ANAPHOR, PRODUCT_ANAPHOR, referent
from graphbuild.extract.relations.grantees import not_grantee, supplied_to
from graphbuild.extract.relations.litsearch import literal_search
from graphbuild.extract.relations.subjects import is_venture
from graphbuild.types import Entity

Pred = Callable[[Entity], bool]

def _cue(words: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{words})\b", re.I)


@dataclass(frozen=True)
class Rule:
    """``rtype`` between the one ``one``-side entity of a sentence and every ``many``-side one."""

    rtype: str
    cue: re.Pattern[str]
    one: Pred
    many: Pred
    one_is_head: bool
    confidence: float = 0.5
    unless: re.Pattern[str] | None = None  # words that make the cue mean something else


_PENDING = _cue(r"proses|sedang|masih|menunggu|akan|rencana|berencana|diajukan|mengajukan|pengajuan|"
                r"under\s+(?:review|evaluation)|pending|will|plans?|intends?|awaiting|submit(?:s|ted|ting)?|seeks?|belum|menargetkan|ditargetkan|"
                r"menolak|ditolak|penolakan|permohonan|reject\w*|refus\w*|denied|jika|apabila|if|tidak|tanpa|without|"
                r"not|bukan|expects?|expected|anticipat\w*|hopes?|berharap|diharapkan|preparing\s+to|to\s+apply|bersiap")
_REVOKE = (r"mencabut|dicabut|pencabutan|membekukan|dibekukan|pembekuan|membatalkan|dibatalkan|pembatalan|cabut|bekukan|"
           r"revok\w*|suspen(?!si\b(?!\s+(?:izin|sertifikat|nomor|NIE|persetujuan)))\w*|sanksi|menarik|ditarik|penarikan|recall\w*|ilegal|illegal|palsu|counterfeit")
_PRODUCE = (r"produksi|memproduksi|diproduksi|produsen|mengembangkan|dikembangkan|pengembangan|meluncurkan|"
            r"diluncurkan|peluncuran|memperkenalkan|diperkenalkan|menghasilkan|dihasilkan|membuat|dibuat|buatan|produk(?:nya)?|"
            r"merek|bermerek|manufactur\w*|produc\w*|develop\w*|launch\w*|introduc\w*|portfolio|portofolio|brand\w*|diracik|meracik|"
            r"racikan|hasil\s+(?:riset|penelitian|pengembangan|inovasi)|unveil\w*|menghadirkan|menyiapkan|disiapkan|"
            r"merilis|dirilis|karya")
_MARKET = (r"memasarkan|dipasarkan|pemasaran|pemasar|penyalur|importir|importer|agen\s+tunggal|mengedarkan|diedarkan|pengedar|menyalurkan|disalurkan|penyaluran|"
           r"mendistribusikan|didistribusikan|distribusi|distributor|menjual|"
           r"dijual|penjualan|" + cues.EN_MARKET + r"|distribut\w*|sells?|"
           r"sold|commerciali[sz]\w*")

RULES = (
    Rule("APPROVED", _cue(r"izin\s+edar|NIE|nomor\s+izin|persetujuan|disetujui|menyetujui|approv\w*|"
                          r"authori[sz]ation|authori[sz]ed|EUA|otorisasi|prakualifikasi|prequalif\w*"), side.approver, side.product, True,
         unless=re.compile(rf"{_PENDING.pattern}|\b(?:{_REVOKE}|pengalihan|dialihkan|transfer\s+of)\b", re.I)),  # a permit passed on
    Rule("REGISTERED_WITH", _cue(r"registrasi|pendaftaran|didaftarkan|mendaftarkan|regist\w*|submi\w+|dossier|"
                                 r"(?:proses|tahap)\s+(?:evaluasi|penilaian)|menjalani\s+(?:evaluasi|penilaian)|evaluation|(?:drug|marketing)\s+application|"
                                 r"filed|filing|"
                                 r"pengajuan|diajukan|mengajukan|under\s+(?:review|evaluation)"),
         side.regulator, side.product, False, 0.45,  # "Direktur Registrasi Obat BPOM": an office's name, no registration
         unless=re.compile(r"\b(?:Direktur|Direktorat|Subdirektorat|Deputi|Kasubdit)\s+(?:\w+\s+)?Registrasi\b"
                           # "mengajukan penurunan (takedown) tautan", "mengajukan gugatan": a filing that is no registration
                           r"|\b(?:mengajukan|pengajuan|diajukan)\s+(?:penurunan|takedown|keberatan|gugatan|banding|pengaduan|laporan)\b"
                           # "diajukan untuk masuk program imunisasi nasional": a bid for a programme, no registration
                           r"|\b(?:mengajukan|pengajuan|diajukan|diusulkan)\s+(?:untuk\s+)?(?:masuk|dimasukkan|menjadi|ke\s+dalam)\s+"
                           r"(?:program|daftar|formularium|e-katalog|katalog)\b"
                           # "buy P only from registered pharmacies": where it is sold, no registration of P
                           r"|\bregistered\s+(?:pharmac\w+|stores?|outlets?|retailers?|sellers?|shops?|doctors?|physicians?|users?|members?)\b")),
    Rule("MARKETS", _cue(_MARKET), side.company, side.product, True,  # "Y mendistribusikan tiga produk andalan A": A makes
         unless=re.compile(r"\b(?:produk|obat)\s+(?:andalan|unggulan|milik|buatan|produksi|keluaran)\s+(?:PT\.?\s+)?\u2588"
                           # "A memberikan lisensi eksklusif kepada Wirasakti / perseroan untuk … memasarkan P": the
                           # grantee, named short or by anaphor, sells; the one company found is the licensor
                           r"|\b(?:memberikan|memberi)\s+(?:hak|lisensi)\b[^.;\u2588]{0,30}?\bkepada\s+[\w-]+"
                           r"(?:\s+(?-i:[A-Z])[\w-]+)?\s+untuk\b", re.I)),
    Rule("DEVELOPS", _cue(_PRODUCE), side.developer, side.product, True,  # "plans to explore local fill-and-finish of P": not yet
         unless=_cue(rf"{_MARKET}|explor\w*|menjajaki|diharapkan|mempertimbangkan|consider\w*|mengkaji|studying|"
                     r"(?:in-)?licens\w*|lisensi|melisensikan|dilisensikan|(?:alih|transfer)\s+teknologi\s+(?:dengan|dari)|"
                     r"technology\s+transfer\s+(?:with|from)|"  # a licensor or transfer partner named after it is no maker
                     r"didaftarkan|pendaftar|mendaftarkan|pemegang\s+izin")),  # the registrant is no maker
    Rule("CERTIFIED", _cue(r"sertifika\w*|tersertifikasi|certif\w*|CPOB|CDOB|CPOTB|CPKB|GMP|halal"),
         side.certifier, side.holder, True, 0.45,  # "sertifikat halal yang diakui BPJPH": another body's, only recognised
         unless=re.compile(rf"\b(?:{_REVOKE}|halal\s+(?:yang\s+)?(?:diakui|recogni[sz]ed))\b|{_PENDING.pattern}", re.I)),
    Rule("REVOKED", _cue(r"mencabut|dicabut|pencabutan|membekukan|dibekukan|pembekuan|membatalkan|dibatalkan|"
                         r"pembatalan|cabut|bekukan|revok\w*|suspen(?!si\b(?!\s+(?:izin|sertifikat|nomor|NIE|persetujuan)))\w*|sanksi"), side.regulator, side.product, True,
         unless=_cue(r"tidak|belum|bukan|batal|not|akan|will|jika|apabila|"  # "YLKI mendesak BPOM mencabut …": only urged
                     r"mengimbau|menghimbau|mendesak|meminta|menyerukan|urge[sd]?|urging")),
    Rule("OPERATES", _cue(r"pabrik|fasilitas|plant|facility|site|gudang|laborator\w*|milik|operat\w*|"
                          r"mengoperasikan|dikelola|mengelola|meresmikan|diresmikan|inaugurat\w*"),
         side.company, side.facility, True),
    Rule("SIGNED", _cue(r"menandatangani|ditandatangani|penandatanganan|meneken|diteken|teken|sign\w*|inked|"
                        r"entered\s+into|enters\s+into|menyepakati|disepakati"), side.agreement, side.partner, False,
         unless=_cue(r"(?:dilakukan|berlangsung|digelar|diadakan|took\s+place|was\s+held)\s+(?:\w+\s+)?(?:di|in|at)"
                    r"|(?:ditandatangani|diteken)\s+di(?=\s+(?!hadapan|depan))")),  # the venue ("diteken di Kementerian X")
    Rule("COVERS", _cue(r"untuk|mencakup|meliputi|cover\w*|for|terkait|tentang|produk|hak|lisensi|licen\w*|"
                        r"memasarkan|market\w*|distribu\w*|produksi|develop\w*|mengembangkan|supply|pasokan"),
         side.agreement, side.product, True),
    Rule("ATTENDED", _cue(r"hadir|menghadiri|dihadiri|kehadiran|turut|narasumber|pembicara|panelis|peserta|"
                          r"berpartisipasi|membuka(?!\s+(?:peluang|akses|jalan|pintu|kesempatan|ruang|potensi|babak|lapangan|wawasan))|"
                          r"dibuka|sambutan|keynote|speakers?|attend\w*|participat\w*|spoke|"
                          r"opened|memaparkan|menyampaikan"), side.event, side.person, False),
)

for _r in RULES:
    watch(_r.cue)
    if _r.unless is not None:
        watch(_r.unless)
_RULE_CUES = CueGroup(*(r.cue for r in RULES))  # asked together, once per sentence
# the cue words are common ("untuk", "akan"): each search tried only where a cue word starts
_SEARCH = {id(p): literal_search(p) for r in RULES for p in (r.cue, r.unless) if p is not None}


_DISEASE = re.compile(r"^(?:covid|sars|mers|dengue|hepatitis|influenza|polio|rabies|hpv|malaria|tbc|hiv)\b", re.I)


def _brands_first(products: list[Entity], rtype: str) -> list[Entity]:
    """A named brand beside a substance ("Nabota … botulinum toxin") is the product meant; a substance
    alone ("eritropoietin") may be, except in a recall, where it is the contaminant. A disease name read
    as a product ("vaksin COVID-19 AWcorna") never is."""
    products = [e for e in products if not _DISEASE.match(e.name)]
    named = [e for e in products if e.type != "Product" or not e.name[:1].islower()]
    return named if named or rtype == "REVOKED" else products


_ATTAIN = _cue(r"memenuhi|meraih|memperoleh|mendapat\w*|menerima|mengantongi|lolos|diberikan|diterbitkan|menerbitkan|"
              r"received|obtained|granted|achieved|awarded|secured|meets|met")
watch(_ATTAIN)


_ASSERTED = frozenset({"APPROVED", "CERTIFIED", "REVOKED", "REGISTERED_WITH", "DEVELOPS", "MARKETS"})
_BY_NAME = frozenset({"APPROVED", "CERTIFIED"})  # cues a regulation's own name can carry ("EUA", "CPOB")


def _named(v: View, cue: re.Pattern[str]) -> bool:
    """A regulation named in the sentence carries the cue when something attains or grants it: "memenuhi standar
    CPOB", "mendapatkan Emergency Use Authorization" (not "inspeksi CPOB")."""
    regs = [m for m in v.mentions if m.type == "Regulation"]
    return bool(regs) and v.may(_ATTAIN) and _ATTAIN.search(v.masked) is not None and any(
        cue.search(v.text[m.start : m.end]) for m in regs)


# "yang sebelumnya memimpin Y", "formerly head of Y": a firm the speaker led before, no party of the sentence's claim
_PAST_LEAD = re.compile(r"\b(?:sebelumnya|sempat|pernah|dahulu|dulu|formerly|previously)\s+(?:memimpin|menjabat\s+(?:di|\w+\s+\w+)|"
                        r"bekerja\s+di|berkarier\s+di|led|headed|ran|worked\s+at)\s+(?:PT\.?\s+)?$", re.I)
watch(_PAST_LEAD)


def _led_before(v: View, e: Entity) -> bool:
    """Every mention of ``e`` in the sentence follows a cue of a past post ("yang sebelumnya memimpin Y")."""
    at = [m for m in v.mentions if m.ent is e]
    return bool(at) and all(_PAST_LEAD.search(v.masked, max(0, m.start - 40), m.start) for m in at)


def _parents(ctx: Context, ents: list[Entity]) -> list[Entity]:
    """"Deputi Bidang … BPOM, X, menyampaikan bahwa Badan POM telah membatalkan …": a unit named beside
    its parent body is not a second party; the parent stands for both."""
    if len(ents) < 2:
        return ents
    return [e for e in ents if not any(o is not e and ctx.has("PART_OF", head=e, tail=o) for o in ents)]


# the sides ``referent`` never fills, with the one entity type each admits: a sentence naming none has no one there
_NAMED_ONLY: dict[Pred, str] = {side.agreement: "Agreement", side.event: "Event", side.approver: "Organization",
                                side.regulator: "Organization", side.certifier: "Organization"}


def _of(ents: list[Entity], pred: Pred, memo: dict[Pred, dict[int, bool]]) -> list[Entity]:
    """Those of ``ents`` that ``pred`` admits (its verdict memoised per entity: views repeat entities)."""
    seen = memo.get(pred)
    if seen is None:
        seen = memo[pred] = {}
    out = []
    for e in ents:
        ok = seen.get(id(e))
        if ok is None:
            ok = seen[id(e)] = pred(e)
        if ok:
            out.append(e)
    return out


_WITH = re.compile(r"\b(?:with|dengan|bersama)\s+(?:the\s+)?$", re.I)


def _partner(v: View, e: Entity) -> bool:
    """"… Secures CPOB Certification and Signs Agreement with X": a partner named after "with" holds no certificate."""
    at = [m for m in v.mentions if m.ent is e]
    return bool(at) and all(_WITH.search(v.masked, max(0, m.start - 12), m.start) for m in at)


_TAGS = re.compile(r"\W*(?:tags?|tagar|kata\s+kunci|keywords?|topik|topics?)\s*:", re.I)


# a sentence opening with its subject by reference to a subsidiary ("Anak usaha ini …")
_UNIT_OPENS = re.compile(r"^\W*(?:anak\s+(?:usaha|perusahaan)|entitas\s+anak)\s+(?:ini|tersebut|itu)\b", re.I)


def find(ctx: Context) -> None:
    memo: dict[Pred, dict[int, bool]] = {}
    for v in ctx.views:
        if not v.mentions and not (v.may(COMPANY_ANAPHOR) and v.may(PRODUCT_ANAPHOR)):
            continue  # "Obat tersebut dikembangkan perseroan": both sides by reference
        if _TAGS.match(v.text):
            continue  # "Tags: plasma, PMI, BPOM, CPOB": a page's keywords state nothing between them
        by_name = v.may(_ATTAIN) and any(m.type == "Regulation" for m in v.mentions)  # what _named needs
        if not by_name and not _RULE_CUES.may(v):
            continue  # no rule's cue, no regulation carrying one: no rule below gets past its first test
        ents: list[Entity] = []  # the distinct entities named (not as a title), in order
        seen: set[int] = set()
        for m in v.mentions:
            if m.role is None and id(m.ent) not in seen:
                seen.add(id(m.ent))
                ents.append(m.ent)
        sides: dict[Pred, list[Entity]] = {}  # each side's entities, or its referent, once per sentence
        types = {e.type for e in ents}
        for rule, cue_may in zip(RULES, _RULE_CUES.may_each(v), strict=True):
            if not cue_may and not (by_name and rule.rtype in _BY_NAME):
                continue  # no cue and no regulation carrying it: nothing below could emit
            if (need := _NAMED_ONLY.get(rule.one)) is not None and need not in types:
                continue  # a side no referent stands for, and nothing of its type named: no one on it
            # the pair first (cheap), the IGNORECASE cue searches only where a relation could follow
            if (ones := sides.get(rule.one)) is None:
                ones = sides[rule.one] = _parents(ctx, _of(ents, rule.one, memo)) or referent(ctx, v, rule.one)
            if rule.rtype == "OPERATES" and v.may(_PAST_LEAD) and (now := [e for e in ones if not _led_before(v, e)]) != ones:
                ones = now or referent(ctx, v, rule.one)  # "X, yang sebelumnya memimpin Y, … perseroan kini mengelola …"
            if rule.rtype in ("MARKETS", "DEVELOPS") and _UNIT_OPENS.match(v.masked) and (
                    unit := [e for e in ctx.recent(v.index, ("Organization",), pos=0, back=2, limit=4) if side.company(e)][:1]):
                ones = unit  # "Anak usaha ini memasarkan portofolio obat Sanberta": the unit told before, not its parent
            if len(ones) > 1 and rule.one is side.developer:
                ones = [e for e in ones if side.company(e)]  # a company and the campus it worked with: the company makes it
            if len(ones) != 1:
                continue
            if (many := sides.get(rule.many)) is None:
                many = sides[rule.many] = _of(ents, rule.many, memo) or referent(ctx, v, rule.many)
            if not many and rule.rtype == "REVOKED":  # "BPOM membekukan sertifikat CPOB PT X": no product, the holder
                many = _of(ents, side.holder, memo) or referent(ctx, v, side.company)  # "… milik perusahaan tersebut"
            if all(e is ones[0] for e in many):
                continue
            said = _SEARCH[id(rule.cue)](v.masked) if cue_may else None
            if said is None and (rule.rtype not in _BY_NAME or not _named(v, rule.cue)):
                continue
            if said is not None and negated(v.masked, said.start()):  # "tidak menghadiri", "belum memiliki izin edar"
                continue
            if said is not None and rule.rtype in ("CERTIFIED", "APPROVED") \
                    and SCHEDULED.search(v.masked[max(0, said.start() - 50) : said.start()]):
                continue  # "dijadwalkan memperoleh sertifikat CPOB akhir tahun ini": not held yet
            if said is not None and rule.rtype == "CERTIFIED" and NOT_YET.search(v.masked[max(0, said.start() - 50) : said.start()]):
                continue  # "The plant has also applied for halal certification with BPJPH": asked for, not held (as in :mod:`.cert_holders`)
            if rule.unless is not None and v.may(rule.unless) and _SEARCH[id(rule.unless)](v.masked):
                continue
            if ctx.decided(v, rule.rtype) or (rule.rtype in _ASSERTED and v.text.rstrip().endswith("?")):
                continue  # "Apakah vaksin P sudah mendapat izin edar?": a question states no permit
            if said is not None and rule.rtype == "REGISTERED_WITH":
                many = clause_of(v, said.start(), many)  # "P obtained its NIE, while the dossier for Q is under review": Q
            if rule.rtype in ("DEVELOPS", "MARKETS"):  # not the "cemaran etilen glikol (EG)" found in the company's syrup
                ps = [m for m in v.mentions if m.type == "Product"]
                kept = {id(m.ent) for m in not_contents(v, ps)}
                many = [e for e in many if id(e) in kept or not any(m.ent is e for m in ps)]
                if rule.rtype == "MARKETS" and (not_grantee(v, ones[0]) or supplied_to(v, ones[0])):
                    continue  # "X grants Y exclusive rights to market P": Y sells, not X
            for other in _brands_first(many, rule.rtype)[:6]:
                if other is ones[0] or rule.rtype == "COVERS" and other.id in branded_substances(ctx):
                    continue  # (a deal for "Pegfilgrastim Biosimilar" covers the brand the document names for it)
                if rule.rtype == "APPROVED" and described_substance(v, other):
                    continue  # "Respivan (sirup kombinasi ambroksol–guaifenesin)": the substance describes a brand
                if rule.rtype == "SIGNED" and (as_region(v, other) or is_venture(ctx, v.index, other)):
                    continue  # "rights … in Indonesia and eight other ASEAN markets": a bloc named as a market signs nothing;
                    # nor "… entered into a Heads of Agreement to form PT X": the company the deal sets up
                if rule.rtype == "CERTIFIED" and (other.type == "Facility" and venue(v, other) or inspector(v, other)
                                                  or _partner(v, other) or units_owner(v, other)):
                    continue  # "menyerahkan sertifikat … kepada 14 industri di Gedung X": where it was handed over
                head, tail = (ones[0], other) if rule.one_is_head else (other, ones[0])
                ctx.emit(rule.rtype, head, tail, v, rule.confidence)
            if rule.rtype == "SIGNED" and 2 <= len(many) <= 4 and not ctx.has("PARTNERS_WITH"):
                co_signers(ctx, v, [e for e in many if e is not ones[0]])
