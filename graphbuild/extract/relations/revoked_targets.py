"""What loses its licence in a revocation (for :mod:`.revocations`): the holders and products named in the clause
after the revoking verb, or the owner or maker of what is named there, or those pointed back to ("produk tersebut",
"ketiga produsen tersebut", "apotek tersebut", "milik kedua industri farmasi tersebut"); never a substance a product
was found to contain. Split out of ``revocations`` to keep it short.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import contents, cues
from graphbuild.extract.relations.cert_referents import site_referred
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.discourse import main_firm, topic
from graphbuild.extract.relations.referents import PRODUCT_ANAPHOR, antecedents, how_many
from graphbuild.extract.relations.registration import is_regulator as _is_regulator
from graphbuild.types import Entity

HOLDERS = ("Organization", "Facility")
ORG = ("Organization",)


def usable(v: View, m: M) -> bool:
    """A mention in no role of its own (not the "Kepala BPOM" of an official)."""
    return m.role is None and m.start not in v.role_orgs


_OWNER = re.compile(
    r"(?:\b(?:diproduksi|dibuat|dimiliki|dipasarkan|diedarkan|didaftarkan|produced|manufactured|owned|marketed)"
    r"\s+(?:\w+\s+)?(?:oleh|by)|\bmilik)\s+$",
    re.I,
)
_NAMELY = re.compile(r"\s*,?\s*(?:yaitu|yakni|antara\s+lain|namely|including)\s*:?\s*", re.I)
_OWNER_ANAPHOR = re.compile(r"\bmilik\s+(?:kedua|ketiga|para|keempat)\s+(?:[\w-]+\s+){0,3}?(?:tersebut|itu)\b", re.I)

# "ketiga produsen tersebut", "apotek tersebut": the holders named before, by reference
_GROUP_REF = re.compile(r"\b(?P<n>kedua|ketiga|keempat|kelima)\s+(?:produsen|perusahaan|industri(?:\s+farmasi)?|pabrik|PBF|"
                        r"distributor|apotek|sarana|pabrikan)\s+(?:tersebut|itu)\b|\bthe\s+(?P<n2>two|three|four|five)\s+"
                        r"(?:companies|firms|makers|manufacturers|producers|distributors|pharmacies)\b", re.I)
_HOLDER_AFTER = re.compile(r"\b(?:apotek|toko\s+obat|klinik|PBF|perusahaan|distributor|pabrik|sarana|industri\s+farmasi|produsen|(?-i:CV|UD|PT)|"
                           r"the\s+(?:pharmacy|company|distributor|plant))\s+(?:tersebut|itu|ini)\b", re.I)

# "… mencabut izin edar tiga sirup setelah uji menunjukkan cemaran etilen glikol": the reason names no target
_FOR_SITE = re.compile(r"(?:untuk|for)\s+(?:the\s+|its\s+)?(?:(?:[\w-]+\s+){0,2}?(?:fasilitas|pabrik|sarana|lini|gudang|facility|plant|"
                       r"site|warehouse|production\s+line)\b|\u2588)", re.I)  # "… perseroan untuk Pabrik X": the site named
# between the verb and the anaphor only the permit: " izin edar (notifikasi) "
_PERMIT_ONLY = re.compile(r"\s*(?:izin\s+edar|nomor\s+izin\s+edar|NIE|notifikasi|sertifikat(?:\s+halal)?)?\s*(?:\([^()]{1,30}\))?\s*", re.I)
_PERMIT_BACK = re.compile(r"\s*(?:(?P<permit>izin\s+edar|notifikasi|NIE)|sertifikat|izin\s+(?:usaha|PBF|produksi))"
                          r"(?:\s+(?-i:[A-Z]{3,6}))?\s+(?:tersebut|itu)\b", re.I)
_SITE_REF = re.compile(r"\s*(?:sertifikat|sertifikasi|izin(?:\s+produksi)?)\s+(?:\u2588+\s+)?(?:(?:untuk|bagi|di)\s+)?(?:lini\s+[\w-]+\s+)?"
                       r"(?:pabrik|fasilitas(?:\s+produksi)?|sarana(?:\s+produksi)?|gudang)\s+(?:tersebut|itu|ini)\b", re.I)
_NEXT_VERB = re.compile(r"\s(?:dan|serta|sekaligus|and)\s+(?:(?:juga|turut|also)\s+)?(?:mencabut|membekukan|membatalkan|revoked|suspended)\b",
                        re.I)
_REASON = re.compile(r"\b(?:setelah|sesudah|usai|karena|lantaran|sebab|akibat|menyusul|karna|after|because|following|"
                     r"due\s+to|since)\b", re.I)


def revoked_targets(ctx: Context, v: View, end: int) -> list[Entity]:
    """What loses its licence (never a substance a product was found to contain)."""
    return contents.without_contents(ctx, _targets(ctx, v, end))


# "merekomendasikan pencabutan izin PBF kepada Kementerian Kesehatan": the ministry the request goes to keeps its licences
_TO = re.compile(r"\b(?:kepada|ke|to)\s+(?:the\s+)?$", re.I)


def _addressee(v: View, m: M) -> bool:
    """An authority the revocation is asked of or sent to ("… kepada Kementerian Kesehatan"), no holder."""
    return m.type == "Organization" and m.ent.category in ("government", "regulator") \
        and _TO.search(v.masked[max(0, m.start - 12) : m.start]) is not None


# "membekukan sertifikat CPOB perseroan untuk Pabrik X": the company the story is about holds the certificate too
_FIRMS_CERT = re.compile(r"\s*(?:sertifikat|sertifikasi|izin(?:\s+(?:produksi|usaha|industri))?)\s+(?:\u2588+\s+)?(?:milik\s+)?"
                         r"(?:perseroan|perusahaan)\b(?!\s+(?:lain|farmasi|tersebut|itu|ini)\b)", re.I)


def _targets(ctx: Context, v: View, end: int) -> list[Entity]:
    """What loses its licence: named in the clause, or the owner/maker of what is named there (and the story's
    company when the certificate is "perseroan"'s)."""
    got = _named_targets(ctx, v, end)
    if _FIRMS_CERT.match(v.masked, end) and (firm := topic(ctx, v.index) or main_firm(ctx, v.index)) is not None \
            and all(e.id != firm.id for e in got) and not _is_regulator(firm):
        got = [firm, *got]
    return got


# "izin edar sirup parasetamol Nindafen", "tiga produk sirup parasetamol produksi PT X": the substance after a dose form
# says what kind of product it is; the product is the brand after it, or the ones named later
_FORM_BEFORE = re.compile(r"\b(?:sirup|syrup|tablet|tablets|kapsul|kaplet|injeksi|suspensi|drops|tetes|salep|krim|obat)\s+$", re.I)


def _kind_substance(v: View, m: M) -> bool:
    return m.type == "Product" and m.ent.name[:1].islower() and _FORM_BEFORE.search(v.masked, max(0, m.start - 12), m.start) is not None


def _named_targets(ctx: Context, v: View, end: int) -> list[Entity]:
    """The holders and products the revoking clause names, or those it points back to."""
    cut = v.clause_end(end)
    if _FOR_SITE.match(v.masked, cut):  # "sertifikat CPOB untuk fasilitas produksi sediaan cair PT X": the site's holder
        cut = v.clause_end(cut + 4)
    stop = min(cut, (r.start() if (r := _REASON.search(v.masked, end)) else len(v.masked)),
               # "membekukan sertifikat CPOB pabrik itu dan mencabut izin edar P": P is the second verb's
               (r.start() if (r := _NEXT_VERB.search(v.masked, end)) else len(v.masked)))
    near = contents.not_contents(v, [m for m in v.after(end) if m.type in (*HOLDERS, "Product") and stop >= m.start
                                     and not _addressee(v, m) and not _kind_substance(v, m)])
    ana = PRODUCT_ANAPHOR.search(v.masked, end, min(len(v.masked), end + 40))
    site = _SITE_REF.match(v.masked, end)
    if not near and site is not None and v.clause_end(end) >= site.end() and (plant := site_referred(ctx, v, site.start())):
        return plant[:1]  # "membekukan sertifikat CPOB lini sirup pabrik itu": the plant named lately (no product "sirup … itu")
    if near and ana is not None and ana.end() <= near[0].start and _PERMIT_ONLY.fullmatch(v.masked[end : ana.start()]):
        if all(e.name[:1].isupper() for e in contents.without_contents(ctx, antecedents(ctx, v, ana, reach=5))):  # brands, not the substances glossed
            near = []  # "mencabut izin edar (notifikasi) kedua produk itu serta menghentikan … PT X": the products first
    if near:
        chain = v.chain(near[0], (*HOLDERS, "Product"))
        listed = v.next_mention(chain[-1])  # "… produksi PT X, yaitu A dan B": the products named after their maker
        if listed is not None and listed.type == "Product" and _NAMELY.fullmatch(v.gap(chain[-1].end, listed.start)):
            chain += v.chain(listed, ("Product",))
        return [m.ent for m in chain]
    # "membatalkan izin edar produk tersebut": the product named before
    if ana is not None and v.clause_end(end) >= ana.start():
        got = antecedents(ctx, v, ana, reach=5)  # the sanction may come after the officials' quotes
        if len(kept := contents.without_contents(ctx, got)) < len(got):  # "… kandungan merkuri dan hidrokuinon": past them
            many = how_many(v, ana)
            more = contents.without_contents(ctx, ctx.recent(v.index, ("Product",), pos=ana.start(), back=5, limit=many + 6))
            return more[:many] if len(more) >= many else kept
        if any(e.name[:1].islower() for e in got) and (many := how_many(v, ana)) > 1:
            # "mencabut izin edar ketiga produk tersebut" after brands glossed with their substances: the brands
            brands = [e for e in ctx.recent(v.index, ("Product",), pos=ana.start(), back=5, limit=4 * many) if e.name[:1].isupper()]
            return brands[:many] if len(brands) >= many else got
        return got
    # "menjatuhkan sanksi kepada ketiga produsen tersebut": as many firms as counted, named before
    group = _GROUP_REF.search(v.masked, end, min(len(v.masked), end + 60))
    if group is not None and v.clause_end(end) >= group.start():
        n = cues.COUNT_WORDS[(group.group("n") or group.group("n2")).casefold()]
        firms = [e for e in ctx.recent(v.index, ORG, pos=group.start(), back=10, limit=12)
                 if e.category == "company" and not _is_regulator(e)]
        return firms[:n] if len(firms) >= n else []
    # "mencabut izin apotek tersebut": the pharmacy or company named before
    ref = _HOLDER_AFTER.search(v.masked, end, min(len(v.masked), end + 90))  # "sertifikat CPOB (…) milik PBF tersebut"
    if ref is not None and v.clause_end(end) >= ref.start():
        form = ref.group().split()[0] if ref.group()[:2] in ("CV", "UD", "PT") else ""  # "milik CV tersebut": the CV named before
        firm = next((e for e in ctx.recent(v.index, HOLDERS, pos=ref.start(), back=2, limit=6)
                     if not _is_regulator(e) and e.category not in ("media", "international") and e.name.startswith(form)), None)
        return [firm] if firm is not None else []
    # "Badan POM kemudian membekukan sertifikat tersebut": the certificate (or permit) told of before, so its holder
    back = _PERMIT_BACK.match(v.masked, end)
    if back is not None:
        kinds = ("Product",) if back.group("permit") else HOLDERS
        held = next((e for e in ctx.recent(v.index, kinds, pos=end, back=2, limit=6) if not _is_regulator(e)
                     and (e.type == "Product" or e.category == "company")), None)
        return [held] if held is not None else []
    # "mencabut izin edar sirup obat yang diproduksi oleh A dan B" / "… milik PT C"
    for m in v.after(end, ORG):
        if m.start - end > 120:
            break
        if _OWNER.search(v.masked[end : m.start]) and usable(v, m):
            return [x.ent for x in v.chain(m, ORG) if usable(v, x)]
    # "… milik kedua industri farmasi tersebut": the ones already named as losing one
    window = v.masked[end : end + 120]
    if _OWNER_ANAPHOR.search(window):
        return [ctx.by_id[r.tail] for r in ctx.has("REVOKED") if r.tail in ctx.by_id][:4]
    return _named_next(ctx, v, end)


# "… milik dua pedagang besar farmasi (PBF) di Medan." + "Keduanya, PT A dan PT B, terbukti …": the counted firms
_COUNTED = re.compile(r"\b(?:milik|kepada|terhadap|bagi|of)\s+(?P<n>dua|tiga|empat|lima|two|three|four|five)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:perusahaan|industri|PBF|pedagang|produsen|distributor|apotek|pabrik|sarana|companies|firms|"
                      r"distributors|manufacturers|pharmacies)\b", re.I)
_THEY_ARE = re.compile(r"\W*(?P<n>kedua|ketiga|keempat|kelima)nya\s*(?:,|\s(?:adalah|yaitu|yakni|ialah)\b)\s*(?:PT\.?\s*)?", re.I)


def _named_next(ctx: Context, v: View, end: int) -> list[Entity]:
    """The firms a counted group in the revoking clause stands for, named by a "Keduanya, A dan B" next."""
    group = _COUNTED.search(v.masked, end, v.clause_end(end))
    if group is None or v.index + 1 >= len(ctx.views):
        return []
    w = ctx.views[v.index + 1]
    hit = _THEY_ARE.match(w.masked)
    if hit is None or not w.mentions or w.mentions[0].start != hit.end() or w.mentions[0].type != "Organization":
        return []
    n = cues.COUNT_WORDS[group.group("n").casefold()]
    firms = [m.ent for m in w.chain(w.mentions[0], ORG)]
    return firms if len(firms) == n and n == cues.COUNT_WORDS[hit.group("n")[2:].casefold()] else []


_PERMIT_CELL = re.compile(r"\b(?:izin\s+edar|NIE|notifikasi|marketing\s+authori[sz]ation)\b", re.I)


def row_product(v: View, start: int) -> Entity | None:
    """The product a table row opens with, when the revoking cell names a permit (not a company's certificate)."""
    if not v.masked.lstrip().startswith("|") or not _PERMIT_CELL.search(v.masked, v.masked.rfind("|", 0, start), start):
        return None
    first = next(iter(v.mentions), None)
    return first.ent if first is not None and first.type == "Product" and "|" not in v.masked[1 : first.start].lstrip("| ") \
        else None


# "P produksi PT X, yang nomor izin edarnya dicabut oleh BPOM", "Izin edar produk buatan PT X itu dicabut BPOM": the
# maker only says whose P is; a marketing authorisation is the product's
_MAKER_OF = re.compile(r"\b(?:produksi|buatan|milik|keluaran|besutan|diproduksi\s+oleh|dibuat\s+oleh)\s+(?:PT\.?\s+|CV\.?\s+)?$", re.I)
_PRODUCT_PERMIT = re.compile(r"\b(?:izin\s+edar(?:nya)?|NIE|notifikasi(?:nya)?|nomor\s+(?:izin\s+edar|notifikasi)(?:nya)?)\b", re.I)
_MADE_REF = re.compile(r"\bproduk\s+(?:[\w-]+\s+){0,2}?$", re.I)
_THAT_AFTER = re.compile(r"\s+(?:tersebut|itu)\b", re.I)


def maker_product(ctx: Context, v: View, m: M, start: int) -> Entity | None:
    """The product a maker named before a revoked marketing authorisation stands beside ("P produksi PT X"), or
    points back to ("produk buatan PT X itu"), when the permit is a product's."""
    if m.type != "Organization" or not _PRODUCT_PERMIT.search(v.masked, max(0, start - 60), start + 40):
        return None
    lead = _MAKER_OF.search(v.masked[max(0, m.start - 40) : m.start])
    if lead is None:
        return None
    prev = v.prev_mention(m)
    at = m.start - 40 + lead.start() if m.start >= 40 else lead.start()
    if prev is not None and prev.type == "Product" and v.masked[prev.end : at].strip() == "" and prev.text[:1].isupper():
        return prev.ent  # "Jamu X produksi PT Y, yang nomor izin edarnya …"
    if _MADE_REF.search(v.masked[:at]) and _THAT_AFTER.match(v.masked, m.end):
        got = [e for e in ctx.recent(v.index, ("Product",), pos=m.start, back=3, limit=4) if e.name[:1].isupper()]
        return got[0] if got else None  # "Izin edar produk buatan PT X itu dicabut": the product told before
    return None
