"""National and regional bodies written short and long are one body, for ``cluster``.

"Polda Kalbar" / "Polda Kalimantan Barat", "Pemprov Jabar" / "Pemerintah Provinsi Jawa Barat", "Indonesian Ministry of
Health" / "the Ministry of Health". Split out of ``merges`` because these rules join names through the gazetteer and
the nationality words (a province's short form, a region's government or health office, a demonym that only qualifies
a name), not through the words two names share.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from graphbuild.extract.entities.context import Ctx
from graphbuild.extract.entities.merges import UF, Typed, text_key
from graphbuild.extract.lexicon import Lexicon, normalize


def province_expanded(ctx: Ctx, key: str) -> str | None:
    """"polda kalbar" -> "polda kalimantan barat": a one-word province short form (gazetteer alias) written
    out, so an office named with either form is one organisation. None when the key has no short form."""
    return _province_expanded(ctx.lexicon, key)


@lru_cache(maxsize=8192)  # depends on the lexicon and the name alone: the same names recur across documents
def _province_expanded(lexicon: Lexicon, key: str) -> str | None:
    words = key.split()
    out: list[str] = []
    changed = False
    for w in words[1:]:
        e = lexicon.lookup(w, "Location") if len(w) >= 3 else None
        if e is not None and e.category == "province" and normalize(e.name) != w:
            out.append(normalize(e.name))
            changed = True
        else:
            out.append(w)
    return " ".join(words[:1] + out) if changed else None


@lru_cache(maxsize=4)  # once per cue list (a frozenset hashes once)
def _nations(demonyms: frozenset[str]) -> frozenset[str]:
    return frozenset({d.lower() for d in demonyms} | {"indonesian", "indonesia's"})


def merge_national(ctx: Ctx, of: Typed, uf: UF, by_key: dict[tuple[str, str], int]) -> None:
    """"Indonesian Ministry of Health" then "the Ministry of Health": the nationality word only qualifies it
    (when the document qualifies that name one way only)."""
    nations = _nations(ctx.t.cue.demonyms)
    found: dict[str, set[int]] = defaultdict(set)
    for i, x in of.get("Organization", ()):
        words = text_key(x.text).split()
        if len(words) >= 3 and words[0] in nations:
            found[" ".join(words[1:])].add(uf.find(i))
    for rest, roots in found.items():
        j = by_key.get(("Organization", rest))
        if j is not None and len(roots) == 1:
            uf.union(next(iter(roots)), j)
    for (typ, key), j in list(by_key.items()):  # a headline's "Program Kemandirian X" for "Program Kemandirian X Nasional"
        if typ == "Program" and key.endswith(" nasional") and (k := by_key.get(("Program", key[: -len(" nasional")]))) is not None:
            uf.union(k, j)
        # "Program Gercep Stunting" for "Gerak Cepat Cegah Stunting (Gercep Stunting)": the programme word only names its kind
        if typ == "Program" and key.startswith("program ") and (k := by_key.get(("Program", key[len("program ") :]))) is not None:
            uf.union(k, j)


_GOV_ABBREV = {"pemprov": "pemerintah", "pemkab": "pemerintah", "pemkot": "pemerintah", "pemda": "pemerintah",
               "dinkes": "dinas kesehatan", "diskes": "dinas kesehatan", "polda": "polda"}  # "Polda Sulsel" = "Polda Sulawesi Selatan"
_ADMIN_WORDS = frozenset({"provinsi", "kabupaten", "kota", "daerah", "prov", "kab"})


@lru_cache(maxsize=8192)  # depends on the lexicon and the name alone: the same names recur across documents
def _regional_key(lexicon: Lexicon, text: str) -> str | None:
    """"Pemprov Jabar" and "Pemerintah Provinsi Jawa Barat" -> "pemerintah|jawa barat"; None if not that shape."""
    words = normalize(text).split()
    if not words:
        return None
    head = _GOV_ABBREV.get(words[0])
    rest = words[1:]
    if head is None:
        for full, short in (("pemerintah", "pemerintah"), ("dinas kesehatan", "dinas kesehatan"),
                            ("kepolisian daerah", "polda")):
            n = len(full.split())
            if words[:n] == full.split():
                head, rest = short, words[n:]
                break
    rest = [w for w in rest if w not in _ADMIN_WORDS]
    if head is None or not rest:
        return None
    place = lexicon.lookup(" ".join(rest), "Location")
    if place is None:
        return None
    return head + "|" + normalize(place.name)


def merge_regional(ctx: Ctx, of: Typed, uf: UF) -> None:
    """Regional governments and health offices written short and long are one body."""
    seen: dict[str, int] = {}
    keys: dict[str, str | None] = {}  # per name: hubs are named many times
    for i, x in of.get("Organization", ()):
        if (key := keys.get(x.text, "")) == "":
            key = keys[x.text] = _regional_key(ctx.lexicon, x.text)
        if key is not None:
            if key in seen:
                uf.union(seen[key], i)
            else:
                seen[key] = i


def merge_regency_towns(ctx: Ctx, of: Typed, uf: UF) -> None:
    """"Kabupaten Tangerang" and, elsewhere, "TANGERANG –" or "gudang di Tangerang": a text that names the regency
    and never "Kota Tangerang" means the regency by the bare name too. A city known in its own right written bare ("BBPOM
    di Semarang" beside "Kabupaten Semarang", "dari Malang"; cues.yaml ``provincial_capitals``) is that city, and stays apart."""
    places = of.get("Location", ())
    regencies = {normalize(x.text)[10:]: i for i, x in places if normalize(x.text).startswith("kabupaten ")}
    if not regencies:
        return
    text = ctx.t.text
    capitals = ctx.t.cue.provincial_capitals
    for i, x in places:
        bare = normalize(x.text)
        j = regencies.get(bare)
        if j is not None and x.text.title() not in capitals and f"Kota {x.text.title()}" not in text \
                and f"{x.text.title()} City" not in text:
            uf.union(j, i)
