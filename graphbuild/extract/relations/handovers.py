"""Certificates handed to a group of firms listed apart: "BBPOM menyerahkan sertifikat CPOB kepada lima perusahaan
farmasi di Kota Semarang" and bullets "- PT A — sertifikat CPOB untuk …" (each a recipient, in that town).

Split out of ``regulatory`` to keep it short; ``regulatory`` finds the certifier, this reads the group and its items.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues, places
from graphbuild.extract.relations.cert_bodies import drug_standard, remembered
from graphbuild.extract.relations.common import Context, View
from graphbuild.extract.relations.fallback_sides import HALAL_EXAMINER
from graphbuild.extract.relations.granters import handing_regulator
from graphbuild.types import Entity

HOLDERS = ("Organization", "Facility")


def is_authority(e: Entity) -> bool:
    """Regulators, government and international bodies (PIC/S, WHO) grant or recognise certificates; they do
    not hold them."""
    return e.category in ("regulator", "government", "international") and not _CARE_SITE.match(e.name) \
        or HALAL_EXAMINER.search(e.name) is not None  # "LPH X", "LPPOM MUI": they examine, the holder is the firm


# a state hospital, health centre, laboratory or blood-donor unit is listed as government, yet holds certificates (CUKB, CPOB)
_CARE_SITE = re.compile(r"(?:RSUP|RSUD|RSPAD|RS|Rumah\s+Sakit|Puskesmas|Laboratorium|Instalasi|UDD|UTD|Unit\s+(?:Donor|Transfusi)\s+Darah)\b")


# a bulleted item that opens with its holder: "- PT A — sertifikat CPOB untuk …", "1. PT B: CDOB certificate"
_ITEM = re.compile(r"\W*(?:\d{1,2}[.)]\s*)?\u2588+(?:\s*\(\u2588+\))?\s*[\u2014\u2013:-]\s*(?:\u2588+\s+|GMP\s+)?$")
PENDING = re.compile(r"\b(?:masih|belum|menunggu|diproses|ditolak|tahap|pending|awaiting|under\s+review|rejected|in\s+progress)\b",
                     re.I)  # "- PT B — sertifikat CPOB masih dalam proses penilaian": not held yet
_N = (r"(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|belasan|puluhan|sejumlah|beberapa|\d{1,3}|two|three|four|"
      r"five|six|seven|eight|nine|ten|several|\d{1,3})\s+(?:[\w-]+\s+){0,2}?(?:perusahaan|industri|PBF|pedagang|sarana|"
      r"produsen|distributor|apotek|UMKM|pelaku\s+usaha|companies|manufacturers|firms|distributors|producers|pharmacies)\b")
GROUP = re.compile(_N, re.I)  # "tiga pedagang besar farmasi", "12 PBF": a counted group of firms
# "menyerahkan sertifikat CPOB kepada tiga industri farmasi", "Sebanyak lima perusahaan menerima sertifikat …": a group
_COUNTED_TO = re.compile(rf"[^.;]{{0,200}}?\b(?:kepada|bagi|to)\s+(?:sebanyak\s+)?{_N}", re.I)
_COUNTED_BY = re.compile(rf"\b{_N}\s+(?:(?:telah|sudah|juga|have|also)\s+)*(?:menerima|memperoleh|mendapatkan|meraih|"
                         r"received|obtained)\s+$", re.I)


_GROUP_IN = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?:di|in|asal|dari|from)\s+(?:(?:Kota|Kabupaten|wilayah)\s+)?", re.I)


def counted(v: View, start: int, end: int) -> bool:
    """Whether the certificate went to a counted group of firms named by no one here (the bullets that follow)."""
    return bool(_COUNTED_TO.match(v.masked, end) or _COUNTED_BY.search(v.masked, max(0, start - 90), start))


def past_heading(ctx: Context, j: int) -> int:
    """The first sentence from ``j`` past up to two short lines naming nothing ("Daftar penerima")."""
    for _ in range(2):
        if j < len(ctx.views) and not ctx.views[j].mentions and len(ctx.views[j].masked) < 60:
            j += 1
    return j


def item(ctx: Context, v: View, std: str | None, memory: dict[str, object]) -> None:
    """A list item naming its holder and the certificate: issued by the certifier the story has named so far."""
    holder, certifier = v.mentions[0], memory.get("certifier")
    if isinstance(certifier, Entity) and holder.type in HOLDERS and holder.ent.id != certifier.id and not is_authority(holder.ent):
        ctx.emit("CERTIFIED", certifier, holder.ent, v, 0.65, standard=std or memory.get("standard"))  # type: ignore[arg-type]
        if isinstance(town := memory.get("town"), Entity):
            ctx.emit("LOCATED_IN", holder.ent, town, v, 0.6)


def group_town(v: View, end: int) -> Entity | None:
    """The town a counted group of recipients is said to be in: "kepada lima perusahaan farmasi di Kota Semarang"."""
    c = _COUNTED_TO.match(v.masked, end)
    loc = next(iter(v.after(c.end())), None) if c is not None else None
    if loc is None or loc.type != "Location" or not _GROUP_IN.fullmatch(v.masked, c.end(), loc.start):  # type: ignore[union-attr]
        return None
    return loc.ent if places.category(loc.ent) in ("city", "district") else None


def is_item(v: View, start: int) -> bool:
    """Whether the certificate cue at ``start`` follows only a bullet and its holder ("- PT A — sertifikat …")."""
    return bool(_ITEM.match(v.masked[:start]))


# "Etana's Pulogadung facility received …", "SelNusa's manufacturing hub received …": a short name's site
_OWN_SITE = re.compile(r"^\W*(?:In\s+\w+\s+\d{4},\s+)?(?P<firm>[A-Z][\w-]+)['\u2019]s\s+(?:[\w-]+\s+){0,3}?"
                       r"(?P<site>facility|plant|hub|site|factory|laboratory)\b")
# "… are manufactured at Etana's production facility in X, Y, which holds …": the site named where the products are made,
# the certificate told in a relative clause on it
_MADE_AT_SITE = re.compile(r"\b(?:manufactured|produced|made)\s+(?:at|in)\s+(?P<firm>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)['\u2019]s\s+"
                           r"(?:[\w-]+\s+){0,3}?(?P<site>facility|plant|factory)\b(?:\s+(?:in|at)\s+[^;()]{1,60}?)?,?\s+which\s+"
                           r"(?:(?:also|already|now|has|have)\s+)*(?:holds|received|obtained|secured|been\s+(?:granted|awarded|certified))\b[^;]{0,220}$")


def possessed_site(ctx: Context, v: View, start: int) -> tuple[Entity, Entity | None] | None:
    """The company a possessive short name opening the sentence stands for, and its site the text names
    (a Facility whose name holds both the short name and the site's head word)."""
    own = _OWN_SITE.match(v.text[:start]) or _MADE_AT_SITE.search(v.text[:start])
    if own is None:
        return None
    word = own.group("firm").casefold()
    firms = sorted((e for e in ctx.entities if e.type == "Organization" and e.category == "company"
                    and any(f" {word} " in f" {n.casefold()} " for n in (e.name, *e.aliases))), key=lambda e: -len(e.mentions))
    if not firms or len(firms) > 1 and len(firms[0].mentions) == len(firms[1].mentions):
        return None  # two companies of that name, named as often: no telling which
    head = own.group("site").casefold()
    sites = [e for e in ctx.entities if e.type == "Facility" and word in e.name.casefold().split() and head in e.name.casefold()]
    return firms[0], sites[0] if len(sites) == 1 else None


# "… untuk Pabrik X", "for its biologics manufacturing facility, the X Plant", "untuk gudangnya, X": the certified site named after the cue
_FOR_SITE = re.compile(r"\b(?:untuk|bagi|for)\s+(?:(?:the|its|their)\s+)?(?:(?:[\w-]+\s+){0,3}?(?:fasilitas|pabrik|sarana|"
                       r"facility|plant|site|warehouse|gudang|hub|complex|kompleks|laboratory|laboratorium|distribution\s+cent(?:er|re)|"
                       r"pusat\s+distribusi)(?:nya)?(?:\s+[\w-]+){0,4}?\s*,\s*(?:the\s+)?|(?:fasilitas\s+|pabrik\s+|gudang\s+|warehouse\s+)?"
                       # "untuk lini produksi tablet di Pabrik X", "for the new production line at its X Plant": the line's site
                       r"|(?:[\w-]+\s+){0,3}?(?:lini|jalur|lines?)(?:\s+[\w-]+){0,3}?\s+(?:di|at|in)\s+(?:(?:the|its|their)\s+)?"
                       r"(?:fasilitas\s+|pabrik\s+)?)$", re.I)


def for_site(ctx: Context, v: View, end: int, certifier: Entity, std: str | None) -> None:
    """"A meraih sertifikat CPOB dari BPOM untuk Pabrik X": the site the certificate is for holds it too."""
    for f in v.after(end, ("Facility",))[:1]:
        if _FOR_SITE.search(v.masked[: f.start]):
            ctx.emit("CERTIFIED", certifier, f.ent, v, 0.75, standard=std)


# "- sertifikat CPKB kepada PT A;", "2. CPOB certificate to PT B": an item that opens with the certificate, its holder after
# "- Sertifikat CPOTB untuk pabrik PT A di X", "- Sertifikat CPOB fasilitas produksi sediaan padat PT B": the site's holder
_SITE = r"(?:fasilitas|pabrik|sarana|gudang|facility|plant|warehouse|site)(?:\s+[\w-]+){0,5}?\s+(?:milik\s+|of\s+)?"
_CERT_ITEM = re.compile(r"\W*(?:(?:\d{1,2}[.)]|[-*\u2022])\s*)?(?:\*+\s*)?(?:sertifikat|sertifikasi|(?:(?:an?|the)\s+)?(?:[\w\u2588/-]+\s+)?certificate)\b"
                        rf"[^;]{{0,60}}?(?:\b(?:kepada|bagi|untuk|to|for)\s+(?:(?:the|its)\s+)?(?:{_SITE})?|\b{_SITE})(?:PT\.?\s+)?$", re.I)
# "Balai Besar POM di X menyerahkan:", "BPOM juga memberikan sertifikat kepada:": the intro the items complete
_MARK = re.compile(r"\W*(?:\d{1,2}[.)]|[-*\u2022])\s*")  # "1." split off as a sentence of its own
_ITEM_HEAD = re.compile(r"\W*(?:(?:\d{1,2}[.)]|[-*\u2022])\s*)?(?:\*+\s*)?(?:sertifikat|sertifikasi|izin|(?:(?:an?|the)\s+)?(?:[\w\u2588/-]+\s+)?certificate)\b", re.I)
_HANDS_OUT = re.compile(r"\b(?:menyerahkan|memberikan|menganugerahkan|menerbitkan|handed\s+over|presented|awarded|issued)\b"
                        r"[^.;:]{0,60}:\s*$", re.I)


def item_handed(ctx: Context, v: View, start: int, std: str | None) -> bool:
    """A bulleted certificate whose holder comes after it, handed by the regulator of the intro ending in a colon
    ("Balai Besar POM di Mataram menyerahkan:" then "- sertifikat CPKB kepada PT A;"): that regulator certifies A."""
    holder = next((m for m in v.after(start, HOLDERS) if _CERT_ITEM.fullmatch(v.masked[: m.start])), None)
    if holder is None or is_authority(holder.ent) or not (_MARK.match(v.masked) or _marked(ctx, v.index)):
        return False
    j = v.index - 1
    while j >= 0 and (_MARK.fullmatch(ctx.views[j].masked) or _ITEM_HEAD.match(ctx.views[j].masked)) \
            and not _heading(ctx.views[j]) and v.index - j < 24:
        j -= 1  # back over the items before this one
    intro = ctx.views[j] if j >= 0 else None
    hand = _HANDS_OUT.search(intro.masked) if intro is not None else None
    body = next((m.ent for m in intro.before(hand.start(), ("Organization",)) if is_authority(m.ent)), None) \
        if intro is not None and hand is not None else None
    if body is None and intro is not None and _heading(intro) and _CERT_WORD.search(intro.masked) \
            and std and drug_standard(std):
        # "## Sertifikat yang diserahkan" then "- Sertifikat CPOB untuk PT A": the story's drug regulator issued them
        body = remembered(ctx, v, handing_regulator(ctx, v, {}), std)
    if body is None or body.id == holder.ent.id:
        return False
    ctx.emit("CERTIFIED", body, holder.ent, v, 0.65, standard=std)
    return True


_PERMIT_ITEM = re.compile(r"\b(?:(?:nomor\s+)?izin\s+edar|NIE|(?:nomor\s+)?notifikasi)\b", re.I)


def permit_item(ctx: Context, w: View, granter: Entity) -> bool:
    """An item of a handover list that grants a marketing authorisation (no certificate): APPROVED for its products."""
    if not _PERMIT_ITEM.search(w.masked) or cues.CERTIFY.search(w.masked) or any(m.type == "Regulation" for m in w.mentions):
        return False
    for m in w.mentions:
        if m.type == "Product":
            ctx.emit("APPROVED", granter, m.ent, w, 0.65)
    return True


_CERT_WORD = re.compile(r"\b(?:sertifikat|sertifikasi|certificates?|certifications?)\b", re.I)
_CLOSED = re.compile(r"[.:;!?\"\u201d)]\s*$")


def _heading(w: View) -> bool:
    """A section heading the cleaner left as a line: short, naming nothing, no bullet, no closing stop."""
    return not w.mentions and len(w.masked) < 80 and not _MARK.match(w.masked) and not _CLOSED.search(w.masked)


def _marked(ctx: Context, i: int) -> bool:
    """Whether sentence ``i`` is a list item whose "1." the splitter made a sentence of its own."""
    return i > 0 and _MARK.fullmatch(ctx.views[i - 1].masked) is not None
