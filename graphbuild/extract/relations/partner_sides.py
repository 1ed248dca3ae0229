"""The sides of a partnership that the cue's own clause leaves unnamed (read for :mod:`.partnerships`).

The subject before the cue ("PT X, a leading drug maker, today announced a partnership with Y"), the body a
quoted speaker heads ('"Kami bermitra dengan B," kata X'), the company the story is about ("perusahaan juga
bekerja sama dengan B"), the subject after a fronted "Melalui kemitraan dengan A, B …" and the parties of the
deal told before ("Kerja sama tersebut juga melibatkan C", "kedua perusahaan"). They resolve referents rather
than read the cue, so they live apart from the cue patterns; split out of ``partnerships`` to keep it short.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.partner_places import placed
from graphbuild.extract.relations.speech import SAY, SAY_EN, SAY_MEN
from graphbuild.types import Entity

SIDES = ("Organization", "Location")
_OWN_SIDE = re.compile(r"\b(?:pihaknya|pihak\s+kami|kami|institusinya|lembaganya|instansinya|perusahaannya|"
                       r"(?:his|her|their|our)\s+(?:agency|company|institution|ministry)|we)\b", re.I)


def usable(v: View, m: M | None) -> bool:
    return m is not None and m.type in SIDES and m.role is None and m.start not in v.role_orgs


# a faculty, police unit or directorate named with its parent right after it ("Fakultas Farmasi (FF) Unhas")
_UNIT_NAME = re.compile(r"^(?:Fakultas|Faculty|Sekolah|School|Satuan|Sat|Direktorat|Directorate|Subdirektorat|Biro|Pusat|Unit|"
                        r"Departemen|Department|Program\s+Studi|Laboratorium|Lab|Deputi|Inspektorat|Bidang|Divisi|"
                        r"Badan\s+(?:Reserse|Intelijen\s+Keamanan|Pemelihara\s+Keamanan)|Korps|Detasemen)\b")  # "Badan Reserse Kriminal (Bareskrim) Polri"


def parent_of_unit(v: View, m: M) -> M | None:
    """The unit ``m`` qualifies when it is the parent named right after it ("Satreskrim Polres Malang"): not a party
    of its own beside the unit."""
    prev = v.prev_mention(m)
    if (prev is not None and prev.type == m.type == "Organization" and prev.ent is not m.ent and _UNIT_NAME.match(prev.ent.name)
            and re.fullmatch(r"\)?\s*(?:\([^()]*\)\s*)?(?:of\s+(?:the\s+)?)?", v.gap((prev.gloss or prev).end, m.start))):
        return prev
    return None


# "perusahaan juga bekerja sama dengan B", "the Company's distribution partnership with B"
_COMPANY_ANAPHOR = re.compile(r"\b(?:perusahaan(?:\s+(?:ini|tersebut|itu))?|perseroan|the\s+company(?:['\u2019]s)?"
                              r"|emiten(?:\s+[\w-]+){0,3}?\s+(?:ini|tersebut|itu))"
                              r"\s+(?:[a-z]+\s+){0,4}$", re.I)


_COUNTED = re.compile(r"(?:\d|\b(?:puluhan|ratusan|ribuan|banyak|sejumlah|berbagai|para|semua|seluruh|many|several|all))\s*$", re.I)
_TO_SUBJECT = re.compile(r"^[^\u2588.;:]{0,80}?,\s*$")


def fronted_subject(v: View, sides: list[M]) -> tuple[M | None, list[M]]:
    """The subject after "Melalui kemitraan dengan A(, B)," and the partners before it."""
    last = sides[-1]
    if len(sides) > 1 and re.fullmatch(r"\s*,\s*", v.gap((sides[-2].gloss or sides[-2]).end, last.start)) and (
            v.next_mention(last) is None or not cues.LIST_SEP.match(v.gap(last.end, v.next_mention(last).start))):  # type: ignore[union-attr]
        return last, sides[:-1]  # "dengan A, B akan …": B is no partner in the list but the subject
    subj = v.next_mention(last)
    if subj is None or not usable(v, subj) or not _TO_SUBJECT.match(v.masked[(last.gloss or last).end : subj.start]):
        return None, sides
    return subj, sides


def deal_before(ctx: Context, v: View) -> tuple[M, M] | None:
    """The two partners of the deal told in the three sentences before this one (the latest of them)."""
    said = {" ".join(w.text.split()): w.index for w in ctx.views[max(0, v.index - 3) : v.index]}
    best: tuple[int, M, M] | None = None
    for r in ctx.typed("PARTNERS_WITH"):
        at = said.get(r.evidence)
        if at is not None and r.head in ctx.by_id and r.tail in ctx.by_id and (best is None or at >= best[0]):
            a, b = ctx.by_id[r.head], ctx.by_id[r.tail]
            best = (at, M(0, 0, a, a.name), M(0, 0, b, b.name))
    return best[1:] if best else None


def the_company(ctx: Context, v: View, pos: int) -> M | None:
    """"perusahaan (ini) … bekerja sama dengan B": the company the text is about, named shortly before."""
    said = _COMPANY_ANAPHOR.search(v.masked[max(0, pos - 50) : pos])
    if said is None or v.after(max(0, pos - 50) + said.start(), None, pos) or _COUNTED.search(
            v.masked[max(0, pos - 80) : max(0, pos - 50) + said.start()]):
        return None  # ("asosiasi yang menaungi 200 perusahaan farmasi itu": companies counted, not the company)
    near = [e for e in ctx.recent(v.index, ("Organization",), pos=pos, back=6, limit=5)
            if e.category == "company" or ctx.is_indonesian(e)]
    if not near:  # named paragraphs before: the company the document is about
        near = [e for e in ctx.entities if e.type == "Organization" and e.category == "company"
                and e.mentions and e.mentions[0].start < v.sent.start + pos  # (named before the reference, not after it)
                and any(re.match(r"PT\.?\s|.*\b(?:Tbk|Inc|Ltd|Co)\b", n) for n in (e.name, *e.aliases))]
    if not near:
        return None
    best = max(near, key=lambda e: len(e.mentions))  # the company the story is about, not one it names in passing
    firms = [e for e in ctx.entities if e.type == "Organization" and e.category == "company" and e.mentions]
    lead = min(firms, key=lambda e: e.mentions[0].start) if firms else best  # the company the lead names first, most often
    if lead is not best and len(lead.mentions) > len(best.mentions) and all(
            len(e.mentions) < len(lead.mentions) for e in firms if e is not lead) and lead.mentions[0].start < v.sent.start:
        best = lead  # the story's company named further back ("PT X meresmikan …. dipasarkan PT Y …. perusahaan juga …")
    return M(pos, pos, best, best.name)


# "Balai tersebut juga menjalin kerja sama dengan B", "The university has partnered with B": the body of that kind named last
_KIND_ANAPHOR = re.compile(r"\b(?P<kind>balai|badan|dinas|lembaga|instansi|universitas|kampus|fakultas|rumah\s+sakit|RSUD|RSUP|asosiasi|"
                           r"kementerian|pemerintah\s+daerah|pemda|pemkab|pemkot|pemprov)\s+"
                           r"(?:yang\s+[^\u2588.;,]{0,60}?\s+)?(?:ini|tersebut|itu)\s+(?:[a-z]+\s+){0,4}$"  # "asosiasi yang menaungi … itu"
                           r"|\bthe\s+(?P<en>agency|university|hospital|faculty|ministry|institute|authority|regulator)\s+(?:[a-z]+\s+){0,4}$"
                           r"|(?:^|[,;]\s*)(?P<bare>(?-i:Pem(?:kab|kot|prov|da)|Dinas|Balai|Kementerian|Universitas|Fakultas))\s+(?-i:[a-z]+\s+){0,4}$",  # "…, Pemkab juga meneken …"
                           re.I)
_KIND_WORDS = {"kampus": "universitas", "pemda": "pemerintah", "pemkab": "kabupaten", "pemkot": "kota", "pemprov": "provinsi",
               "asosiasi": "asosiasi|gabungan|ikatan|himpunan|perkumpulan|persatuan|association|federation",
               "university": "universit", "hospital": "rumah sakit|rsu|hospital", "faculty": "fakultas|faculty",
               "ministry": "kementerian|ministry", "institute": "institut|lembaga", "agency": "", "authority": "", "regulator": ""}


def kind_anaphor(ctx: Context, v: View, pos: int) -> M | None:
    """"Balai tersebut … bekerja sama dengan B": the latest body whose name says that kind (a regulator for "the agency")."""
    said = _KIND_ANAPHOR.search(v.masked[max(0, pos - 120) : pos])
    if said is None or v.after(max(0, pos - 120) + said.start(), None, pos):
        return None
    kind = (said.group("kind") or said.group("en") or said.group("bare")).lower()
    words = re.compile(_KIND_WORDS.get(kind, kind).replace(" ", r"\s+") or "^$", re.I)
    for e in ctx.recent(v.index, ("Organization",), pos=pos, back=3, limit=8):
        if words.pattern != "^$" and any(words.search(n) for n in (e.name, *e.aliases)) or (
                words.pattern == "^$" and e.category == "regulator"):
            return M(pos, pos, e, e.name)
    if kind == "asosiasi":  # "Ketua GP Jamu, X, …. Menurut dia, asosiasi itu …": the body its chair was named with
        for w in reversed(ctx.views[max(0, v.index - 2) : v.index]):
            for m in reversed(w.mentions):
                if m.ent.type == "Organization" and any(words.search(n) for n in (m.ent.name, *m.ent.aliases)):
                    return M(pos, pos, m.ent, m.ent.name)
    return None


_TAGGED = re.compile(rf"[\"\u201d]\s*,?\s*[\"\u201d]?\s*(?:{SAY}|{SAY_EN})\s+[^\"\u201c\u201d.;]{{0,100}}$", re.I)


# 'X, mengatakan, "Kerja sama dengan Y …': the speaker, a speech verb, then the quote opening with the cue
_OPENS_QUOTE = re.compile(rf"^\s*,?\s*(?:[^\"\u201c.;]{{0,40}}?,\s*)?(?:{SAY_MEN}|{SAY_EN})\s*[,:]?\s*[\"\u201c]\s*(?:(?:this|the|our)\s+)?$", re.I)
_TAGGED_NYA = re.compile(rf"[\"\u201d]\s*,?\s*[\"\u201d]?\s*(?:{SAY})nya\b", re.I)


# "Hendrawan menuturkan, …. Untuk teknologi sintesis, perusahaannya bekerja sama dengan B": the speaker just before
_HIS_SIDE = re.compile(r"\b(?:pihak|perusahaan|institusi|lembaga|instansi|kementerian)nya\s+(?:[a-z]+\s+){0,3}$")
_SAID = re.compile(rf"\b(?:{SAY_MEN}|kata|ujar|tutur)\b", re.I)
# 'X menegaskan komitmen perusahaannya. "Kami sudah menandatangani … dengan B': a quote opening on "we", its speaker just before
_WE_QUOTED = re.compile(r"\W*[\"\u201c]\s*(?:[A-Za-z]\w*\s+){0,2}?(?:kami|we)\s+(?:\w+\s+){0,3}?$", re.I)


def _speaker_before(ctx: Context, v: View, pos: int) -> list[M]:
    """The one speaking in the sentence before, when this one's "perusahaannya" has no person of its own."""
    if not v.index or not (_HIS_SIDE.search(v.masked[max(0, pos - 50) : pos]) or _WE_QUOTED.match(v.masked, 0, pos)) or v.before(
            pos, ("Organization",)):
        return []
    prev = ctx.views[v.index - 1]
    people = [m for m in prev.mentions if m.type == "Person"]
    return people[-1:] if len(people) == 1 and _SAID.search(prev.masked) else []


