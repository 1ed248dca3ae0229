"""HOLDS_POSITION and MET_WITH.

News names officials with a title before or after the name: "Kepala BPOM (…),
Taruna Ikrar", "Direktur Hebei MPA Fengshan Wang", "Taruna Ikrar, Kepala BPOM",
"Walikota Shijiazhuang, Wang Xiankun". Once a title holder is known, a bare
"Kepala BPOM" later in the text is that person (when exactly one person holds
it), which is how visits and speeches get their subject.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.types import Entity

ORG_OR_LOC = ("Organization", "Location")
_TITLE_END = re.compile(rf"(?<!\w){cues.TITLE}(?:\s+(?:of|at)(?:\s+the)?)?\s*(?:PT\.?\s*)?$")  # "Head of the TGA"
_TITLE_AFTER = re.compile(
    rf"^(?:[\s,]|{cues.DEGREE}|\([^()]*\))*(?:,|\bselaku\b|\bsebagai\b|\bas\b)\s*(?:the\s+)?{cues.TITLE}"
    rf"(?:\s+(?:and|dan|&|merangkap)\s+{cues.TITLE.replace('?P<title>', '')})?"
    r"\s+(?:(?:of|at|dari|for)\s+(?:the\s+)?)?(?:PT\.?\s+)?$"
)
_TITLE_MID = re.compile(rf"^(?:'s|\u2019s)?\s+{cues.TITLE}\s*,?\s*{cues.HONORIFIC}*$")
_TITLE_START = re.compile(rf"^{cues.TITLE}\b")
# a title and the capitalised unit it heads, before the organisation: "Direktur Registrasi Obat BPOM"
_TITLE_UNIT_END = re.compile(
    rf"(?<!\w){cues.TITLE}(?P<unit>(?:(?:\s+|,\s+)(?:[A-Z][\w-]*|dan|serta|&|kepada|untuk|bagi|of|and|for|the|at|in"
    r"|for\s+[a-z]+))"
    + "{1,12})\\s+(?:PT\\.?\\s*)?$"
)
# "Park Min-jae, Head of Global Business at Daewoong": a title and its unit after the name, then the organisation
_TITLE_UNIT_AFTER = re.compile(
    rf"^\s*,\s*(?:the\s+)?{cues.TITLE}(?:\s+(?:[A-Z][\w-]*|of|and|for|&|the))*?\s+(?:at|di|pada|of)\s+(?:the\s+)?$"
)
# "Duta Besar India untuk Indonesia, X" / "Perwakilan WHO untuk Indonesia, X": the post is the first name's
_TITLE_BARE = re.compile(rf"(?<!\w){cues.TITLE}\s*{cues.HONORIFIC}*$")
_REPRESENTED = re.compile(r"^\s+(?:diwakili|represented\s+by)\s+(?:oleh\s+)?(?:the\s+)?$", re.I)
_ON_SIDE = re.compile(r"\b(?:pihak|on\s+behalf\s+of|for)\s+$", re.I)
_SIDE_GAP = re.compile(r"^\s*,[^\u2588,;]{0,50}\b(?:oleh|by)\s+(?:the\s+)?$", re.I)
_UNIT_TRAIL = re.compile(r"(?:\s+(?:of|the|at|in))+$")  # "Director General of X of the" + "Ministry of Health"
_FOR_FIELD = re.compile(r"\bfor\s+[a-z]+(?:\s+at)?$")  # "Minister-Counsellor for trade at the" + embassy
_POSTED_TO = re.compile(r"^\s+(?:untuk|for|to|in|di)\s+$")
_ENVOY_RI = re.compile(r"\b(?P<envoy>Duta\s+Besar|Dubes|Konsul\s+Jenderal|Konjen)\s+(?:RI|Republik\s+Indonesia)\s+untuk\s+$")
_UNIT_PARENT_GAP = re.compile(r"^\s*(?:(?:di|at|of|in|pada)\s+(?:the\s+)?)?$")
_GAP_TO_PERSON = re.compile(rf"^(?:[\s,]|\([^()]*\)|\bRI\b|{cues.HONORIFIC}|{cues.LEGAL})*$")
_MINISTER = re.compile(rf"\b(?P<vice>Wakil\s+)?Menteri\s+(?P<dom>(?:[A-Z]\w+\s*){{1,3}}?)\s*(?:\([^)]*\))?\s*,?\s*{cues.HONORIFIC}*$")

watch(_TITLE_END, _TITLE_UNIT_END, _MINISTER, _TITLE_BARE)

_TITLE_KEYS = {
    "sekjen": "sekretaris jenderal", "dirjen": "direktur jenderal", "dirut": "direktur utama",
    "walikota": "wali kota", "dubes": "duta besar", "presdir": "presiden direktur", "konjen": "konsul jenderal",
    "sestama": "sekretaris utama", "wamen": "wakil menteri",
}


def title_key(title: str) -> str:
    t = " ".join(title.split()).casefold()
    return _TITLE_KEYS.get(t, t)


def find(ctx: Context) -> None:
    """HOLDS_POSITION over every sentence, then role references, then MET_WITH."""
    for v in ctx.busy:
        for p in [m for m in v.mentions if m.type == "Person"]:
            _holds(ctx, v, p)
    for v in ctx.busy:
        _role_refs(ctx, v)
    for v in ctx.busy:
        _met_with(ctx, v)


def _record(ctx: Context, v: View, person: M, org: M, title: str, conf: float) -> None:
    title = " ".join(title.split())
    if ctx.emit("HOLDS_POSITION", person.ent, org.ent, v, conf, title=title):
        ctx.holders.setdefault((title_key(title), org.ent.id), set()).add(person.ent.id)


def _holds(ctx: Context, v: View, p: M) -> None:
    prev = v.prev_mention(p)
    # "Kepala BPOM (…), Prof. Taruna Ikrar" / "Walikota Shijiazhuang, Wang Xiankun"
    if prev is not None and prev.type in ORG_OR_LOC:
        t = _TITLE_END.search(v.text[: prev.start]) if v.may(_TITLE_END) else None
        if t and _GAP_TO_PERSON.match(v.gap(prev.end, p.start)) and _no_mention_between(v, t.end(), prev.start):
            _record(ctx, v, p, prev, t.group("title"), 0.9)
            return
        # "Direktur Registrasi Obat BPOM, Dra. Melati": the unit between title and organisation
        t = _TITLE_UNIT_END.search(v.text[: prev.start]) if v.may(_TITLE_UNIT_END) else None
        if t and _GAP_TO_PERSON.match(v.gap(prev.end, p.start)) and _no_mention_between(v, t.end(), prev.start):
            unit = _UNIT_TRAIL.sub("", t.group("unit"))
            if not unit.split() or unit.split()[-1][0].isupper() or _FOR_FIELD.search(unit):
                _record(ctx, v, p, prev, t.group("title") + unit, 0.85)
                own = _headed_unit(ctx, t.group("title"), unit)
                if own is not None and own.id != prev.ent.id:
                    _record(ctx, v, p, _as_mention(prev, own), t.group("title") + unit, 0.8)
                return
        # the title is inside the unit's name: "Deputi I BPOM dr. William" / "Deputi Bidang X Rita Endang"
        t = _TITLE_START.match(prev.text)
        if t and _GAP_TO_PERSON.match(v.gap(prev.end, p.start)):
            parent = _parent_in_name(ctx, prev)
            _record(ctx, v, p, _as_mention(prev, parent) if parent else prev, t.group("title"), 0.8)
            return
        # "Deputi Bidang Pengawasan Obat BPOM, Rita Endang" with the unit and its parent as two names
        unit = v.prev_mention(prev)
        if (unit is not None and unit.type == "Organization" and prev.type == "Organization"
                and _TITLE_START.match(unit.text) and re.fullmatch(r"\s*", v.gap(unit.end, prev.start))
                and _GAP_TO_PERSON.match(v.gap(prev.end, p.start))):
            _record(ctx, v, p, prev, unit.text, 0.8)
            return
        # "CSPC CEO Li Wei", "Kalbe's Chairman X"
        t = _TITLE_MID.match(v.gap(prev.end, p.start))
        if t:
            _record(ctx, v, p, prev, t.group("title"), 0.8)
            return
        # "Kepala Health Sciences Authority (HSA) Singapura, X": the body, then its country
        body = v.prev_mention(prev)
        if (prev.type == "Location" and body is not None and body.type == "Organization"
                and re.fullmatch(r"\s*(?:\([^()]*\))?\s*", v.gap(body.end, prev.start))
                and _GAP_TO_PERSON.match(v.gap(prev.end, p.start))):
            t = _TITLE_END.search(v.text[: body.start])
            if t and _no_mention_between(v, t.end(), body.start):
                _record(ctx, v, p, body, t.group("title"), 0.8)
                return
        # "Duta Besar RI untuk Arab Saudi, X": "RI" is Indonesia, named elsewhere in the document
        ri = _ENVOY_RI.search(v.text[: prev.start]) if prev.type == "Location" else None
        home = next((e for e in ctx.entities if e.type == "Location" and e.name.casefold() == "indonesia"), None)
        if ri and home is not None and _no_mention_between(v, ri.start(), prev.start) and _GAP_TO_PERSON.match(
                v.gap(prev.end, p.start)):
            ctx.emit("HOLDS_POSITION", p.ent, home, v, 0.75, title=" ".join(ri.group("envoy").split()))
            return
        # "Duta Besar India untuk Indonesia, Rajesh Menon": the post belongs to the first place or body
        host = v.prev_mention(prev)
        if (prev.type == "Location" and host is not None and host.type in ORG_OR_LOC
                and _POSTED_TO.match(v.gap(host.end, prev.start)) and _GAP_TO_PERSON.match(v.gap(prev.end, p.start))):
            t = _TITLE_END.search(v.text[: host.start])
            if t and _no_mention_between(v, t.end(), host.start):
                _record(ctx, v, p, host, t.group("title"), 0.8)
                return
    # "Taruna Ikrar, Kepala BPOM RI" / "X selaku Direktur PT Y"
    nxt = v.next_mention(p)
    if nxt is not None and nxt.type in ORG_OR_LOC:
        t = _TITLE_AFTER.match(v.gap(p.end, nxt.start)) or _TITLE_UNIT_AFTER.match(v.gap(p.end, nxt.start))
        if t:
            _record(ctx, v, p, nxt, t.group("title"), 0.85)
            _unit_parent(ctx, v, p, nxt, t.group("title"))
            return
    # "Hetero Labs diwakili Executive Director X" / "Dari pihak Phapros, perjanjian diteken oleh Direktur Utama X"
    bare = _TITLE_BARE.search(v.text[: p.start]) if v.may(_TITLE_BARE) else None
    side = v.prev_mention(p)
    if bare and side is not None and side.type == "Organization" and side.end <= bare.start() and (
            _REPRESENTED.match(v.masked[side.end : bare.start()])
            or (_ON_SIDE.search(v.masked[: side.start]) and _SIDE_GAP.match(v.masked[side.end : bare.start()]))):
        _record(ctx, v, p, side, bare.group("title"), 0.75)
        return
    # "Menteri Kesehatan Budi" -> the ministry named in the document
    t = _MINISTER.search(v.text[: p.start]) if v.may(_MINISTER) else None
    if t and _no_mention_between(v, t.start(), p.start):
        want = ("kementerian " + " ".join(t.group("dom").split())).casefold()
        for e in ctx.entities:
            if e.type == "Organization" and want in {n.casefold() for n in (e.name, *e.aliases)}:
                title = "Wakil Menteri" if t.group("vice") else "Menteri"
                if ctx.emit("HOLDS_POSITION", p.ent, e, v, 0.75, title=title):
                    ctx.holders.setdefault((title.casefold(), e.id), set()).add(p.ent.id)
                return


def _unit_parent(ctx: Context, v: View, p: M, unit: M, title: str) -> None:
    """"X, Direktur Office of International Programs di PMDA": the person also holds a post in the parent."""
    parent = v.next_mention(unit)
    if (unit.type == "Organization" and parent is not None and parent.type == "Organization"
            and _UNIT_PARENT_GAP.match(v.gap(unit.end, parent.start))):
        _record(ctx, v, p, parent, title, 0.8)


def _parent_in_name(ctx: Context, unit: M) -> Entity | None:
    """The organisation a unit's name ends with ("Deputi I BPOM" -> BPOM)."""
    for e in ctx.entities:
        if e.id != unit.ent.id and e.type == "Organization":
            if any(len(n) >= 3 and unit.text.endswith(" " + n) for n in (e.name, *e.aliases)):
                return e
    return None


