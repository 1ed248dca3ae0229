"""The maker named after an apposition of the product: "P, biosimilar Q yang diproduksi oleh X",
"P merupakan obat diabetes karya PT X", "P, sel punca … yang dikembangkan X".

Split out of ``makers`` (the phrasings around the maker's verb) to keep each module short; the
maker-description patterns ``CO`` and ``FIRM`` live here and ``makers`` reads them for "P … oleh X".
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.contents import apposed_mix
from graphbuild.extract.relations.makers_joint import POSSESSIVE, possessive, then_sold

# "P yang dikembangkan bersama X", "P, co-developed with X": the partner develops it too
CO = (r"(?:dikembangkan\s+bersama(?:\s+dengan)?|(?:co-)?developed\s+(?:jointly\s+|together\s+)?with"
       # "P merupakan hasil pengembangan X", "P, hasil riset X"
       r"|(?:merupakan\s+|adalah\s+)?(?:hasil|buah)\s+(?:pengembangan|riset|penelitian|inovasi|kolaborasi|kerja\s*sama|kemitraan)(?:\s+bersama)?(?:\s+(?:dari|antara))?"
       # "P lahir dari laboratorium X"
       r"|lahir\s+dari\s+(?:laboratorium|pabrik|riset|tangan)(?:\s+milik)?"
       # "P merupakan produk (unggulan) X", "P, produk milik X", "P diproduksi di pabrik X"
       r"|(?:merupakan\s+|adalah\s+)?produk(?:\s+(?:unggulan|andalan|milik|buatan))?"
       r"|(?:diproduksi|dibuat|manufactured|produced)\s+(?:di|at|in)\s+(?:the\s+)?(?:pabrik|fasilitas|plant|facility)"
       r"|(?:diimpor|imported)\s+(?:dari|from)\s+(?:the\s+)?(?:pabrik|fasilitas|plant|facility)"  # "diimpor dari pabrik X di Singapura"
       r"(?:\s+[a-z]+){0,2}?(?:\s+(?:milik|of))?)")
# "manufactured by Korean firm X", "diproduksi oleh perusahaan farmasi asal Korea Selatan, X": a description of the maker
FIRM = (r"(?:(?:the\s+|a\s+)?(?:[A-Z][a-z]+\s+|[a-z]+-based\s+)?(?:firm|company|drugmaker|biotech|perusahaan(?:\s+farmasi)?"
         r"|(?:tim\s+)?peneliti|researchers\s+(?:at|from))"
         r"(?:\s+asal\s+\u2588+)?\s*,?\s+)?")
# "P, biosimilar X yang diproduksi oleh ORG": the maker named after an apposition of the product
_BY_TAIL = re.compile(
    # "- P (zat) — dikembangkan X; …": a list item's dash stands for the comma
    r"(?:\byang\s+|,\s*|\**\s[\u2013\u2014]\s*|\**\s-\s+|\s(?=merupakan|adalah)|\b(?=(?:developed|manufactured|produced|made)\s+by\b)"
    # "P merupakan obat diabetes karya PT X": a short description, then the maker word
    r"|\s(?:merupakan|adalah)\s+(?:[\w-]+\s+){1,3}?(?=(?:buatan|besutan|karya|keluaran|produksi|hasil)\s)"
    # "P tablet, obat flu produksi PT X": an apposed class phrase, then the maker word
    r"|,\s*(?:[a-z][\w-]*\s+){1,3}?(?=(?:buatan|besutan|karya|keluaran|produksi)\s))"
    r"(?:(?:was|were|is|telah|sudah)\s+)?"
    r"(?:(?:dikembangkan|diproduksi|dibuat|developed|manufactured|produced|made)\s+(?:\w+\s+)?(?:oleh|by)"
    rf"|{CO}|dikembangkan|diproduksi|dibuat|buatan|besutan|karya|keluaran|produksi)\s+{FIRM}(?:PT\.?\s+)?$",
    re.I,
)


def apposed_maker(ctx: Context, v: View, p: M, sold_by: re.Pattern[str]) -> None:
    """"P, biosimilar Q yang diproduksi oleh X" / "P, sel punca … yang dikembangkan X" -> X develops P (and Q)."""
    prods = [p]
    cur = p
    while True:
        nxt = v.next_mention(cur)
        if nxt is None or nxt.start - p.end > 140:
            return
        gap = v.masked[cur.end : nxt.start]
        if nxt.type == "Product" and cur is p and re.search(r"\b(?:in|pada|dalam)\s+(?:[a-z][\w-]*\s+)?$", gap):
            return  # "found diethylene glycol above safe limits in P syrup made by X": what P contains, not a product of X
        if nxt.type == "Product" and cur is p and len(prods) == 1 and nxt.text[:1].islower() and re.fullmatch(
                r"\**\s*\(", gap) and v.masked.startswith(")", nxt.end):
            cur = nxt  # "- P (denosumab) — dibuat oleh X": the bracketed substance is no product of its own here
            continue
        if nxt.type == "Product" and re.fullmatch(r"[\s,]*(?:[a-z][\w-]*\s+){0,4}", gap) and cur is p:
            prods.append(nxt)
            cur = nxt
            continue
        if nxt.type == "Product" and cur is not p and _MORE.fullmatch(gap):
            prods.append(nxt)  # "berbahan ekstrak temulawak (Curcuma xanthorrhiza) dan meniran yang dikembangkan oleh X"
            cur = nxt
            continue
        if nxt.type == "Organization" and _BY_TAIL.search(gap) and cues.CLAUSE_END.search(
                (_USE.sub("", gap) if len(prods) == 1 else gap).replace("yang", "")) is None:  # not "kombinasi A dan B untuk …"
            # "P, …", "P merupakan …", "P berbahan akar bajakah, yang …": a short lowercase description may come first
            # "P (zat), antibodi …": a bracketed substance may stand between the brand and its comma; "P tablet, obat flu …"
            if re.match(r"\**\s*(?:\([^()]*\)\s*)?(?:(?:[a-z][\w-]*\s+){0,4}?[a-z][\w-]*\s*)?(?:,|\**\s*[\u2013\u2014]|\**\s-\s)"
                        r"|\s*(?:merupakan|adalah|is|was)\b",
                        v.masked[p.end : prods[1].start if len(prods) > 1 else nxt.start]) or len(prods) > 1:
                ingredients = len(prods) > 1 and _INGREDIENT.search(v.masked[p.end : prods[1].start])
                if len(prods) > 1 and p.text[:1].islower() and prods[1].text[:1].isupper() and _CLASS_GAP.fullmatch(
                        v.masked[p.end : prods[1].start]):
                    prods = prods[1:]  # "trastuzumab biosimilar Trastunova yang dikembangkan X": the brand, not its substance
                for q in prods:
                    if q is not p and apposed_mix(v, q):
                        continue  # "Hipertal, kombinasi amlodipin dan valsartan yang dikembangkan X": what Hipertal combines
                    ctx.emit("DEVELOPS", nxt.ent, q.ent, v, 0.7)
                    if q is p or not ingredients:  # the partner co-develops the product, not what it is made of
                        then_sold(ctx, v, q, nxt, sold_by)  # "… yang dikembangkan A bersama B", "… and sold by B"
        elif nxt.type == "Organization" and POSSESSIVE.match(v.masked[nxt.end :]) is None:
            possessive(ctx, v, p, nxt)
        return


# "P, antibodi untuk kanker paru yang dikembangkan X": what the product treats, not a purpose clause
_USE = re.compile(r"\buntuk\s+(?=(?:kanker|penyakit|pengobatan|terapi|pasien|penderita|infeksi|diabetes|hipertensi|pencegahan)\b)", re.I)
_CLASS_GAP = re.compile(r"\s+(?:biosimilar|generik|generic|bermerek|merek|brand|dengan\s+merek)\s+", re.I)
_MORE = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*|(?:dan|serta|and)\s+|,\s*(?:dan|serta|and)\s+)")
_INGREDIENT = re.compile(r"\b(?:berbahan|mengandung|ekstrak|containing|made\s+from|extracts?\s+of)\b", re.I)
