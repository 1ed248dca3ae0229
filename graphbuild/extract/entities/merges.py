"""Ways two mentions of one document are found to name the same thing, for ``cluster``.

Split from ``cluster`` (which votes each group's type and name): a union-find over the document's
mentions and the rules that join them beyond a shared key: a unit named with its parent's short
name, organisation names contained in longer ones, sites, numbered event sessions (national and
regional bodies written short and long: ``regional_merges``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.lexicon import normalize
from graphbuild.types import Mention

# a document's live mentions by type, each as (its union-find index, the mention), in text order
Typed = dict[str, list[tuple[int, Mention]]]

_STRIP_TAIL = (" republik indonesia", " ri")
_COUNTRY_TAIL = frozenset({"ri", "republik", "indonesia"})  # "Kemenkes RI" is the "Kemenkes" defined before
_LEGAL_WORDS = frozenset({"co", "ltd", "inc", "corp", "limited", "llc", "plc", "gmbh", "ag", "tbk", "persero"})
# a firm's name word and its clipped form are one word: "Daeyang Pharm" is "Daeyang Pharmaceutical Co., Ltd."
_SHORT_WORDS = {"pharm": "pharmaceutical", "pharma": "pharmaceutical", "pharmaceuticals": "pharmaceutical",
                "chem": "chemical", "chemicals": "chemical", "labs": "laboratories", "lab": "laboratories"}
_ORDINAL = re.compile(r"^ke-?\d{1,4}$", re.IGNORECASE)


class UF:
    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, x: int) -> int:
        while self.p[x] != x:
            self.p[x] = self.p[self.p[x]]
            x = self.p[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


@lru_cache(maxsize=8192)  # a hub is named the same way many times in a document, and across documents
def text_key(text: str) -> str:
    k = normalize(text)
    for tail in _STRIP_TAIL:
        if k.endswith(tail) and len(k) > len(tail) + 3:
            k = k[: -len(tail)]
    return k


def merge_parent_acronym(of: Typed, uf: UF, by_key: dict[tuple[str, str], int]) -> None:
    """"Fakultas Farmasi UGM" is "Fakultas Farmasi Universitas Gadjah Mada": a unit named with its parent's
    short name, where the document gives that short name, is the unit named with the parent's long form."""
    names: dict[int, list[str]] = defaultdict(list)
    orgs = of.get("Organization", ())
    for i, x in orgs:
        names[uf.find(i)].extend((x.text, x.canonical) if x.canonical else (x.text,))
    long_of: dict[str, str] = {}
    for texts in names.values():
        longs = [s for s in texts if len(s.split()) >= 2 and not s.isupper()]
        if longs:
            for a in texts:
                if " " not in a and a.isalpha() and len(a) >= 2 and a[0].isupper():  # "UGM", "Unair"
                    long_of.setdefault(a, max(longs, key=len))
    if not long_of:
        return
    for i, x in orgs:
        words = x.text.split()
        if len(words) >= 2 and words[-1] in long_of:
            full = " ".join([*words[:-1], long_of[words[-1]]])
            j = by_key.get(("Organization", text_key(full)), by_key.get(("Organization", "canon:" + full)))
            if j is not None:
                uf.union(j, i)


