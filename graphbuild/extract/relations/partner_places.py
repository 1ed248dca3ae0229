"""A place that only locates or describes a partner is no partner itself: "menjajaki kerja sama dengan distributor
di Uni Emirat Arab" (an unnamed distributor there), "Unair Gandeng Perusahaan Korea" (a Korean company), "X yang
berkantor pusat di Seongnam, Provinsi Gyeonggi, telah bekerja sama dengan Y" (X's seat). A country that is itself a
side ("kerja sama Indonesia–Jepang", "bekerja sama dengan Korea Selatan") keeps its relation.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import M, View

# "distributor di", "mitra asal", "berkantor pusat di", "based in": a place after a locative that follows a word
_LOCATED = re.compile(r"\b(?:[a-z][\w-]*)\s+(?:di|dari|asal|in|from)\s+(?:(?:provinsi|kota|kabupaten|negara|the)\s+)?$", re.I)
# "di Seongnam, Provinsi Gyeonggi": the second place of a locative's chain
_CHAINED = re.compile(r"\b(?:di|in)\s+\u2588+\s*,\s*(?:(?:provinsi|province|kota|kabupaten|prefektur)\s+)?$", re.I)
# "Perusahaan Korea", "a Korean firm" told with the country's name after the noun it qualifies
_QUALIFIES = re.compile(r"\b(?:perusahaan|produsen|pabrikan|distributor|mitra|startup|firma|lembaga|universitas|kampus|"
                        r"rumah\s+sakit)\s+$", re.I)
# partners the locative itself names: "kerja sama dengan (pemerintah) di X" has no word of its own before "di"
_SIDE_WORDS = re.compile(r"\b(?:dengan|with|antara|between|dan|and|serta)\s+(?:di|dari|in|from)\s+$", re.I)


def placed(v: View, m: M) -> bool:
    """Whether the Location mention ``m`` only places or qualifies another partner."""
    if m.type != "Location":
        return False
    before = v.masked[max(0, m.start - 60) : m.start]
    if _SIDE_WORDS.search(before):
        return False
    return bool(_LOCATED.search(before) or _CHAINED.search(before) or _QUALIFIES.search(before))
