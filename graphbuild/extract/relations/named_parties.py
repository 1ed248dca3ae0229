"""SIGNED and PARTNERS_WITH read from an agreement named after its two parties: "the Cahaya Derma–Al Noor Supply
Agreement", "MoU Nusamedika–Kessler", "Perjanjian Lisensi Garuda-Hanul".

Why: a deal named for its sides is often told with no signing verb ("Under the A–B Supply Agreement, the Company will
…"), yet its name says who made it. Each side must be the start of a name (or a short name) of an organisation of the
text, and the two must differ; a country pair ("Indonesia–Jerman") or a side that matches no organisation is left out.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context
from graphbuild.types import Entity

_DASH = re.compile(r"\s*[\u2013\u2014]\s*|(?<=\w)-(?=[A-Z])|\s+-\s+")
# the deal words a name opens or closes with, around its parties
_HEAD = re.compile(r"^(?:(?:nota\s+kesepahaman|mou|memorandum\s+of\s+understanding|perjanjian|kesepakatan|kontrak|pks)"
                   r"(?:\s+(?:kerja\s*sama|lisensi|distribusi|pasokan|jual\s+beli))?)\s+", re.I)
_TAIL = re.compile(r"\s+(?:(?:exclusive|strategic|joint|supply|distribution|licen[cs]e|licensing|technology|transfer|"
                   r"co-?marketing|marketing|development|research|collaboration|cooperation|partnership|manufacturing|and|&|"
                   r"venture|framework|master|services?|commerciali[sz]ation)\s+)*(?:agreement|contract|mou|memorandum|deal)$", re.I)


def find(ctx: Context) -> None:
    deals = [e for e in ctx.entities if e.type == "Agreement"]
    if not deals:
        return
    orgs = [e for e in ctx.entities if e.type == "Organization"]
    for ag in deals:
        sides = _sides(ag.name)
        if sides is None:
            continue
        a, b = (_org_for(orgs, s) for s in sides)
        if a is None or b is None or a is b:
            continue
        view = next((v for v in ctx.busy if any(m.ent is ag for m in v.mentions)), None)
        if view is None:
            continue
        if not ctx.has("SIGNED", a, ag):
            ctx.emit("SIGNED", a, ag, view, 0.65)
        if not ctx.has("SIGNED", b, ag):
            ctx.emit("SIGNED", b, ag, view, 0.65)
        if not ctx.has("PARTNERS_WITH", a, b) and not ctx.has("PARTNERS_WITH", b, a):
            ctx.emit("PARTNERS_WITH", a, b, view, 0.6)


def _sides(name: str) -> tuple[str, str] | None:
    """The two names a deal's name joins with a dash, less its deal words; None when it joins no two."""
    core = _TAIL.sub("", _HEAD.sub("", name.strip()))
    parts = _DASH.split(core)
    if len(parts) != 2 or not all(p.strip() for p in parts):
        return None
    left, right = parts[0].strip(), parts[1].strip()
    if len(left.split()) > 4 or len(right.split()) > 4:
        return None
    return left, right


_LEGAL = frozenset({"pt", "tbk", "persero", "co", "ltd", "inc", "corp", "llc", "gmbh", "ag", "pte", "plc", "sa", "as"})


def _key(s: str) -> str:
    """Case-blind words of a name, less punctuation and legal forms ("PT A Tbk" and "A" compare)."""
    return " ".join(w for w in re.sub(r"[^\w\s]", " ", s.casefold()).split() if w not in _LEGAL)


def _org_for(orgs: list[Entity], side: str) -> Entity | None:
    """The one organisation named ``side`` or whose name (or short name) starts with it, word by word."""
    key = _key(side)
    if len(key) < 3:
        return None
    got = []
    for e in orgs:
        names = [_key(n) for n in (e.name, *e.aliases)]
        if any(n == key or n.startswith(key + " ") for n in names):
            got.append(e)
    return got[0] if len(got) == 1 else None