def merge_names(ctx: Ctx, of: Typed, uf: UF) -> None:
    """Organisation name contained in another (same first word); events sharing their first two words."""
    first_of: dict[tuple[str, ...], int] = {}
    mention: dict[int, Mention] = {}  # index -> the mention, for the first of each name
    formed: set[int] = set()  # first mentions of names the text writes with a foreign legal form after them
    listed: set[int] = set()  # … and of names written in full as a listed or state company ("PT Sinar Abadi Tbk")
    text = ctx.t.text
    for i, x in of.get("Organization", ()):
        words = tuple(_SHORT_WORDS.get(w, w) for w in normalize(x.text).split())
        if words:
            if (j := first_of.setdefault(words, i)) == i:
                mention[i] = x
            else:
                uf.union(j, i)
            if form_after(text, x.end):
                formed.add(j)
            if _LISTED_PT.match(x.text):
                listed.add(j)
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for words in first_of:
        by_first[words[0]].append(words)
    # the words of each group so far: a short name defined for a company ("PT Nusantara Medisindo Tbk ("Medisindo")") is that
    # company, and absorbs no other PT whose name adds words of its own ("PT Medisindo Neurofarma": a subsidiary)
    group_words: defaultdict[int, set[str]] = defaultdict(set)
    for words, i in first_of.items():
        group_words[uf.find(i)].update(words)
    for group in by_first.values():
        if len(group) < 2:
            continue
        group.sort(key=lambda w: mention[first_of[w]].start)
        sets = {w: set(w) for w in group}
        for a in group:
            known = mention[first_of[a]].canonical
            # a known company does not absorb a longer name that adds its own words unless that name is
            # the same lexicon entry: "PT Kimia Farma Apotek" (unknown) and "PT Kimia Farma Sungwun
            # Pharmacopia" (its own entry) are subsidiaries of "Kimia Farma", not other names for it
            longer = [
                b
                for b in group
                if b is not a
                and len(a) <= len(b)
                and sets[a] <= sets[b]
                and not (known and mention[first_of[b]].canonical is None
                         and not sets[b] - sets[a] <= _LEGAL_WORDS)  # "… Co., Ltd" adds no words of its own
                and not _two_entries(known, mention[first_of[b]].canonical)
                and not (mention[first_of[b]].text.startswith("PT ") and _defined_short(a, b, group_words[uf.find(first_of[a])]))
                and not _local_and_foreign(_formed(mention, formed, first_of[a]), _formed(mention, formed, first_of[b]))
                and not (first_of[a] in listed and mention[first_of[b]].text.startswith("PT ")
                         and not sets[b] - sets[a] <= _LEGAL_WORDS | _COUNTRY_TAIL)
                and not (sets[b] - sets[a] & _REGION_WORDS and (first_of[b] in formed or _FOREIGN_FORM.search(mention[first_of[b]].text)))
            ]
            if not longer:
                continue
            texts = [_formed(mention, formed, first_of[b]) for b in longer]
            if any(t.startswith("PT ") for t in texts) and any(_FOREIGN_FORM.search(t) for t in texts):
                # "Kanemori" fits "Kanemori Pharmaceutical Co., Ltd." and "PT Kanemori Pharma Indonesia": the parent's short name
                # (unless the text has bound it to the PT already: "Sarvodaya" of "PT Sarvodaya Bumi Vaksindo")
                if any(t.startswith("PT ") and uf.find(first_of[b]) == uf.find(first_of[a]) for b, t in zip(longer, texts, strict=True)):
                    continue
                longer = [b for b, t in zip(longer, texts, strict=True) if not t.startswith("PT ")]
            # "Daewoong" fits "Daewoong Pharmaceutical" and "PT Daewoong Infion": two companies, so the
            # short name goes with the first one named only, and the two long names stay apart
            maximal = [b for b in longer if not any(b is not c and sets[b] <= sets[c] for c in longer)]
            target = longer if len(maximal) == 1 else [b for b in longer if sets[b] <= sets[maximal[0]]]
            for b in target:
                uf.union(first_of[a], first_of[b])
    _merge_sites(of, uf)
    _merge_estates(ctx, of, uf)
    events: dict[tuple[str, ...], list[tuple[int, list[str]]]] = defaultdict(list)
    clipped: list[tuple[int, tuple[str, ...]]] = []
    for i, x in of.get("Event", ()):
        words = x.text.split()
        if len(words) >= 3:
            events[tuple(words[:2])].append((i, words))
        elif len(words) == 2:
            clipped.append((i, tuple(words)))
    suffix = ctx.t.cue.event_suffix
    for named in events.values():
        heads = [{w for w in words if w in suffix} for _, words in named]
        first = named[0][0]
        for n, (i, _) in enumerate(named[1:], 1):
            if not (heads[0] and heads[n] and heads[0].isdisjoint(heads[n])):
                uf.union(first, i)  # "Indonesia Pharma Expo" and "Indonesia Pharma Forum" are two events
    for i, key in clipped:  # a headline's "Temu Usaha" beside "Temu Usaha dan Pelatihan …": the one event, clipped
        named = events.get(key, [])
        if named and len({uf.find(j) for j, _ in named}) == 1:
            uf.union(named[0][0], i)
    _merge_sessions(ctx, of, uf)
    _merge_deal_tails(of, uf)
    _merge_forms(of, uf)


