"""The organisation a title points to when no mention beside it is that body (read for :mod:`.positions`).

"Direktur Reserse Kriminal Khusus Polda X" heads "Direktorat Reserse Kriminal Khusus", named elsewhere;
"Duta Besar Jepang" heads the "Kedutaan Besar Jepang" the document names; "Deputi I BPOM" sits in BPOM;
"Novell's President Director" names its company only in the possessive. These look organisations up in the
document's entities by name rather than read the sentence, so they live apart from the title patterns; split
out of ``positions`` to keep it short. :func:`title_key` folds title abbreviations ("Dirjen", "Dubes").
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from graphbuild.extract.relations import cues, places
from graphbuild.extract.relations.common import Context, M, View, watch
from graphbuild.extract.relations.title_patterns import TITLE_START
from graphbuild.types import Entity

_TITLE_KEYS = {
    "sekjen": "sekretaris jenderal", "dirjen": "direktur jenderal", "dirut": "direktur utama",
    "walikota": "wali kota", "dubes": "duta besar", "presdir": "presiden direktur", "konjen": "konsul jenderal",
    "sestama": "sekretaris utama", "wamen": "wakil menteri",
}


def title_key(title: str) -> str:
    t = " ".join(title.split()).casefold()
    return _TITLE_KEYS.get(t, t)


def embassy(ctx: Context, country: Entity) -> Entity | None:
    """"Kedutaan Besar Jepang (di Indonesia)" / "Embassy of Japan" when the document names it."""
    names = [n.casefold() for n in (country.name, *country.aliases)]
    for e in ctx.entities:
        for n in (e.name, *e.aliases):
            low = n.casefold()
            if e.type == "Organization" and any(low.startswith((f"kedutaan besar {c}", f"kedubes {c}", f"embassy of {c}",
                                                                  f"embassy of the {c}", f"{c} embassy")) for c in names):
                return e
    return None


_KBRI = ("kbri ", "kedutaan besar republik indonesia", "kedutaan besar ri ", "kedubes ri ", "embassy of indonesia",
         "embassy of the republic of indonesia", "indonesian embassy")


_KJRI = ("kjri ", "konsulat jenderal republik indonesia", "konsulat jenderal ri ", "konjen ri ", "consulate general of indonesia",
         "consulate general of the republic of indonesia", "indonesian consulate")


def indonesian_mission(ctx: Context, consul: bool = False, place: Entity | None = None) -> Entity | None:
    """The one Indonesian embassy ("KBRI Seoul") the document names: where "Duta Besar RI untuk X" serves; for a consul
    general ("Konsul Jenderal RI di Dubai"), the consulate the document names in that city (or its only one)."""
    found = [e for e in ctx.entities if e.type == "Organization"
             and any(n.casefold().startswith(_KJRI if consul else _KBRI) for n in (e.name, *e.aliases))]
    if consul and place is not None and len(found) > 1:
        found = [e for e in found if any(n.casefold().endswith(" " + place.name.casefold()) for n in (e.name, *e.aliases))]
    return found[0] if len(found) == 1 else None


# "Head of the BPOM Regional Office in Makassar (Balai Besar POM di Makassar)": an English description, then the
# body's own name in brackets
_DESCRIBED = re.compile(r"(?:\s+(?:[A-Z][\w'-]*|of|in|at|for|the|and|\u2588+))*\s*\(\s*$")


def glossed_body(v: View, body: M) -> M | None:
    """The organisation named in brackets right after the description that ``body`` opens."""
    nxt = None
    for m in v.after(body.end)[:2]:  # the bracketed name is often kept as the gloss of the place before it
        nxt = m if m.type == "Organization" else m.gloss if m.gloss is not None and m.gloss.type == "Organization" else None
        if nxt is not None:
            break
    if (nxt is None or nxt.ent is body.ent or nxt.start - body.end > 80
            or not _DESCRIBED.fullmatch(v.masked, body.end, nxt.start) or not v.masked[nxt.end : nxt.end + 1] == ")"):
        return None
    return nxt


def org_named(ctx: Context, name: str) -> Entity | None:
    """The organisation named so; else the one whose name is this plus only its legal form ("Hanseo Biologics'"
    for "Hanseo Biologics Co., Ltd.": a possessive drops the suffix)."""
    want = name.casefold()
    got = next((e for e in ctx.entities if e.type == "Organization"
                and want in {n.casefold() for n in (e.name, *e.aliases)}), None)
    if got is None and len(want) >= 4:
        got = next((e for e in ctx.entities if e.type == "Organization"
                    and any(_bare(n) == want for n in (e.name, *e.aliases))), None)
    return got


_LEGAL_FORM = re.compile(rf"^(?:PT\.?\s+)?|(?:[\s,]+{cues.LEGAL})+\.?$")


def _bare(name: str) -> str:
    """A company name without its legal form ("PT", "Tbk", "Co., Ltd."), case-folded."""
    return _LEGAL_FORM.sub("", name).strip().casefold()


def parent_in_name(ctx: Context, unit: M) -> Entity | None:
    """The organisation a unit's name ends with ("Deputi I BPOM" -> BPOM)."""
    for e in ctx.entities:
        if e.id != unit.ent.id and e.type == "Organization":
            if any(len(n) >= 3 and unit.text.endswith(" " + n) for n in (e.name, *e.aliases)):
                return e
    return None


