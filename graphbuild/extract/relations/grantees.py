"""Who a grant of rights names as its grantee: the side that sells what the rights cover.

"Hanbit grants Arunika exclusive rights to import and distribute P", "The agreement grants the Company
the exclusive right to manufacture and market P, developed by X", "Perseroan memperoleh lisensi eksklusif
dari Y untuk … memasarkan P": the company a sentence names beside the grant is the licensor (or the maker
the licence is about) unless it stands in the grantee's slot. The sentence-level fallback asks
:func:`not_grantee` before reading "market/distribute/commercialise" as that company selling P.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import View, watch
from graphbuild.types import Entity

# the rights granted: "exclusive rights", "an exclusive licence", "hak eksklusif", "lisensi"
_RIGHTS = r"(?:an?\s+|the\s+)?(?:(?:exclusive|non-exclusive|sole|semi-exclusive)\s+)?(?:rights?|licen[cs]es?|sub-?licen[cs]es?)\b"
# "X grants Y exclusive rights …", "X granted Y a licence …" (not "Y was granted …", "rights granted by X")
_GRANT_EN = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bbeing\s)"
                       rf"\bgrant(?:s|ed|ing)?\s+(?!by\b)(?P<to>[^.;]{{1,60}}?)\s+{_RIGHTS}", re.I)
# "X memberikan (hak|lisensi) eksklusif kepada Y untuk …"
_GRANT_ID = re.compile(r"\b(?:memberikan|memberi|menganugerahkan)\s+(?:hak|lisensi)\b[^.;]{0,40}?\bkepada\s+"
                       r"(?P<to>[^.;]{1,50}?)\s+untuk\b", re.I)
# "Y memperoleh lisensi eksklusif dari X untuk …", "Y obtained an exclusive licence from X to …"
_FROM = re.compile(r"\b(?:memperoleh|mendapat(?:kan)?|menerima|mengantongi|obtained|received|secured|holds?)\s+"
                   r"(?:(?:hak|lisensi)\b[^.;]{0,30}?\bdari|[^.;]{0,12}?" + _RIGHTS + r"[^.;]{0,30}?\bfrom)\s+"
                   r"(?:the\s+)?(?P<from>\u2588)", re.I)
_GATE = re.compile(r"\b(?:grant\w*|memberikan|memberi|menganugerahkan|memperoleh|mendapat\w*|menerima|mengantongi|"
                   r"obtained|received|secured|holds?)\b", re.I)
# "memasok propilen glikol … kepada PT X", "menyalurkannya kembali kepada X", "sold the batches to X": X receives, X sells nothing
_SUPPLIED_TO = re.compile(r"\b(?:memasok|dipasok|menyalurkan(?:nya)?|disalurkan|menjual(?:nya)?|dijual|mengirim(?:kan)?|dikirim|"
                          r"supplie[sd]|supplying|sold|delivered|shipped)\b[^.;]{0,80}?\b(?:kepada|to)\s+(?:the\s+)?(?=\u2588)", re.I)
watch(_GRANT_EN, _GRANT_ID, _FROM, _GATE, _SUPPLIED_TO)


def not_grantee(v: View, e: Entity) -> bool:
    """Whether ``v`` grants rights to someone other than ``e`` (named, or by "the Company"/"perseroan"),
    or names ``e`` as where a licence came from."""
    if not v.may(_GATE):
        return False
    mine = [(m.start, m.end) for m in v.mentions if m.ent is e]
    if not mine:
        return False
    masked = v.masked
    for pat in (_GRANT_EN, _GRANT_ID):
        if not v.may(pat):
            continue
        for g in pat.finditer(masked):
            a, b = g.span("to")
            if not any(s < b and t > a for s, t in mine):
                return True  # the slot holds another party: e grants, or is the maker the rights concern
    if v.may(_FROM):
        for g in _FROM.finditer(masked):
            at = g.start("from")
            if any(s <= at < t for s, t in mine):
                return True
    return False


def supplied_to(v: View, e: Entity) -> bool:
    """Whether every mention of ``e`` in ``v`` is where a supply goes ("memasok P kepada X"): a buyer, not a seller."""
    if not v.may(_SUPPLIED_TO):
        return False
    mine = [m.start for m in v.mentions if m.ent is e]
    ends = {g.end() for g in _SUPPLIED_TO.finditer(v.masked)}
    return bool(mine) and all(s in ends for s in mine)
