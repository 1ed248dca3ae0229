"""REVOKED told in the objective voice of a quote: "Izin edar A dan B telah kami cabut," kata Deputi X BPOM;
"NIE produk tersebut sudah kami bekukan". The object comes first, the speaker's regulator is the agent (the
regulator named in the sentence or lately, else the story's last revoker). Split out of :mod:`.revocations`.
"""

from __future__ import annotations

import re
from collections import Counter

from graphbuild.extract.relations import contents
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.referents import PRODUCT_ANAPHOR, antecedents
from graphbuild.extract.relations.registration import is_regulator
from graphbuild.types import Entity

# "telah kami cabut", "sudah kita bekukan", "kami batalkan": the pronoun before the bare verb
OUR_REVOKE = re.compile(r"\b(?:kami|kita)\s+(?:(?:juga|pun|telah|sudah|langsung)\s+)*(?P<verb>cabut|bekukan|batalkan)\b", re.I)
watch(OUR_REVOKE)  # unwatched, it let every sentence through regulatory's and revocations' cue groups
# the permit that heads the clause: "Izin edar A", "Sertifikat CPOB PT X", "NIE kedua produk"
_PERMIT = re.compile(r"\b(?:izin\s+edar|nomor\s+izin\s+edar|NIE|notifikasi|sertifikat(?:\s+[\w\u2588-]+){0,3}?"
                     # "Sertifikat CPOTB (Cara Pembuatan Obat Tradisional yang Baik) milik CV X": the standard spelt out
                     r"(?:\s*\([^()]{3,90}\)(?:\s+milik)?)?|izin\s+(?:produksi|usaha|PBF))\s+$",
                     re.I)
# "izin edar produk tersebut (telah) kami cabut": the permit of a product told before
_PERMIT_ANAPHOR = re.compile(r"\b(?:izin\s+edar|nomor\s+izin\s+edar|NIE|notifikasi)\s+(?:(?:kedua|ketiga|seluruh)\s+)?"
                             r"(?:produk|obat|jamu|kosmetik|krim|sirup|suplemen)(?:-produk)?\s+(?:tersebut|itu|ini)\s+"
                             r"(?:(?:juga|pun|telah|sudah|langsung)\s+)*$", re.I)
# "Kalau ditemukan, izin edarnya kami cabut": a condition, nothing revoked yet
_IF = re.compile(r"^\W*(?:kalau|jika|apabila|bila|seandainya|andaikan)\b", re.I)
_LISTED = re.compile(r"\s*(?:,|dan|serta|&)\s*")  # between the items of the permit's list
_NOT_DONE = re.compile(r"\b(?:akan|belum|tidak|bisa|dapat|harus|will)\s+(?:\w+\s+)?$", re.I)


def ours(ctx: Context, v: View) -> None:
    """The products and holders named after the permit that heads the clause of "… kami cabut"."""
    for c in v.cues(OUR_REVOKE):
        if _NOT_DONE.search(v.masked[max(0, c.start() - 20) : c.start()]):
            continue  # "akan kami cabut": not yet
        lead = [m for m in v.before(c.start()) if m.type in ("Product", "Organization", "Facility") and m.role is None]
        lead = [m for m in lead[::-1] if not (m.type == "Organization" and is_regulator(m.ent))]
        if (ana := _PERMIT_ANAPHOR.search(v.masked[: c.start()])) is not None and (
                not lead or lead[0].end <= ana.start()):
            _referred(ctx, v, c.start(), ana)  # '"Izin edar produk tersebut kami cabut"': the product named last
            continue
        if not lead or not _PERMIT.search(v.masked[: lead[0].start]):
            continue
        chain = [lead[0]]
        for m in lead[1:]:
            if not _LISTED.fullmatch(v.gap(chain[-1].end, m.start)):
                break
            chain.append(m)
        reg = _regulator(ctx, v, c.start())
        what = v.masked[: lead[0].start].rstrip().split()[-2:]
        for t in contents.without_contents(ctx, [m.ent for m in chain]):
            if reg is not None and t.id != reg.id:
                ctx.emit("REVOKED", reg, t, v, 0.65, what=" ".join(what))


def _regulator(ctx: Context, v: View, pos: int) -> Entity | None:
    """Who "kami" is: the body of the official the quote is attributed to ("…," kata Dedi: the agency he heads a unit
    of), else a regulator the sentence names, else the story's last revoker, else the regulator it names most."""
    for p in (m.ent for m in v.mentions if m.type == "Person"):
        bodies = [ctx.by_id[r.tail] for r in ctx.has("HOLDS_POSITION", p) if r.tail in ctx.by_id]
        bodies = [b for b in bodies if is_regulator(b)]
        tops = [b for b in bodies if not any(r.tail in {x.id for x in bodies} for r in ctx.has("PART_OF", b))]
        if tops or bodies:
            return (tops or bodies)[0]
    here = next((m.ent for m in v.mentions if m.type == "Organization" and is_regulator(m.ent)), None)
    if here is not None:
        return here
    heads = [r.head for r in ctx.has("REVOKED") if r.head in ctx.by_id]
    if heads:
        return ctx.by_id[heads[-1]]
    count = Counter(m.ent.id for w in ctx.views for m in w.mentions if m.type == "Organization" and is_regulator(m.ent))
    return ctx.by_id.get(count.most_common(1)[0][0]) if count else None


def _referred(ctx: Context, v: View, pos: int, ana: re.Match[str]) -> None:
    """REVOKED for the products "produk tersebut" points back to, by the speaker's regulator."""
    if _IF.match(v.masked):
        return
    m = PRODUCT_ANAPHOR.search(v.masked, ana.start(), pos)
    if m is None:
        return
    reg = _regulator(ctx, v, pos)
    for t in contents.without_contents(ctx, [e for e in antecedents(ctx, v, m) if e.type == "Product"]):
        if reg is not None:
            ctx.emit("REVOKED", reg, t, v, 0.6, what="izin edar")
