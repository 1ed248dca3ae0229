"""CERTIFIED told as a list: "Pabrik X, Kota Padang, yang telah mengantongi:" and then one bullet a certificate
("- sertifikat CPOTB dari Badan POM sejak 2021", "- **Sertifikat Halal** dari BPJPH …"); or as a table whose header
names the certificate and its issuer ("| Entitas | Sertifikat | Penerbit |"): each row's issuer certifies its holder.

Why: the holder is named once, before the colon, and each item names only a certificate and its issuer, so the
certificate rule (which looks for the holder in the item's own sentence) finds none there.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.cert_bodies import halal_body
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.tables import cells, rows_below
from graphbuild.types import Entity

# the sentence that opens the list: the holder, a verb of holding, the colon
_HOLDS = re.compile(r"\b(?:memegang|mengantongi|memiliki|meraih|memperoleh|mendapatkan|menerima|mendapat|holds|obtained|received|"
                    r"has\s+(?:obtained|received|secured|earned))\s*:\s*$", re.I)
# an item: the certificate first, then its issuer ("dari Badan POM")
_ITEM = re.compile(r"^[\W\d]*(?:sertifikat|certificate)\b[^:;\n]{0,120}?\b(?:dari|from|oleh|by)\s+(?:the\s+)?$", re.I)
_THAT_SITE = re.compile(r"\b(?:(?:pabrik|fasilitas(?:\s+produksi)?)\s+(?:tersebut|itu|ini)|(?:the|this)\s+(?:new\s+)?(?:plant|facility|site))\b",
                        re.I)
_MAX_ITEMS = 8  # how far back the opening sentence may lie


def find(ctx: Context) -> None:
    """Each item's issuer certifies the holder the sentence before the list names (the last site or company there)."""
    for v in ctx.where(cues.CERTIFY):
        if not v.index:
            continue
        body = next((m for m in v.mentions if m.type == "Organization"), None)
        if body is None or body.ent.category == "company" or not _ITEM.match(v.masked[: body.start]):
            continue
        own = _own_holders(ctx, v, body)  # "- sertifikat CPOB dari BPOM untuk Pabrik Y": Y
        for holder in own or [h for h in [_holder(ctx, v.index)] if h is not None]:
            if holder.id != body.ent.id:
                ctx.emit("CERTIFIED", body.ent, holder, v, 0.65)
    for v in ctx.where(_FROM_FOR):
        _standard_item(ctx, v)
    for v in ctx.where(cues.CERTIFY, every=True):  # a table's header names no one
        if v.masked.startswith("|") and not v.mentions:
            _table(ctx, v.index)
        elif _no_one(v) and _RECIPIENTS.search(v.masked) and v.index + 1 < len(ctx.views) \
                and ctx.views[v.index + 1].masked.startswith("|") and not ctx.views[v.index + 1].mentions:
            _table(ctx, v.index + 1)  # "## Penerima sertifikat halal" and a table of the companies


# an item naming only the standard, its issuer and its holder: "- **CPOB** dari Badan POM untuk Pabrik Y (Juni 2025)"
_FROM_FOR = re.compile(r"\b(?:dari|from|oleh|by)\s+[^;\n]{1,80}?\s(?:untuk|bagi|for|[\u2013\u2014]|-(?=\s))\s", re.I)
watch(_FROM_FOR)
_BULLET = re.compile(r"\s*(?:[-*\u2022\u2013]|\d{1,2}[.)])\s")
_BY = re.compile(r"\W*\s(?:dari|from|oleh|by)\s+(?:the\s+)?", re.I)
_FOR = re.compile(r"\s*,?\s+(?:untuk|bagi|for|[\u2013\u2014:]|-(?=\s))\s+(?:the\s+|its\s+)?(?:fasilitas\s+|pabrik\s+|perusahaan\s+)?"
                  r"(?:anak\s+(?:usaha|perusahaan)(?:nya|\s+\w+nya)?\s*,\s*)?", re.I)  # "untuk anak usaha distribusinya, PT Y"
_AND = re.compile(r"\s*(?:,\s*(?:dan\s+|serta\s+|and\s+)?|\s(?:dan|serta|and)\s+)")  # "— PT A dan PT B": the holders listed


