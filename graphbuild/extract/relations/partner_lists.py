"""PARTNERS_WITH read from a list under its lead-in, and from the joint doers of a raid told in the passive.

1. A lead-in whose subject works with the bodies listed under it: "BPOM menyatakan telah bekerja sama dengan
   sejumlah pihak:" over "- A", "- B" (also "menggandeng", "melibatkan", "berkoordinasi dengan", "worked with the
   following agencies:"): the subject partners each listed body. A heading naming the bodies that take part
   ("Instansi yang terlibat", "Mitra pelaksana", "Agencies involved") over such a list: the body the story opens
   with, when it is listed, partners each other one (the listed bodies' own pairs are not told).
2. Pair items under a deal lead-in: "Nota kesepahaman yang ditandatangani" over "- A dengan B — pasokan …",
   "Agreements signed:" over "- A and B: …": A partners B. A lead-in that plans or denies the deals is left out.
3. "Gudang itu digerebek oleh petugas A dan B", "The plant was raided by officers of A and B": the two to four
   joint doers of a raid, seizure or inspection partner each other.

Called by :mod:`.partnerships`; each part is tried only where its cue words stand.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.partner_pairs import emit as _emit
from graphbuild.extract.relations.partner_sides import parent_of_unit, usable
from graphbuild.extract.relations.registration import bullets
from graphbuild.extract.relations.together import one_body

ORG = ("Organization",)

# the subject works with the bodies listed below: "bekerja sama dengan (sejumlah pihak …):"
_WORKS_WITH = re.compile(r"\b(?:bekerja\s*sama|berkolaborasi|bersinergi|berkoordinasi|bermitra|menggandeng|melibatkan|"
                         r"menjalin\s+(?:kerja\s*sama|kemitraan|kolaborasi|sinergi)|worked|works|working|partnered|"
                         r"collaborat(?:ed|es|ing)|teamed\s+up|coordinated|coordinates|involved|involves|involving|"
                         r"joined\s+forces)\b", re.I)
# a heading naming those taking part: "Instansi yang terlibat", "Mitra pelaksana", "Agencies involved"
_TAKING_PART = re.compile(r"\W*(?:(?:daftar|para|seluruh)\s+)?(?:instansi|lembaga|pihak|mitra|unsur|institusi|pemangku\s+"
                          r"kepentingan|agencies|institutions|parties|partners|organi[sz]ations|bodies|stakeholders)\b"
                          r"(?:\s+[\w-]+){0,3}?\s+(?:yang\s+)?(?:terlibat|pelaksana|bekerja\s*sama|berkolaborasi|gabungan|"
                          r"kerja\s*sama|kolaborasi|involved|taking\s+part|participating)(?:\s+[\w-]+){0,3}\s*:?\s*", re.I)
_DEAL = re.compile(r"\b(?:nota\s+kesepahaman|mou|memorandum|perjanjian|pks|kesepakatan|kerja\s*sama|kemitraan|"
                   r"agreements?|partnerships?|deals?)\b", re.I)
# the lead-in plans, denies or calls the deals off
_NOT_MADE = re.compile(r"\b(?:belum|tidak|tak|batal|dibatalkan|gagal|direncanakan|rencana|berencana|akan|dijajaki|"
                       r"penjajakan|diharapkan|calon|not|no|planned|plans?|will|cancel+ed|expected|proposed|potential|"
                       r"prospective)\b", re.I)
_ITEM = re.compile(r"\s*(?:[-*\u2022]|\d{1,2}[.)])\s")
_NUMBER = re.compile(r"\s*\d{1,2}[.)]\s*")
# between the two sides of a pair item: "A dengan **B**", "A – B", "A and B"
_PAIR = re.compile(r"\s*(?:\([^()]*\)\s*)?\**\s*(?:dengan|with|dan|and|&|x|[\u2013\u2014/]|-{1,2})\s*\**\s*(?:the\s+)?(?:PT\.?\s+)?",
                   re.I)
watch(_WORKS_WITH, _TAKING_PART, _DEAL)

# "digerebek oleh (petugas) A dan B", "was raided by officers of A and B": the raid's joint doers
_RAIDED_BY = re.compile(r"\b(?:di(?:gerebek|geledah|razia|sita|amankan|tertibkan|tindak|segel|periksa|inspeksi|sidak|bongkar|"
                        r"ungkap|musnahkan|sisir|datangi|grebek)|(?:was|were|been)\s+(?:raided|seized|searched|inspected|"
                        r"confiscated|busted|sealed|destroyed|uncovered|shut\s+down))\s+(?:oleh|by)\s+"
                        r"(?:(?:petugas|personel|aparat|tim|jajaran|gabungan|terpadu|dari|officers|officials|personnel|teams?|"
                        r"inspectors|a|joint|of|from|the)\s+){0,4}(?:PT\.?\s+)?", re.I)
watch(_RAIDED_BY)


def find(ctx: Context) -> None:
    for v in ctx.where(_WORKS_WITH, _TAKING_PART, _DEAL, every=True):
        if v.masked.rstrip().endswith(":") or not any(m.type == "Organization" for m in v.mentions):
            _lead_in(ctx, v)
    for v in ctx.where(_RAIDED_BY):
        for c in v.cues(_RAIDED_BY):
            _raided(ctx, v, c)


def _items(ctx: Context, v: View) -> list[M]:
    """The bodies opening the bulleted items right after ``v``."""
    return [m for w, m in bullets(ctx, v.index + 1, ORG) if _is_item(ctx, w) and usable(w, m) and not _NOT_MADE.search(w.masked)]


def _is_item(ctx: Context, w: View) -> bool:
    """Whether ``w`` is a bulleted or numbered item (its number may stand alone before it: "1." then the item)."""
    return bool(_ITEM.match(w.text) or (w.index and _NUMBER.fullmatch(ctx.views[w.index - 1].text)))


def _lead_in(ctx: Context, v: View) -> None:
    text = v.masked.rstrip()
    colon = text.endswith(":")
    named = any(m.type == "Organization" for m in v.mentions)
    if not colon and (len(text) > 80 or named):
        return  # a heading names no body and is short
    if _NOT_MADE.search(v.masked) or v.index + 1 >= len(ctx.views):
        return
    items = None
    c = _WORKS_WITH.search(v.masked) if v.may(_WORKS_WITH) else None
    if c is not None and not cues.negated(v.masked, c.start()):
        items = _items(ctx, v)
        hub = _subject(v, c.start()) if colon else None
        if hub is not None and not any(m.type == "Organization" for m in v.after(c.end())):
            for m in items:
                if m.ent is not hub.ent:
                    _emit(ctx, v, hub, m, 0.65)
            return
    if v.may(_TAKING_PART) and not named and _TAKING_PART.fullmatch(v.masked.strip()):
        items = _items(ctx, v) if items is None else items
        lead = _lead(ctx)
        hub = next((m for m in items if m.ent is lead), None)
        for m in items if hub is not None else ():
            if m.ent is not lead:
                _emit(ctx, v, hub, m, 0.6)  # type: ignore[arg-type]
        if hub is not None:
            return
    if v.may(_DEAL) and _DEAL.search(v.text) and not named:
        for w, a in bullets(ctx, v.index + 1, ORG):
            b = _next_outside(w, a)
            if _is_item(ctx, w) and not _NOT_MADE.search(w.masked) and usable(w, a) and b is not None and usable(w, b) and b.ent is not a.ent \
                    and _PAIR.fullmatch(w.masked[a.end : b.start]):
                _emit(ctx, w, a, b, 0.65)


def _subject(v: View, pos: int) -> M | None:
    """The body that opens the lead-in's clause before the cue at ``pos``."""
    subj = next(iter(v.before(pos, ORG)), None)
    if subj is None or not usable(v, subj) or v.clause_end(subj.end) < pos:
        return None
    return subj


