"""Who granted a permit no granter is named for (APPROVED, for :mod:`.approvals`).

"Taburia Plus baru memperoleh nomor izin edar bulan lalu" (a national permit: the story's regulator, BPOM before the
ministry), "Ia juga menyerahkan Nomor Izin Edar …" (the official's regulator of the sentence before), "'Kami juga
baru saja menerbitkan izin edar …,' ungkapnya" (the speaker's body). Split out of ``approvals`` to keep it short.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, View
from graphbuild.extract.relations.registration import is_regulator as _is_regulator
from graphbuild.types import Entity

BPOM = "Badan Pengawas Obat dan Makanan"  # the national regulator's full name; ``national_regulator`` finds its entity


def national_regulator(ctx: Context) -> Entity | None:
    """BPOM itself, where the text names it (by any of its names: they resolve to the full one)."""
    return next((e for e in ctx.entities if e.name == BPOM), None)

# "Taburia Plus baru memperoleh nomor izin edar bulan lalu": a product receiving an Indonesian marketing
# authorisation, no granter named (the cue is a national permit, so its granter is the story's regulator)
_GOT_PERMIT = re.compile(r"\b(?:memperoleh|mendapat(?:kan)?|mengantongi|menerima|meraih|received|obtained|secured|holds?)\s+"
                         r"(?:(?:nomor|the|an?|its|sebuah)\s+)?$", re.I)
_NATIONAL_PERMIT = re.compile(r"(?:izin\s+edar\b|NIE\b|(?:nomor\s+)?notifikasi\b|marketing\s+authori[sz]ation\s+\((?:izin\s+edar|NIE)\))", re.I)
# who issues an izin edar: BPOM (and its offices) for medicines, food and cosmetics, the health ministry for devices
_PERMIT_BODY = re.compile(r"^(?:(Badan\s+Pengawas\s+Obat|Balai\s+(?:Besar\s+)?(?:POM|Pengawas\s+Obat)|Loka\s+(?:POM|Pengawas))|"
                          r"Kementerian\s+Kesehatan(?:\s+Republik\s+Indonesia)?$)")
# a permit still to come: "bisa didaftarkan untuk mendapatkan NIE", "setelah vaksin tersebut memperoleh izin edar"
_UNREAL = re.compile(r"\b(?:untuk|agar|supaya|bisa|dapat|setelah|sesudah|sebelum|begitu|hingga|sampai|to|can|could|would|may|"
                     r"once|after|before|until|upon)\s+(?:[\w\u2588-]+\s+){0,3}$", re.I)
_NAMED_GRANTER = re.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:dari|oleh|from|by)\b", re.I)


# "Ia juga menyerahkan Nomor Izin Edar untuk …": the official who handed over the certificate just before
_HE_HANDS = re.compile(r"^\W*(?:Ia|Dia|Beliau|He|She)\s+(?:(?:juga|pun|kemudian|also|then)\s+)?(?:menyerahkan|memberikan|menerbitkan|"
                       r"handed\s+over|presented|issued)\s+(?:(?:the|a|an|nomor)\s+)?$", re.I)


_WE_ISSUE = re.compile(r"\b(?:kami|pihaknya|we)\s+(?:(?:juga|baru|saja|telah|sudah|pun|have|also|just|recently)\s+)*"
                       r"(?:menerbitkan|memberikan|mengeluarkan|menyetujui|issued|granted|approved)\s+(?:(?:nomor|the|an?)\s+)?$", re.I)


_OF_BODY = re.compile(r"\s*,?\s*(?:dari|from|of)\s+(?:the\s+)?")


def _speakers_body(ctx: Context, v: View) -> Entity | None:
    """The regulator of the person quoted: "Lestari Handayani dari Balai POM di Samarinda … 'Kami …,' ungkapnya"."""
    for w in (v, *ctx.views[max(0, v.index - 2) : v.index][::-1]):
        for p in w.mentions:
            o = w.next_mention(p) if p.type == "Person" else None
            if o is not None and o.type == "Organization" and o.ent.category == "regulator" and _OF_BODY.fullmatch(w.gap(p.end, o.start)):
                return o.ent
    return None


def pronoun_granter(ctx: Context, v: View, start: int) -> Entity | None:
    """The regulator of the sentence before, when a pronoun hands over the permit."""
    if _WE_ISSUE.search(v.masked[max(0, start - 60) : start]):  # '"Kami juga baru saja menerbitkan izin edar …," ungkapnya'
        return _speakers_body(ctx, v) or next(
            (e for e in ctx.recent(v.index, ("Organization",), pos=start, back=2, limit=6) if e.category == "regulator"), None)
    if not v.index or not _HE_HANDS.match(v.masked[:start]):
        return None
    prev = ctx.views[v.index - 1]
    return next((m.ent for m in prev.mentions if m.type == "Organization" and m.ent.category == "regulator"), None)


def implied_granter(ctx: Context, v: View, start: int, end: int) -> Entity | None:
    """The regulator the story names most, for a national permit received with no granter named in the sentence."""
    got = _GOT_PERMIT.search(v.masked[max(0, start - 40) : start])
    if not _NATIONAL_PERMIT.match(v.masked, start) or got is None or _NAMED_GRANTER.match(v.masked, end) \
            or _UNREAL.search(v.masked[max(0, start - 100) : start - len(got.group())]) \
            or any(m.type == "Organization" and _is_regulator(m.ent) for m in v.mentions):
        return None
    if v.masked[start : start + 12].lower().startswith(("notifikasi", "nomor notif")) \
            and (bpom := national_regulator(ctx)) is not None:
        return bpom  # a cosmetic notification is BPOM's own, not the office's that coached the firm
    count: dict[str, int] = {}
    for w in ctx.views[: v.index + 1]:
        for m in w.mentions:
            if m.type == "Organization" and (body := _PERMIT_BODY.match(m.ent.name)) is not None:
                count[m.ent.id] = count.get(m.ent.id, 0) + (1 if body.group(1) is None else 1000)  # BPOM before the ministry
    return ctx.by_id[max(count, key=count.__getitem__)] if count else None