_HEADS = {"direktur": ("Direktorat",), "direktur jenderal": ("Direktorat Jenderal",), "deputi": ("Kedeputian",),
          "kepala": ("Biro", "Pusat", "Bidang", "Balai", "Subdirektorat", "Bagian", "Satuan", "Unit", "Seksi")}


def _headed_unit(ctx: Context, title: str, unit: str) -> Entity | None:
    """"Direktur Reserse Kriminal Khusus Polda X" heads "Direktorat Reserse Kriminal Khusus", named elsewhere."""
    unit = " ".join(unit.replace(",", " ").split())
    if not unit:
        return None
    names = {f"{w} {unit}".casefold() for w in _HEADS.get(title_key(title), ())}
    for e in ctx.entities:
        if e.type == "Organization" and any(
                n.casefold() in names or any(n.casefold().startswith(c + " ") for c in names) for n in (e.name, *e.aliases)):
            return e
    return None


def _as_mention(m: M, ent: Entity) -> M:
    return M(m.start, m.end, ent, m.text)


def _no_mention_between(v: View, a: int, b: int) -> bool:
    return not any(m.start >= a and m.end <= b for m in v.mentions)


def _role_refs(ctx: Context, v: View) -> None:
    """Turn "Kepala BPOM" (no name after it) into a mention of the known holder."""
    out: list[M] = []
    for m in v.mentions:
        t = _TITLE_END.search(v.text[: m.start]) if m.type in ORG_OR_LOC and v.may(_TITLE_END) else None
        nxt = v.next_mention(m)
        named = nxt is not None and nxt.type == "Person" and _GAP_TO_PERSON.match(v.gap(m.end, nxt.start))
        if t is None or named or (out and out[-1].end > t.start()):
            out.append(m)
            continue
        holders = ctx.holders.get((title_key(t.group("title")), m.ent.id), set())
        if len(holders) == 1:
            person = ctx.by_id[next(iter(holders))]
            out.append(M(t.start(), m.end, person, v.text[t.start() : m.end], role=t.group("title")))
        else:
            v.role_orgs.add(m.start)
            out.append(m)
    v.mentions = out


