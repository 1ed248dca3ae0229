"""CERTIFIED for the company an executive speaks for: "Fasilitas produksi kami … sudah tersertifikasi CPOB dari BPOM".

Why: an officer quoted on the company's plant says "kami" / "our" / "we", and the speech tag that
names them ("…," ujar Gunawan / "…," kata Direktur PT A) often closes the quote one to three
sentences later. The sentence names no holder, so the certificate rules find none; the speaker's
company (:func:`ours.we_firm` on the tagged sentence) holds it. The certifier must be named in the
sentence ("dari BPOM", "by BPJPH"); a regulator's own "kami" is never a company's (``we_firm``).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.approvals import MUST, NOT_YET
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.discourse import regulator_like
from graphbuild.extract.relations.granters import certifier
from graphbuild.extract.relations.ours import we_firm
from graphbuild.extract.relations.speech import SAY, SAY_EN

# the first person before the certificate: "pabrik kami", "gudang beku kami di X", "Kami juga sudah mengantongi",
# "our plant", "we have obtained" (at most ~70 characters before the cue, in the same clause)
_WE = re.compile(r"\b(?:kami|our|we)\b", re.I)
watch(_WE)
_WE_BEFORE = re.compile(r"\b(?:kami|our|we)\b[^.;:]{0,70}$", re.I)
# a speech tag closing the quote: "…," ujar Gunawan / "…," katanya / "…," he said / "…," said X
_CLOSES = re.compile(rf"[,.!?]\s*[\"\u201d]\s*(?:(?:{SAY})(?:nya)?"
                     rf"|{SAY_EN}|(?:he|she)\s+(?:{SAY_EN}))\b", re.I)
# another party between "kami" and the cue: "Kami mencari mitra maklon yang sudah tersertifikasi CPOB": the partner's
_OTHERS = re.compile(r"\b(?:mencari|memilih|menggandeng|menggaet|bermitra|mitra|pemasok|penyedia|vendor|suppliers?|partners?|"
                     r"looking\s+for|seek(?:s|ing)?|cho(?:o)?se|select(?:s|ed|ing)?)\b", re.I)
_OPENS = re.compile(r"^\s*[\"\u201c]")
_HOLDERS = frozenset({"Organization", "Facility"})


def find(ctx: Context) -> None:
    for v in ctx.where(cues.CERTIFY, every=True):
        if _WE not in v._no and (c := cues.CERTIFY.search(v.masked)) is not None:
            _ours(ctx, v, c.start(), c.end())


def _ours(ctx: Context, v: View, start: int, end: int) -> None:
    if (we := _WE_BEFORE.search(v.masked[max(0, start - 80) : start])) is None or _OTHERS.search(we.group()):
        return
    before = v.masked[max(0, start - 50) : start]
    if NOT_YET.search(before) or MUST.search(before) or cues.negated(v.masked, start):
        return  # "kami belum memperoleh sertifikat", "kami akan mengajukan sertifikasi", "pabrik kami wajib …"
    if any(m.type in _HOLDERS and not regulator_like(m.ent) and m.start < start for m in v.mentions):
        return  # a holder named in the sentence: the certificate rules read it
    who = certifier(v, start, end)
    if who is None or not regulator_like(who.ent):
        return
    tag = _tag_view(ctx, v)
    if tag is None or (firm := we_firm(ctx, tag, 0)) is None or firm is who.ent:
        return
    std = next((m.ent.name for m in v.after(end, ("Regulation",)) if m.start - end < 40), None)
    ctx.emit("CERTIFIED", who.ent, firm, v, 0.65, standard=std)


def _tag_view(ctx: Context, v: View) -> View | None:
    """The sentence whose speech tag closes the quote ``v`` stands in: itself or one of the next three."""
    for j in range(v.index, min(len(ctx.views), v.index + 4)):
        w = ctx.views[j]
        if j > v.index and _OPENS.match(w.text):
            return None  # a new quote opens: the tag is someone else's
        if _CLOSES.search(w.masked):
            return w
    return None
