"""The coordinated subject of a signing told press-release style, each side with its own apposition.

"Avantara-like Ltd ("A"), a Hyderabad-based drug maker, and PT B ("B"), a subsidiary of PT C, today announced the
signing of …": the parties are A and B, not C (named inside B's apposition); "PT A (A) dan perusahaan biofarmasi
asal Jerman, B, menandatangani …": B is described before its name. Read for :mod:`.agreements`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import M, View

# ", a subsidiary of C" / ", anak usaha C": C only describes the side named before the comma
_OF_APPOSITION = re.compile(r"^\.?\)?\s*(?:\([^()]*\)\s*)?,\s*(?:(?:a|an|the|sebuah|salah\s+satu)\s+)?(?:[\w-]+\s+){0,4}?(?:subsidiary|unit|division|"
                            r"affiliate|member|part|anak\s+(?:usaha|perusahaan)|bagian|unit\s+usaha|afiliasi|anggota)\s+"
                            r"(?:of\s+|dari\s+)?(?:the\s+)?(?:PT\.?\s+)?$", re.I)
# "A ("A"), a Hyderabad-based global company, and B": the first side's apposition, then the second side
_APPOSED_AND = re.compile(r"^\.?\)?\s*(?:\([^()]*\)\s*)?,\s*(?:a|an|the|sebuah|salah\s+satu|perusahaan|produsen|"
                          r"[\w-]+-based)\b[^;:()]{0,90}?,\s*(?:and|dan|serta|&)\s+(?:the\s+)?(?:PT\.?\s+)?$", re.I)
# "A dan perusahaan biofarmasi (asal) Jerman(,) B": the second side described before its name
_AND_DESCRIBED = re.compile(r"^\.?\)?\s*(?:\([^()]*\)\s*)?,?\s*(?:dan|serta|and|&)\s+(?:(?:the|sebuah)\s+)?(?:perusahaan|produsen|"
                            r"firma|pabrikan|company|firm|drugmaker|maker|manufacturer)\s+(?:[a-z][\w-]*\s+){0,3}?"
                            r"(?:asal\s+|from\s+)?(?:\u2588+\s*,?\s*)?$", re.I)


def apposition_head(v: View, m: M, orgs: list[M]) -> M:
    """The side ``m`` is named inside the apposition of ("B, a subsidiary of C": B for C), else ``m``."""
    prev = _prev_org(v, m, orgs)
    if prev is not None and _OF_APPOSITION.match(v.masked[prev.end : m.start]):
        return prev
    return m


def coordinated_before(v: View, m: M, orgs: list[M]) -> M | None:
    """The side coordinated before ``m`` across an apposition or a description ("A, a …, and B"; "A dan perusahaan X, B")."""
    prev = _prev_org(v, m, orgs)
    if prev is None:
        return None
    gap = v.masked[prev.end : m.start]
    if _APPOSED_AND.match(gap) or _AND_DESCRIBED.match(gap):
        return prev
    return None


def _prev_org(v: View, m: M, orgs: list[M]) -> M | None:
    """The organisation named before ``m``, past any place (a place may sit in an apposition)."""
    prev = v.prev_mention(m)
    while prev is not None and prev.type == "Location":
        prev = v.prev_mention(prev)
    return prev if prev is not None and prev in orgs else None
