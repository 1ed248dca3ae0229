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
        if x is None or x.type != "Organization" or not x.canonical or ctx.t.words[ctx.spans[m][0]] not in _OFFICE:
            continue
        head = " ".join(x.canonical.split()[:2])
        if " di " in x.canonical:
            seated[head].add(x.canonical)
            seated_m.setdefault(x.canonical, m)
        else:
            bare.append((m, head))
    for m, head in bare:
        if len(seated.get(head, ())) == 1:
            name = next(iter(seated[head]))
            ctx.mentions[m].canonical = name  # type: ignore[union-attr]  # the seated name, not the national body's
            ctx.link(m, seated_m[name])


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
