"""Makers stated beside another party: jointly ("hasil kolaborasi A dan B"), then a seller ("developed by A and
will be commercialized in Indonesia by B"), or by the speaker ("P kami kembangkan", "…, kata Dirut PT X").

Split out of ``makers`` to keep it small; ``makers.made_by`` calls these once it has found the first maker.
The product lists every maker rule reads ("A dan krim B", "A and the insulin aspart biosimilar B") are here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.contents import not_contents
from graphbuild.extract.relations.discourse import OPENER, main_firm, regulator_like, topic
from graphbuild.extract.relations.speech import SAY, SAY_EN
from graphbuild.extract.units import STRENGTH
from graphbuild.types import Entity

OURS = re.compile(r"^\s+(?:(?:telah|sudah|juga|kini|pun)\s+)*kami\s+(?:(?:telah|sudah|juga)\s+)?"
                  r"(?:kembangkan|produksi|luncurkan|hadirkan|racik)\b", re.I)
# "…, kata Dirut PT X", "…, kata Sinta Dewi, Direktur Utama PT X": the speaker's company (a name may come between)
_SAID = re.compile(rf"\b(?:{SAY}|{SAY_EN})\b[^.\u2588]{{0,60}}(?:\u2588+,\s+[^.\u2588]{{0,40}})?$", re.I)


def speaker_company(ctx: Context, v: View, p: M, regulator_like: Callable[[Entity], bool]) -> Entity | None:
    """Whose "kami": the company in the speech tag ("…, kata Dirut PT X"), else the company spoken of."""
    m = v.next_mention(p)
    while m is not None:
        if m.type == "Organization" and _SAID.search(v.masked[p.end : m.start]) and not regulator_like(m.ent):
            return m.ent
        if m.type == "Person" and _SAID.search(v.masked[p.end : m.start]):  # "…, kata Sinta Dewi, Dirut PT X"
            for r in ctx.has("HOLDS_POSITION"):
                if r.head == m.ent.id and (e := ctx.by_id.get(r.tail)) is not None and e.type == "Organization" \
                        and not regulator_like(e):
                    return e
        m = v.next_mention(m)
    got = [e for e in ctx.recent(v.index, ("Organization",), pos=p.start, back=3, limit=4)
           if e.category in (None, "company") and not regulator_like(e)]
    return got[0] if got else None


# who the seller is, said before its name: "oleh pedagang besar farmasi (PBF) PT X", "by the group's distribution arm,
# PT X", "by its sister company PT X", "oleh anak usahanya, PT X" (the name follows; the role alone names no seller)
SELLER_ROLE = (r"(?:(?:(?:the\s+)?(?:group|company|firm|holding)['\u2019]s\s+|(?:its|their|the|our)\s+)?"
               r"(?:(?:sister|own|official|authori[sz]ed|sole|exclusive|national|distribution|marketing|pharmaceutical)\s+)*"
               r"(?:company|arm|unit|subsidiary|affiliate|distributor|wholesaler|partner|pedagang\s+besar\s+farmasi|PBF"
               r"|anak\s+(?:usaha|perusahaan)|mitra(?:\s+distribusi)?|perusahaan\s+distribusi)(?:nya)?"
               r"(?:\s+(?:resmi|tunggal|eksklusif|distribusi|perusahaan|perseroan|grup|lainnya|group|nasional))*(?:\s*\([^()]*\))?\s*,?\s+)?")
# "oleh anak usaha A lainnya, PT B", "by A's subsidiary, PT B" is read as "oleh <role> A": the parent named inside the role
_ROLE_OF = re.compile(r"\b(?:anak\s+(?:usaha|perusahaan)|subsidiary|sister\s+company|unit\s+usaha)\s+(?:of\s+)?$", re.I)
_ROLE_NAMED = re.compile(r"(?:['\u2019]s?)?(?:\s+(?:lainnya|lain))?\s*,\s*(?:PT\.?\s+)?", re.I)


def role_named(v: View, org: M) -> M:
    """The company named after a role that names its parent ("anak usaha A lainnya, PT B": B), else ``org``."""
    nxt = v.next_mention(org)
    if nxt is not None and nxt.type == "Organization" and _ROLE_OF.search(v.masked[max(0, org.start - 30) : org.start]) \
            and _ROLE_NAMED.fullmatch(v.masked[org.end : nxt.start]):
        return nxt
    return org


# "dikembangkan oleh A dan B", "… oleh A bersama B", "developed by A together with B": both make it
AND = re.compile(r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:dan|serta|and|bersama(?:\s+dengan)?|together\s+with|in\s+partnership\s+with)\s+"
                  # "bersama mitranya, X", "together with its partner X": the partner named after its role
                  r"(?:(?:mitra(?:nya)?|its\s+partner|partner(?:nya)?)(?:\s+(?:asal\s+)?[a-z]+)?\s*,?\s*)?"
                  # "bersama (tim) peneliti X", "together with researchers at X": the researchers' body develops it
                  r"(?:(?:para\s+|tim\s+)?(?:peneliti|ilmuwan|researchers|scientists)\s+(?:(?:dari|from|at|of)\s+(?:the\s+)?)?)?(?:PT\.?\s+)?$", re.I)
_WITH = re.compile(r"^\s*dengan\s+(?:PT\.?\s+)?$", re.I)
# "… oleh A di Swiss dan diimpor oleh B": the maker's seat may come between
# "diproduksi oleh A (di pabriknya) di Bandung dan didistribusikan oleh B": where A makes it, then the seller
_AND_THEN = re.compile(r"^\s*(?:(?:di|in|at)\s+(?:(?:its\s+|the\s+)?(?:pabrik(?:nya)?|fasilitas(?:nya)?|plant|facility|factory)\s+"
                       r"(?:(?:di|in)\s+)?)?\u2588+(?:\s*,\s*\u2588+)*\s*)?(?:,?\s*(?:dan|serta|and)\s+|,\s*)", re.I)


def then_sold(ctx: Context, v: View, p: M, maker: M, sold_by: re.Pattern[str]) -> None:
    """"P hasil kolaborasi A dan B" -> B develops P too; "P was developed by A and will be commercialized in
    Indonesia by B" -> B markets P."""
    nxt = v.next_mention(maker)
    while nxt is not None and nxt.type == "Location":  # "commercialized in Indonesia by B"
        nxt = v.next_mention(nxt)
    if nxt is None or nxt.type != "Organization" or nxt.start - maker.end > 80:
        return
    gap = v.masked[maker.end : nxt.start]
    if AND.match(gap) or (_WITH.match(gap) and re.search(r"\bantara\s+$", v.masked[p.end : maker.start])):
        # "hasil kolaborasi antara A dengan B"
        ctx.emit("DEVELOPS", nxt.ent, p.ent, v, 0.7)
    elif (m := _AND_THEN.match(gap)) and sold_by.match(gap[m.end() :]):
        ctx.emit("MARKETS", nxt.ent, p.ent, v, 0.7)
    elif (m := _AND_THEN.match(gap)) and _MADE_TOO.fullmatch(gap[m.end() :]):
        ctx.emit("DEVELOPS", nxt.ent, p.ent, v, 0.7)  # "dikembangkan peneliti A dan diproduksi oleh B"