def _own_holders(ctx: Context, v: View, body: M) -> list[Entity]:
    """The site or company the item itself names after its issuer ("… dari Badan POM untuk Pabrik Y"), or the firms it
    counts back to ("… untuk ketiga perusahaan": the three named last)."""
    end = (body.gloss or body).end
    group = _GROUP.match(v.masked, end)
    if group is not None:
        n = cues.COUNT_WORDS[group.group("n").casefold()]
        firms = [e for e in ctx.recent(v.index, ("Organization",), pos=group.start(), back=12, limit=16)
                 if e.category == "company"]
        return firms[:n] if len(firms) >= n else []
    nxt = v.next_mention(body)
    if nxt is None or nxt.role is not None or not _FOR.fullmatch(v.gap(end, nxt.start)):
        return []
    got: list[Entity] = []
    while nxt is not None and nxt.role is None and (nxt.type == "Facility" or (nxt.type == "Organization" and nxt.ent.category == "company")):
        got.append(nxt.ent)
        after = v.next_mention(nxt)
        if after is None or not _AND.fullmatch(v.gap((nxt.gloss or nxt).end, after.start)):
            break
        nxt = after
    return got


_GROUP = re.compile(r"\s*,?\s+(?:untuk|bagi|for)\s+(?P<n>kedua|ketiga|keempat|kelima)\s+(?:perusahaan|produsen|pabrik|industri"
                    r"(?:\s+farmasi)?)(?:\s+(?:tersebut|itu))?\s*[;.,]?\s*$", re.I)


def _standard_item(ctx: Context, v: View) -> None:
    """A list item that opens on a standard ("- **CPOB** dari Badan POM untuk Pabrik Y"): the issuer certifies Y."""
    if not v.mentions or not _BULLET.match(v.text):
        return
    std = v.mentions[0]
    if std.type != "Regulation" or std.ent.category != "standard" or not re.fullmatch(r"[\W\d]*", v.masked[: std.start]):
        return
    body = v.next_mention(std)
    if body is None or body.type != "Organization" or body.ent.category == "company" \
            or not _BY.fullmatch(v.gap((std.gloss or std).end, body.start)):
        return
    for holder in _own_holders(ctx, v, body):
        if holder.id != body.ent.id:
            ctx.emit("CERTIFIED", body.ent, holder, v, 0.65, standard=std.ent.name)


def _holder(ctx: Context, index: int) -> Entity | None:
    """The site (else the company) named last before "mengantongi:" in the sentence that opens the list ``index`` is in."""
    for i in range(index - 1, max(-1, index - _MAX_ITEMS), -1):
        w = ctx.views[i]
        if (opened := _HOLDS.search(w.masked)) is not None:
            got = [m for m in w.before(opened.start(), ("Facility", "Organization")) if m.role is None
                   and (m.type == "Facility" or m.ent.category == "company")]
            sites = [m for m in got if m.type == "Facility"]  # "Pabrik X milik PT A telah memperoleh:": the plant
            pick = sites or got
            if not pick and _THAT_SITE.search(w.masked, 0, opened.start()):  # "pabrik tersebut telah memperoleh:"
                back = ctx.recent(i - 1, ("Facility",), back=3, limit=1) if i else []
                return back[0] if back else None
            return pick[0].ent if pick else None
        if not re.match(r"^[\W\d]*(?:sertifikat|certificate|ISO|izin|NIE)\b|\s*\d{1,2}[.)]\s*$", w.masked, re.I):
            return None  # not another item of the list (nor its number, "1.", read apart)
    return None


_ISSUER = re.compile(r"^\W*(?:penerbit|diterbitkan\s+oleh|pemberi(?:\s+sertifikat)?|lembaga(?:\s+penerbit)?|issuer|issued\s+by|"
                     r"certifier|certifying\s+body)\W*$", re.I)
_HOLDER_COL = re.compile(r"^\W*(?:entitas|perusahaan|pemegang|fasilitas|sarana|pabrik|holder|company|entity|facility|site)\W*$", re.I)


