"""APPROVED: "BPOM menerbitkan izin edar P", "P telah mendapat persetujuan dari MFDS", "approved by the FDA in 2023
and by the EMA in 2024"; and what says no permit (yet): "menolak permohonan izin edar", "wajib memenuhi standar".

Split from ``regulatory`` (certificates) to keep each module short; the words that mark a plan or a duty are shared.
A granter no one names is found in :mod:`.unnamed_granters`, the products an approval only counted in
:mod:`.approved_lists`.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.approval_checks import (
    announcer,
    granter_mistyped,
    object_relative,
    row_brand,
)
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.contents import mixed_into
from graphbuild.extract.relations.counted_pronouns import counted as _pronoun_count
from graphbuild.extract.relations.counted_pronouns import counted_list, counted_opening
from graphbuild.extract.relations.counted_pronouns import named_before as _named_before_pronoun
from graphbuild.extract.relations.granters import certifier as _certifier
from graphbuild.extract.relations.granters import granted_before as _granted_before
from graphbuild.extract.relations.granters import usable as _usable
from graphbuild.extract.relations.intro_granters import intro_regulator
from graphbuild.extract.relations.intro_granters import reach as _reach
from graphbuild.extract.relations.litsearch import literal_search
from graphbuild.extract.relations.referents import PRODUCT_ANAPHOR, how_many
from graphbuild.extract.relations.registration import COUNTED, implied_products, tail
from graphbuild.extract.relations.registration import is_regulator as _is_regulator
from graphbuild.extract.relations.unnamed_granters import implied_granter as _implied_granter
from graphbuild.extract.relations.unnamed_granters import national_regulator
from graphbuild.extract.relations.unnamed_granters import pronoun_granter as _pronoun_granter
from graphbuild.extract.units import STRENGTH
from graphbuild.types import Entity

# "… and by the EMA": a second regulator coordinated with the first
_AND_BY = re.compile(r"^[^\u2588;]{0,40}?\b(?:dan|serta|and|as\s+well\s+as)\s+(?:(?:oleh|by|dari|from)\s+)?(?:the\s+)?$",
                     re.I)
_CALLED = re.compile(r"\s+(?:[\w-]+\s+){0,3}(?:bernama|named|called|diberi\s+nama(?:\s+(?:kerja|dagang))?|bermerek|bermerk|"
                     r"dengan\s+merek|branded|under\s+the\s+brand(?:\s+name)?)\s+", re.I)
_ALSO_GOT = re.compile(r"\b(?:dan|serta)\s+(?:(?:telah|sudah|juga)\s+)*(?:mendapat(?:kan)?|memperoleh|mengantongi|menerima)\s+"
                       r"(?:[\w-]+\s+){0,3}\(?$", re.I)


# "menolak permohonan izin edar", "menargetkan izin edar terbit", "belum mendapat persetujuan": no approval yet
NOT_YET = re.compile(
    # "belum lama ini" (recently), "tidak hanya" (not only), "not long after" negate nothing
    r"\b(?:(?:belum|tidak|bukan|not)(?!\s+(?:lama|hanya|saja|only|long)\b)|yet\s+to|menolak|ditolak|penolakan|menargetkan|ditargetkan|menunggu|mengajukan|pengajuan|"
    r"tanpa|without|seandainya|andaikan|andai|if|"  # "beredar tanpa izin edar BPOM"
    r"permohonan|memohon|jika|apabila|bila|kalau|akan|rejected|refused|denied|awaiting|seeking|seeks?|"
    r"applied|application|submit|submits|submitting|submitted|filed|filing|will|expects?|expected|anticipates?|hopes?|berharap|diharapkan|"
    r"apply|applying|preparing|prepares|plans?|planning|intends?|berencana|bersiap|"  # "is preparing to apply for a CPOB …"
    r"dijadwalkan|direncanakan|diproyeksikan|diperkirakan|scheduled\s+to|slated\s+to|scheduled|slated)"  # "dijadwalkan memperoleh sertifikat CPOB"
    # names are masked: "expects BPOM approval"; an article is no word of its own: "has not yet received a GMP certificate"
    # and a bracketed short form is one word: "will also seek local-content (TKDN) certification"
    r"\s+(?:(?:a|an|the)\s+)?(?:(?:[\w\u2588-]+|\([^()\s]{1,16}\))\s+(?:(?:a|an|the)\s+)?){0,3}$",
    re.I,
)
_not_yet = literal_search(NOT_YET)  # tried only where one of its words starts


def _asked(masked: str) -> bool:
    """A question states no permit: "Apakah P sudah mendapat izin edar?"."""
    text = masked.strip(" \"\u201d\u201c")
    return text.endswith("?") or text[:9].lower().startswith(("apakah ", "benarkah ", "kapan "))


MUST = re.compile(r"\b(?:harus|wajib|perlu|mewajibkan|diwajibkan|agar|supaya|must|should|required\s+to)\s+"
                   r"(?:[\w-]+\s+){0,2}$", re.I)


# a relative clause after a product's appositive: the approval it states is that product's
_RELATIVE = re.compile(r"^,[^,.;]*\byang\s+(?:telah\s+|sudah\s+)?(?:memperoleh|mendapat(?:kan)?|mengantongi|menerima)\b")
_DESCRIBED = re.compile(r"[*_]*\s*,\s+(?:(?:yakni|yaitu|namely)\s+)?(?:an?\s+)?[a-z]")  # "Sefmedik, injeksi …": an apposition
# … whose relative clause, or the predicate after it, states the permit: "yang telah mengantongi", "that received", ", telah memperoleh"
_DESCRIBED_GOT = re.compile(r"^[^.;]*?(?:\b(?:yang|that|which)\s+(?:telah\s+|sudah\s+|has\s+|had\s+)?|,\s+(?:telah\s+|sudah\s+|juga\s+)?)"
                            r"(?:memperoleh|mendapat(?:kan)?|mengantongi|menerima|received|obtained|won|secured|got)\s+"
                            r"(?:[\w-]+\s+|\(\s*){0,4}$", re.I)


def _described(v: View, start: int) -> M | None:
    """The product an apposition describes when the clause after it states the permit (not a substance inside it)."""
    for p in v.before(start, ("Product",)):
        if start - p.end > 200:
            return None
        if _DESCRIBED.match(v.masked, p.end) and _DESCRIBED_GOT.match(v.masked[p.end : start]) \
                and v.masked[p.end : start].count(",") <= 3:
            return p
    return None
_AND = re.compile(r"\b(?:dan|serta|and)\b")
_KIND_SEP = re.compile(r"\s*,?\s*(?:dan|serta|and)\s+(?!yang\b|juga\b)(?:[a-z]+\s+){1,2}")
_OFFICE = re.compile(r"(?:Balai|Loka|BBPOM)\b")  # BPOM's regional offices
# a participle set off by commas right after the product: "P (substance), approved by …"
_APPOSED = re.compile(r"\)?\s*,\s*(?:(?:which|that)\s+(?:was|has\s+been)\s+|yang\s+(?:telah\s+|sudah\s+)?)?(?:first\s+)?", re.I)


# "Sidofen Injeksi 1 g/100 ml (", "Meropenem 1 g powder for injection (": a strength (and form) before the bracketed substance
_DOSED = re.compile(rf"\s+{STRENGTH}(?:\s+[a-z][\w-]*){{0,4}}\s*\(", re.I)


def _listed_before(v: View, last: M) -> list[M]:
    """``last`` and the products listed before it ("apixaban dan rivaroxaban", "A, B (b) dan C",
    "A 1 g/100 ml (a) dan B 4 mg (b)"), nearest first."""
    items = [_dosed_host(v, last) or last]
    cur = items[0]
    while (p := v.prev_mention(cur)) is not None and p.type == "Product":
        gap = v.gap((p.gloss or p).end, cur.start)
        if p.text[:1].islower() and _KIND_WORD.fullmatch(gap):
            cur = p  # "the bevacizumab biosimilar HB-B305": the substance names the brand's kind, no item of its own
            continue
        if (host := _dosed_host(v, p)) is not None:
            p = host  # the substance in brackets after the brand's strength: the brand is the item
        if p.gloss is not None or host is not None:
            gap = gap.removeprefix(")")  # "A 10 mg (a) serta B": past the bracket
        if not cues.LIST_SEP.match(_THE.sub("", gap)):
            break
        items.append(p)
        cur = p
    return items


_KIND_WORD = re.compile(r"\s+(?:biosimilar|generic|generik|vaccine|vaksin|injection|injeksi|tablets?|capsules?)\s+", re.I)
_THE = re.compile(r"\bthe\s+$", re.I)


def _dosed_host(v: View, p: M) -> M | None:
    """The brand ``p`` stands in brackets after, past the brand's strength: "Sidofen Injeksi 1 g/100 ml (parasetamol)"."""
    host = v.prev_mention(p)
    if host is not None and host.type == "Product" and v.masked.startswith(")", p.end) \
            and _DOSED.fullmatch(v.gap(host.end, p.start)):
        return host
    return None


