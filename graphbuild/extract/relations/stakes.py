"""SUBSIDIARY_OF told by a majority stake in the passive: "B is 99.9% owned by A", "B, 65% owned by A",
"Perusahaan patungan bernama B itu 51% sahamnya dimiliki A"; and in the active ("A menguasai 51 persen saham B",
"Perseroan memiliki 99,9 persen saham B, …, serta 75 persen saham C", "A mengakuisisi B dan kini memegang 90 persen sahamnya").

Why: releases state the structure from the subsidiary's side, with the share before the owner; the
active stake rule in ``corporate`` ("A menguasai 51 persen saham B") reads the other order. Only a
stake above half makes a subsidiary. ``corporate`` calls :func:`find` from its ownership pass.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.discourse import defined_firm, regulator_like, topic
from graphbuild.extract.relations.subsidiary_refs import release_firm
from graphbuild.types import Entity

ORG = ("Organization",)
# the share, then the passive verb and the owner right after it
_OWNED_BY = re.compile(
    r"(?:%|\bpersen\b|\bpercent\b)\s+(?:(?:saham(?:nya)?|of\s+(?:its\s+)?shares)\s+)?"
    r"(?:(?:is|are|was|akan|telah|sudah|kini)\s+)*(?:dimiliki|dikuasai|dipegang|owned|held|controlled)\s+(?:oleh\s+|by\s+)?(?:PT\.?\s+)?",
    re.I,
)
_PCT = re.compile(r"(\d{1,3}(?:[.,]\d+)?)\s*$")  # the share before the percent sign or word
watch(_OWNED_BY)
OWNED_BY = _OWNED_BY  # ``corporate`` reads it with its ownership cues
# between the owned company and the share: "is", ",", "itu", "yang", "(SSF)"
_OWNED_GAP = re.compile(r"(?:\s*\([^()]*\))?\s*,?\s*(?:(?:itu|tersebut|yang|which\s+is|is|was|kini|now|sebanyak)\s+)*", re.I)


def find(ctx: Context, v: View) -> None:
    if not v.may(_OWNED_BY):
        return
    for c in v.cues(_OWNED_BY):
        pct = _PCT.search(v.masked, max(0, c.start() - 12), c.start())
        if pct is None or float(pct.group(1).replace(",", ".")) <= 50:
            continue
        owner = next(iter(v.after(c.end())), None)
        owned = next(iter(v.before(c.start())), None)
        if _BY_US.match(v.masked, c.end()) and (owner is None or owner.start != c.end()):
            _ours(ctx, v, owned, pct.start())
            continue
        if owner is None or owned is None or owner.start != c.end() or owner.type != "Organization" \
                or owned.type != "Organization" or owned.ent is owner.ent or regulator_like(owner.ent) \
                or not _OWNED_GAP.fullmatch(v.masked[owned.end : pct.start()]):
            continue
        ctx.emit("SUBSIDIARY_OF", owned.ent, owner.ent, v, 0.7)


# "… 99,9% dimiliki perseroan": held by the release's own company
_BY_US = re.compile(r"(?:perseroan|the\s+company|induk\s+usaha(?:nya)?)\b", re.I)
# a list item led by the company it describes: "- **PT B** — manufaktur obat; 99,9% dimiliki perseroan."
_ITEM_GAP = re.compile(r"[*_]*\s*(?:\([^()]*\)\s*)?[\u2013\u2014:,-]\s*[^.\u2588]{0,120}?[;,]\s*(?:sebanyak\s+)?", re.I)


def _ours(ctx: Context, v: View, owned: M | None, pos: int) -> None:
    """SUBSIDIARY_OF from the company before a majority "dimiliki perseroan" to the company the release is about."""
    if owned is None or owned.type != "Organization" or owned.role is not None or regulator_like(owned.ent):
        return
    if not _OWNED_GAP.fullmatch(v.masked[owned.end : pos]) and not (
            owned is v.mentions[0] and re.fullmatch(r"[\W_]*", v.masked[: owned.start]) and _ITEM_GAP.fullmatch(v.masked[owned.end : pos])):
        return
    parent = release_firm(ctx, owned.ent)
    if parent is not None and parent.category == "company" and not regulator_like(parent):
        ctx.emit("SUBSIDIARY_OF", owned.ent, parent, v, 0.65)


# "A menguasai 51 persen saham B", "mengambil alih 70% saham B", "acquired a 60% stake in B": a majority owner
STAKE = re.compile(
    r"\b(?:menguasai|memegang|memiliki|mengambil\s+alih|mengakuisisi|membeli|acquired|acquires|holds|owns|bought"
    r"|(?:menuntaskan|merampungkan|menyelesaikan|completed|completes|closed|finalised|finalized)\s+(?:the\s+)?"
    r"(?:akuisisi|pengambilalihan|pembelian|acquisition\s+of))\s+"
    r"(?:(?:a|an|sebanyak|sebesar)\s+)?(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*(?:%|persen|percent)\s+"
    r"(?:(?P<its>sahamnya|its\s+shares)\b|(?:(?:saham|stake|of\s+the\s+shares|kepemilikan)\s+)?(?:(?:in|of|di)\s+)?(?:PT\.?\s+)?)",
    re.I,
)
watch(STAKE)
# "Saat ini Perseroan memiliki …", "…, dan perusahaan tersebut kini memegang …": the holder by reference
_FIRM_SUBJECT = re.compile(r"(?:^|[,;]\s*|\b(?:kini|saat\s+ini|sebelumnya|currently)\s+)[\"\u201c]?(?P<firm>perseroan|perusahaan(?:\s+(?:ini|tersebut|itu))?"
                           r"|the\s+company)\s+(?:(?:juga|kini|saat\s+ini|telah|sudah|pun|masih|also|now|still)\s+)*$", re.I)
# "Sebelumnya, perusahaan tersebut juga mengakuisisi …": a sentence opening with the holder by reference
_OPENS_WITH = re.compile(r"[\s\"\u201c]*(?:[A-Z][a-z]+(?:\s+[a-z]+)?\s*,\s*)?(?P<firm>[Pp]erseroan|[Pp]erusahaan(?:\s+(?:ini|tersebut|itu))?"
                         r"|[Tt]he\s+[Cc]ompany)\b")
# "…, serta 75 persen saham C", "and a 60% stake in C": the same holder's next stake
_NEXT_STAKE = re.compile(r",?\s+(?:serta|dan|and|as\s+well\s+as)\s+(?:(?:a|an|sebesar)\s+)?(?P<pct>\d{1,3}(?:[.,]\d+)?)\s*(?:%|persen|percent)\s+"
                         r"(?:saham|stake|kepemilikan)\s+(?:(?:in|of|di)\s+)?(?:PT\.?\s+)?", re.I)
watch(_NEXT_STAKE)


def majority(ctx: Context, v: View, c: re.Match[str]) -> None:
    big = float(c.group("pct").replace(",", ".")) > 50
    if not big and not v.may(_NEXT_STAKE):
        return
    owner_m = next((m for m in v.before(c.start(), ORG) if m.role is None and m.start not in v.role_orgs), None)
    if c.group("its"):  # "A mengakuisisi B pada 2021 dan kini memegang 90 persen sahamnya": B, held by the subject A
        owned = owner_m
        if owned is None or c.start() - owned.end > 60 or not re.search(r"\b(?:dan|and)\b", v.masked[owned.end : c.start()]):
            return
        first = v.mentions[0] if v.mentions else None
        owner = first.ent if first is not None and first is not owned and first.type == "Organization" and first.role is None \
            and v.masked[: first.start].strip(" \"\u201c,") == "" else _by_reference(ctx, v, 0, owned.ent)
        if big and owner is not None and owner is not owned.ent and not regulator_like(owner):
            ctx.emit("SUBSIDIARY_OF", owned.ent, owner, v, 0.65)
        return
    owned = next(iter(v.after(c.end())), None)
    if owned is None or owned.type != "Organization" or owned.start != c.end():
        return
    if owner_m is not None and c.start() - owner_m.end <= 60:
        owner = owner_m.ent
    elif owner_m is None:  # "Saat ini Perseroan memiliki 99,9 persen saham B"
        owner = _by_reference(ctx, v, c.start(), owned.ent)
    else:
        return
    if owner is None or owner.id == owned.ent.id or regulator_like(owner):
        return
    if big:
        ctx.emit("SUBSIDIARY_OF", owned.ent, owner, v, 0.7)
    while v.may(_NEXT_STAKE):  # "…, perusahaan distribusi farmasi …, serta 75 persen saham C"
        n = _NEXT_STAKE.search(v.masked, owned.end, owned.end + 160)
        nxt = next(iter(v.after(n.end())), None) if n is not None else None
        if n is None or nxt is None or nxt.start != n.end() or nxt.type != "Organization" \
                or re.search(r"[.;]", v.masked[owned.end : n.start()]) \
                or any(m.type == "Organization" for m in v.mentions if owned.end <= m.start < n.start()):
            return
        if float(n.group("pct").replace(",", ".")) > 50 and nxt.ent is not owner:
            ctx.emit("SUBSIDIARY_OF", nxt.ent, owner, v, 0.65)
        owned = nxt


def _by_reference(ctx: Context, v: View, pos: int, exclude: Entity | None = None) -> Entity | None:
    """The holder a bare "Perseroan" / "perusahaan tersebut" before ``pos`` stands for."""
    m = _FIRM_SUBJECT.search(v.masked, max(0, pos - 60), pos) if pos > 0 else _OPENS_WITH.match(v.masked)
    if m is None:
        return None
    if m.group("firm").lower() in ("perseroan", "the company") and (d := defined_firm(ctx)) is not None:
        return d
    firms = [e for e in ctx.recent(v.index, ORG, back=8, limit=6) if e.category == "company" and e is not exclude]
    most = max(firms, key=lambda e: len(e.mentions), default=None)  # as ``main_firm``, less the company held
    subject = topic(ctx, v.index, back=2)  # "PT A membuka gudang baru. Sebelumnya, perusahaan tersebut …": A
    return subject if subject is not None and (most is None or len(subject.mentions) >= len(most.mentions)) else most
