"""DEVELOPS from a company's counted products and the list that names them.

Why: announcements count a company's own products first and name them later: "PT A menerima
sertifikat halal untuk lima produknya …. Kelima produk itu adalah:" and bullets; "Helvion menunjuk
NSM sebagai distributor untuk empat produk resepnya" and, sentences on, "produk-produk berikut:" with
four bullets; "Raviraj grants KRPI a licence to sell three of its oncology products: A, B and C".
The possessive ("-nya", "its") goes back to the sentence's subject, not to a distributor or licensee
named after it, and the count ties the set to its list: a later list is taken only when it names
exactly that many products.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.discourse import NOT_MAKERS, main_firm, regulator_like, spoken_of, topic
from graphbuild.extract.relations.makers_joint import product_list
from graphbuild.extract.relations.registration import bullets
from graphbuild.types import Entity

_N = r"dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|two|three|four|five|six|seven|eight|\d{1,2}"
_COUNT_BEFORE = re.compile(rf"\b({_N})\s+$", re.I)
_NOUN = r"produk|obat|jamu|vaksin|merek|fitofarmaka|suplemen|kosmetik"
# what "-nya" may hang on: a describing word, never someone else ("produk mitranya", "produk kliennya")
_OTHERS = r"mitra|prinsipal|klien|pesaing|pemasok|pelanggan|rekan|lawan|lain|sejenis|serupa"
_OWNED = re.compile(  # noun-led, so the prefilter keys on the noun (the count before it is read apart: digits are everywhere)
    rf"\b(?:{_NOUN})(?:-(?:{_NOUN}))?(?:nya\b|\s+(?!(?:{_OTHERS})nya\b)[a-z]+nya\b"
    r"|\s+(?:milik\s+)?(?P<firm>perseroan|perusahaan)\b(?!\s+(?:lain|farmasi|mitra|distributor)))"
    r"|\b(?:(?P<n2>two|three|four|five|six|seven|eight)\s+of\s+(?:its|their)"
    rf"|(?:its|their|the company['\u2019]s)\s+(?P<n3>{_N}))"
    r"\s+(?:[a-z-]+\s+){0,2}?(?:products|drugs|medicines|vaccines|brands|generics)\b",
    re.I,
)
watch(_OWNED)
# between the counted noun and its list in the same sentence: "…, yaitu", ": ", "di Indonesia:"
_INTRO = re.compile(r"\s*(?:(?:in|di|ke)\s+\u2588+\s*)?(?:,\s*|\s+)?(?:(?:yaitu|yakni|adalah|ialah|meliputi|antara\s+lain"
                    r"|namely|including|such\s+as)\s*:?\s*|:\s*)", re.I)
# a later sentence pointing back at the set: "Kelima produk (yang …) itu adalah:", "Ketiganya adalah", "The three products are"
_BACK = re.compile(rf"^\W*(?:(?:ke(?P<k>dua|tiga|empat|lima|enam|tujuh|delapan)\s+(?:{_NOUN})\b[^.;:\u2588]{{0,60}}?"
                   r"|ke(?P<kn>dua|tiga|empat|lima|enam|tujuh|delapan)nya\s+|the\s+(?P<e>two|three|four|five|six)\s+"
                   r"(?:[a-z-]+\s+)?(?:products|drugs|medicines|vaccines)\s+)"
                   r"(?:(?:adalah|ialah|yaitu|yakni|meliputi|are|include)\s*:?\s*|:\s*|,\s*(?=\u2588)))", re.I)
_SUBJ_GAP = re.compile(r"[^.;\u2588]*$")


# a sentence opening with the possessive: "Its oral cholera vaccine P is supplied to UNICEF": the subject just before
_ITS_FIRST = re.compile(r"^\W*(?:its|their)\s+(?:[a-z][\w-]*\s+){0,4}$", re.I)
_ITS = re.compile(r"\b(?:its|their)\s", re.I)  # the same, literal-led for the prefilter
watch(_ITS)


# "Krim A dan B yang diproduksinya", "obat yang dipasarkannya": the agent suffix points at the company spoken of
_ITS_MAKING = re.compile(r"(?:(?P<make>diproduksi|dikembangkan|dibuat|diracik)|dipasarkan|dijual|diedarkan|didistribusikan)nya\b",
                         re.I)
_WHICH = re.compile(r"\s*,?\s*yang\s+(?:(?:juga|telah|sudah|selama\s+ini|sendiri)\s+)*$", re.I)
watch(_ITS_MAKING)
ANY = CueGroup(_OWNED, _ITS, _ITS_MAKING)  # ``corporate`` asks once a sentence


def find(ctx: Context, v: View) -> None:
    owned, its, making = ANY.may_each(v)
    if its and v.index and v.mentions[0].type == "Product" and _ITS_FIRST.match(v.masked[: v.mentions[0].start]):
        owner = topic(ctx, v.index, back=1)
        if owner is not None and not regulator_like(owner):
            ctx.emit("DEVELOPS", owner, v.mentions[0].ent, v, 0.6)
    for c in v.cues(_ITS_MAKING) if making else ():
        _its_making(ctx, v, c)
    for c in v.cues(_OWNED) if owned else ():
        owner = _owner(ctx, v, c)
        if owner is None:
            continue
        before = _COUNT_BEFORE.search(v.masked, max(0, c.start() - 12), c.start())
        raw = (before.group(1) if before else None) or c.group("n2") or c.group("n3")
        many = count_of(raw) if raw else 0
        prods = _same_sentence(v, c.end()) or (later_list(ctx, v.index, many) if many else [])
        if many and prods and len(prods) != many:
            continue
        for w, p in prods:
            ctx.emit("DEVELOPS", owner, p.ent, w, 0.6)


def count_of(word: str) -> int:
    w = word.lower()
    return int(w) if w.isdigit() else cues.COUNT_WORDS.get(w, 0) or cues.COUNT_WORDS.get("ke" + w, 0)


def _owner(ctx: Context, v: View, c: re.Match[str]) -> Entity | None:
    """The sentence's subject for "-nya"/"its" (the first company before it); the main firm for "perseroan"."""
    if c.group("firm"):
        firm = main_firm(ctx, v.index)
        return firm if firm is not None and not regulator_like(firm) else None
    subj = next((m for m in v.mentions if m.type == "Organization" and m.role is None and m.start not in v.role_orgs), None)
    if (subj is None or subj.end > c.start()) and v.index and _BACK_SUBJ.match(v.masked[: c.start()]):
        back = spoken_of(ctx, v, 0)  # "Usaha yang dirintis oleh W sejak 2019 itu kini … dua produknya, yaitu A dan B"
        return back if back is not None and back.category not in NOT_MAKERS else None
    if subj is None or subj.end > c.start() or regulator_like(subj.ent) or subj.ent.category in NOT_MAKERS:
        return None
    return subj.ent