def _closed_list(v: View, last: M) -> list[M]:
    """``last`` and the products listed before it, when a "dan"/"and" joins it to them ("A, B dan C")."""
    items = _listed_before(v, last)
    if len(items) > 1 and not _AND.search(v.gap((items[1].gloss or items[1]).end, last.start)):
        return [last]  # "Epovita, Filgrana, approved by …": a comma alone is no list's end
    return items


_NUMBERED = re.compile(r"\b(?:bernomor|nomor|no\.|numbered|number)\s+$", re.I)  # "izin edar bernomor AKD …": its number
_PERMIT_REF = re.compile(r"(?:izin\s+edar|NIE|marketing\s+authori[sz]ation)(?:\s+(?:bernomor|nomor)\s+\S+)?\s+(?:tersebut|itu)\b", re.I)


def _named_back(ctx: Context, v: View, pos: int, many: int) -> list[Entity]:
    """The ``many`` products named last before ``pos`` (up to six sentences back), brands before their glossed
    substances ("Tensivar (valsartan)"): what "keempat produk tersebut" counts back over a bulleted list."""
    found: list[Entity] = []
    for w in ctx.views[max(0, v.index - 6) : v.index + 1][::-1]:
        ms = [m for m in w.mentions if m.type == "Product" and (w is not v or m.end <= pos)]
        for m in ms[::-1]:
            prev = w.prev_mention(m)
            if prev is not None and prev.type == "Product" and re.fullmatch(r"[*_\s]*\(", w.gap(prev.end, m.start)):
                continue  # the substance in brackets after its brand
            if m.ent not in found:
                found.append(m.ent)
            if len(found) == many:
                return found
    return []


