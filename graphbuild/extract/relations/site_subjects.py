"""The named site a certificate verb belongs to when asides stand between them.

Press releases put the site first and wrap it in asides before the verb: "The X Plant, located in the Jababeka
Industrial Estate, Cikarang, West Java, is operated by Y and was certified …"; "its new facility, X Plant, located
in KIIC (Karawang), has been granted a CPOB certificate"; "… di Fasilitas X milik perusahaan di Surabaya, yang
telah mengantongi sertifikat CPOB". The company in the aside (or the subsidiary the sentence introduces) is the
operator; the site is what the verb is said of. Places between them are noise, read past.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View
from graphbuild.types import Entity

_AUX = (r"(?:telah|sudah|juga|pun|kini|baru|resmi|secara\s+resmi|also|has|have|had|been|was|is|recently|already|now|"
        r"officially|successfully|berhasil)")
_GOT = (r"(?:menerima|memperoleh|mendapatkan|mendapat|mengantongi|meraih|dianugerahi|received|obtained|secured|earned|"
        r"granted|awarded|holds?|attained)")
# where the site is, or whose it is: "located in A, B", "milik perusahaan di C", "di kawasan industri D"
_ASIDE = (r"(?:\s*,?\s*(?:(?:which\s+is\s+|that\s+is\s+)?(?:located|based|situated|built|sited)\s+(?:in|at|on|within)|"
          r"yang\s+(?:berlokasi|terletak|berada|dibangun)|berlokasi|terletak|milik|di|in|at)\b[^.;:\"\u201c]{0,160}?)")
# "is operated by Y and", "yang dioperasikan oleh Y dan": the operator aside ends in a conjunction before the verb
_OPERATOR = (r"(?:\s*,?\s*(?:(?:which|that)\s+)?(?:is|was)\s+(?:operated|owned|run|managed)\s+by\s+[^.;,]{1,60}?\s+and|"
             r"\s*,?\s*(?:yang\s+)?(?:dioperasikan|dikelola)\s+(?:oleh\s+)?[^.;,]{1,60}?\s+dan)")
_SITE_SUBJECT = re.compile(
    rf"^{_ASIDE}?{_OPERATOR}?(?:\s*,\s*|\s+)(?:(?:yang|which|that)\s+)?(?:{_AUX}\s+)*(?:{_GOT}\s+)?"
    r"(?:(?:an?|the|its|their)\s+)?(?:new\s+|baru\s+)?(?:\u2588+\s*(?:\(\u2588+\)\s*)?[-\u2013\u2014]?\s*|(?:GMP|CP\w{2,3}|CDOB|halal|"
    r"Good\s+(?:Manufacturing|Distribution)\s+Practice)\s+){0,3}$",
    re.I,
)
# "which operates X", "pemilik X": the site is what the company owns, not the sentence's subject
_OWNER_BEFORE = re.compile(r"\b(?:operat\w*|own\w*|runs|pemilik|memiliki|mengoperasikan|mengelola|membangun|built|"
                           r"opened|meresmikan|inaugurat\w*)\s+(?:the\s+|its\s+)?$", re.I)


def subject_site(v: View, start: int, after: int = 0) -> M | None:
    """The Facility named after ``after`` whose asides lead straight to the certificate cue at ``start``."""
    for m in v.before(start):
        if m.start < after:
            return None
        if m.type == "Facility":
            ok = _SITE_SUBJECT.match(v.masked[m.end : start]) is not None and not _OWNER_BEFORE.search(v.masked[: m.start])
            return m if ok else None
        if m.type not in ("Location", "Organization", "Regulation"):
            return None
    return None


# "its sterile injectable plant in X", "the Company's regional distribution centre in Y", "Medisindo's biologics facility",
# "pabrik injeksi milik perusahaan di Z": a site told of by kind, whose name the story gives elsewhere
_DESCRIBED = re.compile(r"(?:\b(?:its|their|the\s+company['\u2019]s)|\b(?-i:[A-Z])[\w-]*['\u2019]s)\s+(?P<words>(?:[\w-]+\s+){0,3}?)"
                        r"(?P<head>plant|facility|factory|warehouse|distribution\s+cent(?:re|er)|hub|laboratory|complex)\b"
                        r"|\b(?P<head2>pabrik|fasilitas|gudang|pusat\s+distribusi)\s+(?P<words2>(?:[\w-]+\s+){0,3}?)(?:milik\s+)?"
                        r"(?:perusahaan|perseroan)(?:\s+(?:tersebut|itu|ini))?\b", re.I)
_FILLER = frozenset({"the", "a", "an", "its", "new", "in", "at", "of", "and", "di", "baru", "yang", "milik", "company", "perusahaan",
                     "perseroan", "regency", "city", "province", "kabupaten", "kota", "provinsi", "west", "east", "south",
                     "north", "central", "jawa", "java", "barat", "timur", "selatan", "utara", "tengah"})


def _words(text: str) -> set[str]:
    out = set()
    for w in re.findall(r"[\w-]+", text.casefold().replace("\u2019s", "").replace("'s", "")):
        w = {"centre": "center", "pabrik": "plant", "fasilitas": "facility", "gudang": "warehouse"}.get(w, w)
        if w not in _FILLER and len(w) > 2:
            out.add(w)
    return out


def described_site(ctx: Context, v: View, start: int) -> Entity | None:
    """The story's named site that a description leading to the cue at ``start`` stands for: the Facility sharing
    most words (two at least: kind, owner, place) with the description and the places in its asides."""
    last = next(reversed(list(_DESCRIBED.finditer(v.masked, max(0, start - 260), start))), None)
    if last is None or _SITE_SUBJECT.match(v.masked[last.end() : start]) is None:
        return None
    said = _words(v.text[last.start() : last.end()]) | {w for m in v.after(last.end(), ("Location",), start) for w in _words(m.text)}
    scored = sorted(((len(said & _words(e.name)), e) for e in ctx.entities if e.type == "Facility"), key=lambda x: -x[0])
    if not scored or scored[0][0] < 2 or len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]