_MADE_TOO = re.compile(r"(?:(?:kemudian|lalu|then)\s+)?(?:diproduksi|dibuat|manufactured|produced|made)\s+(?:oleh|by)\s+(?:PT\.?\s+)?",
                       re.I)


# "dipasarkan oleh X dari produsennya, Y", "imported by X from its manufacturer Y": Y makes it
_FROM_MAKER = re.compile(r"^\s+(?:dari|from)\s+(?:its\s+|the\s+)?(?:produsen|pembuat|prinsipal|manufacturer|maker)(?:nya)?"
                         r"\s*,?\s*(?:PT\.?\s+)?$", re.I)


def maker_after(ctx: Context, v: View, p: M, seller: M) -> None:
    """The maker the seller of ``p`` is said to get it from."""
    nxt = v.next_mention(seller)
    if nxt is not None and nxt.type == "Organization" and _FROM_MAKER.match(v.masked[seller.end : nxt.start]):
        ctx.emit("DEVELOPS", nxt.ent, p.ent, v, 0.7)


# "Produksi P dilakukan di pabrik PT X", "Pembuatan P dikerjakan oleh X": who makes it, said with a noun
_MAKE_NOUN = re.compile(r"\b(?:produksi|pembuatan|pengembangan|production|manufacturing|development)\s+"
                        r"(?:(?:vaksin|obat|tablet|sirup|of)\s+)?$", re.I)
