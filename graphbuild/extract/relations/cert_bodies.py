"""Which body issues which certificate: a halal certificate comes from the halal bodies (BPJPH, LPPOM MUI), a CPOB,
CDOB, CPOTB or CPKB certificate from the drug regulator. When a sentence names only the recipient ("anak usaha
distribusinya, PT X, menerima sertifikat CDOB") and the story's last certifier was the halal body, the certificate
is the drug regulator's: the one that last certified under a drug standard, or the regulator named lately.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.extract.relations.registration import is_regulator
from graphbuild.types import Entity

_HALAL_BODY = re.compile(r"\b(?:halal|majelis\s+ulama|MUI|LPPOM|LPH)\b", re.I)
_HALAL_STD = re.compile(r"\bhalal\b", re.I)
_DRUG_STD = re.compile(r"\b(?:CP[A-Z]{2,4}|CDOB|CDAKB|GMP|GDP|Cara\s+(?:Pembuatan|Distribusi|Produksi)\b)", re.I)


def _halal_body(e: Entity) -> bool:
    return any(_HALAL_BODY.search(n) for n in (e.name, *e.aliases))


halal_body = _halal_body  # BPJPH, LPPOM MUI: who issues halal certificates


def drug_standard(std: str) -> bool:
    """CPOB, CDOB, CPOTB, GMP …: a standard the drug regulator certifies (not halal)."""
    return bool(_DRUG_STD.search(std)) and not _HALAL_STD.search(std)


def remembered(ctx: Context, v: View, certifier: Entity | None, std: str | None) -> Entity | None:
    """The story's certifier for an unattributed certificate of standard ``std`` (``certifier`` when it fits); a
    sentence that says "halal" keeps the halal body (``std`` may be the story's last standard, not its own)."""
    if certifier is None or not std or not _halal_body(certifier) or _HALAL_STD.search(std) or not _DRUG_STD.search(std) \
            or _HALAL_STD.search(v.masked):
        return certifier
    for r in reversed(ctx.has("CERTIFIED")):
        e = ctx.by_id.get(r.head)
        if e is not None and not _halal_body(e) and is_regulator(e):
            return e
    got = [e for e in ctx.recent(v.index, ("Organization",), back=8, limit=12) if is_regulator(e) and not _halal_body(e)]
    return got[0] if got else certifier
