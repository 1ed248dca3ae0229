"""The coordinated subject of a signing told press-release style, each side with its own apposition.

"Avantara-like Ltd ("A"), a Hyderabad-based drug maker, and PT B ("B"), a subsidiary of PT C, today announced the
signing of …": the parties are A and B, not C (named inside B's apposition); "PT A (A) dan perusahaan biofarmasi
asal Jerman, B, menandatangani …": B is described before its name; "kedua perusahaan" / "the two companies" (the
bodies named last, or "… under which A grants B"); officials signing for the bodies they head ("Kepala BPOM …
menandatangani … dengan Rektor Unhas", "ditandatangani oleh Kepala A dan Sekjen B": read in ``official_signers``).
Read for :mod:`.agreements`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.apposed_parents import apposition_child
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.cues import negated
from graphbuild.types import Entity

ORG = ("Organization",)

# ", a subsidiary of C" / ", anak usaha C": C only describes the side named before the comma
_OF_APPOSITION = re.compile(r"^\.?\)?\s*(?:\([^()]*\)\s*)?,\s*(?:(?:a|an|the|sebuah|salah\s+satu)\s+)?(?:[\w-]+\s+){0,4}?(?:subsidiary|unit|division|"
                            r"affiliate|member|part|unit\s+pelaksana\s+teknis|UPT|satuan\s+kerja|anak\s+(?:usaha|perusahaan)|bagian|unit\s+usaha|afiliasi|anggota"
                            r"|di\s+bawah(?:\s+naungan)?|under)\s+"  # "DAV, otoritas obat di bawah Kementerian Kesehatan Vietnam,"
                            r"(?:of\s+|dari\s+)?(?:(?:kelompok\s+usaha|grup|group|holding)\s+)?(?:the\s+)?(?:PT\.?\s+)?$", re.I)
# "A ("A"), a Hyderabad-based global company, and B": the first side's apposition, then the second side
_APPOSED_AND = re.compile(r"^\.?\)?\s*(?:\([^()]*\)\s*)?,\s*(?:a|an|the|sebuah|salah\s+satu|perusahaan|produsen|"
                          r"[\w-]+-based)\b[^;:()]{0,90}?,\s*(?:and|dan|serta|&)\s+(?:the\s+)?(?:[\w]+-(?:owned|based)\s+)?(?:PT\.?\s+)?$", re.I)
# "A dan perusahaan biofarmasi (asal) Jerman(,) B": the second side described before its name
_AND_DESCRIBED = re.compile(r"^\.?\)?\s*(?:\([^()]*\)\s*)?,?\s*(?:dan|serta|and|&)\s+(?:(?:the|sebuah|its)\s+)?(?:perusahaan|produsen|"
                            r"firma|pabrikan|mitra(?:nya)?|company|firm|drugmaker|maker|manufacturer|partner)\s+(?:[a-z][\w-]*\s+){0,3}?"
                            r"(?:asal\s+|from\s+)?(?:\u2588+\s*,?\s*)?$", re.I)


def apposition_head(v: View, m: M, orgs: list[M]) -> M:
    """The side ``m`` is named inside the apposition of ("B, a subsidiary of C": B for C), else ``m``."""
    prev = _prev_org(v, m, orgs)
    if prev is not None and _OF_APPOSITION.match(v.masked[prev.end : m.start]):
        return prev
    return m

# "A and China's B", "A and Singapore-based B": the second side by its country, in English
_AND_PLACES = re.compile(r"^\.?\)?\s*,?\s*(?:and|&)\s+(?:\u2588+['\u2019]s|\u2588+-based)\s+$")

def coordinated_before(v: View, m: M, orgs: list[M]) -> M | None:
    """The side coordinated before ``m`` across an apposition or a description ("A, a …, and B"; "A dan perusahaan X, B")."""
    prev = _prev_org(v, m, orgs)
    if prev is None:
        return None
    gap = v.masked[prev.end : m.start]
    if _APPOSED_AND.match(gap) or _AND_DESCRIBED.match(gap) or _AND_PLACES.match(gap):
        return prev
    return None


def _prev_org(v: View, m: M, orgs: list[M]) -> M | None:
    """The organisation named before ``m``, past any place (a place may sit in an apposition)."""
    prev = v.prev_mention(m)
    while prev is not None and prev.type == "Location":
        prev = v.prev_mention(prev)
    return prev if prev is not None and prev in orgs else None


def two_parties(ctx: Context, v: View, pos: int) -> list[Entity]:
    """"Kedua pihak/regulator": the two bodies named last, not a unit of one of them nor the outlet; "signed by both
    companies in 2024, A holds exclusive rights": A, named after in the sentence, is one of them ("under which A grants
    B": both); "kedua perusahaan": companies, not the ministry named in between."""
    firms = bool(_FIRMS.match(v.masked, pos))
    after = [m for m in v.after(pos, ORG) if m.role is None and m.start not in v.role_orgs and not is_venture(ctx, v.index, m.ent)]
    if len(after) >= 2 and after[0].ent is not after[1].ent and _GRANTS.match(v.masked[(after[0].gloss or after[0]).end :]):
        return [after[0].ent, after[1].ent]  # "under which A grants B exclusive rights"
    later = next((m.ent for m in after if v.text[m.end : m.end + 40].lstrip().startswith(
        ("holds", "memegang", "berhak", "obtains", "memperoleh", "mendapat", "receives", "gains", "will"))
        or _TO.search(v.masked[max(0, m.start - 12) : m.start])  # "… yang memberikan lisensi kepada A"
        or _GRANTED.search(v.masked[max(0, m.start - 12) : m.start])), None)  # "…, Veranza granted A an exclusive licence"
    if later is not None:  # its counterpart: the other side of its licence or partnership told before, else the last named
        told = [ctx.by_id.get(r.tail if r.head == later.id else r.head) for r in ctx.typed("LICENSED", "PARTNERS_WITH")
                if later.id in (r.head, r.tail)]
        other = next((e for e in told + ctx.recent(v.index, ORG, pos=pos, back=2, limit=4)
                      if e is not None and e is not later and not is_venture(ctx, v.index, e)
                      and (not firms or e.category not in _NOT_FIRMS)), None)
        if other is not None:
            return [other, later]
    told = _granted_next(ctx, v)
    if told:
        return told
    for back in (2, 3):
        near = ctx.recent(v.index, ORG, pos=pos, back=back, limit=6)
        other_name = _other_names(ctx, v, back)
        found = [e for e in near  # a unit named with its parent is no party of its own (a regional office alone is)
                 if not _named_with_parent(ctx, v, e, back) and other_name.get(e.id) not in near
                 and e.category != "media" and not is_venture(ctx, v.index, e) and not _only_described(ctx, v, e, back)
                 and (not firms or e.category not in _NOT_FIRMS)]
        if len(found) >= 2:
            return found[:2]
    if REGULATORS.match(v.masked, pos):
        return regulators_before(ctx, v, pos) or found
    return found


