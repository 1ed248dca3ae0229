"""A generic substance that only glosses a brand beside it is no product of its own:
"Ondavera (ondansetron injeksi)", "injeksi seftriakson Ceftrion", "Glarvia, insulin glargine produksi X",
"Trastulan (trastuzumab biosimilar)", "| Calmazep 2 mg | diazepam | PT X |".

Why: a story about a brand names its active substance to say what the brand is; the annotated stories
(about 40 such glosses across the sets against a handful kept) take the brand as the product and the
substance as its description. A substance the story also names on its own ("memproduksi parasetamol",
"pabrik filgrastim") keeps its node, and so does one told as a brand's contents ("mengandung
sildenafil", "berisi parasetamol"): the warnings and raids list those as products found.
"""

from __future__ import annotations

import re

from graphbuild.types import Entity, Span

# what may stand between a gloss and its brand: salts, forms, strengths, "biosimilar", markup
_SALT = (r"(?:HCl|HBr|hidroklorida|dihidroklorida|natrium|sodium|kalsium|calcium|trihidrat|bisulfat|besilat|maleat|"
         r"sitrat|mesilat|mesylate|fumarat|alfa|alpha|beta|rekombinan|recombinant|biosimilar|injeksi|injection|"
         r"tablet|tablets|kapsul|sirup|serbuk|generik|generic|\d[\d.,]*\s*(?:mg|g|gram|ml|mL|mcg|IU|µg)(?:/\s*[\d.,]*\s*m?[lL])?)")
# "Brand 20 mg tablet (" : the brand, its strength and form, the opening bracket of the gloss
_BRACKET = re.compile(r"^(?:\*\*|</?b>|®|™)*(?:\s+[\w.,/µ-]+){0,5}?\s*(?:\*\*|</?b>)?\s*\($")
# "substance 1 gram bermerek " / "substance biosimilar, " : the gloss before the brand
_BEFORE = re.compile(rf"^(?:\s+{_SALT})*\s*(?:,\s*|\s+(?:bermerek|merek|dengan merek|branded|bernama)\s+|\s+)(?:\*\*|<b>)?$")
# "Brand, a rapid-acting " / "**Brand** — " : the brand, then the gloss in apposition
_AFTER = re.compile(r"^(?:\s+\d[\w.,]*\s*(?:mg|g|ml|mcg))?(?:\*\*|</b>|®|™)*\s*(?:,|—|–)\s*"
                    r"(?:(?:an?|the|sebuah|obat|tablet|kapsul|sirup|injeksi|suplemen|vaksin|biosimilar|[a-z]+-[a-z]+)\s+){0,3}$")
# a brand's contents, which the warnings and raids list as products found
_CONTENTS = re.compile(r"\b(?:mengandung|berisi|kandungan|dicampur|campuran|temuan|containing|contains?|contained)\b", re.I)
# "(ondansetron injeksi)", "(trastuzumab biosimilar)": the bracket says what kind of product the brand is; a bare
# "(parasetamol)" or "(dekstrometorfan HBr 15 mg/5 ml)" tells its contents, which recent stories keep as products
_KIND_SAID = re.compile(r"(?:\s+(?:HCl|HBr|natrium|sodium|kalsium|\d[\d.,]*\s*(?:mg|g|gram|ml|mL|mcg|IU)(?:/\s*[\d.,]*\s*m?[lL])?))*"
                        r"\s+(?:injeksi|injection|biosimilar|serbuk|tablet|tablets|kapsul|capsules?|sirup|dry syrup|prefilled|"
                        r"lepas lambat|extended[- ]release|sustained[- ]release|rekombinan|recombinant|generik|generic|salut)\b")
_CELL = re.compile(r"(?:\s+\d[\d.,]*\s*(?:mg|g|ml|mcg|IU)\S*)?\s*\|\s*")
_LIST_ON = re.compile(r"^\s*(?:,|dan\b|and\b|serta\b)")


def _glossed(text: str, m: Span, brands: list[tuple[Span, Entity]], every: list[tuple[Span, Entity]]) -> Entity | None:
    """The brand of ``brands`` whose gloss the substance mention ``m`` is, if any."""
    before = text[max(0, m.start - 80) : m.start]
    line = before.rsplit("\n", 1)[-1]
    if _CONTENTS.search(line[-60:]):
        return None
    for b, e in brands:
        if b.end <= m.start and m.start - b.end <= 40:
            gap = text[b.end : m.start]
            if "\n" in gap:
                continue
            if (_BRACKET.match(gap) and _KIND_SAID.match(text, m.end)) or (
                    _AFTER.match(gap) and not _listed_on(text, m, every)):
                return e
            if _CELL.fullmatch(gap) and text[max(0, b.start - 3) : b.start].rstrip().endswith("|"):
                return e  # "| Brand 2 mg | substance |": the cell after the brand's own cell
        elif b.start >= m.end and b.start - m.end <= 40:
            gap = text[m.end : b.start]
            if "\n" not in gap and _BEFORE.match(gap):
                return e
    return None


def _listed_on(text: str, m: Span, brands: list[tuple[Span, Entity]]) -> bool:
    """"A, substance, B": a list goes on past the substance (to any product), so it is an item, not a gloss."""
    after = text[m.end : m.end + 12]
    return bool(_LIST_ON.match(after)) and any(0 <= b.start - m.end <= 12 for b, _ in brands)


def _in_heading(text: str, m: Span) -> bool:
    """The mention stands in a title or subheading ("Pipeline Trastuzumab"): a short line with no full stop."""
    a = text.rfind("\n", 0, m.start) + 1
    b = text.find("\n", m.end)
    line = text[a : b if b >= 0 else len(text)].strip()
    return (len(line.split()) <= 12 and not line.rstrip("*_ ").endswith((".", ":", ";", ","))
            and not re.match(r"(?:[-*•|]|\d+[.)])\s", line) and "|" not in line)  # (a list item or a table row is no title)


def drop(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` less the lower-case substance Products every mention of which glosses a brand; where all
    gloss one brand, their mentions join that brand's (so what the sentence says of it reaches the brand)."""
    brands = [(s, e) for e in entities if e.type == "Product" and e.name[:1].isupper() for s in e.mentions
              if s.text[:1].isupper()]  # (not "denosumab" another rule already joined to its brand)
    every = [(s, e) for e in entities if e.type == "Product" for s in e.mentions]
    if not brands:
        return entities
    out = []
    for e in entities:
        if e.type == "Product" and e.name[:1].islower() and e.mentions:
            owners = [_glossed(text, m, brands, every) for m in e.mentions if not _in_heading(text, m)]
            if owners and all(o is not None for o in owners):
                if len({id(o) for o in owners}) == 1:
                    owner = owners[0]
                    assert owner is not None
                    owner.mentions = sorted([*owner.mentions, *e.mentions], key=lambda x: x.start)
                continue
        out.append(e)
    return out