# "persetujuan untuk vaksin A buatan PT X dan obat kanker B yang dikembangkan PT Y": each item names its maker
_MADE_BY = re.compile(r"(?:\s+\d+(?:[.,]\d+)?\s*(?:mg|g|ml|mL|IU|mcg|%|\u2588+)(?=\W))?(?:\s*\([^()]{1,40}\))?"  # "Glumet 500 mg (metformin) buatan"
                      r"(?:\s+(?:tablets?|capsules?|syrup|injection|vaccine|cream|drops|kapsul|sirup|injeksi|vaksin|krim))?"
                      r"\s+(?:buatan|produksi|milik|(?:yang\s+)?(?:dikembangkan|diproduksi|dibuat)(?:\s+oleh)?|"
                      r"(?:made|developed|manufactured|produced)\s+by|from|by)\s+(?:PT\.?\s+)?", re.I)
_NEXT_ITEM = re.compile(r"\s*(?:,\s*)?(?:dan|serta|and|,)\s+(?:(?!(?:menolak|ditolak|menunda|ditunda|membatalkan|mencabut|belum|tidak|"
                        r"sementara|sedangkan|namun|tetapi|rejected|refused|denied|delayed|withdrew|revoked|suspended|not|while|"
                        r"whereas|but)\b)(?:[a-z][\w-]*|\u2588+)\s+){0,6}")


