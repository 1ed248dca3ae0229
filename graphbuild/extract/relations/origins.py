"""LOCATED_IN read from a firm's origin or seat told before it (run for each sentence by :mod:`.locations`).

"perusahaan asal India, Hetero Labs", "South Korea's Daewoong", "Headquartered in Seoul, Daewoong …",
"Perusahaan yang bermarkas di Seoul itu", "PT X memiliki pabrik di Cikarang", "Embassy of … in Jakarta": the
place comes first and the organisation after it (or the one the sentence is about). Split out of ``locations`` to keep
it short; its cues are watched here, at import, before ``locations`` reads a sentence.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import places
from graphbuild.extract.relations.common import Context, CueGroup, View, watch
from graphbuild.extract.relations.litsearch import prefix_search
from graphbuild.extract.relations.makers import spoken_of
from graphbuild.types import Entity

COMMA = re.compile(r"^\.?\s*,\s*$")  # "Co., Ltd., Tiongkok": the name ends before the abbreviation's dot
_HQ_BEFORE = re.compile(r"\b(?:headquartered|based|berkantor\s+pusat|bermarkas|berpusat)\s+(?:di|in)\s+$", re.I)
# "perusahaan asal India, Hetero Labs" / "South Korea's Daewoong Pharmaceutical": the place comes first
_ORIGIN_BEFORE = re.compile(r"\b(?:asal|berasal\s+dari|dari\s+negara)\s+$", re.I)
# "perusahaan bioteknologi Singapura, Meridian Cell": the country as the kind's adjective
_KIND_BEFORE = re.compile(r"\b(?i:perusahaan|produsen|firma|industri)(?:\s+[a-z][\w-]*){0,3}\s+$")  # also opening the sentence
_ORIGIN_GAP = re.compile(r"^\s*,\s*(?:PT\.?\s+)?$|^(?:'s|\u2019s)\s+[*_]{0,2}$")  # "South Korea's **Daewoong**": markdown
# "Headquartered in Seoul, Daewoong ..." (or "… yang berkantor pusat di Jakarta, PT X", _HQ_BEFORE) / "Founded in 1969 in Palembang, South Sumatra, PT Dexa Medica ..."
_OPENING_SITE = re.compile(
    r"^\s*(?:Headquartered|Based|Founded|Established|Berkantor\s+pusat|Bermarkas|Berbasis|Didirikan)\b[^,]{0,30}?\b(?:in|di)\s+$",
    re.I,
)
_THE_COMPANY = re.compile(r"\s*,\s*(?:the\s+company|perseroan|perusahaan(?:\s+(?:ini|tersebut))?)\b", re.I)
_HQ_GAP = re.compile(r"^\.?\s*,\s*(?:PT\.?\s+)?$")  # "… in Jakarta, PT Combiphar"
# "Perusahaan yang bermarkas di Seoul itu": the company named last
_THAT_COMPANY_SEATED = re.compile(r"\W*(?:perusahaan|perseroan|the\s+company)\s+(?:yang\s+|which\s+is\s+)?"
                                  r"(?:bermarkas|berkantor\s+pusat|berbasis|berpusat|based|headquartered)\s+(?:di|in)\s+$", re.I)
# "di pabriknya di Semarang", "fasilitasnya di Bogor": the site of the company the sentence is about
_OWN_SITE = re.compile(r"\b(?:pabrik|fasilitas(?:\s+produksi)?|kantor\s+pusat|markas)nya\s+(?:di|yang\s+berada\s+di)\s+$"
                       # "PT X memiliki pabrik di Cikarang", "X operates a plant in Y"
                       # "X membangun pabrik vaksin di Y", "X is building a new plant in Y", "X's new plant in Y"
                       r"|(?:\b(?:memiliki|mengoperasikan|mempunyai|membangun|mendirikan|owns|operates|has|builds|built|"
                       r"is\s+building)\s+(?:sebuah\s+|a\s+)?|['\u2019]s\s+)(?:new\s+|baru\s+)?"
                       r"(?:pabrik(?:\s+(?:baru|vaksin|obat|farmasi|bahan\s+baku(?:\s+obat)?))?|fasilitas\s+produksi|plant|factory|facilit(?:y|ies)|"
                       r"kantor\s+pusat|headquarters|"
                       r"manufacturing\s+(?:plant|facility))\s+(?:baru\s+)?(?:di|in)\s+$",
                       re.I)
watch(_HQ_BEFORE, _ORIGIN_BEFORE, _OWN_SITE, _OPENING_SITE, _THAT_COMPANY_SEATED)  # tried before every place: let the prefilter skip them
# ``X.search(v.masked[:end])`` for these end-anchored cues, tried only where a leading literal starts (each place asks again)
_origin_before, _hq_before, _own_site_before = (prefix_search(p) for p in (_ORIGIN_BEFORE, _HQ_BEFORE, _OWN_SITE))
_ORIGIN_CUES = CueGroup(_ORIGIN_BEFORE, _OPENING_SITE, _HQ_BEFORE, _THAT_COMPANY_SEATED, _OWN_SITE)  # ``_origins``'s, in order


_BY_REFERENCE = re.compile(r"\b(?:perseroan|perusahaan\s+(?:ini|tersebut|itu)|the\s+company)\b", re.I)


def origins(ctx: Context, v: View) -> None:
    flags: list[bool] | None = None
    for m in v.mentions:
        if m.type != "Location":
            continue
        if flags is None:  # the cues read before each place, asked once per sentence
            flags = _ORIGIN_CUES.may_each(v)
            origin, opening, hq, seated, own = flags
        nxt = v.next_mention(m)
        if (nxt is not None and nxt.type == "Organization" and ctx.is_country(m.ent)
                and _ORIGIN_GAP.match(v.gap(m.end, nxt.start))
                and ((origin and _origin_before(v.masked, m.start))
                     or _KIND_BEFORE.search(v.masked[: m.start]) or v.gap(m.end, nxt.start).strip(" *_") in ("'s", "\u2019s"))):
            if not (m.ent.name == "Indonesia" and nxt.ent.category in ("regulator", "government")):
                ctx.emit("LOCATED_IN", nxt.ent, m.ent, v, 0.75)  # ("Indonesia's BPOM": the home country's own body, no seat)
        elif nxt is not None and nxt.type == "Location" and origin and _origin_before(v.masked, m.start):
            # "perusahaan asal Guangzhou, Tiongkok, Bio-Thera Solutions": the city and what locates it, then the firm
            last = m
            while (n := v.next_mention(last)) is not None and n.type == "Location" and COMMA.match(v.gap(last.end, n.start)):
                last = n
            org = v.next_mention(last)
            if last is not m and org is not None and org.type == "Organization" and _ORIGIN_GAP.match(v.gap(last.end, org.start)):
                ctx.emit("LOCATED_IN", org.ent, m.ent, v, 0.75)
        elif nxt is not None and nxt.type == "Organization" and _ORIGIN_GAP.match(v.gap(m.end, nxt.start)) and origin \
                and _origin_before(v.masked, m.start):
            ctx.emit("LOCATED_IN", nxt.ent, m.ent, v, 0.7)  # "Perusahaan asal Bandung, PT X": a city, not a country
        if (opening and _OPENING_SITE.match(v.masked[: m.start])) or (
                hq and _hq_before(v.masked, m.start)):
            # the place and the places that locate it, then the organisation named after them
            cur = m
            while (n := v.next_mention(cur)) is not None and n.type == "Location" and COMMA.match(v.gap(cur.end, n.start)):
                cur = n
            n = v.next_mention(cur)
            if n is not None and n.type == "Organization" and _HQ_GAP.match(v.gap(cur.end, n.start)):
                ctx.emit("LOCATED_IN", n.ent, m.ent, v, 0.75)
            elif _THE_COMPANY.match(v.masked, cur.end) and (firm := spoken_of(ctx, v, m.start)) is not None:
                ctx.emit("LOCATED_IN", firm, m.ent, v, 0.65)  # "Headquartered in Jakarta, the Company operates …"
        if seated and _THAT_COMPANY_SEATED.match(v.masked[: m.start]):  # \W* backtracks over masks
            # "Perusahaan yang bermarkas di Seoul itu …": the company named last (not a PT for a foreign seat)
            firm = next((e for e in ctx.recent(v.index, ("Organization",), pos=m.start, back=1, limit=3)
                         if e.category == "company" and not (places.foreign(m.ent) and ctx.is_indonesian(e))), None)
            if firm is not None:
                ctx.emit("LOCATED_IN", firm, m.ent, v, 0.65)
        if own and _own_site_before(v.masked, m.start):
            subj = next((o for o in v.before(m.start, ("Organization",)) if o.start not in v.role_orgs), None)
            # not past a subject named by reference: "…, Drs. B, Apt. Berdasarkan perjanjian, perseroan … di pabriknya di X"
            if subj is not None and subj.ent.category == "company" and not _BY_REFERENCE.search(v.masked, subj.end, m.start):
                ctx.emit("LOCATED_IN", subj.ent, m.ent, v, 0.65)
    for m in v.mentions:
        if m.type == "Organization" and "in" in m.text and (at := _SEAT_IN_NAME.search(m.text)):
            place = _place_named(ctx, at.group(1))
            if place is not None:
                ctx.emit("LOCATED_IN", m.ent, place, v, 0.7)


_SEAT_IN_NAME = re.compile(r"\sin\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)$")  # "Embassy of ... in Jakarta"


def _place_named(ctx: Context, name: str) -> Entity | None:
    key = name.casefold()
    for e in ctx.entities:
        if e.type == "Location" and key in {n.casefold() for n in (e.name, *e.aliases)}:
            return e
    return None