def _only_described(ctx: Context, v: View, e: Entity, back: int) -> bool:
    """Whether ``e`` is named in ``v`` and the ``back`` sentences before only as the parent in another firm's apposition
    ("PT A (A), anak usaha emiten rumah sakit PT B, …": B only describes A, the party)."""
    seen = [(w, m) for w in ctx.views[max(0, v.index - back) : v.index + 1] for m in w.mentions if m.ent is e]
    return bool(seen) and all(apposition_child(w, m) is not None for w, m in seen)


_OR = re.compile(r"\s*,?\s*(?:atau|or|alias|juga\s+dikenal\s+sebagai|also\s+known\s+as)\s+(?:the\s+)?")


def _other_names(ctx: Context, v: View, back: int) -> dict[str, Entity]:
    """"Kementerian Keamanan Pangan dan Obat Korea Selatan atau Ministry of Food and Drug Safety": the second name
    (by id) of a body named twice, mapped to the first, in ``v`` and the ``back`` sentences before."""
    out: dict[str, Entity] = {}
    for w in ctx.views[max(0, v.index - back) : v.index + 1]:
        for a in w.mentions:
            b = w.next_mention(a)
            if a.type == "Organization" and b is not None and b.type == "Organization" and b.ent is not a.ent and (
                    _OR.fullmatch(w.gap(a.end, b.start))):
                out[b.ent.id] = a.ent
    return out