# a foreign company's legal form: "Co., Ltd.", "Inc.", "GmbH", "AG", "Pte. Ltd.", "Sdn. Bhd.", "S.A."
_FOREIGN_FORM = re.compile(r"\b(?:Co|Ltd|Inc|Corp|Corporation|GmbH|AG|Limited|LLC|Pte|Sdn|Bhd|S\.A|B\.V|N\.V|K\.K|SE|Plc|PLC)\b\.?")


# "PT Sinar Abadi Tbk" and "PT Sinar Abadi Distribusi": a company named in full with its listing ("Tbk") or state ("(Persero)")
# form is not the PT whose name adds words to it (its subsidiary, however alike)
_LISTED_PT = re.compile(r"PT\.?\s.*\s(?:Tbk\.?|\(Persero\))$")
# "Gyeongin Pharma Singapore Pte. Ltd.", "Hoshino Pharma (Thailand) Co., Ltd.", "Nordhavn Pharma Asia Pte. Ltd.": a firm with a legal
# form of its own whose name adds a country or region to another's is that company's regional arm, not another name for it
_REGION_WORDS = frozenset("asia pacific apac emea europe singapore singapura malaysia thailand vietnam philippines india japan korea "
                          "china hong kong taiwan australia indonesia usa america americas africa mena middle east".split())
# "Meridian BioPharma Pte. Ltd.": the name stops before "Pte." (as the gold writes it), the form stands after it
_FORM_AFTER = re.compile(r"\s*,?\s*(?:Pte|Pvt|Sdn|Co|Ltd|Inc|Corp|GmbH|AG|A/S|Limited|LLC|K\.K|Plc)\b")


def form_after(text: str, end: int) -> bool:
    """Whether a foreign legal form follows the name ending at ``end`` ("Meridian BioPharma| Pte. Ltd.")."""
    return _FORM_AFTER.match(text, end, end + 12) is not None


def _formed(mention: dict[int, Mention], formed: set[int], i: int) -> str:
    """The name of the first mention ``i``, with " Ltd." added when the text writes it with a foreign legal form."""
    return mention[i].text + (" Ltd." if i in formed and _FOREIGN_FORM.search(mention[i].text) is None else "")


def _local_and_foreign(a: str, b: str) -> bool:
    """"Kanemori Pharmaceutical Co., Ltd." and "PT Kanemori Pharma Indonesia": an Indonesian PT and a company with a foreign
    legal form are two companies (the local subsidiary and its parent), however alike their names."""
    return (a.startswith("PT ") and _FOREIGN_FORM.search(b) is not None) or (b.startswith("PT ") and _FOREIGN_FORM.search(a) is not None)


def _defined_short(a: tuple[str, ...], b: tuple[str, ...], words: set[str]) -> bool:
    """Whether ``a`` is the defined short name of a longer name not opening with it, which ``b`` adds words to."""
    return len(words) > len(a) and not set(b) - words <= _LEGAL_WORDS | _COUNTRY_TAIL


_FORM_TAIL = re.compile(r"^(?P<brand>.+?)\s+(?:sirup|syrup|tablet|kapsul|kaplet|injeksi|suspensi|drops)"
                        r"(?:\s+\d+(?:[.,]\d+)?\s*(?:ml|mg|g))?$")


def _merge_forms(of: Typed, uf: UF) -> None:
    """"Dextrafen Sirup 60 ml", "Dextrafen Sirup" and "Dextrafen": a brand written with its dosage form (and pack
    size) is the brand the text also names bare."""
    names: dict[str, int] = {}
    for i, x in of.get("Product", ()):
        names.setdefault(normalize(x.text), i)
    for name, i in names.items():
        if (m := _FORM_TAIL.match(name)) is not None and (j := names.get(m.group("brand"))) is not None:
            uf.union(j, i)


def _merge_deal_tails(of: Typed, uf: UF) -> None:
    """"Signs Licensing and Technology Transfer Agreement" (a headline cut to what the body repeats) and "License
    and Technology Transfer Agreement": an agreement name that ends another one of the text is that agreement."""
    deals = [(i, tuple(normalize(x.text).split())) for i, x in of.get("Agreement", ())]
    for i, a in deals:
        longer = [j for j, b in deals if len(b) > len(a) >= 3 and b[-len(a) :] == a]
        if len(longer) == 1:
            uf.union(i, longer[0])