def _past_makers(v: View, chain: list[M]) -> None:
    """Extends ``chain`` over the items that follow a maker: the brand of each (not the substance describing it)."""
    while chain and (org := next(iter(v.after(chain[-1].end, ("Organization",))), None)) is not None \
            and _MADE_BY.fullmatch(v.masked[chain[-1].end : org.start]):
        nxt = next((m for m in v.after(org.end, ("Product",)) if m.text[:1].isupper()), None)
        if nxt is None or not _NEXT_ITEM.fullmatch(v.masked[tail(org) : nxt.start]) \
                or any(x.type != "Product" for x in v.after(org.end, None, nxt.start)):
            return
        chain.append(nxt)


_ADVERBS = re.compile(r"\)?\s+(?:(?:telah|sudah|akhirnya|pun|juga|kemudian|lalu|resmi)\s+)*", re.I)  # "BPOM akhirnya menyetujuinya"
# "… from BPOM in December 2025, and a second product, B, is …": a clause of its own after the granter
_NEXT_CLAUSE = re.compile(r"\u2588[^\u2588]*,\s+(?:and|dan|serta|while|whereas|sementara|sedangkan)\s", re.I)
_CONTRAST = re.compile(r"\b(?:sedangkan|sementara|namun|tetapi|while|whereas|but)\b", re.I)


_UNIT = re.compile(r"Deputi\b|Direktorat\s+(?!Jenderal)")  # a regulator's own unit, not a granting body of its own