_MADE_AT = re.compile(r"^\s+(?:(?:akan|juga|will|be|is|was)\s+)*(?:dilakukan|dikerjakan|dilaksanakan|berlangsung|"
                      r"carried\s+out|done|takes\s+place)\s+(?:oleh|by|di|at|in)\s+(?:the\s+)?"
                      r"(?:(?:pabrik|fasilitas|plant|facility)\s+(?:milik\s+|of\s+)?)?(?:PT\.?\s+)?$", re.I)


def made_through_noun(ctx: Context, v: View, p: M, org: M) -> bool:
    """Whether "Produksi P dilakukan di pabrik X" names X as P's maker (and says so)."""
    if _MAKE_NOUN.search(v.masked[: p.start]) and _MADE_AT.match(v.masked[p.end : org.start]):
        ctx.emit("DEVELOPS", org.ent, p.ent, v, 0.7)
        return True
    return False


# between listed products: "A dan minuman herbal B", "A, B" (descriptive words, no preposition or clause)
_ITEM_SEP = re.compile(rf"(?:\s+{STRENGTH}(?!\w))?"  # "tablet A 500 mg, kapsul B 250 mg"
                       # "A 500 mg tablet, B 250 mg/5 ml sirup kering dan C": the dosage form after a strength
                       r"(?:\s+(?:tablets?|kapsul|capsules?|kaplet|sirup|syrup|injeksi|injection|krim|cream|salep|drops|serbuk|"
                       r"suspensi|ampul|vial)(?:\s+(?:kering|salut(?:\s+selaput)?|lepas\s+lambat|oral|forte))?)?"
                       r"(?:\s*\([^()]{1,40}\))?"  # "Eritronus (epoetin alfa) and Insunus": a gloss of the one before
                       # "parasetamol dengan kapasitas 3.000 ton per tahun serta amoksisilin": an output figure after an item
                       r"(?:\s+(?:dengan\s+kapasitas|berkapasitas|sebesar|sebanyak|with\s+(?:a\s+)?capacity\s+of|at)\s+"
                       r"(?:hingga\s+|sekitar\s+|up\s+to\s+|about\s+)?\d[\d.,]*\s*(?:juta|ribu|miliar|million|billion|thousand)?\s*"
                       r"(?:ton|tonnes?|tons|kg|kilogram|liter|litres?|dosis|doses|vials?|ampul|tablet|kapsul|unit|units)"
                       r"(?:\s*(?:per|/|a|each|setiap)\s*(?:tahun|bulan|hari|year|month|day|annum))?)?"
                       r"\s*,?\s*(?:(?:dan|serta|and)\s+)?(?:(?!(?:untuk|yang|dengan|di|ke|dari|bagi|oleh|pada|for|with|to|in"
                       r"|which|that)\b)[a-z][\w-]*\s+){0,4}"
                       r"(?:\([A-Z]{2,6}\)\s+|OHT\s+)?")  # "obat herbal terstandar (OHT) B", "A dan OHT B": a class acronym