def speakers_side(ctx: Context, v: View, pos: int, quoted: bool = False) -> M | None:
    """"Kepala BPOM X mengatakan pihaknya bekerja sama dengan Y": the body the speaker heads. ``quoted``: the
    caller knows the clause is the speaker's own words ("mitra kami"), so the quote may have opened before."""
    people = v.before(pos, ("Person",))
    if not people and (before := _speaker_before(ctx, v, pos)):
        return _heads(ctx, before[0])
    if people and _OPENS_QUOTE.search(v.masked[people[0].end : pos]) and not v.after(people[0].end, None, pos):
        return _heads(ctx, people[0])  # 'X mengatakan, "Kerja sama dengan Y …"': the quote the speaker opens
    if not people or pos - people[0].end > 60 or not _OWN_SIDE.search(v.masked[people[0].end : pos]) or v.after(
            people[0].end, None, pos):  # '"Kami … bekerja sama dengan Y," kata X': the speaker is tagged after the quote
        people = [m for m in v.after(pos, ("Person",)) if _TAGGED.search(v.masked[pos : m.start])][:1]
        if not people and _TAGGED_NYA.search(v.masked[pos:]):  # '…," tuturnya.': the one quoted just before
            people = [M(0, 0, e, e.name) for e in ctx.recent(v.index - 1, ("Person",), back=1, limit=1)] if v.index else []
        if not people and _WE_OPEN.match(v.masked[:pos]) and (own := interviewee(ctx)) is not None:
            return M(pos, pos, own, "kami")  # an interview's answer: "Kami bermitra dengan B …" is the interviewee's body
        if not people or not quoted and (not (re.search(r"[\"\u201c]", v.masked[:pos]) or _quote_open_before(ctx, v)) or not (
                _OWN_SIDE.search(v.masked[:pos]) or re.fullmatch(r"\W*[\"\u201c]\s*(?:(?:this|the|our|these)\s+)?", v.masked[:pos], re.I))):
            return None  # ('"Kerja sama dengan B …," ujarnya': a quote opening with the partnership is the speaker's)
    return _heads(ctx, people[0])