# a subject that points back at the company of the sentence before: "Usaha yang dirintis … itu", "Perusahaan tersebut"
_BACK_SUBJ = re.compile(r"\W*(?:usaha|perusahaan|perseroan|UMKM|produsen|pabrikan|industri\s+rumahan|pelaku\s+usaha)\b"
                        r"[^;:]{0,100}?\b(?:itu|tersebut|ini)\b[^;:]*$", re.I)  # a founder's name and degrees may come between


def _same_sentence(v: View, end: int) -> list[tuple[View, M]]:
    first = next(iter(v.after(end, ("Product",))), None)
    if first is None or first.start - end > 60 or not _INTRO.fullmatch(v.masked[end : first.start]):
        return []
    return [(v, p) for p in products_listed(v, first)]


# between listed products, a dosage form may trail each ("A tablets, B tablets and C for injection")
_SEP = re.compile(r"\s*(?:(?!(?:untuk|yang|dengan|dari|oleh|for|with|from|by|which)\b)[a-z][\w-]*\s*){0,2}"
                  r"(?:,\s*(?:(?:dan|serta|and)\s+)?|\s*\b(?:dan|serta|and)\s+)(?:[a-z][\w-]*\s+){0,2}")


def products_listed(v: View, first: M) -> list[M]:
    """The longer of the usual list reading and one that lets a dosage form trail each item."""
    out = [first]
    while (nxt := v.next_mention(out[-1])) is not None and nxt.type == "Product" and _SEP.fullmatch(
            v.masked[out[-1].end : nxt.start]):
        out.append(nxt)
    usual = product_list(v, first)
    return out if len(out) > len(usual) else usual


def later_list(ctx: Context, index: int, many: int) -> list[tuple[View, M]]:
    """The first list in the next few sentences: after a pointer back ("Kelima produk itu adalah"), or any
    bulleted list introduced by a colon; the caller keeps it only when it names ``many`` products."""
    for j in range(index + 1, min(len(ctx.views), index + 9)):
        w = ctx.views[j]
        back = _BACK.match(w.masked)
        if back is not None:
            named = count_of(back.group("k") or back.group("kn") or back.group("e"))
            if named != many:
                return []
            if w.masked.rstrip().endswith(":"):
                return bullets(ctx, j + 1)
            return _items(w, back.end())
        if w.masked.rstrip().endswith(":") and (got := bullets(ctx, j + 1)):
            return got
        if any(m.type == "Product" for m in w.mentions):
            return []  # products named otherwise first: the set is not listed
    return []


def _items(w: View, end: int) -> list[tuple[View, M]]:
    """"A, kapsul …; B, ekstrak …; serta C" (the first product of each ';' part) or a plain list "A, B dan C"."""
    first = next(iter(w.after(end, ("Product",))), None)
    if first is None or w.masked[end : first.start].strip():
        return []
    if ";" not in w.masked[first.end :]:
        return [(w, p) for p in products_listed(w, first)]
    out = [(w, first)]
    for part in re.finditer(r";\s*(?:(?:dan|serta|and)\s+)?", w.masked[first.end :]):
        at = first.end + part.end()
        m = next(iter(w.after(at, ("Product",))), None)
        if m is None or m.start != at:
            break
        out.append((w, m))
    return out


def _its_making(ctx: Context, v: View, c: re.Match[str]) -> None:
    """The products right before "yang diproduksinya": the sentence's subject company's, else the one spoken of."""
    last = next(iter(v.before(c.start())), None)
    if last is None or last.type != "Product" or not _WHICH.fullmatch(v.masked[last.end : c.start()]):
        return
    chain = [last]
    while (prev := v.prev_mention(chain[-1])) is not None and prev.type == "Product" and re.fullmatch(
            r"\s*(?:,\s*)?(?:(?:dan|serta|and)\s+)?(?:[a-z][\w-]*\s+){0,2}", v.masked[prev.end : chain[-1].start]):
        chain.append(prev)
    subj = next((m for m in v.before(chain[-1].start, ("Organization",)) if m.role is None and m.start not in v.role_orgs), None)
    owner = subj.ent if subj is not None else spoken_of(ctx, v, chain[-1].start)
    if owner is None or regulator_like(owner) or owner.category in NOT_MAKERS:
        return
    for p in chain:
        ctx.emit("DEVELOPS" if c.group("make") else "MARKETS", owner, p.ent, v, 0.6)