def product_list(v: View, first: M) -> list[M]:
    """The longer reading of a product list: coordinated ("A (a), B (b)") or with descriptive words ("krim A dan serum B")."""
    a, b = v.chain(first, ("Product",)), products_listed(v, first)
    out = [m for m in (b if len(b) > len(a) else a) if m is first or not m.text.endswith(("'s", "\u2019s"))]
    # "HB-PEG01, Hanbit's pegfilgrastim biosimilar": the substance after a brand describes it
    out = [m for k, m in enumerate(out) if not (k and m.text[:1].islower() and out[k - 1].text[:1].isupper()
                                                 and _DESCRIBED.search(v.masked[out[k - 1].end : m.start]))]
    # "tablet parasetamol Paramitra": a substance right before a brand names what the brand is
    out = [m for k, m in enumerate(out) if not (m.text[:1].islower() and k + 1 < len(out) and out[k + 1].text[:1].isupper()
                                                 and not v.masked[m.end : out[k + 1].start].strip())]
    # "Trastunova, a trastuzumab biosimilar approved …": the substance in an apposition after a brand describes it
    out = [m for k, m in enumerate(out) if not (k and m.text[:1].islower() and out[k - 1].text[:1].isupper()
                                                 and _A_KIND.fullmatch(v.masked[out[k - 1].end : m.start])
                                                 and _KIND_AFTER.match(v.masked, m.end))]
    for k, m in enumerate(out):  # "… and the rapid-acting insulin aspart biosimilar Aspavia": the brand, not its substance
        nxt = v.next_mention(m)
        # "its trastuzumab biosimilar, HB-Trastu, in Indonesia": the brand apposed after a comma too
        if (m.text[:1].islower() and nxt is not None and nxt.type == "Product" and nxt.text[:1].isupper()
                and _NAMED_AS.fullmatch(v.masked[m.end : nxt.start])):
            out[k] = nxt
    out = _glossed(v, out)
    # "Glimetra, kombinasi tetap metformin dan glimepirid": the substances a named brand combines are no products of their own
    if len(kept := not_contents(v, out)) < len(out) and any(m.text[:1].isupper() for m in kept):
        out = kept
    return [m for k, m in enumerate(out) if all(o is not m for o in out[:k])]


# "Lestagen, epoetin alfa untuk pasien gagal ginjal, dan Lestafil, …", "P, a probiotic capsule, and Q, a …": each brand
# glossed by what it is; the list goes on past the gloss (the substances in it only describe the brand before)
_GLOSS = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:(?:an?|the|sebuah|suatu)\s+)?[^,;:.()]{3,90}?,\s*(?:dan|serta|and|as\s+well\s+as)\s+"
                    r"(?:(?:the|its|their|a|an)\s+)?(?:(?!(?:me|di|ber|ter)[a-z]{3,}\s)[a-z][\w-]*\s+){0,3}", re.I)


def _glossed(v: View, out: list[M]) -> list[M]:
    k = next((k for k in range(len(out) - 1, -1, -1) if out[k].text[:1].isupper()), None)
    if k is None or k < len(out) - 2:
        return out
    brand = out[k]
    nxt = v.next_mention(brand)
    while nxt is not None and nxt.type == "Product" and nxt.text[:1].islower():
        nxt = v.next_mention(nxt)  # the gloss's own substances
    if (nxt is None or nxt.type != "Product" or not nxt.text[:1].isupper()
            or not _GLOSS.fullmatch(v.masked[brand.end : nxt.start])):
        return out
    return _glossed(v, [*out[: k + 1], nxt])


_DESCRIBED = re.compile(r"^(?!.*\b(?:dan|serta|and)\b).*(?:['\u2019]s\b|\b(?:biosimilar|generik|generic|version|versi)\b)", re.I)
_NAMED_AS = re.compile(r"\s+(?:biosimilar|generik|generic|merek|brand)(?:\s*,)?\s+(?:(?:yakni|yaitu|bernama|dengan\s+merek|named|called)\s+)?",
                       re.I)
