"""What a product was found to contain is no product of its own to sanction.

"BPOM mencabut izin edar dua sirup yang mengandung cemaran etilen glikol (EG) dan dietilen glikol", "krim X
menunjukkan kandungan merkuri. BPOM membatalkan notifikasi produk tersebut": the substances are Product mentions
(the gold sets mark them optional), so the revocation rules, which take products after their cue or by reference,
would revoke them. Split out of :mod:`.revocations` to keep it short.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.types import Entity

# "mengandung cemaran etilen glikol (EG) dan dietilen glikol", "kandungan merkuri", "contaminated with X"
_CONTAMINANT = re.compile(r"\b(?:mengandung|berisi|kandungan|cemaran|tercemar|containing|contains|contaminated\s+with|"
                          # "Tensivar, kombinasi amlodipin dan valsartan yang dikembangkan perseroan": what a brand combines
                          r"(?:(?:fixed[- ]dose\s+)?combination|kombinasi(?:\s+(?:dosis\s+)?tetap)?|campuran|paduan|perpaduan)(?:\s+(?:of|dari|antara))?|"
                          r"(?:tests?|testing|analysis|analyses)\s+(?:also\s+)?(?:found|detected|revealed)(?:\s+traces\s+of)?)"  # "tests found mercury"
                          r"(?:\s+(?:cemaran|bahan(?:\s+kimia)?|zat))?\s+$", re.I)
watch(_CONTAMINANT)
_AND_GLOSSED = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*(?:,|dan|serta|and|or|atau)\s*$")


# "Kami menemukan merkuri pada dua produk …", "sildenafil dalam jamu tersebut": a substance found in products
_FOUND_IN = re.compile(r"\s+(?:pada|dalam|di\s+dalam)\s+(?:[a-z]+\s+){0,2}?(?:produk|sampel|sediaan|kosmetik|jamu|krim)\b")


def named_as_contents(v: View, m: M, reach: int = 40) -> bool:
    """Whether ``m`` follows a word saying what something contains ("mengandung", "kandungan", "cemaran"), or is a
    lower-case substance told to be in products ("merkuri pada dua produk")."""
    return bool(_CONTAMINANT.search(v.masked, max(0, m.start - reach), m.start)) or (
        m.text[:1].islower() and _FOUND_IN.match(v.masked, m.end) is not None)


def not_contents(v: View, near: list[M]) -> list[M]:
    """``near`` less the substances named as a product's contents, and those coordinated with them."""
    out: list[M] = []
    prev_dropped: M | None = None
    for m in near:
        if m.type == "Product" and (named_as_contents(v, m) or (
                prev_dropped is not None and _AND_GLOSSED.fullmatch(v.masked[prev_dropped.end : m.start]))):
            prev_dropped = m
            continue
        out.append(m)
    return out


def without_contents(ctx: Context, got: list[Entity]) -> list[Entity]:
    """``got`` less the products the document names only as what something contains."""
    if not any(e.type == "Product" for e in got):
        return got
    contained: set[str] = set()
    for w in ctx.views:
        if w.may(_CONTAMINANT):
            products = [m for m in w.mentions if m.type == "Product"]
            kept = {id(m) for m in not_contents(w, products)}
            contained |= {m.ent.id for m in products if id(m) not in kept}
    return [e for e in got if e.id not in contained]


# "Hipertal, kombinasi amlodipin dan valsartan yang dikembangkan X", "Batukin (campuran ambroksol dan guaifenesin)": a
# combination in an apposition or a bracket describes the name before it, recognised as a product or not
_APPOSED_MIX = re.compile(r"[,(]\s*(?:(?:an?|the|sebuah|obat|tablet|sirup|kapsul)\s+)?(?:(?:fixed[- ]dose\s+)?combination|"
                          r"kombinasi(?:\s+(?:dosis\s+)?tetap)?|campuran|paduan|perpaduan)(?:\s+(?:of|dari|antara))?\s+$", re.I)


def apposed_mix(v: View, p: M) -> bool:
    """Whether ``p`` is one of the substances an apposed combination lists ("P, kombinasi A dan B")."""
    if not p.text[:1].islower() or not v.may(_CONTAMINANT):
        return False
    products = [m for m in v.mentions if m.type == "Product" and m.start <= p.start]
    kept = {id(m) for m in not_contents(v, products)}
    head: M | None = None  # the first substance of the chain the cue starts
    prev: M | None = None
    for m in products:
        if id(m) in kept:
            head = prev = None
            continue
        if head is None or prev is None or not _AND_GLOSSED.fullmatch(v.masked[prev.end : m.start]):
            head = m
        prev = m
        if m is p:
            return _APPOSED_MIX.search(v.masked, max(0, head.start - 60), head.start) is not None
    return False


_MIX_CUE = re.compile(r"[,(]\s*(?:(?:an?|the|sebuah|obat|tablet|sirup|kapsul)\s+)?(?:(?:fixed[- ]dose\s+)?combination|"
                      r"kombinasi|campuran|paduan|perpaduan)\b", re.I)


def mixed_into(v: View, p: Entity) -> Entity | None:
    """The brand whose apposed combination names substance ``p`` ("Rosuvel, kombinasi rosuvastatin dan ezetimib yang
    disetujui MFDS": Rosuvel), else None."""
    for m in v.mentions:
        if m.ent is p and apposed_mix(v, m):
            lo = max(0, m.start - 120)
            cue = next(reversed([c for c in _MIX_CUE.finditer(v.masked, lo, m.start)]), None)  # the nearest, before the chain's head
            brand = next(iter(v.before(cue.start(), ("Product",))), None) if cue else None
            if brand is not None and brand.text[:1].isupper() and not v.masked[brand.end : cue.start()].strip(" *"):
                return brand.ent
    return None