_WE_OPEN = re.compile(r"^\W*(?:[A-Z]\w*\s+){0,2}?(?:kami|we)\s+(?:\w+\s+){0,3}?$", re.I)  # "Kami juga …", "Tahun ini kami …"
# the lead of an interview: "Kami berbincang dengan Presiden Direktur X, P", "in an interview with P", "WAWANCARA |"
_INTERVIEW = re.compile(r"\b(?:wawancara|berbincang|bincang-bincang|interview(?:ed)?|sat\s+down\s+with|spoke\s+(?:with|to))\b", re.I)


def interviewee(ctx: Context) -> Entity | None:
    """The body of the person an interview is with (told in its first sentences), whose answers say "kami"."""
    known = getattr(ctx, "_interviewee", False)
    if known is not False:
        return known  # type: ignore[no-any-return]
    found: Entity | None = None
    for v in ctx.views[:8]:
        lead = _INTERVIEW.search(v.masked) if v.may(_INTERVIEW) else None
        person = next(iter(v.after(lead.end(), ("Person",))), None) if lead is not None else None
        if person is not None:
            held = _heads(ctx, person)
            found = held.ent if held is not None else None
            break
    ctx._interviewee = found  # type: ignore[attr-defined]
    return found


def _quote_open_before(ctx: Context, v: View) -> bool:
    """Whether the sentence before left a quote open ('"Penindakan bukan tujuan akhir. Kami …," tegas X')."""
    if not v.index:
        return False
    prev = ctx.views[v.index - 1].text
    return prev.count('"') % 2 == 1 or prev.count("\u201c") > prev.count("\u201d")


