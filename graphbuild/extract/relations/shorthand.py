"""Ministerial shorthand ("Menkes", "Wamenkes") standing for the person named with the full title.

Indonesian news names a minister once in full ("Menteri Kesehatan Budi Gunadi Sadikin") and then
writes "Menkes" for the rest of the story; visits, meetings and attendance are told of "Menkes".
When exactly one person is named with the full title, each bare shorthand becomes a mention of them.
"""

from __future__ import annotations

import re

from graphbuild.extract.relations import cues
from graphbuild.extract.relations.common import Context, M

# shorthand -> the full title it abbreviates
SHORTHAND = {
    "Menkes": "Menteri Kesehatan", "Wamenkes": "Wakil Menteri Kesehatan", "Mendag": "Menteri Perdagangan",
    "Menperin": "Menteri Perindustrian", "Menlu": "Menteri Luar Negeri", "Mendagri": "Menteri Dalam Negeri",
    "Menkeu": "Menteri Keuangan", "Menko PMK": "Menteri Koordinator Bidang Pembangunan Manusia dan Kebudayaan",
    "Wagub": "Wakil Gubernur", "Wabup": "Wakil Bupati", "Wawali": "Wakil Wali Kota", "Wawalkot": "Wakil Wali Kota",
    # the bare lower-case title a report goes on with ("Setibanya di kampus, gubernur disambut oleh …")
    "gubernur": "Gubernur", "bupati": "Bupati", "wali kota": "Wali Kota",
    "Gubernur": "Gubernur", "Bupati": "Bupati",  # "…, ia bersama Gubernur meninjau …": capitalised, the same
}
# "peraturan gubernur", "para bupati", "wakil gubernur": not the one holder
_GENERIC_BEFORE = re.compile(r"\b(?:peraturan|keputusan|instruksi|surat|kantor|rumah|para|wakil|calon|mantan|penjabat|pj|plt|plh|"
                             r"sekretaris|staf|ajudan|sang)\s*\.?\s*$", re.I)
_WORD = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, SHORTHAND), key=len, reverse=True)) + r")\b")
# "Wakil Gubernur Kalimantan Barat, Drs. H. Yohanes …": a regional head's region may stand between; so may the
# shorthand itself, glossed ("Wakil Menteri Kesehatan (Wamenkes) Rizal …")
_BARE_CAPS = frozenset({"Gubernur", "Bupati"})
_NAMED_AFTER = re.compile(r"\s+[A-Z]")
# "Gubernur Jawa Tengah Bambang Sulistyo": the region a mention, the name right after it
_PLACE_GAP = re.compile(rf"^\s+\u2588+\s*,?\s*(?:{cues.HONORIFIC})*$")
_GAP = re.compile(rf"^(?:\s+(?:RI|Republik\s+Indonesia)|(?:\s+[A-Z][\w-]+){{1,3}}(?=\s*,))?(?:\s*\([A-Za-z]{{3,12}}\))?\s*,?\s*(?:{cues.HONORIFIC})*$")


def resolve(ctx: Context) -> None:
    """Replace bare shorthand words with mentions of the one person named with the full title."""
    holders: dict[str, set[str]] = {}
    said = "\0".join(v.text for v in ctx.busy)  # the full titles the document holds, found once (none holds a NUL)
    present = [(short, title) for short, title in SHORTHAND.items() if title in said]
    for v in ctx.busy if present else ():
        people = [m for m in v.mentions if m.type == "Person"]
        titles = [(short, title) for short, title in present if title in v.text] if people else []
        for m in people if titles else ():  # (a title the sentence does not hold is never found before a name)
            for short, title in titles:
                at = v.text.rfind(title, 0, m.start)
                # "Menteri Kesehatan Budi" (not "Wakil Menteri Kesehatan Dante" for "Menkes")
                if at >= 0 and (_GAP.match(v.text[at + len(title) : m.start]) or _PLACE_GAP.match(v.masked[at + len(title) : m.start])) and not (
                        not title.startswith("Wakil") and v.text[:at].endswith("Wakil ")):
                    holders.setdefault(short, set()).add(m.ent.id)
    if not holders:
        return
    for v in ctx.views:
        found = [w for w in _WORD.finditer(v.text) if len(holders.get(w.group(), ())) == 1 and not (
            w.group().islower() and _GENERIC_BEFORE.search(v.text[max(0, w.start() - 20) : w.start()])) and not (
            w.group() in _BARE_CAPS and _NAMED_AFTER.match(v.text, w.end()))]  # "Gubernur Sulawesi Selatan X": a full title
        if not found:
            continue
        taken = [(m.start, m.end) for m in v.mentions]
        added = False
        for w in found:
            nxt = next((m for m in v.mentions if m.start >= w.end()), None)
            if any(a < w.end() and w.start() < b for a, b in taken) or (
                    nxt is not None and nxt.type == "Person" and _GAP.match(v.text[w.end() : nxt.start])):
                continue  # inside a name, or "Menkes Budi": the name is there already
            person = ctx.by_id[next(iter(holders[w.group()]))]
            v.mentions.append(M(w.start(), w.end(), person, w.group(), role=SHORTHAND[w.group()]))
            added = True
        if added:
            v.mentions.sort(key=lambda m: m.start)
    ctx.busy = [v for v in ctx.views if v.mentions]
