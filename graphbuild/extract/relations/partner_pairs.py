"""The sides of a partnership cue: "A dan B telah menjalin kerja sama" (the pair before the verb), "dengan B, C
dan D" (the partners listed after it), "dengan A …, serta dengan B" (one joined on later), "antara A dan B" (the
second side), and the PARTNERS_WITH edge itself with its topic ("di bidang X").

Split out of ``partnerships`` (which reads the cues and picks the phrasing) to keep each module short.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.co_subjects import seated
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.partner_places import placed
from graphbuild.extract.relations.partner_sides import SIDES, parent_of_unit
from graphbuild.extract.relations.partner_sides import usable as _usable

_AND = re.compile(r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:dan|dengan|and|&|with|serta)\s+(?:(?:mitra\w*|pihak|rekan\w*|partner\w*)\s+)?", re.I)
_LOCATIVE = re.compile(r"\b(?:di|dari|in|from|asal)\s+$", re.I)  # "dan perusahaan bioterapi asal Swiss, B": B
_TOPIC = re.compile(r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:(?:khususnya\s+)?(?:di\s+bidang|dalam\s+bidang|dalam\s+hal|"
                    r"terkait|untuk|in\s+the\s+field\s+of|on|for)\s+)(?P<topic>[^,.;:\u2588]{3,60})", re.I)
# ("A dan B telah lama menjalin kerja sama", "A dan B telah memiliki nota kesepahaman kerja sama": an MoU held)
_PAIR_VERB = re.compile(r"^\.?\)?\s+(?:(?:telah|sudah|juga|resmi|akan|kembali|terus|lama|have|has|long|today|jointly)\s+)*"
                        r"(?:(?:memiliki|mempunyai)\s+(?:(?:nota\s+kesepahaman|MoU|perjanjian|kesepakatan)\s+)?|"
                        r"sepakat\s+(?:untuk\s+)?|(?:sepakat\s+(?:untuk\s+)?)?(?:menjalin|melakukan|memperkuat|memperluas|membentuk|mendirikan|"
                        r"membangun|meningkatkan|mengumumkan|meresmikan|memulai|menggelar|gelar|mengadakan|held|hold)\s*(?:\w+\s+)?|"
                        r"(?:announced|formed|launched|established|entered\s+into|expanded|extended|forged|sealed|struck|renewed|strengthened)\s+(?:an?|the|their)\s+"
                        r"(?:[\w-]+\s+){0,3})$", re.I)
_PAIR_ADVERBS = re.compile(r"^\.?\)?(?:\s*,\s*(?:yang|which|who))?\s+(?:(?:telah|sudah|juga|resmi|akan|kembali|terus|saling|siap|lama|have|has|long|will|"
                           r"agreed\s+to|sepakat(?:\s+untuk)?|berkomitmen(?:\s+untuk)?|committed\s+to)\s+)*$", re.I)


def pair_before(v: View, pos: int, verbal: bool = False) -> tuple[M, M] | None:
    """"BPOM dan SFDA telah menjalin kerja sama" / "A dan B berkolaborasi": the two names coordinated right
    before the verb."""
    b = next(iter(v.before(pos)), None)
    a = v.prev_mention(b) if b is not None else None
    gap = v.masked[(b.gloss or b).end : pos] if b is not None else ""
    a_end = a.end if a is not None else 0
    a = seated(v, a)  # "RSWS (RSWS) Makassar dan B": the body, not its city
    if (a is None or b is None or not (_usable(v, a) and _usable(v, b))
            or not (_PAIR_VERB.match(gap) or (verbal and _PAIR_ADVERBS.match(gap)))
            or not re.fullmatch(r"\.?\s*(?:\([^()]*\))?\s*(?:dan|serta|and|&)\s*", v.gap(a_end, b.start))):
        return None
    return a, b


# "…, serta tiga perusahaan: C, D dan E", "as well as two companies, namely C and D": a second group of the same list
_MORE = re.compile(r"\)?\s*(?:\([^()]*\)\s*)?,?\s*(?:serta|dan|and|as\s+well\s+as|plus)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*"
                   r"(?::|,?\s*(?:yakni|yaitu|namely|antara\s+lain|including|seperti|such\s+as))\s*", re.I)


# the kind of partner named before it in a list: "dan distributor PT B", "serta platform telemedisin C", "and logistics firm D"
CLASS_NOUN = (r"platform|distributor|pedagang\s+besar\s+farmasi|PBF|startup|perusahaan\s+rintisan|penyedia|pengembang|operator|"
              r"jaringan|aplikasi|lokapasar|marketplace|pabrikan|provider|developer|wholesaler|manufacturer|drugmaker")
_AND_CLASS = re.compile(rf"\.?\s*(?:\([^()]*\)\s*)?,?\s*(?:dan|serta|and)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){{0,2}}?(?:{CLASS_NOUN})(?:\s+[a-z][\w-]*){{0,2}}?\s*,?\s+"
                        r"(?:PT\.?\s+)?", re.I)


def sides(v: View, first: M) -> list[M]:
    """The coordinated partners, without the place that only qualifies a name ("Hetero Labs India")."""
    out: list[M] = []
    listed = v.chain(first, SIDES)
    while (nxt := v.next_mention(listed[-1])) is not None and nxt.type == listed[-1].type == "Organization" and re.fullmatch(
            r"['\u2019]s\s+", v.gap(listed[-1].end, nxt.start)):
        listed += v.chain(nxt, SIDES)  # "with Universitas Indonesia's Faculty of Pharmacy": the faculty is a side too
    while (nxt := v.next_mention(listed[-1])) is not None and nxt.type in SIDES and len(listed) < 12 and _MORE.fullmatch(
            v.gap(listed[-1].end, nxt.start)):
        listed += v.chain(nxt, SIDES)
    while (nxt := v.next_mention(listed[-1])) is not None and nxt.type == "Organization" and len(listed) < 12 and _AND_CLASS.fullmatch(
            v.gap(listed[-1].end, nxt.start)):
        listed += v.chain(nxt, SIDES)  # "dengan A dan distributor PT B": a partner named after its kind
    for m in listed:
        if out and m.type == "Location" and out[-1].type == "Organization" and not re.sub(
                r"\([^()]*\)", "", v.gap(out[-1].end, m.start)).strip():
            continue  # "MFDS (MFDS) Korea Selatan": the body's country, not a second partner
        if out and m.type == out[-1].type == "Organization" and not v.gap(out[-1].end, m.start).strip():
            out.append(m)  # "Direktorat Tindak Pidana Tertentu Bareskrim Polri": the unit and its parent are partners
            continue
        out.append(m)
    return out


_TOPIC_END = re.compile(r"\s+(?:(?:serta|dan|and|as\s+well\s+as)\s+(?:juga\s+|also\s+)?(?:dengan|with)|sebagai|as)\b", re.I)
# "… dengan A dalam pengembangan X, serta dengan B yang …": a second partner joined on after the first one's topic
_ALSO_WITH = re.compile(r"[^.;:\u2588\"\u201c\u201d]{0,120}?(?:,\s*|\s)(?:serta|dan|and|as\s+well\s+as)\s+(?:juga\s+|also\s+)?(?:dengan|with)\s+"
                        r"(?:(?:the|pihak|mitra)\s+)?(?:PT\.?\s+)?$", re.I)


def also_with(v: View, last: M) -> list[M]:
    end = (last.gloss or last).end
    nxt = next((m for m in v.after(end) if m.type not in ("Location", "Product")), None)  # (what the first topic names)
    if nxt is None or not _usable(v, nxt) or nxt.type != "Organization" or not _ALSO_WITH.fullmatch(
            re.sub(r"\u2588+", "x", v.masked[end : nxt.start]).replace(")", " ", 1)):
        return []  # (places between them only tell where the first topic is: "tanaman lokal Sulawesi")
    return v.chain(nxt, ("Organization",))


def second(v: View, a: M) -> M | None:
    nxt = v.next_mention(a)
    if nxt is not None and nxt.type == a.type == "Organization" and not v.gap(a.end, nxt.start).strip():
        a, nxt = nxt, v.next_mention(nxt)  # "Pusat Riset X BRIN dan B": the unit's parent is no second party
    if nxt is None:
        return None
    gap = v.gap(a.end, nxt.start)
    if not _AND.match(gap) or len(gap) > 40:
        return None
    if nxt.type == "Location" and (after := v.next_mention(nxt)) is not None and after.type == "Organization" and re.fullmatch(
            r"(?:-based|['\u2019]s)\s+(?:[a-z-]+\s+){0,2}", v.gap(nxt.end, after.start)):
        return after if _usable(v, after) else None  # "between A and Singapore-based B", "and China's B": B, not the country
    if nxt.type == "Location" and _LOCATIVE.search(gap):
        # "dengan mitranya di Jepang, FPMAJ": the partner is named after the place
        after = v.next_mention(nxt)
        if after is not None and re.fullmatch(r"\s*,\s*", v.gap(nxt.end, after.start)) and _usable(v, after):
            return after
        return None
    return nxt if _usable(v, nxt) else None


def emit(ctx: Context, v: View, a: M, b: M, conf: float) -> None:
    if placed(v, a) or placed(v, b):
        return  # "dengan distributor di Uni Emirat Arab": the place of an unnamed partner
    if any((u := parent_of_unit(v, x)) is not None and u.ent is not y.ent and "(" in v.gap(u.start, x.start)
           for x, y in ((a, b), (b, a))):
        return  # "dengan Badan Reserse Kriminal (Bareskrim) Polri": Polri, after the unit's short form, ends its name
    t = _TOPIC.match(v.text[b.end :])
    topic = t.group("topic") if t else None
    if topic and t is not None and t.end() < len(v.text) - b.end and v.text[b.end + t.end()].isalnum():
        topic = topic.rsplit(" ", 1)[0]  # cut at a word boundary
    if topic:  # "untuk riset formulasi dan dengan PT B sebagai distributor": the topic ends where the next partner starts
        topic = _TOPIC_END.split(topic, 1)[0] or None
    ctx.emit("PARTNERS_WITH", a.ent, b.ent, v, conf, topic=topic)
