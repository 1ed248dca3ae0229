"""DEVELOPS and MARKETS from a list item that opens with a product and names its maker or seller.

Why: recaps of approvals, launches and raids list one product a line and then describe it, naming the firm in
the description: "- **Oncavir** (lenvatinib) – obat kanker hati dari PT A.", "- Sirup B — produk generik
bermerek PT A; …", "- **Krim C**, milik CV A dari Kota X", "- Tablet D — produksi PT A, didistribusikan oleh
PT B", "- Kapsul E (PT A)", "- Gel F — made by A Ltd", "* P: suplemen buatan CV X". ``item_makers`` reads an
item whose dash is followed by the firm alone; here one cue lexicon says what the firm does: a maker's ("dari",
"milik", "produksi", "buatan", "besutan", "produk …", "diproduksi/dikembangkan oleh", "made/developed by",
"from") or a seller's ("dipasarkan/diedarkan/didistribusikan oleh", "marketed/distributed by"). Only an item
whose first name is the product is read; "lisensi dari A" / "diimpor dari A" / "licensed from A" make nothing,
nor does a regulator, nor a distributor's name after a maker's cue.

Two entries share the item shape and the lexicon:
- :func:`bullet_maker`, called by ``product_makers.made_by`` per product mention (True ends the other product
  rules): the maker after a short class phrase ("– obat kanker hati dari PT X", ", produk generik bermerek
  PT X") or alone in the bracket after the dosage form ("- P sirup (PT X)");
- :func:`find`, one pass per document over the sentences holding a cue: every firm on the item's line that a
  cue word right before it names as maker or seller.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.discourse import regulator_like

# --- the shared lexicon --------------------------------------------------------------------------------------
_MARK = r"(?:[-*\u2022\u2013\u2014]|\d{1,2}[.)])"  # "- ", "* ", "• ", "– ", "1. ", "2) "
_NOT_MADE = r"lisensi|impor|diimpor|didatangkan|teknologi|licen[cs]ed?|imported|technology"  # "lisensi dari A"
_SOLD = r"dipasarkan|diedarkan|didistribusikan|disalurkan|diimpor|marketed|distributed|sold|imported"  # "diimpor oleh PT A": A sells it
_SEIZED = r"disita|dibeli|dijual|seized"
_MADE_NOUN = r"produksi|buatan|besutan|keluaran|racikan|milik"  # "produksi PT A", "buatan CV X"
_MADE_BY = (r"(?:diproduksi|dibuat|dikembangkan|diracik|made|produced|manufactured|developed)\s+"
            r"(?:oleh|by|bersama)")  # "diproduksi oleh A", "made by A", "dikembangkan bersama A"

_CUE = re.compile(rf"\b(?:dari|from|produk|{_MADE_NOUN}|diproduksi|dibuat|dikembangkan|diracik|made|manufactured"
                  rf"|developed|produced|{_SOLD})\b", re.I)
_PAREN = re.compile(r"\(\s*(?:PT|CV|UD)\b")  # "- Kapsul E (PT A)"
watch(_CUE, _PAREN)

# --- bullet_maker: the maker after a short class phrase, or alone in the bracket after the form ----------------
# the product opens a list item: "- ", "* ", "• ", "1. ", with bold marks
_ITEM_START = re.compile(rf"(?:^|\n)[ \t]*{_MARK}[ \t]+\**[ \t]*$")
# "** (lenvatinib)** – obat kanker hati dari ", ", produk generik bermerek ", ": suplemen buatan "
_DESC_BY = re.compile(
    r"\**\s*(?:\([^()]{0,60}\)\s*)?\**\s*(?:[\u2014\u2013:]|-{1,2}|,)\s*"
    rf"(?!(?:[\w-]+\s+){{0,4}}?(?:{_NOT_MADE}|{_SOLD}|{_SEIZED})\b)"
    r"(?:[\w-]+,?\s+){0,6}?"
    rf"(?:dari|from|{_MADE_NOUN}|by|of|{_MADE_BY}"
    r"|produk(?:\s+[\w-]+){0,2}?|products?(?:\s+[\w-]+){0,2}?)\s+(?:PT\.?\s+)?",
    re.I,
)
# "Batukhas sirup (", "Khatulvit C tablet hisap (": a dosage form, then the maker alone in the bracket
_FORM_BRACKET = re.compile(
    r"\**\s*(?:[\w-]+\s+){0,2}?(?:sirup|tablet|kapsul|krim|salep|serbuk|gel|lotion|serum|sabun|jamu|teh|minyak|injeksi"
    r"|vaksin|suplemen|syrup|tablets?|capsules?|cream|ointment|powder|oil|injection|vaccine)(?:\s+[\w-]+){0,2}\s*\**\s*\(\s*"
    r"(?:produsen\s*:?\s*|PT\.?\s+)?", re.I)
_BRACKETED = re.compile(r"\([^()]*\)")  # a gloss in brackets ("(lenvatinib)") may hold a name
_ITEM_ENDS = re.compile(r"\s*\)\s*[;,.]?\s*(?:\n|$)|\s*(?:[,;.]|\n|$)|\s+(?:dari|asal|di|of|from|in)\s+\u2588")


def bullet_maker(ctx: Context, v: View, p: M) -> bool:
    """Emit DEVELOPS for the maker a list item names after its opening product; True when it did."""
    if not _ITEM_START.search(v.text, max(0, p.start - 12), p.start):
        return False
    line_end = v.text.find("\n", p.end)
    line_end = len(v.text) if line_end < 0 else line_end
    org = min((m for m in (*v.after(p.end, ("Organization",), line_end), *(v.glosses or ()))
               if m.type == "Organization" and p.end < m.start < line_end), key=lambda m: m.start, default=None)
    if org is None or org.role is not None or regulator_like(org.ent) or cues.SELLER_NAME.search(org.ent.name):
        return False  # a regulator or a distributor's name ("PT X Niaga Distribusi") is no maker
    gap = v.masked[p.end : org.start]
    if "\u2588" in _BRACKETED.sub("", gap):
        return False  # another name between: not the item's maker
    bracket = _FORM_BRACKET.fullmatch(gap)
    if not (bracket or _DESC_BY.fullmatch(gap)):
        return False
    if bracket and not v.text.startswith(")", org.end):
        return False
    if not bracket and not _ITEM_ENDS.match(v.masked, org.end):
        return False
    ctx.emit("DEVELOPS", org.ent, p.ent, v, 0.7)
    return True


# --- find: every firm on the item's line named by a cue right before it ----------------------------------------
# the item's marker, maybe a class phrase before the product ("- **Oksimeter jari PulseMate OX-1** — …")
_BULLET = re.compile(rf"[ \t]*{_MARK}\s+[*_]*(?:[A-Z][a-z]+(?:\s+[a-z]+){{0,2}}\s+)?")
_NOT_MAKER = "".join(rf"(?<!{w} )" for w in ("lisensi", "diimpor", "impor", "licensed", "licenced", "imported",
                                                  "didatangkan", "teknologi", "technology"))
_MAKER = re.compile(
    rf"(?:{_NOT_MAKER}\b(?:dari|from)|\b(?:{_MADE_NOUN})(?:\s+oleh)?|\bdiproduksi(?:\s+oleh)?"
    rf"|\bproduk(?:\s+[a-z]+){{0,3}}|\b{_MADE_BY})\s+[*_]*$", re.I)
_SELLER = re.compile(rf"\b(?:{_SOLD})\s+(?:oleh|by)\s+[*_]*$", re.I)
_OPEN = re.compile(r"^[^()\u2588]{0,40}\(\s*$")  # "sirup (" before the firm: the item ends in "(PT A)"
_CLOSE = re.compile(r"^\s*\)[*_]*\s*[.;]?\s*$")


def find(ctx: Context) -> None:
    for v in ctx.where(_CUE, _PAREN, every=True):
        if len(v.mentions) >= 2 and v.mentions[0].type == "Product":
            _item(ctx, v)


def _item(ctx: Context, v: View) -> None:
    p = v.mentions[0]
    if not p.text[:1].isupper():
        return
    text, at = ctx.doc.text, v.sent.start  # the bullet may be left out of the sentence: read its line
    lead = text[text.rfind("\n", 0, at) + 1 : at] + v.masked[: p.start]
    if not _BULLET.fullmatch(lead):
        return
    masked = v.masked
    stop = masked.find("\n", p.end)
    stop = len(masked) if stop < 0 else stop
    prev = p.end
    for m in v.mentions[1:]:
        if m.start >= stop:
            break
        gap = masked[prev : m.start]
        prev = m.end
        if m.type == "Product":
            if m.text[:1].isupper() and not gap.rstrip().endswith("("):
                return  # a second brand: a list inside the item, not this item's description
            continue  # the generic name in a bracket or the description
        if m.type != "Organization" or regulator_like(m.ent):
            continue
        if _SELLER.search(gap):
            ctx.emit("MARKETS", m.ent, p.ent, v, 0.6)
        elif _MAKER.search(gap) and not cues.SELLER_NAME.search(m.ent.name):
            ctx.emit("DEVELOPS", m.ent, p.ent, v, 0.6)
        elif m is v.mentions[1] and _OPEN.match(gap) and _CLOSE.match(masked[m.end : stop]):
            ctx.emit("DEVELOPS", m.ent, p.ent, v, 0.6)
