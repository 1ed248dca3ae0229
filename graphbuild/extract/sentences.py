"""Indonesian-aware sentence splitting with offsets into the text.

Sentences are the unit of evidence for relations, so a wrong split at "Prof."
or "Tbk." cuts a fact in half. The splitter is one regex pass over candidate
boundaries (linear in the text length) with a small abbreviation check.
"""

from __future__ import annotations

import re

from graphbuild.types import Sentence

# Tokens (lower-cased, without the final dot) after which a dot does not end a sentence ("Muh." and "Moh."
# shorten "Muhammad" inside a name).
ABBREVIATIONS: frozenset[str] = frozenset(
    """prof dr drs dra ir h hj apt drg drh m.biomed ph.d phd tbk pt no nomor dll dst dsb a.n u.p s.farm m.sc
    m.kes m.si s.si m.farm s.h m.h s.e s.kom m.pd m.epid mph sp jl jln kec kab kel prov tel telp hlm vol
    st mr mrs ms jr sr co inc ltd corp vs etc e.g i.e no. yth bpk ibu sdr kol jend brigjen irjen kapt mayjen
    letjen ir. m.m mba m.b.a sp.pd sp.a sp.og plt plh pj approx fig ref rp pvt pte sdn bhd
    pol kombes akbp akp kompol iptu ipda aiptu aipda komjen muh moh moch mhd abd purn ret adj assoc ny tn nn sdri""".split()
)

# "\n+" or "[.!?…]+[\"”’')\]]*(?=\s)", written to open with a character class: ``re`` then skips to the next
# candidate character in C (a lookahead naming them, or a branch, is tried at every position: 2x slower)
_BOUNDARY = re.compile(r"[\n.!?…](?:(?<=\n)\n*|[.!?…]*[\"”’')\]]*(?=\s))")
_DOT_ENDS = frozenset((".", ".)", ".]"))  # a dot that may close an abbreviation
_NEXT_START = re.compile(r"\s+[\"“‘'(\[]*[A-Z0-9À-ÖØ-Þ\"“]")


# Words that open a clause and never continue a name, a degree list or a company's legal form: after them a dot
# that closes "M.Kes." or "Co., Ltd." ends the sentence ("…, M.Kes. Ia menyatakan", "Hengli Co., Ltd. Perusahaan
# tersebut …"); without this the evidence sentence runs on into the next one and rules read two facts as one.
_OPENERS: frozenset[str] = frozenset(
    """Ia Dia Beliau Menurutnya Menurut Pihaknya Kami Kita Dalam Selain Sementara Sedangkan Adapun Hal Saat Pada
    Dengan Untuk Ini Itu Lebih Selanjutnya Kemudian Namun Tetapi Oleh Sebelumnya Kegiatan Acara Langkah Upaya
    Melalui Terkait Disebutkan Dikatakan Ditambahkan Menambahkan Mereka Kedua Keduanya Sebab Karena Jika Apabila
    Bahkan Tak Tidak Perusahaan Perseroan He She They We The This In According It Its Under As With Both""".split()
)
_NEXT_WORD = re.compile(r"\s+([A-Z][a-z]+)\b")

_OFFICER = re.compile(r"\b(?:Presiden|Direktur|Dirut|Komisaris|Ketua|Kepala|Sekretaris|Manajer|CEO|Chief|President|Director"
                      r"|Manager|Secretary|Head)\b[^,;:]{0,60}\bPT\b")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the dot at ``dot`` closes an abbreviation, an initial or a decimal."""
    # the last token of the 24 characters before the dot, as ``(\S+)$`` would find it (that search tried
    # every position of the window); ``split()`` and ``\s`` agree on what is whitespace
    window = text[max(0, dot - 24) : dot]
    if window.endswith("\n"):  # "$" also matches before a final line break
        window = window[:-1]
    if not window or window[-1].isspace():
        return False
    tok = window.rsplit(None, 1)[-1].lstrip("(\"“'[*_").lower()  # ("**apt. X**": markdown bold)
    if not tok:
        return False
    if (nxt := _NEXT_WORD.match(text, dot + 1)) and nxt.group(1) in _OPENERS:
        return False
    if tok in ABBREVIATIONS:
        # "… PT Phapros Tbk. Phapros merupakan …": a listed company's suffix ends the sentence a capitalised word
        # opens, unless a title names the company's officer ("Presiden Komisaris PT X Tbk. Vidjongtius hadir")
        return not (tok == "tbk" and re.match(r"\s+[A-Z][a-z]", text[dot + 1 : dot + 4])
                    and not _OFFICER.search(text[max(0, dot - 90) : dot]))
    if len(tok) == 1 and tok.isalpha():  # initials: "A. Rahman"
        return True
    if "." in tok and all(len(p) <= 4 for p in tok.split(".")):  # "M.Biomed", "S.Farm", "a.n"
        return True
    return False


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; offsets point into ``text``, blank pieces are dropped."""
    out: list[Sentence] = []
    start = 0
    next_start = _NEXT_START.match
    for m in _BOUNDARY.finditer(text):
        cut = m.group()
        if cut[0] == "\n":
            _emit(text, start, m.start(), out)
            start = m.end()
            continue
        end_punct = m.end()
        if "..." in cut or "…" in cut or not next_start(text, end_punct):
            continue
        if cut in _DOT_ENDS and _is_abbreviation(text, m.start()):
            # "Pelaksana Tugas (Plt.) Kepala …": an abbreviation closing a bracket ends nothing
            continue
        _emit(text, start, end_punct, out)
        start = end_punct
    _emit(text, start, len(text), out)
    return out


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    """``text[start:end]`` without its surrounding whitespace, unless blank (``strip`` and ``isspace``
    agree on what whitespace is)."""
    piece = text[start:end]
    kept = piece.strip()
    if kept:
        start += len(piece) - len(piece.lstrip())
        out.append(Sentence(start, start + len(kept), kept))