_A_KIND = re.compile(r"\s*,\s*(?:(?:a|an|the|its|their|sebuah|suatu)\s+)?(?:[\w-]+\s+){0,2}?", re.I)
_KIND_AFTER = re.compile(r"\s+(?:biosimilar|generic|generik|version|versi)\b", re.I)


_KIND_WORDS = re.compile(r"\s+(?:[a-z]+\s+){1,2}")


def products_listed(v: View, first: M) -> list[M]:
    """``first`` and the products listed after it, each maybe with a descriptive word or two."""
    out = [first]
    while (nxt := v.next_mention(out[-1])) is not None and nxt.type == "Product" and (
            _ITEM_SEP.fullmatch(v.masked[out[-1].end : nxt.start]) and re.search(r",|\b(?:dan|serta|and)\b|^\s+$",
                                                                               v.masked[out[-1].end : nxt.start])
            or out[-1].text[:1].islower() and nxt.text[:1].isupper() and _KIND_WORDS.fullmatch(v.masked, out[-1].end, nxt.start)):
        out.append(nxt)  # ("insulin glargin Glarnus": the substance names the brand's kind; the caller drops it)
    return out


def firm_before(ctx: Context, v: View, ana: re.Match[str], regulator_like: Callable[[Entity], bool]) -> Entity | None:
    """"Perusahaan tersebut juga memproduksi P": the company the sentence before names (not a plant's operator)."""
    if not re.match(r"(?:(?:the|this)\s+)?(?:perusahaan|usaha|company)\b", ana.group(), re.I):
        return None
    if re.search(r"[.!?]\s+$", v.masked[: ana.start()]):  # "… Qilu Co., Ltd. Perusahaan tersebut": one view, two sentences
        firms = [m.ent for m in v.before(ana.start(), ("Organization",))[::-1] if m.ent.category == "company"
                 and not regulator_like(m.ent)]
        first = v.mentions[0] if v.mentions else None
        subject = first.ent if first is not None and OPENER.fullmatch(v.masked[: first.start]) else None
    elif v.index == 0:
        return None
    else:
        firms = [e for e in ctx.recent(v.index - 1, ("Organization",), back=0, limit=4) if e.category == "company"
                 and not regulator_like(e)]
        subject = topic(ctx, v.index, back=1)
        introduced = _introduced(ctx.views[v.index - 1], subject)
        if introduced is not None and introduced in firms:
            return introduced  # "A menggandeng PT B, distributor farmasi …. Perusahaan tersebut …": B, set up last
    if len(firms) > 1:  # "A merupakan perusahaan patungan antara B dan C. Perusahaan tersebut …": the subject, A
        return subject if subject in firms else None
    return firms[0] if firms else None


# "…, distributor farmasi yang …", ", a Jakarta-based distributor": a company introduced by what it is, right after its name
_WHAT_IT_IS = re.compile(r"\s*(?:\([^()]*\)\s*)?,\s*(?:(?:sebuah|salah\s+satu|an?|the)\s+)?(?:[\w\u2588-]+\s+){0,2}?"
                         r"(?:distributor|perusahaan|produsen|pabrikan|pedagang\s+besar|company|manufacturer|maker|firm)\b", re.I)


def _introduced(prev: View, subject: Entity | None) -> Entity | None:
    """The company the sentence before names last and sets off with what it is, when its subject has no such
    apposition: "Untuk distribusi, A menggandeng PT B, distributor farmasi bersertifikat CDOB." """
    orgs = [m for m in prev.mentions if m.type == "Organization" and m.ent.category == "company"]
    if len(orgs) < 2 or subject is None or orgs[-1].ent is subject or not _WHAT_IT_IS.match(prev.masked, orgs[-1].end):
        return None
    if any(m.ent is subject and _WHAT_IT_IS.match(prev.masked, m.end) for m in orgs):
        return None  # "A, produsen vaksin, menggandeng B, distributor …": both described, the subject stays
    return orgs[-1].ent


