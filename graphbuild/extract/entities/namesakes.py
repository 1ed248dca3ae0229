"""Titles inside the names of places and institutions, for ``persons``.

"RSUP Dr. Kariadi", "Jalan Dr. Wahidin", "Universitas Dr. Soetomo", "PT Gizi Ibu Nusantara": an honorific
there is part of a hospital's, street's or company's name, and opens no person's name.
"""

from __future__ import annotations

from graphbuild.extract.entities.tokens import Tokens

# words a namesake's title follows: "RSUP Dr. Kariadi", "Jalan Dr. Wahidin", "Universitas Dr. Soetomo"
_NAMED_AFTER = frozenset({"RS", "RSU", "RSUP", "RSUPN", "RSUD", "RSPAD", "RSAB", "RSIA", "RSJ", "RSK", "Sakit",
                          "Jalan", "Jl", "Jln", "Universitas", "Bandara", "Gedung", "Museum", "Stadion", "Auditorium"})
# a hospital's kind or speciality between its opener and the namesake: "RS Paru Dr. Sumitro", "RSU Bhayangkara Dr. X"
_HOSPITAL_TAIL = frozenset({"Umum", "Pusat", "Daerah", "Nasional", "Jiwa", "Anak", "Bunda", "Kanker", "Paru", "Mata",
                            "Jantung", "Bersalin", "Ortopedi", "Khusus", "Bhayangkara", "Kusta", "Otak", "Infeksi"})
_OPENERS = frozenset({"Sakit", "RS", "RSU", "RSUD", "RSUP", "RSK", "RSJ"})


def namesake(t: Tokens, k: int) -> bool:
    """"Rumah Sakit Umum Pusat (RSUP) Dr. Kariadi": a title inside a hospital's or street's name is no person's."""
    p = k - 1
    if p >= 2 and t.words[p] == ")" and t.words[p - 2] == "(":
        return t.words[p - 1].startswith("RS") or t.words[p - 1] in _NAMED_AFTER
    if p >= 0 and t.words[p] == ".":
        p -= 1  # "Jl. Dr. Sutomo"
    if p < 0 or t.newline_before[p + 1]:
        return False
    w = t.words[p]
    # "PT Gizi Ibu Nusantara": a word like "Ibu" inside a company's name
    firm = t.words[k][:1].isupper() and any(t.words[q] in ("PT", "CV") and all(
        t.words[x][:1].isupper() and not t.newline_before[x] for x in range(q + 1, k)) for q in range(max(0, k - 4), k)) \
        or (k + 1 < len(t.words) and any(f"PT {t.span_text(q, k + 2)}" in t.text for q in range(max(0, k - 3), k)))  # its short form
    return firm or w in _NAMED_AFTER or (w in _HOSPITAL_TAIL and not _OPENERS.isdisjoint(t.words[max(0, p - 3) : p]))