_HEADS = {"direktur": ("Direktorat",), "direktur jenderal": ("Direktorat Jenderal",), "deputi": ("Kedeputian",),
          "kepala": ("Biro", "Pusat", "Bidang", "Balai", "Subdirektorat", "Bagian", "Satuan", "Unit", "Seksi"),
          "kasat": ("Satuan",), "kanit": ("Unit",)}
_DEPUTY = re.compile(r"^(?:wakil|deputy|vice|plt\.?|pelaksana tugas)\s+(?=(?:direktur|kepala|kasat|kanit)\b)")
_SHORT_HEADS = frozenset({"kasat", "kanit"})  # police unit heads, the unit's name shortened ("Kasat Resnarkoba")


def headed_unit(ctx: Context, title: str, unit: str) -> Entity | None:
    """"Direktur Reserse Kriminal Khusus Polda X" heads "Direktorat Reserse Kriminal Khusus", named elsewhere."""
    listed = " ".join(unit.split()).casefold()  # the unit as written, its field list's commas kept
    unit = " ".join(unit.replace(",", " ").split())
    key = _DEPUTY.sub("", title_key(title))  # "Wakil Direktur Reserse …": the deputy sits in the unit its head heads
    if key.startswith("dir") and key not in _HEADS and len(key) > 6 and " " not in key:
        key, unit = "direktur", f"{key[3:]} {unit}".strip()  # "Dirreskrimsus Polda X": "Direktur Reskrimsus"
    if not unit:
        return None
    names = {f"{w} {unit}".casefold() for w in _HEADS.get(key, ())}
    for e, folded in _org_names(ctx):  # (commas aside: "Obat, Narkotika, Psikotropika, dan Prekursor" is named "… Psikotropika dan …")
        if any(n in names or any(n.startswith(c + " ") for c in names) for n in folded):
            return e
    # "Direktur Pengawasan Produksi Obat, Narkotika, … BPOM" heads "Direktorat Pengawasan Produksi Obat", named by its first field
    heads = [h.casefold() + " " for h in _HEADS.get(key, ())]
    for e in ctx.entities if "," in listed else ():
        tails = [n.casefold()[len(h):] for n in (e.name, *e.aliases) for h in heads if n.casefold().startswith(h)]
        if e.type == "Organization" and any(len(t.split()) >= 2 and listed.startswith(t + ",") for t in tails):
            return e
    # "Kasat Resnarkoba (Polresta X)": "Satuan Reserse Narkoba"; "Direktur Reskrimsus Polda X": "Direktorat Reserse
    # Kriminal Khusus" (police units are named by syllable contractions)
    # ("Direktur Tipidter Bareskrim": "Direktorat Tindak Pidana Tertentu", Bareskrim's directorates are contracted too)
    if key in _HEADS and unit.split() and (key in _SHORT_HEADS or unit.split()[0].casefold().startswith(("res", "tipid"))):
        short = unit.split()[0].casefold()
        for e in ctx.entities:
            words = [w.casefold() for w in e.name.split()]
            if e.type == "Organization" and e.name.split()[0] in _HEADS[key] and short not in words \
                    and _shortens(short, words[1:4]):
                return e
    return None


def _org_names(ctx: Context) -> list[tuple[Entity, tuple[str, ...]]]:
    """Each organisation with its names case-folded, commas read as spaces: once per document (``headed_unit``
    is asked for each title found, and normalising every name of every entity each time was most of its cost)."""
    got = ctx.__dict__.get("_org_names")
    if got is None:
        got = ctx.__dict__["_org_names"] = [
            (e, tuple(" ".join(x.replace(",", " ").split()).casefold() for x in (e.name, *e.aliases)))
            for e in ctx.entities if e.type == "Organization"]
    return got