def _lead(ctx: Context):  # type: ignore[no-untyped-def]
    """The body the story opens with: the first one named in its first three sentences with a body."""
    for w in ctx.views[:8]:
        m = next((m for m in w.mentions if m.type == "Organization"), None)
        if m is not None:
            return m.ent
    return None


def _next_outside(v: View, m: M) -> M | None:
    """The mention after ``m``, past any named inside the bracket that follows it."""
    nxt = v.next_mention(m)
    while nxt is not None and v.text.count("(", m.end, nxt.start) > v.text.count(")", m.end, nxt.start):
        nxt = v.next_mention(nxt)
    return nxt


def _raided(ctx: Context, v: View, c: re.Match[str]) -> None:
    first = next(iter(v.after(c.end(), ORG)), None)
    if first is None or first.start != c.end() or not usable(v, first) or cues.negated(v.masked, c.start()):
        return
    doers = list({m.ent.id: m for m in v.chain(first, ORG) if usable(v, m)}.values())
    for i, a in enumerate(doers if 2 <= len(doers) <= 4 else ()):
        for b in doers[i + 1 :]:
            if not _one(ctx, v, a, b):
                _emit(ctx, v, a, b, 0.6)


def _one(ctx: Context, v: View, a: M, b: M) -> bool:
    """Whether ``a`` and ``b`` are one body: a unit named with its parent ("Satreskrim Polrestabes X"), or two offices."""
    return any((u := parent_of_unit(v, x)) is not None and u.ent is y.ent for x, y in ((a, b), (b, a))) \
        or one_body(ctx, a.ent, b.ent)
