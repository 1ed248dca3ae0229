"""A counted pronoun for the products just listed: "Ketiganya sudah mendapat nomor izin edar (NIE) dari BPOM" after
three bullets, "Keduanya telah disetujui BPOM", "Both received marketing authorisation from BPOM". The pronoun
counts them, so exactly that many brands named before are meant: capitalised names outside brackets (the
substances glossed in brackets, "Mahaflu tablet (parasetamol 500 mg, …)", are passed over).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.types import Entity

_PRONOUN = re.compile(r"^\W*(?:(?:menurut|kata|according\s+to)\s+(?:[\w.-]+\s+){0,3}?[\w\u2588.-]+\s*,\s*)?"  # "Menurut X, ketiganya …"
                      r"(?:(?P<id>kedua|ketiga|keempat|kelima|keenam)nya|(?P<en>both|all\s+(?:two|three|four|five|six))"
                      r"(?:\s+of\s+them)?)\b(?=[^\u2588]*$)", re.I)
_BOTH = {"both": 2}


def counted(v: View, start: int) -> int:
    """How many products the pronoun opening the sentence before ``start`` counts (0 if none)."""
    m = _PRONOUN.match(v.masked[:start])
    if m is None:
        return 0
    word = (m.group("id") or m.group("en")).lower().split()[-1]
    return _BOTH.get(word) or cues.COUNT_WORDS.get(word, 0)


def _in_brackets(text: str, pos: int) -> bool:
    line = text[text.rfind("\n", 0, pos) + 1 : pos]
    return line.count("(") > line.count(")")


def named_before(ctx: Context, v: View, many: int) -> list[Entity]:
    """The ``many`` brands named last in the six sentences before ``v`` (all of them, or none)."""
    found: list[Entity] = []
    for w in reversed(ctx.views[max(0, v.index - 6) : v.index]):
        for m in reversed(w.mentions):
            if m.type != "Product" or not m.text[:1].isupper() or _in_brackets(w.text, m.start) or m.ent in found:
                continue
            found.append(m.ent)
            if len(found) == many:
                return found[::-1]
    return []


def listed_before(ctx: Context, v: View, most: int = 6) -> list[Entity]:
    """The brands of the list just before ``v`` ("Seluruh produk di atas …" after bullets): the sentences right
    before that name brands, up to the first that names none; two to ``most`` brands, else none."""
    found: list[Entity] = []
    for w in reversed(ctx.views[max(0, v.index - most) : v.index]):
        got = [m.ent for m in w.mentions if m.type == "Product" and m.text[:1].isupper() and not _in_brackets(w.text, m.start)]
        if not got:
            if found:
                break
            continue
        found = [e for i, e in enumerate(got + found) if all(e is not x for x in (got + found)[:i])]
    return found if 2 <= len(found) <= most else []


def counted_list(ctx: Context, v: View, many: int, reach: int = 20) -> list[Entity]:
    """The list of exactly ``many`` brands named last in the ``reach`` sentences before ``v``: what "ketiga produk
    (itu)" counts back to when the three were introduced further up ("Ketiga produk itu adalah A, B, dan C", or
    one brand a bullet line: "- A\n- B\n- C")."""
    from graphbuild.extract.relations.covers_lists import counted as counted_items
    from graphbuild.extract.relations.makers_joint import product_list

    run: list[Entity] = []  # the brands of consecutive bullet lines, the latest last
    for w in reversed(ctx.views[max(0, v.index - reach) : v.index]):
        brands = [m for m in w.mentions if m.type == "Product" and m.text[:1].isupper() and not _in_brackets(w.text, m.start)]
        if _BULLET.match(w.text) and len(brands) == 1:
            run.insert(0, brands[0].ent)
            continue
        if len(run) == many:
            return run
        run = []
        seen: list[M] = []
        found: list[Entity] = []
        for m in w.mentions:
            if m.type != "Product" or any(m is s for s in seen):
                continue
            chain = product_list(w, m)
            if len(chain) < many:  # "two Herbatama products in Nigeria: P, a … immunomodulator, and Q, a …": counted after a colon
                chain = counted_items(w, chain)
            seen += chain
            if len(chain) == many and all(c.text[:1].isupper() for c in chain):
                found = [c.ent for c in chain]
        if found:
            return found
    return run if len(run) == many else []


_BULLET = re.compile(r"\s*(?:[-*\u2022]|\d{1,2}[.)]|\|)\s")  # (a table row names one brand a row as well)


# a time or linking word before the group: "Saat ini kedua produk sedang menjalani proses registrasi di BPOM"
_LEAD = (r"^\W*(?:(?:saat\s+ini|kini|hingga\s+kini|sampai\s+saat\s+ini|sementara\s+itu|selain\s+itu|currently|at\s+present|"
         r"meanwhile|in\s+addition)\s*,?\s+)?")


# "Ketiga produk Rimbasehat telah memperoleh NIE", "All three products received notification numbers": a sentence
# opening on a counted group of products (a brand line may name it) before the verb
_OPENING = re.compile(_LEAD + r"(?:(?:ke(?P<id>dua|tiga|empat|lima|enam))\s+(?:produk|obat|jamu|varian|vaksin|suplemen|kosmetik)"
                      r"(?:\s+(?:baru|herbal|terbaru|tersebut|itu|ini))*"
                      # "Both products are under registration with NAFDAC", "The two medicines were registered with …"
                      r"|(?:(?:all|the|these)\s+(?P<en>two|three|four|five|six)|(?P<both>both))\s+(?:(?:new|of\s+the|of\s+these)\s+)?"
                      r"(?:products|medicines|drugs|vaccines|variants|brands|supplements))"
                      r"(?:\s+(?:merek\s+|brand\s+)?\u2588+)?(?=[^\u2588]*$)", re.I)


# "Seluruh produk di atas telah memiliki izin edar", "Produk-produk tersebut …", "All of the products listed above …":
# an uncounted group opening the sentence, the brands of the list right before it
_ALL_OPENING = re.compile(_LEAD + r"(?:(?:(?:seluruh|semua)\s+(?:(?:dari\s+)?(?:produk|obat|jamu|vaksin|suplemen|kosmetik)"
                          r"|produk-produk|obat-obatan|obat-obat)|produk-produk|obat-obat)"
                          r"(?:\s+(?:baru|herbal|unggulan))?\s+(?:di\s+atas|tersebut|itu|ini|yang\s+disebutkan\s+di\s+atas)"
                          r"|all\s+(?:of\s+)?(?:the|these)\s+(?:products|medicines|drugs|vaccines)(?:\s+(?:listed\s+)?above)?"
                          r"|(?:the|these)\s+(?:products|medicines|drugs|vaccines)\s+(?:listed\s+)?above"
                          r"|(?:the|these)\s+(?:products|medicines|vaccines)(?=\s+(?:are|were|have|will)\b)"  # "The products are being registered with …"
                          r"|(?:seluruh|semua)nya|all\s+of\s+them)\b(?=[^\u2588]*$)", re.I)  # "Seluruhnya telah memiliki NIE"


def counted_opening(ctx: Context, v: View, start: int) -> list[Entity] | None:
    """The brands a counted group opening the sentence before ``start`` counts back to; None if it opens on none."""
    m = _OPENING.match(v.masked[:start])
    if m is None:
        if _ALL_OPENING.match(v.masked[:start]):
            return listed_before(ctx, v, 8) or None  # (a press release may tell of the list a few paragraphs up)
        return None
    return counted_list(ctx, v, cues.COUNT_WORDS.get((m.group("id") or m.group("en") or m.group("both")).lower(), 0)) or None
