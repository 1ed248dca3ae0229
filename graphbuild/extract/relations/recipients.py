"""Who a certificate handover lists: "kepada PT A, PT B dan PT C", "A Cabang Surabaya, B, dan C", the recipients a
next sentence names ("Beberapa di antaranya ialah A, B, dan C", "Ketiga PBF tersebut adalah …", "Di antara penerima
sertifikat terdapat …") with the issuer a sentence after names, and a second certificate handed in a contrast clause.

Split out of ``regulatory`` to keep it short.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.cert_bodies import halal_body, remembered
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.granters import acting_through, certifier
from graphbuild.extract.relations.handovers import GROUP, is_authority
from graphbuild.types import Entity

HOLDERS = ("Organization", "Facility")


# "A Cabang Surabaya, B, dan C"; "A yang berkantor di Sidoarjo, B dari Malang, serta C": an item's seat goes with it
_ITEM_GAP = re.compile(r"(?:[\s,\u2588]|\b(?:dan|serta|and|Cabang|Branch|dari|di|asal|yang|berkantor|berlokasi|berada|"
                       r"berbasis|bermarkas|pusat|from|in|based)\b|\bcabang\s+\u2588+\s+milik\b)*", re.I)


_AT_END = re.compile(r"\b(?:di|at|in)\s+(?:the\s+)?$", re.I)


def listed(v: View, holders: list[M]) -> list[M]:
    """The holders coordinated from the first one on."""
    out = [holders[0]]
    for m in holders[1:]:
        gap = v.masked[out[-1].end : m.start]
        if not _ITEM_GAP.fullmatch(gap) or m.type == "Facility" and _AT_END.search(gap):
            break  # "kepada PT A di Gedung X": the place of the handover
        out.append(m)
    return out


# "… kepada Koperasi X dan 13 UMKM anggotanya. Beberapa di antaranya ialah A, B, dan C": more of the same recipients;
# "Ketiga PBF tersebut adalah A, B, dan C", "Di antara penerima sertifikat terdapat A", "Salah satu penerima sertifikat
# adalah A": the recipients of the handover told just before, named in a sentence of their own
_ORD = r"(?:kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh)"
_AMONG_THEM = re.compile(r"^\W*(?:(?:(?:beberapa|sebagian|dua|tiga|empat|lima)\s+)?(?:di\s+antaranya|(?:some|several|two|three)\s+of\s+them)"
                         r"|(?:(?:di\s+antara|salah\s+satu(?:\s+dari)?|beberapa|sebagian)\s+(?:para\s+)?)?penerima\s+sertifikat\w*"
                         r"(?:\s+\u2588+)?(?:\s+(?:tersebut|itu|ini))?|(?:one\s+of\s+|among\s+)?the\s+recipients(?:\s+of\s+the\s+certificates?)?"
                         rf"|(?P<ord>{_ORD}\s+(?:[\w-]+\s+){{0,3}}?(?:tersebut|itu)|(?P<pro>{_ORD})nya|the\s+(?:two|three|four|five|six)\s+(?:[\w-]+\s+){{0,2}}?"
                         r"(?:companies|distributors|firms|manufacturers|wholesalers)))"
                         r"\s*,?\s*(?:ialah|adalah|yaitu|yakni|terdapat|meliputi|terdiri\s+(?:atas|dari)|antara\s+lain|are|were|was|is|"
                         r"include[sd]?)?\s*:?\s*(?:PT\.?\s*)?", re.I)


watch(_AMONG_THEM)


def among_them(ctx: Context) -> None:
    for w in ctx.views[1:]:
        if not w.mentions or w.mentions[0].type != "Organization" or not w.may(_AMONG_THEM) or (hit := _AMONG_THEM.match(w.masked)) is None \
                or w.masked[hit.end() : w.mentions[0].start].strip():
            continue
        bodies = _handed_before(ctx, w.index, hit.group("ord") is not None, hit.group("pro"))
        for body, std in bodies:
            for m in listed(w, [x for x in w.mentions if x.type in HOLDERS]):
                if m.ent.id != body.id and not is_authority(m.ent):
                    ctx.emit("CERTIFIED", body, m.ent, w, 0.65, standard=std)


def _handed_before(ctx: Context, i: int, counted: bool, pro: str | None = None) -> list[tuple[Entity, str | None]]:
    """Who certified the recipients a list sentence names: the certifier of the certificate told within three
    sentences before (a "Ketiga PBF tersebut" needs a counted group there, a "Ketiganya" a group of that count:
    "kepada tiga Unit Donor Darah"), and the regulator a later "Sertifikat CDOB diterbitkan oleh BPOM" names as its
    issuer."""
    out: list[tuple[Entity, str | None]] = []
    for j in range(i - 1, max(-1, i - 4), -1):
        v = ctx.views[j]
        if not v.may(cues.CERTIFY) or (c := cues.CERTIFY.search(v.masked)) is None:
            continue
        if pro is not None and not re.search(rf"\b(?:kepada|bagi|untuk)\s+(?:sebanyak\s+)?{pro[2:]}\s+[\w\u2588]", v.masked, re.I):
            break  # "Ketiganya adalah …": the three a handover just before counted
        if counted and pro is None and not GROUP.search(v.masked):
            break  # "Ketiga PBF tersebut": the three told of there
        said = " ".join(v.text.split())
        got = [r for r in ctx.typed("CERTIFIED") if r.evidence == said][:1]
        if got:
            out = [(ctx.by_id[got[0].head], got[0].properties.get("standard"))]
        elif (who := certifier(v, c.start(), c.end())) is not None and who.ent.category in ("regulator", "government", "international"):
            who = acting_through(v, who) or who
            out = [(who.ent, next((m.ent.name for m in v.mentions if m.type == "Regulation"), None))]
        break
    for v in ctx.views[i + 1 : i + 3] if out else []:
        if (hit := _ISSUER_NEXT.match(v.masked)) is not None:
            reg = next((m for m in v.after(hit.end() - 1, ("Organization",))), None)
            if reg is not None and reg.start == hit.end() and reg.ent.category == "regulator" and all(reg.ent.id != b.id for b, _ in out):
                out.append((reg.ent, out[0][1]))
            break
    return out


# "Sertifikat CDOB diterbitkan oleh BPOM setelah …", "Sertifikat CDOB yang diterbitkan BPOM itu diserahkan …": the issuer
_ISSUER_NEXT = re.compile(r"\W*(?:sertifikat|certificates?)\s+(?:\u2588+\s+)?(?:(?:tersebut|itu|ini)\s+)?(?:yang\s+)?(?:(?:telah|sudah)\s+)?"
                          r"(?:diterbitkan|dikeluarkan|were\s+issued|are\s+issued|issued)\s+(?:(?:oleh|by)\s+)?(?:the\s+)?", re.I)


# "…, sementara sertifikat CPOTB diserahkan kepada CV B": a later certificate handed to a holder of its own
ALSO_TO = re.compile(r"(?<=sementara\s)sertifikat\s+\u2588+\s+(?:(?:juga|pun)\s+)?(?:diserahkan|diberikan)\s+kepada\s+\u2588", re.I)


def also_handed(ctx: Context, v: View, start: int, memory: dict[str, object]) -> None:
    """The holder of a certificate told in a contrast clause after another one's handover: the story's certifier
    (the drug regulator for a drug standard) gave it too."""
    std = next((m.ent.name for m in v.after(start, ("Regulation",))[:1]), None)
    body = remembered(ctx, v, memory.get("certifier"), std)  # type: ignore[arg-type]
    hit = ALSO_TO.match(v.masked, start)
    holders = v.after(hit.end() - 1, HOLDERS) if hit is not None else []
    if body is None or not holders:
        return
    for m in listed(v, holders):
        if m.ent.id != body.id and not is_authority(m.ent):
            ctx.emit("CERTIFIED", body, m.ent, v, 0.7, standard=std)


# "A menerima sertifikat CPOTB dari Badan POM, sementara PT B memperoleh sertifikat CDOB untuk gudangnya": B, the
# subject of the contrast clause, got the later certificate from the same certifier
_ALSO_GOT = re.compile(r"(?:,\s*|\b)(?:sementara|sedangkan|while|whereas)\s+(?:itu\s+)?(?:PT\.?\s+|CV\.?\s+)?\u2588+"
                       r"(?:\s*\([^()]{1,40}\))?\s+(?:(?:juga|telah|sudah|pun|also|has)\s+)*(?:memperoleh|menerima|mendapatkan|"
                       r"mendapat|meraih|mengantongi|received|obtained|secured)\s+(?:the\s+|a\s+|an\s+)?$", re.I)


_HALAL_CERT = re.compile(r"\w+\s+(?:\u2588+\s+)?halal\b", re.I)  # "sertifikat halal": the halal body's, not BPOM's


def also_got(ctx: Context, v: View, start: int, memory: dict[str, object]) -> None:
    """The subject of a contrast clause that received a later certificate naming no certifier of its own."""
    hit = _ALSO_GOT.search(v.masked, max(0, start - 160), start)
    std = next((m.ent.name for m in v.after(start, ("Regulation",))[:1]), None)
    body = remembered(ctx, v, memory.get("certifier"), std) if hit is not None else None  # type: ignore[arg-type]
    holder = next((m for m in v.before(start, HOLDERS) if m.start >= hit.start()), None) if hit is not None else None
    if body is not None and not halal_body(body) and _HALAL_CERT.match(v.masked, start):
        return  # "…, sementara PT B memperoleh sertifikat halal": not the drug regulator's
    if body is not None and holder is not None and holder.ent.id != body.id and not is_authority(holder.ent):
        ctx.emit("CERTIFIED", body, holder.ent, v, 0.7, standard=std)