def _named_with_parent(ctx: Context, v: View, e: Entity, back: int) -> bool:
    """Whether the latest sentence naming unit ``e`` (of the ``back`` before) also names its parent."""
    parents = {r.tail for r in ctx.has("PART_OF", head=e)}
    if not parents:
        return False
    for w in ctx.views[max(0, v.index - back) : v.index + 1][::-1]:
        unit = next((m for m in w.mentions if m.ent is e), None)
        if unit is not None:
            prev = w.prev_mention(unit)
            if prev is not None and prev.ent.id in parents and _THROUGH.search(w.masked[: unit.start]):
                return False  # "Pemprov Jateng melalui Dinas Kesehatan … dengan B": the office acts for its parent
            return any(m.ent.id in parents for m in w.mentions)
    return False


_THROUGH = re.compile(r"\b(?:melalui|lewat|through|via)\s+(?:its\s+)?$", re.I)


# "… signed by both companies. Under the agreement, A granted B exclusive rights …": the sentence after names them
_UNDER_IT = re.compile(r"\W*(?:under|pursuant\s+to|berdasarkan|melalui|dalam)\s+(?:the|this|that\s+)?\s*"
                       r"(?:agreement|deal|perjanjian|kesepakatan)(?:\s+(?:ini|tersebut|itu))?\s*,\s*(?:PT\.?\s+)?$", re.I)


def _granted_next(ctx: Context, v: View) -> list[Entity]:
    w = ctx.views[v.index + 1] if v.index + 1 < len(ctx.views) else None
    orgs = [m for m in w.mentions if m.type == "Organization" and m.role is None] if w is not None else []
    if len(orgs) < 2 or orgs[0].ent is orgs[1].ent or not _UNDER_IT.match(w.masked[: orgs[0].start]):  # type: ignore[union-attr]
        return []
    end = (orgs[0].gloss or orgs[0]).end
    end += w.masked.startswith(".", end)  # type: ignore[union-attr]  # "Ltd. granted"
    grant = _GRANTS.match(w.masked, end)  # type: ignore[union-attr]
    if grant is None or not _TO.search(w.masked[max(0, orgs[1].start - 12) : orgs[1].start]) and (  # type: ignore[union-attr]
            w.masked[grant.end() : orgs[1].start].strip()):  # type: ignore[union-attr]
        return []  # "A grants B …" or "A memberikan lisensi … kepada B"
    near = ctx.recent(v.index, ORG, back=2, limit=6)
    return [orgs[0].ent, orgs[1].ent] if orgs[0].ent in near or orgs[1].ent in near else []  # (one side told already)


# "kedua otoritas/regulator", "the two regulators": the two regulators of a visit story, one often named only in its
# head's title a few paragraphs up ("Kepala BPOM … memimpin delegasi … Dalam pertemuan itu, kedua otoritas menandatangani")
REGULATORS = re.compile(r"\s*(?:kedua\s+(?:otoritas|regulator|badan)|both\s+(?:regulators|agencies|authorities)"
                         r"|the\s+two\s+(?:regulators|agencies|authorities))\b", re.I)


def regulators_before(ctx: Context, v: View, pos: int) -> list[Entity]:
    """The two regulators named last in the six sentences before (a body in a title counts), else none."""
    out: list[Entity] = []
    for w in (ctx.views[i] for i in range(v.index, max(-1, v.index - 7), -1)):
        for m in reversed([m for m in w.mentions if m.type == "Organization" and (w is not v or m.end <= pos)]):
            if m.ent.category == "regulator" and m.ent not in out and not ctx.has("PART_OF", head=m.ent):
                out.append(m.ent)
    return out[:2] if len(out) >= 2 else []


