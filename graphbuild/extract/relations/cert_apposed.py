"""Who holds a certificate when the cue's own sentence says it indirectly, for :mod:`.cert_holders`: the site a
relative clause is about (", which was certified by …"), a clause still to come ("Until X receives …"), a possessive
("Its halal certificate …") and "keduanya" after the certificate. Split out to keep ``cert_holders`` short.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import M, View
from graphbuild.types import Entity

# ", which was certified for GMP by …", ", which received its CPOB certificate", ", yang telah memperoleh sertifikat": a relative
# clause whose antecedent is the site named before it (past its place: "the X Plant in Karawang, West Java, which …")
_WHICH = re.compile(r",\s*(?:which|that|yang)\s+(?:(?:has|had|have|was|is|were|also|already|since|been|then|later|telah|sudah|"
                    r"juga|pun|kini)\s+)*(?:[\w\u2588]+(?:\s+|-))?$", re.I)
_PLACE_GAP = re.compile(r"(?:\s*,?\s*(?:(?:in|at|di|near|within|of)\s+(?:the\s+)?)?\u2588+(?:\s+[A-Z][\w-]*)*)*"
                        r"(?:\s*,\s*(?:with|dengan)\s[^,;\u2588]{0,80})?\s*", re.I)


def which_site(v: View, start: int) -> M | None:
    """The site a relative clause ending at the cue is about: "operates the X Plant in Y, which was certified …"."""
    w = _WHICH.search(v.masked, max(0, start - 50), start)
    if w is None:
        return None
    before = [m for m in v.mentions if m.end <= w.start()]
    sites = [m for m in before if m.type == "Facility"]
    if not sites:
        return None
    site = sites[-1]
    between = [m for m in before if m.start >= site.end]
    if any(m.type not in ("Location", "Organization") for m in between):
        return None
    return site if _PLACE_GAP.fullmatch(v.masked, (site.gloss or site).end, w.start()) else None


# "Until the Karawang plant receives GMP certification from BPOM, …": a clause of a time still to come holds nothing yet
_UNTIL = re.compile(r"^\W*(?:until|unless|sampai|hingga|selama)\s[^,;]*$", re.I)


def pending(v: View, start: int) -> bool:
    """Whether the cue sits in an opening "until/unless …" clause (no certificate held yet)."""
    return _UNTIL.match(v.masked, 0, start) is not None


# "Its halal certificate was issued in 2024 by BPJPH", "Sertifikat halalnya diterbitkan …": the one certified just before
_ITS = re.compile(r"^\W*(?:(?:its|their)\s+(?:[\w\u2588-]+\s+)?(?:certificate|certification)|sertifikat(?:\s+[\w\u2588-]+)?nya)\b", re.I)


def its_certificate(v: View, start: int) -> bool:
    """Whether the sentence opens with the certificate of a holder told by a possessive, the cue in it."""
    m = _ITS.match(v.masked)
    return m is not None and m.start() <= start < m.end() + 2


# "sertifikat halal keduanya dikeluarkan BPJPH": the holders the sentence named before the cue
_BOTH_OF = re.compile(r"\s+(?:halal\s+|\u2588+\s+)?(?:keduanya|ketiganya|mereka)\b", re.I)


def both_of(v: View, start: int, end: int) -> list[Entity]:
    """The holders a possessive "keduanya" after the certificate counts back to: those named before it here."""
    if not _BOTH_OF.match(v.masked, end):
        return []
    return [m.ent for m in v.mentions if m.start < start and m.type in ("Organization", "Facility") and m.role is None
            and m.ent.category not in ("regulator", "government")][-3:]