_SEAT_APPOS = re.compile(r"\s*,\s*(?:yang\s+|which\s+is\s+)?(?:headquartered|based|berkantor\s+pusat|bermarkas|berbasis)\s+(?:in|di)\s+",
                         re.I)


def seated(v: View, place: M) -> M | None:
    """"Nordic Pharma, headquartered in Uppsala, Sweden, develops P": the company before the seat it is given."""
    first = place
    while (p := v.prev_mention(first)) is not None and p.type == "Location":
        first = p
    org = v.prev_mention(first)
    if org is not None and org.type == "Organization" and _SEAT_APPOS.fullmatch(v.masked[org.end : first.start]):
        return org
    return None


# "Zenara's biosimilar of pegfilgrastim"
POSSESSIVE = re.compile(r"^(?:'s|\u2019s)\s+(?:[a-z][\w-]*\s+){0,3}(?:of\s+)?$")


def possessive(ctx: Context, v: View, p: M, org: M) -> None:
    """"Pegzena, Zenara's biosimilar of pegfilgrastim" -> Zenara develops Pegzena and pegfilgrastim."""
    rest = v.masked[org.end :]
    m = re.match(r"(?:'s|\u2019s)\s+(?:[a-z][\w-]*\s+){1,3}", rest)
    if m is None or not re.fullmatch(r"\s*,\s*", v.masked[p.end : org.start]):
        return
    ctx.emit("DEVELOPS", org.ent, p.ent, v, 0.7)
    q = v.next_mention(org)
    if q is not None and q.type == "Product" and POSSESSIVE.match(v.masked[org.end : q.start]):
        ctx.emit("DEVELOPS", org.ent, q.ent, v, 0.7)


# "Di antara produk yang izin edarnya dicabut adalah sirup P dan sirup Q" after "… izin edar tujuh produknya": the
# products of the company the sentences before spoke of
_AMONG = re.compile(r"^\W*(?:di\s+antara(?:nya)?\s+|beberapa\s+|sejumlah\s+)?produk(?:-produk)?\s+(?:yang\s+[^.;\u2588]{0,60}?\s+)?"
                    r"(?:adalah|antara\s+lain|yakni|yaitu|di\s+antaranya|meliputi)\s+(?:[a-z][\w-]*\s+){0,4}?$", re.I)
_ITS_PRODUCTS = re.compile(r"\bproduk(?:nya\b|\s+(?:milik\s+)?(?:perusahaan|perseroan)(?:\s+(?:tersebut|itu|ini))?\b"
                           r"|\s+(?:milik|buatan|produksi)\s+(?:PT\.?\s+)?\u2588)", re.I)
# "PT A resmi menerima sertifikat halal untuk 48 produk obat. … Produk yang tersertifikasi antara lain P": the count
# the company's own sentence gave, a few sentences back
_COUNTED = re.compile(r"\b(?:\d+|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belas|puluh|ratus|belasan|puluhan|ratusan|sejumlah)"
                      r"\s+(?:item\s+|jenis\s+)?produk(?:nya)?\b", re.I)
watch(_AMONG)
AMONG = _AMONG  # what ``among_products`` reads (``corporate`` gates on it)


def among_products(ctx: Context, v: View) -> None:
    if not v.index or not v.may(_AMONG):
        return
    first = next((m for m in v.mentions if m.type == "Product"), None)
    if first is None or not _AMONG.match(v.masked[: first.start]):
        return
    owner = main_firm(ctx, v.index - 1)
    if not any(_ITS_PRODUCTS.search(ctx.views[i].masked) for i in range(max(0, v.index - 2), v.index)) and not (
            owner is not None and any(_COUNTED.search(w.masked) and any(m.ent is owner for m in w.mentions)
                                      for w in ctx.views[max(0, v.index - 6) : v.index])):
        return
    if owner is not None and not regulator_like(owner):
        for p in products_listed(v, first):
            ctx.emit("DEVELOPS", owner, p.ent, v, 0.6)