def approved(ctx: Context, v: View, start: int, end: int) -> Entity | None:
    """Emits the approvals the cue states; returns the regulator when the products are only counted."""
    if _not_yet(v.masked[max(0, start - 50) : start]) or _asked(v.masked):
        return None
    reg = _certifier(v, start, end) or _granted_before(ctx, v, start, end) or announcer(v, start)
    implied = _implied_granter(ctx, v, start, end) or _pronoun_granter(ctx, v, start) \
        or intro_regulator(ctx, v, start) if reg is None else None  # "BPOM memaparkan capaian:" + "- persetujuan izin edar P"
    if (reg is None and implied is None) or (reg is not None and reg.ent.category == "company"):
        return None  # "developed in-house by X and already approved in 30 countries": a maker approves nothing
    if reg is None and granter_mistyped(v, end):
        return None  # "izin edar dari EDA", the agency's short name taken for a brand: a granter named, not BPOM
    regs = [reg] if reg is not None else []
    while regs and (nxt := v.next_mention(regs[-1])) is not None and nxt.type == "Organization" and _usable(v, nxt) \
            and _is_regulator(nxt.ent) and _AND_BY.match(v.masked[tail(regs[-1]) : nxt.start]):
        regs.append(nxt)  # "approved by the FDA in 2023 and by the EMA in 2024"
    after = [m for m in v.after(end, ("Product",)) if _reach(v.masked[end : m.start]) <= 60 and not _NUMBERED.search(v.masked[end : m.start])
             and not _CONTRAST.search(v.masked[end : m.start]) and ";" not in v.masked[end : m.start]
             and not _NEXT_CLAUSE.search(v.masked[end : m.start])]
    # "A sudah mengantongi izin edar, sedangkan B masih …", "A telah memperoleh NIE; B masih dalam proses registrasi"
    chain = v.chain(after[0], ("Product",)) if after else []
    while chain and (nxt := v.next_mention(chain[-1])) is not None and nxt.type == "Product" \
            and _KIND_SEP.fullmatch(v.gap(chain[-1].end, nxt.start)):
        chain.append(nxt)  # "produk Teh Kelor Flobamora dan kapsul Kelorina": the list's last item has its kind word
    _past_makers(v, chain)
    products = [m.ent for m in chain]
    named = v.next_mention(chain[-1]) if chain else None
    if named is not None and named.type == "Product" and _CALLED.fullmatch(v.masked[chain[-1].end : named.start]):
        products.append(named.ent)  # "untuk produk terapi sel CAR-T anti-CD19 bernama Selvora-19"
    granted: Entity | None = None  # who granted the permit a later sentence tells handed over
    near = [m for m in v.before(start, ("Product",)) if start - m.end <= 60][:1]
    if near and (_RELATIVE.search(v.masked[near[0].end : start]) or object_relative(v, near[0], start)):
        products = [near[0].ent]  # "Tensiva, obat herbal … yang telah memperoleh izin edar BPOM, serta …"
    elif near and _APPOSED.fullmatch(v.masked[(near[0].gloss or near[0]).end : start]):
        # "Epovita (epoetin alfa), approved by BPOM in 2024, and Filgrana": the one before, or the whole list it
        # closes ("Tiga fitofarmaka, yaitu A, B dan C, memperoleh NIE dari BPOM")
        products = [m.ent for m in _closed_list(v, near[0])]
    elif (head := _described(v, start)) is not None:
        # "Sefmedik, injeksi ceftriaxone 1 gram yang telah mengantongi NIE": the brand, not its substance (or the list it closes)
        products = [m.ent for m in _closed_list(v, head)]
    if not products:
        near = [m for m in v.before(start, ("Product",)) if start - m.end <= 60][:1]
        products = [m.ent for m in _listed_before(v, near[0])] if near else []  # "apixaban dan rivaroxaban … telah mendapat persetujuan"
    if not products and v.mentions[0].type == "Product" and v.mentions[0].start <= 3 \
            and v.clause_end(v.mentions[0].end) > start - 60:
        products = [v.mentions[0].ent]  # "Envlo merupakan obat … yang … telah mendapat persetujuan dari MFDS"
    if not products and _ALSO_GOT.search(v.masked[:start]):
        # "Etana memproduksi vaksin AWcorna yang dikembangkan bersama X … dan mendapat izin penggunaan darurat"
        products = [m.ent for m in v.before(start, ("Product",))
                    if start - m.end <= 160 and re.match(r"\s+yang\b", v.masked[m.end :])][:1]
    if not products and _PERMIT_REF.match(v.masked, start) and v.index:
        # "Izin edar bernomor AKD tersebut diterbitkan oleh Ditjen Farmalkes": the permit the sentence before granted
        said = " ".join(ctx.views[v.index - 1].text.split())
        before = [r for r in ctx.typed("APPROVED") if r.evidence == said and r.tail in ctx.by_id][:1]
        products = [ctx.by_id[r.tail] for r in before]
        granted = ctx.by_id.get(before[0].head) if before else None
    if not products and regs and v.index and v.masked[end - 3 : end].lower() == "nya" \
            and _ADVERBS.fullmatch(v.masked[tail(regs[0]) : start]):
        # "- **P** – obat … yang didaftarkan PT X. Badan POM menyetujuinya …": the product the sentence before opens on
        # "(Vaksin dengue) P dikembangkan …", past a dateline's place
        first = next((m for m in ctx.views[v.index - 1].mentions if m.type != "Location"), None)
        products = [first.ent] if first is not None and first.type == "Product" and first.start <= 60 else []
    if not products and PRODUCT_ANAPHOR.search(v.masked[:start]):
        products = implied_products(ctx, v, start)
        ana = PRODUCT_ANAPHOR.search(v.masked)
        if ana is not None and len(products) < (many := how_many(v, ana)):  # "Keempat produk tersebut" after four bullets
            products = _named_back(ctx, v, ana.start(), many) or counted_list(ctx, v, many) or products
    if not products and regs and regs[0].start - end <= 40 and (many := _pronoun_count(v, start)):
        products = _named_before_pronoun(ctx, v, many)  # "Ketiganya sudah mendapat NIE dari BPOM": the three brands just listed
    if len(products) <= 1 and (group := counted_opening(ctx, v, start)):
        products = group  # "Ketiga produk Rimbasehat telah memperoleh NIE": the three listed further up, not the line
    products = [q for p in products if (q := row_brand(v, p) or mixed_into(v, p) or (v.index and mixed_into(ctx.views[v.index - 1], p))
                                         or p) and not described_substance(v, q)]  # ("Obat itu …" after "P, kombinasi A dan B")
    products = list({id(p): p for p in products}.values())  # (both substances of one combination give its brand)
    granters = [r.ent for r in regs] or [implied]
    if granted is not None:  # "Sertifikat NIE itu diserahkan oleh Deputi … BPOM": the unit hands over what BPOM granted
        granters = [granted if _UNIT.match(g.name) else g for g in granters]
    national = national_regulator(ctx) if any(_OFFICE.match(r.name) for r in granters) else None
    for r in granters:
        for p in products:
            ctx.emit("APPROVED", r, p, v, 0.75 if r is granters[0] else 0.7)
            if national is not None and _OFFICE.match(r.name):
                ctx.emit("APPROVED", national, p, v, 0.7)  # a marketing authorisation a BPOM office hands over is BPOM's
    counted = COUNTED.search(v.masked, end, min(len(v.masked), end + 80)) or _COUNTED_BEFORE.search(v.masked[max(0, start - 140) : start]) \
        or _COUNTED_AFTER.match(v.masked, end)
    return granters[0] if not products and counted else None


