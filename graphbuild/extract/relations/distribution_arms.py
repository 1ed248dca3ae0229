"""MARKETS for the firm a maker hands its distribution to: "Distribusi vaksin dipegang PT A, anak usaha X",
"Distribution to hospitals … will be handled by PT A", "Products under the agreement will be distributed nationwide
by PT A, a wholly owned subsidiary of the Company", "Keduanya … didistribusikan oleh anak usahanya, PT A",
"Produk asli kami hanya didistribusikan melalui distributor resmi, PT A".

Why: approval, launch and recall stories name the products first and, a sentence or more later, the distribution arm
that takes them to hospitals and pharmacies, by what it handles rather than by the products' names. The products
meant are the ones told so far: those the sentence names before the arm, else those named before it whose maker,
seller or approval the story gave (the arm's parent's, when the sentence names the parent). ``distributor_refs``
reads the narrower forms (one approved product, "seluruh produk X"); this one runs after it.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.counted_pronouns import counted_list
from graphbuild.extract.relations.discourse import main_firm, regulator_like
from graphbuild.extract.relations.name_brands import first_word
from graphbuild.types import Entity

_AUX = r"(?:(?:akan|juga|nantinya|kelak|kini|selama\s+ini|sepenuhnya|hanya|langsung|will|also|only|be|is|are|exclusively)\s+)*"
_WHERE = r"(?:(?:(?:di|ke|in|to|across|throughout)\s+(?:seluruh\s+|dalam\s+)?\w+|secara\s+\w+|nationwide|locally)\s+)?"
# the words between the cue and the arm's name: "anak usahanya, ", "its wholly owned subsidiary, ", "distributor resmi, "
_APPOSED = (r"(?:(?:(?:its|the\s+company['\u2019]s|their|our)\s+)?(?:wholly[-\s]owned\s+)?(?:distribution\s+|pharmaceutical\s+wholesale\s+)?"
            r"(?:anak\s+(?:usaha|perusahaan)(?:nya)?|subsidiary|arm|distributor(?:\s+(?:resmi|tunggal|nasional))?|mitra\s+(?:kami|distribusi)"
            r"|PBF|pedagang\s+besar\s+farmasi)(?:\s+\u2588+)?\s*,?\s*)?(?:PT\.?\s+)?$")
_ARM = re.compile(
    # "Distribusi vaksin ke faskes dipegang/ditangani/dilakukan oleh", "Pemasaran P dan produk X lainnya ditangani"
    r"(?:(?<!Cara\s)(?<!pengawasan\s)(?<!izin\s)(?<!sertifikat\s)(?<!audit\s)(?<!evaluasi\s)(?<!pemantauan\s)(?<!inspeksi\s)"
    r"(?<!pemeriksaan\s)\b(?:pemasaran|distribusi|pendistribusian|penyaluran)(?:nya)?\b"
    r"[^.;:]{0,90}?\s" + _AUX + r"(?:dipegang|dilakukan|ditangani|dijalankan|dikelola)\s+(?:(?:oleh|melalui|lewat)\s+)?"
    # "Keduanya … didistribusikan oleh anak usahanya,", "Produk-produknya dipasarkan oleh", "hanya didistribusikan melalui"
    r"|\b(?:didistribusikan|dipasarkan|disalurkan)\s+" + _WHERE + r"(?:oleh|melalui|lewat)\s+"
    # "will be distributed nationwide by", "distributed nationwide through its wholly owned subsidiary,"
    r"|\b(?:distributed|marketed)\s+" + _WHERE + r"(?:by|through|via)\s+"
    # "Distribution to hospitals … will be handled by", "Commercial distribution will be handled by the Company's …"
    r"|\b(?:distribution|marketing)\b[^.;:]{0,90}?\s(?:will\s+be|is\s+to\s+be|is|are)\s+(?:handled|carried\s+out|managed)\s+(?:by|through)\s+)"
    + _APPOSED, re.I)
_CUE = re.compile(r"dipegang|dilakukan|ditangani|dijalankan|dikelola|didistribusikan|dipasarkan|disalurkan|distributed|marketed|"
                  r"handle|carried\s+out|managed|menangani|menyalurkan|mendistribusikan|memasarkan", re.I)
watch(_CUE)
# "PT A, anak usaha X", "PT A, a wholly owned subsidiary of X": the parent after the arm's name
_PARENT_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?,\s*(?:(?:a|the)\s+)?(?:wholly[-\s]owned\s+)?(?:anak\s+(?:usaha|perusahaan)|subsidiary\s+of)"
                           r"\s+(?:PT\.?\s+)?$", re.I)
_PARENT_BEFORE = re.compile(r"\b(?:anak\s+(?:usaha|perusahaan)|subsidiary\s+of)\s+\u2588+\s*,?\s*(?:PT\.?\s+)?$", re.I)
_THROUGH = re.compile(r"\s(?:melalui|lewat|through)\s+(?:anak\s+usahanya|its\s+(?:wholly[-\s]owned\s+)?subsidiary)\s*,\s*(?:PT\.?\s+)?$", re.I)
# "anak usaha X, PT A" / "subsidiary of X": X is the parent; "the Company's wholly owned subsidiary, PT A": so is the Company
_OF_PARENT = re.compile(r"\b(?:anak\s+(?:usaha|perusahaan)|subsidiary\s+of)\s+$", re.I)
_POSSESSOR = re.compile(r"['\u2019]s?\s+(?:wholly|distribution|subsidiary|pharmaceutical)", re.I)
# "PT A, Sirnagalih's distribution subsidiary, will handle nationwide distribution", "PT A, anak perusahaan X yang menyalurkan
# kedua produk": the arm named first, what it does after
_ARM_AFTER = re.compile(r"^\s*(?:\([^()]*\)\s*)?(?:,[^.;,]{0,80}?)?,?\s*(?:will|akan)\s+(?:handle|menangani)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:distribution|distribusi|pemasaran)\b"
                        r"|^\s*,\s*anak\s+(?:usaha|perusahaan)\s+\u2588+\s+yang\s+(?:selama\s+ini\s+|juga\s+)?"
                        r"(?:menyalurkan|mendistribusikan|memasarkan)\s+(?:ke(?:dua|tiga|empat)\s+)?produk", re.I)
_COUNTED = re.compile(r"\bke(dua|tiga|empat)(?:nya|\s+(?:produk|obat|sirup|vaksin|jenis|merek)\b)", re.I)
_NUMBER = {"dua": 2, "tiga": 3, "empat": 4}
_NOMINAL = re.compile(r"(?:pemasaran|distribusi|pendistribusian|penyaluran|distribution|marketing)", re.I)
_PURPOSE = re.compile(r"\b(?:untuk|bagi|guna|for)\b", re.I)
_OTHER = re.compile(r"\b(?:lain|lainnya|other)\b", re.I)
# the story's company as the owner of what is handed on: "produk perseroan", "anak usahanya", "the Company's subsidiary"
_OURS = re.compile(r"\b(?:perseroan|the\s+company|anak\s+(?:usaha|perusahaan)nya|its\s+(?:wholly[-\s]owned\s+)?subsidiary|kami|our)\b", re.I)
# a subject that describes other products than those told: "Produk-produk impor dari Jerman dipasarkan oleh PT A"
_ELSEWHERE = re.compile(r"\b(?:impor|imported|lain|lainnya|other)\b", re.I)
_DENIED = re.compile(r"\b(?:tidak|tak|belum|bukan|tanpa|not|never|no\s+longer)\b", re.I)
_MOST = 4  # a story's products handed on, not a catalogue


def find(ctx: Context) -> None:
    for v in ctx.where(_CUE, every=True):
        if not _CUE.search(v.masked):
            continue
        handed: Entity | None = None
        for org in (m for m in v.mentions if m.type == "Organization" and m.role is None):
            before = v.masked[max(0, org.start - 200) : org.start]
            if _OF_PARENT.search(before) or _POSSESSOR.match(v.masked[org.end :]):
                continue  # "anak usaha X, PT A", "the Company's subsidiary": X is the parent, not the arm
            cue = _ARM.search(before)
            if cue is not None and _DENIED.search(before[max(0, cue.start() - 30) : cue.end()]):
                continue  # "P tidak akan didistribusikan oleh PT A"
            if (cue is not None and not _NOMINAL.match(cue.group()) and _ELSEWHERE.search(before[max(0, cue.start() - 80) : cue.start()])
                    and not any(m.type == "Product" and m.end <= org.start for m in v.mentions)):
                continue  # "Produk-produk impor dari Jerman dipasarkan oleh PT A": other products, not those told
            if cue is None and not (handed is not None and _THROUGH.search(v.masked[: org.start])):
                continue
            if regulator_like(org.ent) or org.ent.category not in (None, "company"):
                continue
            _hand(ctx, v, org, org.start - len(before) + (cue.start() if cue else 0))
            handed = org.ent
        if handed is not None:
            continue
        for org in (m for m in v.mentions if m.type == "Organization" and m.role is None and _ARM_AFTER.match(v.masked[m.end :])):
            if not _OF_PARENT.search(v.masked[: org.start]) and not regulator_like(org.ent) and org.ent.category in (None, "company"):
                _hand(ctx, v, org, org.start)
            break


def _hand(ctx: Context, v: View, org: M, cue_at: int) -> None:
    arm = org.ent
    parent = _parent(v, org)
    brands = [m for m in v.mentions if m.type == "Product" and m.end <= org.start and m.text[:1].isupper()]
    if brands and not _NOMINAL.match(v.masked[cue_at:]):  # "P untuk X dan Q akan didistribusikan oleh": Q is the subject
        last = max((i for i, m in enumerate(brands[:-1]) if _PURPOSE.search(v.masked[m.end : brands[i + 1].start])), default=-1)
        brands = brands[last + 1 :]
    named = [m.ent for m in brands]
    count = _COUNTED.search(v.masked)
    if not named and _OTHER.search(v.masked[cue_at : org.start]):
        return  # "Distribusi sirup lain dilakukan oleh PT A": other products than those told
    if named:
        products = named
    elif count is not None:  # "menyalurkan kedua produk", "ketiga sirup tersebut": the list of that many told before
        products = counted_list(ctx, v, _NUMBER[count.group(1).lower()]) or _told(ctx, v, arm, parent)
    else:
        strict = False
        inner = [m for m in v.mentions if m.type == "Organization" and cue_at <= m.start and m.end <= org.start and m.ent is not arm]
        if parent is None and inner:  # "distribusi seluruh produk PT X ditangani anak usahanya, PT A": X's products
            parent, strict = inner[0].ent, True
        elif parent is None and _OURS.search(v.masked[cue_at : org.start]):  # "seluruh produk perseroan", "anak usahanya"
            parent, strict = main_firm(ctx, v.index), True
            parent = None if parent is arm else parent
        products = _told(ctx, v, arm, parent, strict and parent is not None)
        if parent is None and _NOMINAL.match(v.masked[cue_at:]) and len(products) != 1:
            return  # "Pemasaran akan dilakukan melalui PT A" after two brands: which of them is not told
    if not products or len(products) > _MOST:
        return
    for p in products:
        if not ctx.has("DEVELOPS", head=arm, tail=p):
            ctx.emit("MARKETS", arm, p, v, 0.55)
    through = _THROUGH.search(v.masked[: org.start])
    if through is not None:  # "pemasarannya dilakukan oleh X melalui anak usahanya, PT A": X sells them too
        seller = next((m for m in v.before(through.start(), ("Organization",)) if m.start >= cue_at), None)
        if seller is not None and seller.role is None:
            for p in products:
                ctx.emit("MARKETS", seller.ent, p, v, 0.55)


def _parent(v: View, org: M) -> Entity | None:
    nxt = v.next_mention(org)
    if nxt is not None and nxt.type == "Organization" and _PARENT_AFTER.match(v.masked[org.end : nxt.start]):
        return nxt.ent
    if _PARENT_BEFORE.search(v.masked[: org.start]) or _THROUGH.search(v.masked[: org.start]):
        prev = v.prev_mention(org)
        if prev is not None and prev.type == "Organization":
            return prev.ent
    return None


def _told(ctx: Context, v: View, arm: Entity, parent: Entity | None, strict: bool = False) -> list[Entity]:
    """The brands named before ``v`` that the story gave a maker, seller or approval: the parent's, when it is named
    and has some; else those of a firm that shares the arm's name ("PT Santika Farma" for "PT Santika Distribusi
    Medika"); else all of them when one maker makes them all, and none when they are two makers' brands."""
    known: dict[str, set[str]] = {}
    for t in ("DEVELOPS", "MARKETS", "APPROVED"):
        for r in ctx.typed(t):
            known.setdefault(r.tail, set()).add(r.head)
    made: dict[str, set[str]] = {}
    for r in ctx.typed("DEVELOPS"):
        if r.head != arm.id:
            made.setdefault(r.tail, set()).add(r.head)
    out: list[Entity] = []
    for w in ctx.views[: v.index]:
        for m in w.mentions:
            e = m.ent
            if m.type != "Product" or not (m.text[:1].isupper() and e.name[:1].isupper()) or e.id not in known or e in out:
                continue
            if ctx.has("DEVELOPS", head=arm, tail=e):
                continue
            out.append(e)
    if parent is not None:
        own = [e for e in out if parent.id in known[e.id]]
        if own or strict:  # the company's own products ("seluruh produk perseroan"), not others told beside them
            return own
    key = first_word(arm).lower()
    kin = {e.id for e in ctx.entities if e.type == "Organization" and e is not arm and key and first_word(e).lower() == key}
    ours = [e for e in out if known[e.id] & kin]
    if ours:  # "PT Santika Distribusi Medika" beside "PT Santika Farma": the group's own products only
        return ours
    if out and set.intersection(*(made.get(e.id, set()) for e in out)):
        return out  # one maker makes them all
    return []
