"""APPROVED: "BPOM menerbitkan izin edar P", "P telah mendapat persetujuan dari MFDS", "approved by the FDA in 2023
and by the EMA in 2024"; and what says no permit (yet): "menolak permohonan izin edar", "wajib memenuhi standar".

Split from ``regulatory`` (certificates) to keep each module short; the words that mark a plan or a duty are shared.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View
from graphbuild.extract.relations.granters import certifier as _certifier
from graphbuild.extract.relations.granters import granted_before as _granted_before
from graphbuild.extract.relations.granters import usable as _usable
from graphbuild.extract.relations.referents import PRODUCT_ANAPHOR
from graphbuild.extract.relations.registration import COUNTED, implied_products, tail
from graphbuild.extract.relations.registration import is_regulator as _is_regulator
from graphbuild.types import Entity

# "… and by the EMA": a second regulator coordinated with the first
_AND_BY = re.compile(r"^[^\u2588;]{0,40}?\b(?:dan|serta|and|as\s+well\s+as)\s+(?:(?:oleh|by|dari|from)\s+)?(?:the\s+)?$",
                     re.I)
_CALLED = re.compile(r"\s+(?:[\w-]+\s+){0,3}(?:bernama|named|called|diberi\s+nama(?:\s+(?:kerja|dagang))?)\s+", re.I)
_ALSO_GOT = re.compile(r"\b(?:dan|serta)\s+(?:(?:telah|sudah|juga)\s+)*(?:mendapat(?:kan)?|memperoleh|mengantongi|menerima)\s+"
                       r"(?:[\w-]+\s+){0,3}\(?$", re.I)


# "menolak permohonan izin edar", "menargetkan izin edar terbit", "belum mendapat persetujuan": no approval yet
NOT_YET = re.compile(
    r"\b(?:belum|tidak|bukan|menolak|ditolak|penolakan|menargetkan|ditargetkan|menunggu|mengajukan|pengajuan|"
    r"seandainya|andaikan|andai|if|"
    r"permohonan|memohon|jika|apabila|bila|kalau|akan|rejected|refused|denied|not|awaiting|seeking|seeks?|"
    r"applied|application|submitted|will|expects?|expected|anticipates?|hopes?|berharap|diharapkan)"
    r"\s+(?:[\w\u2588-]+\s+){0,3}$",  # names are masked: "expects BPOM approval"
    re.I,
)




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
_BPOM = "Badan Pengawas Obat dan Makanan"
# a participle set off by commas right after the product: "P (substance), approved by …"
_APPOSED = re.compile(r"\)?\s*,\s*(?:(?:which|that)\s+(?:was|has\s+been)\s+|yang\s+(?:telah\s+|sudah\s+)?)?(?:first\s+)?", re.I)


def _listed_before(v: View, last: M) -> list[M]:
    """``last`` and the products listed before it ("apixaban dan rivaroxaban", "A, B (b) dan C"), nearest first."""
    items = [last]
    while (p := v.prev_mention(items[-1])) is not None and p.type == "Product" \
            and cues.LIST_SEP.match(v.gap((p.gloss or p).end, items[-1].start)):
        items.append(p)
    return items


def _closed_list(v: View, last: M) -> list[M]:
    """``last`` and the products listed before it, when a "dan"/"and" joins it to them ("A, B dan C")."""
    items = _listed_before(v, last)
    if len(items) > 1 and not _AND.search(v.gap((items[1].gloss or items[1]).end, last.start)):
        return [last]  # "Epovita, Filgrana, approved by …": a comma alone is no list's end
    return items


def approved(ctx: Context, v: View, start: int, end: int) -> Entity | None:
    """Emits the approvals the cue states; returns the regulator when the products are only counted."""
    if NOT_YET.search(v.masked[max(0, start - 50) : start]) or _asked(v.masked):
        return None
    reg = _certifier(v, start, end) or _granted_before(ctx, v, start, end)
    if reg is None or reg.ent.category == "company":
        return None  # "developed in-house by X and already approved in 30 countries": a maker approves nothing
    regs = [reg]
    while (nxt := v.next_mention(regs[-1])) is not None and nxt.type == "Organization" and _usable(v, nxt) \
            and _is_regulator(nxt.ent) and _AND_BY.match(v.masked[tail(regs[-1]) : nxt.start]):
        regs.append(nxt)  # "approved by the FDA in 2023 and by the EMA in 2024"
    after = [m for m in v.after(end, ("Product",)) if m.start - end <= 60]
    chain = v.chain(after[0], ("Product",)) if after else []
    while chain and (nxt := v.next_mention(chain[-1])) is not None and nxt.type == "Product" \
            and _KIND_SEP.fullmatch(v.gap(chain[-1].end, nxt.start)):
        chain.append(nxt)  # "produk Teh Kelor Flobamora dan kapsul Kelorina": the list's last item has its kind word
    products = [m.ent for m in chain]
    named = v.next_mention(chain[-1]) if chain else None
    if named is not None and named.type == "Product" and _CALLED.fullmatch(v.masked[chain[-1].end : named.start]):
        products.append(named.ent)  # "untuk produk terapi sel CAR-T anti-CD19 bernama Selvora-19"
    near = [m for m in v.before(start, ("Product",)) if start - m.end <= 60][:1]
    if near and _RELATIVE.search(v.masked[near[0].end : start]):
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
    if not products and PRODUCT_ANAPHOR.search(v.masked[:start]):
        products = implied_products(ctx, v, start)
    national = next((e for e in ctx.entities if e.name == _BPOM), None) if any(_OFFICE.match(r.ent.name) for r in regs) else None
    for r in regs:
        for p in products:
            ctx.emit("APPROVED", r.ent, p, v, 0.75 if r is reg else 0.7)
            if national is not None and _OFFICE.match(r.ent.name):
                ctx.emit("APPROVED", national, p, v, 0.7)  # a marketing authorisation a BPOM office hands over is BPOM's
    return reg.ent if not products and COUNTED.search(v.masked, end, min(len(v.masked), end + 80)) else None
