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
                          r"(?:(?:fixed[- ]dose\s+)?combination|kombinasi(?:\s+tetap)?|campuran|paduan|perpaduan)(?:\s+(?:of|dari|antara))?|"
                          r"(?:tests?|testing|analysis|analyses)\s+(?:also\s+)?(?:found|detected|revealed)(?:\s+traces\s+of)?)"  # "tests found mercury"
                          r"(?:\s+(?:cemaran|bahan(?:\s+kimia)?|zat))?\s+$", re.I)
watch(_CONTAMINANT)
_AND_GLOSSED = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*(?:,|dan|serta|and|or|atau)\s*$")


def named_as_contents(v: View, m: M, reach: int = 40) -> bool:
    """Whether ``m`` follows a word saying what something contains ("mengandung", "kandungan", "cemaran")."""
    return bool(_CONTAMINANT.search(v.masked, max(0, m.start - reach), m.start))


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
