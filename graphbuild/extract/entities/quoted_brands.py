"""Quoted brands: a title-case name in quotes after a product word ('krim bermerek "Kulit Cerah"', 'sabun herbal
"X"'), or one whose contents the sentence goes on to tell ('"Asam Urat Sakti" kapsul yang mengandung …').

Split from ``brands`` to keep each module short.
"""

from __future__ import annotations

from graphbuild.extract.entities.context import Ctx

# lower-case words after which a quoted title-case name is a brand: 'krim bermerek "Kulit Cerah"'
_QUOTE_CUES = frozenset({"bermerek", "bermerk", "merek", "merk", "brand", "jamu", "krim", "cream", "kosmetik",
                         "produk", "obat", "suplemen", "sirup", "tablet", "kapsul", "salep", "serum", "losion",
                         "serbuk", "bubuk", "puyer", "kaplet", "pil", "granul", "balsem", "tetes", "gel", "lotion",
                         "sabun", "berlabel"})  # 'berlabel "X"': the name on the label (an imprint, 'berlogo "X"', is not)
_CLOSE = frozenset({"”", '"'})


def find(ctx: Ctx) -> None:
    """A quoted name after a product word is a brand, and so is one coordinated with it:
    'jamu "Pegal Linu Cap Kuda"', 'krim bermerek "Kulit Cerah" dan "Malam Ayu"'.

    Title-case quotations are masked (talk titles, themes); only these cues unmask one.
    """
    t = ctx.t
    n = len(t.words)
    last = -2  # closing quote of the brand found last
    for q in t.where(("“", '"')):
        if not t.masked[q] or q < 1 or q <= last:
            continue
        e = q + 1
        while e < n and t.words[e] not in _CLOSE and e - q <= 6 and not t.newline_before[e]:
            e += 1
        if e >= n or t.words[e] not in _CLOSE or e == q + 1 or not t.words[q + 1][:1].isupper():
            continue
        p = t.words[q - 1]
        cued = p in _QUOTE_CUES or (p in ("dan", "serta", ",", "and") and q - 2 == last) or _one_word_after_cue(t, q)
        if (not cued or ctx.owner[q - 1] >= 0 and p not in ("dan", "serta", ",", "and")) and not _contents_told(t, q, e):
            continue
        if not ctx.free(q + 1, e):
            continue
        for i in range(q + 1, e):
            t.masked[i] = False
        if ctx.add(q + 1, e, "Product", None, "cue") >= 0:
            last = e


# '"X" yang mengandung sildenafil', '"Y" kapsul yang dicampur deksametason', '"Z" berisi parasetamol': a quoted
# title-case name whose contents the sentence goes on to tell is a product, whatever came before it
_CONTAINS = frozenset({"mengandung", "berisi", "dicampur", "tercampur"})
_HEDGES = frozenset({"yang", "positif", "terbukti", "diduga", "juga", "ternyata"})


def _contents_told(t, q: int, e: int) -> bool:  # type: ignore[no-untyped-def]
    """The quote q..e holds a title-case name and the words after its close tell what it contains (a letter
    code after 'berlogo', 'tablet berlogo "MF" yang mengandung …', is the pill's imprint, not its brand)."""
    if any(w.isalpha() and len(w) > 2 and not w[:1].isupper() for w in t.words[q + 1 : e]):
        return False
    if q >= 1 and t.lower[q - 1] in _MARKS and e == q + 2 and t.words[q + 1].isupper():
        return False
    i = e + 1
    if i < len(t.words) and t.lower[i] in _QUOTE_CUES and not t.newline_before[i]:
        i += 1  # '"Asam Urat Sakti" kapsul yang …': the form after the name
    while i < len(t.words) and i - e <= 4 and t.lower[i] in _HEDGES and not t.newline_before[i]:
        i += 1
    return i < len(t.words) and t.lower[i] in _CONTAINS and not t.newline_before[i]


_MARKS = frozenset({"berlogo", "bergambar", "bertuliskan", "berlabel"})  # 'tablet berlogo "DMP"': an imprint, no brand


def _one_word_after_cue(t, q: int) -> bool:  # type: ignore[no-untyped-def]
    """'bermerek palsu "X"', 'sabun herbal "X"', 'merek kosmetik lokal, "X"': one lower-case modifier (and a
    comma) between the product word and the quoted name."""
    i = q - 2 if t.words[q - 1] == "," else q - 1
    w = t.words[i] if i >= 1 else ""
    return (w.isalpha() and w.islower() and w not in t.cue.connectors and w not in _QUOTE_CUES and w not in _MARKS
            and not t.newline_before[i] and not t.newline_before[q] and t.words[i - 1] in _QUOTE_CUES
            and t.words[i - 1] not in ("produk", "obat"))  # 'produk lokal "Bangga …"' names a campaign
