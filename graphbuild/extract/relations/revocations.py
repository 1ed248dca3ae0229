"""REVOKED: "BPOM mencabut izin edar P", "izin edar P dicabut BPOM", "BPOM membekukan sertifikat CPOB PT X",
"Sertifikat CDOB milik PBF tersebut turut dicabut" (the company and regulator named lately).

Split out of ``regulatory`` (certificates and approvals) to keep each module short; what loses its licence is read in
``revoked_targets``.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import contents, cues, revoked_colon
from graphbuild.extract.relations.common import Context, CueGroup, View, watch
from graphbuild.extract.relations.granters import nominal_revoker
from graphbuild.extract.relations.our_revocations import OUR_REVOKE, ours
from graphbuild.extract.relations.registration import FROM as _FROM
from graphbuild.extract.relations.registration import is_regulator as _is_regulator
from graphbuild.extract.relations.registration import listed_next
from graphbuild.extract.relations.revoked_lists import BACK_LIST as _BACK_LIST
from graphbuild.extract.relations.revoked_lists import FOLLOWING
from graphbuild.extract.relations.revoked_lists import LIST_INTRO as _LIST_INTRO
from graphbuild.extract.relations.revoked_lists import OTHER as _OTHER
from graphbuild.extract.relations.revoked_lists import bulleted as _bulleted
from graphbuild.extract.relations.revoked_lists import listed_after as _listed_after
from graphbuild.extract.relations.revoked_lists import named_later as _named_later
from graphbuild.extract.relations.revoked_refs import (
    COUNTED_OPEN,
    HOLDER_REF,
    REGULATOR_REF,
    apposed,
    counted_firms,
    last_sanctioned,
    local_unit,
    prior_revoker,
    referred,
    revoked_ref,
)
from graphbuild.extract.relations.revoked_targets import (
    HOLDERS,
    ORG,
    maker_product,
    revoked_targets,
    row_product,
    usable,
)
from graphbuild.extract.relations.urged import urged
from graphbuild.types import Entity

# "izin edar / notifikasi (tersebut) dibatalkan BPOM": a cancelled permit is a revoked one ("dibatalkan" alone is not)
_CANCELLED = re.compile(r"\b(?:izin\s+edar|notifikasi|NIE|registrasi|sertifikat)(?:nya)?\b(?:\s+[\w\u2588()-]+){0,5}?\s+"
                        r"(?:(?:pun|juga|akhirnya|kemudian|lalu|telah|sudah)\s+)*(?P<verb>dibatalkan)\b", re.I)
watch(_CANCELLED)


# "Jika terbukti ada penyimpangan, sertifikat CDOB perusahaan tersebut …": a condition, not a revocation (``\W*+``:
# every branch opens with a letter, so the opening non-word run is never given back)
_IF_OPENING = re.compile(r"^\W*+(?:jika|apabila|bila|kalau|seandainya|if|should)\b[^,;]{3,160},", re.I)


CUES = CueGroup(cues.REVOKE, _CANCELLED, OUR_REVOKE)  # what ``revocations`` reads: the opening condition is tested only where one may match


def revocations(ctx: Context, v: View) -> None:
    if not CUES.may(v) or _IF_OPENING.match(v.masked):
        return
    for c in v.cues(cues.REVOKE):
        if not _NOT_DONE.search(v.masked[max(0, c.start() - 30) : c.start()]) and not urged(v, c.start()):  # "BPOM tidak mencabut …"
            _revoked(ctx, v, c.start(), c.end())
    for c in v.cues(_CANCELLED):
        if not _NOT_DONE.search(v.masked[max(0, c.start("verb") - 30) : c.start("verb")]):
            _revoked(ctx, v, c.start("verb"), c.end("verb"))
    ours(ctx, v)  # '"Izin edar A telah kami cabut," kata …': the object first, the speaker's regulator


def unnamed_revocations(ctx: Context) -> None:
    """"Izin PBF perusahaan itu kemudian dibekukan", "Produk yang izin edarnya dicabut adalah:": a sentence naming nothing."""
    for v in ctx.views:
        if not v.mentions and (v.may(HOLDER_REF) or v.may(COUNTED_OPEN)
                               or v.masked.rstrip().endswith(":")):  # "… adalah:", "izin edar tiga produk berikut dicabut:"
            revocations(ctx, v)
    for v in ctx.where(OUR_REVOKE, every=True):
        if not v.mentions:
            ours(ctx, v)  # '"… izin edar produk tersebut kami cabut."': the product named before


_SUFFERS = re.compile(r"\b(?:dijatuhi|dikenai|dikenakan|mendapat|mendapatkan|menerima|received|faces?)\s+$", re.I)
# "izin edar tiga produk", "the licences of two products": counted, to be listed next
_COUNTED = re.compile(r"\s*(?:(?:(?:nomor\s+)?izin\s+edar(?:\s+\(NIE\))?|NIE|notifikasi|sertifikat|(?:marketing\s+)?authori[sz]ations?|licen[cs]es?)\s+)?"
                      r"(?:(?:untuk|bagi|terhadap|atas|of|for)\s+)?(?:the\s+)?(?:dua|tiga|empat|lima|enam|tujuh|delapan|"
                      r"sembilan|sepuluh|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:produk|obat|jamu|kosmetik|suplemen|sirup|vaksin|merek|products|drugs|medicines|brands)\b", re.I)
_WHICH = re.compile(r"\s+(?:yang|which|that)\b", re.I)
_PERMIT_OF = re.compile(r"\b(?:izin\s+edar|NIE|nomor\s+izin\s+edar|marketing\s+authori[sz]ation\s+(?:of|for))\s+"
                        r"(?:(?-i:[a-z][a-z-]*)\s+){0,2}$", re.I)  # "izin edar sabun wajah P"
_PERMIT_REF = re.compile(r"\b(?:izin\s+edar|notifikasi|NIE|nomor\s+(?:izin\s+edar|notifikasi|registrasi)|registrasi)"
                         r"\s+(?:\w+\s+)?(?:tersebut|itu)\s+(?:(?:pun|juga|akhirnya|kemudian|lalu)\s+)*(?:telah\s+|sudah\s+)?$", re.I)
_WHAT = re.compile(
    r"(?:sertifikat|sertifikasi)\s+(?:[A-Z][\w/-]+)|izin\s+edar|izin\s+produksi|izin\s+usaha|NIE|"
    r"(?:GMP\s+)?certificate|marketing\s+authori[sz]ation|licen[cs]e|sertifikat",
    re.I,
)

# a second revoking verb joined to the first: "… dan membekukan", ", and suspended", "sekaligus mencabut"
_AND_THEN = re.compile(r"(?:\b(?:dan|serta|sekaligus|and|as\s+well\s+as)|,)\s+(?:(?:juga|turut|pun|telah|sudah|lalu|kemudian|"
                       r"also|has|have|had|then)\s+)*$", re.I)
_ACTIVE = re.compile(r"(?:mencabut|membekukan|membatalkan|menghentikan|revoked|suspended|withdr[ae]w\w*|cancel+ed|cabut|bekukan)\b", re.I)


def _conjoined(v: View, start: int) -> int:
    """Where the first of two joined revoking verbs starts (whose subject the second shares), else ``start``."""
    if not _ACTIVE.match(v.masked, start) or not _AND_THEN.search(v.masked, max(0, start - 30), start):
        return start
    first = next((c.start() for c in v.cues(cues.REVOKE) if c.start() < start and _ACTIVE.match(v.masked, c.start())), None)
    if first is None or start - first > 220 or re.search(r"[.;\"\u201d]", v.masked[first:start]):
        return start
    return first


# "BPOM tidak mencabut …", "kami akan merekomendasikan pencabutan izin …": nothing is revoked (yet)
_NOT_DONE = re.compile(r"\b(?:tidak|belum|bukan|batal|urung|enggan|not|never|akan|will|merekomendasikan|mengusulkan|"
                       r"berencana|merencanakan|bersiap|plans?\s+to|planning\s+to|intends?\s+to|"
                       r"bisa|dapat|terancam|berpotensi|can|could|may|might|"
                       r"seharusnya|semestinya|harus|should|must|"
                       r"recommend\w*|jika|apabila|if)\s+(?:[\w-]+\s+)?$", re.I)


_VIA = re.compile(r"^\)?\s*,?\s+(?:melalui|lewat|through|via)\s+(?:its\s+)?$", re.I)


def _revoked(ctx: Context, v: View, start: int, end: int) -> None:
    agent = _conjoined(v, start)  # "BPOM mencabut izin edar P (…) dan membekukan sertifikat PT X": the first verb's subject
    reg = next((m for m in v.before(agent, ("Organization",)) if usable(v, m) and agent - m.end <= 60), None)
    firm_acts = reg is not None and reg.ent.category == "company"
    if firm_acts:
        reg = None  # "PT X dijatuhi sanksi pencabutan izin edar P": the company suffers it, it does not revoke
    unit = None
    if reg is not None and (parent := v.prev_mention(reg)) is not None and parent.type == "Organization" \
            and _VIA.match(v.masked[(parent.gloss or parent).end : reg.start]) and _is_regulator(parent.ent):
        unit = reg.ent if local_unit(reg.ent) else None  # "Badan POM melalui Balai POM di X": the office revokes too
        reg = parent  # "Badan POM melalui Deputi Bidang Penindakan, X, mencabut …": the unit acts for its body
    if reg is None and _ITEM_HEAD.match(v.masked[:agent]) and not _IF.search(v.masked) \
            and (lead := _lead_regulator(ctx, v.index)) is not None:
        # "Atas temuan itu, Badan POM:" over "1. mencabut sertifikat CPKB …; 2. membatalkan notifikasi P …": the lead's body
        what = _WHAT.search(v.masked, start)
        for t in revoked_targets(ctx, v, end):
            if t.id != lead.id:
                ctx.emit("REVOKED", lead, t, v, 0.65, what=what.group() if what else None)
        return
    if reg is None and REGULATOR_REF.search(v.masked[max(0, agent - 50) : agent]):
        # "Sepanjang 2024, balai tersebut membekukan sertifikat CDOB milik PT X": the regulator named lately acts
        named = next((e for e in ctx.recent(v.index, ORG, pos=start, back=3, limit=8) if _is_regulator(e)), None)
        if named is not None:
            what = _WHAT.search(v.masked, start)
            for t in revoked_targets(ctx, v, end):
                if t.id != named.id:
                    ctx.emit("REVOKED", named, t, v, 0.65, what=what.group() if what else None)
            return
    passive = (re.match(r"(?:dicabut|dibekukan|dibatalkan)", v.masked[start:end], re.I)
               or (re.match(r"(?:revoked|suspended)", v.masked[start:end], re.I)  # "BPOM has revoked", "BPOM suspended"
                   and not re.search(r"\b(?:has|have|had)\s+$", v.masked[:start], re.I)
                   and (reg is None or _AUX.search(v.masked, reg.end, start)))) or _SUFFERS.search(v.masked[:start])
    what = _WHAT.search(v.masked, start)
    what_s = what.group() if what else None
    if passive or reg is None:
        by = [m for m in v.after(end, ("Organization",)) if usable(v, m) and (
            _FROM.search(v.masked[: m.start]) or (passive and not v.masked[end : m.start].strip() and _is_regulator(m.ent)))]
        # "izin edar P dicabut", "izin edar sabun P yang juga diproduksi perusahaan itu turut dicabut": P's permit
        named = [m for m in v.before(start, ("Product",)) if _PERMIT_OF.search(v.masked[: m.start]) and (
            start - m.end <= 25 or start - m.end <= 90 and _WHICH.match(v.masked, m.end) and "," not in v.masked[m.end : start])]
        if not by and passive and not named and (ana := HOLDER_REF.search(v.masked[max(0, start - 60) : end + 60])) is not None:
            revoked_ref(ctx, v, ana.group(), what_s)  # "Sertifikat CDOB milik PBF tersebut turut dicabut"
            return
        if not by and passive and not named and (listed := apposed(v, start)):
            # "izin edar dua produk sirup perseroan, A dan B, juga dicabut": the regulator of the story
            reg_e = prior_revoker(ctx) or next((e for e in ctx.recent(v.index, ORG, back=3, limit=8) if _is_regulator(e)), None)
            for p in listed if reg_e is not None else []:
                ctx.emit("REVOKED", reg_e, p, v, 0.6, what=what_s)
            return
        if not by and passive and named:  # "Izin edar Batukrin pun dicabut": the regulator of the story revokes it
            reg_e = prior_revoker(ctx) or next((e for e in ctx.recent(v.index, ORG, back=3, limit=8) if _is_regulator(e)), None)
            if reg_e is not None:
                ctx.emit("REVOKED", reg_e, named[0].ent, v, 0.6, what=what_s)
            return
        if not by and passive and _LIST_INTRO.search(v.masked, end) and not v.after(end, ("Product",)):
            # "Produk yang izin edarnya dicabut dan wajib ditarik dari peredaran adalah:" and bullets
            reg_e = prior_revoker(ctx) or next((e for e in ctx.recent(v.index, ORG, back=3, limit=8) if _is_regulator(e)), None)
            if reg_e is not None:
                _bulleted(ctx, v.index, reg_e, what_s)
            return
        if not by and passive and revoked_colon.colon_intro(v, start, end):  # "izin edar tiga produk berikut dicabut:"
            if (reg_e := prior_revoker(ctx) or next((e for e in ctx.recent(v.index, ORG, back=12, limit=20) if _is_regulator(e)), None)):
                revoked_colon.listed(ctx, v, reg_e, what_s)
            return
        if not by and passive and (listed := _listed_after(v, end)):
            # "Di antara produk yang izin edarnya dicabut adalah sirup A dan sirup B": the regulator of the story
            reg_e = prior_revoker(ctx) or next((e for e in ctx.recent(v.index, ORG, back=3, limit=8) if _is_regulator(e)), None)
            for p in listed if reg_e is not None else []:
                ctx.emit("REVOKED", reg_e, p, v, 0.6, what=what_s)
            return
        if not by and _SUFFERS.search(v.masked[:start]) and (firms := counted_firms(ctx, v, start)):
            # "Ketiganya dikenai sanksi penghentian sementara kegiatan": the firms named before, by the regulator named lately
            reg_e = next((e for e in ctx.recent(v.index, ORG, back=4, limit=10) if _is_regulator(e)), None) or prior_revoker(ctx)
            for firm in firms if reg_e is not None else []:
                ctx.emit("REVOKED", reg_e, firm, v, 0.6, what=what_s)
            return
        if not by and passive and (prior := prior_revoker(ctx)) is not None:
            # "…, yakni PT Mitra Niaga Farmasi, juga dijatuhi sanksi berupa pembekuan sertifikat CDOB": the company
            # named just before suffers it, from the regulator of the story's revocations
            holder = next((m for m in v.before(start, HOLDERS) if usable(v, m) and start - m.end <= 60
                           and (m.ent.category == "company" or (m.type == "Facility" and _CERT_OF.search(v.masked[: m.start])))),
                          None)  # "Sertifikat CPKB Pabrik L juga dibekukan": the plant whose certificate it is
            if holder is not None and holder.ent.id != prior.id:
                ctx.emit("REVOKED", prior, holder.ent, v, 0.6, what=what_s)
            for p in referred(ctx, v, start) if holder is None else []:
                ctx.emit("REVOKED", prior, p, v, 0.6, what=what_s)  # "izin edar kedua produk dicabut": the two named before
            return
        if not by and firm_acts and not passive and _ACTIVE.match(v.masked, start):
            return  # "PT X … memutuskan menghentikan sementara perjanjian …": the firm's own act
        if not by:
            if not passive and re.match(r"\s*,", v.masked[end:]):
                return  # "Selama masa pembekuan, PT X dilarang …": the sanction named as a time, no new act
            if not passive and (prior := prior_revoker(ctx)) is not None:
                # "Sanksi tersebut berupa pencabutan izin edar ... yaitu A, B, dan C": the sanction named before
                sanctioned = last_sanctioned(ctx)
                for t in revoked_targets(ctx, v, end):
                    if _is_regulator(t):
                        continue  # "Pencabutan tersebut diumumkan Deputi … BPOM": who announced it, no holder
                    ctx.emit("REVOKED", prior, t, v, 0.7, what=what_s)
                    if sanctioned is not None and t.type == "Product":
                        ctx.emit("DEVELOPS", sanctioned, t, v, 0.6)  # its own products lose their permits
            elif not passive and (named := nominal_revoker(ctx, v, start, end)) is not None:
                # "Salah satu kasus … adalah pencabutan izin edar sirup Brontusin DMP": the regulator the story is about
                for t in revoked_targets(ctx, v, end):
                    if t.type == "Product":
                        ctx.emit("REVOKED", named, t, v, 0.6, what=what_s)
            return
        near = [m for m in v.before(start) if m.type in (*HOLDERS, "Product") and start - m.end <= 60
                and not contents.named_as_contents(v, m, 20)][:1]  # not "mengandung X yang …"
        targets = [maker_product(ctx, v, m, start) or m.ent for m in near]  # "P produksi PT X, yang izin edarnya …": P
        if (row := row_product(v, start)) is not None:
            targets = [row]  # "| P | zat | PT X | izin edar telah dibatalkan BPOM |": the row's product loses its permit
        targets += [m.ent for m in v.before(start, ("Product",))[:3] if m.ent not in targets and start - m.end <= 90
                    and _PERMIT_OF.search(v.masked[: m.start])]  # "Izin edar P yang sebelumnya dimiliki CV X telah dibatalkan BPOM": P
        if not targets and _PERMIT_REF.search(v.masked[max(0, start - 40) : start]):
            # "Namun notifikasi tersebut dibatalkan BPOM": the permit told of before, so the product that held it
            targets = contents.without_contents(ctx, ctx.recent(v.index, ("Product",), pos=start, back=2, limit=4))[:1]
        if not targets and passive:
            targets = referred(ctx, v, start)  # "Sertifikat halal untuk ketiga produk tersebut juga dicabut oleh BPJPH"
        for t in targets:
            ctx.emit("REVOKED", by[0].ent, t, v, 0.75, what=what_s)
        return
    targets = revoked_targets(ctx, v, end)
    for t in targets:
        ctx.emit("REVOKED", reg.ent, t, v, 0.75, what=what_s)
        if unit is not None and t.id != unit.id:
            ctx.emit("REVOKED", unit, t, v, 0.7, what=what_s)
    if _COUNTED.match(v.masked, end) and not any(t.type == "Product" for t in targets):
        _named_later(ctx, v.index, reg.ent, what_s)  # "… lima produk milik PT A dan CV B. Dari PT A, produk yang ditarik adalah P …"
    if not targets and FOLLOWING.match(v.masked, end):
        _bulleted(ctx, v.index, reg.ent, what_s)  # "BPOM mencabut izin edar/notifikasi produk berikut:" and a table
    if not targets and _COUNTED.match(v.masked, end):
        listed_next(ctx, v.index + 1, reg.ent, "REVOKED")  # "mencabut izin edar tiga produk. Ketiga produk itu adalah: …"
        for j in (v.index + 1, v.index + 2):
            if j < len(ctx.views) and _LIST_INTRO.search(w := ctx.views[j].masked) and _BACK_LIST.search(w) \
                    and not _OTHER.search(w):
                _bulleted(ctx, j, reg.ent, what_s)  # "Produk yang izin edarnya dicabut dan wajib ditarik adalah:"
                break


# a list item that opens on its verb ("1. mencabut …", "- membekukan …"), the subject in the line over the list
_ITEM_HEAD = re.compile(r"\s*(?:\(?\d{1,2}[.)]|[a-e][.)]|[-*\u2022\u2013])?\s*$")
_LEAD = re.compile(r"[\w)\u2588]\s*:\s*$")
_CERT_OF = re.compile(r"\b(?:sertifikat|izin)\s+(?:[\w\u2588/-]+\s+)?(?:milik\s+|untuk\s+|bagi\s+)?$", re.I)
_TO = re.compile(r"\b(?:kepada|untuk|bagi|dengan|terhadap|to|for|with)\s+(?:the\s+)?$", re.I)
_IF = re.compile(r"\b(?:jika|bila|apabila|kalau|if|unless)\b", re.I)


def _lead_regulator(ctx: Context, i: int) -> Entity | None:
    """The regulator ending the line that introduces the list item ``i`` ("Atas temuan itu, Badan POM:")."""
    for j in range(i - 1, max(-1, i - 6), -1):
        w = ctx.views[j]
        if _LEAD.search(w.masked):
            m = w.mentions[-1] if w.mentions else None
            if m is None or m.type != "Organization" or not _is_regulator(m.ent) \
                    or w.masked[(m.gloss or m).end :].strip() not in (":", "", "):") or _TO.search(w.masked[: m.start]):
                return None  # "Tindak lanjut yang diusulkan kepada Kementerian Kesehatan:": not who acts
            return m.ent
        if not re.match(r"\s*(?:\(?\d{1,2}[.)]|[a-e][.)]|[-*\u2022\u2013])\s", w.text):
            return None  # only items of the same list lie between
    return None


_AUX = re.compile(r"\b(?:was|were|is|are|be|been|being|got)\b", re.I)
