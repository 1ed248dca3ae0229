"""DEVELOPS from a product apposed to the company's range: "P, salah satu produk andalan perusahaan, …",
"P, produk lain milik PT X", "P, one of the company's flagship products", and from a sentence opening with
"Produk milik PT X ini …" right after a product is named.

Why: news names a brand first and tells whose it is after the comma, by a kind noun with the owner
("salah satu produk andalan perusahaan"), or opens the next sentence with the owned kind noun as a short
reference ("Produk milik PT X ini telah terdaftar …"); the rules that read "produk milik X, yaitu P"
(``firm_refs``) want the owner before the product. A bare "perusahaan" is the company named most lately
(not regulators), "perseroan" / "the company's" the company the release is by (``release_firm``). ``corporate`` runs
:func:`find` only where one of :data:`CUES` may match.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.discourse import main_firm, regulator_like
from graphbuild.extract.relations.product_makers import set_apart_before
from graphbuild.extract.relations.subsidiary_refs import release_firm
from graphbuild.types import Entity

_KIND = (r"(?:produk|obat|merek|merk|vaksin|jamu|suplemen|kosmetik|fitofarmaka|sediaan|products?|brands?|drugs?"
         r"|medicines?|vaccines?)(?:-(?:produk|merek|obat))?")
_TRAIT = (r"(?:(?:andalan|unggulan|utama|lain|lainnya|terbaru|baru|terlaris|populer|herbal|generik|flagship|leading"
          r"|best-selling|key|other|new|latest|main|core|top-selling)\s+)*")
_OF = r"(?:(?:milik|buatan|produksi|keluaran|besutan|racikan|dari|asal|of|from|by)\s+)?"
_REF = r"(?P<ref>perusahaan|perseroan|the\s+company)(?:\s+(?:ini|tersebut|itu))?\b(?!\s+(?:lain|mitra|farmasi|asing|lokal|induk))"
# ", salah satu produk andalan perusahaan", ", one of the company's flagship products", ", produk lain milik PT X"
CUE = re.compile(
    r",\s*(?:(?:salah\s+satu|satu\s+dari|one\s+of)\s+)?(?:(?:the|its)\s+)?"
    rf"(?:{_KIND}\s+{_TRAIT}{_OF}(?:{_REF}|(?P<named>(?:PT\.?\s+|CV\.?\s+|UD\.?\s+)?(?=\u2588)))"
    rf"|(?:the\s+)?(?P<its>company|group)['\u2019]s\s+{_TRAIT}(?:[a-z-]+\s+){{0,2}}?{_KIND}\b)",
    re.I,
)
# "Produk milik PT X ini telah terdaftar …", "Obat buatan perusahaan tersebut …": the owned kind noun opens the sentence
BACKREF = re.compile(
    r"^[\s\"\u201c]*(?:(?:Sementara\s+itu|Adapun|Kini|Saat\s+ini),?\s+)?"
    # "Izin edar produk buatan PT X itu dicabut …": the permit of the owned product opens the sentence
    r"(?:(?:(?:nomor\s+)?izin\s+edar|NIE|notifikasi|peredaran|penarikan)\s+)?(?:produk|obat|vaksin|sirup|krim|jamu|kapsul|tablet"
    # "Produk obat tradisional milik PT X itu …": the kind of product may come between
    r"|suplemen|alat|salep|kosmetik)\s+(?:(?:herbal|baru|tersebut|obat|tradisional|kosmetik|jamu|suplemen|kesehatan|generik|impor"
    r"|terstandar)\s+){0,2}(?:milik|buatan|produksi|besutan|keluaran|racikan)\s+"
    r"(?:(?:PT\.?\s+|CV\.?\s+|UD\.?\s+)?(?P<named>\u2588+)|(?P<ref>perusahaan|perseroan))\s+(?:ini|tersebut|itu)\b",
    re.I,
)
watch(CUE, BACKREF)
CUES = (CUE, BACKREF)
_GLOSS = re.compile(r"(?:\s*\([^()]*\))?\s*")


def find(ctx: Context, v: View) -> None:
    if v.may(CUE):
        _apposed(ctx, v)
    if v.index and v.may(BACKREF):
        _backref(ctx, v)


def _apposed(ctx: Context, v: View) -> None:
    for c in v.cues(CUE):
        p = next(iter(v.before(c.start())), None)
        if p is None or p.type != "Product" or not _GLOSS.fullmatch(v.masked, p.end, c.start()):
            continue
        if (prev := v.prev_mention(p)) is not None and prev.type == "Product" and re.fullmatch(r"\s*\(", v.masked[prev.end : p.start]):
            p = prev  # "Glukoherb (sambiloto), produk …": the brand, not its bracketed substance
        if set_apart_before(v.masked, p.start):
            continue  # "Selain A dan P, produk X yang …": the products set apart open an adverbial, no apposition
        firm = _owner(ctx, v, c)
        org_end = next((m.end for m in v.after(c.start()) if m.ent is firm), c.end())
        if firm is not None and _CLOSES.match(v.masked, org_end if c.group("named") is not None else c.end()):
            ctx.emit("DEVELOPS", firm, p.ent, v, 0.6)


# the apposition closes right after its owner: "P, produk andalan perusahaan, …", not "produk X yang memperoleh …"
_CLOSES = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:[,.;:)\u2013\u2014]|\s-\s|$)")


def _backref(ctx: Context, v: View) -> None:
    c = BACKREF.match(v.masked)
    if c is None or any(m.type == "Product" for m in v.before(c.end())):
        return
    prev = ctx.views[v.index - 1]
    prods = list({id(m.ent): m for m in prev.mentions if m.type == "Product" and m.text[:1].isupper()}.values())
    if len(prods) != 1:
        return  # which of several the short reference means is not told
    firm = _owner(ctx, v, c)
    if firm is not None:
        ctx.emit("DEVELOPS", firm, prods[0].ent, prev, 0.6)


def _owner(ctx: Context, v: View, c: re.Match[str]) -> Entity | None:
    if c.group("named") is not None:
        org = next(iter(v.after(c.start("named"))), None)
        if org is None or org.type != "Organization" or org.start > max(c.end(), c.start("named") + 4) or regulator_like(org.ent):
            return None
        return org.ent
    ref = (c.group("ref") or "").lower()
    if c.groupdict().get("its") or ref.startswith(("perseroan", "the")):
        return release_firm(ctx)  # who the release is by
    return recent_firm(ctx, v, c.start())


def recent_firm(ctx: Context, v: View, pos: int) -> Entity | None:
    """The company named most lately before ``pos`` (this sentence and the six before it), regulators left
    out: who a bare "perusahaan" is; else the one :func:`main_firm` picks."""
    for e in ctx.recent(v.index, ("Organization",), pos=pos, back=6, limit=8):
        if e.category == "company" and not regulator_like(e):
            return e
    return main_firm(ctx, v.index)


__all__ = ["CUES", "M", "find", "recent_firm"]
