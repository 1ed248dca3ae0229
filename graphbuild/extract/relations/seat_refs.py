"""LOCATED_IN through a referring description: a seat told of "the company / the plant / the hospital" named before.

Why: news names a firm, then goes on with a description that carries its seat instead of its name:
"Kesepakatan diraih PT A. Produsen obat generik asal Padang, Sumatera Barat, itu menandatangani …",
"Perusahaan yang berlokasi di kawasan industri Kabil, Batam, ini memproduksi …", "RSUD yang berlokasi di
Tenggarong itu …", "Pabrik di Kabupaten Bogor, Jawa Barat, itu …", "Pabrik tersebut berlokasi di X",
"The Seoul-based drugmaker said …". The description's noun says what kind of thing is meant (a firm, a
plant, a hospital); the demonstrative after the place ("itu / ini / tersebut") says it was named before:
in the same sentence ("Direktur PT A, B, mengatakan produsen asal X itu …") or the sentence(s) just before,
where the subject of the previous sentence is meant when several firms are named there. ``addresses`` reads
the older "perusahaan yang berkantor pusat di X itu" of a firm named in the sentence.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import places
from graphbuild.extract.relations.addresses import foreign_firm
from graphbuild.extract.relations.chains import COMMA
from graphbuild.extract.relations.common import Context, CueGroup, M, View, watch
from graphbuild.extract.relations.discourse import defined_firm
from graphbuild.types import Entity

_FIRM = (r"perusahaan|perseroan|produsen|pabrikan|distributor|importir|eksportir|emiten|pemasok|PBF|industri\s+farmasi"
         r"|company|firm|drugmaker|manufacturer|maker|supplier|importer|exporter")
_HOSP = r"RSUD|RSUP|RSIA|RSU|RS|rumah\s+sakit|hospital"
_PLANT = r"pabrik|fasilitas(?:\s+produksi)?|sarana\s+produksi|plant|facility|factory"
_SEAT_VERB = (r"berkantor\s+pusat|bermarkas(?:\s+besar)?|berbasis|berpusat|berlokasi|berkedudukan|berdomisili|berada|terletak"
              r"|headquartered|based|located")
# "Produsen obat generik asal Padang, …, itu" / "Perusahaan yang berlokasi di kawasan industri Kabil, Batam, ini" /
# "Pabrik di Kabupaten Bogor, Jawa Barat, itu"
_ATTR = re.compile(rf"\b(?:({_FIRM})|({_HOSP})|({_PLANT}))(?-i:\s+(?!yang\b)[a-z][\w-]*){{0,3}}\s+"
                   rf"(?:asal|dari|yang\s+(?:(?:kini|juga|saat\s+ini)\s+)?(?:{_SEAT_VERB})\s+di|di)\s+"
                   r"(?-i:(?:kawasan|kompleks|zona)(?:\s+industri)?\s+(?:[A-Z][\w-]*\s*,?\s*)?)?$", re.I)
# "Pabrik tersebut berlokasi di X" / "Perusahaan itu berkantor pusat di X" / "Perseroan berkantor pusat di X"
_PRED = re.compile(rf"^[^\w]*(?:(?:({_FIRM})|({_HOSP})|({_PLANT}))\s+(?:tersebut|itu|ini)|(perseroan|the\s+company))"
                   rf"\s+(?:(?:kini|juga|saat\s+ini|sendiri|is|was|currently)\s+)*(?:{_SEAT_VERB})\s+(?:di|in)\s+$", re.I)
# "The Seoul-based drugmaker": the place before "-based" (its "the" says it was named before)
_BASED = re.compile(rf"\s*-\s*based\s+(?:[a-z][\w-]*\s+){{0,2}}(?:({_FIRM})|({_HOSP})|({_PLANT}))\b", re.I)
_THE = re.compile(r"(?:^|[^\w])[Tt]he\s+$")
_BACK = re.compile(r"\)?\s*(?:\([^()]{1,20}\))?\s*,?\s*(?:itu|ini|tersebut)\b")
_HOSP_NAME = re.compile(r"^(?:RS|Rumah\s+Sakit|Hospital)|\bHospital\b")
_LEAD = re.compile(r"^[^\w]*$")
_AND = re.compile(r"\)?\s*(?:,|,?\s*(?:dan|serta|and|&))\s*")  # "PT A dan PT B meneken …": no one subject
# both readings need a demonstrative (or the release's "Perseroan" / "the Company"): one search per sentence
_DEMO = re.compile(r"\b(?:itu|ini|tersebut|perseroan|company)\b", re.I)
watch(_ATTR, _PRED)
_CUES = CueGroup(_ATTR, _PRED)


def find(ctx: Context) -> None:
    for v in ctx.busy:
        cued, based = _CUES.may(v) and _DEMO.search(v.masked) is not None, "based" in v.text
        if not (cued or based):
            continue
        for m in v.mentions:
            if m.type != "Location":
                continue
            # (the description is read only where a demonstrative closes the place, and within 200
            # characters before it: a search over the whole sentence before every place cost 0.25 ms a document)
            if cued and _back(v, m) and (a := _ATTR.search(v.masked, max(0, m.start - 200), m.start)) is not None:
                _emit(ctx, v, m, _kind(a), a.start())
            elif cued and (p := _PRED.match(v.masked, 0, m.start)) is not None:
                if p.group(4) is None:
                    _emit(ctx, v, m, _kind(p), p.start())
                elif (firm := defined_firm(ctx)) is not None:  # "Perseroan berkantor pusat di X"
                    ctx.emit("LOCATED_IN", firm, m.ent, v, 0.6)
            elif based and _THE.search(v.masked, max(0, m.start - 40), m.start) and (b := _BASED.match(v.masked, m.end)) is not None:
                _emit(ctx, v, m, _kind(b), m.start)


def _kind(mt: re.Match[str]) -> int:
    return 0 if mt.group(1) else 1 if mt.group(2) else 2


def _back(v: View, m: M) -> bool:
    """The place (and the larger ones set off after it) is closed by "itu / ini / tersebut"."""
    last = m
    while (n := v.next_mention(last)) is not None and n.type == "Location" and COMMA.match(v.gap(last.end, n.start)):
        last = n
    return _BACK.match(v.masked, (last.gloss or last).end) is not None


def _fits(ctx: Context, e: Entity, kind: int, place: Entity | None) -> bool:
    """Of the kind the description's noun names (a firm, a hospital, a plant); a firm from the seat's country
    (any firm without a ``place``)."""
    if kind == 2:
        return e.type == "Facility"
    if e.type != "Organization":
        return False
    if kind == 1:
        return any(_HOSP_NAME.search(n) for n in (e.name, *e.aliases))
    return e.category == "company" and (place is None or _home(ctx, e, place))


def _home(ctx: Context, e: Entity, place: Entity) -> bool:
    """A seat abroad goes to a foreign firm, a domestic one to a firm with no foreign form or seat."""
    return not ctx.is_indonesian(e) if places.foreign(place) else not foreign_firm(ctx, e)


def _emit(ctx: Context, v: View, m: M, kind: int, cue: int) -> None:
    place = m.ent
    found: list[Entity] = []
    kinds: set[str] = set()  # of the noun's kind, wherever seated: "dimiliki Tokai Yakuhin Co., Ltd. …, sedangkan sisanya
    for o in v.before(cue):  # dipegang perusahaan … yang berbasis di Bandung tersebut" is neither firm of the sentence
        if _fits(ctx, o.ent, kind, None):
            kinds.add(o.ent.id)
        if _fits(ctx, o.ent, kind, place) and all(o.ent.id != e.id for e in found):
            found.append(o.ent)
    if len(kinds) > 1:
        return
    if not found:
        for w in ctx.views[max(0, v.index - 2) : v.index][::-1]:
            ms = [o for o in w.mentions if _fits(ctx, o.ent, kind, place)]
            if not ms:
                continue
            first = w.mentions[0]
            nxt = w.next_mention(first)
            paired = nxt is not None and nxt in ms and _AND.fullmatch(w.gap((first.gloss or first).end, nxt.start))
            if first in ms and _LEAD.match(w.masked[: first.start]) is not None and not paired:
                found = [first.ent]  # the subject of the sentence before
            else:
                found = list({o.ent.id: o.ent for o in ms}.values())
            break
    # two firms before it: which one is meant is not told
    if len(found) == 1 and found[0].id != place.id:
        ctx.emit("LOCATED_IN", found[0], place, v, 0.6)