_NOT_FIRMS = frozenset({"regulator", "government", "academic", "media", "association", "international", "hospital", "embassy"})
_FIRMS = re.compile(r"\s*(?:kedua\s+(?:perusahaan|korporasi)|both\s+companies|the\s+two\s+companies)", re.I)
_GRANTS = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:will\s+)?(?:grants?|granted|gives|gave|licen[sc]es|licen[sc]ed|memberikan|melisensikan)\b",
                     re.I)
_TO = re.compile(r"\b(?:kepada|to)\s+(?:PT\.?\s+)?$", re.I)
_GRANTED = re.compile(r"\b(?:grants|granted|gave|gives)\s+(?:PT\.?\s+)?$", re.I)  # the grantee right after the verb


# (named: "perusahaan patungan bernama X", "the joint venture, named X")
VENTURE_INTRO = re.compile(r"(?:\b(?:perusahaan|usaha)\s+patungan\s+(?:baru\s+)?|\bjoint[\s-]+venture\s+(?:company\s+)?)"
                      r"(?:,?\s*(?:bernama|yang\s+(?:diberi\s+nama|bernama)|named|called)\s+)?[*\"\u201c]*$"
                      # "… signing of a Joint Venture Agreement to establish PT X": the company the deal sets up
                      r"|\b(?:to\s+(?:establish|set\s+up|form|create)|untuk\s+(?:mendirikan|membentuk))\s+(?:(?:a|an|the|sebuah)\s+)?"
                      r"(?:(?:new|baru)\s+)?(?:(?:company|perusahaan)\s+(?:(?:baru|new)\s+)?)?(?:,\s*)?(?:PT\.?\s+)?$", re.I)


def is_venture(ctx: Context, index: int, e: Entity) -> bool:
    """Whether ``e`` was introduced as the joint venture the parties set up (it is not one of them)."""
    return any(m.ent is e and VENTURE_INTRO.search(w.masked[max(0, m.start - 40) : m.start])
               for w in ctx.views[max(0, index - 6) : index + 1] for m in w.mentions)


_LISTED_ON = re.compile(rf"\b(?:{cues.LISTED_ON})\s+(?:the\s+)?$", re.I)
_THAT_DEAL = re.compile(r"\s+(?:tersebut|itu|ini)\b[^.;:\u2588]{0,30}?\b(?P<verb>ditandatangani|diteken|signed)\b", re.I)
# "The partners signed X", "Para pihak menandatangani X": the partners told just before sign it
_PARTIES_SIGNED = re.compile(r"^\W*(?:the\s+(?:partners|parties|(?:two|three|four)\s+(?:parties|partners|institutions|organi[sz]ations))"
                             r"|para\s+(?:pihak|mitra)|(?:ketiga|keempat)\s+(?:pihak|lembaga|institusi|mitra))\s+"  # ("kedua pihak": ``two_parties``)
                             r"(?:(?:have|has|also|then|juga|telah|resmi|kemudian|lalu)\s+)*(?:signed|inked|menandatangani|meneken)\s+"
                             r"(?:(?:an?|the|sebuah)\s+)?$", re.I)


def signed_by_partners(ctx: Context) -> None:
    """"A dan B menjalin kerja sama dengan C. Nota Kesepahaman X itu diteken di …": the partners of the sentence
    before sign the named deal no rule found a signer for (run after the partnership rules)."""
    for v in ctx.busy:
        for ag in (m for m in v.mentions if m.type == "Agreement"):
            said_so = _THAT_DEAL.match(v.masked, ag.end)
            parties = said_so is None and v.index > 0 and _PARTIES_SIGNED.match(v.masked[: ag.start]) is not None
            if not parties and (v.index == 0 or said_so is None or ctx.has("SIGNED", tail=ag.ent)
                                or negated(v.masked, said_so.start("verb"))):
                continue  # ("… itu belum diteken": no signing yet)
            said = " ".join(ctx.views[v.index - 1].text.split())
            sides: list[Entity] = []
            for r in ctx.typed("PARTNERS_WITH"):
                if r.evidence == said:
                    sides.extend(e for e in (ctx.by_id.get(r.head), ctx.by_id.get(r.tail)) if e is not None and e not in sides)
            if parties:  # the joint venture they set up and where one is listed ("listed on the IDX") sign nothing
                prev = ctx.views[v.index - 1]
                venues = {m.ent.id for m in prev.mentions if _LISTED_ON.search(prev.masked, max(0, m.start - 30), m.start)}
                sides = [e for e in sides if e.id not in venues and not is_venture(ctx, v.index, e)]
            for e in sides if 2 <= len(sides) <= 4 else ():
                ctx.emit("SIGNED", e, ag.ent, v, 0.6)


