"""What an agentless or passive revocation names before its verb, apart from a product beside the permit
(for :mod:`.revocations`): an apposed list after a counted permit ("izin edar dua produk sirup perseroan, A dan B,
juga dicabut") and a counted back-reference ("Sertifikat halal untuk ketiga produk tersebut juga dicabut oleh
BPJPH"). The regional office a body acts through ("Badan POM melalui Balai POM di X membekukan …") is named here too,
and the parties told by reference: the regulator ("balai tersebut", "kami"), the holder ("PBF tersebut"), the revoker
and the sanctioned company of the document's last revocation.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import contents
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.counted_pronouns import counted
from graphbuild.extract.relations.referents import PRODUCT_ANAPHOR, antecedents
from graphbuild.extract.relations.registration import is_regulator as _is_regulator
from graphbuild.types import Entity

# "Balai POM di Kendari", "BBPOM di Surabaya", "Loka POM …", "Dinas …", "DPMPTSP …": an office of its own region, which
# revokes as well as the body it acts for (not a head-office unit: "Deputi Bidang Penindakan", "Direktorat …")
LOCAL_UNIT = re.compile(r"(?:Balai|BBPOM|BPOM\s+di|Loka|Dinas|DPMPTSP)\b")

# the words between the last item and the passive verb: ", juga dicabut"
_TO_VERB = re.compile(r"\s*,?\s*(?:(?:juga|pun|turut|ikut|telah|sudah|kemudian|akhirnya|lalu|resmi)\s+)*")
_BETWEEN = re.compile(r"\s*,\s*(?:dan|serta|and)?\s*|\s+(?:dan|serta|and)\s+")
# "izin edar dua produk sirup perseroan, ": a counted permit whose items are apposed after a comma
_COUNTED_PERMIT = re.compile(r"\b(?:izin\s+edar|NIE|nomor\s+izin\s+edar|notifikasi|sertifikat(?:\s+halal)?)\s+(?:untuk\s+)?"
                             r"(?:dua|tiga|empat|lima|enam|\d)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s*$", re.I)


def local_unit(e: Entity) -> bool:
    return LOCAL_UNIT.match(e.name) is not None


def apposed(v: View, start: int) -> list[Entity]:
    """The products listed after a counted permit, just before the passive verb at ``start``."""
    before = [m for m in v.before(start) if m.type == "Product"]
    if not before or not _TO_VERB.fullmatch(v.masked[before[0].end : start]):
        return []
    chain = [before[0]]
    while (prev := v.prev_mention(chain[-1])) is not None and prev.type == "Product" \
            and _BETWEEN.fullmatch(v.masked[prev.end : chain[-1].start]):
        chain.append(prev)
    if len(chain) < 2 or not _COUNTED_PERMIT.search(v.masked[max(0, chain[-1].start - 90) : chain[-1].start]):
        return []
    return [m.ent for m in reversed(chain)]


def referred(ctx: Context, v: View, start: int) -> list[Entity]:
    """The products "ketiga produk tersebut" names, where that anaphor stands in the clause before the verb."""
    ana = PRODUCT_ANAPHOR.search(v.masked, max(0, start - 70), start)
    if ana is None or re.search(r"[.;:]", v.masked[ana.end() : start]):
        return []
    return contents.without_contents(ctx, antecedents(ctx, v, ana, reach=3))

# "Ketiganya dikenai sanksi …": a sentence naming nothing, its subject counted
COUNTED_OPEN = re.compile(r"\b(?:kedua|ketiga|keempat|kelima|keenam)nya\b", re.I)
watch(COUNTED_OPEN)


def counted_firms(ctx: Context, v: View, start: int) -> list[Entity]:
    """"Ketiganya dikenai sanksi penghentian sementara kegiatan": as many firms as the pronoun counts, named just before."""
    many = counted(v, start)
    if many < 2:
        return []
    firms = [e for e in ctx.recent(v.index, ("Organization", "Facility"), pos=start, back=2, limit=many + 4)
             if e.category == "company"]
    return firms[:many] if len(firms) >= many else []


# the regulator as an agent named by reference, just before the revoking verb
REGULATOR_REF = re.compile(r"\b(?:balai|badan|lembaga|instansi|otoritas|regulator|kementerian|dinas)\s+(?:tersebut|itu|ini)"
                            r"\s+(?:(?:juga|pun|lalu|kemudian|telah|sudah|akhirnya|turut)\s+)*$"
                            r"|\bthe\s+(?:agency|regulator|authority|ministry)\s+(?:(?:also|then|has|had|later)\s+)*$"
                            # '"Kami juga membekukan izin edar P," katanya': the speaking official's regulator
                            r"|(?:^|[\"\u201c]\s*|\b)(?:kami|pihaknya|we)\s+(?:(?:juga|pun|lalu|kemudian|telah|sudah|langsung|have|also|then)\s+)*$",
                            re.I)
HOLDER_REF = re.compile(r"\b(?:PBF|perusahaan|industri(?:\s+farmasi)?|distributor|pabrik|sarana|the\s+company)"
                         r"\s+(?:tersebut|itu|ini)\b|\bthe\s+company\b", re.I)
watch(HOLDER_REF)


def revoked_ref(ctx: Context, v: View, ref: str, what: str | None) -> None:
    """An agentless revocation of "PBF tersebut": the company named lately loses it, to the regulator named lately."""
    orgs = ctx.recent(v.index, ("Organization",), back=2, limit=4)
    holder = next((e for e in orgs if e.category == "company"), None)
    reg = prior_revoker(ctx) or next((e for e in orgs if _is_regulator(e)), None)
    if holder is not None and reg is not None and holder.id != reg.id:
        ctx.emit("REVOKED", reg, holder, v, 0.6, what=what)


def prior_revoker(ctx: Context) -> Entity | None:
    """The regulator of the document's last revocation: the agent of a sentence that goes on about its sanction."""
    heads = [r.head for r in ctx.has("REVOKED") if r.head in ctx.by_id]
    return ctx.by_id[heads[-1]] if heads else None


def last_sanctioned(ctx: Context) -> Entity | None:
    """The company the last sanction fell on ("menjatuhkan sanksi kepada PT X"): its products are its own."""
    for r in reversed(ctx.has("REVOKED")):
        e = ctx.by_id.get(r.tail)
        if e is not None and e.type == "Organization" and e.category == "company":
            return e
    return None