def _shortens(short: str, words: list[str]) -> bool:
    """Whether ``short`` is a leading part of each of some first ``words``, in order ("resnarkoba": reserse narkoba)."""
    if not short:
        return True
    if not words:
        return False
    w = words[0]
    # a leading part, or a word's last syllable ("reskrimsus": REServe KRIMinal khuSUS)
    return any((short.startswith(w[:k]) or (k == 3 and short.startswith(w[-k:]))) and _shortens(short[k:], words[1:])
               for k in range(min(len(w), len(short)), 1, -1))


# "Indonesia's ambassador to South Korea, X": the sending country in the possessive (masked text)
_ENVOY_OF = re.compile(r"(?<![\w\u2588])\u2588+['\u2019]s\s+(?P<title>ambassador|envoy|consul(?:\s+general)?|Ambassador|Envoy)"
                       r"\s+(?:to|in)\s+(?:the\s+)?\u2588+\s*,\s*$")
_ENVOY_WORD = re.compile(r"ambassador|envoy|consul", re.I)  # the literal gate of ``_ENVOY_OF``
watch(_ENVOY_WORD)


def sending_country(v: View, p: M) -> tuple[M, str] | None:
    """The country whose envoy ``p`` is, when the post is given as "<country>'s ambassador to <country>, p"."""
    t = _ENVOY_OF.search(v.masked[: p.start]) if v.may(_ENVOY_WORD) and _ENVOY_WORD.search(v.masked) else None
    if t is None:
        return None
    who = next((m for m in v.mentions if m.start == t.start()), None)
    return (who, "Ambassador") if who is not None and who.type == "Location" else None


# "Kapolda X": the head of the regional police of X (Kapolres/Kapolresta: of the district or city police)
_POLICE = {"kapolda": ("Polda", "Kepolisian Daerah"), "kapolres": ("Polres", "Kepolisian Resor"),
           "kapolresta": ("Polresta", "Kepolisian Resor Kota"), "kapolrestabes": ("Polrestabes", "Kepolisian Resor Kota Besar"),
           "kapolsek": ("Polsek", "Kepolisian Sektor")}


def police_of(ctx: Context, title: str, place: Entity) -> Entity | None:
    """"Kapolda Sulawesi Selatan, X": the "Polda Sulsel" / "Kepolisian Daerah Sulawesi Selatan" the text names."""
    heads = _POLICE.get(title_key(title))
    if heads is None or place.type != "Location":
        return None
    known = _place_names().get(place.name.casefold(), "")  # "Sulsel" for "Sulawesi Selatan"
    names = {f"{h} {n}".casefold() for h in heads for n in (place.name, *place.aliases, *known.split("|")) if n}
    return next((e for e in ctx.entities if e.type == "Organization" and any(
        n.casefold() in names for n in (e.name, *e.aliases))), None)


@lru_cache(maxsize=1)
def _place_names() -> dict[str, str]:
    """Each gazetteer place (case-folded name) and its other names, "|"-joined."""
    out: dict[str, str] = {}
    try:
        with places.GAZETTEER.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if row.get("type") == "Location" and row.get("aliases"):
                    out[(row.get("name") or "").casefold()] = row["aliases"]
    except OSError:  # a lexicon without a gazetteer
        return {}
    return out


# "Menteri Kesehatan Korea Selatan, X, di kantor Ministry of Health and Welfare (MOHW)": the office met at is the post's
_AT_OFFICE = re.compile(r"^\s*,\s*(?:di|at)\s+(?:kantor|markas|the\s+(?:headquarters|offices?)\s+of)(?:\s+pusat)?\s+(?:the\s+)?$", re.I)
_HEADS_OF = re.compile(r"\b(?P<title>Menteri|Wakil\s+Menteri|Minister|Deputy\s+Minister|Vice\s+Minister|Kepala|Head|Commissioner)\b"
                       r"[^,.;:\u2588]{0,60}$")
_OFFICE_WORD = re.compile(r"kantor|markas|headquarters|offices?\b", re.I)  # the literal gate of ``_AT_OFFICE``
watch(_OFFICE_WORD)


