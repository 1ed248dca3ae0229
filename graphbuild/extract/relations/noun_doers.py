"""DEVELOPS / MARKETS told by the noun of the work and a passive "done by/with" ("Pengembangan P dilakukan bersama X",
"Produksi P dan Q dikerjakan oleh PT X", "Development of P is carried out jointly with X and Y",
"Pemasaran P dilakukan bersama mitra distribusi PT Y").

Why: a release names the work first (pengembangan, produksi, pembuatan, pemasaran, distribusi; development,
manufacturing, marketing, distribution) with the product after it, and the doer after a general passive verb
(dilakukan, dikerjakan, dijalankan, digarap; carried out, undertaken, conducted, performed). The verb-based maker rules
read "dikembangkan oleh X"; here the verb says nothing of the kind of work, the noun does. Every firm of the list after
"oleh"/"bersama"/"by"/"with" does the work: development and making are DEVELOPS, selling and distribution MARKETS.
Not read: "Produksi P dilakukan di Pabrik X" (a place, no doer) and a doer that is a regulator (it supervises).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.cues import in_brackets
from graphbuild.extract.relations.discourse import regulator_like

_MADE_NOUNS = (r"pengembangan|riset\s+dan\s+pengembangan|produksi|pembuatan|manufaktur|development|manufactur(?:e|ing)"
               r"|production|co-development")
_SOLD_NOUNS = r"pemasaran|distribusi|penjualan|komersialisasi|marketing|distribution|sales|commerciali[sz]ation"
# the work's noun right before the product: "Pengembangan vaksin P", "Development of the P vaccine", "produksi sirup P"
_NOUN = re.compile(
    rf"\b(?:(?P<made>{_MADE_NOUNS})|(?P<sold>{_SOLD_NOUNS}))(?:\s+(?:dan|serta|and)\s+(?:{_MADE_NOUNS}|{_SOLD_NOUNS}))?"
    # (the kind in up to four words: "vaksin hepatitis B", "the insulin glargine biosimilar", "produk sel punca")
    r"\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:[^\s.,;:()\u2588]+\s+){0,4}$",
    re.I,
)
# between the product (list) and the doer: the passive of a general verb of doing and "oleh/bersama/by/with"
_DONE = re.compile(
    r"^\)?(?:\s*\([^()]{0,60}\))?(?:\s*,[^,.;:\u2588]{0,60},)?\s+(?:(?:di\s+(?:Indonesia|dalam\s+negeri)|in\s+Indonesia)\s+)?"
    r"(?:(?:akan|telah|sudah|juga|kini|nantinya|rencananya|sepenuhnya|will|be|is|was|are|were|has|have|been|also|now|being"
    r"|fully|entirely)\s+)*"
    r"(?:dilakukan|dikerjakan|dijalankan|digarap|dilaksanakan|ditangani|carried\s+out|conducted|undertaken|performed|done"
    r"|handled|led)\s+"
    r"(?:(?:secara\s+)?(?:bersama(?:-sama)?(?:\s+(?:dengan|oleh))?|oleh)|(?:jointly\s+)?(?:with|by)|together\s+with"
    r"|in\s+(?:collaboration|partnership|cooperation)\s+with|jointly\s+by)\s+"
    # the doer's role before its name: "oleh anak usaha perseroan, PT Y", "by its partner Y", "bersama tim peneliti Y"
    r"(?:(?:its\s+|the\s+|their\s+)?(?:anak\s+(?:usaha|perusahaan)(?:nya|\s+perseroan)?|mitra(?:\s+(?:distribusi|produksi|riset))?"
    r"|(?:tim\s+)?peneliti|tim|para\s+peneliti|laboratorium(?:\s+[a-z]+)?|subsidiary|partners?|researchers\s+(?:at|from)"
    r"|(?:distribution|manufacturing|research)\s+partner)\s*,?\s+)?(?:PT\.?\s+)?$",
    re.I,
)
watch(_NOUN)


def find(ctx: Context, v: View) -> None:
    done: set[int] = set()
    for b in v.mentions:
        if b.type != "Product" or id(b) in done or not b.text[:1].isupper():
            continue
        noun = _NOUN.search(v.masked[max(0, b.start - 70) : b.start])
        if noun is None:
            continue
        prods = v.chain(b, ("Product",))
        done.update(id(p) for p in prods)
        last = prods[-1]
        org = v.next_mention(last)
        while org is not None and org.start < (last.gloss or last).end:
            org = v.next_mention(org)
        if org is None or org.type != "Organization" or regulator_like(org.ent):
            continue
        if not _DONE.match(v.masked[(last.gloss or last).end : org.start]):
            continue
        rtype = "DEVELOPS" if noun.group("made") else "MARKETS"
        for doer in v.chain(org, ("Organization",)):
            if doer.role is None and not regulator_like(doer.ent):
                for p in prods:
                    if p.text[:1].isupper():
                        ctx.emit(rtype, doer.ent, p.ent, v, 0.6)


# A contract maker ("maklon", "contract manufacturer", "toll manufacturing") named without the products, which the text
# counts or points back to: "Produksinya dikerjakan secara maklon oleh PT X", "Produksi ketiga produk tersebut dilakukan
# secara maklon oleh X", "A menggandeng PT X sebagai mitra maklon", "A appointed X as its contract manufacturer".
_CONTRACT = re.compile(r"\bmaklon|\bcontract\s+manufactur|\btoll[\s-]+manufactur", re.I)
_BY_CONTRACT = re.compile(
    r"\b(?:(?:secara|lewat|melalui|dengan\s+(?:skema|sistem))\s+maklon|(?:under|through|via)\s+(?:a\s+)?(?:contract|toll)[\s-]+"
    r"manufactur\w*(?:\s+(?:agreement|arrangement|deal|basis))?|on\s+a\s+(?:contract|toll)[\s-]+manufactur\w*\s+basis)"
    r"\s+(?:(?:oleh|by)\s+|(?:di|at)\s+(?:pabrik\s+|the\s+plant\s+of\s+)?)(?:PT\.?\s+)?$",
    re.I,
)
_CHOSE = re.compile(r"\b(?:menggandeng|menunjuk|memilih|mempercayakan\s+(?:produksi(?:nya)?\s+)?kepada|engag(?:ed|es)|appoint(?:ed|s)"
                    r"|select(?:ed|s)|chose|has\s+(?:engaged|appointed|selected))\s+(?:PT\.?\s+)?$", re.I)
_AS_MAKER = re.compile(r"^\)?(?:\s*\([^()]{0,60}\))?\s*,?\s*(?:sebagai|as)\s+(?:(?:its|their|the|a)\s+)?(?:mitra\s+maklon|produsen\s+maklon"
                       r"|industri\s+maklon|pabrik\s+maklon|contract\s+manufactur(?:er|ing\s+(?:partner|organi[sz]ation))"
                       r"|toll\s+manufacturer|manufacturing\s+partner)\b", re.I)
_COUNT = re.compile(r"\b(?P<n>kedua|ketiga|keempat|kelima|both|the\s+two|the\s+three|the\s+four|all\s+three|all\s+four)\s+"
                    r"(?:produk|obat|sediaan|varian|jamu|suplemen|products?|variants?|drugs?|supplements?)\b|\bproduksi(?:nya)\b", re.I)
_N = {"kedua": 2, "both": 2, "the two": 2, "ketiga": 3, "the three": 3, "all three": 3, "keempat": 4, "the four": 4,
      "all four": 4, "kelima": 5}
watch(_CONTRACT)
CUES = (_NOUN, _CONTRACT)


def contract_maker(ctx: Context, v: View) -> None:
    if not v.may(_CONTRACT) or any(m.type == "Product" for m in v.mentions):
        return
    for org in v.mentions:
        if org.type != "Organization" or org.role is not None or regulator_like(org.ent):
            continue
        back = v.masked[max(0, org.start - 120) : org.start]
        if _BY_CONTRACT.search(back) or (_CHOSE.search(back) and _AS_MAKER.match(v.masked[(org.gloss or org).end :])):
            for p in _counted(ctx, v):
                ctx.emit("DEVELOPS", org.ent, p, v, 0.6)
            return


def _counted(ctx: Context, v: View) -> list:
    """The products "ketiga produk (tersebut)" / "produksinya" stands for: counted in this sentence or the one before,
    found walking back over the (bulleted) sentences before the count."""
    found = [(i, c) for i in (v.index, v.index - 1) if i >= 0 for c in _COUNT.finditer(ctx.views[i].masked)]
    found = [x for x in found if x[1].group("n")] or found[:1]
    if not found:
        return []
    i, c = found[0]
    n = _N.get(re.sub(r"\s+", " ", (c.group("n") or "").lower()))
    got: list = []
    for j in range(i, max(-1, i - 7), -1):
        w = ctx.views[j]
        for m in reversed(w.mentions):
            if m.type == "Product" and m.role is None and m.text[:1].isupper() and m.ent not in got \
                    and not in_brackets(w.text, m.start):
                got.append(m.ent)
        if got and (n is None or len(got) >= n):
            break
    if n is None:  # "Produksinya": the products of the latest sentence naming any (a short list)
        return got if len(got) <= 4 else []
    return got[:n] if len(got) >= n else []
