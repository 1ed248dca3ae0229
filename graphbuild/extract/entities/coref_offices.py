"""Short references to an Indonesian office or mission: a bare "BBPOM" or "KBRI" in a text that names one
seated office ("BBPOM di Semarang") or one mission ("KBRI Kairo") is that one.

Split out of ``coref`` (which reads names shortened in general) to keep it short.
"""

from __future__ import annotations

from collections import defaultdict

from graphbuild.extract.entities.context import Ctx

_OFFICE = frozenset({"Balai", "Loka", "BBPOM", "BPOM", "Loka POM"})


def sole_office(ctx: Ctx) -> None:
    """"BBPOM di Semarang … petugas BBPOM": a regional office written without its seat, in a text that
    names one seated office of that kind, is that office."""
    seated: dict[str, set[str]] = defaultdict(set)
    seated_m: dict[str, int] = {}
    bare: list[tuple[int, str]] = []
    for m, x in enumerate(ctx.mentions):
        if x is None or x.type != "Organization" or ctx.t.words[ctx.spans[m][0]] not in _OFFICE:
            continue
        name = x.canonical or x.text  # "Loka POM di Kota Surakarta": a seated name the lexicon does not hold
        if not x.canonical and " di " not in name:
            continue
        head = _kind(name)
        if " di " in name:
            seated[head].add(name)
            seated_m.setdefault(name, m)
        else:
            bare.append((m, head))
    for m, head in bare:
        if len(seated.get(head, ())) == 1:
            name = next(iter(seated[head]))
            ctx.mentions[m].canonical = name  # type: ignore[union-attr]  # the seated name, not the national body's
            ctx.link(m, seated_m[name])


def _kind(name: str) -> str:
    """The kind of office a name opens with: "Balai Besar" (also "BBPOM"), "Balai", "Loka" (however the rest is written:
    "Loka POM di X" and "Loka Pengawas Obat dan Makanan" are one kind)."""
    words = name.split()
    if words[0] == "BBPOM" or words[1:2] == ["Besar"]:
        return "Balai Besar"
    return words[0]


_MISSIONS = ("KBRI", "KJRI")
_MISSION_LONG = ("Kedutaan Besar Republik Indonesia ", "Konsulat Jenderal Republik Indonesia ", "KBRI ", "KJRI ")


def sole_mission(ctx: Ctx) -> None:
    """"KBRI Kairo … menurut data KBRI": a bare KBRI in a text naming one Indonesian mission is that mission."""
    bare, seated = [], set()
    for m, x in enumerate(ctx.mentions):
        if x is not None and x.type == "Organization":
            if x.text in _MISSIONS and not x.canonical:
                bare.append(m)
            elif (x.canonical or x.text).startswith(_MISSION_LONG):
                seated.add((x.canonical or x.text, m))
    names = {n for n, _ in seated}
    if bare and len(names) == 1:
        name, m0 = next(iter(seated))
        for m in bare:
            ctx.mentions[m].canonical = name  # type: ignore[union-attr]
            ctx.link(m, m0)