# "Glarvita, insulin glargine pertama …", "**Respivan** (sirup kombinasi ambroksol–guaifenesin)": a lower-case substance
# that only describes a brand, after its comma or inside its brackets, holds no permit of its own
_IN_GLOSS = re.compile(r"\([^()]{0,60}$")
_APPOSED_KIND = re.compile(r"^\s*,\s*(?:[a-z][\w-]*\s+){0,2}$")


def described_substance(v: View, p: Entity) -> bool:
    at = [m for m in v.mentions if m.ent is p]
    return bool(at) and p.name[:1].islower() and all(
        _IN_GLOSS.search(v.masked[max(0, m.start - 60) : m.start])
        or ((prev := v.prev_mention(m)) is not None and prev.type == "Product" and prev.ent is not p
            and _APPOSED_KIND.match(v.masked[prev.end : m.start])) for m in at)


# "tiga produknya memperoleh persetujuan …", "launched three new products following marketing authorisation …:",
# "Tiga produk pertama yang diproduksi di Cikande sudah mengantongi NIE dari BPOM:"
_COUNTED_BEFORE = re.compile(r"\b(?:dua|tiga|empat|lima|enam|two|three|four|five|six)\s+(?:[a-z][\w-]*\s+){0,2}?"
                             r"(?:obat|produk|vaksin|drugs?|products?|vaccines?|medicines?)(?:nya)?\b"
                             # past a relative clause that names a place or a plant: "yang diproduksi di Cikande sudah …"
                             r"(?:[^\u2588.;]{0,50}|(?:\s+[a-z][\w-]*){0,2}?\s+(?:yang|which|that|made|produced|manufactured|developed)\s[^.;:]{0,90})$",
                             re.I)
_COUNTED_AFTER = re.compile(r"\s+(?:(?:untuk|bagi|for)\s+)?(?:dua|tiga|empat|lima|enam|two|three|four|five|six)\s+(?:[a-z][\w-]*\s+){0,2}?"
                            r"(?:obat|produk|vaksin|drugs?|products?|vaccines?|medicines?)\b", re.I)  # "menyetujui dua vaksin …"