# "Keduanya disambut oleh …", "Ia bertemu dengan …": the people named in the sentence before
_PRONOUN = re.compile(r"^\W*(?:[\w-]+\s+){0,3}?(?:(?P<two>keduanya|mereka|both|they)|ia|dia|beliau|he|she)\b", re.I)


def _pronoun_subjects(ctx: Context, v: View, pos: int) -> list[Entity]:
    pro = _PRONOUN.match(v.masked[:pos])
    if pro is None or v.before(pro.end(), ("Person", "Organization")):
        return []
    people = ctx.recent(v.index - 1, ("Person",), back=0, limit=3) if v.index else []
    want = 2 if pro.group("two") else 1
    return people[:want] if len(people) == want else []


def _met_with(ctx: Context, v: View) -> None:
    for c in v.cues(cues.MEET):
        before = v.before(c.start(), ("Person",))
        subjects = [b.ent for b in before[:1]] or _pronoun_subjects(ctx, v, c.start())
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
        if p2 is None or p2.start - c.end() > 70 or v.clause_end(c.end()) < p2.start:
            continue
        while p2 is not None:
            for p1 in subjects:
                if not _colleagues(ctx, p1.id, p2.ent.id):
                    ctx.emit("MET_WITH", p1, p2.ent, v, 0.75)
            p2 = _next_companion(v, p2)


# "bertemu dengan A dan Direktur Eksekutif B, C", "disambut oleh A, beserta Direktur B, C"
_AND_ALSO = re.compile(r"^\s*,?\s*(?:beserta|dan|serta|bersama|and|as\s+well\s+as|along\s+with)\s+[^;:!?\u201c\u201d\"]{0,80}$",
                       re.I)


def _next_companion(v: View, p: M) -> M | None:
    """The next person coordinated with ``p`` (titles and their organisations may stand between)."""
    nxt = next(iter(v.after(p.end, ("Person",))), None)
    if nxt is None or not _AND_ALSO.match(v.masked[p.end : nxt.start]):
        return None
    return nxt


def _colleagues(ctx: Context, a: str, b: str) -> bool:
    """Two people holding posts in the same organisation are a delegation, not a meeting."""
    orgs_a = {org for (_, org), ps in ctx.holders.items() if a in ps}
    orgs_b = {org for (_, org), ps in ctx.holders.items() if b in ps}
    return bool(orgs_a & orgs_b)