def _heads(ctx: Context, person: M) -> M | None:
    """The body ``person`` holds a post in, standing where the person is named."""
    for r in ctx.has("HOLDS_POSITION", head=person.ent):
        org = ctx.by_id.get(r.tail)
        if org is not None and org.type == "Organization":
            return M(person.start, person.end, org, person.text)
    return None


heads = _heads  # the speaker's body, for :mod:`.together`


def last_pair(ctx: Context, v: View, pos: int, companies: bool = False) -> tuple[M, M] | None:
    """The two parties a "kedua perusahaan" refers to: the latest deal's parties, else the last two named. Two
    companies named in the sentence before outrank an older deal told further back (``companies``: "kedua perusahaan")."""
    if companies:
        # (a regulator named beside them is none of "kedua perusahaan": "A bersama B menyiapkan pendaftaran X di BPOM.
        # Kedua perusahaan …" are A and B)
        near = [e for e in ctx.recent(v.index, ("Organization",), pos=pos, back=1, limit=4) if e.category != "regulator"]
        if len(near) == 2 and all(e.category == "company" for e in near):
            return M(0, 0, near[1], near[1].name), M(0, 0, near[0], near[0].name)
    for r in reversed(ctx.typed("PARTNERS_WITH", "LICENSED")):
        if r.head in ctx.by_id and r.tail in ctx.by_id:
            a, b = ctx.by_id[r.head], ctx.by_id[r.tail]
            if companies and "regulator" in (a.category, b.category):
                continue
            return M(0, 0, a, a.name), M(0, 0, b, b.name)
    got = [e for e in ctx.recent(v.index, ("Organization",), pos=pos, back=2, limit=4 if companies else 2)
           if not companies or e.category != "regulator"][:2]
    if len(got) == 2:
        return M(0, 0, got[0], got[0].name), M(0, 0, got[1], got[1].name)
    return None


# (a place may stand in it: "Fakultas Farmasi Unej, salah satu fakultas tertua di Jawa Timur, bermitra …")
_APPOSED = re.compile(r"^(?:\s*\([^()]*\))?[\"\u201d]?[.)]?\s*,\s*(?:a|an|the|salah\s+satu|sebuah|perusahaan)\b[^,;:]{0,80},\s*[^,;:\u2588]{0,50}$", re.I)


_WHO = re.compile(r"\s*,?\s*(?:yang|which|that|who)\s+(?:(?:telah|sudah|juga|selama\s+ini|has|have|also)\s+)*$", re.I)