def _merge_sites(of: Typed, uf: UF) -> None:
    """"Pabrik Sefalosporin" (a headline) and "Pabrik Sefalosporin Cimareme": a site name that starts the
    one longer site name of the document is that site; so is "Pabrik Cikande" the one site named for Cikande."""
    names: dict[tuple[str, ...], int] = {}
    for i, x in of.get("Facility", ()):
        names.setdefault(tuple(normalize(x.text).split()), i)
    for short, i in names.items():
        longer = [j for w, j in names.items() if len(w) > len(short) >= 2 and w[: len(short)] == short]
        if not longer and len(short) == 2 and short[0] in _SITE_WORDS:
            longer = [j for w, j in names.items() if len(w) > 2 and _town_site(w, short[1])]
        if len(longer) == 1:
            uf.union(i, longer[0])


_SITE_WORDS = frozenset({"pabrik", "plant"})


def _town_site(name: tuple[str, ...], town: str) -> bool:
    """"Pabrik Cikande" (a quote) is the one "Sinar Biofarma Sterile Plant Cikande" or "Sumber Husada Cikarang
    Plant" of the story: the site its town names."""
    return name[-2:] in (("plant", town), (town, "plant")) or (name[0] == "pabrik" and name[-1] == town)


_ESTATE_HEAD = ("kawasan industri ", "kawasan ekonomi khusus ", "kawasan berikat ",
               "kecamatan ", "kelurahan ", "desa ")  # a sub-district is its town: "Kecamatan Waru" … "di Waru"


def _merge_estates(ctx: Ctx, of: Typed, uf: UF) -> None:
    """"Kawasan Industri Deltamas", later "fasilitas produksi di Deltamas": an estate named short is that estate; so
    is "Kecamatan Cikande" later "di Cikande" (a town the gazetteer does not know as a place of its own)."""
    places: dict[str, list[int]] = defaultdict(list)
    for i, x in of.get("Location", ()):
        places[normalize(x.text)].append(i)
    for key, idx in places.items():
        head = next((h for h in _ESTATE_HEAD if key.startswith(h)), None)
        if head is not None and (short := places.get(key[len(head) :])) and _own_place(ctx, key[len(head) :], head) is None:
            for j in short:
                uf.union(idx[0], j)


_SUBDISTRICT_HEADS = frozenset({"kecamatan ", "kelurahan ", "desa "})
_TOWNS = frozenset({"city", "district", "province", "country"})


def _own_place(ctx: Ctx, bare: str, head: str) -> object:
    """The gazetteer's place named ``bare`` when it is another place than the estate or sub-district (None if not):
    "Kecamatan Sukoharjo" is no "Sukoharjo" (a regency), yet "Kecamatan Cikarang Utara" is the area "Cikarang Utara"."""
    entry = ctx.lexicon.lookup(bare, "Location")
    if entry is not None and head in _SUBDISTRICT_HEADS and entry.category not in _TOWNS:
        return None
    return entry


def _two_entries(a: str | None, b: str | None) -> bool:
    """Two different lexicon names are two companies ("PT Kimia Farma Tbk", "PT Kimia Farma Trading & Distribution")."""
    return a is not None and b is not None and normalize(a) != normalize(b)


def _merge_sessions(ctx: Ctx, of: Typed, uf: UF) -> None:
    """Events with the same session number ("ke-36") that share a name word are one session."""
    numbered: dict[str, list[tuple[int, set[str]]]] = defaultdict(list)
    c = ctx.t.cue
    for i, x in of.get("Event", ()):
        words = x.text.replace("(", " ").replace(")", " ").split()
        if len(words) >= 2 and _ORDINAL.match(words[-1]):
            names = {w for w in words[:-1] if w[:1].isupper() and w.lower() not in c.event_words}
            numbered[words[-1].lower()].append((i, names))
    for group in numbered.values():
        for a, (i, wi) in enumerate(group):
            for j, wj in group[a + 1 :]:
                if wi & wj:
                    uf.union(i, j)