# "A (resmi) mengantongi/memperoleh lisensi … dari (perusahaan asal K,) B"
_GOT_LICENCE = re.compile(r"\b(?:mengantongi|memperoleh|mendapat(?:kan)?|menerima|obtained|received|secured)\s+(?:[\w-]+\s+){0,10}?"
                          r"(?:lisensi|licen[cs]e)\b[^.;:]{0,80}?\b(?:dari|from)\s+"
                          r"(?:(?:perusahaan|produsen|mitra|firma)\s+(?:[a-z-]+\s+){0,3}?(?:asal\s+)?[\u2588 ]+,\s*)?(?:PT\.?\s+)?(?=\u2588)", re.I)


def _told_before(ctx: Context, v: View, pos: int) -> list[tuple[View, int]]:
    """Where a deal told just before ``pos`` may be: this sentence up to ``pos``, then all of the one before."""
    before = ctx.views[v.index - 1] if v.index else None
    return [(v, pos)] + ([(before, len(before.masked))] if before is not None else [])


def licence_pair(ctx: Context, v: View, pos: int) -> list[Entity]:
    """The licensee and the licensor of the licence told just before ``pos`` (this sentence or the one before)."""
    for w, end in _told_before(ctx, v, pos):
        got = [*_GOT_LICENCE.finditer(w.masked, 0, end)][-1:]  # the last one told
        if not got:
            continue
        who = next((m for m in w.before(got[0].start(), ORG) if m.role is None), None)
        src = next(iter(w.after(got[0].end(), ORG)), None)
        if who is not None and src is not None and src.start == got[0].end() and who.ent is not src.ent:
            return [who.ent, src.ent]
    return appointed_pair(ctx, v, pos)


# "A resmi menunjuk B sebagai distributor eksklusif …. Perjanjian bertajuk X tersebut ditandatangani …": the deal
# that makes B A's distributor (agent, partner, licensee) is signed by both
_APPOINTS = re.compile(r"\b(?:menunjuk|mengangkat|appoint(?:s|ed)?)\s+(?:PT\.?\s+)?(?P<obj>[^.;:]{0,80}?)\s(?:sebagai|as)\s+"
                       r"(?:(?:the|its|an?|salah\s+satu)\s+)?(?:[\w-]+\s+){0,2}?(?:distributor|mitra|agen|partner|licensee|importir|"
                       r"importer|pemegang\s+lisensi)", re.I)


def appointed_pair(ctx: Context, v: View, pos: int) -> list[Entity]:
    """The appointer and the appointee of "A menunjuk B sebagai distributor" told just before ``pos``."""
    for w, end in _told_before(ctx, v, pos):
        if not w.may(_APPOINTS):
            continue
        got = [*_APPOINTS.finditer(w.masked, 0, end)][-1:]
        if not got or negated(w.masked, got[0].start()):
            continue
        who = next((m for m in w.before(got[0].start(), ORG) if m.role is None), None)
        obj = got[0].start("obj")
        whom = next((m for m in w.after(obj, ORG) if m.start == obj), None)
        if who is not None and whom is not None and who.ent is not whom.ent and w.clause_end(who.end) >= got[0].start():
            return [who.ent, whom.ent]
    return []


watch(_APPOINTS)