def foreign_office(ctx: Context, v: View, p: M, country: M) -> tuple[M, str] | None:
    """The foreign ministry or agency whose office a foreign official, titled by country only, is met at."""
    if not v.may(_OFFICE_WORD) or not ctx.is_country(country.ent) or country.ent.name in ("Indonesia", "Republik Indonesia"):
        return None
    body = v.next_mention(p)
    if body is None or body.type != "Organization" or not _AT_OFFICE.match(v.gap(p.end, body.start)):
        return None
    t = _HEADS_OF.search(v.masked[max(0, country.start - 70) : country.start])
    if t is None or not re.fullmatch(r"\s*,?\s*", v.gap(country.end, p.start)):
        return None
    return (body, t.group("title")) if body.ent.category in ("regulator", "government") or body.text.split()[0] in (
        "Ministry", "Kementerian") else None


# "Corporate Secretary, PT Bio Farma (Persero)": a contact block's office line, a post then its body
_OFFICE_LINE = re.compile(rf"^\W*(?:{cues.TITLE}|(?P<unit>Corporate\s+Communications?|Public\s+Relations|Humas|Hubungan\s+Masyarakat))"
                          r"(?:\s+(?:[A-Z][\w&-]*|of|and|&))*\s*[,\u2013\u2014-]\s*(?=\u2588)")


def contact_post(ctx: Context, v: View, p: M) -> tuple[M, str] | None:
    """A name alone on its line beside a "post, body" line (a press release's contact block): the post."""
    if v.masked.strip(" \t*") != v.masked[p.start : p.end]:
        return None
    for i in (v.index + 1, v.index - 1):
        w = ctx.views[i] if 0 <= i < len(ctx.views) else None
        t = _OFFICE_LINE.match(w.masked) if w is not None else None
        body = next((m for m in w.mentions if m.start == t.end()), None) if t is not None and w is not None else None
        if body is not None and body.type == "Organization":
            return body, t.group("title") or t.group("unit")  # type: ignore[union-attr]
    return None


# "PERDAMI Cabang Jawa Timur", "Pengurus Wilayah X Jawa Barat": words that mark a board as a regional one
_BOARD_WORD = re.compile(r"\b(?:Pengurus\s+(?:Daerah|Wilayah|Cabang|Pusat)|Cabang|Wilayah|Daerah|PD|PW|PC|DPD|DPW)\b")


_CENTRAL_BOARD = re.compile(r"^(?:(?:Dewan\s+)?Pengurus\s+Pusat|DPP|PP)\s+(?P<body>\S.*)$")


def central_body(ctx: Context, board: Entity) -> Entity | None:
    """"Ketua Umum Pengurus Pusat IAI": a post on an association's central board is a post in the association."""
    got = next((m for m in map(_CENTRAL_BOARD.match, (board.name, *board.aliases)) if m), None) if "P" in board.name else None
    if got is None:
        return None
    want = got.group("body").casefold()
    return next((e for e in ctx.entities if e.type == "Organization" and e is not board
                 and any(n.casefold() == want for n in (e.name, *e.aliases))), None)


def regional_board(ctx: Context, v: View, org: M) -> Entity | None:
    """The regional board ("Pengurus Daerah <body> <region>", "<body> Cabang <region>") the text names, when the
    title reads "Ketua (PD) <body> <region>, X"."""
    region = v.next_mention(org)
    if region is None or region.type != "Location" or not re.fullmatch(r"\s*(?:\([^()]*\))?\s*", v.gap(org.end, region.start)):
        return None
    want = {f"{o} {r}".casefold() for o in (org.ent.name, *org.ent.aliases) for r in (region.ent.name, region.text)}
    for e in ctx.entities:  # only once per post found: no gate needed
        names = [n for n in (e.name, *e.aliases) if _BOARD_WORD.search(n)] if e.type == "Organization" and e is not org.ent else ()
        if any(" ".join(_BOARD_WORD.sub("", re.sub(r"\([^()]*\)", "", n)).split()).casefold() in want for n in names):
            return e
    return None


def unit_in_title(v: View, start: int, parent: M) -> M | None:
    """The unit a title's run names before its parent, which holds the post too: "Wakil Ketua Komisi IX DPR RI"
    (named with its parent), "Deputi Bidang X BPOM" (named by the title), "(Ditjen IKFT) Kemenperin" (glossed)."""
    for m in v.mentions:
        if m.type == "Organization" and start <= m.start and m.end < parent.start and not v.gap(m.end, parent.start).strip(" )") and (
                TITLE_START.match(m.text) or v.text[: m.start].endswith("(")
                or any(n.endswith(" " + parent.text) for n in (m.ent.name, *m.ent.aliases))):
            return m
    return None
