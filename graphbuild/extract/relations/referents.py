"""Which product a sentence means without naming it ("produk tersebut", "kedua produk itu", "the product").

Split out of ``regulatory`` (approvals, registrations and revocations all read it): the product
named last, the two or three named last after "kedua" / "ketiga", the brand rather than the
substance in an apposition that describes it, never what a product is said to contain.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, View
from graphbuild.types import Entity

# "produk tersebut", "obat ini", "the product": the product named just before
PRODUCT_ANAPHOR = re.compile(r"\b(?:produk|obat|vaksin|terapi|suplemen|jamu|sirup|krim|alat|perangkat|ventilator|stent|"
                             r"reagen|biosimilar)\s+(?:\w+\s+)?(?:tersebut|itu|ini)\b"
                              r"|\b(?:the|this)\s+(?:product|drug|vaccine|therapy)\b"
                              r"|\b(?:kedua|ketiga)\s+(?:produk|obat|vaksin|biosimilar)\b"
                              r"|\b(?:both|the\s+two)\s+(?:products|drugs|vaccines|biosimilars|medicines)\b",
                              re.I)
# "mengandung BKO", "kandungan merkuri jauh di atas batas", "tercemar etilen glikol": what a product contains
# (also a later item of the list the cue opens: "cemaran etilen glikol (EG) dan dietilen glikol (DEG)")
_INGREDIENT = re.compile(r"\b(?:mengandung|berisi|kandungan|cemaran|tercemar|terkontaminasi|contaminated\s+with|containing"
                         r"|contains?|traces\s+of)\s+(?:[^.;:()\u2588]{0,40}?\u2588+(?:\s*\([^()]{0,30}\))?"
                         r"(?:\s*,\s*|\s+(?:dan|serta|maupun|atau|and|or)\s+|\s*,\s*(?:dan|serta|and|or)\s+)){0,4}$", re.I)
# "Gliptaro, tablet sitagliptin", "Lambucid kapsul 40 mg (esomeprazol": the substance describes the brand
_DESCRIBES = re.compile(r"\s*,\s*(?:[a-z][\w-]*\s+){1,3}|\s+(?:[a-z][\w-]*\s+|\d+(?:[.,]\d+)?\s*[a-z]{1,3}\s+){0,3}\(")
_COUNTED = re.compile(r"\b(?:the\s+)?(kedua|ketiga|keempat|kelima|keenam|both|two|three|four|five|six)\s+", re.I)


def how_many(v: View, ana: re.Match[str]) -> int:
    """How many things an anaphor points back to: "ketiga produk itu" 3, "kedua produk tersebut" 2, else 1."""
    back = v.masked[max(0, ana.start() - 12) : ana.start() + 12]
    m = _COUNTED.search(back)  # "ketiga/keempat produk itu", "both", "the three": that many ("two" alone only after "the")
    if m is None or (m.group(1).lower() in ("two", "three", "four", "five", "six") and not m.group(0).lower().startswith("the")):
        return 1
    return cues.COUNT_WORDS[m.group(1).lower()]


def opening_anaphor(masked: str) -> re.Match[str] | None:
    """The product reference a sentence opens with, past its opening quotes ("Obat tersebut diimpor …")."""
    return PRODUCT_ANAPHOR.match(masked, len(masked) - len(masked.lstrip(" \"\u201c")))


def antecedents(ctx: Context, v: View, ana: re.Match[str], reach: int = 3) -> list[Entity]:
    """What "produk tersebut" / "kedua produk itu" names: the product(s) named last. Of "Gliptaro, tablet
    sitagliptin generik" or "Lambucid kapsul 40 mg (esomeprazol)" the brand is meant, not the substance.
    ``reach`` sentences are searched for a plural ("kedua produk tersebut" may follow a quote)."""
    many = how_many(v, ana)
    if many > 1:
        got = ctx.recent(v.index, ("Product",), pos=ana.start(), back=reach, limit=many)
        if any(e.name[:1].islower() for e in got):  # "A (metformin) serta B, obat berbasis amlodipin. Kedua produk …": A and B
            brands = [e for e in ctx.recent(v.index, ("Product",), pos=ana.start(), back=1, limit=3 * many) if e.name[:1].isupper()]
            got = brands[:many] if len(brands) >= many else got
        every = [e for e in ctx.entities if e.type == "Product"]
        return every if len(got) < many and len(every) == many else got  # "both biosimilars", named long before
    for i in range(v.index, max(-1, v.index - 4), -1):
        w = ctx.views[i]
        ps = [m for m in w.mentions if m.type == "Product" and (i < v.index or m.end <= ana.start())
              and not _INGREDIENT.search(w.masked[max(0, m.start - 240) : m.start])]  # "mengandung BKO": what it contains
        if ps:
            last = ps[-1]
            prev = w.prev_mention(last)
            if (last.text[:1].islower() and prev is not None and prev.type == "Product" and prev.text[:1].isupper()
                    and _DESCRIBES.fullmatch(w.masked[prev.end : last.start])):
                return [prev.ent]
            return [last.ent]
    return []
