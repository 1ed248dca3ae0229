"""DEVELOPS and MARKETS from a counted group that names its owner: "Kedua merek milik Hoshino tersebut
sebelumnya didistribusikan oleh PT Y", "Ketiga produk buatan PT A itu dipasarkan oleh PT B"; or whose maker
comes after a first clause: "Ketiga produk telah memperoleh notifikasi dari BPOM … dan diproduksi oleh PT X",
"All three products are manufactured at X's production facility in Cikande".

Why: after listing a distributor's new brands, news says whose they are and who sold them before in one
sentence opened by the counted group. The owner inside the subject ("milik", "buatan", "produksi") makes
each of the brands the count points back to; the agent of the passive verb after it makes or sells them.
``collectives`` reads the same subject without an owner, its verb first (there the first company named is the
agent; here an owner or a regulator comes before it).
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.collectives import AUX, MADE, SOLD, counted_back
from graphbuild.extract.relations.common import Context, View, watch
from graphbuild.extract.relations.counted_pronouns import counted_list
from graphbuild.extract.relations.discourse import regulator_like

# the counted subject up to its owner: "Kedua merek milik ", "Menurut Retno, ketiga produk buatan PT "
_OWNED_GROUP = re.compile(
    r"^[\s\"\u201c(]*(?:(?:[A-Za-z]+\s+){0,3}[A-Za-z]+\s*,\s*)?ke(?P<n>dua|tiga|empat|lima|enam)\s+"
    r"(?:produk|obat|vaksin|merek|jamu|suplemen|kosmetik|sediaan)(?:\s+(?:baru|herbal|resep))?\s+"
    r"(?:milik|buatan|produksi|besutan|keluaran)\s+(?:PT\.?\s+)?$", re.I)
# between the owner and the agent: "tersebut sebelumnya didistribusikan oleh ", "itu juga diproduksi oleh "
_THEN_BY = re.compile(
    rf"^\s*(?:\([^()]*\)\s*)?(?:tersebut|itu|ini)?\s+{AUX}(?:(?P<made>{MADE})|(?P<sold>{SOLD}))\s+"
    r"(?:(?:di|ke)\s+[^.;:\u2588]{0,60}?\s)?(?:oleh|by)\s+(?:PT\.?\s+)?$", re.I)
# a counted group opening the sentence: "Ketiga produk (tersebut)", "All three products", "Both products"
_GROUP = (r"^[\s\"\u201c(]*(?:(?:[A-Za-z]+\s+){0,3}[A-Za-z]+\s*,\s*)?(?:ke(?P<n>dua|tiga|empat|lima|enam)\s+"
          r"(?:produk|obat|vaksin|merek|jamu|suplemen|kosmetik|sediaan)(?:\s+(?:baru|herbal|tersebut|itu|ini))*"
          r"|(?:all\s+|the\s+)(?P<en>two|three|four|five)\s+(?:new\s+)?(?:products|medicines|drugs|vaccines)|(?P<both>both)\s+products)")
# "… telah memperoleh notifikasi dari █ pada Mei 2025 dan diproduksi oleh ": the maker after a first clause
_LATER_BY = re.compile(
    _GROUP + rf"\s+[^.;:]{{0,160}}?,?\s(?:dan|serta|and)\s+{AUX}(?:(?P<made>{MADE})|(?P<sold>{SOLD}))\s+"
    r"(?:(?:di|ke|in|to)\s+[^.;:\u2588]{0,60}?\s)?(?:oleh|by)\s+(?:PT\.?\s+)?$", re.I)
# "All three products are manufactured at ": the owner of the plant named next ("X's production facility")
_MADE_AT = re.compile(_GROUP + r"\s+(?:are|were|will\s+be|akan|telah|sudah)?\s*(?:all\s+)?(?:manufactured|produced|made"
                      r"|diproduksi|dibuat)\s+(?:at|in|di)\s+(?:the\s+)?$", re.I)
_PLANT_OF = re.compile(r"['\u2019]s\s+(?:[a-z]+\s+){0,2}(?:facility|plant|factory|site)\b", re.I)
GROUP_CUE = re.compile(r"\b(?:ke(?:dua|tiga|empat|lima|enam)\s+(?:produk|obat|vaksin|merek|jamu|suplemen|kosmetik|sediaan)"
                       r"|(?:all|the)\s+(?:two|three|four|five)\s+(?:new\s+)?(?:products|medicines|drugs|vaccines)|both\s+products)\b",
                       re.I)
watch(GROUP_CUE)
CUE = re.compile(r"\bke(?:dua|tiga|empat|lima|enam)\s+(?:produk|obat|vaksin|merek|jamu|suplemen|kosmetik|sediaan)"
                 r"(?:\s+(?:baru|herbal|resep))?\s+(?:milik|buatan|produksi|besutan|keluaran)\b", re.I)
watch(CUE)


def find(ctx: Context, v: View) -> None:
    """The owner of a counted group makes its brands; the passive's agent after it makes or sells them."""
    if not v.index or any(m.type == "Product" for m in v.mentions):
        return  # a brand named in the sentence: the name-based rules read it
    owner = next((m for m in v.mentions if m.type == "Organization"), None)
    if owner is None or (g := _OWNED_GROUP.match(v.masked[: owner.start])) is None or regulator_like(owner.ent):
        return
    many = cues.COUNT_WORDS.get(g.group("n").lower(), 0)
    got = counted_list(ctx, v, many) or counted_back(ctx, v.index, many)
    if len(got) != many:
        return
    for p in got:
        ctx.emit("DEVELOPS", owner.ent, p, v, 0.6)
    agent = v.next_mention(owner)
    if agent is None or agent.type != "Organization" or regulator_like(agent.ent):
        return
    if (t := _THEN_BY.match(v.masked[owner.end : agent.start])) is None:
        return
    for p in got:
        ctx.emit("DEVELOPS" if t.group("made") else "MARKETS", agent.ent, p, v, 0.6)


def group_agent(ctx: Context, v: View) -> None:
    """The agent of a counted group's later verb, or the owner of the plant it is made at, makes or sells its brands."""
    if not v.index:
        return
    for org in (m for m in v.mentions if m.type == "Organization"):
        if any(m.type == "Product" for m in v.before(org.start)):
            return  # a brand named first: the name-based rules read it
        if regulator_like(org.ent):
            continue  # "… nomor notifikasi dari BPOM … dan diproduksi oleh X": the one that notified, not the maker
        head = v.masked[: org.start]
        g = _LATER_BY.match(head)
        if g is None and (g := _MADE_AT.match(head)) is not None and not _PLANT_OF.match(v.masked, org.end):
            g = None
        if g is None:
            continue
        word = (g.group("n") or g.group("en") or g.group("both")).lower()
        many = cues.COUNT_WORDS.get(word, 0)
        got = counted_list(ctx, v, many) or counted_back(ctx, v.index, many)
        rtype = "MARKETS" if "sold" in g.groupdict() and g.group("sold") else "DEVELOPS"
        for p in got if len(got) == many else []:
            ctx.emit(rtype, org.ent, p, v, 0.6)
        return
