"""The products a deal names one after another, for :mod:`.covers`.

Why: split out of ``covers`` to keep it short. A deal rarely names one product: "P dan Q", "the insulin glargine
biosimilar HS-Glargine and its … HS-Lispro" (the brand stands for the ingredient it is described with), "TRZ-Rw,
a proposed biosimilar to trastuzumab, and BVZ-Rw", "Travenza (trastuzumab) for HER2-positive breast cancer, and
Bevamab …", "amlodipine tablets, metformin tablets and ceftriaxone for injection". These readers walk such a list
from its first product; ``covers`` also reads ``BRANDED`` to tell the substances a document names a brand for.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import M, View

# "insulin glargine biosimilar HS-Glargine", "its trastuzumab biosimilar, HB-Trastu": the brand the ingredient is described by
BRANDED = re.compile(r"\s*(?:[a-z][\w-]*\s+){0,2}?(?:(?:biosimilar|vaccine|vaksin|candidate|kandidat)\s*,\s*|"
                     r"(?:biosimilar|generik|generic|vaccine|vaksin|(?:dengan\s+)?merek|bermerek|branded(?:\s+as)?)\s*)", re.I)
# "… and its rapid-acting insulin aspart biosimilar HS-Aspart": a second product, described
_AND_ITS = re.compile(r"\s*,?\s*(?:dan|and|serta)\s+(?:its|their|the)\s+(?:[a-z][\w-]*\s+){0,3}", re.I)


# "Travenza (trastuzumab) for HER2-positive breast cancer, and Bevamab …": each item told with what it treats
# (no comma either: "Glucovera (metformin lepas lambat) untuk pasien diabetes melitus tipe 2 serta Kardiopres, …";
# the next item may be told by its kind: "… untuk hipertensi dan obat antiplatelet Q")
_FOR_USE = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:for|untuk)\s+[^,;:()\u2588]{0,60}?(?:,\s*(?:(?:and|dan|serta)\s+)?|\s+(?:and|dan|serta)\s+)"
                      r"(?:the\s+)?(?:(?:inhaler|tablet|kapsul|sirup|injeksi|krim|salep|vaksin|vaccine|obat|suplemen)(?:\s+[a-z][\w-]*)?\s+)?", re.I)


def listed(v: View, first: M) -> list[M]:
    """``first`` and the products coordinated with it, items described by their use or dosage form included."""
    got = v.chain(first, ("Product",))
    while (nxt := apposed_next(v, got[-1])) is not None or (
            (nxt := v.next_mention(got[-1])) is not None and nxt.type == "Product" and (
            _FOR_USE.fullmatch(gap := v.gap(got[-1].end, nxt.start)) or _FORM_SEP.fullmatch(gap))):
        got.extend(v.chain(nxt, ("Product",)))
    return counted(v, got)


# "… exclusive rights to register and commercialise two oncology products in Indonesia: P (x) for …, and Q …",
# "tiga produk unggulan Perseroan, yakni: P, …": a list the sentence counts before a colon
_COUNTED = re.compile(r"\b(two|three|four|five|dua|tiga|empat|lima|[2-5])\s+(?:[\w'’-]+\s+){0,4}?"
                      r"(?:products?|medicines?|brands?|drugs?|therapies|supplements?|produk|obat|merek)\b"
                      r"[^:;.()]{0,80}?(?:,?\s*(?:namely|yakni|yaitu|antara\s+lain)\s*:?|\s*:)\s*$", re.I)
# "…: P", "…, yakni P" (a counted list opened by a colon or by "namely" alone): the cheap test before the search
_LIST_OPEN = re.compile(r":|\b(?:namely|yakni|yaitu|antara\s+lain)\b", re.I)
# where a new item of such a list opens: after the colon, a comma or semicolon, or "and"
_ITEM_OPEN = re.compile(r"(?:[,;]\s*(?:(?:and|dan|serta)\s+)?|\s(?:and|dan|serta)\s+)(?:the\s+)?$", re.I)


def counted(v: View, got: list[M]) -> list[M]:
    """``got`` grown to the number of products a counted colon list before its first item announces, each further item
    a capitalised brand that opens an item (described items: "P, a … capsule, and Q, a … supplement")."""
    first = got[0]
    head = v.text[max(0, first.start - 160) : first.start]
    if not _LIST_OPEN.search(head) or (c := _COUNTED.search(head)) is None or len(got) >= (n := cues.COUNT_WORDS.get(w := c.group(1).lower()) or int(w)):
        return got
    out = list(got)
    for x in v.after(out[-1].end, ("Product",)):
        if len(out) >= n:
            break
        gap = v.text[out[-1].end : x.start]
        if any(ch in gap for ch in ":.") or len(gap) > 160:
            break
        if x.text[:1].isupper() and all(x.ent is not o.ent for o in out) and gap.count("(") <= gap.count(")") \
                and _ITEM_OPEN.search(gap):
            out.append(x)
    return out if len(out) == n else got


# "TRZ-Rw, a proposed biosimilar to trastuzumab, and BVZ-Rw", "RTX-Ob, biosimilar rituximab, dan TCZ-Ob": an item set off
# by a description of its kind (a substance or a maker's name may sit in it), then the next item
_ITEM_APPOSED = re.compile(r"\s*,\s*[^,;:()]{0,40}?\b(?:biosimilars?|generics?|generik|vaccines?|vaksin|candidates?|kandidat)"
                           r"\b[^,;:()]{0,40}?,\s*(?:(?:and|dan|serta|as\s+well\s+as)\s+)?", re.I)


def apposed_next(v: View, cur: M) -> M | None:
    """The brand listed after ``cur`` past the apposition that describes ``cur``, if any."""
    if cur.text[:1].islower() or v.text[cur.end : cur.end + 1] != ",":
        return None
    nxt = next((m for m in v.after(cur.end, until=cur.end + 110) if m.type != "Product" or (
        m.text[:1].isupper() and m.ent is not cur.ent)), None)  # (the substance told of may be read as the brand itself)
    if nxt is None or nxt.type != "Product" or not _ITEM_APPOSED.fullmatch(v.text, cur.end, nxt.start):
        return None
    return nxt


# "amlodipine tablets, metformin tablets and ceftriaxone for injection", "tablet parasetamol, kapsul amoksisilin,
# dan sirup ambroksol": each item of a product list told with its dosage form, before or after its name
_FORM = (r"(?:(?:film-coated\s+|salut\s+selaput\s+)?(?:tablets?|kaplets?|caplets?|kapsul|capsules?|sirup|syrups?|injeksi|injections?|"
         r"(?:for|untuk)\s+injec?k?(?:tion|si)|krim|creams?|salep|ointments?|suspensi|suspensions?|vials?|ampul|drops?|tetes|"
         r"inhalers?|sachets?|serbuk|powders?|gel|larutan|solutions?|emulsi|lepas\s+lambat|extended[\s-]release))")
_FORM_SEP = re.compile(rf"(?:\s*{_FORM})*\s*(?:\([^()]*\)\s*)?(?:,\s*(?:(?:dan|serta|and)\s+)?|\s+(?:dan|serta|and)\s+)"
                       rf"(?:{_FORM}\s+)*", re.I)


def goods(v: View, first: M) -> list[M]:
    """The products a deal covers, from ``first``: lists, and a brand named after its ingredient."""
    got = [first]
    cur = first
    while (nxt := v.next_mention(cur)) is not None and nxt.type == "Product":
        gap = v.gap(cur.end, nxt.start)
        if BRANDED.fullmatch(gap):
            got[-1] = nxt  # the brand stands for the ingredient it was described with
        elif (item := apposed_next(v, cur)) is not None:
            got.append(nxt := item)  # "TRZ-Rw, a proposed biosimilar to trastuzumab, and BVZ-Rw, …": past the description
        elif cues.LIST_SEP.match(gap) or _AND_ITS.fullmatch(gap) or _FORM_SEP.fullmatch(gap):
            got.append(nxt)
        else:
            break
        cur = nxt
    return got