def _table(ctx: Context, index: int) -> None:
    """A table with a certificate column and an issuer column: the issuer of each row certifies the row's holder (the
    company or site of the holder column, else the first cell)."""
    head = ctx.views[index].masked
    cols = [head[a:b] for a, b in cells(head)]
    issuer = next((i for i, c in enumerate(cols) if _ISSUER.match(c)), None)
    holder = next((i for i, c in enumerate(cols) if _HOLDER_COL.match(c)), 0)
    if issuer is None:
        _recipients(ctx, index, holder)
        return
    if not any(cues.CERTIFY.search(c) for c in cols):
        return
    for w, spans in rows_below(ctx.views, index):
        if len(spans) != len(cols):
            continue
        def inside(col: int, w=w, spans=spans) -> list:  # type: ignore[no-untyped-def]
            a, b = spans[col]
            return [m for m in w.mentions if a <= m.start < b and m.type in ("Organization", "Facility")]
        got, by = inside(holder), [m for m in inside(issuer) if m.type == "Organization" and m.ent.category != "company"]
        if got and by and got[0].ent.id != by[0].ent.id:
            std = next((m.ent.name for m in w.mentions if m.type == "Regulation"), None)
            ctx.emit("CERTIFIED", by[0].ent, got[0].ent, w, 0.7, standard=std)


# a heading over a table of holders: "Penerima sertifikat halal", "Recipients of the CDOB certificate" (not candidates)
_RECIPIENTS = re.compile(r"^\W*(?:(?:daftar\s+)?(?:penerima|pemegang)\s+(?:sertifikat|sertifikasi)|"
                         r"(?:recipients|holders)\s+of\s+(?:the\s+)?\S+\s+certificat)[^.:!?]{0,40}:?\s*$", re.I)
_HALAL = re.compile(r"\bhalal\b", re.I)


def _no_one(v: View) -> bool:
    """A heading that names no holder or body (a standard it may name: "Penerima sertifikat CPOTB")."""
    return all(m.type == "Regulation" for m in v.mentions)


# a regional government or its office issues no certificate the table lists: it hosts the handover
_LOCAL = re.compile(r"(?:pemerintah\s+(?:kabupaten|kota|provinsi|daerah)|pem(?:kab|kot|prov|da)|dinas)\b", re.I)
# "menerima sertifikat halal", "halal certificates": the certificate the story hands over
_HALAL_CERT = re.compile(r"\bsertifika(?:t|si)(?:\s+\w+)?\s+halal\b|\bhalal\s+certific", re.I)


def _story_halal(ctx: Context, head: int) -> bool:
    """A heading naming no standard ("Penerima sertifikat (sebagian)"): whether the certificate the story before it
    names last is the halal one (a standard the sentence names, CPOB/CDOB, says it is not)."""
    for w in reversed(ctx.views[max(0, head - 12) : head]):
        if _HALAL_CERT.search(w.masked):
            return True
        if any(m.type == "Regulation" for m in w.mentions) and cues.CERTIFY.search(w.masked):
            return False
    return False


def _recipients(ctx: Context, index: int, holder: int) -> None:
    """The companies of a table a recipients' heading opens ("## Penerima sertifikat halal"): certified by the body the
    story named before (the halal body for halal certificates)."""
    head = ctx.views[index - 1] if index else None
    if head is None or not _no_one(head) or not _RECIPIENTS.search(head.masked):
        return
    halal = bool(_HALAL.search(head.masked)) or (not head.mentions and _story_halal(ctx, index - 1))
    bodies = [m.ent for w in ctx.views[max(0, index - 12) : index - 1] for m in w.mentions
              if m.type == "Organization" and m.ent.category in ("regulator", "government") and halal_body(m.ent) == halal
              and not _LOCAL.match(m.ent.name)]
    if not bodies:
        return
    for w, spans in rows_below(ctx.views, index):
        if holder >= len(spans):
            continue
        a, b = spans[holder]
        got = [m for m in w.mentions if a <= m.start < b and m.type in ("Organization", "Facility") and m.ent.category != "regulator"]
        if got and got[0].ent.id != bodies[-1].id:
            ctx.emit("CERTIFIED", bodies[-1], got[0].ent, w, 0.6)