# a place told as where or whence ("di Jawa Barat", "asal Korea", "in eastern Indonesia"): an adjunct, not the subject
ADJUNCT = re.compile(r"\b(?:di|ke|dari|asal|in|at|from|across|throughout)\s+(?:(?:wilayah|kawasan|provinsi|kota|kabupaten|"
                      r"eastern|western|northern|southern|central|east|west|north|south)\s+)?$", re.I)


_OBJECT = re.compile(r"\b(?:dengan|with)\s+(?:PT\.?\s+)?$", re.I)
# "PT X, a drugmaker listed on the Indonesia Stock Exchange, today announced …": the exchange (the owner, the
# group) only describes X inside the apposition, so the subject is the company before it
_DESCRIBES = re.compile(rf"\b(?:{cues.LISTED_ON}|owned\s+by|backed\s+by|"
                        r"dimiliki\s+(?:oleh\s+)?|(?:a\s+)?(?:subsidiary|unit|member)\s+of|anak\s+(?:perusahaan|usaha)|bagian\s+dari)"
                        r"\s+(?:the\s+)?$", re.I)


def subject(v: View, pos: int) -> M | None:
    for m in v.before(pos):
        if m.type == "Person":
            return None
        if _OBJECT.search(v.masked[max(0, m.start - 12) : m.start]):
            return None  # "Sebelum bekerja sama dengan A, kami …": A is the object of another clause
        if m.type == "Location" and (ADJUNCT.search(v.masked[max(0, m.start - 30) : m.start]) or placed(v, m)):
            continue  # "dilakukan di Jawa Barat bekerja sama dengan B", "perusahaan asal Korea itu bermitra": a place, no side
        if m.type == "Location" and (prev := v.prev_mention(m)) is not None and prev.type == "Organization" \
                and not v.gap(prev.end, m.start).strip():
            continue  # "RSUD dr. Saiful Anwar Malang bekerja sama dengan B": the town only says where the body is
        if _DESCRIBES.search(v.masked[max(0, m.start - 30) : m.start]) and re.match(r"[^,;:]*,", v.masked[m.end : pos]):
            continue  # "PT X, …listed on the Indonesia Stock Exchange, today announced a collaboration with B"
        apposed = _APPOSED.match(v.masked[(m.gloss or m).end : pos]) is not None
        if usable(v, m) and (pos - m.end <= 50 or apposed) and (
                apposed or v.clause_end(m.end) >= pos or _WHO.match(v.masked[m.end : pos])):
            return m  # "PT X, a leading Indonesian drug maker, today announced a partnership with Y"
        return None
    return None


# "Kegiatan tersebut bekerja sama dengan B", "The workshop was organised in collaboration with B": the event told before
_EVENT_ANAPHOR = re.compile(r"(?:\b(?:kegiatan|acara|pelatihan|seminar|lokakarya|bimbingan\s+teknis|bimtek|workshop|simposium|sosialisasi|"
                            r"webinar)\s+(?:ini|tersebut|itu)|\b(?:the|this)\s+(?:event|workshop|seminar|training|symposium|webinar))"
                            r"\s+(?:[a-z]+\s+){0,4}$", re.I)
_HOSTS = re.compile(r"\b(?:menggelar|menyelenggarakan|mengadakan|hosted|held|organi[sz]ed|convened)\b", re.I)


def event_host(ctx: Context, v: View, pos: int) -> M | None:
    """The body opening the sentence (of the two before) that "menggelar" the event "kegiatan tersebut" refers to."""
    said = _EVENT_ANAPHOR.search(v.masked[max(0, pos - 60) : pos])
    if said is None or v.after(max(0, pos - 60) + said.start(), None, pos):
        return None
    return host_before(ctx, v, pos, _HOSTS)


def host_before(ctx: Context, v: View, pos: int, verbs: re.Pattern[str]) -> M | None:
    """The body opening the latest of the two sentences before whose verb is one of ``verbs`` ("A menggelar …")."""
    for w in reversed(ctx.views[max(0, v.index - 2) : v.index]):
        verb = verbs.search(w.masked)
        if verb is None:
            continue
        first = w.mentions[0] if w.mentions else None
        if (first is None or first.type != "Organization" or not usable(w, first) or first.end > verb.start()
                or len(w.masked[: first.start]) > 50 or w.after((first.gloss or first).end, None, verb.start())):
            return None
        return M(pos, pos, first.ent, first.ent.name)
    return None


watch(_INTERVIEW)
